from difftest import cases


# Was a bug: `finally: pass` is dropped, leaving `try { ... }` with neither catch nor finally:
# the generated JS is a SyntaxError ("expecting catch or finally").
@cases((0,), (1,))
def finally_overrides_return(n):
    def f():
        try:
            if n:
                raise ValueError("x")
            return "try"
        finally:
            pass
    try:
        return f()
    except ValueError as e:
        return "caught " + str(e)
