"""bvreview8: adversarial cases for builtins, unbound methods and module functions as values (argument types and
counts through the value, identity two ways, truthiness, format, dict keys and sets, closures, rebinding), and an
unbound method passed to map / filter / sorted checking its receiver."""
import calendar
import functools
import itertools
import json
import math
import statistics
import urllib.parse

from difftest import cases


def _call(f, *args):
    try:
        return f(*args)
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"


def _try(thunk):
    try:
        return thunk()
    except (TypeError, ValueError, OverflowError, ZeroDivisionError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"


@cases(("ff", 16), ("0x1f", 0), ("12", 2), (" 7 ", 10), ("z", 36), ("1_0", 10), ("10", 1), ("10", 37))
def int_base_value(s, b):
    f = [int, float][0]
    return [_call(f, s, b), _try(lambda: f(s, base=b)), _try(lambda: f(x=s)), _call(f, 5, 10), _call(f, 3.7), _call(f, True)]


@cases((2.5, 0), (3.5, None), (1234.5678, -2), (7, 1), (True, 2), (0.125, 2))
def round_value(x, n):
    r = [round][0]
    return [_call(r, x, n), _call(r, x), _try(lambda: r(x, ndigits=n)), _call(r, "x", 1), _call(r, x, 1.5)]


@cases((2, 3), (2, -1), (0, -1), (7, 2), (2.0, 0.5), (True, 2))
def pow_divmod_value(a, b):
    p, d = [pow, divmod]
    return [_call(p, a, b), _call(d, a, b), _try(lambda: p(base=a, exp=b)),
            _call(d, a, 0)]


@cases(([3, 1, 2],), ([],), ([1.5, True],))
def sum_max_value(xs):
    s, mx, mn = sum, max, min
    return [_call(s, xs, 10), _try(lambda: s(xs, start=0.5)), _call(s, xs, []), _try(lambda: mx(xs, default=None)),
            _try(lambda: mn(xs, key=lambda v: -v, default=-1)), _call(mx), _call(mx, 1), _try(lambda: mx(1, 2, key=None)),
            _call(s, [[1], [2]], []), _call(s, xs, "")]


@cases((["b", "A", "c"],), (["x"],))
def sorted_with_value_keys(xs):
    k = str.lower
    fs = {"low": str.lower, "up": str.upper, "len": len}
    return [sorted(xs, key=k), sorted(xs, key=fs["up"], reverse=True), list(map(str.upper, xs)),
            list(filter(str.isupper, xs)), functools.reduce(max, xs), list(itertools.starmap(max, [(1, 2), (4, 3)])),
            list(map(len, xs)), max(xs, key=fs["len"]), list(map(fs["low"], xs)), sorted(xs, key=None)]


@cases((0,),)
def identity_two_ways(_):
    AGG = {"sum": sum, "lo": str.lower}
    f = AGG["sum"]
    g = str.lower
    h = lambda v: v
    return [sum is AGG["sum"], str.lower is str.lower, g is AGG["lo"], f == sum, f == h, h == f,
            str.lower == str.upper, dict.get is dict.get, math.floor is math.floor, len == len, f"{f!r}", f"{g}", format(len), "%s" % (len,), "%r" % min, str(f) == repr(f)]


@cases(("a",), ("",))
def truthiness(s):
    f = str.upper if s else None
    out = [bool(f), f or "none", f and "yes", not f]
    out.append(f(s) if f else "n")
    return out


@cases((0,), (1,))
def dict_keys_sets(i):
    d = {len: 1, str: 2, str.lower: 3, math.sqrt: 4}
    f = [len, str.lower][i]
    s = {len, len, str.lower, math.sqrt, abs}
    return [d[f], f in d, len(s), f in s, d.get(f), d.get(abs, "no"), sorted(d.values()), [str(k) for k in d]]


_TABLE = {"n": int, "f": float, "s": str, "b": bool}


@cases(("n", "12"), ("f", "1.5"), ("s", None), ("b", ""), ("n", None), ("f", "x"), ("b", "0"), ("n", 3.9))
def module_table(kind, v):
    conv = _TABLE[kind]
    return [_call(conv, v), repr(conv), isinstance(v, conv)]


def _make(op):
    def run(xs):
        return op(xs)
    return run


@cases(([1, 2, 3],), ([],))
def closures(xs):
    fs = [_make(f) for f in (sum, len, max, sorted)]
    return [_call(f, xs) for f in fs]


@cases(([1, 2, 3],), (None,), ("abc",))
def rebound(x):
    f = len
    if isinstance(x, list):
        f = sum
    elif x is None:
        f = str
    return [_call(f, x), repr(f)]


@cases((1,), ("1",), (None,), (1.0,), (True,), ([1],))
def isinstance_values(x):
    ts = [int, str, float, bool, list, dict]
    return [isinstance(x, t) for t in ts] + [x in ts]


@cases((0,), (1,), (2,), (3,))
def wrong_types(i):
    f = [len, abs, math.sqrt, str.upper][i]
    return [_call(f, None), _call(f, "x"), _call(f, [1]), _call(f, 1), _call(f, -1)]


@cases(("{}",), ('[1, 2]',), ("x",))
def json_value(s):
    ld, dp = json.loads, json.dumps
    try:
        v = ld(s)
    except ValueError as e:
        return type(e).__name__
    return [dp(v), dp(v, indent=None), dp(v, sort_keys=True), _call(dp, {1: 2})]


@cases(([1.5, 2.5],), ([1, 2, 3, 4],), ([],))
def stats_value(xs):
    fs = [statistics.mean, statistics.median, statistics.mode, statistics.stdev, statistics.fmean]
    out = []
    for f in fs:
        try:
            out.append(f(xs))
        except statistics.StatisticsError as e:
            out.append("SE: " + str(e))
    return out


# an unbound method passed to map / filter / sorted / max checks its receiver as CPython's descriptor does: its
# TypeError text, not the engine's "cannot read property 'toLowerCase' of null"; list.copy of a tuple is a TypeError,
# not a copy (found by bvreview8)
@cases((["a", None],), ([[1]],), (["1", "B"],), ([5],), ([{"k": 1}],))
def unbound_receiver_checked(xs):
    out = []
    for f in (lambda: list(map(str.lower, xs)), lambda: sorted(xs, key=str.upper), lambda: list(map(list.copy, xs)),
              lambda: list(map(str.strip, xs)), lambda: list(filter(str.isdigit, xs)), lambda: max(xs, key=str.lower),
              lambda: list(map(list.copy, [tuple(xs)])), lambda: list(map(dict.copy, xs))):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    return out


@cases((["a", None, "B"],), (["x"],))
def method_values_bad_self(xs):
    low = str.lower
    app = list.append
    get = dict.get
    out = [_try(lambda: list(map(low, xs))), _try(lambda: sorted(xs, key=low)), _try(lambda: app(xs, 1)), xs,
           _try(lambda: app((1,), 2)), _try(lambda: get(xs, 0)), _try(lambda: get({"a": 1}, "a", 2)),
           _try(lambda: low("A", "B"))]
    return out


@cases((0,),)
def ordering_and_format(_):
    return [_try(lambda: len < str), _try(lambda: sorted([len, abs])), _try(lambda: max(len, abs)),
            _try(lambda: f"{len:>10}"), _try(lambda: format(len, "")), _try(lambda: f"{len!s:>30}"),
            _try(lambda: "{}".format(str.lower)), _try(lambda: "%d" % len), _try(lambda: len + 1),
            _try(lambda: [len] * 2), _try(lambda: len(len)), _try(lambda: int(len)), _try(lambda: str(len) + "x"),
            _try(lambda: {len: 1} == {len: 1}), _try(lambda: [len, str] == [len, str]), _try(lambda: len in {"len"}),
            _try(lambda: (lambda: 1) == len), _try(lambda: len == math.floor), _try(lambda: bool(str.lower))]


@cases(("3.7",), ("x",), (None,), (2.5,))
def conversions_via_value(v):
    fs = [int, float, str, bool, round, abs, math.floor, math.ceil, math.trunc]
    out = []
    for f in fs:
        out.append(_try(lambda: f(v)))
    return out


@cases(([3, 1, 2],), ([],), ([1, "a"],))
def builtins_positional_key(xs):
    s = sorted
    m = max
    return [_try(lambda: m(xs, len)),
            _try(lambda: m(xs, key=None, default=None)), _try(lambda: sum(xs, start=1)), _try(lambda: [sum][0](xs, start=1)),
            _try(lambda: [sum][0](start=1)), _try(lambda: [min][0](xs, default=7))]


@cases(("abc",), ("",))
def str_enc(s):
    f = str
    return [_try(lambda: f())]


@cases(([1, 2, 3],), ([1.5],), ([],))
def stats_kw(xs):
    q = statistics.quantiles
    fm = statistics.fmean
    return [_try(lambda: q(xs, n=2)), _try(lambda: fm(xs, [1] * len(xs))), _try(lambda: statistics.median_low(xs)),
            _try(lambda: [statistics.pvariance][0](xs, mu=1))]


@cases(({"a": 3, "b": 1, "c": 3},), ({},), ({"x": None, "y": 2},))
def bound_methods(d):
    return [_try(lambda: max(d, key=d.get)), _try(lambda: sorted(d, key=d.get, reverse=True)),
            _try(lambda: list(map(d.get, ["a", "z"]))), 
            _try(lambda: list(map("{:.2f}".format, [1, 2.5]))), _try(lambda: list(map(", ".join, [["a", "b"], []]))),
            _try(lambda: list(filter("abc".startswith, ["a", "b", "ab"]))), _try(lambda: list(map(d.__getitem__, d)))]


@cases(([1, 2, 3],), (["x"],))
def values_in_containers(xs):
    pipeline = [sorted, list, tuple]
    out = xs
    for step in pipeline:
        out = step(out)
    table = {"n": len, "s": sum}
    res = {k: _try(lambda: f(xs)) for k, f in table.items()}
    fs = [abs, str, repr]
    return [out, res, [_try(lambda: f(xs[0])) for f in fs], sorted(table), len(table), list(table.values()) == [len, sum]]


@cases((0,), (1,))
def callable_checks(i):
    f = [len, "x"][i]
    return [callable(f), callable(str.lower), callable(None), callable(max)]


@cases((1,), (2,))
def rebound_loop(n):
    f = abs
    for _ in range(n):
        f = str if f is abs else abs
    return [f(-3), f is str, f == abs]


@cases((["a", "B"], True), (["a", None], False), (["a", 5], True))
def rebound_unbound(xs, flag):
    low = str.lower
    if flag:
        low = str.upper
    first = low
    return [_try(lambda: list(map(low, xs))), _try(lambda: sorted(xs, key=low)), low is str.upper, first == low,
            _try(lambda: [low(x) for x in xs]), _try(lambda: list(map(first, xs[:1])))]


@cases((["a", "B"],), (["a", None],))
def closure_capture(xs):
    low = str.lower
    def go(ys):
        return list(map(low, ys))
    def go2(ys, f=str.strip):
        return [f(y) for y in ys]
    return [_try(lambda: go(xs)), _try(lambda: go2(xs)), _try(lambda: go2(xs, len))]


@cases(([1, -2, None],), ([[1], "x"],))
def builtin_map_values(xs):
    h = abs
    return [_try(lambda: list(map(abs, xs))), _try(lambda: list(map(h, xs))), _try(lambda: sorted(xs, key=abs)),
            _try(lambda: list(map(len, xs))), _try(lambda: list(map(str, xs))), _try(lambda: list(map(bool, xs))),
            _try(lambda: list(filter(None, xs))), _try(lambda: list(map(round, xs))), _try(lambda: list(map(int, xs))),
            _try(lambda: list(map(float, xs))), _try(lambda: list(map(hex, xs))), _try(lambda: list(map(sorted, xs)))]


@cases(([1, 2.5],), ([3],), (["x"],), ([True],))
def numeric_unbound(xs):
    return [_try(lambda: list(map(set.copy, xs))), _try(lambda: list(map(tuple.count, xs, xs))),
            _try(lambda: list(map(dict.items, xs)))]


@cases(("{bad",), ('{"a": NaN}',), ("[1, 2",), ("",), ("null",), ('"\\ud800"',), ("1e400",))
def json_loads_value(s):
    ld = [json.loads][0]
    dp = [json.dumps][0]
    return [_try(lambda: ld(s)), _try(lambda: dp(ld(s))), _try(lambda: dp(ld(s), ensure_ascii=False))]


@cases(({"a": "1 2", "b": ["x", "y"]},), ({},))
def urllib_values(d):
    fs = {"enc": urllib.parse.urlencode, "q": urllib.parse.parse_qs, "ql": urllib.parse.parse_qsl}
    enc = fs["enc"]
    text = enc(d)
    return [text, _try(lambda: enc(d, doseq=True)), _try(lambda: fs["q"](text)), _try(lambda: fs["ql"](text, keep_blank_values=True)),
            _try(lambda: urllib.parse.urlparse("http://a/b?c=1")), _try(lambda: [urllib.parse.urlsplit][0]("http://x:y/")),
            _try(lambda: [urllib.parse.urljoin][0]("http://a/b/", "../c"))]


@cases((2024, 2), (2023, 13), (0, 1), (None, 1))
def calendar_vals(y, m):
    fs = [calendar.monthrange, calendar.isleap]
    return [_try(lambda: fs[0](y, m)), _try(lambda: fs[1](y)), _try(lambda: fs[1](y, m, 1))]


@cases(([1, 1, 2],), ([],), ([1.5, "a"],), ([None],))
def stats_vals(xs):
    out = []
    for f in (statistics.mode, statistics.multimode, statistics.median_high, statistics.harmonic_mean,
              statistics.geometric_mean, statistics.pvariance, statistics.variance, statistics.median_grouped):
        try:
            out.append(f(xs))
        except (TypeError, ValueError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


@cases(("len",), ("str",), ("<built-in function len>",))
def mixed_keys(k):
    d = {len: 1, "len": 2, str: 3, "str": 4, "<built-in function len>": 5}
    s = {len, "len", str}
    return [d.get(k), len(d), k in s, len(s), [str(x) for x in d], d[len], {1: len}.get(1)([1, 2]),
            list(d.values()), {math.floor: 1} == {math.floor: 1}, {len: 1} == {"len": 1}]


@cases(([3, 1],),)
def values_equal_lists(xs):
    a = [len, sum]
    b = [len, sum]
    return [a == b, a is b, a.index(sum), a.count(len), (len, 1) == (len, 1), (len, 1) < (len, 2),
            sorted([(1, len), (0, sum)])[0][0], max([(1, len), (2, sum)])[0], a[::-1] == [sum, len]]


@cases((["a", "A", "b"],), (["a", None],), ([12, 18, 4],), ([],))
def itertools_values(xs):
    return [_try(lambda: [(k, list(g)) for k, g in itertools.groupby(xs, key=str.lower)]),
            _try(lambda: list(itertools.accumulate(xs, max))), _try(lambda: functools.reduce(math.gcd, xs)),
            _try(lambda: list(itertools.starmap(divmod, [(7, 2), (9, 4)]))), _try(lambda: list(itertools.filterfalse(str.isupper, xs))),
            _try(lambda: list(itertools.takewhile(str.islower, xs))), _try(lambda: list(itertools.dropwhile(str.islower, xs))),
            _try(lambda: functools.reduce(max, xs, 0)), _try(lambda: min(xs, key=str.upper, default="d")),
            _try(lambda: list(filter(callable, [len, 1])))]
