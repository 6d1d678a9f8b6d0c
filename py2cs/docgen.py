"""``py2cs docs``: render docs/subset.md from the transpiler's own tables, so the reference cannot drift.

Sources, all read at generation time:

* statements and expressions: ``py2cs/tables/syntax.py`` (each row has an example that
  tests/test_docs.py runs in CPython and, transpiled, in QuickJS);
* builtins, math, json: ``py2cs/tables/builtins.py`` (signatures, notes, refused builtins and hints);
* methods per receiver type: ``py2cs/tables/methods.py``;
* Dash names, ``ctx`` attributes, Patch methods, exceptions: ``py2cs/resolve.py``, ``py2cs/lower/dashlow.py``;
* JavaScript interop: ``py2cs/js.py``;
* refusals: the ast-grep rules of ``py2cs/check.py``, refused builtins and
  ``syntax.SEMANTIC_REFUSALS``. Every diagnostic shown is produced by running the transpiler on
  the example while the page is generated, so the page shows exactly what users will see.

``render()`` returns the Markdown; ``py2cs docs --check`` compares it with the committed file.
"""
from __future__ import annotations

import os

from . import check as CK
from . import js as JSMOD
from .compiler import transpile_source
from .errors import TranspileError
from .resolve import BUILTIN_EXCEPTIONS, DASH_NAMES, SUPPORTED_MODULES
from .tables import builtins as BT
from .tables import dates as DT
from .tables import itertools as ITT
from .tables import methods as MT
from .tables import syntax as SX

DEFAULT_OUT = os.path.join("docs", "subset.md")
EXAMPLE_FILE = "example.py"

# A tiny example for each structural rule of py2cs/check.py (rule id -> source).
RULE_EXAMPLES = {
    "class": "def f(x):\n    class Point:\n        pass\n    return x\n",
    "generator": "def f(xs):\n    for x in xs:\n        yield x * 2\n",
    "global": "TOTAL = 0\n\n\ndef f(x):\n    global TOTAL\n    TOTAL = x\n    return TOTAL\n",
    "with": "def f(path):\n    with open(path) as fh:\n        return fh.read()\n",
    "import": "def f(x):\n    import math\n    return math.floor(x)\n",
    "decorator": "def f(x):\n    @cache\n    def g(y):\n        return y\n    return g(x)\n",
    "async-for": "async def f(stream):\n    async for x in stream:\n        pass\n    return 1\n",
    "async-with": "async def f(lock):\n    async with lock:\n        pass\n    return 1\n",
    "del-name": "def f(x):\n    y = x\n    del y\n    return x\n",
    "kwargs-param": "def f(x, **options):\n    return x\n",
    "bytes": "def f(x):\n    return b\"abc\"\n",
    "matmul": "def f(a, b):\n    return a @ b\n",
    "ellipsis": "def f(x):\n    return ...\n",
}
# Rules that cannot occur in Python 3 source (kept by check.py for completeness).
RULES_WITHOUT_EXAMPLE = {"exec": "Python 2 `exec` statement; Python 3 source cannot contain it"}

RULE_TITLES = {
    "class": "`class` definitions", "generator": "generators (`yield`)", "global": "`global`",
    "with": "`with`", "import": "`import` inside a function",
    "decorator": "decorators on nested functions", "async-for": "`async for`", "async-with": "`async with`",
    "del-name": "`del` of a variable", "kwargs-param": "`**kwargs` parameters", "bytes": "bytes literals",
    "matmul": "the `@` operator", "ellipsis": "`...` (Ellipsis)",
}

# One-line documentation for builtins whose table entry has no note (documentation metadata only).
BUILTIN_NOTES = {
    "len": "strings count code points",
    "str": "`str(1.0) == '1.0'`, `str(True) == 'True'`",
    "int": "parses Python's literal grammar (underscores, whitespace, bases 0 and 2-36)",
    "float": "accepts `'inf'`, `'nan'`, `' 2.5 '`",
    "min": "one iterable or several values; `key=` and `default=` keywords",
    "max": "one iterable or several values; `key=` and `default=` keywords",
}

RETURNS = {
    "any": "depends on the input", "none": "`None`", "self": "same type as the receiver",
    "elem": "an element", "value": "a value", "value?": "a value or `None`",
    "list[key]": "`list` of keys", "list[value]": "`list` of values", "list[tuple]": "`list` of `(key, value)` tuples",
}

DASH_DOCS = [
    ("no_update", "`return no_update` (or one element of a multi-output tuple) leaves the output unchanged"),
    ("PreventUpdate", "`raise PreventUpdate` (or `PreventUpdate(msg)`) cancels every output of the call (import from "
                      "`dash.exceptions`); caught, `str(e)` is its message"),
    ("ctx / callback_context", "read-only snapshot taken when the callback starts (valid after `await` too); "
                               "attributes listed below"),
    ("set_props", "`set_props(component_id, {prop: value})`: update any component, also from no-output and async callbacks"),
    ("Patch", "`p = Patch()`, then item/attribute assignment, `del`, `+=`, `-=`, `*=`, `/=`, `|=` and the methods below; return it"),
    ("html.X / dcc.X / dash_table.X", "components built in the callback: sent as Dash's `to_plotly_json()` "
                                      "(the props passed, in Dash's order); `len()`, truth and identity work, "
                                      "reading them back is refused (see docs/dash-features.md)"),
    ("ALL / MATCH / ALLSMALLER", "in `Input`/`Output`/`State` ids only; the callback receives lists (ALL) or scalars (MATCH)"),
]

