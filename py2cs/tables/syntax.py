"""The statements and expressions py2cs supports, each with a tiny example (documentation data).

``py2cs docs`` renders these tables into docs/subset.md. They are not used by the lowering (which
has one rule per AST node in py2cs/lower/); instead tests/test_docs.py runs every example through
CPython and, transpiled, through QuickJS, and requires the same outcome on every case, so a row
cannot claim support the transpiler does not deliver. Each example is a module-level snippet
defining one function named ``example``; ``snippet`` is the short form shown in the table and
must occur in the example's source.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Construct:
    name: str                 # what the construct is called in the table
    snippet: str              # the inline form shown in the table (occurs in ``example``)
    example: str              # Python source defining ``example`` (may import math/json/dash names)
    cases: tuple              # argument tuples the example is run on
    note: str = ""            # anything a user should know (semantics kept, limits)
    run: str = "sync"         # "sync": CPython == QuickJS; "async": both awaited; "compile": transpile only
    short: str = ""           # the few words shown in README's one-screen summary


def _c(name, snippet, example, cases, note="", run="sync"):
    return Construct(name, snippet, example.strip("\n") + "\n", tuple(cases), note, run, SHORT.get(name, ""))


# The few words README's one-screen summary shows for each construct (keyed by Construct.name).
SHORT = {
    "`type(x)` compared with a builtin class, `type(x).__name__`": "`type(x) is int`, `type(x).__name__`",
    "function definition with defaults and keyword arguments": "`def` (nested, defaults, keyword args)",
    "`*args` parameter": "`*args`",
    "closures and `nonlocal`": "closures, `nonlocal`",
    "`async def` callback and `await`": "`async def`/`await`",
    "`return` (with or without a value)": "`return`",
    "`if` / `elif` / `else`": "`if/elif/else`",
    "`for` over a list, string, dict, `range`, `enumerate`, `zip`": "`for`",
    "`while`, `break`, `continue`, loop `else`": "`while`, `break`/`continue`, loop `else`",
    "assignment, chained assignment, annotated assignment": "assignment",
    "tuple and starred unpacking": "tuple/starred unpacking",
    "item and slice assignment": "item and slice assignment",
    "augmented assignment (`+=` `-=` `*=` `/=` `//=` `%=` `|=` ...)": "augmented assignment",
    "`del` of items and slices": "`del d[k]`",
    "`try` / `except` / `else` / `finally`": "`try/except/else/finally`",
    "`match` (PEP 634)": "`match`",
    "`raise` (and bare `raise` in a handler)": "`raise`",
    "`assert`": "`assert`",
    "`pass`, docstrings": "`pass`",
    "module-level constants and helper functions": "module-level constants and helper functions",
    "literals: int, float, str, bool, None, list, tuple, dict, set": "literals incl. tuples and sets",
    "unpacking in displays": "`{**a}`, `[*a]`",
    "arithmetic with Python semantics": "Python arithmetic (`/`, `//`, `%`, `**`; division by zero raises)",
    "bitwise operators": "bitwise operators",
    "comparisons, chained, deep `==` and ordering of lists": "chained comparisons, deep `==`/`<`",
    "`is` / `is not` (for `None`), `in` / `not in`": "`is`, `in`",
    "`and` / `or` return an operand; `not`": "`and`/`or` returning operands",
    "conditional expression": "`x if c else y`",
    "indexing with negative indexes, slicing with steps": "negative indexes, slices with steps",
    "f-strings with the format-spec mini-language": "f-strings with the full format-spec mini-language",
    "`str.format` and `%` formatting": "`str.format`, `%`",
    "list, dict and set comprehensions": "comprehensions",
    "generator expressions (in calls such as `sum`, `any`, `all`, `join`)": "generator expressions",
    "`lambda`": "`lambda`",
    "assignment expression (walrus)": "walrus",
    "builtins and methods as function values": "builtins and module functions as values (`key=len`, `{\"sum\": sum}`)",
    "functions as values: stored, passed, called later": "functions as values",
    "calls with keyword arguments": "keyword arguments",
    "reading a variable before it is bound": "`UnboundLocalError`",
    "calls with `*args` into a function": "`f(*xs)`",
}


STATEMENTS = [
    _c("function definition with defaults and keyword arguments", "def scale(x, factor=2, *, offset=0):", """
