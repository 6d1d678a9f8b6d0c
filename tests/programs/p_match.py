"""The match statement (PEP 634): every pattern kind, nesting, guards and their order, bindings after a
failed case, subjects of every type (py2cs/lower/matchlow.py)."""
import math
from collections import Counter, defaultdict

from difftest import cases

JSONS = [0, 1, 1.0, 2, -1, 2.5, True, False, None, "", "a", "btn-add", [], [1], [1, 2], [1, 2, 3], ["a", [1, 2]],
         {}, {"k": 1}, {"type": "delete", "index": 3}, {"type": "delete"}, {"a": None, "b": 2, "c": [1]},
         [[1, 2], {"x": 1}], math.pi]


def _subjects(x):
    """x as it arrives, and as a tuple, range, Counter, defaultdict and set built from it where possible."""
    out = [x]
    if isinstance(x, list):
        out.append(tuple(x))
    if isinstance(x, int) and not isinstance(x, bool) and 0 <= x < 5:
        out.append(range(x))
        out.append(range(1, x + 2))
    if isinstance(x, dict):
        c = Counter()
        d = defaultdict(int)
        for k, v in x.items():
            c[k] = 1
            d[k] = v
        out.append(c)
        out.append(d)
    if isinstance(x, str) and len(x) <= 1:
        out.append(set(x))
    return out


def classify(s):
    match s:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1 | 2:
            return ["one-or-two", s]
        case 2.5:
            return "two and a half"
        case math.pi:
            return "pi"
        case "":
            return "empty str"
        case "a" | "btn-add" as name:
            return ["name", name]
        case str():
            return "other str"
        case []:
            return "empty seq"
        case [x]:
            return ["one item", x]
        case [int(a), int(b)] if a < b:
            return ["ascending pair", a, b]
        case (a, b):
            return ["pair", a, b]
        case [first, *rest]:
            return ["head-tail", first, rest]
        case {"type": "delete", "index": i}:
            return ["delete", i]
        case {"type": t, **others}:
            return ["typed", t, others]
        case {}:
            return ["mapping", len(s)]
        case float(f):
            return ["float", f]
        case _:
            return ["other", repr(s)]


@cases(*[(x,) for x in JSONS])
def match_classify(x):
    return [classify(s) for s in _subjects(x)]


# class patterns: bool is an int, float does not match an int, a Counter is a dict, a range is no list
def kinds(s):
    out = []
    match s:
        case bool():
            out.append("bool")
    match s:
        case int(n):
            out.append(["int", n])
    match s:
        case float():
            out.append("float")
    match s:
        case str(x) if x:
            out.append(["str", x])
    match s:
        case list(xs):
            out.append(["list", len(xs)])
    match s:
        case tuple():
            out.append("tuple")
    match s:
        case dict(d):
            out.append(["dict", len(d)])
    match s:
        case set():
            out.append("set")
    match s:
        case [*_]:
            out.append("sequence")
    match s:
        case {**r}:
            out.append(["mapping", r])
    return out


@cases(*[(x,) for x in JSONS])
def match_kinds(x):
    return [kinds(s) for s in _subjects(x)]


# literal patterns: == for numbers and strings (1 matches 1.0 and True), `is` for None/True/False
@cases(1, 1.0, True, 0, 0.0, False, None, -1, -1.0, 1e100, "1", [1])
def match_literals(x):
    out = []
    for pat in range(6):
        match x:
            case 1 if pat == 0:
                out.append("1")
            case True if pat == 1:
                out.append("True")
            case 1.0 if pat == 2:
                out.append("1.0")
            case -1 if pat == 3:
                out.append("-1")
            case 0 if pat == 4:
                out.append("0")
            case False if pat == 5:
                out.append("False")
            case _:
                out.append("-")
    return out


# sequences: length checks, a star in every position, nesting; str is not a sequence here
@cases(*[(x,) for x in JSONS + [[1, 2, 3, 4, 5], [[1, [2, 3]], 4], "ab", [None, None]]])
def match_sequences(x):
    out = []
    for s in _subjects(x):
        match s:
            case [*rest, last]:
                out.append(["star-first", rest, last])
            case _:
                out.append("no")
        match s:
            case [a, *mid, b, c]:
                out.append(["mid", a, mid, b, c])
            case [_, _, *_]:
                out.append("two or more")
            case [[a, [b, c]], d]:
                out.append(["nested", a, b, c, d])
            case (*all_,):
                out.append(["all", all_])
            case _:
                out.append("not a sequence")
        match s:
            case [[x, y], {"x": z}]:
                out.append(["list-of", x, y, z])
            case [None, None]:
                out.append("two Nones")
            case _:
                pass
    return out


# mappings: get() semantics (a defaultdict does not insert, a Counter's missing key is missing),
# **rest is a new plain dict of the other keys, int/float/bool keys alike
@cases({"a": 1, "b": 2}, {"b": 2, "a": None}, {"c": 3}, {}, {"1": "one"}, [1], None)
def match_mappings(x):
    out = []
    subjects = [x]
    if isinstance(x, dict):
        d = defaultdict(list)
        d.update(x)
        c = Counter(list(x))
        subjects += [d, c, {1: "int", 2.5: "float", True: "bool?"}, {0: "zero"}]
    for s in subjects:
        match s:
            case {"a": None, **rest}:
                out.append(["a is None", rest])
            case {"a": 1, "b": b, **rest}:
                out.append(["a1", b, rest, type(rest).__name__])
            case {1: v, 2.5: w}:
                out.append(["numbers", v, w])
            case {False: z}:
                out.append(["false key", z])
            case {"missing": _}:
                out.append("missing?")
            case {**everything} if len(everything) > 0:
                out.append(["rest only", everything])
            case _:
                out.append("no")
        out.append([len(s), "missing" in s, "a" in s] if isinstance(s, dict) else s)
    return out


