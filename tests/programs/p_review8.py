"""Review 8 (the operator module, isinstance with exception classes, PreventUpdate caught as an exception): the
divergences found, with their fixes.

PreventUpdate("msg") kept its message nowhere: a caught one gave str(e) '' and e.args ('',) (DashException keeps
textwrap.dedent(msg).strip()). An error of the JS engine itself (a stack overflow: RecursionError) gave
type(e).__name__ 'object' and repr(e) '<object>'."""
import calendar
import json
from json import JSONDecodeError
from statistics import StatisticsError
import math
import re
import operator
import statistics
from collections import Counter, defaultdict
from operator import attrgetter, itemgetter

import dash
from dash.exceptions import PreventUpdate

from difftest import cases


def _raise(m):
    raise PreventUpdate(m)


@cases(("no data",), ("  spaced  ",), ("\n    a\n      b\n    c\n",), ("\ta\n\t\tb",), ("  \n  x",), ("",), ("   ",),
       (" a\r\n  b",), (5,), (None,), (["x"],), ("\u3000x\u3000",), ("a\n\n  b",), ("  a\n \n  b",), (" \t a\n \t b",),
       ("  a\n\tb",))
def prevent_messages(m):
    try:
        _raise(m)
    except PreventUpdate as e:
        return ["prevent", str(e), repr(e), list(e.args), len(e.args), f"{e}", "%s" % e]
    except Exception as e:
        return ["other", type(e).__name__, str(e)]


@cases((0,), (1,), (2,), (3,), (4,))
def prevent_reraise(k):
    try:
        try:
            if k == 0:
                raise PreventUpdate("first")
            if k == 1:
                raise dash.exceptions.PreventUpdate(msg="kw")
            if k == 2:
                e = PreventUpdate("made")
                raise e
            if k == 3:
                raise PreventUpdate("""
                    indented
                """)
            raise PreventUpdate
        except PreventUpdate:
            raise
    except Exception as e:
        return [str(e), repr(e), type(e).__name__, isinstance(e, PreventUpdate), isinstance(e, Exception),
                isinstance(e, (ValueError, PreventUpdate))]


@cases((0,), (1,))
def prevent_made(k):
    e = PreventUpdate(f"value {k}")
    f = PreventUpdate()
    return [str(e), repr(e), str(f), repr(f), isinstance(e, PreventUpdate), list(f.args), list(e.args)]


@cases(("x",), ("",))
def prevent_escapes(m):
    raise PreventUpdate(m + "!")


def _rec(n):
    return _rec(n + 1) + 1


def _boom(k, v):
    if k == 0:
        return re.sub("a", v, "a")
    if k == 1:
        return calendar.monthrange(2020, v)
    if k == 2:
        return math.exp(v)
    if k == 3:
        return next(iter([]))
    if k == 4:
        return _rec(v)
    if k == 5:
        return statistics.stdev([v])
    if k == 6:
        return json.loads(v)
    if k == 7:
        return int(v)
    raise PreventUpdate


@cases(*[(k, v) for k in range(9) for v in ("(", 13, 1000, None, 1, "\\g<x>")])
def exception_classes(k, v):
    try:
        return ["ok", repr(_boom(k, v))]
    except Exception as e:
        return [type(e).__name__, repr(e), isinstance(e, ValueError), isinstance(e, ArithmeticError),
                isinstance(e, OverflowError), isinstance(e, RuntimeError), isinstance(e, RecursionError),
                isinstance(e, StopIteration), isinstance(e, re.error), isinstance(e, LookupError),
                isinstance(e, (int, TypeError)), isinstance(e, ValueError | TypeError), isinstance(e, Exception),
                isinstance(e, BaseException), isinstance(e, dash.exceptions.PreventUpdate),
                isinstance(e, statistics.StatisticsError), isinstance(e, json.JSONDecodeError)]


@cases((1,), (None,))
def recursion_error_text(v):
    try:
        return _rec(v)
    except RecursionError as e:
        return [str(e), repr(e), list(e.args), type(e).__name__, f"{e}", f"{e!r}", "%s" % e, "%r" % (e,)]
    except Exception as e:
        return ["other", type(e).__name__, str(e)]


