"""Builtins, unbound methods and module functions as values (lower/bvalue.py): stored in variables, tuples, lists,
dicts and module constants, rebound on some path, looked up and called with positional and keyword arguments (the
call through the value behaves as the direct call: CPython's TypeError texts for arguments that do not bind),
compared with is / == / in, used as dict keys and set members, their repr / str, and returned to Dash (CPython's
server fails to serialize a function). These were refused ("can only be called or passed as an argument here"), or
emitted as undefined (str.upper, json.dumps used as values)."""
import calendar
import json
import math
import statistics
import urllib.parse
from datetime import date, datetime, time

from difftest import cases


def _try(thunk):
    try:
        return thunk()
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


def _call(f, *args):
    try:
        return f(*args)
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


# the everyday Dash patterns of the realistic corpora
@cases(([1, 2, 3, 4], "sum"), ([1, 2, 3, 4], "mean"), ([4, 1.5, 3], "max"), ([4, 1.5, 3], "min"), ([], "sum"),
       ([], "max"), ([], "mean"), (["a", "b"], "sum"), ([2, 2.5], "mean"))
def aggregate(values, how):
    AGG = {"sum": sum, "mean": statistics.mean, "max": max, "min": min}
    try:
        return AGG[how](values)
    except (TypeError, ValueError, statistics.StatisticsError) as e:
        return f"{type(e).__name__}: {e}"


@cases(("12",), ("1.5",), ("x",), (" 7 ",), ("1e3",), ("",), ("nan",))
def parse_number(text):
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return None


@cases(("Label", True), ("Label", False), ("mIxEd ß", True), ("", None))
def shout(label, loud):
    fmt = str.upper if loud else str.lower
    return fmt(label)


@cases(("3",), ("3.25",), ("-0.5",), ("7.",))
def parse_choice(s):
    parse = float if "." in s else int
    return [parse(s), parse is float, parse == int, parse != float]


_AGG = {"sum": sum, "mean": statistics.mean, "max": max, "min": min, "len": len}
_CONVERTERS = (int, float, str)


@cases(([3, 1, 2], "sum"), ([3, 1, 2], "mean"), ([3, 1, 2], "len"), ([], "min"))
def module_level_table(values, how):
    f = _AGG[how]
    try:
        return [f(values), how in _AGG, f is _AGG[how]]
    except ValueError as e:
        return str(e)


@cases(("4",), ("4.5",), ("x",))
def module_level_tuple(text):
    out = []
    for conv in _CONVERTERS:
        out.append(_call(conv, text))
    return out


# positional and keyword arguments through the value: exactly the direct call
@cases(([3, 1, 2],), (["b", "A", "c"],), ([],))
def keywords_through_values(xs):
    f = [sorted, max][0]
    g = max if xs else min
    return [f(xs, key=str, reverse=True), f(xs, reverse=False), _try(lambda: g(xs, default="none", key=str)),
            _try(lambda: g(xs, default=0)), _try(lambda: f(xs, reverse=1, key=None)), _try(lambda: g(1, 2, default=0))]


@cases((2.675,), (-1.5,), (10,))
def round_through_value(x):
    r = [round, abs][0]
    return [r(x), r(x, 2), r(x, ndigits=1), r(number=x), _call(r, x, 1, 2), _call(r), _try(lambda: r(x, digits=1)),
            _try(lambda: r(x, number=1)), _try(lambda: r(ndigits=2))]


# wrong argument counts and keywords: CPython's TypeError text for that builtin
@cases((0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,), (9,))
def wrong_arguments(i):
    f = [len, int, float, sum, abs, divmod, bool, list, dict, range][i]
    return [_call(f), _call(f, [1], [2], [3]), _try(lambda: f([1], zzz=1)), _call(f, 1, 2, 3, 4, 5, 6, 7),
            _call(f, [1], [2]), _call(f, [1])]


@cases(("a b",), (" x ",), (5,), (None,), (["a"],))
def unbound_methods(s):
    out = []
    for m in (str.strip, str.upper, str.split, str.title):
        out.append(_call(m, s))
    out.append(_call(str.split, s, " "))
    split = [str.split, str.strip][0]
    out.append(_try(lambda: split(s, maxsplit=0)))
    out.append(_try(lambda: split(s, sep="b", maxsplit=1)))
    out.append(_call(str.strip))
    out.append(_call(str.lower, s, 1))
    return out


@cases(([1, 2],), ("ab",), ({"k": 1},), (5,))
def list_dict_methods(x):
    fs = [list.copy, dict.copy, str.lower, dict.get, list.count]
    return [_call(f, x) for f in fs] + [_call(fs[3], x, "k"), _call(fs[4], x, 1), _call(fs[3], x, "k", 0, 1)]


