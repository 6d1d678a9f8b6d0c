"""Adversarial review of the execution-speed fast paths (py_fixed, py_addf/py_subf/py_mulf, py_ltf and co.,
py_getstr, py_dict_get_any, py_slice, py_zip2, py_in_keyed, py_str/py_float_repr, sorted() and min()/max() fast
paths, py_fpow x**2, str.split() on ' ', strip(chars) memo, list(zip/enumerate) without copy, small-int
py_add/py_sub/py_mul, forEach keys/values/items, py_from_js/py_to_js): each function pits a fast path against
the inputs most likely to make it differ from CPython (-0.0, NaN/inf, ints near 2**31 and 2**53, bools,
exact ties, surrogate pairs, non-space whitespace, prototype keys, None as null or undefined)."""
from difftest import cases


@cases(([2, 4, 3],), ([1],), ([-1, -3],))
def mm_float_gen(xs):
    m = max(x * 0.5 for x in xs)
    n = min(x * 0.5 for x in xs)
    return [m + 1.5, str(m), str(n), n * 2, repr(m - 1), f"{m}"]


@cases(([1, True, 1.0],), ([True, 1, 1.0],), ([1.0, 1, True],), ([0, False, -0.0],), ([-0.0, 0, False],))
def mm_ties(xs):
    return [str(min(xs)), str(max(xs)), str(min(x for x in xs)), str(max(x for x in xs)),
            str(min(xs, key=lambda v: v)), repr(max(v for v in xs))]


@cases(([1, "a"],), (["a", 1],), ([[1], [0, 5]],), ([None, 1],))
def mm_err(xs):
    try:
        return [repr(min(x for x in xs))]
    except TypeError as e:
        return str(e)


@cases(([1, 2, 3], [4, 5]),)
def list_zip_alias(a, b):
    z = list(zip(a, b))
    e = list(enumerate(a))
    e2 = list(enumerate(a, 1))
    z.append((0, 0)); e.append(9)
    return z, e, e2, a, b


@cases(([1], [1, 2, 3]),)
def zip_mutate_loop(a, b):
    out = []
    for x, y in zip(a, b):
        a.append(y)
        out.append([x, y])
    return out, a


@cases((0.125,), (2.675,), (1e-7,), (0.5,), (1.5,), (2.5,), (-0.5,), (-2.5,), (-0.001,), (-0.0049,), (0.045,),
       (1.0000000005,), (4503599627370495.5,), (-4503599627370495.5,), (9007199254740991,), (123456789012.125,),
       (-999999.995,), (0.0001,), (5e-324,), (1e20,), (1.2e21,), (-1.5e300,), (8.5,), (-8.5,), (0.0625,), (0.03125,),
       (1099511627775.5,), (-1234.5,), (999.5,), (-999.5,), (0,), (-0.0,), (True,), (False,))
def fixed_many(x):
    return [f"{x:.0f}", f"{x:,.0f}", f"{x:.1f}", f"{x:,.1f}", f"{x:.2f}", f"{x:,.2f}", f"{x:.3f}", f"{x:.4f}",
            f"{x:,.5f}", f"{x:.9f}", f"{x:,.9f}"]


@cases((0.125,), (-0.375,), (2.5,))
def fixed_float_typed(x):
    y = float(x)
    z = y * 1.0
    return [f"{z:.0f}", f"{z:.2f}", f"{-z:,.2f}", f"{z * 1e6:,.0f}", f"{z - z:.1f}", f"{-(z - z):.1f}", f"{z * -0.0:.3f}"]


@cases((1e-4,), (-1e-4,), (0.00012,), (2147483647.5,), (-2147483648.5,), (2147483648.5,), (1e-5,), (0.1,), (0.30000000000000004,),
       (123456789.12345679,), (-0.0,), (1.5,), (2 ** 31,), (-2 ** 31,), (2 ** 31 - 1,), (-2 ** 31 - 1,), (1e16,), (1e15,),
       (9.999999999999999e15,), (1234567.1234567,), (0.00010000000000000002,), (2147483647.9999998,), (-2147483648.9999998,),
       (3.0000000000000004,), (1e22,), (True,), (None,))
def str_floats(x):
    f = float(x) if x is not None else 0.5
    return [str(x), repr(x), str(f), repr(f), str(-f), f"{f}", str([f, x]), str(f / 3), str(f * 1e-3)]


