"""Shared machinery of the ops.js tests: one QuickJS runtime, exact literals (float -0.0 is a box),
and the comparison of a CPython outcome with the outcome of a JS helper call."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsutil import JSRuntime, js_outcome, py_outcome, same  # noqa: E402

from py2cs import runtime as rtmod  # noqa: E402

OVERFLOW_MSG = "py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly"
COMPLEX_MSG = "py2cs: complex results are not supported"

# Decoding fix: a boxed -0.0 is the float -0.0 (jsutil reads a plain -0 as -0.0 but loses the sign of a box).
_EXTRA_JS = r"""
var __enc0 = __enc;
__enc = function (x) {
  if (x instanceof py_PyFloat && x.v === 0 && 1 / x.v < 0) return {t: 'float', v: 0, neg: true};
  return __enc0(x);
};
// Result of a helper documented `-> float` (plain number): read it as a float.
function __asfloat(x) {
  return (typeof x === 'number' && x % 1 === 0) ? new py_PyFloat(x) : x;
}
"""

_rt = None


def runtime() -> JSRuntime:
    global _rt
    if _rt is None:
        ops = [u.name for u in rtmod.units().values() if u.file == "ops.js"]
        _rt = JSRuntime(helpers=ops + ["py_str", "py_repr", "py_float_repr", "py_exc_type", "py_exc_str", "py_PyFloat"], extra_js=_EXTRA_JS)
    return _rt


class Fn:
    """A JS function value in a call (e.g. a sort key): ``Fn("function (x) { return -x; }")``."""

    def __init__(self, src):
        self.src = src

    def __repr__(self):
        return f"Fn({self.src!r})"


class Raw:
    """A raw JS expression."""

    def __init__(self, src):
        self.src = src

    def __repr__(self):
        return self.src


PLAIN_NEG_ZERO = False  # tests flip this to pass -0.0 as a plain -0 (which the runtime reads as a float)


def lit(v) -> str:
    """A JS expression building ``v`` in the runtime representation (integral floats incl. -0.0 boxed)."""
    if isinstance(v, (Fn, Raw)):
        return v.src
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return repr(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        if v == 0 and math.copysign(1, v) < 0:
            return "-0" if PLAIN_NEG_ZERO else "py_fbox(-0)"
        if v.is_integer() and abs(v) < 1e21:
            # repr, not int(v): QuickJS rounds integer literals beyond 2**53 inexactly
            return f"py_fbox({int(v) if abs(v) <= 2**53 else repr(v)})"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "py_tuple([" + ", ".join(lit(x) for x in v) + "])"
    if isinstance(v, dict):
        return "new Map([" + ", ".join(f"[{lit(k)}, {lit(x)}]" for k, x in v.items()) + "])"
    if isinstance(v, (set, frozenset)):
        return "new Set([" + ", ".join(lit(x) for x in v) + "])"
    raise TypeError(f"no JS literal for {type(v).__name__}")


def call_expr(fn, *args, asfloat=False):
    e = f"{fn}({', '.join(lit(a) for a in args)})"
    return f"__asfloat({e})" if asfloat else e


def _has_bigint(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return abs(v) > 2**53
    if isinstance(v, (list, tuple)):
        return any(_has_bigint(x) for x in v)
    if isinstance(v, dict):
        return any(_has_bigint(x) for x in v.values()) or any(_has_bigint(x) for x in v)
    return False


def expected(pyout):
    """The outcome the runtime must give for a CPython outcome: ints beyond 2**53 overflow,
    complex results are refused."""
    if pyout[0] == "ok":
        v = pyout[1]
        if isinstance(v, complex):
            return ("err", "ValueError", COMPLEX_MSG)
        if _has_bigint(v):
            return ("err", "OverflowError", OVERFLOW_MSG)
    elif pyout[1] == "OverflowError" and pyout[2] == "complex exponentiation":
        return ("err", "ValueError", COMPLEX_MSG)
    return pyout


def outcomes_match(exp, got, check_msg=True) -> bool:
    if exp[0] != got[0]:
        return False
    if exp[0] == "ok":
        return same(exp[1], got[1])
    if exp[1] != got[1]:
        return False
    return (not check_msg) or exp[2] == got[2]


def check(pyfn, fn, *args, asfloat=False, check_msg=True, transform=None):
    """Assert that CPython's ``pyfn()`` and the JS helper ``fn(*args)`` agree exactly."""
    exp = expected(py_outcome(pyfn))
    if transform is not None and exp[0] == "ok":
        exp = ("ok", transform(exp[1]))
    expr = call_expr(fn, *args, asfloat=asfloat)
    got = js_outcome(runtime(), expr)
    assert outcomes_match(exp, got, check_msg), f"{expr}\n  CPython: {exp!r}\n  JS:      {got!r}"


def mismatches(cases, check_msg=True):
    """Run many (pyfn, fn, args, kwargs) cases; return the list of failure descriptions."""
    bad = []
    for pyfn, fn, args, kw in cases:
        try:
            check(pyfn, fn, *args, check_msg=check_msg, **kw)
        except AssertionError as e:
            bad.append(str(e))
    return bad