JS_FUNCTIONS = {
    "new": "`new(Cls, *args)` is `new Cls(...args)`",
    "to_py": "converts a JavaScript object/array to a Python dict/list",
    "to_js": "converts a Python value to a plain JavaScript value",
}


# ------------------------------------------------------------------------------------------ helpers

def diagnose(src: str) -> TranspileError | None:
    """Transpile ``src`` as file ``example.py``; the TranspileError, or None if it is accepted."""
    try:
        transpile_source(src, EXAMPLE_FILE)
    except TranspileError as e:
        return e
    return None


def diagnostic_text(err: TranspileError) -> str:
    """The diagnostics as printed by the CLI, without the "py2cs: N problems found" header."""
    return "\n".join(d.render() for d in err.diagnostics)


def _code(s: str) -> str:
    s = str(s)
    tick = "``" if "`" in s else "`"
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{tick}{pad}{s}{pad}{tick}"


def _cell(s: str) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _sig(name: str, sig) -> str:
    return _code(f"{name}({sig.spec})")


def _returns(r: str) -> str:
    return RETURNS.get(r, _code(r))


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return out


def _fence(info: str, text: str) -> list[str]:
    return ["```" + info, text.rstrip("\n"), "```"]


def _json_support() -> dict:
    """For each json function: the parameters py2cs accepts, found by transpiling a call with each."""
    out = {}
    for fname, sig in BT.JSON.items():
        ok = []
        for p in sig.params:
            first = sig.params[0].name
            call = f"json.{fname}(x)" if p.name == first else f"json.{fname}(x, {p.name}=None)"
            if diagnose(f"import json\n\n\ndef f(x):\n    return {call}\n") is None:
                ok.append(p.name)
        out[fname] = ok
    return out


def _js_globals() -> list[str]:
    return sorted(n for n, v in vars(JSMOD).items() if isinstance(v, JSMOD.JSName))


def _ctx_attrs() -> list[str]:
    from .lower.dashlow import CTX_ATTRS
    return sorted(CTX_ATTRS)


def _patch_methods() -> list[str]:
    from .lower.dashlow import PATCH_METHODS
    return sorted(PATCH_METHODS)


# ------------------------------------------------------------------------------------------ sections

def _intro() -> list[str]:
    return [
        "# The supported subset",
        "",
        "<!-- Generated by `py2cs docs` from py2cs/tables/*.py, py2cs/check.py and the transpiler itself."
        " Do not edit: run `py2cs docs` (tests/test_docs.py fails when this file is stale). -->",
        "",
        "**The promise: a py2cs callback gives the same result in the browser as in CPython, or py2cs refuses"
        " it at compile time** with the file, line, column, the source line and what to write instead."
        " Each statement and expression row has an example that the test suite runs in CPython and, transpiled,"
        " in QuickJS (builtins, methods and module functions are covered by the differential tests in"
        " `tests/programs/` and `tests/runtime/`); every diagnostic shown was produced by running the transpiler"
        " on the example when this page was generated. The few run-time differences are listed under"
        " [Known limits](#known-limits).",
        "",
        "Contents: [Statements](#statements) · [Expressions](#expressions) · [Builtins](#builtins) ·"
        " [Methods](#methods) · [Modules](#modules) ·"
        " [Regular expressions: re](#regular-expressions-re) · [Exceptions](#exceptions) ·"
        " [Dash names](#dash-names) · [JavaScript interop](#javascript-interop-py2csjs) ·"
        " [Refused constructs](#refused-constructs) · [Known limits](#known-limits)",
        "",
        "Values crossing the boundary: callback arguments arrive as JSON-like values (`None`, `bool`, `int`,"
        " `float`, `str`, `list`, `dict`); a returned value is converted back (tuples become lists). Inside a"
        " callback you can use tuples and sets too. How values are represented in JavaScript is described in"
        " [the runtime contract](internals/runtime-contract.md).",
        "",
    ]


def _syntax_section(title: str, rows) -> list[str]:
    out = [f"## {title}", "",
           f"Each row's example is a function in `py2cs/tables/syntax.py` that the test suite runs in CPython and"
           f" in QuickJS on the listed inputs.", ""]
    table = []
    for c in rows:
        note = c.note
        if c.run == "async":
            note = (note + "; " if note else "") + "tested by awaiting both sides"
        table.append([c.name, _code(c.snippet), note])
    return out + _table(["construct", "example", "notes"], table) + [""]