@cases(([3, 1, 2],), ([2.5, -0.0, 0, 1, -1.5],), ([1e308, -1e308, 1e-308, -5e-324, 5e-324, 0],), ([1, 1.0, True, 0, False, -0.0],))
def sort_nums(xs):
    inf = float("inf")
    ys = xs + [inf, -inf, inf, -inf]
    r = [sorted(ys), sorted(ys, reverse=True), sorted(ys, key=lambda v: -v), sorted(ys, key=lambda v: v * 1.0),
         sorted(ys, key=lambda v: v / 2, reverse=True)]
    return [[repr(v) for v in l] for l in r]


@cases(([3, 1, 2],), ([2.5, 0, 1],))
def sort_nan(xs):
    # (tuples holding NaN in the same column are refused: tests/test_float_keys.py)
    nan = float("nan")
    ys = [nan] + xs + [nan]
    t = [(v, i % 2) for i, v in enumerate(ys)]
    return [[repr(v) for v in sorted(ys)], [repr(v) for v in sorted(ys, reverse=True)],
            repr(min(ys)), repr(max(ys)), repr(min(xs + [nan])), repr(sorted(t[1:-1])), repr(min(t[:-1]))]


@cases(([["b", 1], ["a", 2], ["b", 0], ["a", 2.5]],), ([["x", -0.0], ["x", 0], ["x", -1]],),
       ([["a", 1], ["a", True]],), ([["a", 1], ["a", "1"]],), ([["😀", 1], ["\uffff", 0], ["a", 2]],),
       ([[1, 2], [1, 2, 3], [0]],), ([[1, [2]], [1, [1]]],), ([[1, None], [0, None]],))
def sort_tuples(rows):
    try:
        a = sorted(rows)
    except TypeError as e:
        a = str(e)
    try:
        b = sorted([tuple(r) for r in rows], reverse=True)
    except TypeError as e:
        b = str(e)
    try:
        c = sorted(range(len(rows)), key=lambda i: (rows[i][-1], rows[i][0]))
    except TypeError as e:
        c = str(e)
    try:
        d = sorted(rows, key=lambda r: tuple(r)) + sorted(rows, key=lambda r: list(r), reverse=True)
    except TypeError as e:
        d = str(e)
    return a, b, c, d


@cases(([(1, 2), [1, 2]],))
def sort_mixed_tuple_list(rows):
    rows = [tuple(rows[0]), rows[1]]
    try:
        return sorted(rows)
    except TypeError as e:
        return str(e)


@cases((["b", "a", "B", "é", "\uffff", "😀", "", "a\x00", "ab"],), (["b", "a", "c", "a"],), (["\ud7ff", "\ue000", "𝒜"],))
def sort_strs(xs):
    return [sorted(xs), sorted(xs, reverse=True), sorted(xs, key=lambda s: s[::-1]), min(xs), max(xs),
            min(s for s in xs), max(s for s in xs), xs[0] < xs[-1]]


WS = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a",
      "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\u200b", "\ufeff", "\x00"]


@cases(("a b",), ("  a  b  ",), ("",), ("   ",), ("a😀 b",), ("😀",), ("x",))
def split_ws(s):
    out = [s.split(), s.split(None), s.split(" "), s.split(None, 1), s.rsplit(), s.rsplit(None, 1)]
    for w in WS:
        t = s + w + "z" + w
        out.append(t.split())
        out.append((w + s).split())
        out.append(t.strip())
    return out


@cases(("xxabcxx",), ("😀ab😀",), ("",), ("abc",))
def strip_seq(s):
    out = []
    for chars in ["x", "xa", "x", "😀", "😀a", "", "x", "c", "😀", "\ud83d", "ab"]:
        out.append([s.strip(chars), s.lstrip(chars), s.rstrip(chars)])
    for i in range(3):
        out.append(s.strip("x"))
        out.append(s.strip("😀"))
    return out


@cases(("abcdef",), ("a😀b😀c",), ("",), ([1, 2, 3, 4, 5],), ([],))
def slices(s):
    out = []
    for a in [None, 0, 1, -1, -2, 3, 10, -10, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 2 ** 53, True, False]:
        for b in [None, 0, 2, -1, -3, 100, -100, 2 ** 31, True]:
            out.append(s[a:b])
        out.append(s[a:])
        out.append(s[:a])
        out.append(s[a::-1])
        out.append(s[a::2])
    t = tuple(s)
    out.append(t[1:3])
    out.append(t[-2:] + (0,))
    return out


