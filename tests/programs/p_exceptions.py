from difftest import cases


@cases(("12",), ("abc",), ("",), (" 7 ",), ("1.5",), ("1_000",), ("٣",))
def int_parse(s):
    try:
        return int(s)
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(("1.5",), ("x",), ("1e3",), (" -inf ",), ("",), ("1_0.5",))
def float_parse(s):
    try:
        return str(float(s))
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(({"a": 1}, "b"), ([1], 3), ("s", 9), ([], "x"), (None, 0), (5, 0))
def lookup_errors(c, k):
    try:
        return c[k]
    except KeyError as e:
        return "KeyError " + str(e)
    except IndexError as e:
        return "IndexError " + str(e)
    except TypeError as e:
        return "TypeError " + str(e)


@cases(({"a": 1}, "b"), ([1], 3))
def lookup_error_base(c, k):
    try:
        return c[k]
    except LookupError as e:
        return "LookupError " + str(e)


@cases((0,), (1,), (2,), (3,))
def try_else_finally(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            raise KeyError("two")
    except ValueError as e:
        log.append("val " + str(e))
    except Exception as e:
        log.append("exc " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


@cases((1,), (0,))
def reraise(n):
    try:
        try:
            if n:
                raise ValueError("inner")
            return "ok"
        except ValueError:
            raise
    except ValueError as e:
        return "outer " + str(e)


@cases((1,), (2,), (3,))
def raise_variants(n):
    try:
        if n == 1:
            raise ValueError
        if n == 2:
            raise TypeError("a", 2)
        raise RuntimeError()
    except (ValueError, TypeError, RuntimeError) as e:
        return ["caught", str(e)]


@cases((1,), (0,))
def uncaught_error(n):
    if n:
        raise ValueError(f"bad value: {n}")
    return "fine"


@cases(("a",), ("b",))
def uncaught_keyerror(k):
    return {"a": 1}[k]


@cases((1, 0), (1, 2))
def zero_div_base(a, b):
    try:
        return a // b
    except ArithmeticError as e:
        return "ArithmeticError " + str(e)


@cases((None,), (1,))
def type_errors(x):
    out = []
    for f in [lambda: x + 1, lambda: len(x), lambda: x[0], lambda: -x, lambda: "a" * x]:
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    return out


@cases(([1, 2],), ([1, 2, 3],), ([1],))
def unpack_errors(xs):
    try:
        a, b = xs
        return [a, b]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((0,), (1,))
def exception_var_scope(n):
    msg = "none"
    try:
        if n:
            raise ValueError("boom")
    except ValueError as err:
        msg = str(err)
    return msg


@cases((0,), (5,))
def except_in_loop(n):
    out = []
    for i in range(-2, 3):
        try:
            out.append(n // i)
        except ZeroDivisionError:
            out.append(None)
            continue
        finally:
            out.append("f")
    return out


@cases((1,),)
def base_exception_catch(n):
    try:
        raise NotImplementedError("later")
    except RuntimeError as e:
        return "runtime " + str(e)


@cases(("x",), (None,))
def str_of_exception_args(v):
    try:
        raise ValueError(v, 1)
    except ValueError as e:
        return str(e)


@cases((3,), (-1,))
def key_error_repr(n):
    try:
        return {}[n]
    except KeyError as e:
        return [str(e), repr(str(e))]


@cases((0,), (1,))
def finally_with_body(n):
    log = []

    def f():
        try:
            if n:
                raise ValueError("x")
            return "try"
        finally:
            log.append("fin")
    try:
        r = f()
    except ValueError as e:
        r = "caught " + str(e)
    return [r, log]