def example(x):
    def scale(x, factor=2, *, offset=0):
        return x * factor + offset
    return [scale(x), scale(x, 3), scale(x, offset=1), scale(factor=10, x=x)]
""", [(1,), (2.5,)], "keyword arguments are resolved at compile time"),
    _c("`*args` parameter", "def total(*nums):", """
def example(a, b):
    def total(*nums):
        return sum(nums), len(nums)
    return total(a, b, 3)
""", [(1, 2), (0.5, -1)]),
    _c("closures and `nonlocal`", "nonlocal count", """
def example(n):
    count = 0
    def bump(k):
        nonlocal count
        count += k
    for i in range(n):
        bump(i)
    return count
""", [(0,), (5,)]),
    _c("`async def` callback and `await`", "async def example(x):", """
async def example(x):
    async def twice(v):
        return v * 2
    return await twice(x) + 1
""", [(1,), ("a",)], "the callback returns a Promise, which Dash awaits", run="async"),
    _c("`return` (with or without a value)", "return", """
def example(x):
    if x is None:
        return
    return x
""", [(None,), (3,)], "falling off the end returns None, as in Python"),
    _c("`if` / `elif` / `else`", "elif x < 10:", """
def example(x):
    if x < 0:
        return "negative"
    elif x < 10:
        return "small"
    else:
        return "large"
""", [(-1,), (5,), (50.5,)]),
    _c("`for` over a list, string, dict, `range`, `enumerate`, `zip`", "for i, (a, b) in enumerate(zip(xs, ys)):", """
def example(xs, ys):
    out = []
    for i, (a, b) in enumerate(zip(xs, ys)):
        out.append(f"{i}:{a}{b}")
    for ch in "ab":
        out.append(ch)
    for k in {"p": 1, "q": 2}:
        out.append(k)
    for j in range(3, 0, -1):
        out.append(j)
    return out
""", [([1, 2, 3], ["x", "y"]), ([], [])], "iterating over a set is a run-time error (see Known limits)"),
    _c("`while`, `break`, `continue`, loop `else`", "else:", """
def example(n):
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        if i > 6:
            break
    else:
        return "no break"
    return i
""", [(3,), (20,)]),
    _c("assignment, chained assignment, annotated assignment", "a = b = 0", """
def example(x):
    a = b = 0
    c: int = x
    a += c
    return a, b, c
""", [(4,)]),
    _c("tuple and starred unpacking", "first, *rest = xs", """
def example(xs):
    first, *rest = xs
    a, b = 1, 2
    a, b = b, a
    return first, rest, a, b
""", [([1, 2, 3],), ([1],), ([],)], "a length mismatch raises ValueError with CPython's message"),
    _c("item and slice assignment", "xs[1:3] = [9]", """
def example(xs):
    xs = list(xs)
    xs[0] = "first"
    xs[-1] = "last"
    xs[1:3] = [9]
    d = {}
    d["k"] = xs
    return d
""", [([1, 2, 3, 4],), ([1],)]),
    _c("augmented assignment (`+=` `-=` `*=` `/=` `//=` `%=` `|=` ...)", "counts[w] += 1", """
def example(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0)
        counts[w] += 1
    n = 10
    n //= 3
    n *= 2
    return counts, n
""", [(["a", "b", "a"],)], "list `+=` extends in place, as in Python"),
    _c("`del` of items and slices", "del d[key]", """
def example(d, key):
    d = dict(d)
    del d[key]
    xs = [1, 2, 3, 4]
    del xs[1:3]
    return d, xs
""", [({"a": 1, "b": 2}, "a"), ({}, "x")], "a missing key raises KeyError"),
    _c("`try` / `except` / `else` / `finally`", "except (KeyError, IndexError) as e:", """
def example(d, k):
    log = []
    try:
        v = d[k]
    except (KeyError, IndexError) as e:
        log.append("missing " + str(e))
        v = None
    else:
        log.append("found")
    finally:
        log.append("done")
    return v, log
