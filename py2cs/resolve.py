"""Step 2 of the pipeline: resolve every free name of a function to what it *is*.

A free name (not a local of the function) resolves to a :class:`Symbol`:

=========  =====================================================================
kind       meaning
=========  =====================================================================
const      a JSON-like module constant (value inlined or hoisted)
func       a module-level Python function, transpiled too (value: FunctionSource)
module     ``math``, ``json``, ``dash``, ``dash.exceptions``, ``py2cs.js``
attr       a name imported from a module: value = (module, name), e.g. ("math", "floor")
js         a JavaScript global from py2cs.js (value: the JS expression, e.g. "window")
builtin    a Python builtin function or exception class (value: name)
error      anything else (value: the reason)
=========  =====================================================================

Two resolvers share this vocabulary: :class:`LiveResolver` looks at a function's real globals,
closure cells and builtins; :class:`StaticResolver` reads a module's source (imports, literal
assignments, defs) for ``py2cs transpile FILE.py``.
"""
from __future__ import annotations

import ast
import builtins
import itertools
import math
import sys
import types
from dataclasses import dataclass

SUPPORTED_MODULES = {"math", "json", "re", "dash", "dash.exceptions", "py2cs.js", "py2cs",
                     "dash.html", "dash.dcc", "dash.dash_table", "datetime", "statistics", "urllib", "urllib.parse",
                     "itertools", "functools", "calendar", "operator", "string", "textwrap"}

# the end of the refusal of another standard-library name (lower/expr.py's _name_hint recognises it)
STDLIB_SUPPORTED = ("of the standard library, py2cs supports math, json, re, datetime, calendar (isleap, "
                    "monthrange), statistics, itertools, urllib.parse, textwrap (wrap, fill, shorten, dedent, "
                    "indent), collections (defaultdict, Counter, deque), "
                    "functools (reduce), operator (the operator functions, itemgetter, attrgetter) and string (its "
                    "constants)")

# what a module may import, in hints
AVAILABLE_MODULES = ("dash, py2cs.js and, of the standard library, math, json, re, datetime, calendar, statistics, "
                     "itertools, urllib.parse, textwrap, collections, functools, operator and string")

# Dash's component modules: their classes build components inside a callback (see lower/dashlow.py)
COMPONENT_MODULES = ("dash.html", "dash.dcc", "dash.dash_table")

DASH_NAMES = {"no_update", "PreventUpdate", "ctx", "callback_context", "set_props", "Patch",
              "ALL", "MATCH", "ALLSMALLER"}

BUILTIN_EXCEPTIONS = {
    "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError",
    "IndexError", "KeyError", "ValueError", "UnicodeError", "TypeError", "AttributeError", "NameError", "UnboundLocalError",
    "RuntimeError", "NotImplementedError", "RecursionError", "AssertionError", "StopIteration",
}


@dataclass(frozen=True)
class Symbol:
    kind: str
    value: object = None

    def is_attr(self, module: str, name: str | None = None) -> bool:
        return self.kind == "attr" and self.value[0] == module and (name is None or self.value[1] == name)


def is_json_like(value, depth: int = 0) -> bool:
    if depth > 50:
        return False
    if value is None or isinstance(value, (bool, int, float, str)):
        return not (isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2 ** 53)
    if isinstance(value, (list, tuple)):
        return all(is_json_like(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, (str, int, float, bool)) or k is None for k in value) and \
            all(is_json_like(v, depth + 1) for v in value.values())
    return False


def int_float_key(value, depth: int = 0):
    """An int-valued float dict key (1.0, -0.0) anywhere in a JSON-like constant, else None: JavaScript keeps
    no such key apart from the int (the constant would print and iterate as {1: ...})."""
    if depth > 50:
        return None
    if isinstance(value, dict):
        for k in value:
            if isinstance(k, float) and k.is_integer():
                return k
        items = value.values()
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        return None
    for v in items:
        k = int_float_key(v, depth + 1)
        if k is not None:
            return k
    return None


# builtin classes a module-level constant may name for isinstance() / type(x) in (NUMERIC = (int, float))
CLASS_VALUES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "tuple": tuple, "dict": dict,
                "set": set, "NoneType": type(None)}


