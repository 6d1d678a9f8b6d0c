"""Dash callbacks returning dict displays (built as the page's JSON directly, see p_return_literals.py):
the same outputs, errors and no_update handling as Dash's own encoding of the Python result."""
from __future__ import annotations

import math

import pytest
from dash import no_update

from test_dash_runtime import compile_cb, js_run, py_run


def one_output(a, b):
    return {"a": a, "b": [b, {"c": a}], "f": math.inf if a == 7 else 1.5, "n": float("nan") if a == 8 else 2.0,
            "s": str(a), "nu": no_update if a == 9 else 0}


def one_output_set(a):
    log = []

    def f(x):
        log.append(x)
        if x == 2 and a:
            raise ValueError("second after " + str(len(log)))
        return x
    return {"a": {f(1)}, "b": f(2)}


def multi(a):
    return {"x": a, "y": [a, a]}, ("t" if a else no_update), [a]


def multi_not_dict(a):
    return (no_update if a == 3 else {"x": a}), {"_dash_no_update": "_dash_no_update"}


def too_many(a):
    return {"x": {a}}, {"y": a}, a      # the count is checked before the set would fail to serialize


def dict_for_two(a):
    return {"x": a, "y": a}


@pytest.mark.parametrize("func,n_outputs,arg", [
    (one_output, None, (1, "x")), (one_output, None, (7, None)), (one_output, None, (8, [1])),
    (one_output, None, (9, 2)), (one_output_set, None, (1,)), (one_output_set, None, (0,)),
    (multi, 3, (1,)), (multi, 3, (0,)),
])
def test_returned_displays_match_dash(func, n_outputs, arg):
    c = compile_cb(func, n_outputs)
    got, _ = js_run(c, *arg)
    try:
        want, _ = py_run(func, arg)
    except Exception as e:  # noqa: BLE001 - raised by the function or by Dash's JSON encoding
        want = ("err", type(e).__name__, str(e))
    if want[0] == "err":
        assert got[:2] == want[:2], (got, want)
        if want[1] == "ValueError":
            assert got[2] == want[2], (got, want)
        return
    assert got == want, (got, want)


NU = {"description": "Return to prevent updating an Output."}


@pytest.mark.parametrize("func,n_outputs,arg,want", [
    # the dict equal to {"_dash_no_update": "_dash_no_update"} is no_update (NoUpdate.is_no_update): not built as JSON
    (multi_not_dict, 2, (3,), ("ok", [NU, NU])),
    (multi_not_dict, 2, (4,), ("ok", [{"x": 4}, NU])),
    # Dash's output checks see the returned tuple/dict as before
    (too_many, 2, (1,), ("err", "ValueError", "Invalid number of output values: expected 2, got 3")),
    (dict_for_two, 2, (1,), ("err", "ValueError", "The callback has 2 outputs, so it must return a list or tuple "
                                                  "of 2 values (or no_update), not dict")),
])
def test_returned_displays_dash_checks(func, n_outputs, arg, want):
    got, _ = js_run(compile_cb(func, n_outputs), *arg)
    assert got == want