@cases(("abc",), ([1, 2],))
def slice_bad(s):
    out = []
    for a in [1.0, -0.0, 0.5, "1", None]:
        try:
            out.append(s[a:2])
        except TypeError as e:
            out.append(str(e))
    return out


@cases(({"a": 1, "__proto__": 2, "constructor": 3},), ([1, 2],), ("abc",), (None,), (5,), ({"1": 1},), ({},))
def getstr(d):
    out = []
    for k in ["a", "__proto__", "constructor", "hasOwnProperty", "toString", "1", ""]:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append(["KeyError", str(e)])
        except TypeError as e:
            out.append(["TypeError", str(e)])
        try:
            out.append(d.get(k))
            out.append(d.get(k, "dflt"))
        except AttributeError as e:
            out.append(["AttributeError", str(e)])
    return out


@cases(([{"a": None}, {"b": 1}],), ([{}],))
def get_on_list_elem(rows):
    out = []
    for r in [{"x": 1}] + rows:
        out.append([r.get("a"), r.get("a", 5), r.get("b", None), r.get(1), r.get(1, 2), r.get(True, 3)])
    return out


@cases((2,), (1,), (0,), (True,), (False,), (-1,), (2 ** 31,), (2.5,), ("2",), (None,))
def in_keyed(x):
    d = {1: "a", 2: "b", 0: "z", 2 ** 31: "big", -1: "m", "2": "s", None: "n", 2.5: "f"}
    s = {1, 2, 0, -1, 2 ** 31, "2", None, 2.5}
    d2 = {True: 1, False: 0}
    s2 = {True, False}
    s3 = {1, 2, 0}
    return [x in d, x in s, x in d2, x in s2, x in s3, x not in d, x not in s3]


@cases(([1, 2, 3], [4, 5]), ([], [1]), ("ab", [1, 2, 3]), ("a😀", "xyz"), ({"a": 1, "b": 2}, [1, 2, 3]))
def zip2(a, b):
    return [list(zip(a, b)), [list(t) for t in zip(b, a)], len(list(zip(a, a))), dict(zip(a, b)) if not isinstance(a, list) or all(isinstance(v, int) for v in a) else 0]


@cases((None, [1]), (5, [1]), ([1], 5))
def zip2_err(a, b):
    try:
        return list(zip(a, b))
    except TypeError as e:
        return str(e)


def in_keyed_floats():
    d = {1: "a", 2: "b", 0: "z", -1: "m"}
    s = {1, 2, 0, -1}
    out = []
    for x in [1.0, 2.0, -0.0, 0.0, -1.0, 0.5, float("nan"), float("inf")]:
        out.append([x in d, x in s, x not in d])
    return out
in_keyed_floats.cases = [()]


@cases(([0, 1, -1, 2147483647, -2147483648, 2147483648, 1073741824, 46341, -46341, 94906265, 9007199254740991, -9007199254740991, 67108865, 134217729],),)
def int_ops(vals):
    out = []
    for a in vals:
        for b in vals:
            r = []
            for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: -a * b, lambda: a * -b, lambda: 0 * -b):
                try:
                    v = op()
                    r.append(str(v) if -9007199254740991 <= v <= 9007199254740991 else "big")
                except OverflowError as e:
                    r.append("big")
            out.append(r)
    return out


@cases((0,), (-1,), (5,), (True,), (False,), (2.5,), (-0.0,), (None,), ("s",), ([1],))
def mixed_bool(x):
    out = []
    for y in [True, False, 0, 1, -0.0, 0.0, 1.0, -1, 2.5]:
        r = []
        for op in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: y - x, lambda: y * x):
            try:
                r.append(repr(op()))
            except TypeError as e:
                r.append(str(e))
        out.append(r)
    return out


@cases((0,), (3,), (-2,), (True,), (2.5,), (1e200,), (-1e200,), (1e-200,), (-0.0,), (None,))
def pow2(x):
    out = []
    f = x * 1.0 if x is not None else 0.5
    for op in (lambda: f ** 2, lambda: x ** 2, lambda: x ** 2.0, lambda: f ** 2.0, lambda: (-f) ** 2, lambda: 2 ** f,
               lambda: f ** -2, lambda: pow(f, 2), lambda: x ** True):
        try:
            out.append(repr(op()))
        except OverflowError as e:
            out.append("OverflowError " + str(e))
        except (TypeError, ZeroDivisionError) as e:
            out.append("E " + str(e))
    return out