""", [({"a": 1}, "a"), ({"a": 1}, "b")], "built-in exception classes, matched by CPython's hierarchy"),
    _c("`match` (PEP 634)", "case {\"type\": \"delete\", \"index\": int(i)} if i >= 0:", """
def example(tid, items):
    match tid:
        case "btn-add" | "btn-new":
            return items + [len(items)]
        case {"type": "delete", "index": int(i)} if i >= 0:
            return items[:i] + items[i + 1:]
        case [first, *rest]:
            return [first, rest]
        case None:
            return "initial call"
        case _:
            return items
""", [("btn-add", [0]), ({"type": "delete", "index": 0}, [5, 6]), ({"index": -1, "type": "delete"}, [5]),
      ((1, 2, 3), []), (None, [1]), ("other", [2])],
       "literal, capture, wildcard, value (`math.pi`), or, as, sequence (list, tuple, range; not str), mapping "
       "(`**rest`; a defaultdict does not insert) and builtin class patterns (`int()` matches `True`, `float()` "
       "not an int), guards; a case's names are bound once its whole pattern matched, before the guard (as "
       "CPython 3.11); class patterns of other classes and keyword sub-patterns are refused"),
    _c("`raise` (and bare `raise` in a handler)", "raise ValueError(f\"bad value: {x!r}\")", """
def example(x):
    try:
        if not isinstance(x, int):
            raise ValueError(f"bad value: {x!r}")
        return 1 // x
    except ZeroDivisionError:
        raise
""", [(2,), ("a",), (0,)]),
    _c("`assert`", "assert x >= 0, \"x must be non-negative\"", """
def example(x):
    assert x >= 0, "x must be non-negative"
    return x
""", [(1,), (-1,)]),
    _c("`pass`, docstrings", "pass", """
def example(x):
    \"\"\"A docstring is allowed.\"\"\"
    if x:
        pass
    return x
""", [(0,), (1,)]),
    _c("module-level constants and helper functions", "LABELS = {\"lo\": \"Low\", \"hi\": \"High\"}", """
LABELS = {"lo": "Low", "hi": "High"}


def label(level):
    return LABELS.get(level, "?")


def example(level):
    return label(level)
""", [("lo",), ("x",)], "JSON-like constants are embedded; helper functions are transpiled too"),
    _c("reading a variable before it is bound", "return last", """
def example(xs):
    for x in xs:
        last = x
    try:
        return last
    except UnboundLocalError as e:
        return str(e)
""", [([1, 2],), ([],)], "raises UnboundLocalError (NameError for a free variable) as in CPython; reads that are "
        "bound on every path stay plain JavaScript"),
    _c("calls with `*args` into a function", "g(*xs)", """
def example(xs):
    def g(a, *rest):
        return [a, len(rest)]
    try:
        return g(*xs), [list(col) for col in zip(*[xs, xs])], max(*xs)
    except TypeError as e:
        return str(e)
""", [([1, 2, 3],), ([],)], "arguments bound as CPython binds them, with its TypeError messages; builtins: "
        "`zip(*rows)` (transpose), `print(*xs)`, `max(*xs)`, `min(*xs)`"),
]


EXPRESSIONS = [
    _c("literals: int, float, str, bool, None, list, tuple, dict, set", "{\"a\": [1, 2.5, None], \"b\": (True, \"s\")}", """
def example():
    return {"a": [1, 2.5, None], "b": (True, "s")}, len({1, 2, 2})
""", [()], "integers must stay within ±2**53"),
    _c("unpacking in displays", "{**base, \"x\": 1}", """
def example(base, xs):
    return {**base, "x": 1}, [*xs, *xs]
""", [({"x": 0, "y": 2}, [1]), ({}, [])]),
    _c("arithmetic with Python semantics", "-7 // 2, -7 % 3, 2 ** -1, 7 / 2", """
def example(a, b):
    return a / b, a // b, a % b, a ** 2, (-7 // 2, -7 % 3, 2 ** -1, 7 / 2)