# guards: evaluated only when the pattern matched, in order, after binding; a false guard leaves the
# names bound (CPython stores captures before the guard); a pattern failing part way binds nothing
@cases([1, 2], [3, 4], [5, 6, 7], {"k": 1}, "s", 7, None)
def match_guards(x):
    log = []

    def g(tag, v):
        log.append([tag, v])
        return v

    a = b = k = "unset"
    match x:
        case [a, 2] if g("first", a) > 5:
            log.append("first body")
        case [a, b] if g("second", b) > 3:
            log.append(["second body", a, b])
        case [a, b, 8]:
            log.append("third body")
        case {"k": k} if g("fourth", k) == 2:
            log.append("fourth body")
        case _ if g("fifth", x) == 7:
            log.append("fifth body")
        case _:
            log.append("default")
    return [log, a, b, k]


# names bound by a case whose guard failed stay bound; read after the match
@cases(1, 2, "x", [1], None)
def match_binding_after(x):
    match x:
        case int(n) if n > 1:
            r = "big"
        case int(n):
            r = "small"
        case [y] if y > 5:
            r = "seq"
        case _:
            r = "other"
    out = [r]
    try:
        out.append(n)
    except NameError as e:
        out.append(["NameError", str(e)])
    try:
        out.append(y)
    except NameError as e:
        out.append(["NameError", str(e)])
    return out


# a failed sub-pattern binds nothing: the earlier capture of the same case is not stored
@cases([1, 3], [1, 2], [0, 0, 0])
def match_partial(x):
    first = "unset"
    match x:
        case [first, 2]:
            pass
        case _:
            pass
    return first


# or-patterns (each alternative binds the same names, tried left to right), as-patterns, groups
@cases([1, "a"], ["a", 1], (3,), [[2]], {"p": [1, 2]}, 4, "zz", None)
def match_or_as(x):
    s = tuple(x) if isinstance(x, list) and len(x) == 1 else x
    match s:
        case [int(n), str(t)] | [str(t), int(n)]:
            return ["int-str", n, t]
        case (3 | 4) as small:
            return ["small", small]
        case ([[v]] | (v,)):
            return ["single", v]
        case {"p": [_, _] as pair} | {"q": pair}:
            return ["pair", pair]
        case (("zz" | "yy") as word):
            return ["word", word]
        case _:
            return "none"


# the subject is evaluated once; value patterns when reached; the subject variable rebound in a guard does
# not change what later cases see
@cases(1, 2, 3)
def match_subject_once(x):
    calls = []

    def subject():
        calls.append("subject")
        return x

    match subject():
        case 1:
            r = "one"
        case v if (x := 10) > 100:
            r = "never"
        case 2:
            r = "two"
        case _:
            r = "other"
    return [r, calls, x]


# Dash's ctx.triggered_id shapes: a str id, a pattern-matching dict id, None on the initial call
def dispatch(tid, n):
    match tid:
        case "btn-add":
            return n + 1
        case "btn-reset":
            return 0
        case {"type": "delete", "index": int(i)} if i < n:
            return n - 1
        case {"type": "delete"}:
            return "bad index"
        case None:
            return n
        case _:
            return "unknown"


@cases(("btn-add", 1), ("btn-reset", 5), ({"type": "delete", "index": 0}, 2), ({"type": "delete", "index": 5}, 2),
       ({"index": 1, "type": "delete"}, 3), (None, 4), ("other", 0), ({"type": "delete", "index": "0"}, 1))
def match_triggered(tid, n):
    return dispatch(tid, n)


# match in loops and nested functions: break/continue inside a case, return from a case, nested matches
@cases([[1, 2], [3], "stop", [4, 5]], [], [None, [1, [2]]])
def match_in_loop(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case [a, b]:
                match b:
                    case [inner]:
                        out.append(["nested", a, inner])
                    case _:
                        out.append(["pair", a, b])
                continue
            case [a]:
                out.append(["one", a])
        out.append("after")
    return out


# statically typed subjects (a float computed here is boxed when integral), value patterns of math
@cases(1, 2, 0, -3, None)
def match_typed_subjects(n):
    out = []
    for v in [n * 1.0 if n is not None else 0.5, str(n), n or 0, math.inf if n == 2 else math.e if n == 0 else -1]:
        match v:
            case 1:
                out.append(["one", v])
            case math.inf:
                out.append("inf")
            case math.e:
                out.append("e")
            case float(f):
                out.append(["float", f, repr(f)])
            case int(i):
                out.append(["int", i])
            case str() as s:
                out.append(["str", s])
    return out


# a guard that raises: the case's names are bound already; a walrus in a guard binds
@cases(0, 1, 2, "a")
def match_guard_raises(x):
    y = "unset"
    try:
        match x:
            case int(y) if 10 // y > 5 or (z := y * 2) > 100:
                return ["first", y]
            case int(w) if (z := w + 1) and z > 2:
                return ["second", w, z]
            case _:
                return ["other", y]
    except ZeroDivisionError as e:
        return ["raised", str(e), y]


# captures into a nonlocal variable, match inside a nested function and a lambda reading a capture
@cases([1, 2], {"v": 3}, None)
def match_nested_scopes(x):
    found = []
    last = None

    def look(v):
        nonlocal last
        match v:
            case [last, *_]:
                found.append(["seq", last])
            case {"v": last}:
                found.append(["map", last])
            case _:
                found.append("none")
        return lambda: last

    get = look(x)
    return [found, last, get()]