# repr / str are CPython's, the same text every run
@cases((0,),)
def reprs(_):
    return [repr(len), str(int), repr(str.lower), repr(math.floor), f"{sum}", str([abs, bool]),
            repr({"f": max}), repr((float,)), repr(dict.get), repr(list.append), str(range)]


# truthiness, identity, equality, in, dict keys and set members
@cases((0,), (1,), (2,))
def compare_values(i):
    f = [len, int, str.upper][i]
    names = {len: "len", int: "int", str.upper: "upper"}
    return [bool(f), not f, f is len, f is not int, f == int, f != str.upper, f in (len, str.upper),
            f in [abs, min], names[f], len({f, len, int}), f == 1, f is None, 1 if f else 2]


# math, json, statistics, urllib.parse and calendar functions as values
@cases((4.5,), (-2.0,), (16,))
def math_values(x):
    fs = {"floor": math.floor, "sqrt": math.sqrt, "fabs": math.fabs, "log": math.log}
    out = {}
    for name, f in fs.items():
        out[name] = _call(f, x)
    out["log2"] = _call(fs["log"], x, 2)
    out["hyp"] = _call(math.hypot, x, 3) if x > 0 else None
    out["bad"] = _call(fs["floor"], x, 1)
    out["kw"] = _try(lambda: fs["sqrt"](x=x))
    return out


@cases(({"b": 1, "a": [1, 2]},), ([1, "x"],))
def json_values(obj):
    fs = [json.dumps, json.loads]
    dump, load = fs[0], fs[1]
    text = dump(obj, sort_keys=True, indent=2)
    return [text, load(text), dump(obj, separators=(",", ":")), _call(dump), _call(load, text, 1),
            _try(lambda: dump(obj, bogus=1))]


@cases(("a b&c",), ("x/y z",))
def url_values(s):
    quoters = [urllib.parse.quote, urllib.parse.quote_plus, urllib.parse.unquote]
    q = quoters[0]
    return [q(s) for q in quoters] + [_try(lambda: q(s, safe="")), _call(q, s, "", "utf-8", "strict", 1)]


@cases((2024, 2), (2023, 2), (1900, 13))
def calendar_values(y, m):
    fs = [calendar.isleap, calendar.monthrange]
    leap, mr = fs[0], fs[1]
    return [leap(y), _call(mr, y, m), _call(leap), _try(lambda: leap(year=y)), _try(lambda: leap(y, year=y))]


@cases(([1, 2, 3, 4],), ([2.5, 1],))
def statistics_values(xs):
    fs = (statistics.mean, statistics.median, statistics.pstdev)
    m = fs[0]
    return [_call(f, xs) for f in fs] + [_try(lambda: m(data=xs)), _call(m, xs, 1)]


# passed to a Python function, which calls it with its own arguments
@cases(([3, 1, 2],), ("ab",))
def passed_to_helper(xs):
    def apply(f, *args):
        return _call(f, *args)

    def apply_kw(f, x, reverse):
        return f(x, reverse=reverse)

    return [apply(len, xs), apply(sorted, xs), apply(max, xs), apply(round, 2.567, 1), apply(int, "ff", 16),
            apply(len, xs, xs), apply(str.upper, "x"), apply_kw(sorted, xs, True), _try(lambda: apply_kw(len, xs, 1))]


# a value returned to Dash: CPython's server cannot serialize a function
@cases((0,), (1,), (2,))
def returned(i):
    return [len, int, str.upper][i]


@cases((0,),)
def returned_in_dict(_):
    return {"f": sum}


# rebound on some path, and a function value stored with builtins
@cases((1,), (-3,), (0,))
def rebound(x):
    f = abs
    if x < 0:
        f = lambda v: v * 10   # noqa: E731
    elif x == 0:
        f = str
    return f(x)


# map / sorted / min given a value that holds a builtin
@cases((["10", "9", "100"],), ([],))
def values_as_keys(xs):
    key = int
    conv = [float, str][0]
    return [sorted(xs, key=key), list(map(conv, xs)), max(xs, key=len, default=None), min(xs, key=key, default=None)]


# isinstance() with classes held by values (a corpus pattern: a table of field names and their classes)
@cases(({"n": 1, "l": [1]},), ({"n": 1.5, "l": (1,)},), ({"n": "1", "l": []},), ({"n": True, "l": [1]},))
def isinstance_with_class_values(c):
    for k, t in (("n", (int, float)), ("l", list)):
        if not isinstance(c[k], t):
            return k
    checks = [str, (dict, (set, bool)), len]
    out = []
    for t in checks:
        try:
            out.append(isinstance(c["n"], t))
        except TypeError as e:
            out.append(str(e))
    return out