class ClassNames(tuple):
    """The names of a classes symbol; ``single``: the constant is one class (CONV = int), not a tuple of them."""
    single = False


def _class_tuple(value):
    """The class names of a builtin class or a tuple of them (a module-level NUMERIC = (int, float)), else None."""
    items = value if isinstance(value, tuple) else (value,)
    names = []
    for v in items:
        n = next((k for k, c in CLASS_VALUES.items() if c is v), None)
        if n is None:
            return None
        names.append(n)
    if not names:
        return None
    out = ClassNames(names)
    out.single = not isinstance(value, tuple)
    return out


def _json_like_with_functions(value, depth: int = 0) -> bool:
    """A JSON-like constant where builtins, unbound methods and module functions py2cs has values of may stand
    (AGG = {"sum": sum, "mean": statistics.mean}: lower/bvalue.py), holding at least one."""
    from .lower.bvalue import extra_of_object
    found = []

    def ok(v, d):
        if d > 50:
            return False
        if isinstance(v, (list, tuple)):
            return all(ok(x, d + 1) for x in v)
        if isinstance(v, dict):
            return all(isinstance(k, (str, int, float, bool)) or k is None for k in v) and \
                all(ok(x, d + 1) for x in v.values())
        if callable(v) and extra_of_object(v) is not None:
            found.append(v)
            return True
        return is_json_like(v, d)
    return ok(value, depth) and bool(found)


def _const_symbol(value, name: str) -> Symbol:
    k = int_float_key(value)
    if k is not None:
        return Symbol("error", f"'{name}' has the float dict key {k!r}, which the browser cannot keep apart from "
                               f"the int {int(k)}")
    return Symbol("const", value)


def describe(value) -> str:
    t = type(value)
    mod = t.__module__
    return f"{mod}.{t.__qualname__}" if mod not in ("builtins", None) else t.__qualname__


class Resolver:
    def lookup(self, name: str) -> Symbol:
        raise NotImplementedError


def _module_symbol(mod) -> Symbol | None:
    name = getattr(mod, "__name__", None)
    if name in SUPPORTED_MODULES:
        return Symbol("module", name)
    return None


_DASH_OBJECTS: dict = {}


def _dash_objects() -> dict:
    """id() of Dash's special objects -> their name (computed once)."""
    if not _DASH_OBJECTS:
        import dash
        import dash.exceptions
        for n in ("no_update", "ctx", "callback_context", "set_props", "Patch", "ALL", "MATCH", "ALLSMALLER"):
            _DASH_OBJECTS[id(getattr(dash, n))] = n
        _DASH_OBJECTS[id(dash.exceptions.PreventUpdate)] = "PreventUpdate"
    return _DASH_OBJECTS


def _json_decode_error():
    import json
    return json.JSONDecodeError


