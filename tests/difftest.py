"""Differential testing: run a function in CPython and its transpiled JS in QuickJS, compare.

Outcomes are compared the way Dash transports them: the return value after a JSON round trip
(ints and integral floats are equal, strings must match to the character), or the exception
class name and message. ``None`` arguments are tried both as ``null`` and ``undefined``.
"""
from __future__ import annotations

import copy
import datetime
import json

import quickjs

import py2cs
from py2cs import runtime
from py2cs.equiv.compare import browser_json, same_json  # noqa: F401 - one definition, shared with `py2cs check`

_HARNESS = r"""
function __py_json(x) {
  // JSON with Python's spellings of non-finite floats
  return JSON.stringify(x, function (k, v) {
    if (typeof v === 'number' && !isFinite(v)) return '__NUM__' + (v !== v ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity');
    return v;
  }).replace(/"__NUM__(NaN|Infinity|-Infinity)"/g, '$1');
}
function __run(f, argsJson, undefMask) {
  var args = JSON.parse(argsJson);
  for (var i = 0; i < undefMask.length; i++) if (undefMask[i]) args[i] = undefined;
  try {
    var r = f.apply(null, args);
    return JSON.stringify({ok: r === undefined ? '__undefined__' : __py_json(r)});
  } catch (e) {
    // the message the program's own runtime gave the error (what Dash and `py2cs check` show): this prelude's
    // py_exc_str does not know the program's values (its dates repr as '<object>')
    return JSON.stringify({err: [py_exc_type(e), e && e.py_args ? (typeof e.message === 'string' ? e.message : py_exc_str(e))
                                                   : String(e && e.message)]});
  }
}
"""


def _dash_default(o):
    # as Dash's encoder (and py2cs.equiv.harness._to_json): a component is sent as its to_plotly_json()
    if hasattr(o, "to_plotly_json"):
        return o.to_plotly_json()
    if isinstance(o, (datetime.date, datetime.time)):   # isoformat(), as plotly's to_json_plotly sends them
        return o.isoformat()
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _jsonable(v):
    return json.loads(json.dumps(v, allow_nan=True))


def _result_json(v):
    return json.loads(json.dumps(v, allow_nan=True, default=_dash_default))


def py_run(func, args):
    try:
        r = func(*copy.deepcopy(list(args)))
    except Exception as e:  # noqa: BLE001
        return ("err", type(e).__name__, str(e))
    try:
        return ("ok", _result_json(r))
    except (TypeError, ValueError) as e:     # not JSON serializable (TypeError), a circular reference (ValueError)
        return ("err", type(e).__name__, str(e))


class Compiled:
    """A transpiled function loaded into its own QuickJS context."""

    def __init__(self, func, **options):
        self.js = py2cs.transpile(func, **options)
        self.ctx = quickjs.Context()
        self.ctx.set_time_limit(5)
        self.ctx.eval(runtime.bundle(["py_exc_type", "py_exc_str"]) + _HARNESS)
        self.ctx.eval("var __f = " + self.js + ";")

    def run(self, args, undefined_for_none=False):
        mask = [undefined_for_none and a is None for a in args]
        out = json.loads(self.ctx.eval(f"__run(__f, {json.dumps(json.dumps(list(args)))}, {json.dumps(mask)})"))
        if "err" in out:
            return ("err", out["err"][0], out["err"][1])
        if out["ok"] == "__undefined__":
            return ("ok", "<undefined>")
        return ("ok", json.loads(out["ok"]))


def same_outcome(p, j) -> bool:
    if p[0] != j[0]:
        return False
    if p[0] == "ok":
        return same_json(p[1], j[1])
    return p[1] == j[1] and p[2] == j[2]


_ONCE: dict = {}


def compiled_once(func) -> "Compiled":
    """``Compiled(func)``, made once per function for the whole test run (hypothesis tests call it per example)."""
    c = _ONCE.get(func)
    if c is None:
        c = _ONCE[func] = Compiled(func)
    return c


def check_function(func, cases, compiled=None):
    """Assert CPython and JS agree on every argument tuple; returns the compiled function."""
    c = compiled or Compiled(func)
    failures = []
    for args in cases:
        args = tuple(browser_json(_jsonable(list(args))))
        p = py_run(func, args)
        variants = [False, True] if any(a is None for a in args) else [False]
        for undef in variants:
            j = c.run(args, undefined_for_none=undef)
            if not same_outcome(p, j):
                failures.append(f"{func.__name__}{args!r}{' (None as undefined)' if undef else ''}:\n"
                                f"    python: {p!r}\n    js:     {j!r}")
    if failures:
        raise AssertionError("CPython and JS differ:\n" + "\n".join(failures) + "\n--- JS ---\n" + c.js)
    return c


def cases(*arg_tuples):
    """Decorator for programs in tests/programs: the inputs to run the function on."""
    def deco(f):
        f.cases = [a if isinstance(a, tuple) else (a,) for a in arg_tuples]
        return f
    return deco


def program_functions(pattern: str) -> list:
    """The @cases functions of the tests/programs files matching ``pattern`` (e.g. "p_itertools_*.py")."""
    import importlib
    import pathlib
    out = []
    for path in sorted((pathlib.Path(__file__).parent / "programs").glob(pattern)):
        mod = importlib.import_module(f"programs.{path.stem}")
        out += [o for o in vars(mod).values()
                if callable(o) and hasattr(o, "cases") and getattr(o, "__module__", "") == mod.__name__]
    return out


def v8_mismatches(funcs, node: str = "node") -> list:
    """Every case of every function run in one node (V8) process and compared with CPython: the differences."""
    import subprocess
    parts = [runtime.bundle(["py_exc_type", "py_exc_str"]), _HARNESS, "var __out = [];"]
    expected = []
    for i, func in enumerate(funcs):
        parts.append(f"var __f{i} = {py2cs.transpile(func)};")
        for args in func.cases:
            args = tuple(browser_json(_jsonable(list(args))))
            for undef in ([False, True] if any(a is None for a in args) else [False]):
                mask = [undef and a is None for a in args]
                parts.append(f"__out.push(__run(__f{i}, {json.dumps(json.dumps(list(args)))}, {json.dumps(mask)}));")
                expected.append((func.__name__, args, undef, py_run(func, args)))
    parts.append("console.log('__V8__' + JSON.stringify(__out));")    # (print() writes to stdout too)
    proc = subprocess.run([node, "-"], input="\n".join(parts), capture_output=True, text=True, timeout=120,
                          encoding="utf-8")
    assert proc.returncode == 0, proc.stderr[-2000:]
    # (split at "\n" only: JSON.stringify leaves U+2028, U+2029 and U+0085 as they are, which splitlines() splits at)
    line = [ln for ln in proc.stdout.split("\n") if ln.startswith("__V8__")][-1]
    got = json.loads(line[len("__V8__"):])
    assert len(got) == len(expected)
    failures = []
    for (name, args, undef, p), raw in zip(expected, got):
        out = json.loads(raw)
        j = ("err", out["err"][0], out["err"][1]) if "err" in out else \
            ("ok", "<undefined>") if out["ok"] == "__undefined__" else ("ok", json.loads(out["ok"]))
        if not same_outcome(p, j):
            failures.append(f"{name}{args!r}{' (undefined)' if undef else ''}: python {p!r}, v8 {j!r}")
    return failures
