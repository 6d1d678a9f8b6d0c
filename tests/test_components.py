"""Dash components built inside a callback: the JSON Dash's server sends (checked against Dash itself), the
whole-app check, and what py2cs's runtime refuses when the value's type is not known statically."""
from __future__ import annotations

import os

from dash import dcc, html, no_update, set_props

import py2cs
from difftest import Compiled
from programs.p_components import runtime_refusals
from py2cs.equiv import check_app
from test_dash_runtime import compile_cb, js_run, py_run

HERE = os.path.dirname(os.path.abspath(__file__))
APP = os.path.join(HERE, "fixtures", "components", "app.py")


def multi_outputs(items):
    lis = [html.Li(x, id={"type": "item", "index": i}) for i, x in enumerate(items or [])]
    set_props("side", {"children": html.Em(str(len(lis))), "style": {"w": float("nan")}})
    if not items:
        return html.P("none", className="muted"), no_update, [no_update, html.Br()]
    return html.Ul(lis), dcc.Graph(figure={"data": [{"y": items}]}, id="g"), {"k": html.Hr(), "n": float("inf")}


def test_components_as_dash_sends_them():
    c = compile_cb(multi_outputs, n_outputs=3)
    for args in (["a", "b"], [], None):
        assert js_run(c, args) == py_run(multi_outputs, [args]), args


def test_runtime_refusals_are_clear():
    # CPython iterates over a component's ids, finds items by id and prints its repr: py2cs's runtime refuses
    c = Compiled(runtime_refusals)
    for k, what in ((0, "str()/repr() of"), (1, "iterating over"), (2, "item access by id on"), (3, "`in` on")):
        out = c.run((k,))
        assert out == ("err", "TypeError", f"py2cs: {what} a Dash component (Div) is not supported in a clientside "
                                           "callback"), (k, out)


def test_fixture_app_checks_equivalent():
    report = check_app(APP, max_examples=30, seed=1)
    assert report.ok, report


def test_fixture_app_builds_statically(tmp_path):
    # `py2cs build` reads the file without running the callbacks' module (StaticResolver)
    src = open(APP, encoding="utf-8").read()
    js = py2cs.transpile_source(src, filename=APP)
    assert 'py_dash_component("Li", "dash_html_components"' in js
    assert 'py_dash_component("Markdown", "dash_core_components"' in js
