"""Builtins, unbound methods and module functions as first-class values.

``AGG = {"sum": sum, "mean": statistics.mean}``, ``for conv in (int, float): conv(text)``,
``fmt = str.upper if shout else str.lower``: a name that stands for a builtin (``sum``, ``int``), an unbound
method (``str.lower``) or a module function py2cs lowers (``math.floor``, ``statistics.mean``, ``json.dumps``,
``urllib.parse.quote``, ``calendar.isleap``) lowers to ``$bv_<name>``, a module-level JS value declared only
when the code uses it as a value: direct calls, ``key=len`` and ``map(int, xs)`` keep their own lowering and
never emit it. The declaration (``py_bfn`` in templates/runtime/core.js) is made when the unit's code is
complete (compile_unit): a function that binds its arguments as CPython does (its TypeError texts for wrong
arguments are read from CPython itself, here) and then runs, for the parameters given, the lowering of the
direct call with those values (``special_call``): one source of truth for what the builtin does.
"""
from __future__ import annotations

import ast
import builtins
import functools
import itertools
import json
import re

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import builtins as BT
from ..tables import dates as DT
from ..tables import methods as MT
from ..tables import statistics as ST
from ..tables import urlparse_table as UT

# builtins whose value py2cs does not make: CPython's result is an iterator (py2cs makes lists of them only where
# they are consumed right away), the arguments are read at compile time (isinstance's classes, next's iterator),
# or calling it has effects (print)
NOT_VALUES = {
    "enumerate": "enumerate() returns an iterator",
    "zip": "zip() returns an iterator",
    "reversed": "reversed() returns an iterator",
    "map": "map() returns an iterator",
    "filter": "filter() returns an iterator",
    "next": "next() is supported only of an iterator made in the call",
    "isinstance": "isinstance()'s classes are read when the code is compiled",
    "print": "print() as a value is not supported",
}
# unbound methods whose result is a view or iterator in CPython (py2cs makes a list)
NOT_METHOD_VALUES = ("dict.keys", "dict.values", "dict.items")

_KINDS = {"pos_only": 0, "pos_or_kw": 1, "kw_only": 2, "var_pos": 3, "var_kw": 4}
_BV_RE = re.compile(r"\$bv_[A-Za-z0-9_]+")
_MAX_PATTERNS = 64


class Info:
    """What a value needs: its signature, Python object (for CPython's texts), names and the receiver type."""

    def __init__(self, extra, sig, obj, qual, recv=None):
        self.extra = extra
        self.sig = sig
        self.obj = obj
        self.qual = qual
        self.recv = recv
        text = repr(obj)
        self.text = None if " at 0x" in text else text      # a function written in Python: its repr has an address
        self.tname = type(obj).__name__


def _module_fn(table, module, name):
    import importlib
    sig = table.get(name)
    if sig is None:
        return None
    return sig, getattr(importlib.import_module(module), name, None)


@functools.lru_cache(maxsize=None)
def info_of(extra: str):
    """The Info of a special kind that can be a value (``builtin:sum``, ``unbound:str.lower``, ``fn:math.floor``),
    else None."""
    if extra.startswith("builtin:"):
        name = extra[8:]
        if name not in BT.SUPPORTED or name in NOT_VALUES:
            return None
        return Info(extra, BT.SUPPORTED[name], getattr(builtins, name), name)
    if extra.startswith("unbound:"):
        typ, _, meth = extra[8:].partition(".")
        sig = MT.BY_TYPE.get(typ, {}).get(meth)
        if sig is None or extra[8:] in NOT_METHOD_VALUES:
            return None
        spec = sig.spec.strip()
        from ..tables import Sig
        full = Sig(("self, " + spec) if "/" in spec else ("self, /, " + spec) if spec else "self, /", sig.returns)
        return Info(extra, full, getattr(getattr(builtins, typ), meth), f"{typ}.{meth}", recv=typ)
    if extra.startswith("dtcls:") and extra[6:] in ("date", "datetime", "time"):
        import datetime
        name = extra[6:]
        return Info(extra, DT.CONSTRUCTORS[name], getattr(datetime, name), f"datetime.{name}")
    for prefix, table, module in (("fn:math.", BT.MATH, "math"), ("fn:json.", BT.JSON, "json"),
                                  ("fn:statistics.", ST.FUNCTIONS, "statistics"),
                                  ("fn:urllib.parse.", UT.FUNCTIONS, "urllib.parse"),
                                  ("fn:calendar.", DT.CALENDAR, "calendar")):
        if extra.startswith(prefix):
            got = _module_fn(table, module, extra[len(prefix):])
            if got is None or got[1] is None:
                return None
            return Info(extra, got[0], got[1], f"{module}.{extra[len(prefix):]}")
    return None


