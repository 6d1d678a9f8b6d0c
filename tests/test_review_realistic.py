"""review-realistic: ~50 callbacks written as Dash developers write them (tests/fixtures/realistic/app.py),
checked with `py2cs check`, and the divergences and refusals found on the way."""
from __future__ import annotations

import json
import os

import pytest
from dash import ctx

import py2cs
from py2cs.equiv import check_app
from py2cs.equiv.report import app_text
from py2cs.errors import TranspileError
from tests.test_dash_runtime import compile_cb, fake_ctx, js_run, js_window_for, py_run

APP = os.path.join(os.path.dirname(__file__), "fixtures", "realistic", "app.py")


def test_realistic_app_agrees():
    report = check_app(APP, max_examples=15, seed=5)
    assert report.ok, app_text(report)
    assert len(report.results) == 50 and not report.errors


# ------------------------------------------------------------------ ctx.triggered_id.index (used to be refused)

def attr_of_dict_id(clicks):
    try:
        return [ctx.triggered_id.index, ctx.triggered_id.type, ctx.triggered_id.missing]
    except AttributeError as e:
        return f"AttributeError: {e}"


def attr_of_other_id(clicks):
    try:
        return ctx.triggered_id.type
    except AttributeError as e:
        return f"AttributeError: {e}"


@pytest.mark.parametrize("func,trigger", [
    (attr_of_dict_id, '{"index":2,"type":"delete"}.n_clicks'),
    (attr_of_dict_id, '{"index":2,"type":"delete","missing":[1.5]}.n_clicks'),
    (attr_of_other_id, '{"index":2,"type":"delete"}.n_clicks'),
    (attr_of_other_id, "btn.n_clicks"),          # 'str' object has no attribute 'type'
    (attr_of_other_id, None),                   # 'NoneType' object has no attribute 'type'
])
def test_triggered_id_attribute_reads_the_key(func, trigger):
    g = fake_ctx(triggered=[(trigger, 1)] if trigger else [])
    c = compile_cb(func, window=js_window_for(g))
    py, _ = py_run(func, (1,), g)
    js, _ = js_run(c, 1)
    assert py == js


def attr_index_of_str_id(clicks):
    return str(ctx.triggered_id.index)


def test_triggered_id_str_method_raises_in_js():
    # CPython gives the bound method str.index ("<built-in method index of str object at 0x...>"): not reproducible
    g = fake_ctx(triggered=[("btn.n_clicks", 1)])
    js, _ = js_run(compile_cb(attr_index_of_str_id, window=js_window_for(g)), 1)
    assert js[0] == "err" and js[1] == "TypeError" and "py2cs" in js[2]


def test_triggered_id_dict_method_is_refused(tmp_path):
    path = tmp_path / "tid_get.py"
    path.write_text("from dash import ctx\n\n\ndef f(x):\n    return ctx.triggered_id.get\n")
    with pytest.raises(TranspileError) as ei:
        _transpile_path(path)
    assert "AttributeDict" in str(ei.value) and "ctx.triggered_id['get']" in str(ei.value)


def _transpile_path(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return py2cs.transpile(mod.f)


# ------------------------------------------------------------------ json.dumps(ctx.triggered, indent=...)

def dumps_triggered(n):
    return json.dumps(ctx.triggered, indent=2), json.dumps(ctx.triggered), json.dumps([ctx.triggered], indent=0)


def test_json_dumps_with_indent_of_the_initial_falsy_triggered():
    # CPython's pure-Python encoder (used with indent) tests the list's truth: Dash's falsy initial-call
    # ctx.triggered is "[]" there; the JS wrote its item {"prop_id": ".", "value": null}
    for trig in ([], [("btn.n_clicks", 1)]):
        g = fake_ctx(triggered=trig)
        py, _ = py_run(dumps_triggered, (1,), g)
        js, _ = js_run(compile_cb(dumps_triggered, window=js_window_for(g)), 1)
        assert py == js
    assert py_run(dumps_triggered, (1,), fake_ctx())[0][1][0] == "[]"