def _builtins_section() -> list[str]:
    rows = []
    for name, sig in BT.SUPPORTED.items():
        note = "; ".join(n for n in (sig.note, BUILTIN_NOTES.get(name, "")) if n)
        rows.append([_sig(name, sig), _returns(sig.returns), note])
    classes = ", ".join(_code(c) for c in sorted(BT.ISINSTANCE_CLASSES))
    if diagnose("def f(x):\n    return isinstance(x, type(None))\n") is None:
        classes += ", `type(None)`"
    else:
        classes += " (`type(None)` is currently refused: test `x is None`)"
    return (["## Builtins", "",
             f"{len(BT.SUPPORTED)} builtins, with the signatures CPython 3.11 accepts (keyword arguments are placed at"
             " compile time; a call that does not match the signature is refused). Builtins not listed here are refused:"
             " see [Refused builtins](#refused-builtins).", ""]
            + _table(["builtin", "result", "notes"], rows)
            + ["", f"`isinstance` accepts the classes {classes} (or a tuple of them); `bool` is an `int`, as in Python.",
               "", "A builtin can be passed as a function value: "
               + ", ".join(_code(n) for n in _function_values()) + " (e.g. `sorted(xs, key=len)`,"
               " `map(str, xs)`). So can unbound methods without required arguments, e.g. `map(str.upper, xs)`.", "",
               "### Builtins as values", "",
               "Builtins, unbound methods of str/list/dict/set/tuple (`str.lower`, `dict.get`) and the module functions"
               " py2cs supports (`math.*`, `statistics.*`, `json.dumps`/`loads`, `urllib.parse.*`, `calendar.*`) and the"
               " classes `datetime.date`, `datetime.datetime`, `datetime.time` are values: stored in variables (also rebound on some path), tuples, lists, dict values and module"
               " constants (`AGG = {\"sum\": sum, \"mean\": statistics.mean}`; `for conv in (int, float):`), passed"
               " to functions, and called through the value with positional and keyword arguments"
               " (`f = AGG[how]`, `f(xs, key=len, reverse=True)`): the call does what the direct call does, and"
               " arguments that do not bind raise CPython's `TypeError` with its text for that builtin (read from"
               " CPython when the code is compiled; where its text depends on the argument values, a py2cs"
               " `TypeError`). They are true, compare with `is`/`==`/`in` by identity, can be dict keys and set"
               " members, and `isinstance(x, t)` takes a class held by a value. Their repr is CPython's"
               " (`<built-in function sum>`, `<class 'int'>`, `<method 'lower' of 'str' objects>`); a module function"
               " written in Python (`statistics.mean`, `json.dumps`) has an address in its repr: a py2cs `TypeError`,"
               " as for user functions. Returned to Dash, CPython's server fails to serialize them (its `TypeError`"
               " naming the type). Refused as values: " + ", ".join(f"`{n}` ({why})" for n, why in NOT_VALUES.items())
               + ", `dict.keys`/`values`/`items` (views), the `re` functions and `datetime.timedelta`.", ""])


from .lower.bvalue import NOT_VALUES  # noqa: E402


def _function_values() -> list[str]:
    from .lower.calls import CallsMixin
    return sorted(CallsMixin.FUNCTION_VALUES)


def _methods_section() -> list[str]:
    out = ["## Methods", "",
           "Methods of `str`, `list`, `tuple`, `dict`, `set` and `collections.deque` (a deque's are always"
           " dispatched at run time, with CPython's argument-count messages). When py2cs knows the receiver's type it calls the"
           " typed helper; otherwise it dispatches on the run-time type, and a method the value does not have"
           " raises `AttributeError` as in Python. Any other method is refused at compile time.", ""]
    counts = ", ".join(f"{t} ({len(tbl)})" for t, tbl in MT.BY_TYPE.items())
    out += [f"Method counts: {counts}, plus `dict.fromkeys` and `str.maketrans`.", ""]
    for t, table in MT.BY_TYPE.items():
        out += [f"### {t}", ""]
        rows = []
        for name, sig in table.items():
            notes = [sig.note] if sig.note else []
            if sig.mutates:
                notes.insert(0, "mutates the receiver")
            rows.append([_code(f"{t}.{name}({sig.spec})"), _returns(sig.returns), "; ".join(notes)])
        if t == "dict":
            for name, sig in MT.DICT_CLASSMETHODS.items():
                rows.append([_code(f"dict.{name}({sig.spec})"), _returns(sig.returns), "class method"])
        if t == "str":
            for name, sig in MT.STR_STATICMETHODS.items():
                rows.append([_code(f"str.{name}({sig.spec})"), _returns(sig.returns), "static method; " + sig.note])
        out += _table(["method", "result", "notes"], rows) + [""]
    return out


