from difftest import cases


@cases((0,), (0.0,), ("",), ([],), ({},), (None,), (False,), (1,), ("0",), ([0],), ({"": 0},), (-0.0,), (1e-7,))
def truthy(x):
    return ["yes" if x else "no", bool(x), not x, x or "default", x and "set"]


@cases(([0, "", None, 1, "a"],),)
def filter_truthy(xs):
    return [[x for x in xs if x], list(filter(None, xs)), sum(1 for x in xs if not x)]


@cases((None, 5), (0, 5), (3, 5))
def or_default(x, d):
    return [x or d, x if x is not None else d]


@cases(([],), ([1],))
def while_truthy(xs):
    n = 0
    ys = list(xs) + [1, 2]
    while ys:
        ys.pop()
        n += 1
    return n


@cases((0, 0), (0, 1), (1, 0), (1, 1))
def bool_arith(a, b):
    x, y = bool(a), bool(b)
    return [x + y, x * 2, x and y, x or y, x == y, x is y, str(x), int(x)]


@cases(("",), ("a",), (None,))
def chained_or(s):
    return s or None or [] or "last"


@cases(("inf",), ("nan",), ("0",))
def float_truthy(t):
    x = float(t)
    return [bool(x), not x]