@cases((1,), (0,), (-3,), (2.5,), (True,), (None,), ("ab",))
def float_unknown_ops(x):
    f = 0.25 * 2     # 0.5
    one = f * 2      # 1.0 integral float, unboxed
    negz = -0.0 * f
    out = []
    for op in (lambda: x + one, lambda: one + x, lambda: x - one, lambda: one - x, lambda: x * negz,
               lambda: negz * x, lambda: negz + x, lambda: x + negz, lambda: x - negz, lambda: negz - x,
               lambda: (x + one) * 2, lambda: str(x * one), lambda: [x * one], lambda: {"k": x - one}):
        try:
            out.append(repr(op()))
        except TypeError as e:
            out.append("TypeError " + str(e))
    for op in (lambda: x < one, lambda: one <= x, lambda: x > negz, lambda: negz >= x):
        try:
            out.append(op())
        except TypeError as e:
            out.append("TypeError " + str(e))
    return out


@cases((3,), (2147483647,), (-2147483648,), (-2147483649,))
def iadd_nums(n):
    a = n
    a += 1
    b = n
    b -= 2147483648
    c = n
    c *= 3
    d = 0.5
    d += n
    e = n * 1.0
    e += 1
    out = []
    for v in (a, b, c, d, e):
        out.append(repr(v))
    try:
        f = n
        f += 9007199254740991 - 2 ** 32
        out.append(repr(f))
    except OverflowError as ex:
        out.append(str(ex))
    return out


@cases(([1, 2, 3],), ([0.5, 1.5],), ([True, 2],), ([1.0, 2.0],))
def accum(xs):
    t = 0.0
    u = 0
    for x in xs:
        t += x
        u = u + x * 2
    return [repr(t), repr(u), repr(t - u), repr(t * 0), repr(-t * 0)]


@cases(([[1, 2], [3], []],), ([[5, -1], [2, 2]],))
def mm_nested(rows):
    out = []
    for r in rows:
        try:
            out.append(min(v for v in r))
        except ValueError as e:
            out.append(str(e))
    try:
        out.append(max(min(v for v in r) for r in rows))
    except ValueError as e:
        out.append(str(e))
    out.append(max((max(v for v in r) if r else -99) for r in rows))
    out.append(min(a * b for r in rows for a in r for b in r if a != b) if any(len(r) > 1 for r in rows) else None)
    f = lambda xs: max(x for x in xs if x > 0)
    try:
        out.append([f([1, 5, 2]), f([0, -1])])
    except ValueError as e:
        out.append(str(e))
    return out


@cases(([1, 2, 0, 4],), ([3, 0],), ([0],), ([],))
def mm_raise_partway(xs):
    seen = []
    def g(x):
        seen.append(x)
        return 10 // x
    try:
        r = min(g(x) for x in xs)
    except ZeroDivisionError as e:
        r = "ZDE " + str(e)
    except ValueError as e:
        r = "VE " + str(e)
    return r, seen


@cases(([1, "a", 2],), (["a", 1],), ([2, None],))
def mm_cmp_err_order(xs):
    seen = []
    def g(x):
        seen.append(x)
        return x
    try:
        r = max(g(x) for x in xs)
    except TypeError as e:
        r = str(e)
    return r, seen


@cases(("hello",), ("",), ("a😀b",))
def mm_str_gen(s):
    try:
        return [min(c for c in s), max(c for c in s), max(c.upper() for c in s), min(ord(c) for c in s)]
    except ValueError as e:
        return str(e)


@cases(({"a": 3, "b": 1},), ({},))
def mm_dict_gen(d):
    try:
        return [min(v for v in d.values()), max(k for k in d), min(d[k] for k in d), max(k + str(v) for k, v in d.items())]
    except ValueError as e:
        return str(e)


@cases(([1, 2, 3],))
def mm_closure_capture(xs):
    fs = []
    for i in range(3):
        fs.append(lambda: max(x * i for x in xs))
    return [f() for f in fs]


@cases(([0.5, 1.5, -0.0],), ([2, 1.0],), ([True, 1, 0.5],))
def mm_floats(xs):
    m = max(x * 1.0 for x in xs)
    n = min(x * 1.0 for x in xs)
    k = min(x for x in xs)
    return [repr(m), repr(n), repr(k), repr(m + n), m > n, repr(max(x for x in xs) + 0.5), f"{n:.2f}", str(max(-x for x in xs))]