def classify_live(value, name: str, owner=None) -> Symbol:
    """What a live Python object means to py2cs."""
    from . import js as jsmod
    if isinstance(value, types.ModuleType):
        return _module_symbol(value) or Symbol(
            "error", f"module '{value.__name__}' is not available in the browser")
    if isinstance(value, jsmod.JSName):
        return Symbol("js", value._path)
    if value is jsmod.new or value is jsmod.to_py or value is jsmod.to_js:
        return Symbol("attr", ("py2cs.js", value.__name__))
    dash_map = _dash_objects()
    if id(value) in dash_map:
        n = dash_map[id(value)]
        return Symbol("attr", ("dash", "ctx" if n == "callback_context" else n))
    comp = component_symbol(value)
    if comp is not None:
        return comp
    if isinstance(value, (types.BuiltinFunctionType, types.FunctionType)) and \
            getattr(value, "__module__", None) in ("math", "json"):
        return Symbol("attr", (value.__module__, value.__name__))
    if value is _json_decode_error():      # from json import JSONDecodeError (its __module__ is json.decoder)
        return Symbol("attr", ("json", "JSONDecodeError"))
    if isinstance(value, float) and getattr(math, name, None) is value and name in ("pi", "e", "inf", "nan", "tau"):
        return Symbol("attr", ("math", name))
    if _is_collections(value):
        return Symbol("attr", ("collections", value.__name__))
    if _is_datetime_class(value):
        return Symbol("attr", ("datetime", value.__name__))
    if _is_statistics_name(value):
        return Symbol("attr", ("statistics", value.__name__))
    if getattr(value, "__module__", None) == "statistics" and callable(value):
        return _statistics_refusal(name, getattr(value, "__name__", name))
    it_sym = _itertools_symbol(value)
    if it_sym is not None:
        return it_sym
    re_sym = _re_symbol(value, name)
    if re_sym is not None:
        return re_sym
    if getattr(value, "__module__", None) == "urllib.parse" and _is_urllib_parse_name(value):
        return Symbol("attr", ("urllib.parse", value.__name__))
    if getattr(value, "__module__", None) == "calendar" and _is_calendar_name(value):
        return Symbol("attr", ("calendar", value.__name__))
    if getattr(value, "__module__", None) in ("operator", "_operator") and _is_operator_name(value):
        return Symbol("attr", ("operator", value.__name__))
    getter = _operator_getter(value, name)
    if getter is not None:
        return getter
    if getattr(value, "__module__", None) == "textwrap" and _is_textwrap_name(value):
        return Symbol("attr", ("textwrap", value.__name__))
    cal_names = _calendar_names_of(value) if type(value).__module__ == "calendar" else None
    if cal_names is not None:        # calendar.month_name, month_abbr, day_name, day_abbr
        return Symbol("attr", ("calendar", cal_names))
    stdlib = _stdlib_module(value)
    if stdlib is not None and callable(value) and getattr(builtins, name, None) is not value:
        # a function or class of the standard library (other than math and json, above): not transpiled
        # (its source uses the whole language); the refusal names a plain-Python rewrite where there is one
        qual = getattr(value, "__qualname__", name)
        return Symbol("error", f"'{name}' ({stdlib}.{qual}) is not available in the browser: {STDLIB_SUPPORTED}")
    if isinstance(value, types.FunctionType):
        return Symbol("func", value)
    if getattr(builtins, name, None) is value and value is not None:
        return Symbol("builtin", name)
    classes = _class_tuple(value)
    if classes is not None:
        return Symbol("classes", classes)
    if is_json_like(value):
        return _const_symbol(value, name)
    if _json_like_with_functions(value):     # builtins as values (lower/bvalue.py)
        return _const_symbol(value, name)
    if isinstance(value, (set, frozenset)):
        return Symbol("error", f"'{name}' is a {type(value).__name__}, which py2cs cannot embed as a constant")
    return Symbol("error", f"'{name}' is a {describe(value)}, which cannot be used in a clientside callback")


# The standard-library classes py2cs lowers itself (calls.py collections_call): Maps with a policy, and deque
# (an Array with its maxlen, templates/runtime/deque.js).
COLLECTIONS_NAMES = ("defaultdict", "Counter", "deque")


# re: the functions and flags py2cs lowers itself (lower/relow.py); a compiled pattern is a "repat" symbol
RE_NAMES = ("match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split", "escape", "compile", "error")
RE_FLAGS = ("I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "A", "ASCII", "X", "VERBOSE", "U", "UNICODE",
            "L", "LOCALE", "DEBUG", "T", "TEMPLATE", "NOFLAG")


def _re_symbol(value, name):
    import re
    if isinstance(value, re.Pattern):
        if not isinstance(value.pattern, str):
            return Symbol("error", f"'{name}' is a bytes pattern, which py2cs does not support")
        return Symbol("repat", (value.pattern, value.flags))
    if isinstance(value, re.RegexFlag):
        return _const_symbol(int(value), name)
    if getattr(value, "__module__", None) == "re" and getattr(value, "__name__", None) in RE_NAMES \
            and getattr(re, value.__name__, None) is value:
        return Symbol("attr", ("re", value.__name__))
    return None


def _is_calendar_name(value) -> bool:
    """A public function or class of calendar (lowered by lower/dtlow.py, or refused there with a rewrite)."""
    import calendar
    name = getattr(value, "__name__", "")
    return not name.startswith("_") and getattr(calendar, name, None) is value


