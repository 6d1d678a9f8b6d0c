"""Helpers added for execution speed (issue #6) against CPython 3.11: the typed float operators
(py_addf, py_subf, py_mulf, py_ltf, py_lef, py_gtf, py_gef: one operand statically a float, passed
unboxed, the other of any type), the PyFloat fast paths of py_add/py_sub/py_iadd, py_fixed (f'{x:.Nf}',
f'{x:,.Nf}'), and the boundary conversions py_from_js/py_to_js."""
from __future__ import annotations

import math
import operator as O
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import test_ops_common as C  # noqa: E402
from jsutil import JSRuntime, js_outcome, py_outcome  # noqa: E402

from py2cs import runtime as rtmod  # noqa: E402

INF, NAN = math.inf, math.nan

ANYS = [0, 1, -1, 2, 7, 2**52, 2**53 - 1, True, False, 0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 7.5, 1e16, 1e22,
        -1e22, 1e300, INF, -INF, NAN, "", "ab", [], [1, 2], (), (1, "x"), None, {}, {1: 2}, {3}]
FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 7.5, 0.1, 1 / 3, 1e16, 1e22, 1e300, -1e300, 5e-324, INF, -INF, NAN]

_rt = None


def runtime() -> JSRuntime:
    global _rt
    if _rt is None:
        ops = [u.name for u in rtmod.units().values() if u.file == "ops.js"]
        _rt = JSRuntime(helpers=ops + ["py_str", "py_repr", "py_float_repr", "py_exc_type", "py_exc_str", "py_PyFloat",
                                       "py_ltf", "py_lef", "py_gtf", "py_gef", "py_iadd", "py_fixed", "py_fstr",
                                       "py_from_js", "py_to_js", "py_dash_to_js"],
                        extra_js=C._EXTRA_JS)
    return _rt


def plain(x):
    """A statically typed float: a plain JS number, never boxed."""
    if math.isnan(x):
        return C.Raw("NaN")
    if math.isinf(x):
        return C.Raw("Infinity" if x > 0 else "-Infinity")
    if x == 0 and math.copysign(1, x) < 0:
        return C.Raw("-0")
    return C.Raw(repr(x))


def check(pyfn, expr, asfloat):
    exp = C.expected(py_outcome(pyfn))
    got = js_outcome(runtime(), f"__asfloat({expr})" if asfloat else expr)
    assert C.outcomes_match(exp, got, True), f"{expr}\n  CPython: {exp!r}\n  JS:      {got!r}"


@pytest.mark.parametrize("fn,op", [("py_addf", O.add), ("py_subf", O.sub), ("py_mulf", O.mul),
                                   ("py_ltf", O.lt), ("py_lef", O.le), ("py_gtf", O.gt), ("py_gef", O.ge)])
def test_typed_float_operators(fn, op):
    isarith = fn in ("py_addf", "py_subf", "py_mulf")
    bad = []
    for a in ANYS:
        for f in FLOATS:
            for left in (True, False):        # the float on the right, then on the left
                args = (C.lit(a), plain(f).src) if left else (plain(f).src, C.lit(a))
                pyfn = (lambda a=a, f=f: op(a, f)) if left else (lambda a=a, f=f: op(f, a))
                try:
                    check(pyfn, f"{fn}({args[0]}, {args[1]})", isarith)
                except AssertionError as e:
                    bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


@pytest.mark.parametrize("fn,op", [("py_add", O.add), ("py_sub", O.sub), ("py_iadd", O.iadd)])
def test_boxed_float_accumulator(fn, op):
    # a boxed integral float (or -0.0) with a plain number: the fast path at the top of the slow path
    bad = []
    for a in [0.0, -0.0, 1.0, -3.0, 2.0**53, 1e22]:
        for b in [0, 1, -1, 0.5, -0.0, 0.0, 2.5, 1e16, 2**53 - 1, INF, NAN, True]:
            try:
                check(lambda a=a, b=b: op(a, b), f"{fn}({C.lit(a)}, {C.lit(b)})", False)
            except AssertionError as e:
                bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


FIXED_VALUES = [0, 1, -1, 7, 1234, -999, 10**6, 2**53, 2**53 + 2, True, False, 0.0, -0.0, 0.5, 0.125, 0.375, 2.5, -2.5,
                0.005, 1.005, 999.995, 1234567.891, -1234567.891, 1e15 + 0.3, 9007199254740991.0, 1e16, 1e21, 1e22,
                -1e22, 5e-324, INF, -INF, NAN, None, "s", [1]]


@pytest.mark.parametrize("nd", range(10))
@pytest.mark.parametrize("commas", [False, True])
def test_fixed(nd, commas):
    spec = ("," if commas else "") + "." + str(nd) + "f"
    bad = []
    for v in FIXED_VALUES:
        reps = [C.lit(v)] + ([plain(v).src] if isinstance(v, float) else [])
        for r in reps:
            for expr in (f"py_fixed({r}, {nd}, {'true' if commas else 'false'})", f"py_fstr({r}, '', '{spec}', false)"):
                try:
                    check(lambda v=v: format(v, spec), expr, False)
                except AssertionError as e:
                    bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


@pytest.mark.parametrize("src, expected", [
    ("[-0, 0, 1.5, 'a', null, undefined, true]", [0, 0, 1.5, "a", None, None, True]),
    ("{a: -0, b: undefined, c: [undefined, {d: -0}], __proto__: null}", {"a": 0, "b": None, "c": [None, {"d": 0}]}),
    ("JSON.parse('{\"__proto__\": 1, \"constructor\": 2}')", {"__proto__": 1, "constructor": 2}),
    ("-0", 0), ("undefined", None), ("'x'", "x"),
])
def test_from_js(src, expected):
    out = js_outcome(runtime(), f"py_from_js({src})")
    # repr: exact types (a -0 from the page is the int 0, never the float -0.0; 1.5 stays a float)
    assert repr(out) == repr(("ok", expected))


