"""Shared machinery of the methods.js tests (no tests here): run a method in CPython and in QuickJS (typed helper and
dispatcher) on the same inputs and compare result, exception class/message and the receiver afterwards."""
from __future__ import annotations

import copy
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsutil import JSError, JSRuntime, Undefined, js_literal, py_outcome, same  # noqa: E402

from py2cs.tables.methods import BY_TYPE, DICT_CLASSMETHODS  # noqa: E402

# Call a method and return [result-or-caught-error, receiver] so mutation can be compared.
_EXTRA_JS = r"""
function __m(f, self) {
  var r;
  try { r = f(self); } catch (e) { if (!(e instanceof Error)) throw e; r = e; }
  return [r, self];
}
"""


class JsFn:
    """A callable argument: the Python function and the equivalent JS source."""

    def __init__(self, py, js):
        self.py, self.js = py, js

    def __repr__(self):
        return f"JsFn({self.js})"


class Kw(dict):
    """Keyword arguments of a call, kept apart from the positional ones."""


def lit(v) -> str:
    if isinstance(v, JsFn):
        return v.js
    if isinstance(v, Kw):
        return "new Map([" + ", ".join(f"[{lit(k)}, {lit(x)}]" for k, x in v.items()) + "])"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "py_tuple([" + ", ".join(lit(x) for x in v) + "])"
    if isinstance(v, dict):
        return "new Map([" + ", ".join(f"[{lit(k)}, {lit(x)}]" for k, x in v.items()) + "])"
    return js_literal(v)


def pyval(v):
    if isinstance(v, JsFn):
        return v.py
    if isinstance(v, tuple):
        return tuple(pyval(x) for x in v)
    if isinstance(v, list):
        return [pyval(x) for x in v]
    return v


_RT = None


def runtime() -> JSRuntime:
    global _RT
    if _RT is None:
        _RT = JSRuntime(extra_js=_EXTRA_JS)
    return _RT


def type_of(recv) -> str:
    return {str: "str", list: "list", tuple: "tuple", dict: "dict", set: "set"}[type(recv)]


def typed_args(tname, name, args, kwargs):
    """JS argument expressions for py_<type>_<name> following the table's signature."""
    if tname == "dict" and name == "pop":
        out = [lit(args[0]) if args else "undefined"]
        out += [lit(args[1]), "true"] if len(args) > 1 else ["undefined", "false"]
        return out
    sig = BY_TYPE[tname][name] if name != "fromkeys" else DICT_CLASSMETHODS[name]
    out, pos, used = [], 0, set()
    for p in sig.params:
        if p.kind == "var_pos":
            out.append(lit(list(args[pos:])))
            pos = len(args)
        elif p.kind == "var_kw":
            rest = Kw({k: v for k, v in kwargs.items() if k not in used})
            out.append(lit(rest) if rest else "null")
        elif p.kind != "kw_only" and pos < len(args):
            out.append(lit(args[pos]))
            pos += 1
        elif p.name in kwargs:
            out.append(lit(kwargs[p.name]))
            used.add(p.name)
        else:
            out.append("undefined")
    while out and out[-1] == "undefined":
        out.pop()
    return out


def dispatch_args(tname, name, args, kwargs):
    """Arguments of py_m_<name> as py2cs/lower/calls.py passes them: the positional arguments as written, or,
    with keywords, bound to the signature (None when the call cannot go through a dispatcher)."""
    if not kwargs:
        return [lit(a) for a in args]
    if name in ("update", "format"):
        return None
    return typed_args(tname, name, args, kwargs)


def js_run(expr_fn: str, recv):
    """Outcome of calling the JS function source on a fresh copy of recv: (outcome, receiver after)."""
    res, after = runtime().eval(f"__m({expr_fn}, {lit(recv)})")
    if isinstance(res, JSError):
        return ("err", res.type, res.msg), after
    return ("ok", res), after


def py_run(recv, name, args, kwargs):
    r = copy.deepcopy(recv)
    if name == "fromkeys":
        out = py_outcome(lambda: dict.fromkeys(*[pyval(a) for a in args]))
    else:
        out = py_outcome(lambda: getattr(r, name)(*[pyval(a) for a in args], **{k: pyval(v) for k, v in kwargs.items()}))
    if out[0] == "ok" and name in ("keys", "values", "items"):
        out = ("ok", list(out[1]))
    return out, r


def typed_arity_ok(tname, name, args, kwargs) -> bool:
    """Whether the compiler could call the typed helper (extra or unknown arguments are compile-time errors)."""
    sig = BY_TYPE[tname][name] if name != "fromkeys" else DICT_CLASSMETHODS[name]
    if kwargs and not any(p.kind == "var_kw" for p in sig.params):
        if any(k not in {p.name for p in sig.params if p.kind in ("pos_or_kw", "kw_only")} for k in kwargs):
            return False
    if any(p.kind == "var_pos" for p in sig.params):
        return True
    return len(args) <= sum(p.kind in ("pos_only", "pos_or_kw") for p in sig.params)