def extra_of_object(value):
    """The special kind of a live builtin, unbound method or module function held by a module constant, else None."""
    import calendar
    import datetime
    import math
    import statistics
    import urllib.parse
    name = getattr(value, "__name__", None)
    if not isinstance(name, str):
        return None
    if getattr(builtins, name, None) is value:
        extra = "builtin:" + name
    elif name in ("date", "datetime", "time") and getattr(datetime, name) is value:
        extra = "dtcls:" + name
    elif type(value).__name__ == "method_descriptor" and getattr(value, "__objclass__", None) in (str, list, dict, set, tuple):
        extra = f"unbound:{value.__objclass__.__name__}.{name}"
    else:
        extra = next((f"fn:{m.__name__}.{name}" for m in (math, json, statistics, urllib.parse, calendar)
                      if getattr(m, name, None) is value), None)
        if extra is None:
            return None
    return extra if info_of(extra) is not None else None


def js_name_of(extra: str) -> str:
    return "$bv_" + re.sub(r"[^A-Za-z0-9]", "_", extra.split(":", 1)[1])


# ------------------------------------------------------------ CPython's texts for arguments that do not bind

def _try(info: Info, n: int, kws, dummy):
    """CPython's TypeError text for the value called with n positional arguments and the keywords ``kws`` (all
    ``dummy``, an unbound method's receiver of its type), or None when it raises something else or nothing."""
    args = [dummy] * n
    if info.recv is not None and n:
        args[0] = getattr(builtins, info.recv)()
    try:
        info.obj(*args, **{k: dummy for k in kws})
    except TypeError as e:
        return str(e)
    except Exception:  # noqa: BLE001 - not a binding error
        return None
    return None


@functools.lru_cache(maxsize=None)
def error_table(extra: str) -> dict:
    """CPython's TypeError texts for the calls through the value that do not bind to its signature: by
    ``"<positional count>|<sorted keyword names>"`` for few arguments and at most one keyword, plus templates for
    more positional arguments (P, beyond N) and for an unknown keyword (K, with k positional arguments). A text is
    kept only when two different argument values give the same one (it is about the binding, not the values)."""
    info = info_of(extra)
    sig = info.sig
    params = sig.params
    var = any(p.kind == "var_pos" for p in params)
    maxpos = sum(p.kind in ("pos_only", "pos_or_kw") for p in params)
    top = 3 if var else maxpos + 2
    names = [p.name for p in params if p.kind not in ("var_pos", "var_kw")]
    out: dict = {}

    def text(n, kws):
        a, b = _try(info, n, kws, []), _try(info, n, kws, None)
        return a if a is not None and a == b else None

    for n in range(top + 1):
        for kws in [()] + [(k,) for k in names]:
            if sig.bind(n, list(kws))[1] is None:
                continue
            t = text(n, kws)
            if t is not None:
                out[f"{n}|{','.join(sorted(kws))}"] = t
    if not var:
        t = text(97, ())
        if t is not None and t.count("97") == 1:
            out["P"], out["N"] = t.replace("97", "{n}"), top
    if not any(p.kind == "var_kw" for p in params):
        # an unknown keyword name with n positional arguments: a template per count, kept when it is the same for
        # two names ('zz' is an invalid keyword argument for int(), len() takes no keyword arguments)
        for n in range(top + 1):
            ts = {text(n, (k,)) and text(n, (k,)).replace(k, "{k}") for k in ("zzq_py2cs", "other_py2cs")}
            if len(ts) == 1 and None not in ts:
                out[f"K{n}"] = ts.pop()
    return out