@pytest.mark.parametrize("src, expected_json", [
    ("new Map([['a', py_fbox(1)], ['b', [py_fbox(2), null, undefined]], ['__proto__', new Map([['x', 1]])]])",
     '{"a":1,"b":[2,null,null],"__proto__":{"x":1}}'),
    ("new Map([[1, 'i'], [true, 't'], [null, 'n'], [2.5, 'f'], ['s', undefined]])",
     '{"1":"i","true":"t","null":"n","2.5":"f","s":null}'),
    ("[py_tuple([1, py_fbox(-0)]), new Map()]", '[[1,0],{}]'),
])
def test_to_js(src, expected_json):
    out = js_outcome(runtime(), f"JSON.stringify(py_to_js({src}))")
    assert out == ("ok", expected_json)
    own = js_outcome(runtime(), f"Object.getPrototypeOf(py_to_js({src})) === (Array.isArray(py_to_js({src})) ? Array.prototype : Object.prototype)")
    assert own == ("ok", True)


def test_to_js_rejects_sets():
    assert js_outcome(runtime(), "py_to_js([new Map([['s', new Set([1])]])])")[:2] == ("err", "TypeError")


SLICE_BOUNDS = [None, 0, 1, 2, 5, 100, -1, -2, -5, -100, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, True, False,
                -0.0, 0.0, 1.5, "1"]


@pytest.mark.parametrize("seq", [[1, 2, 3, 4], (1, 2, 3), "abcde", "a😀b", [], ""])
def test_slice_step_one(seq):
    bad = []
    for lo in SLICE_BOUNDS:
        for hi in SLICE_BOUNDS:
            for args in ((lo, hi), (lo, hi, None)):
                expr = f"py_slice({C.lit(seq)}, {C.lit(lo)}, {C.lit(hi)}{', null' if len(args) == 3 else ''})"
                try:
                    check(lambda lo=lo, hi=hi: seq[lo:hi], expr, False)
                except AssertionError as e:
                    bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])
    # undefined (an omitted bound) is None
    assert js_outcome(runtime(), f"py_slice({C.lit(seq)}, undefined, 2)") == js_outcome(runtime(), f"py_slice({C.lit(seq)}, null, 2)")


@pytest.mark.parametrize("obj", [{"a": 1, "__proto__": None}, {1: 2}, [1, 2], "ab", None, 3, {True: 1}])
def test_getstr(obj):
    for k in ("a", "__proto__", "toString", "1", ""):
        check(lambda k=k: obj[k], f"py_getstr({C.lit(obj)}, {C.lit(k)})", False)


def test_slice_plain_negative_zero_is_a_float():
    for expr in ("py_slice([1, 2], -0, 1)", "py_slice([1, 2], 0, -0)", "py_slice('ab', -0)"):
        check(lambda: [1, 2][-0.0:1], expr, False)


STR_VALUES = [0, -0.0, 0.0, 1, -1, 7, 2**31, 2**53, -(2**53), 2**53 + 2, 10**20, 1e21, 1e22, 0.5, -0.5, 0.75,
              1e-4, -1e-4, 9.99e-5, 1e-5, 0.1 + 0.2, 1 / 3, -1 / 3, 1e15 + 0.5, 9999999999999998.0, 1e16, -1e16,
              123456789012345.6, 1234567890123456.0, 5e-324, 1.7976931348623157e308, INF, -INF, NAN, 2.0, -2.0, True,
              2**31 - 1, -(2**31), 2**31 + 1, 2147483647.5, -2147483648.5, 2147483648.0, -2147483649.0, 0.1234567890123456,
              -0.1234567890123456, 12345.678901234567, 1e-4 * 3, -9.999999999999999e-05]


@pytest.mark.parametrize("fn, pyfn", [("py_str", str), ("py_repr", repr), ("py_float_repr", None)])
def test_number_strings(fn, pyfn):
    bad = []
    for v in STR_VALUES:
        if fn == "py_float_repr":
            if not isinstance(v, float):
                continue
            exprs, pyf = [f"py_float_repr({plain(v).src})", f"py_float_repr({C.lit(v)})"], (lambda v=v: repr(v))
        else:
            exprs = [f"{fn}({C.lit(v)})"] + ([f"{fn}({plain(v).src})"] if isinstance(v, float) and not v.is_integer() else [])
            pyf = (lambda v=v: pyfn(v))
        for e in exprs:
            try:
                check(pyf, e, False)
            except AssertionError as err:
                bad.append(str(err))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


@pytest.mark.parametrize("src", [
    "new Map([['a', py_fbox(1)], ['b', [py_fbox(2), null, undefined]], ['__proto__', new Map([['x', 1]])]])",
    "new Map([[1, 'i'], [true, 't'], [null, 'n'], [2.5, 'f'], ['s', undefined], ['constructor', []]])",
    "[py_tuple([1, py_fbox(-0)]), new Map(), [new Map([['k', [undefined]]])]]",
])
def test_dash_to_js_agrees_with_to_js(src):
    # the Dash return path converts exactly as py_to_js does (Patch objects aside)
    same = ("(function () { var a = py_dash_to_js(" + src + "), b = py_to_js(" + src + ");"
            " function own(x) { return x !== null && typeof x === 'object' ? [Object.getPrototypeOf(x) === Object.prototype,"
            " Object.keys(x).map(function (k) { return [k, own(x[k])]; })] : x; }"
            " return JSON.stringify(own(a)) === JSON.stringify(own(b)) && JSON.stringify(a) === JSON.stringify(b); })()")
    assert js_outcome(runtime(), same) == ("ok", True)