# A caught PreventUpdate kept as a value (returned by a helper, put in a list): str() of it was its repr, and
# returned it was sent as Dash's sentinel object where CPython's JSON encoder fails.
def _caught(k):
    try:
        if k == 1:
            raise PreventUpdate("m")
        raise PreventUpdate
    except Exception as e:
        return e


def _s(f):
    try:
        return f()
    except Exception as e:
        return [type(e).__name__, str(e)]


@cases((0,), (1,))
def prevent_as_value(k):
    e = _caught(k)
    return [_s(lambda: "%s|%r" % (e, e)), _s(lambda: f"{e:>5}|{e!s}"), _s(lambda: format(e)), _s(lambda: str([e])),
            _s(lambda: json.dumps(e)), _s(lambda: json.dumps([1, e])), _s(lambda: "{}".format(e)), _s(lambda: e == e),
            _s(lambda: bool(e)), _s(lambda: str(e) + "x"), _s(lambda: len(str(e))), _s(lambda: "-".join([str(e)])),
            _s(lambda: type(e).__name__)]


@cases((0,), (1,))
def prevent_returned(k):
    return _caught(k)


@cases((0,), (1,))
def prevent_returned_nested(k):
    return {"e": [_caught(k)]}


# x in s of a str s and a Counter or defaultdict x named it 'dict' (CPython: its class, as in every other message)
@cases(("ab",), ("",))
def in_str_collection_names(s):
    from_counter = Counter(s)
    dd = defaultdict(int)
    out = []
    for x in (from_counter, dd, {}, [s], None):
        try:
            out.append(x in s)
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(operator.contains(s, x))
        except TypeError as e:
            out.append(str(e))
    return out


# The repr of an itemgetter, an attrgetter or an operator function holds no address in CPython
# ("operator.itemgetter('a', 1)", '<built-in function add>'): py2cs refused it as a function's
KEY = itemgetter("g", -1)


@cases((0,), ("k",))
def getter_reprs(k):
    g = itemgetter(k)
    a = attrgetter("year", "min.day") if k else attrgetter("day")
    return [repr(g), str(a), f"{KEY}", "%s|%r" % (g, a), str([g, KEY]), str(operator.add), repr(operator.not_),
            str(operator.__add__), str(operator.inv), type(g).__name__, type(a).__name__]


# operator.itemgetter(*keys) (the attribute form) was refused ('*args in this call are not supported') where
# itemgetter(*keys) worked; a starred argument that is not iterable is CPython's 'operator.itemgetter() argument
# after * ...' (py2cs said 'itemgetter()')
@cases(([1, 2],), (["a"],), ([],), (5,), (None,), ("ab",))
def itemgetter_spread(keys):
    out = []
    for f in (lambda: operator.itemgetter(*keys)({1: "x", 2: "y", "a": 0, "b": 9}),
              lambda: itemgetter(*keys)(["p", "q", "r"]), lambda: itemgetter(0, *keys)("xyz")):
        try:
            out.append(f())
        except Exception as e:
            out.append([type(e).__name__, str(e)])
    return out


# from json import JSONDecodeError was refused ("'JSONDecodeError' (json.JSONDecodeError) is not available in the
# browser": its __module__ is json.decoder) where json.JSONDecodeError and the file read from source worked
def _boom2(k):
    if k == 0:
        return json.loads("[")
    if k == 1:
        return {}["a"]
    if k == 2:
        return statistics.mean([])
    if k == 3:
        return [][0]
    return re.sub("a", "\\g<z>", "a")


@cases((0,), (1,), (2,), (3,), (4,))
def imported_exception_classes(k):
    try:
        _boom2(k)
    except JSONDecodeError as e:
        return ["json", type(e).__name__, str(e), isinstance(e, (JSONDecodeError, StatisticsError))]
    except StatisticsError as e:
        return ["stat", str(e), isinstance(e, JSONDecodeError)]
    except (KeyError, re.error) as e:
        return ["other", str(e), isinstance(e, (ValueError)), isinstance(e, ()), isinstance(e, ((re.error,), KeyError))]
    except LookupError as e:
        return ["lookup", str(e), isinstance(e, Exception | str | None), not isinstance(e, LookupError)]
