"""Edge cases of the run-time fast paths added for execution speed (issue #6): each function here
exercises one fast path and the slow path it falls back to, so the two can never disagree silently."""
from difftest import cases


@cases((3.14159,), (-2.5,), (0.125,), (0.375,), (2.5,), (-0.0,), (0.0,), (0,), (7,), (-7,), (1234567.891,),
       (-1234567.891,), (999.995,), (1e16,), (9007199254740993,), (9007199254740992.0,), (1e22,), (-1e22,),
       (0.0049,), (-0.001,), (123.0,), (True,), (False,), (1000,), (-999,), (100000.5,))
def fixed_specs(x):
    out = []
    for v in (x, float(x), -float(x), float(x) * -0.0):     # as passed, an integral float (boxed), its negation, ±0.0
        out.append([f"{v:.2f}", f"{v:,.2f}", f"{v:.0f}", f"{v:,.0f}", f"{v:.1f}", f"{v:,.3f}", f"{v:.9f}", f"{v:,.1f}"])
    return out


@cases((None,), ("abc",), ([1],))
def fixed_specs_bad_type(x):
    return f"{x:,.2f}"


@cases((None,), ("abc",))
def fixed_specs_bad_type_plain(x):
    return f"{x:.1f}"


def fixed_nonfinite():
    out = []
    for x in (float("nan"), float("inf"), -float("inf"), 2.0 ** 60, -(2.0 ** 60), 1e300):
        out.append([f"{x:.2f}", f"{x:,.2f}", f"{x:,.0f}"])
    return out


fixed_nonfinite.cases = [()]


@cases((0.5,), (2.0,), (-1.25,))
def fixed_float_typed(x):
    y = x * 1.0          # a float by static type: passed unboxed
    z = y + 0.5
    return [f"{y:.2f}", f"{z:,.1f}", f"{y * 1000000:,.2f}"]


@cases(([{"a": 1, "b": [1, 2.5, None, "x", True, {"c": {}}]}, [], {}],),
       ({"__proto__": 1, "constructor": [None], "toString": "s", "1": 2, "b": {"__proto__": {"x": None}}},),
       ([None, [None, [None]], {"k": None}],))
def boundary_round_trip(x):
    # py_from_js and py_to_js: primitives inline, containers recursively, None from null or undefined
    return x, [x], {"v": x, "n": None}


@cases((3,), (0,))
def boundary_out_keys(n):
    d = {}
    for i in range(n):
        d[i] = i * 0.5
    d[True] = "t"
    d[None] = 1.0
    d[2.5] = [1.0, 2.0]
    d["__proto__"] = {"toString": 1.0}
    return d, [d, (1.0, -0.0 * n)]


@cases((2,), (2.5,), (True,), (False,), (0,), (None,), ("s",), ([1],), ({"a": 1},), (9007199254740993,), (-3,))
def float_with_unknown(x):
    # a statically-float operand with an operand of unknown type: py_addf/py_subf/py_mulf, py_ltf...
    f = 0.5 * 2           # the float 1.0 (integral: boxed wherever its type is lost)
    g = -0.0 * 1
    out = []
    for name, op in (("add", lambda: x + f), ("radd", lambda: f + x), ("sub", lambda: x - f),
                     ("rsub", lambda: f - x), ("mul", lambda: x * f), ("rmul", lambda: f * x),
                     ("negz", lambda: x + g), ("negz2", lambda: g * x), ("lt", lambda: x < f),
                     ("le", lambda: f <= x), ("gt", lambda: x > f), ("ge", lambda: f >= x)):
        try:
            r = op()
            out.append([name, r, str(r), repr(r)])
        except TypeError as e:
            out.append([name, "TypeError", str(e)])
    return out