""", [(7, 2), (-7.5, 2), (1, 0)], "`/` always gives a float; dividing by zero raises ZeroDivisionError"),
    _c("bitwise operators", "a & b, a | b, a ^ b, ~a, a << 2, a >> 1", """
def example(a, b):
    return a & b, a | b, a ^ b, ~a, a << 2, a >> 1
""", [(12, 10), (-5, 3)]),
    _c("comparisons, chained, deep `==` and ordering of lists", "0 <= x < 10", """
def example(x, xs):
    return 0 <= x < 10, xs == [1, [2]], [1, 2] < [1, 3], "a" < "b", 1 == 1.0
""", [(5, [1, [2]]), (10, [1])]),
    _c("`is` / `is not` (for `None`), `in` / `not in`", "x is not None and \"a\" in s", """
def example(x, s):
    return x is not None and "a" in s, 2 in [1, 2], "k" not in {"k": 1}
""", [(None, "abc"), (1, "xyz")]),
    _c("`type(x)` compared with a builtin class, `type(x).__name__`", "type(x) in (int, float)", """
def example(x):
    return type(x) in (int, float), type(x) is bool, type(x).__name__
""", [(1,), (True,), (2.5,), ("s",), (None,)], "the exact class, as in CPython: `type(True) is int` is False; other "
       "uses of `type()` are refused"),
    _c("`and` / `or` return an operand; `not`", "name or \"anonymous\"", """
def example(name, n):
    return name or "anonymous", n and n * 2, not name
""", [("", 0), ("ann", 3), (None, None)], "truthiness as in Python: `[]`, `{}`, `\"\"`, `0` are false"),
    _c("conditional expression", "\"even\" if n % 2 == 0 else \"odd\"", """
def example(n):
    return "even" if n % 2 == 0 else "odd"
""", [(2,), (3,)]),
    _c("indexing with negative indexes, slicing with steps", "xs[-1], xs[::-2], s[1:]", """
def example(xs, s):
    return xs[-1], xs[::-2], s[1:]
""", [([1, 2, 3, 4], "héllo"), ([], "")], "IndexError as in Python; strings count code points"),
    _c("f-strings with the format-spec mini-language", "f\"{x:>8.2f}|{n:,}|{s!r}|{n:#x}\"", """
def example(x, n, s):
    return f"{x:>8.2f}|{n:,}|{s!r}|{n:#x}"
""", [(3.14159, 1234567, "hi"), (-2, 0, "")]),
    _c("`str.format` and `%` formatting", "\"{} of {:03d}\".format(a, b)", """
def example(a, b):
    row = {"name": a, "n": b}
    return "{} of {:03d}".format(a, b), "%s=%.1f" % (a, b), "{name}: {n:>4}".format(**row)
""", [("x", 7)], "`.format(*args, **row)` too"),
    _c("list, dict and set comprehensions", "{k: v for k, v in pairs if v}", """
def example(pairs):
    return [k for k, _ in pairs], {k: v for k, v in pairs if v}, sorted({v for _, v in pairs})
""", [([["a", 1], ["b", 0], ["c", 1]],), ([],)]),
    _c("generator expressions (in calls such as `sum`, `any`, `all`, `join`)", "sum(x * x for x in xs)", """
def example(xs):
    return sum(x * x for x in xs), any(x > 2 for x in xs), ",".join(str(x) for x in xs)
""", [([1, 2, 3],), ([],)], "any()/all() stop at the first deciding item; a for loop (or comprehension, enumerate(), zip()) "
        "over one computes each item when it asks for it, as CPython does; only where consumed right away (not kept "
        "as a value)"),
    _c("`lambda`", "key=lambda r: (r[\"age\"], r[\"name\"])", """
def example(rows, n):
    adders = [lambda x, i=i: x + i for i in range(n)]
    return sorted(rows, key=lambda r: (r["age"], r["name"])), [f(10) for f in adders]
""", [([{"name": "b", "age": 3}, {"name": "a", "age": 3}, {"name": "c", "age": 1}], 3)],
       "defaults (evaluated when the lambda is created: the `i=i` idiom), `*args`, keyword-only parameters"),
    _c("assignment expression (walrus)", "(n := len(xs)) > 2", """
