"""Review of functions and control flow: the Dash-callback side of the fixes (tests/programs/p_review_functions.py
holds the differential cases)."""
from __future__ import annotations

from dash import set_props

from tests.test_dash_runtime import compile_cb, js_run


def returns_function(v):
    def g():
        return v
    if v == 0:
        return g
    if v == 1:
        return [g]
    return {"f": g}


def two_outputs_with_function(v):
    return v, (lambda: v)


def set_props_function(v):
    set_props("s", {"children": [lambda: v]})
    return v


def test_function_in_callback_output_raises():
    # Dash's server cannot serialize a function (the callback fails); the page got the function itself, null
    # in a list, or a dict without the key
    for v in (0, 1, 2):
        out, _ = js_run(compile_cb(returns_function), v)
        assert out == ("err", "TypeError", "Object of type function is not JSON serializable"), (v, out)
    out, _ = js_run(compile_cb(two_outputs_with_function, n_outputs=2), 1)
    assert out == ("err", "TypeError", "Object of type function is not JSON serializable"), out
    out, _ = js_run(compile_cb(set_props_function), 1)
    assert out[0] == "err" and out[1] == "TypeError", out