@cases(([1, 2.5, 3],), ([0.5, 0.5],), ([True, 2],), ([],), ([1, "x"],), ([None],))
def float_accumulators(xs):
    # (errors of += itself are left out: py2cs words them as for +, a known difference)
    xs = [x for x in xs if isinstance(x, (int, float))]
    total = 0.0
    prod = 1.0
    lo = 10.0
    n = 0
    try:
        for x in xs:
            total += x
            prod *= x
            total = total - x + x
            if x < lo:
                lo = x * 1.0
            n += 1
    except TypeError as e:
        return ["TypeError", str(e), total, n]
    mean = total / n if n else 0.0
    var = 0.0
    for x in xs:
        var += (x - mean) ** 2
    return [total, str(total), prod, str(prod), lo, str(lo), mean, str(mean), var, str(var), f"{total:,.2f}"]


@cases(({"a": 1, "__proto__": 2, "constructor": None},), ([1, 2],), ("abc",), (None,), ({"b": 1},), ({1: "x"},))
def getstr(d):
    out = []
    for k in ("a", "__proto__", "constructor", "toString", ""):
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(["KeyError", str(e)])
        except TypeError as e:
            out.append(["TypeError", str(e)])
    return out


@cases(([1, 2, 3, 4, 5],), ("héllo",), ("a😀b😀c",), ([],), ("",))
def slice_bounds(s):
    t = tuple(s)
    out = []
    for lo, hi in ((None, 2), (1, None), (-2, None), (None, -1), (-100, 100), (3, 1), (True, False), (0, True),
                   (2**31, None), (None, -(2**31) - 1), (2**53, -(2**53))):
        out.append([s[lo:hi], list(t[lo:hi]), s[lo:], s[:hi]])
    for bad in (-0.0, 1.5, "1"):
        try:
            out.append(s[bad:])
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(s[:bad])
        except TypeError as e:
            out.append(str(e))
    return out, isinstance(t[1:], tuple)


@cases(([1, 2, 3], "ab"), ([], [1]), ({"a": 1, "b": 2}, [0.5, 1.5, 2.5]), ([1.0, 2.0], (3, 4)), (None, [1]), ([1], 5))
def zip_two(a, b):
    try:
        pairs = list(zip(a, b))
    except TypeError as e:
        return str(e)
    return pairs, [isinstance(p, tuple) for p in pairs], [f"({x}, {y})" for x, y in pairs]


@cases(([3, 1.5, -0.0, 0, 2, 1.5, -7, 1e300, -1e300],), (["b", "a", "B", "é", "a😀", "a\uffff", "ab", "a"],),
       ([1, True, 0.5, False],), ([],), ([5],), (["x", 1],))
def sorted_fast(xs):
    out = []
    try:
        tagged = [(x, i) for i, x in enumerate(xs)]
        for rev in (False, True):
            out.append(sorted(tagged, key=lambda t: t[0], reverse=rev))
            out.append(sorted(xs, reverse=rev))
        fl = [x * 1.0 for x in xs if isinstance(x, (int, float))]    # integral floats boxed as keys
        fl.append(float("inf"))
        fl.append(-float("inf"))
        out.append(sorted(range(len(fl)), key=lambda i: fl[i]))
        out.append(sorted(range(len(fl)), key=lambda i: fl[i], reverse=True))
    except TypeError as e:
        out.append(str(e))
    return out


def sorted_nan_keys():
    xs = [2.0, float("nan"), 1.0, 0.5]
    return [sorted(range(4), key=lambda i: xs[i]), sorted(range(4), key=lambda i: xs[i], reverse=True)]


sorted_nan_keys.cases = [()]


@cases(([3, -1, 2.5, 0.1],), ([2.0, 1, True],), (["b", "a"],), ([1, "a"],), ([float("-0.0"), 0],), ([],))
def minmax_no_key(xs):
    fl = [x * 1.0 for x in xs if isinstance(x, (int, float))] + [float("nan")]
    out = []
    for seq in (xs, fl, fl[::-1]):
        try:
            out.append([min(seq), max(seq), str(min(seq)), str(max(seq)), min(v for v in seq), max(v for v in seq)])
        except (TypeError, ValueError) as e:
            out.append(str(e))
    return out


