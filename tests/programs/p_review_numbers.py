"""Adversarial review of numbers, builtins and control flow (review-r2): every function agrees in CPython and
QuickJS. The first group are regressions for divergences found in the review; the rest are edges that held."""
import math

from difftest import cases


def _t(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001
        return repr(e)


# ---------------------------------------------------------------- regressions

# An int beyond 2**53 from outside (JSON) floor-divided by an int: CPython's exact quotient. The runtime used
# float floor division, 4229054747865874 instead of 4229054747865875.
@cases((-38061492730792880, -9), (-38061492730792880, 9), (38061492730792880, 7), (-100000000000000000000, 100000000000000000),
       (100000000000000000000, 100000000000000000), (18014398509481984, -2), (18014398509481984, 3))
def big_int_floordiv_exact(a, b):
    return [repr(_t(lambda: a // b)), repr(_t(lambda: divmod(a, b))), repr(_t(lambda: a % b))]


@cases((-38061492730792880, -9),)
def big_int_floordiv_typed(a, b):
    q = int(a) // int(b)
    return [q, str(q)]


# ---------------------------------------------------------------- edges that held

V = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, -2.5), (0, 3), (-0.0, 3), (0.0, -3), (5, 0), (5.0, 0),
     (5, 0.0), (0, 0), (1e308, 1e-308), ("inf", 3), ("-inf", 3), (3, "inf"), (3, "-inf"), (-3, "inf"), ("nan", 2),
     (2, "nan"), ("inf", "inf"), (True, 2), (7, True), (False, 3), (3, False), (-1e-300, 1e300), (1, 0.1), (-1, 0.1)]


def _f(x):
    return float(x) if isinstance(x, str) else x


@cases(*V)
def floordiv_mod_divmod(a, b):
    a = _f(a)
    b = _f(b)
    return [repr(_t(lambda: a // b)), repr(_t(lambda: a % b)), repr(_t(lambda: divmod(a, b))), repr(_t(lambda: a / b))]


@cases((2, 10), (2, -1), (-2, -1), (0, -1), (0.0, -1), (0, -1.5), (-8.0, 2), (-8, 3), (2, 0.5), (4, -0.5), (2, 53),
       (1.5, 1000), (0, 0), (0.0, 0.0), ("nan", 0), (1, "nan"), ("inf", -1), (-1, "inf"), ("-inf", 3),
       (-0.0, -1), (-0.0, 3), (True, 2), (False, -1), (2, -1074), (2, -1075), (10, -5))
def powers(a, b):
    a = _f(a)
    b = _f(b)
    return [repr(_t(lambda: a ** b)), repr(_t(lambda: pow(a, b))), repr(_t(lambda: math.pow(a, b)))]


@cases((2.5,), (3.5,), (-2.5,), (0.5,), (-0.5,), (2.675,), (123,), (True,), ("inf",), ("nan",), (-0.0,), (1.5e16,),
       (4503599627370497.0,), (0.49999999999999994,))
def rounding(x):
    x = _f(x)
    return [repr(_t(lambda: round(x, nd))) for nd in (None, 2, 0, -1, -2, 400, -400, 20, -20, 1)]


@cases((2675, -1), (15, -1), (25, -1), (-25, -1), (-35, -1), (150, -2), (250, -2), (12345, -10), (True, -1),
       (1.005, 2), (2.675, 2), (0.125, 2), (1.15, 1), (5e-324, 323), (5e-324, 324), (1.7976931348623157e308, -308),
       (1.7976931348623157e308, -309), (12.5, -1), (25.0, -1))
def round_ndigits(x, n):
    return repr(_t(lambda: round(x, n)))


@cases((3.9,), (-3.9,), (-0.0,), ("inf",), ("nan",), (1e20,), (True,), (" 12 ",), ("1_000",), ("0x10",), ("-0",),
       ("1.5",), ("",), ("+7",), ("٣",), ("1e3",), (" -  3",), ("00",), ("0_7",), ("1__0",))
def int_float_conversions(x):
    if x in ("inf", "nan"):
        x = float(x)
    return [repr(_t(lambda: int(x))), repr(_t(lambda: float(x)))]


@cases((1,),)
def bool_arithmetic(n):
    t = n == 1
    f = n == 0
    return [repr(t + t), repr(t / 2), repr(-t), repr(~t), repr(t * 3), repr(t - f), repr(t // 1), repr(t % 1), repr(t ** 2),
            repr(t << 3), repr(t & 3), repr(t | f), repr(t ^ t), repr(abs(t)), repr(abs(-0.0)), repr(+t), repr(divmod(t, t)),
            repr(round(t)), repr(int(t)), repr(float(t)), repr(sum([t, t]))]


@cases((5, 3), (-5, 3), (5, -3), (-5, -3), (2**31, 1), (-2**40, 2**35 - 1), (0, 0), (1, 31), (1, 32), (1, 52), (1, 53),
       (5, -1), (True, 3), (0, 10000), (-7, 1000))
def bit_operations(a, b):
    return [repr(_t(lambda: a & b)), repr(_t(lambda: a | b)), repr(_t(lambda: a ^ b)), repr(_t(lambda: ~a)),
            repr(_t(lambda: a >> b)), repr(_t(lambda: b >> a)), repr(_t(lambda: a << b if b < 60 else 0)),
            repr(_t(lambda: hex(a))), repr(_t(lambda: oct(a))), repr(_t(lambda: bin(a)))]


@cases((1, 1.0), (1, True), (0, False), (1, "1"), ("a", "b"), ([1], [1, 2]), ([1], (1,)), (None, 0), (1.5, True),
       ([1, "a"], [1, 2]), ({}, {}), ({"a": 1}, {"a": 1.0}), (2, [2]))
def comparisons(a, b):
    return [repr(_t(lambda: a < b)), repr(_t(lambda: a <= b)), repr(_t(lambda: a > b)), repr(_t(lambda: a >= b)),
            repr(_t(lambda: a == b)), repr(_t(lambda: 0 < a < b)), repr(_t(lambda: a == b == a))]


@cases((1, 2, 3), (3, 2, 1), (1, "a", 0), (0.5, 1, True))
def chained_comparison_evaluation(a, b, c):
    calls = []

    def g(x):
        calls.append(x)
        return x
    return [repr(_t(lambda: g(a) < g(b) < g(c))), repr(_t(lambda: g(a) == g(b) != g(c) < 10)), calls]


@cases(([],), ([3, 1, 2],), ([1, 1.0, True],), ([True, 1, 1.0],), (["b", "a"],), ([1, "a"],), ([[1, 2], [1]],),
       ([None, 1],), ([-0.0, 0],), ([0, -0.0],))
def min_max_sum_sorted(xs):
    return [repr(_t(lambda: min(xs))), repr(_t(lambda: max(xs))), repr(_t(lambda: min(xs, default="d"))),
            repr(_t(lambda: max(xs, key=lambda v: 0))), repr(_t(lambda: sorted(xs))), repr(_t(lambda: sum(xs))),
            repr(_t(lambda: sorted(xs, reverse=True)))]


@cases((0, 10, 3), (10, 0, -3), (0, 0, 1), (5, 1, 1), (0, 10, 0), (1.5, 3, 1), (0, 3, 1.0), (True, 3, True))
def ranges(a, b, c):
    return [repr(_t(lambda: list(range(a, b, c)))), repr(_t(lambda: len(range(a, b, c)))),
            repr(_t(lambda: [i for i in range(a, b, c)])), repr(_t(lambda: list(reversed(range(a, b, c))))),
            repr(_t(lambda: 3 in range(a, b, c)))]


@cases((0,), (-0.0,), (1,), (-1,), (2.5,), (-2.5,), (1e20,), ("inf",), ("-inf",), ("nan",), (True,), (5e-324,),
       (710,), (-746,), (4503599627370495.5,))
def math_unary(x):
    x = _f(x)
    return [repr(_t(lambda: math.floor(x))), repr(_t(lambda: math.ceil(x))), repr(_t(lambda: math.trunc(x))),
            repr(_t(lambda: math.sqrt(x))), repr(_t(lambda: math.log(x))), repr(_t(lambda: math.log10(x))),
            repr(_t(lambda: math.log2(x))), repr(_t(lambda: math.exp(x))), repr(_t(lambda: math.fabs(x))),
            repr(_t(lambda: math.isnan(x))), repr(_t(lambda: math.acos(x))), repr(_t(lambda: math.atan(x))),
            repr(_t(lambda: math.degrees(x))), repr(_t(lambda: int(x))), repr(_t(lambda: round(x)))]


@cases((8, 2), (100, 10), (1, 1), (2, 1), (0, 2), (-1, 2), (8, 0), (8, -2), (2, 0.5), ("inf", 2), (8, "inf"),
       (True, 2), (10, True), (0.0, 0.0))
def math_binary(x, b):
    x = _f(x)
    b = _f(b)
    return [repr(_t(lambda: math.log(x, b))), repr(_t(lambda: math.atan2(x, b))), repr(_t(lambda: math.copysign(x, b))),
            repr(_t(lambda: math.hypot(x, b))), repr(_t(lambda: math.isclose(x, b))), repr(_t(lambda: math.pow(x, b)))]


@cases((1,),)
def math_misc(n):
    nan = float("nan")
    inf = float("inf")
    return [repr(_t(lambda: math.gcd())), repr(_t(lambda: math.gcd(0, 0))), repr(_t(lambda: math.gcd(-12, -18, 30))),
            repr(_t(lambda: math.gcd(1.5, 2))), repr(_t(lambda: math.hypot())), repr(_t(lambda: math.hypot(-3, 4, 12))),
            repr(_t(lambda: math.hypot(inf, nan))), repr(_t(lambda: math.hypot(1e308, 1e308))),
            repr(_t(lambda: math.copysign(1, -0.0))), repr(_t(lambda: math.fsum([1e308, 1e308]))),
            repr(_t(lambda: math.fsum([inf, -inf]))), repr(_t(lambda: math.fsum(["a"]))), repr(_t(lambda: math.prod([]))),
            repr(_t(lambda: math.prod(["a", 2]))), repr(_t(lambda: math.prod([2**30, 2**23]))),
            repr(_t(lambda: math.isclose(1, 2, rel_tol=-1))), repr(_t(lambda: math.isclose(inf, inf))),
            repr(_t(lambda: math.sqrt("4"))), repr(_t(lambda: math.log(0.0, 2))), repr(_t(lambda: math.log(2, 1))),
            repr(_t(lambda: math.exp(1000))), repr(_t(lambda: math.pow(0, -1))), repr(_t(lambda: math.pow(nan, 0))),
            repr(_t(lambda: math.pow(10, 400))), repr(_t(lambda: math.atan2(-0.0, -1))), repr(_t(lambda: math.sin(inf)))]


@cases((0,), (0.0,), (-0.0,), ("",), ([],), ({},), (None,), (1,), ("0",), ([0],), ({"": 0},), (False,), (True,))
def truthiness_and_or(x):
    return [bool(x), not x, x or "y", x and "y", "a" if x else "b", bool(()), bool(set()), bool((0,)), bool({0}),
            repr(x or 0), repr(x and 0.0), any([x]), all([x]), any([]), all([]), bool(range(0))]


@cases((0,), (1,), (2,), (3,))
def try_except_else_finally_order(n):
    log = []

    def f():
        for i in range(3):
            try:
                log.append("try%d" % i)
                if n == 0:
                    return "ret"
                if n == 1:
                    break
                if n == 2:
                    continue
                raise KeyError(i)
            except KeyError as e:
                log.append("exc" + str(e))
                if i == 1:
                    return "from-except"
            else:
                log.append("else")
            finally:
                log.append("fin%d" % i)
        return "end"
    return [f(), log]


@cases((0,), (1,))
def finally_overrides(n):
    def f():
        try:
            if n:
                raise ValueError("boom")
            return "try"
        finally:
            return "finally"  # noqa: B012

    def g():
        for i in range(3):
            try:
                raise ValueError(i)
            finally:
                if i == n:
                    break  # noqa: B012
        return "g-end"

    def h():
        x = [1]
        try:
            return x
        finally:
            x.append(2)
    return [_t(f), _t(g), h()]


@cases((0,), (1,))
def bare_raise_after_inner_handler(n):
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                raise KeyError("inner")
            except KeyError:
                pass
            raise
    except Exception as e:  # noqa: BLE001
        return repr(e)


@cases((0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,))
def exception_hierarchy(n):
    try:
        if n == 0:
            return {}["k"]
        if n == 1:
            return [][3]
        if n == 2:
            return 1 // 0
        if n == 3:
            return 1.0 % 0
        if n == 4:
            return int("x")
        if n == 6:
            raise ArithmeticError("arith")
        if n == 7:
            raise Exception("plain", 2)
        return "a" + n
    except LookupError as e:
        return ["L", repr(e), str(e), list(e.args)]
    except ArithmeticError as e:
        return ["A", repr(e), str(e), list(e.args)]
    except Exception as e:  # noqa: BLE001
        return ["E", repr(e), str(e), list(e.args)]


@cases(([1, 2, 3],), ([1],), ([],), ((1, 2, 3, 4),), ("ab",), ({"a": 1, "b": 2},))
def unpacking_messages(xs):
    out = []
    for k in range(4):
        try:
            if k == 0:
                a, b = xs
                out.append([a, b])
            elif k == 1:
                a, *b = xs
                out.append([a, b])
            elif k == 2:
                a, b, *c, d = xs
                out.append([a, b, c, d])
            else:
                [a, (b, c)] = [1, xs]
                out.append([a, b, c])
        except ValueError as e:
            out.append(str(e))
    return out


def _acc(x, into=[]):  # noqa: B006
    into.append(x)
    return into


@cases((1,),)
def mutable_default_shared(n):
    r1 = _acc(n)
    r2 = _acc(n + 1)
    return [r1 is r2, list(r1)]


@cases(([1, 2, 3],),)
def augmented_items(xs):
    d = {"a": 1, "b": [1]}
    xs[0] += 10
    xs[-1] *= 2
    d["a"] -= 5
    d["b"] += [2]
    d["a"] **= 2
    d["a"] //= 3
    d["a"] %= 5
    xs[1] <<= 3
    xs[1] |= 1
    xs[1] ^= 2
    xs[1] >>= 1
    xs[1] &= 6
    calls = []

    def idx():
        calls.append(1)
        return 0
    xs[idx()] += 1
    return [xs, d, calls]