@cases(({"__proto__": {"a": 1}, "constructor": {"prototype": 1}, "hasOwnProperty": None, "valueOf": [None, {"__proto__": None}]},),
       ([{"__proto__": [1, {"__proto__": "x"}]}, None, -0.0, 0, 1.5, "", [[]]],),
       ({"": {"": ""}, "0": 0, "-0": -0.0, "1e3": 1e3},))
def proto_roundtrip(x):
    out = {}
    if isinstance(x, dict):
        for k in x:
            out[k] = x[k]
            out[k + "_len"] = len(k)
        out["keys"] = list(x.keys())
        out["items"] = [[k, v] for k, v in x.items()]
        out["has"] = ["__proto__" in x, "constructor" in x, "toString" in x]
        out["__proto__"] = x
        out["constructor"] = x.get("constructor", "none")
        out["toString"] = str(x)
    else:
        out["__proto__"] = x
        out["s"] = str(x)
    return out, [out], x


@cases((None,), ([None, None],), ({"a": None},))
def none_inputs(x):
    return [x is None, x == None, str(x), [x], {"k": x}, (x,)]


@cases((1,), (0,))
def out_keys(n):
    d = {1: "a", True: "b", None: "c", 2.5: "d", "x": {0: n, -1: [n]}, False: 0, -5: 1, 2 ** 40: 2}
    return d, {"nested": [d]}


@cases(({"a": [1, {"b": [2.5, None]}]},))
def mutate_input(x):
    y = x["a"]
    y.append(3)
    y[1]["b"].append(x["a"][0] * 1.0)
    x["__proto__"] = 1
    return x, str(x)


@cases(([1, 2, 3, 4],), ([],), ([5],))
def enum_rev(xs):
    out = []
    for i, x in enumerate(reversed(xs)):
        out.append([i, x])
        if i == 0 and xs:
            xs.pop()
        if i == 1:
            xs.append(99)
    return out, xs


@cases(("abc",), ({"a": 1, "b": 2},), ((1, 2),))
def enum_rev_other(s):
    out = []
    for i, x in enumerate(reversed(s if not isinstance(s, list) else s)):
        out.append([i, x])
    return out


@cases(([1, 2, 3],))
def enum_rev_start(xs):
    out = []
    for i, x in enumerate(reversed(xs), 10):
        out.append([i, x])
        xs.insert(0, 0)
    for i, x in enumerate(reversed(xs), start=-1):
        out.append([i, x])
        if len(xs) > 3:
            xs.pop(0)
    return out, xs


@cases(("a😀bc",), ("😀😀",), ("\ud800x",), ("",))
def strlen(s):
    return [len(s), len(s + s), len(s[1:]), len(s.split()), s[::-1], s[-1:] if s else ""]


@cases(([[1, [2, [3]]], [], 4],), ([],), ([[[[]]], [1, 2]],))
def rec_depth(tree):
    def depth(t):
        if isinstance(t, list):
            if not t:
                return 1
            return 1 + max(depth(c) for c in t)
        return 0
    def lo(t):
        if isinstance(t, list):
            return min((lo(c) for c in t if c != []), default=99) if t else 99
        return t
    def lo2(t):
        if isinstance(t, list):
            return min(lo2(c) + i * 0 for i, c in enumerate(t)) if t else 99
        return t
    return depth(tree), lo(tree), lo2(tree)


@cases(([3, 1, 2],))
def gen_lambda_inside(xs):
    f = lambda k: min(x * k for x in xs)
    return max(f(y) - min(z for z in xs) for y in xs)


@cases((5,), (0,))
def enum_rev_range(n):
    out = []
    for i, x in enumerate(reversed(range(n))):
        out.append([i, x])
    for i, x in enumerate(reversed(range(1, n * 3, 2))):
        out.append([i, x])
    return out


@cases(({"a": 1, "b": 2, "c": 3},))
def enum_rev_dict(d):
    out = []
    for i, k in enumerate(reversed(d)):
        out.append([i, k])
    try:
        for i, kv in enumerate(reversed(d.items())):
            out.append([i, list(kv)])
    except TypeError as e:
        out.append(str(e))
    try:
        for i, k in enumerate(reversed(d)):
            d["z" + k] = i
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out, d