# keyword arguments through a value holding a Python function: bound by its parameter names, as CPython does
@cases((2,), ("s",))
def user_functions_keywords(x):
    def two(a, b=10, *, scale=1):
        return [a, b, scale]

    def need(a, *, k):
        return [a, k]

    fs = [two, lambda a, b=2: [a, b], need]
    out = []
    for f in fs[:2]:
        out.append(_try(lambda: f(x, b=3)))
    f, g, h = fs[0], fs[1], fs[2]
    out += [_try(lambda: f(x, scale=2)), _try(lambda: f(b=1)), _try(lambda: f(x, a=1)), _try(lambda: f(x, c=1)),
            _try(lambda: g(b=1, a=x)), _try(lambda: h(x, k=5)), _try(lambda: h(x, j=5)), _try(lambda: h(a=x))]
    return out


# module functions as key= or map()'s function (were refused: "can only be called here")
@cases(([2.5, -3.5, 1],), ([],))
def module_functions_as_functions(xs):
    rows = [xs, [1, 2], [7]] if xs else [[1, 2], [7]]
    return [sorted(xs, key=math.fabs), list(map(math.floor, xs)), list(map(calendar.isleap, [2000, 1900])),
            sorted(rows, key=statistics.mean), list(map(statistics.mean, rows)),
            list(map(urllib.parse.quote, ["a b", "c/d"])), str(math.floor), repr(math.floor)]


# a name bound to a builtin or a module function, used as a value (was: refused, or None for unbound methods)
@cases(("a b",),)
def alias_used_as_value(s):
    h = abs
    q = urllib.parse.quote
    u = str.upper
    return [q(s), h(-2), u(s), [h, q, u][0] is abs, q is urllib.parse.quote, repr(u)]


@cases((0,), (1,), (2,), (3,))
def alias_returned(i):
    h = abs
    u = str.upper
    d = json.dumps
    m = math.floor
    return [h, u, d, m][i]


# methods that change their receiver, through values: the receiver is the caller's object
@cases(([1, 2],), ([],))
def mutating_methods(xs):
    ops = [list.append, list.extend, dict.setdefault, set.add, list.pop, str.join]
    d, s = {}, set()
    ops[0](xs, 9)
    ops[1](xs, (7, 8))
    out = [ops[2](d, "k", [1]), ops[2](d, "k", [2]), d, _call(ops[3], s, 5), sorted(s), ops[4](xs), xs,
           ops[5](",", ["a", "b"]), _call(ops[0], (1,), 2), _call(ops[5], 1, ["a"]), _call(ops[0], xs),
           _call(ops[4], xs, 0, 1)]
    return out


_CONV = float


# a module constant naming one class: the builtin itself (called, isinstance, compared, printed)
@cases(("2",), ("x",), ("1e400",))
def module_level_class(s):
    return [_try(lambda: _CONV(s)), _CONV is float, isinstance(1.5, _CONV), repr(_CONV), type(2.5) is _CONV,
            [_CONV, _CONV][1] == float, len(_CONVERTERS[1:]), [repr(c) for c in _CONVERTERS]]


_DT_CLASSES = {"date": date, "datetime": datetime}


# the datetime classes date, datetime and time as values (constructors through the value; timedelta is refused)
@cases(("date", 2024, 2, 29), ("datetime", 2024, 2, 29), ("date", 2023, 2, 29), ("datetime", 2024, 13, 1))
def datetime_classes(kind, y, m, d):
    cls = _DT_CLASSES[kind]
    made = [date, datetime, time][0 if kind == "date" else 1]
    try:
        v = cls(y, m, d)
        return [str(v), v.isoformat(), made is cls, repr(cls), str(made(year=y, month=1, day=d)),
                _try(lambda: cls(y, m, d, 1)), str([time][0](5, 6))]
    except ValueError as e:
        return str(e)


@cases((0,), (1,))
def date_class_returned(i):
    ks = [date, time]
    return ks[i]


# a key that is not callable: CPython's TypeError at the first call (was a JavaScript "not a function")
@cases(([2, 1],), ([],))
def key_not_callable(xs):
    k = [1, None][0]
    return [_try(lambda: sorted(xs, key=k)), _try(lambda: min(xs, key=k, default=0)),
            _try(lambda: [sorted][0](xs, key=k)), _try(lambda: xs.sort(key=k))]


# unknown keywords with any count of positional arguments: CPython's text where it is the same for any name
@cases((0,), (1,), (2,), (3,), (4,), (5,))
def unknown_keywords(i):
    f = [str, sum, pow, math.isclose, len, min][i]
    return [_try(lambda: f(zz=1)), _try(lambda: f([1], zz=1)), _try(lambda: f([1], [2], zz=1)),
            _try(lambda: f(x=1)), _try(lambda: f([1], [2], [3], zz=1))]