def _is_operator_name(value) -> bool:
    """A public function or class of operator (lowered by lower/oplow.py, or refused there with a rewrite)."""
    import operator
    name = getattr(value, "__name__", "")
    return isinstance(name, str) and not name.startswith("_") and getattr(operator, name, None) is value


def _operator_getter(value, name: str):
    """A module-level ``KEY = itemgetter("date", "name")`` (or attrgetter / methodcaller): Symbol("opgetter",
    (kind, args, value)) when its arguments are JSON-like constants (lowered as one function value shared by
    every use, lower/oplow.py), else an error."""
    import operator
    kind = next((k for k in ("itemgetter", "attrgetter", "methodcaller") if type(value) is getattr(operator, k)),
                None)
    if kind is None:
        return None
    if kind == "methodcaller":
        return Symbol("error", f"'{name}' is an operator.methodcaller, which py2cs does not support")
    args = value.__reduce__()[1]
    if not all(is_json_like(a) or isinstance(a, tuple) and is_json_like(list(a)) for a in args):
        return Symbol("error", f"'{name}' is an operator.{kind} of values py2cs cannot embed as constants")
    return Symbol("opgetter", (kind, tuple(args), value))


def _static_getter(value, table):
    """``KEY = itemgetter("a", 1)`` / ``operator.attrgetter("year")`` read without running the file: an opgetter
    symbol (its arguments literal constants), else None."""
    if not (isinstance(value, ast.Call) and not value.keywords):
        return None
    f = value.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
            and table.get(f.value.id) == Symbol("module", "operator"):
        kind = f.attr
    elif isinstance(f, ast.Name) and isinstance(table.get(f.id), Symbol) and table[f.id].kind == "attr" \
            and table[f.id].value[0] == "operator":
        kind = table[f.id].value[1]
    else:
        return None
    if kind not in ("itemgetter", "attrgetter"):
        return None
    try:
        args = tuple(ast.literal_eval(a) for a in value.args)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    if not args or not all(is_json_like(a) or isinstance(a, tuple) and is_json_like(list(a)) for a in args):
        return None
    return Symbol("opgetter", (kind, args, value))


def _calendar_names_of(value) -> str | None:
    import calendar
    return next((n for n in ("month_name", "month_abbr", "day_name", "day_abbr") if getattr(calendar, n) is value),
                None)


def _is_textwrap_name(value) -> bool:
    """A public function or class of textwrap (lowered by lower/twlow.py, or refused there with a rewrite)."""
    import textwrap
    name = getattr(value, "__name__", "")
    return not name.startswith("_") and getattr(textwrap, name, None) is value


def _is_urllib_parse_name(value) -> bool:
    """A public function of urllib.parse (lowered by lower/urllow.py, or refused there with a rewrite)."""
    import urllib.parse
    name = getattr(value, "__name__", "")
    return not name.startswith("_") and getattr(urllib.parse, name, None) is value


def _static_re_compile(value, table):
    """A module-level ``NAME = re.compile("literal"[, flags])`` read without running the file: a repat symbol."""
    import re
    if not (isinstance(value, ast.Call) and not value.keywords or isinstance(value, ast.Call) and
            all(k.arg == "flags" for k in value.keywords)):
        return None
    f = value.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.attr == "compile":
        if table.get(f.value.id) != Symbol("module", "re"):
            return None
    elif isinstance(f, ast.Name):
        if table.get(f.id) != Symbol("attr", ("re", "compile")):
            return None
    else:
        return None
    args = list(value.args) + [k.value for k in value.keywords]
    if not 1 <= len(args) <= 2 or not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
        return None

    def flags(n):
        if isinstance(n, ast.Constant) and type(n.value) is int:
            return n.value
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
            a, b = flags(n.left), flags(n.right)
            return None if a is None or b is None else a | b
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and table.get(n.value.id) == Symbol("module", "re"):
            v = getattr(re, n.attr, None)
            return int(v) if isinstance(v, re.RegexFlag) else None
        if isinstance(n, ast.Name) and isinstance(table.get(n.id), Symbol) and table[n.id].kind == "attr" \
                and table[n.id].value[0] == "re":
            v = getattr(re, table[n.id].value[1], None)
            return int(v) if isinstance(v, re.RegexFlag) else None
        return None
    fl = flags(args[1]) if len(args) == 2 else 0
    if fl is None:
        return None
    try:
        return Symbol("repat", (args[0].value, re.compile(args[0].value, fl).flags))
    except (re.error, ValueError) as e:
        return Symbol("error", f"invalid regular expression: re.error: {e}")


