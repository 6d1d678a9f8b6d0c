"""Review of the Dash integration (server vs clientside divergences found in review, with their fixes)."""
from __future__ import annotations

import os

import pytest
from dash import no_update, set_props
from dash.exceptions import PreventUpdate

from py2cs.equiv import check_app
from py2cs.equiv.report import app_text
from tests.test_dash_runtime import compile_cb, js_run

HERE = os.path.dirname(__file__)
APP = os.path.join(HERE, "fixtures", "review_dash", "app.py")


def test_review_app_agrees():
    report = check_app(APP, max_examples=20, seed=3)
    assert report.ok, app_text(report)
    assert {r.name for r in report.results} == {"nan_out", "side_then_prevent", "side_mutated", "cells",
                                                  "no_output_returns"}


# ------------------------------------------------------------------ NaN / inf are null, as Dash's JSON encoder sends

def nan_values(v):
    return float("nan"), [float("inf"), {"k": -float("inf")}], -0.0


def test_nan_and_inf_reach_the_page_as_null():
    # server: to_json_plotly gives {"children": null}; the browser used to get NaN (shown as "NaN")
    c = compile_cb(nan_values, n_outputs=3)
    out, _ = js_run(c, 1)
    assert out == ("ok", [None, [None, {"k": None}], 0])
    assert c.eval("1 / __f(1)[2]") == float("-inf")        # -0.0 stays -0.0 (the server sends -0.0)


def test_nan_in_set_props_and_patch_is_null():
    from dash import Patch

    def f(v):
        p = Patch()
        p["x"] = float("nan")
        set_props("s", {"children": float("nan"), "figure": p})
        return "ok"
    c = compile_cb(f)
    out, side = js_run(c, 1)
    assert out == ("ok", "ok")
    assert side == [["s", {"children": None, "figure": {"__dash_patch_update": "__dash_patch_update",
                                                          "operations": [{"operation": "Assign", "location": ["x"],
                                                                          "params": {"value": None}}]}}]]


# ------------------------------------------------------------------ set_props is sent with the outputs

def side_then_prevent(v):
    set_props("side", {"children": "side"})
    if v is None:
        raise PreventUpdate
    if v == "x":
        raise ValueError("boom")
    return v


def test_set_props_is_dropped_when_the_callback_raises():
    # server: 204 for PreventUpdate and 500 for an error, without sideUpdate; the browser applied the set_props
    c = compile_cb(side_then_prevent)
    assert js_run(c, None) == (("prevent",), [])
    out, side = js_run(c, "x")
    assert out[0] == "err" and side == []
    assert js_run(c, "a") == (("ok", "a"), [["side", {"children": "side"}]])


def test_set_props_is_encoded_after_return_and_merged():
    def f(v):
        d = {"a": 1}
        set_props("store", {"data": d})
        d["a"] = 2
        set_props("side", {"title": "t1", "children": no_update})
        set_props({"type": "x", "index": 1}, {"title": "t2"})
        set_props("side", {"title": "t3"})
        return "ok"
    c = compile_cb(f)
    out, side = js_run(c, 1)
    assert out == ("ok", "ok")
    # Python: updated_props = {"store": {"data": {"a": 2}}, "side": {...merged}, '{"index":1,"type":"x"}': ...}
    assert side == [["store", {"data": {"a": 2}}],
                    ["side", {"title": "t3", "children": {"_dash_no_update": "_dash_no_update"}}],
                    [{"type": "x", "index": 1}, {"title": "t2"}]]


def test_set_props_in_a_helper_and_after_a_caught_prevent_update():
    def f(v):
        def helper():
            set_props("a", {"children": 1})
            raise PreventUpdate
        try:
            helper()
        except Exception:      # PreventUpdate is an Exception on the server too
            set_props("b", {"children": 2})
        return "ok"
    c = compile_cb(f)
    assert js_run(c, 1) == (("ok", "ok"), [["a", {"children": 1}], ["b", {"children": 2}]])