def example(xs):
    if (n := len(xs)) > 2:
        return n
    return 0
""", [([1, 2, 3],), ([],)]),
    _c("builtins and methods as function values", "sorted(words, key=len)", """
def example(words):
    counts = {w: words.count(w) for w in words}
    return sorted(words, key=len), list(map(str.upper, words)), list(map(str, [1, 2.0])), \
        max(counts, key=counts.get, default=None), max(range(len(words)), key=words.__getitem__, default=None)
""", [(["ccc", "a", "bb", "a"],), ([],)], "a method of a value works as `key=` and as the function of `map`/`filter` "
        "(`key=counts.get`, `map(\", \".join, rows)`, `key=values.__getitem__`)"),
    _c("functions as values: stored, passed, called later", "f = handlers[name]", """
def example(name, x):
    def double(v):
        return 2 * v
    handlers = {"double": double, "neg": lambda v: -v}
    f = handlers[name]
    try:
        return f(x), f(x, x)
    except TypeError as e:
        return str(e)
""", [("double", 3), ("neg", 2.5)], "a call through a value binds its arguments as CPython does (a wrong count "
        "raises its TypeError, `*args` packs); a builtin passed as a value (`apply(len, xs)`) takes one argument"),
    _c("calls with keyword arguments", "f(b=2, a=1)", """
def example(x):
    def f(a, b=0):
        return a - b
    return f(x), f(a=1), f(b=2, a=1), max([x, -3], key=abs, default=None)
""", [(1,), (-5,)]),
]


@dataclass(frozen=True)
class Refusal:
    """A construct refused by the lowering (semantic checks). The diagnostic shown in docs/subset.md
    is obtained by transpiling ``example`` when the docs are generated."""
    name: str
    example: str
    row: str = ""             # README summary row ("statements", "expressions", "modules") or "" (not shown)
    short: str = ""           # the words shown there


def _r(name, example, row="", short=""):
    return Refusal(name, example.strip("\n") + "\n", row, short)


# Structural refusals are the ast-grep rules in py2cs/check.py (each with an example in docgen);
# refused builtins are py2cs/tables/builtins.py REFUSED. These are the other refusals.
SEMANTIC_REFUSALS = [
    _r("a name that is not defined", """
def f(x):
    return undefined_thing + x
""", "modules", "undefined names"),
    _r("a module other than math, json, re, datetime, calendar, statistics, itertools, functools, urllib.parse, "
       "textwrap, operator, string, collections (defaultdict, Counter, deque), dash and py2cs.js", """
import numpy as np


def f(xs):
    return np.mean(xs)
""", "modules", "any other module"),
    _r("a module-level value that is not a JSON-like constant", """
import datetime

START = datetime.date(2024, 1, 1)


def f(x):
    return START
""", "modules", "module-level values that are not JSON-like"),
    _r("a class pattern of a class other than bool, dict, float, int, list, set, str, tuple", """
from collections import Counter


def f(x):
    match x:
        case Counter():
            return "counter"
    return "other"
""", "statements", "class patterns of other classes"),
    _r("attribute access on a Python value", """
def f(row):
    return row.name
""", "expressions", "attributes of Python values (`row.name`)"),
    _r("assigning an attribute of a Python value", """
def f(row):
    row.name = "x"
    return row
"""),
    _r("a method that str/list/dict/set do not have (or py2cs does not support)", """
def f(s):
    return str(s).encode()
"""),
    _r("an unknown method on a value of unknown type", """
def f(x):
    return x.push(1)
"""),
    _r("a function of math or json that is not supported", """
import math


def f(n):
    return math.factorial(n)
"""),
    _r("an unsupported keyword argument of json.dumps", """
import json


def f(x):
    return json.dumps(x, default=str)
"""),
    _r("a wrong call of a builtin (checked against its signature)", """
def f(xs):
    return sorted(xs, cmp=None)
"""),
    _r("`pow()` with a modulus", """
def f(x):
    return pow(x, 2, 5)