def _itertools_symbol(value):
    """A function or class of itertools, or functools.reduce: Symbol("attr", (module, name)) (lower/itlow.py
    lowers the supported ones and refuses the others by name)."""
    import functools
    import itertools
    for mod in (itertools, functools):
        name = getattr(value, "__name__", None)
        if isinstance(name, str) and getattr(mod, name, None) is value and callable(value) \
                and (mod is itertools or name in ("reduce", "partial", "lru_cache", "cache", "cmp_to_key", "wraps")):
            return Symbol("attr", (mod.__name__, name))
    return None


def _is_collections(value) -> bool:
    import collections
    return any(value is getattr(collections, n) for n in COLLECTIONS_NAMES)


# The classes of the datetime module py2cs lowers itself (lower/dtlow.py, templates/runtime/datetime.js).
DATETIME_NAMES = ("date", "datetime", "time", "timedelta")


def _is_datetime_class(value) -> bool:
    import datetime
    return any(value is getattr(datetime, n) for n in DATETIME_NAMES)


def _is_statistics_name(value) -> bool:
    """A function of the statistics module py2cs lowers (lower/statlow.py), or statistics.StatisticsError."""
    if getattr(value, "__module__", None) != "statistics":
        return False
    import statistics
    from .tables.statistics import FUNCTIONS
    name = getattr(value, "__name__", None)
    return (name in FUNCTIONS or name == "StatisticsError") and getattr(statistics, name, None) is value


_DATETIME_IDS: frozenset = frozenset()


def _module_use(resolver, cache: str, live, names: tuple) -> bool:
    """Whether the module a function comes from uses one of the modules ``names``, remembered on the resolver as
    ``cache``: by its live objects (``live(values)`` of its globals and closure) or, resolved from source, by its
    symbol table (the modules and the names imported from them)."""
    hit = getattr(resolver, cache, None)
    if hit is None:
        if isinstance(resolver, LiveResolver):
            hit = live(itertools.chain(resolver.globals.values(), resolver.closure.values()))
        else:
            hit = any(sym.kind == "module" and sym.value in names or
                      sym.kind == "attr" and isinstance(sym.value, tuple) and sym.value[0] in names
                      for sym in getattr(resolver, "table", {}).values())
        try:
            setattr(resolver, cache, hit)
        except AttributeError:
            pass
    return hit


def _live_datetime(values) -> bool:
    global _DATETIME_IDS
    if not _DATETIME_IDS:
        import datetime
        _DATETIME_IDS = frozenset(map(id, [datetime] + [getattr(datetime, n) for n in DATETIME_NAMES]))
    return not _DATETIME_IDS.isdisjoint(map(id, values))


def _live_urllib(values) -> bool:
    import urllib
    import urllib.parse
    return any(v is urllib or v is urllib.parse or getattr(v, "__module__", None) == "urllib.parse" for v in values)


def program_uses(program, resolver, flag: str, uses) -> bool:
    """``uses(resolver)`` (the function's module uses the module), or it was true for a function compiled before
    into the same program (``program.<flag>``, set then): its values may reach this function too."""
    if getattr(program, flag, False):
        return True
    if uses(resolver):
        setattr(program, flag, True)
        return True
    return False


def uses_datetime(resolver) -> bool:
    """Whether the module a function comes from imports the datetime module or one of its classes."""
    return _module_use(resolver, "_uses_datetime", _live_datetime, ("datetime",))


def uses_urllib(resolver) -> bool:
    """Whether the module a function comes from imports urllib.parse (the module, or one of its functions): a
    value of unknown type there may be a SplitResult / ParseResult / DefragResult (lower/urllow.py)."""
    return _module_use(resolver, "_uses_urllib", _live_urllib, ("urllib", "urllib.parse"))