@cases(([1, 2, 3],))
def enum_rev_mutate_more(xs):
    out = []
    for i, x in enumerate(reversed(xs)):
        out.append([i, x])
        if x == 3:
            xs.clear()
    ys = [1, 2, 3, 4, 5]
    for i, y in enumerate(reversed(ys)):
        out.append([i, y])
        del ys[0:2]
    return out


@cases((None,), (5,), ({"a": 1},))
def enum_rev_bad(x):
    try:
        for i, v in enumerate(reversed(x)):
            return [i, v]
    except TypeError as e:
        return str(e)


@cases((True,), (False,))
def nonlocal_retype(flag):
    s = "abc"
    def g():
        nonlocal s
        s = None
    if flag:
        g()
    try:
        return len(s)
    except TypeError as e:
        return str(e)


@cases((True,), (False,))
def nonlocal_retype_key(flag):
    k = "a"
    d = {"a": 1, "5": 2}
    def g():
        nonlocal k
        k = 5
    if flag:
        g()
    try:
        return d[k]
    except KeyError as e:
        return "KE " + str(e)


@cases((True,), (False,))
def nonlocal_retype_float(flag):
    f = 0.5
    def g():
        nonlocal f
        f = "x"
    if flag:
        g()
    try:
        return [f * 2, f + 1.5 if not flag else f + "y", f"{f:.2f}" if not flag else "s"]
    except TypeError as e:
        return str(e)


@cases((True,), (False,))
def nonlocal_retype_float2(flag):
    f = 0.5
    def g():
        nonlocal f
        f = 3
    if flag:
        g()
    return [repr(f * 1), repr(f + 1), f"{f}", str(f), repr(f * 2.0), repr(-f)]


@cases(({"a": 1, "b": 2}, "a"), ({"a": 1}, 1), ({}, "z"))
def in_views(d, x):
    s = set(d)
    t = {x}
    out = [x in d.keys(), x in d.values(), x in d.copy(), x in dict(d), x in {**d}, x in dict.fromkeys(d),
           x in (s | t), x in s.union(t), x in (s & t), x in s - t, x in s ^ t, x in s.copy(), x in set(d.values()),
           x in {k: v for k, v in d.items()}, x in {k for k in d}, x in set(), x in dict(),
           x in s.intersection(t), x in s.difference(t), x in s.symmetric_difference(t), x in dict(zip(d, d)),
           x in dict([("a", 1)]), x in dict(a=1)]
    try:
        out.append((x, 1) in d.items())
    except TypeError as e:
        out.append(str(e))
    return out


@cases((3,), (1,))
def mm_gen_float_typed(n):
    m = max(float(i) for i in range(n))
    k = min(i * 0.5 for i in range(1, n + 1))
    return [m + 1.5, str(m), repr(k), m * 2, k - 1, f"{m}", m > 0.5, [m, k]]


@cases((3,), (1,))
def mm_gen_int_typed(n):
    m = max(i * 2 for i in range(n))
    k = min(len(str(i)) for i in range(n))
    return [m + 1, str(m), k - 1]


@cases(("abc",),)
def mm_gen_str_typed(s):
    m = max(c for c in s)
    return [m + "!", len(m), m.upper()]


@cases(("abc",), (None,), (5,), ([1, 2],))
def len_annot(s: str):
    try:
        return len(s)
    except TypeError as e:
        return str(e)


@cases(("a b",), (None,))
def len_str_method(s):
    try:
        t = s.strip()
        return [len(t), len(s.upper())]
    except (TypeError, AttributeError) as e:
        return str(e)


@cases(({"a": "xyz"},), ({"a": None},), ({},))
def getstr_annot(d: dict):
    try:
        v = d["a"]
        return [v, len(str(v))]
    except KeyError as e:
        return "KE " + str(e)


@cases((0.125,), (2.675,), (-0.0,), (1234.5,), (True,), (5,))
def fmt_other_paths(x):
    spec = ".2f"
    spec0 = ",.0f"
    return [format(x, ".2f"), "{:.2f}".format(x), "{:,.0f}".format(x), f"{x:{spec}}", f"{x:{spec0}}", "%.2f" % x,
            format(x, ",.1f"), f"{x:>10.2f}", f"{x:+.1f}"]

@cases(([1, 2, 3],))
def arg_order(xs):
    log = []
    def a():
        log.append("a")
        return xs
    def b():
        log.append("b")
        return xs[1:]
    z = list(zip(a(), b()))
    m = max(a(), key=lambda v: -v)
    return z, m, log