FLOAT_KEY_REFUSAL = "py2cs: int-valued float dict keys and set elements (such as 2.0) are not supported"


def _has_int_valued_float(x) -> bool:
    if isinstance(x, float):
        return x.is_integer()
    if isinstance(x, dict):
        return any(_has_int_valued_float(k) or _has_int_valued_float(v) for k, v in x.items())
    if isinstance(x, (list, tuple, set, frozenset)):
        return any(_has_int_valued_float(v) for v in x)
    return False


NAN_REFUSAL = "py2cs: NaN compared with NaN inside a container depends on object identity in CPython; test math.isnan() instead"


def _has_nan(x) -> bool:
    if isinstance(x, float):
        return x != x
    if isinstance(x, (list, tuple)):
        return any(_has_nan(v) for v in x)
    return False


def outcomes_match(py, js, check_msg=True, args=()) -> bool:
    if py[0] == "ok" and js == ("err", "TypeError", FLOAT_KEY_REFUSAL) and _has_int_valued_float(args):
        return True     # a new int-valued float key or set element: py2cs's documented refusal
    if js == ("err", "TypeError", NAN_REFUSAL) and _has_nan(args):
        return True     # NaN against NaN in a container: CPython's answer depends on identity (documented)
    if py[0] != js[0]:
        return False
    if py[0] == "ok":
        return same(py[1], js[1])
    return py[1] == js[1] and (not check_msg or py[2] == js[2])


def check(recv, name, *args, check_msg=True, check_after=True, typed=True, **kwargs):
    """Compare CPython with the typed helper and with the dispatcher; returns the CPython outcome."""
    tname = type_of(recv)
    py, py_after = py_run(recv, name, args, kwargs)
    helper = f"py_{tname}_{name}" if name != "format" else "py_str_format"
    calls = {"typed": f"function (self) {{ return {helper}({', '.join(['self'] + typed_args(tname, name, args, kwargs))}); }}"}
    dargs = dispatch_args(tname, name, args, kwargs)
    if dargs is not None:
        calls["dispatch"] = f"function (self) {{ return py_m_{name}({', '.join(['self'] + dargs)}); }}"
    if not typed or not typed_arity_ok(tname, name, args, kwargs):
        del calls["typed"]
    elif name == "fromkeys":
        calls["typed"] = f"function (self) {{ return py_dict_fromkeys({', '.join(typed_args(tname, name, args, kwargs))}); }}"
    for kind, fn in calls.items():
        js, js_after = js_run(fn, recv)
        where = f"{kind}: {recv!r}.{name}(*{args!r}, **{kwargs!r})"
        assert outcomes_match(py, js, check_msg, args), f"{where}: CPython {py!r} != JS {js!r}"
        if js in (("err", "TypeError", FLOAT_KEY_REFUSAL), ("err", "TypeError", NAN_REFUSAL)):
            continue
        if check_after:
            assert same(py_after, js_after), f"{where}: receiver after: CPython {py_after!r} != JS {js_after!r}"
    return py


def check_noattr(recv, name, nargs=0):
    py = py_outcome(lambda: getattr(recv, name))
    js = runtime().eval(f"__m(function (self) {{ return py_m_{name}(self{', 1' * nargs}); }}, {lit(recv)})")[0]
    assert isinstance(js, JSError), js
    assert py[0] == "err" and (py[1], py[2]) == (js.type, js.msg), (py, js.type, js.msg)


@functools.lru_cache(maxsize=None)
def engine_knows() -> frozenset:
    """Code points whose Unicode data the JS engine shares with CPython 3.11 (Unicode 14): the engine may be
    older (QuickJS: Unicode 13), so characters it sees as unassigned are skipped in the exhaustive tests."""
    import unicodedata
    unassigned = runtime().eval(
        "(function () { var re = /\\p{Cn}/u, out = []; for (var cp = 0; cp < 0x110000; cp++) {"
        " if (cp >= 0xD800 && cp <= 0xDFFF) continue; if (re.test(String.fromCodePoint(cp))) out.push(cp); }"
        " return out; })()")
    known = set(range(0x110000)) - set(range(0xD800, 0xE000))
    return frozenset(known - {cp for cp in unassigned if unicodedata.category(chr(cp)) != "Cn"})


__all__ = ["engine_knows", "JsFn", "Undefined", "check", "check_noattr", "runtime", "lit", "same", "py_outcome"]
