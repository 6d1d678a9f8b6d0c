from difftest import cases


# BUG: a builtin used as a value (not called directly) lowers to `undefined`: `fs = [abs, str, len]` ->
# `fs = [undefined, undefined, undefined]`, `h = str` -> `h = undefined`. Python: [2, 1, '1', 3];
# JS: TypeError 'not a function'. Should either work (py_abs ...) or be refused at compile time.
@cases(([1, 2, 3],),)
def function_as_value(xs):
    def double(x):
        return x * 2
    fs = [double, abs, str, len]
    return [f(xs[0]) if f is not len else f(xs) for f in fs]


# BUG: print() is listed with sep= and end= in py2cs/tables/builtins.py, but the lowering refuses them
# ("print() with sep= or end= is not supported").
@cases(([1, 2],), ([],))
def print_returns_none(xs):
    r = print("hello", xs, sep="|", end="")
    return r


# BUG: reading a free variable of an enclosing function before it is assigned gives None in JS instead of
# raising NameError ("cannot access free variable 'w' where it is not associated with a value in enclosing scope").
@cases((1,),)
def unbound_local_error(n):
    def f():
        return w
    try:
        r = f()
    except NameError as e:
        return "NameError: " + str(e)
    w = n
    return r


@cases((1,), (0,))
def unbound_local(n):
    try:
        if n:
            v = 1
        return v
    except NameError as e:
        return "NameError: " + str(e)


# NOTE: UnboundLocalError (a builtin NameError subclass) cannot be named in except: "only built-in exception classes can be caught"
@cases((1,), (0,))
def catch_unbound_local_error(n):
    try:
        if n:
            v = 1
        return v
    except UnboundLocalError:
        return "unbound"