class _Capture:
    """A reporter that keeps the errors of one pattern's lowering (the pattern is refused at run time instead)."""

    def __init__(self, real):
        self._real = real
        self.errors: list = []

    def error(self, node, message, hint=""):
        self.errors.append(message)

    def __getattr__(self, name):
        return getattr(self._real, name)


class _Scope:
    """The scope the patterns are lowered in: it only collects temporaries."""
    kind = "function"

    def __init__(self):
        self.temps: list = []

    def function_scope(self):
        return self

    def lookup(self, name):
        return None


class BuiltinValueMixin:
    def builtin_value(self, extra: str):
        """``$bv_<name>`` for a special kind that can be a value, recorded for the unit (declared if the code uses
        it), else None."""
        if info_of(extra) is None:
            return None
        name = js_name_of(extra)
        wanted = self.program.__dict__.setdefault("bv_wanted", {})
        wanted[name] = extra
        self.program.__dict__["bv_lowerer"] = self
        return E(name)

    def builtin_value_decl(self, extra: str) -> str:
        """``var $bv_x = py_bfn(info, function ($v) {...});``: the value's binding data and its lowering."""
        info = info_of(extra)
        params = info.sig.params
        errs = error_table(extra)
        ps = J.array([J.array([J.lit_str(p.name), E(str(_KINDS[p.kind])),
                               E("true" if p.default is None and p.kind not in ("var_pos", "var_kw") else "false")])
                      for p in params])
        errs_js = "{" + ", ".join(f"{json.dumps(k)}: {J.lit_str(v).code if isinstance(v, str) else v}"
                                  for k, v in errs.items()) + "}"
        infojs = (f"[{J.lit_str(info.qual).code}, {J.lit_str(info.text).code if info.text else 'null'}, "
                  f"{J.lit_str(info.tname).code}, {ps.code}, {errs_js}, "
                  f"{J.lit_str(info.recv).code if info.recv else 'null'}]")
        saved = (self.reporter, self.scope, self.tmp_counter)
        scope = _Scope()
        self.scope = scope
        self.tmp_counter = 0
        try:
            cases, refused = self._bv_cases(info)
        finally:
            self.reporter, self.scope, self.tmp_counter = saved
        np = len(params)
        body = []
        if scope.temps:
            body.append(f"var {', '.join(scope.temps)};")
        body.append(f"switch ($v[{np}]) {{")
        for mask, code in cases:
            body.append(f"case {mask}: return {code};")
        body.append("}")
        what = (f"with {'= or '.join(refused)}= is not supported here (nor in a direct call)" if refused
                else "with these arguments is not supported here (nor in a direct call)")
        body.append(f"throw py_bv_refused({J.lit_str(info.qual).code}, {J.lit_str(what).code});")
        return f"var {js_name_of(extra)} = py_bfn({infojs}, function ($v) {{ {' '.join(body)} }});"

    def _bv_cases(self, info: Info):
        """(mask, JS expression) for each set of given parameters the lowering of the direct call accepts, and the
        names of the parameters left out (the direct call refuses them)."""
        params = info.sig.params
        optional = [i for i, p in enumerate(params) if p.kind == "var_kw" or (p.default is not None and p.kind != "var_pos")]
        required = [i for i, p in enumerate(params) if i not in optional]
        refused: set = set()
        if len(optional) > 6:        # many keywords (json.dumps): leave out those the direct call refuses alone
            refused = {i for i in optional if self._bv_lower(info, set(required) | {i}) is None}
            optional = [i for i in optional if i not in refused]
        names = sorted(params[i].name for i in refused)
        if 2 ** len(optional) > _MAX_PATTERNS:    # pragma: no cover - no table has that many supported keywords
            return [], names
        cases = []
        for r in range(len(optional) + 1):
            for combo in itertools.combinations(optional, r):
                given = set(required) | set(combo)
                code = self._bv_lower(info, given)
                if code is not None:
                    cases.append((sum(1 << i for i in given), code))
        return cases, names

    def _bv_lower(self, info: Info, given: set):
        """The lowering of the direct call with the parameters ``given`` (values $v[i]), or None where it refuses."""
        params = info.sig.params
        pos, kw, names = [], {}, []
        gap = False
        for i, p in enumerate(params):
            v = (E(f"$v[{i}]", J.POSTFIX), T.ANY)
            if i not in given:
                if p.kind in ("pos_only", "pos_or_kw"):
                    gap = True
                continue
            if p.kind in ("var_pos", "var_kw"):
                continue
            if p.kind in ("pos_only", "pos_or_kw") and not gap:
                pos.append(v)
                names.append(ast.Name(f"$a{i}", ast.Load()))
            elif p.kind == "pos_only":
                return None          # (the binding never gives it without the ones before it)
            else:
                kw[p.name] = v
        cap = _Capture(self.reporter)
        self.reporter = cap
        try:
            e = self._bv_call(info, given, pos, kw, names)
        finally:
            self.reporter = cap._real
        if cap.errors or e is None:
            return None
        return self.to_any(*e).at(J.ASSIGN)

    def _bv_call(self, info: Info, given: set, pos, kw, names):
        from .calls import Args
        extra = info.extra
        params = info.sig.params
        node = ast.Call(func=ast.Name(info.qual, ast.Load()), args=names,
                        keywords=[ast.keyword(arg=k, value=ast.Name(f"$k{k}", ast.Load())) for k in kw])
        for n in [node, node.func] + names + [k.value for k in node.keywords] + node.keywords:
            n.lineno, n.col_offset, n.end_lineno, n.end_col_offset = 0, 0, 0, 0
        var_pos = next((i for i, p in enumerate(params) if p.kind == "var_pos"), None)
        var_kw = next((i for i, p in enumerate(params) if p.kind == "var_kw"), None)
        if "key" in kw:          # as visit_Call gives a key function to sorted/min/max: bound to one argument
            kw["key"] = (J.call("py_fn_n", kw["key"][0], E("1")), T.ANY)
        if var_pos is not None:
            rest = E(f"$v[{var_pos}]", J.POSTFIX)
            if extra in ("builtin:min", "builtin:max"):
                name = extra[8:]
                key = kw["key"][0] if "key" in kw else E("null")
                dflt = kw["default"][0] if "default" in kw else E("undefined")
                return J.call(f"py_{name}", rest, key, dflt, E("true" if "default" in kw else "false")), T.ANY
            if extra.startswith("fn:math.") and not kw:
                return E(f"py_math_{extra[8:]}.apply(null, {rest.code})", J.POSTFIX), T.ANY
            return None
        if var_kw is not None and var_kw in given:
            if extra != "builtin:dict" or len(pos) > 1:
                return None
            src = pos[0][0] if pos else E("new Map()", J.POSTFIX)
            return J.call("py_dict", src, E(f"$v[{var_kw}]", J.POSTFIX)), T.DICT()
        if info.recv is not None:
            typ = {"str": T.STR, "list": T.LIST(), "dict": T.DICT(), "set": T.SET(), "tuple": T.TUPLE()}[info.recv]
            meth = extra.split(".", 1)[1]
            return self.method_call(node, pos[0][0], typ, meth, Args(pos[1:], kw, node))
        return self.special_call(node, extra, Args(pos, kw, node))


def declare_values(program, lines: list) -> list:
    """The declarations of the builtin values the unit's code uses (``$bv_...``), each made once."""
    wanted = program.__dict__.get("bv_wanted")
    if not wanted:
        return []
    low = program.__dict__["bv_lowerer"]
    used = set()
    for ln in lines:
        if "$bv_" in ln:
            used.update(_BV_RE.findall(ln))
    out = []
    for name in sorted(used):
        extra = wanted.get(name)
        if extra is not None:
            out.append(low.builtin_value_decl(extra))
    return out
