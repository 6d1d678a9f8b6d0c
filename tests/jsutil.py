"""Test utilities: run runtime helpers or generated JS in QuickJS with exact Python values.

``js_literal(v)`` writes a Python value as a JS expression in the runtime's representation
(tuples marked, dicts as Map, integral floats boxed); ``JSRuntime.call`` decodes results back to
exact Python values (tuple vs list and int vs float preserved), so tests can compare with ``==`` plus
type checks, which is stricter than the JSON round trip Dash does.
"""
from __future__ import annotations

import json
import math

import quickjs

from py2cs import runtime

_DECODE_JS = r"""
function __enc(x) {
  if (x === undefined) return {t: 'undefined'};
  if (x === null) return null;
  if (typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'number') {
    if (x !== x) return {t: 'nan'};
    if (x === Infinity) return {t: 'inf'};
    if (x === -Infinity) return {t: '-inf'};
    if (Object.is(x, -0)) return {t: 'float', v: 0, neg: true};
    return (x % 1 === 0 && Math.abs(x) < 1e21) ? {t: 'int', v: x} : {t: 'float', v: x};
  }
  if (x instanceof py_PyFloat) return {t: 'float', v: x.v};
  if (Array.isArray(x)) return {t: x.__py_tuple__ === true ? 'tuple' : 'list', v: x.map(__enc)};
  if (x instanceof Map) { var out = []; x.forEach(function (v, k) { out.push([__enc(k), __enc(v)]); }); return {t: 'dict', v: out}; }
  if (x instanceof Set) { var s = []; x.forEach(function (v) { s.push(__enc(v)); }); return {t: 'set', v: s}; }
  if (x instanceof Error) return {t: 'error', type: py_exc_type(x), msg: x.py_args ? py_exc_str(x) : String(x.message)};
  if (typeof x === 'function') return {t: 'function'};
  return {t: 'object', v: JSON.stringify(x)};
}
function __call(f, args) {
  try { return JSON.stringify({ok: __enc(f.apply(null, args))}); }
  catch (e) { return JSON.stringify({err: __enc(e)}); }
}
"""


class JSError(Exception):
    """A Python exception raised inside JS: ``.type`` is the Python class name, ``.msg`` its str()."""

    def __init__(self, type_, msg):
        super().__init__(f"{type_}: {msg}")
        self.type = type_
        self.msg = msg


def _dec(x):
    if x is None or isinstance(x, (bool, str)):
        return x
    if isinstance(x, dict):
        t = x["t"]
        if t == "int":
            return int(x["v"])
        if t == "float":
            return -0.0 if x.get("neg") else float(x["v"])
        if t == "nan":
            return math.nan
        if t == "inf":
            return math.inf
        if t == "-inf":
            return -math.inf
        if t == "list":
            return [_dec(v) for v in x["v"]]
        if t == "tuple":
            return tuple(_dec(v) for v in x["v"])
        if t == "dict":
            return {_dec(k): _dec(v) for k, v in x["v"]}
        if t == "set":
            return {_dec(v) for v in x["v"]}
        if t == "undefined":
            return Undefined
        if t == "error":
            return JSError(x["type"], x["msg"])
        return ("<js>", t, x.get("v"))
    raise TypeError(f"cannot decode {x!r}")


class _UndefinedType:
    def __repr__(self):
        return "undefined"


Undefined = _UndefinedType()


def js_literal(v) -> str:
    """A JS expression building ``v`` in the runtime representation."""
    if v is Undefined:
        return "undefined"
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
            return "-0"
        if v.is_integer() and abs(v) < 1e21:
            return f"py_fbox({int(v)})"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(js_literal(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "py_tuple([" + ", ".join(js_literal(x) for x in v) + "])"
    if isinstance(v, dict):
        return "new Map([" + ", ".join(f"[{js_literal(k)}, {js_literal(x)}]" for k, x in v.items()) + "])"
    if isinstance(v, (set, frozenset)):
        return "new Set([" + ", ".join(js_literal(x) for x in v) + "])"
    raise TypeError(f"no JS literal for {type(v).__name__}")


class JSRuntime:
    """A QuickJS context holding runtime helpers (all of them by default)."""

    def __init__(self, helpers=None, extra_js: str = ""):
        names = runtime.units().keys() if helpers is None else helpers
        self.ctx = quickjs.Context()
        self.ctx.set_time_limit(10)
        self.ctx.eval(runtime.bundle(names) + "\n" + _DECODE_JS + "\n" + extra_js)

    def eval(self, expr: str):
        """Evaluate a JS expression; returns the exact Python value, or raises JSError."""
        out = json.loads(self.ctx.eval(f"__call(function () {{ return ({expr}); }}, [])"))
        if "err" in out:
            err = _dec(out["err"])
            raise err if isinstance(err, JSError) else JSError("Exception", str(err))
        return _dec(out["ok"])

    def call(self, fn: str, *args):
        return self.eval(f"{fn}({', '.join(js_literal(a) for a in args)})")


def py_outcome(fn, *args):
    """Run a Python callable; returns ("ok", value) or ("err", exception class name, str(e))."""
    try:
        return ("ok", fn(*args))
    except Exception as e:  # noqa: BLE001 - the outcome is what we compare
        return ("err", type(e).__name__, str(e))


def js_outcome(rt: JSRuntime, expr: str):
    try:
        return ("ok", rt.eval(expr))
    except JSError as e:
        return ("err", e.type, e.msg)


def same(a, b) -> bool:
    """Exact equality including int/float and list/tuple distinctions, NaN equal to NaN."""
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) and math.isnan(b):
            return True
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a.keys()) == list(b.keys()) and all(same(a[k], b[k]) for k in a)
    return a == b