@cases(("a b  c",), ("  lead and trail  ",), ("",), ("   ",), ("one",), ("tab\tsep a",), ("nl\nsep",),
       ("x\x1cy z",), ("nb\xa0sp x",), ("ideo\u3000sp",), ("bom\ufeffnot ws",), ("zw\u200bnot ws",), ("a  \u2028 b",))
def split_whitespace(s):
    return [s.split(), s.split(None), s.split(maxsplit=1), s.rsplit(), len(s.split())]


@cases(("😀xhix😀",), ("..a,b..",), ("",), ("xx",))
def strip_chars_alternating(s):
    out = []
    for chars in (".,", "😀x", ".,", "x", "😀x", "", ".,"):     # the plain-chars cache must follow each call
        out.append([s.strip(chars), s.lstrip(chars), s.rstrip(chars)])
    return out, len(s), len(s.strip("x"))


@cases(({"b": 2, "a": 2, "c": 1, "é": 2, "a😀": 1, "z": 3},), ({},), ({"x": 1},))
def sorted_tuple_keys(counts):
    items = list(counts.items())
    out = [sorted(items, key=lambda kv: (-kv[1], kv[0])), sorted(items, key=lambda kv: (kv[1], kv[0]), reverse=True),
           sorted(items, key=lambda kv: [kv[1] * 1.0, kv[0]]), sorted(items, key=lambda kv: (kv[1] > 1, kv[0])),
           sorted(items, key=lambda kv: (kv[1],)), sorted(items, key=lambda kv: (kv[0], kv[1]))]
    mixed = [(1, "a"), (1.5, "b"), (1, "a"), (0.5, "z"), (1, "A")]
    out.append(sorted(range(5), key=lambda i: mixed[i]))
    out.append(sorted(range(5), key=lambda i: mixed[i], reverse=True))
    ragged = [(1, "a"), (1,), (0, "b", "c")]
    out.append(sorted(ragged))
    try:
        out.append(sorted([(1, "a"), ("b", 1)]))
    except TypeError as e:
        out.append(str(e))
    return out


@cases(([3, 1, 2],), ([2.0, 1.0, 1],), ([1, 1.0, True],), ([],), (["b", "a", "c"],), ([1, "a"],), ([0.5, None],))
def minmax_generators(xs):
    out = []
    for f in (lambda: min(x for x in xs), lambda: max(x for x in xs), lambda: min(x * 1.0 for x in xs if x is not None),
              lambda: str(max(x * 1.0 for x in xs if isinstance(x, (int, float)))), lambda: min(-x for x in xs),
              lambda: max((x, i) for i, x in enumerate(xs)), lambda: min(x for x in xs for _ in range(2))):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append(str(e))
    return out


def _inv(x):
    return 1 / x if x == 0 else x


@cases((["a", 1, 0],), ([1, 0, "a"],), ([2, 1, 0],))
def minmax_generator_lazy(xs):
    # items are evaluated one at a time: an incomparable pair raises before a later item is evaluated
    try:
        return min(_inv(x) for x in xs)
    except TypeError as e:
        return "TypeError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


@cases(([True, 2, -1, 2147483648, 2.5, "x", 0.0],), ([1, 0],), ([],))
def in_keyed(xs):
    s = set(xs)
    d = {x: i for i, x in enumerate(xs)}
    probes = [0, 1, True, False, 1.0, -0.0, 2, 2.0, -1, 2147483648, 2147483647, 2.5, "x", "2", None]
    return [[p in s, p in d, p not in s] for p in probes], list(zip(xs, probes)), list(enumerate(xs))


@cases(({"b": 1, "a": [2], "__proto__": None, "1": 3},), ({},))
def dict_views_and_iteration(d):
    d[True] = "t"
    d[2.5] = 0.5 * 2
    s = {3, 1, 2}
    return [list(d.keys()), list(d.values()), list(d.items()), [k for k in d], sorted(s), sorted(s, reverse=True),
            min(s), max(s), list(reversed(d)), len(d), [isinstance(kv, tuple) for kv in d.items()]]