# ------------------------------------------------------------------ ALL outputs and no-output callbacks

def test_all_output_of_the_wrong_length_raises():
    def cells(v):
        return list(v)
    outs = [{"id": {"type": "c", "index": i}, "property": "children"} for i in range(3)]
    window = {"dash_clientside": {"callback_context": {"outputs_list": outs}}}
    c = compile_cb(cells, window=window)
    # compile_cb passes no wildcard flags; the decorator sets them for an ALL/ALLSMALLER Output
    import json

    import quickjs

    from py2cs import compiler, runtime
    cells2 = cells
    cb = compiler.callback_for(cells2, {"n_outputs": None, "wildcard_outputs": [True]}, "cells")
    unit = compiler.compile_unit([cb])
    js = compiler.render("function.js.j2", body=compiler._indent(unit.body_js), name=cb.jsname)
    q = quickjs.Context()
    q.eval("var window = " + json.dumps(window) + ";")
    q.eval(runtime.bundle(["py_exc_type", "py_exc_str", "py_dash_prevent_update", "py_DASH_FALLBACK"]))
    q.eval("var __f = " + js + ";")
    assert json.loads(q.eval("JSON.stringify(__f('abc'))")) == ["a", "b", "c"]
    assert "wildcard Output: expected 3, got 2" in q.eval("(function(){try{__f('ab');return ''}catch(e){return py_exc_str(e)}})()")
    assert c.eval("JSON.stringify(__f('ab'))") == '["a","b"]'   # without the flags nothing is checked


def test_no_output_callback_must_return_none():
    def f(v):
        set_props("s", {"children": 1})
        return v
    c = compile_cb(f, n_outputs=0)
    out, side = js_run(c, "x")
    assert out[0] == "err" and "No-output callback received return value: x" in out[2] and side == []
    out, side = js_run(c, None)
    assert side == [["s", {"children": 1}]]


# ------------------------------------------------------------------ pending

@pytest.mark.xfail(strict=True, reason="async callbacks apply set_props at once (no per-call buffer survives an "
                                       "await); Dash's server sends them only with a successful response")
def test_async_set_props_then_prevent_update():
    async def f(v):
        set_props("s", {"children": 1})
        raise PreventUpdate
    c = compile_cb(f)
    c.eval("__f(1).then(null, function () {});")
    side = js_run(c, 1)[1]
    assert side == []            # JS: [["s", {"children": 1}], ["s", {"children": 1}]]


def test_decorator_sets_wildcard_flags():
    import py2cs
    from dash import ALL, MATCH, Dash, Input, Output
    app = Dash(__name__)

    @py2cs.clientside(Output({"t": "a", "i": ALL}, "children"), Output({"t": "b", "i": MATCH}, "children"),
                      Output("c", "children"), Input({"t": "b", "i": MATCH}, "value"), app=app,
                      namespace="review_dash_flags")
    def flags(v):
        return [], v, v
    assert "py_dash_return(" in flags.js and "[true, false, false], $outs" in flags.js


# ------------------------------------------------------------------ values with no JSON form

def circular_output(v):
    a = [v]
    a.append(a)
    return a, "ok"


def function_in_set_props(v):
    set_props("s", {"children": [lambda x: x]})
    return v


def function_output(v):
    return {"f": lambda x: x}


@pytest.mark.parametrize("func, n, expected", [
    (circular_output, 2, ("err", "ValueError", "Circular reference detected")),
    (function_in_set_props, None, ("err", "TypeError", "Object of type function is not JSON serializable")),
    (function_output, None, ("err", "TypeError", "Object of type function is not JSON serializable")),
])
def test_unserializable_outputs_fail_as_dash_server_does(func, n, expected):
    # Dash's server encoder raises (ValueError for a cycle, TypeError for a function) and the callback fails;
    # the JS used to overflow the stack, or send the function as null / drop it
    out, side = js_run(compile_cb(func, n_outputs=n), 1)
    assert out == expected
    assert side == []