def _stdlib_module(value):
    """The standard-library module (public name: _functools -> functools) a function or class comes from."""
    mod = getattr(value, "__module__", None)
    if not isinstance(mod, str):
        return None
    top = mod.split(".")[0]
    names = getattr(sys, "stdlib_module_names", ())
    if top not in names or top == "builtins":
        return None
    public = top.lstrip("_")
    return public if public in names else top


# Standard-library helpers people reach for in callbacks, with the plain-Python rewrite py2cs supports
# (shown as the hint of the refusal; keyed by the object's module and qualified name).
STDLIB_REWRITES = {
    ("collections", "OrderedDict"): "use a dict (dicts keep insertion order)",
    ("datetime", "timezone"): "time zones are not supported: use naive datetime/date values (datetime.now() is "
                              "the browser's local time)",
    ("datetime", "tzinfo"): "time zones are not supported: use naive datetime/date values",
    ("collections", "namedtuple"): "use a dict with named keys",
    ("copy", "deepcopy"): "rebuild the value: json.loads(json.dumps(value)) for JSON data",
    ("copy", "copy"): "list(xs) / dict(d) / xs[:]",
}


def _statistics_refusal(name, attr):
    from .tables.statistics import FUNCTIONS, REFUSED
    return Symbol("error", f"'{name}' (statistics.{attr}) is not supported in the browser")


def statistics_hint(attr: str) -> str:
    from .tables.statistics import FUNCTIONS, REFUSED
    return REFUSED.get(attr, "supported: " + ", ".join(sorted(FUNCTIONS)) + " and StatisticsError")


def _statistics_names():
    from .tables.statistics import FUNCTIONS
    return set(FUNCTIONS) | {"StatisticsError"}


def component_class(module: str, name: str):
    """The Dash component class ``module.name`` (module one of COMPONENT_MODULES), else None."""
    import importlib
    try:
        from dash.development.base_component import Component
        cls = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    if isinstance(cls, type) and issubclass(cls, Component) and cls is not Component:
        return cls
    return None


def component_symbol(value) -> Symbol | None:
    """A live Dash component class of dash.html, dash.dcc or dash.dash_table: Symbol("attr", (module, name))."""
    if not isinstance(value, type):
        return None
    mod = getattr(value, "__module__", "") or ""
    for m in COMPONENT_MODULES:
        if mod.startswith(m + ".") and component_class(m, value.__name__) is value:
            return Symbol("attr", (m, value.__name__))
    return None


class LiveResolver(Resolver):
    """Resolve through ``func.__globals__``, its closure cells and builtins."""

    def __init__(self, func, source=None):
        self.func = func
        self.globals = func.__globals__
        cells = func.__closure__ or ()
        self.closure = {}
        for name, cell in zip(func.__code__.co_freevars, cells):
            try:
                self.closure[name] = cell.cell_contents
            except ValueError:
                self.closure[name] = _Unbound
        self._cache: dict[str, Symbol] = {}

    def lookup(self, name: str) -> Symbol:
        if name in self._cache:
            return self._cache[name]
        if name in self.closure:
            value = self.closure[name]
            sym = Symbol("error", f"'{name}' is not bound yet") if value is _Unbound else classify_live(value, name)
        elif name in self.globals:
            sym = classify_live(self.globals[name], name)
        elif hasattr(builtins, name):
            sym = Symbol("builtin", name)
        else:
            sym = Symbol("error", f"name '{name}' is not defined")
        self._cache[name] = sym
        return sym


class _UnboundType:
    pass


_Unbound = _UnboundType()


_MUTATING_METHODS = {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update",
                     "setdefault", "popitem", "add", "discard", "difference_update", "intersection_update",
                     "symmetric_difference_update"}