"""),
    _r("integer literals beyond 2**53", """
def f(x):
    return x + 9007199254740993
""", "expressions", "integer literals beyond 2**53"),
    _r("complex literals", """
def f(x):
    return 1j * x
""", "expressions", "complex numbers"),
    _r("raising a user-defined exception class", """
class MyError(Exception):
    pass


def f(x):
    raise MyError("bad")
""", "statements", "user-defined exceptions"),
    _r("catching something other than a built-in exception class", """
def f(x):
    try:
        return x[0]
    except Foo:
        return None
"""),
    _r("keyword arguments to an exception", """
def f(x):
    raise ValueError(msg=x)
"""),
    _r("methods of exception objects (use `str(e)` or `e.args`)", """
def f(x):
    try:
        return x[0]
    except IndexError as e:
        return e.with_traceback(None)
"""),
    _r("bare `raise` outside an `except` block", """
def f(x):
    raise
"""),
    _r("`isinstance()` with classes other than the built-in value types", """
def f(x):
    return isinstance(x, range)
"""),
    _r("augmented assignment to a slice", """
def f(xs):
    xs[1:2] += [1]
    return xs
"""),
    _r("two starred targets in one assignment", """
def f(xs):
    *a, *b = xs
    return a
"""),
    _r("`await` inside a comprehension", """
async def f(xs):
    return [await g(x) for x in xs]


async def g(x):
    return x
"""),
    _r("`*args` / `**kwargs` in a call to a builtin other than `zip`, `print`, `max`, `min`", """
def f(xs):
    return sorted(*xs)
"""),
    _r("`except*`", """
def f(x):
    try:
        return x
    except* ValueError:
        return None
""", "statements", "`except*`"),
    _r("a keyword-only callback parameter without a default", """
def f(x, *, y):
    return x
"""),
    _r("operators on JavaScript values", """
from py2cs.js import window


def f(x):
    return window.innerWidth + x
"""),
    _r("keyword arguments in a call to a JavaScript function", """
from py2cs.js import console


def f(x):
    console.log(x, level=1)
"""),
    _r("wildcards (`ALL`, `MATCH`, `ALLSMALLER`) inside a callback body", """
from dash import ALL


def f(x):
    return ALL
"""),
    _r("`ctx` attributes Dash does not provide in the browser", """
from dash import ctx


def f(x):
    return ctx.response
"""),
    _r("Patch methods other than those of dash.Patch that the browser supports", """
from dash import Patch


def f(x):
    p = Patch()
    p.sort()
    return p
"""),
    _r("slicing a Patch", """
from dash import Patch


def f(x):
    p = Patch()
    p["items"][1:2] = [x]
    return p
"""),
    _r("reading a Dash component built in the callback (attribute, item by id, iteration, str/repr)", """
from dash import html


def f(x):
    d = html.Div(x, id="box")
    return d.children
""", "expressions", "reading back a component built in the callback (`d.children`, `str(d)`, `for c in d`)"),
    _r("a Dash component class argument Dash itself refuses (unknown prop, missing required prop)", """
from dash import html


def f(x):
    return html.Div(x, colour="red")
"""),
    _r("an exception class, module or iterator builtin used as a value", """
def f(x):
    fs = [enumerate, zip]
    return fs[0](x)
""", "expressions", "iterator builtins and exception classes as values (`[enumerate, zip]`, `[ValueError]`)"),
    _r("an assignment expression (`:=`) inside a `lambda`", """
def f(n):
    h = lambda: (y := n) + 1
    return h()
"""),
    _r("a dict view (`d.keys()`, `d.values()`, `d.items()`) that is not iterated right away", """
def f(d):
    return d.keys()
""", "expressions", "dict views kept as values"),
    _r("a `key=` lambda of `sorted`/`min`/`max`/`list.sort` that does not take one argument (a comparator)", """
def f(xs):
    return sorted(xs, key=lambda a, b: a - b)
"""),
    _r("an iterator (`map()`, `filter()`, `zip()`, `enumerate()`, `reversed()`, a generator expression) that is not "
       "consumed right away", """