def _modules_section() -> list[str]:
    out = ["## Modules", "",
           "Import them at module level (`import math`, `from math import floor`, `import json`,"
           " `from collections import defaultdict, Counter, deque`). The modules"
           f" a callback can use are {', '.join(_code(m) for m in sorted(SUPPORTED_MODULES))}; any other module is refused.",
           "", "### math", ""]
    rows = [[_code(f"math.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in BT.MATH.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", "Constants: " + ", ".join(_code("math." + c) for c in sorted(BT.MATH_CONSTANTS)) + ".", "",
            "### json", ""]
    support = _json_support()
    rows = []
    for n, s in BT.JSON.items():
        rows.append([_code(f"json.{n}({s.spec})"), _returns(s.returns),
                     "supported arguments: " + ", ".join(_code(p) for p in support[n])])
    out += _table(["function", "result", "notes"], rows)
    out += ["", "`json.dumps` output is byte-identical to CPython's (separators, `ensure_ascii`, `NaN`/`Infinity`,"
                " float repr); `json.loads` errors raise `json.JSONDecodeError` (a `ValueError`) with CPython's message,"
                " which `except json.JSONDecodeError` or `except ValueError` catches (the class can only be caught).", "",
            "### collections", "",
            "`defaultdict`, `Counter` and `deque`, imported by name (`from collections import defaultdict, Counter,"
            " deque`; `import collections` is refused, as are the module's other names). `defaultdict` and `Counter`"
            " are dicts with a missing-key policy: every dict operation and method applies. A `deque` is a sequence"
            " with a `maxlen`: its methods are listed under [Methods](#deque).", ""]
    rows = [[_code(f"{n}({s.spec})"), _returns(s.returns), s.note] for n, s in BT.COLLECTIONS.items()]
    rows += [[_code(f"Counter.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in MT.COUNTER.items()]
    out += _table(["class or method", "result", "notes"], rows) + [""]
    out += _urllib_section()
    out += _textwrap_section()
    return out


def _textwrap_section() -> list[str]:
    """The textwrap module (py2cs/tables/textwrap_table.py)."""
    from .tables import textwrap_table as TT
    out = ["### textwrap", "",
           "`import textwrap` (or `import textwrap as tw`, or `from textwrap import wrap, fill, shorten, dedent,"
           " indent`): long axis labels and hover texts (`\"<br>\".join(textwrap.wrap(label, 20))`), shortened"
           " table cells. CPython 3.11's Lib/textwrap.py computed on Python values: lengths in code points (a"
           " character beyond U+FFFF counts once), words split by CPython's `wordsep_re` with its Unicode `\\w`,"
           " only the ASCII whitespace `\\t\\n\\x0b\\x0c\\r ` split on and turned into spaces (a no-break or"
           " ideographic space stays inside a word, as in CPython). The options are used where and as CPython"
           " uses them, so an option of the wrong type raises CPython's exception when CPython does"
           " (`invalid width 0 (must be > 0)`, `placeholder too large for max width`, `'<=' not supported"
           " between instances of 'str' and 'int'`, a float width's `slice indices must be integers...`). A text"
           " and width on which CPython loops forever (an indent longer than the width with nothing left to"
           " place, or a NaN width) raise a py2cs `TypeError` instead. A function can only be called"
           " (`map(textwrap.dedent, xs)` is refused: write a lambda).", ""]
    rows = [[_code(f"textwrap.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in TT.FUNCTIONS.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", "The keyword arguments of `wrap`, `fill` and `shorten` (TextWrapper's):", ""]
    rows = [[_code(f"{n}={d}"), TT.OPTION_NOTES[n]] for n, d, _ in TT.OPTIONS]
    out += _table(["keyword", "notes"], rows)
    out += ["", "Refused, with a rewrite: " + "; ".join(f"{_code('textwrap.' + n)} ({h})"
                                                       for n, h in TT.REFUSED.items()) + ".", ""]
    return out


def _urllib_section() -> list[str]:
    from .tables import urlparse_table as UT
    out = ["### urllib.parse", "",
           "`import urllib.parse`, `from urllib import parse` or `from urllib.parse import parse_qs, urlencode`:"
           " reading a `dcc.Location`'s `search` and building links. Exact as CPython 3.11: UTF-8 percent-encoding,"
           " invalid escapes decoded to U+FFFD where CPython's decoder puts them, and CPython's exceptions for"
           " arguments of the wrong type. `encoding=` and `errors=` are refused (URLs are UTF-8 here); a lone"
           " surrogate in `quote()` raises a py2cs `TypeError` (CPython: `UnicodeEncodeError`).", ""]
    rows = [[_code(f"{n}({s.spec})"), _returns(s.returns), s.note] for n, s in UT.FUNCTIONS.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", "Refused, with a rewrite: " + "; ".join(f"{_code(n)} ({h})" for n, h in UT.REFUSED.items()) + ".", ""]
    return out


def _statistics_section() -> list[str]:
    """The statistics module (py2cs/tables/statistics.py)."""
    from .tables import statistics as ST
    out = ["### statistics", "",
           "`import statistics` (or `import statistics as st`, or `from statistics import mean, median, ...`):"
           " the results are CPython 3.11's to the last bit. `mean`, `harmonic_mean`, `variance`, `pvariance`,"
           " `stdev` and `pstdev` compute as CPython does, with exact fractions (every int and float converted"
           " exactly, summed in BigInt, rounded once; `stdev`'s square root correctly rounded); an int result"
           " stays an int (`mean([2, 4])` is `3`, `mean([1, 2])` is `1.5`), one beyond 2**53 raises a py2cs"
           " `OverflowError`. Errors are CPython's: `statistics.StatisticsError` (a `ValueError`, which"
           " `except statistics.StatisticsError` and `except ValueError` catch; it can be raised and caught, not"
           " stored) with its message (`mean requires at least one data point`), and the `TypeError`s for data"
           " that are not numbers. A generator expression, `map()` or `filter()` as data (or weights) is pulled one item"
           " at a time where CPython pulls it (an item that is not a number raises before the next one is computed;"
           " `geometric_mean` turns the generator's own `ValueError` into its `StatisticsError`). A function"
           " is a value (`key=statistics.mean`, `AGG = {\"mean\": statistics.mean}`: see"
           " [Builtins as values](#builtins-as-values)).", ""]
    rows = [[_code(f"statistics.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in ST.FUNCTIONS.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", ST.NOTES + " Refused: " + "; ".join(f"{_code(n)} ({h})" for n, h in ST.REFUSED.items()) + ".", ""]
    return out


def _datetime_section() -> list[str]:
    """The datetime module (py2cs/tables/dates.py)."""
    out = ["### datetime", "",
           "Naive dates and times: `date`, `datetime`, `time` and `timedelta`, imported by name (`from datetime import date,"
           " datetime, time, timedelta`) or through the module (`import datetime`, then `datetime.date(...)`). Values"
           " are computed with integers (proleptic Gregorian ordinals and microseconds, never JavaScript `Date`"
           " arithmetic), with CPython's normalisation and its exception messages. `datetime.now()` and"
           " `date.today()` read the browser's clock in the browser's time zone (as CPython reads the server's).", "",
           "Returned to Dash (directly or inside lists and dicts) a `date`, `datetime` or `time` arrives as its"
           " `isoformat()` string, as Dash's server encoder (plotly's `to_json_plotly`) sends it; a `timedelta`"
           " raises `TypeError` as it does on the server. `json.dumps` of any of them raises CPython's `TypeError`.",
           "", "Constructors and class methods (keyword arguments by name; `tzinfo` and `fold` are refused):", ""]
    rows = [[_code(f"{n}({s.spec})"), _returns(s.returns), s.note] for n, s in DT.CONSTRUCTORS.items()]
    rows += [[_code(f"{c}.{n}({s.spec})"), _returns(s.returns), s.note]
             for c, ms in DT.CLASS_METHODS.items() for n, s in ms.items()]
    out += _table(["constructor or class method", "result", "notes"], rows)
    out += ["", "Attributes and methods of values (checked at run time: a value that does not have one raises"
                " CPython's `AttributeError`):", ""]
    rows = [[_code(f".{n}"), _returns(t), owners] for n, (t, owners) in DT.ATTRS.items()]
    rows += [[_code(f".{n}({s.spec})"), _returns(s.returns), owners + (f"; {s.note}" if s.note else "")]
             for n, (s, owners) in DT.METHODS.items()]
    out += _table(["attribute or method", "result", "of"], rows)
    out += ["", "Operators: `date ± timedelta` (whole days), `datetime ± timedelta`, `date - date`, `datetime - datetime`,"
                " `timedelta` `+ - * / // %`, `divmod`, unary `- +`, `abs`, `total_seconds()`; `== != < <= > >=`"
                " (a `date` never equals a `datetime`, and ordering them raises `TypeError`, as in CPython 3.11;"
                " `time` values compare with each other);"
                " `min`/`max`/`sorted`; `str`, `repr`, f-strings and `format()` (a non-empty spec is a `strftime`"
                " format); `bool` (a zero `timedelta` is false); `isinstance(x, date)` and the other classes (a"
                " `datetime` is a `date`).", "",
            "`strftime`, `strptime` and format specs support the directives whose result CPython gives the same on"
            " every platform, with the C locale's English names: " + " ".join(_code("%" + d) for d in DT.DIRECTIVES)
            + ", and the week numbers " + " ".join(_code("%" + d) for d in DT.STRFTIME_ONLY) + " (not in `strptime`)"
            + ". Any other directive (`%-d`, `%c`, `%x`, `%Z`, `%V`...) is refused at compile time when the format is"
            " a constant argument of `strftime`/`strptime` and raises a py2cs `TypeError` at run time otherwise"
            " (in a format spec such as `f'{d:%-d}'` too); so does `%Y` of a year before 1000"
            " (zero-padded on some platforms only).", "",
            "Refused at compile time, with a rewrite: " + ", ".join(_code(n) for n in DT.REFUSED)
            + ", the classes `timezone`, `tzinfo` and the `time` module (a `time` has no `tzinfo`, `time.fromisoformat` "
            "is refused; `time + timedelta` raises `TypeError` as in CPython). Dates are dict keys and set elements as in CPython (grouping by day:"
            " `totals[d.date()] += v`), alone or inside tuples. At run time: an ISO string with a time zone offset (CPython returns an aware datetime) raises"
            " a py2cs `TypeError`. `datetime.now().microsecond` is a multiple of 1000 (JavaScript clocks count"
            " milliseconds). Module-level date constants are refused: build them inside the function.", ""]
    out += ["`calendar` (`import calendar` or `from calendar import monthrange`):", ""]
    rows = [[_code(f"calendar.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in DT.CALENDAR.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", "Refused, with a rewrite: " + "; ".join(f"{_code('calendar.' + n)} ({h})"
                                                       for n, h in DT.CALENDAR_REFUSED.items()) + ".", ""]
    return out


def _itertools_section() -> list[str]:
    """itertools and functools.reduce (py2cs/tables/itertools.py)."""
    out = ["### itertools and functools.reduce", "",
           "Imported through the module (`import itertools`, then `itertools.chain(...)`) or by name (`from itertools"
           " import chain, groupby`, `from functools import reduce`). Each itertools function makes an iterator that"
           " computes its items as CPython's does, one at a time where a loop, a comprehension, `sum()`, `min()`/`max()`,"
           " `any()`/`all()`, `x in it`, `next()`, `enumerate()`/`zip()`/`map()` or another itertools function pulls"
           " it (a function it calls runs between the loop bodies, the items an `islice()` skips are pulled, a"
           " generator argument is read item by item); `list()`, `tuple()`, `sorted()`, `''.join()` and unpacking"
           " take all the items at once, as in CPython. Kept in a variable, returned, tested for truth or measured"
           " with `len()`, an iterator is refused (CPython's is one-shot and always true). Arguments follow CPython's"
           " signatures, with its `TypeError`/`ValueError` messages for wrong types and values. A `StopIteration`"
           " raised by a function an iterator calls ends the iterator, as CPython's consumers take it.", ""]
    rows = [[_code(f"itertools.{n}({s.spec})"), "iterator", s.note] for n, s in ITT.ITERTOOLS.items()]
    rows += [[_code(f"functools.{n}({s.spec})"), _returns(s.returns), s.note] for n, s in ITT.FUNCTOOLS.items()]
    out += _table(["function", "result", "notes"], rows)
    out += ["", "Refused with a rewrite: " + ", ".join(f"{_code(m + '.' + n)} ({h})" for (m, n), h in ITT.REFUSED.items())
            + "; the other names of `functools` too.", ""]
    return out


def _operator_section() -> list[str]:
    """operator and string (py2cs/tables/operators.py)."""
    from .tables import operators as OT
    out = ["### operator and string", "",
           "`import operator` (or `import operator as op`, `from operator import itemgetter, add`). Each operator"
           " function is the Python operator it names, with its results and `TypeError` messages. Called directly,"
           " its arguments are checked when py2cs transpiles; passed as an argument (`key=operator.neg`,"
           " `functools.reduce(operator.mul, xs, 1)`, `map(operator.add, a, b)`, `filter(operator.not_, xs)`, a"
           " function of yours) it is a function raising CPython's `TypeError` for another count of arguments."
           " Stored in a variable or a container, returned or compared, an operator function is refused, as a"
           " builtin is (wrap it in a lambda). `itemgetter(...)` and `attrgetter(...)` make function values, which"
           " may be stored and passed like any function, also made at module level of constant arguments"
           " (`BY_DATE = itemgetter('date', 'name')`: one function, shared by every use).", ""]
    rows = [[_code(f"operator.{n}({'a, b' if k == 2 else 'a'})"), _code(py), OT.NOTES.get(n, "")]
            for n, (py, k) in OT.FUNCTIONS.items()]
    out += _table(["function", "is", "notes"], rows)
    out += [""]
    rows = [[_code(f"operator.{spec}"), "function", note] for spec, note in OT.GETTERS.values()]
    out += _table(["class", "result", "notes"], rows)
    out += ["", "The dunder aliases (`operator.__add__`, `__and__`, ...) are the same functions. Refused with a"
                " rewrite: " + ", ".join(f"{_code('operator.' + n)} ({h})" for n, h in OT.REFUSED.items()) + ".", "",
            "`import string` or `from string import punctuation`: the constants "
            + ", ".join(_code("string." + n) for n in OT.STRING_CONSTANTS) + " (CPython's values, the same on every"
            " platform). Refused with a rewrite: "
            + ", ".join(f"{_code('string.' + n)} ({h})" for n, h in OT.STRING_REFUSED.items()) + ".", ""]
    return out


def _re_section() -> list[str]:
    from .tables import re_table as RE
    out = ["## Regular expressions: re", "",
           "`import re` (or `from re import match, sub, IGNORECASE`), for constant patterns and patterns assembled "
           "from constant pieces and escaped text.", ""]
    out += [f"* {s}" for s in RE.SEMANTICS] + [""]
    out += _table(["function", "result", "notes"], [[_code(f), r, n] for f, r, n in RE.FUNCTIONS])
    out += ["", RE.MATCH, "", "Refused at compile time (the diagnostic names the construct and a rewrite):", ""]
    rows = []
    for what, body in RE.REFUSED:
        err = diagnose(f"import re\n\n\ndef f(s):\n{body}\n")
        if err is not None:
            d = err.diagnostics[0]
            rows.append([what, _code(d.message), d.hint])
    out += _table(["construct", "error", "hint"], rows) + [""]
    return out


def _exceptions_section() -> list[str]:
    names = sorted(BUILTIN_EXCEPTIONS)
    return ["## Exceptions", "",
            "These built-in exception classes can be raised (positional arguments only), caught (also in tuples,"
            " following CPython's class hierarchy) and inspected with `str(e)` and `e.args`:", "",
            ", ".join(_code(n) for n in names) + ", and Dash's `PreventUpdate`.", "",
            "Errors raised by the runtime use CPython's exception class and message, e.g."
            " `ZeroDivisionError: division by zero`, `KeyError: 'x'`, `IndexError: list index out of range`.", ""]


def _dash_section() -> list[str]:
    out = ["## Dash names", "",
           "Import them from `dash` (or `dash.exceptions`) at module level: "
           + ", ".join(_code(n) for n in sorted(DASH_NAMES | {"PreventUpdate"})) + ".", ""]
    out += _table(["name", "in a py2cs callback"], [[_code(n) if "/" not in n else n, d] for n, d in DASH_DOCS])
    out += ["", "`ctx` attributes: " + ", ".join(_code("ctx." + a) for a in _ctx_attrs())
            + ". They are computed as Python's `dash.ctx` computes them in a server callback (for example `ctx.triggered`"
              " is a falsy `[{'prop_id': '.', 'value': None}]` on the initial call and `ctx.triggered_id` is `None`).", "",
            "`Patch` methods: " + ", ".join(_code(m + "()") for m in _patch_methods())
            + ". Slices of a Patch are refused, as in Dash.", "",
            "See [the Dash features guide](dash-features.md) for examples.", ""]
    return out


def _js_section() -> list[str]:
    return ["## JavaScript interop (py2cs.js)", "",
            "`from py2cs.js import ...` gives access to JavaScript. In generated code the names are the JavaScript"
            " globals; attribute access, calls, subscripts and assignment pass through untouched. CPython has no browser:"
            " calling one of these names raises `JSInteropError`, and tests install fakes"
            " (`with py2cs.js.fake(window=...)`).", "",
            "Predefined globals: " + ", ".join(_code(n) for n in _js_globals())
            + "; `from py2cs.js import AnyName` gives the JavaScript global `AnyName`.", ""]\
        + _table(["function", "meaning"], [[_code(n), d] for n, d in JS_FUNCTIONS.items()]) + [
            "", "Python values passed to a JavaScript call are converted (dicts become objects, tuples arrays);"
                " JavaScript values coming back stay JavaScript values: convert them with `to_py(x)` before using"
                " Python operators or methods on them (operators on JavaScript values are refused). Truth (`if x:`,"
                " `not`, `or`), `in` and `==` of a JavaScript value are Python's for what `to_py(x)` gives (an empty"
                " array or object is false, `in` looks at an array's items and an object's own keys); a negative index"
                " on one is refused. A Python function passed to JavaScript (an event handler, an `Array.map`"
                " callback) receives its arguments as `to_py()` gives them and hands back its result as `to_js()`"
                " does; JavaScript numbers have no int/float distinction, so a float `2.0` that goes through"
                " JavaScript comes back as `2`.", ""]


def _refusal_block(title: str, src: str, what: str) -> list[str]:
    err = diagnose(src)
    if err is None:      # now supported: tests/test_docs.py asks for the example to be removed
        return []
    out = [f"### {title}", ""]
    if len(err.diagnostics) != 1:
        d = err.diagnostics[0]
        return out + [f"Diagnostic: `{d.message}`; hint: {d.hint}", ""]
    return out + _fence("python refused", src) + _fence("text", diagnostic_text(err)) + [""]


def _refused_section() -> list[str]:
    out = ["## Refused constructs", "",
           "py2cs reports every problem of a file at once, as `file:line:col: error: message`, the source line, a caret"
           " and a hint. The examples below are transpiled as the file `example.py` when this page is generated, as"
           " `py2cs transpile` does (the decorator, which sees the module's live values, words a few name errors"
           " differently).", "",
           "### Structural refusals", "",
           "These come from the ast-grep rules in `py2cs/check.py` (plus the lowering, which refuses the same"
           " constructs when they reach it).", ""]
    for rule in CK.RULES:
        if rule.id in RULES_WITHOUT_EXAMPLE:
            continue
        src = RULE_EXAMPLES[rule.id]
        title = RULE_TITLES.get(rule.id, rule.id)
        block = _refusal_block(title, src, f"rule {rule.id}")
        out += ["#" + line if i == 0 else line for i, line in enumerate(block)]
    out += ["### Other refusals", "",
            "These come from the lowering, which knows names, types and signatures.", ""]
    for r in SX.SEMANTIC_REFUSALS:
        block = _refusal_block(r.name[0].upper() + r.name[1:], r.example, r.name)
        out += ["#" + line if i == 0 else line for i, line in enumerate(block)]
    out += ["### Refused builtins", "",
            "Each refused builtin with the diagnostic for `name(x)` and the rewrite it suggests:", ""]
    rows = []
    for name in BT.REFUSED:
        err = diagnose(f"def f(x):\n    return {name}(x)\n")
        if err is None:
            continue
        d = err.diagnostics[0]
        rows.append([_code(name), _code(d.message), d.hint])
    out += _table(["builtin", "error", "hint"], rows) + [""]
    return out


def _limits_section() -> list[str]:
    out = ["## Known limits", "",
           "Where JavaScript cannot reproduce CPython exactly and no compile-time check is possible, the generated"
           " code raises an error instead of returning a different value."
           " The test suite runs each example in QuickJS to confirm the behaviour shown.", "",
           "One difference depends on the browser, not on py2cs: floating-point functions of the JavaScript engine."
           " CPython uses the C library (glibc) for `math.exp`, `math.log`, trigonometry and `x ** y`; Chromium's V8"
           " uses fdlibm, whose results differ in the last bit for a few percent of inputs (visible in `repr()` of"
           " the float, not after formatting with a precision such as `f\"{x:.6f}\"`). Integer powers (`x ** 3`,"
           " `math.pow(x, 3)`) are computed by the runtime (correctly rounded) and agree with CPython except in a few"
           " near-halfway cases per 10,000, against ~8% for V8's own `Math.pow`; `sqrt`, `hypot`, `fsum`, arithmetic and"
           " formatting are exact in every engine.", ""]
    for lim in SX.LIMITS:
        ns: dict = {}
        exec(compile(lim.example, "<limit>", "exec"), ns)   # our own table's example: CPython's answer
        args = lim.cases[0]
        call = f"example({', '.join(repr(a) for a in args)})"
        cpy = f"CPython returns `{ns['example'](*args)!r}` for `{call}`"
        out += [f"### {lim.name}", ""] + _fence("python limit", lim.example)
        if lim.js_error:
            out += ["", f"{cpy}; in the browser it raises `{lim.js_error}`. Instead: {lim.rewrite}.", ""]
        else:
            out += ["", f"{cpy}; in the browser it returns `{lim.js_returns!r}`. Instead: {lim.rewrite}.", ""]
    return out


SUMMARY_BEGIN = "<!-- py2cs docs: summary begin (generated by `py2cs docs`; do not edit) -->"
SUMMARY_END = "<!-- py2cs docs: summary end -->"
EXPRESSION_RULES = {"bytes", "matmul", "ellipsis"}


def summary() -> str:
    """README's one-screen view of the subset (between the SUMMARY markers)."""
    def codes(names):
        return " ".join(names)

    rule_titles = [(r.id, RULE_TITLES.get(r.id, r.id)) for r in CK.RULES if r.id in RULE_EXAMPLES]
    refused = {row: [r.short for r in SX.SEMANTIC_REFUSALS if r.row == row and diagnose(r.example) is not None]
               for row in ("statements", "expressions", "modules")}
    stmt_refused = [t for i, t in rule_titles if i not in EXPRESSION_RULES] + refused["statements"]
    expr_refused = [t for i, t in rule_titles if i in EXPRESSION_RULES] + refused["expressions"]
    extra = {"dict": len(MT.DICT_CLASSMETHODS), "str": len(MT.STR_STATICMETHODS)}
    methods = ", ".join(f"{t} ({len(tbl) + extra.get(t, 0)})" for t, tbl in MT.BY_TYPE.items())
    refused_builtins = [n for n in BT.REFUSED if diagnose(f"def f(x):\n    return {n}(x)\n") is not None]
    rows = [
        ["statements", ", ".join(c.short for c in SX.STATEMENTS), ", ".join(stmt_refused)],
        ["expressions", ", ".join(c.short for c in SX.EXPRESSIONS), ", ".join(expr_refused)],
        ["builtins", "`" + codes(BT.SUPPORTED) + "`", "`" + codes(refused_builtins) + "` (each with a suggested rewrite)"],
        ["methods", f"{methods}: [the list](docs/subset.md#methods)", "other methods"],
        ["modules", f"`math` ({len(BT.MATH)} functions, {', '.join(sorted(BT.MATH_CONSTANTS))}), "
                    f"`json.dumps`/`json.loads`, `collections.defaultdict`/`Counter`/`deque`, `datetime` (naive `date`, `datetime`, `timedelta`), `statistics` "
                    f"(mean, median, stdev, quantiles, ...: CPython's exact results), `itertools` (all but `tee`), `functools.reduce`, `operator` (the operator functions, `itemgetter`, `attrgetter`), `string` (constants), `re` (constant patterns: "
                    f"[the list](docs/subset.md#regular-expressions-re)), `urllib.parse` (`parse_qs`, `parse_qsl`, `urlencode`, "
                    f"`quote`, `unquote` and the `_plus` forms), `textwrap` (`wrap`, `fill`, `shorten`, `dedent`, `indent`), Dash ({', '.join(f'`{n}`' for n in ('no_update', 'PreventUpdate', 'ctx', 'set_props', 'Patch'))}, "
                    f"components of `dash.html`/`dash.dcc`/`dash.dash_table`), "
                    f"JavaScript interop `py2cs.js` (`window`, `document`, `console`, `new`, `to_py`, ...)",
         ", ".join(refused["modules"])],
    ]
    limits = "; ".join(lim.name if any(c.isupper() for c in lim.name.split()[0][1:])    # an acronym: NaN
                       else lim.name[0].lower() + lim.name[1:] for lim in SX.LIMITS)
    lines = [SUMMARY_BEGIN,
             "**The promise: the same result as CPython, or a compile-time error.** What py2cs supports it"
             " translates with Python's semantics (tested against CPython); what it cannot translate faithfully"
             " it refuses with the file, line, column and a suggested rewrite.", ""]
    lines += _table(["", "supported", "refused (compile-time diagnostic)"], rows)
    lines += ["", f"Known limits (documented in [docs/subset.md](docs/subset.md#known-limits)): {limits}.", "",
              "Full reference, generated from the transpiler's tables: [docs/subset.md](docs/subset.md).",
              SUMMARY_END]
    return "\n".join(lines)


def replace_summary(text: str) -> str | None:
    """``text`` (a README) with its summary section regenerated; None when it has no markers."""
    b, e = text.find(SUMMARY_BEGIN), text.find(SUMMARY_END)
    if b < 0 or e < b:
        return None
    return text[:b] + summary() + text[e + len(SUMMARY_END):]


def render() -> str:
    parts = (_intro() + _syntax_section("Statements", SX.STATEMENTS) + _syntax_section("Expressions", SX.EXPRESSIONS)
             + _builtins_section() + _methods_section() + _modules_section() + _datetime_section()
             + _statistics_section()
             + _itertools_section() + _operator_section() + _re_section() + _exceptions_section()
             + _dash_section() + _js_section() + _refused_section() + _limits_section())
    while parts and parts[-1] == "":
        parts.pop()
    return "\n".join(parts) + "\n"


def readme_is_fresh(path: str) -> bool:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new = replace_summary(text)
    return new is None or new == text


def write_readme(path: str) -> bool:
    """Regenerate the summary section of a README with the markers; True when it changed."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new = replace_summary(text)
    if new is None or new == text:
        return False
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(new)
    return True


def write(path: str = DEFAULT_OUT) -> bool:
    """Write the reference; returns True when the file changed."""
    text = render()
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return False
    except OSError:
        pass
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return True


def is_fresh(path: str = DEFAULT_OUT) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read() == render()
    except OSError:
        return False