def _changed_at_module_level(module: ast.Module) -> dict:
    """Module-level names rebound inside a block, augmented, looped over, deleted or mutated in place
    (``L.append(1)``, ``D['k'] = v``) by module-level code: name -> first line."""
    out: dict = {}

    def mark(name, node):
        out.setdefault(name, node.lineno)

    def base_name(t):
        while isinstance(t, (ast.Subscript, ast.Attribute)):
            t = t.value
        return t.id if isinstance(t, ast.Name) else None

    def targets(t, node, nested):
        if isinstance(t, ast.Name):
            if nested:
                mark(t.id, node)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                targets(e, node, nested)
        elif isinstance(t, ast.Starred):
            targets(t.value, node, nested)
        elif base_name(t):
            mark(base_name(t), node)      # D['b'] = 2, obj.attr = v

    def visit(node, nested):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            for d in getattr(node, "decorator_list", []):
                visit(d, nested)
            return
        if isinstance(node, ast.Assign):
            for t in node.targets:
                targets(t, node, nested)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets(node.target, node, nested)
        elif isinstance(node, ast.AugAssign):
            targets(node.target, node, True)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            targets(node.target, node, True)
        elif isinstance(node, ast.Delete):
            for t in node.targets:
                targets(t, node, True)
        elif isinstance(node, ast.NamedExpr):
            targets(node.target, node, True)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    targets(item.optional_vars, node, True)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            mark(node.name, node)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            mark(node.name, node)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            mark(node.rest, node)
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and nested:
            for a in node.names:
                mark((a.asname or a.name).split(".")[0], node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _MUTATING_METHODS and base_name(node.func.value):
            mark(base_name(node.func.value), node)
        block = isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.Try, ast.With, ast.AsyncWith,
                                  ast.ExceptHandler, ast.Match)) or type(node).__name__ == "TryStar"
        for child in ast.iter_child_nodes(node):
            visit(child, nested or block)

    for stmt in module.body:
        visit(stmt, False)
    return out