def f(xs):
    labels = map(str, xs)
    return ", ".join(labels) if labels else "none"
""", "expressions", "iterators kept as values"),
]


@dataclass(frozen=True)
class Limit:
    """A documented run-time divergence: the generated JS raises ``js_error`` where CPython does not."""
    name: str
    example: str
    cases: tuple
    js_error: str             # "TypeError: message" raised in the browser ("" when it returns ``js_returns``)
    rewrite: str
    js_returns: object = None


def _l(name, example, cases, js_error, rewrite, js_returns=None):
    return Limit(name, example.strip("\n") + "\n", tuple(cases), js_error, rewrite, js_returns)


LIMITS = [
    _l("Iterating over a set has no defined order, so it raises at run time", """
def example(xs):
    return [x for x in set(xs)]
""", [([3, 1, 2],)], "TypeError: py2cs: iterating over a set has no defined order; use sorted(s)",
       "iterate `sorted(s)`; `len(s)`, `x in s` and set operators work"),
    _l("`set.pop()` on a set of several elements raises at run time", """
def example(xs):
    s = set(xs)
    return s.pop()
""", [([3, 1, 2],)], "TypeError: py2cs: set.pop() has no defined order; use sorted(s) or s.remove(x)",
       "use `sorted(s)[0]` and `s.remove(x)`; `pop()` of a one-element set works"),
    _l("`str()` / `repr()` of a set of several elements raises at run time", """
def example(xs):
    return str(set(xs))
""", [([3, 1, 2],)], "TypeError: py2cs: the str()/repr() of a set of several elements has no defined order; use sorted(s)",
       "format `sorted(s)`; the text of an empty or one-element set works"),
    _l("`sum()` of a set of floats raises at run time (the result depends on the order)", """
def example(xs):
    return sum(set(xs))
""", [([0.1, 0.2, 0.3],)], "TypeError: py2cs: summing a set of non-ints has no defined order; use sum(sorted(s))",
       "`sum(sorted(s))`; sums of sets of ints work"),
    _l("Sorting 64 or more items whose keys include NaN raises at run time", """
import math


def example(n):
    xs = [math.nan] + list(range(n))
    return sorted(xs)[-1]
""", [(70,)], "ValueError: py2cs: sorting 64 or more items whose keys include NaN or sets is not supported",
       "filter out NaN first (`[x for x in xs if not math.isnan(x)]`); fewer than 64 items sort exactly as in CPython"),
    _l("`list.sort()` of 64 or more items whose comparisons fail part way raises a py2cs TypeError and leaves the "
       "list unchanged", """
def example(n):
    xs = list(range(n, 0, -1)) + list(range(n)) + ["a"]
    try:
        xs.sort()
    except TypeError as e:
        return [str(e), xs[:3]]
""", [(40,)], "", "sort a copy, `xs = sorted(xs)`: when a comparison fails, `sorted()` raises CPython's TypeError and "
       "`xs` is unchanged in both; a shorter list is left partly sorted exactly as CPython leaves it",
       ["py2cs: list.sort() of 64 or more items failed part way ('<' not supported between instances of 'str' and "
        "'int'); CPython leaves the list partly sorted: use xs = sorted(xs)", [40, 39, 38]]),
    _l("Operations whose result is a complex number raise ValueError", """
def example(x):
    return x ** 0.5
""", [(-4,)], "ValueError: py2cs: complex results are not supported",
       "check the sign first, or use `math.sqrt`, which raises `ValueError: math domain error` in both"),
    _l("`is` between equal numbers or strings raises TypeError (CPython's answer depends on its object caches)", """
def example(n):
    m = n + 0
    return m is n
""", [(1000,)], "TypeError: py2cs: 'is' between equal numbers or strings depends on CPython's object caching; use ==",
       "use `==`; `is` works for None, True/False, containers, different values, small ints (-5..256), '' and one "
       "latin-1 character (`is` between two NaNs raises too: `math.nan is math.nan` is True, "
       "`float('nan') is float('nan')` False; test `math.isnan()`)"),
    _l("Integer results beyond 2**53 raise OverflowError", """
