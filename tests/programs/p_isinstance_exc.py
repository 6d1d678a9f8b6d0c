"""isinstance() with exception classes: a caught exception (or one made without raising) against the class, its
parents and tuples mixing exception classes with other classes, as `except` matches them; other values are no
exception."""
import json
import statistics

from dash.exceptions import PreventUpdate

from difftest import cases

INPUTS = ("12", "x", None, [1], {"a": 1}, 3.5, "", "[1, 2", 0)


def _fail(kind, v):
    if kind == 0:
        return int(v)
    if kind == 1:
        return v["k"]
    if kind == 2:
        return [1, 2][v]
    if kind == 3:
        return 10 // v
    if kind == 4:
        return json.loads(v)
    if kind == 5:
        return statistics.mean(v)
    return v.upper()


@cases(*[(k, v) for k in range(7) for v in INPUTS])
def classify(kind, v):
    try:
        return ["ok", _fail(kind, v)]
    except Exception as e:
        return [isinstance(e, ValueError), isinstance(e, TypeError), isinstance(e, LookupError),
                isinstance(e, KeyError), isinstance(e, IndexError), isinstance(e, ArithmeticError),
                isinstance(e, ZeroDivisionError), isinstance(e, AttributeError), isinstance(e, Exception),
                isinstance(e, BaseException), isinstance(e, (KeyError, IndexError)),
                isinstance(e, (int, str, ValueError)), isinstance(e, json.JSONDecodeError),
                isinstance(e, statistics.StatisticsError), isinstance(e, RuntimeError),
                isinstance(e, object), isinstance(e, str), type(e).__name__]


@cases(("a",), (1,), (None,), ([],), ({},), (1.5,), (True,))
def not_exceptions(v):
    return [isinstance(v, Exception), isinstance(v, ValueError), isinstance(v, (ValueError, str)),
            isinstance(v, BaseException)]


@cases(("bad",), ("",))
def made_not_raised(msg):
    errs = [ValueError(msg), KeyError(msg), ZeroDivisionError(msg), RuntimeError(msg), NotImplementedError(msg)]
    return [[isinstance(e, ValueError), isinstance(e, LookupError), isinstance(e, ArithmeticError),
             isinstance(e, RuntimeError), isinstance(e, Exception), str(e)] for e in errs]


@cases((0,), (1,), (2,))
def handler_branches(kind):
    try:
        if kind == 0:
            raise PreventUpdate
        if kind == 1:
            raise KeyError("k")
        raise ValueError("v")
    except Exception as e:
        if isinstance(e, PreventUpdate):
            return "prevent"
        if isinstance(e, LookupError):
            return "lookup " + str(e)
        return "other " + str(e)


@cases((1,), (0,), ("a",))
def engine_errors(x):
    try:
        return 1 / x
    except (ZeroDivisionError, TypeError) as e:
        return [isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError), isinstance(e, TypeError), str(e)]


@cases((0,), (1,))
def prevent_update_as_value(kind):
    try:
        if kind == 0:
            raise PreventUpdate
        raise PreventUpdate()
    except Exception as e:
        return [str(e), repr(e), list(e.args), type(e).__name__, isinstance(e, PreventUpdate), bool(e)]