class StaticResolver(Resolver):
    """Resolve by reading a module's source: imports, literal constants and top-level defs."""

    def __init__(self, module: ast.Module, make_source):
        self.table: dict[str, Symbol] = {}
        for stmt in module.body:
            self._scan(stmt, make_source)
        for name, line in _changed_at_module_level(module).items():
            if name in self.table and self.table[name].kind == "const":
                self.table[name] = Symbol("error", f"'{name}' is changed at module level (line {line}), so its value "
                                                   "when the callback runs is not known without running the file")

    def _scan(self, stmt, make_source):
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                target = alias.asname or alias.name.split(".")[0]
                full = alias.name if alias.asname else alias.name.split(".")[0]
                if full in SUPPORTED_MODULES:
                    self.table[target] = Symbol("module", full)
                else:
                    self.table[target] = Symbol("error", f"module '{full}' is not available in the browser")
        elif isinstance(stmt, ast.ImportFrom):
            mod = stmt.module or ""
            for alias in stmt.names:
                target = alias.asname or alias.name
                sub = f"{mod}.{alias.name}"
                if sub in SUPPORTED_MODULES:
                    self.table[target] = Symbol("module", sub)
                elif mod == "dash" and alias.name in DASH_NAMES or mod == "dash.exceptions" and alias.name == "PreventUpdate":
                    n = "ctx" if alias.name == "callback_context" else alias.name
                    self.table[target] = Symbol("attr", ("dash", n))
                elif mod == "py2cs.js":
                    if alias.name in ("new", "to_py", "to_js"):
                        self.table[target] = Symbol("attr", ("py2cs.js", alias.name))
                    else:
                        self.table[target] = Symbol("js", alias.name)
                elif mod in ("math", "json") or mod in COMPONENT_MODULES or \
                        mod == "collections" and alias.name in COLLECTIONS_NAMES or \
                        mod == "datetime" and alias.name in DATETIME_NAMES or \
                        mod == "statistics" and (alias.name in _statistics_names()) or \
                        mod == "re" and alias.name in RE_NAMES or \
                        mod in ("urllib.parse", "calendar", "operator", "string", "textwrap", "itertools", "functools"):
                    self.table[target] = Symbol("attr", (mod, alias.name))
                elif mod == "re" and alias.name in RE_FLAGS:      # lowered as re.<name> (dashlow.re_module_attr)
                    self.table[target] = Symbol("attr", (mod, alias.name))
                elif mod == "statistics":
                    self.table[target] = _statistics_refusal(target, alias.name)
                elif (mod, alias.name) in STDLIB_REWRITES:     # the same refusal as for the live function
                    self.table[target] = Symbol("error", f"'{target}' ({mod}.{alias.name}) is not available in the "
                                                         f"browser: {STDLIB_SUPPORTED}")
                else:
                    self.table[target] = Symbol("error", f"'{target}' comes from module '{mod}', which is not available in the browser")
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.table[stmt.name] = Symbol("func", make_source(stmt))
        elif isinstance(stmt, ast.ClassDef):
            self.table[stmt.name] = Symbol("error", f"'{stmt.name}' is a class, which cannot be used in a clientside callback")
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            value = stmt.value
            for t in targets:
                rp = _static_re_compile(value, self.table) if isinstance(t, ast.Name) else None
                if rp is None and isinstance(t, ast.Name):
                    rp = _static_getter(value, self.table)
                if rp is not None:
                    self.table[t.id] = rp
                    continue
                elts = value.elts if isinstance(value, ast.Tuple) else [value]
                if isinstance(t, ast.Name) and elts and all(
                        isinstance(e, ast.Name) and e.id in CLASS_VALUES and e.id != "NoneType" and
                        e.id not in self.table for e in elts):
                    names = ClassNames(e.id for e in elts)
                    names.single = not isinstance(value, ast.Tuple)
                    self.table[t.id] = Symbol("classes", names)
                    continue
                if isinstance(t, ast.Name):
                    try:
                        v = ast.literal_eval(value) if value is not None else None
                        ok = is_json_like(v)
                    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                        try:        # a display holding builtins or module functions (AGG = {"sum": sum})
                            v = self._static_value(value)
                            ok = _json_like_with_functions(v)
                        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError, ImportError):
                            ok = False
                    if ok and t.id not in self.table:
                        self.table[t.id] = _const_symbol(v, t.id)
                    else:
                        self.table[t.id] = Symbol("error", f"'{t.id}' is not a literal constant (py2cs reads "
                                                            "this file without running it)")
        elif isinstance(stmt, (ast.If, ast.Try)):
            pass

    def lookup(self, name: str) -> Symbol:
        if name in self.table:
            return self.table[name]
        if hasattr(builtins, name):
            return Symbol("builtin", name)
        return Symbol("error", f"name '{name}' is not defined")

    def _static_value(self, node, depth: int = 0):
        """The value of a display of literals, builtins, unbound methods and functions of the supported modules
        (``AGG = {"sum": sum, "mean": statistics.mean}``), read without running the file; ValueError otherwise."""
        import importlib
        from .lower.bvalue import extra_of_object
        if depth > 50:
            raise ValueError("too deep")
        if isinstance(node, (ast.List, ast.Tuple)):
            items = [self._static_value(e, depth + 1) for e in node.elts]
            return items if isinstance(node, ast.List) else tuple(items)
        if isinstance(node, ast.Dict):
            if any(k is None for k in node.keys):
                raise ValueError("**")
            return {ast.literal_eval(k): self._static_value(v, depth + 1) for k, v in zip(node.keys, node.values)}
        if isinstance(node, (ast.Name, ast.Attribute)):
            parts = []
            while isinstance(node, ast.Attribute):
                parts.insert(0, node.attr)
                node = node.value
            if not isinstance(node, ast.Name):
                raise ValueError("not a name")
            sym = self.table.get(node.id)
            if sym is None and hasattr(builtins, node.id):
                obj = getattr(builtins, node.id)
            elif sym is not None and sym.kind == "attr" and sym.value[0] in ("math", "json", "statistics", "calendar",
                                                                            "urllib.parse", "datetime"):
                obj = getattr(importlib.import_module(sym.value[0]), sym.value[1])
            elif sym is not None and sym.kind == "module" and sym.value in ("math", "json", "statistics", "calendar",
                                                                           "urllib", "urllib.parse", "datetime"):
                obj = importlib.import_module(sym.value)
                if sym.value == "urllib" and parts[:1] == ["parse"]:
                    obj, parts = importlib.import_module("urllib.parse"), parts[1:]
            else:
                raise ValueError("not a builtin or module function")
            for a in parts:
                obj = getattr(obj, a)
            if not callable(obj) or extra_of_object(obj) is None:
                raise ValueError("not a value py2cs has")
            return obj
        return ast.literal_eval(node)