def example(n):
    return 3 ** n
""", [(40,)], "OverflowError: py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly",
       "use floats (`3.0 ** n`) for huge values"),
    _l("A new int-valued float dict key or set element (such as `2.0`) raises TypeError", """
def example(total, n):
    return {total / n: "mean"}
""", [(6, 3)], "TypeError: py2cs: int-valued float dict keys and set elements (such as 2.0) are not supported",
       "CPython keeps the float (JSON key `\"2.0\"`), a JS Map key cannot: convert the key with `int()`, `str()` or "
       "`round()`; non-integral floats and an equal key already present work"),
    _l("A float dict key written with an exponent or infinite (`1e-05`, `inf`) in a returned value raises TypeError",
       """
def example(x):
    return {x / 10: "small"}
""", [(0.0001,)], "TypeError: py2cs: the float 1e-05 as a key of a dict returned to Dash (Dash's server writes it "
       "differently with orjson installed and without); use str(k) as the key",
       "Dash's server writes the key `\"1e-05\"` through json, `\"0.00001\"` through orjson (`inf`: "
       "`\"Infinity\"` and `\"null\"`): convert the key with `str()` or `f\"{k:.6f}\"`; a float key whose repr "
       "has no exponent (`0.5`, `123.25`) is the same in both"),
    _l("NaN compared with NaN inside a container (`in`, `==` of lists, `index`, `count`, `remove`, tuple order) "
       "or used as a dict key raises TypeError", """
import math


def example(xs):
    return math.nan in xs + [math.nan]
""", [([1],)], "TypeError: py2cs: NaN compared with NaN inside a container depends on object identity in CPython; "
       "test math.isnan() instead",
       "CPython's answer depends on whether the two NaNs are one object: test `math.isnan(x)` instead; "
       "`x == x`, `min`/`max` and sorting plain numbers with NaN work"),
    _l("A loop over a dict whose body deletes keys and adds as many raises TypeError", """
def example(keys):
    d = dict.fromkeys(keys, 0)
    out = []
    for k in d:
        out.append(k)
        if k == "a":
            del d["b"]
            d["x"] = 1
    return out
""", [(["a", "b", "c"],)], "TypeError: py2cs: a dict iterated by a loop had keys deleted and added again; "
       "CPython's result depends on its memory layout: iterate over list(d) instead",
       "iterate over a copy, `for k in list(d):`. CPython goes on over its table of entries: the new keys, or "
       "`RuntimeError: dictionary keys changed during iteration`, or keys skipped once the table is compacted. A change "
       "of size raises CPython's RuntimeError in both"),
    _l("Ranges as dict keys or set elements raise TypeError", """
def example(n):
    return len({range(n), range(0, n)})
""", [(2,)], "TypeError: py2cs: range dict keys and set elements are not supported",
       "use a tuple, `tuple(range(n))`: tuples work as keys and set elements (also nested, and holding None, "
       "bools, numbers and strings)"),
    _l("`Pattern.match(string, pos, endpos)` with pos after endpos raises TypeError", """
import re


def example(s):
    m = re.compile(r"").match(s, 2, 1)
    return m is None
""", [("abc",)], "TypeError: py2cs: Pattern.match() with pos after endpos is not supported",
       "CPython runs its match beyond the end there (an empty pattern or `\\b` matches, most patterns do not): "
       "check `pos <= endpos` first; `search`, `fullmatch`, `findall` and `finditer` give CPython's `None` / `[]`"),
    _l("Case and character-class methods of str on a character the JavaScript engine's Unicode data does not know "
       "raise TypeError", """
def example(s):
    return s.isalpha()
""", [("\U0001E290",)], "TypeError: py2cs: this browser's Unicode data does not know U+1E290, which CPython 3.11 "
       "(Unicode 14) assigns",
       "`upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase` and the `is...` predicates follow CPython "
       "3.11's Unicode 14 in engines with Unicode 14 or newer (current Chrome, Firefox, Safari; characters added "
       "later get CPython's answers for unassigned ones); an older engine (QuickJS here, Unicode 13) raises for "
       "the characters it lacks"),
]
