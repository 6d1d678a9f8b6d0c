"""Review 8 (operator module, isinstance with exception classes, PreventUpdate as an exception, the tuple mark as a
plain property): the Dash-level findings with their fixes, and the invariant that the tuple mark never reaches
JavaScript. The differential cases are in tests/programs/p_review8.py."""
from __future__ import annotations

import datetime
import json
import math
import operator
import os
import shutil

import pytest
from dash import Patch, set_props
from dash.exceptions import PreventUpdate

import py2cs
from py2cs.js import to_js, window
from difftest import program_functions, v8_mismatches
from py2cs.equiv import check_app
from py2cs.equiv.report import app_text
from refusal import assert_one_diagnostic, transpile_refused
from tests.test_dash_runtime import compile_cb, js_run

HERE = os.path.dirname(__file__)
APP = os.path.join(HERE, "fixtures", "review8", "app.py")


def test_prevent_update_with_a_message_reaches_the_renderer_as_prevent_update():
    # PreventUpdate("msg") is an exception carrying its message inside the callback; the renderer recognizes
    # Dash's sentinel by identity, so it leaves every callback (helper, re-raise, async, after set_props) as it
    report = check_app(APP, max_examples=20, seed=8)
    assert report.ok, app_text(report)
    assert {r.name for r in report.results} == {"prevent_in_helper", "prevent_caught", "prevent_async",
                                                  "prevent_after_set_props", "json_table", "word_counts",
                                                  "operator_on_store"}


def _need(v):
    if not v:
        raise PreventUpdate(f"empty: {v!r}")
    return v


def prevent_msg_cb(v):
    set_props("side", {"children": "side"})
    return _need(v)


def test_prevent_update_with_a_message_drops_set_props():
    c = compile_cb(prevent_msg_cb)
    assert js_run(c, "") == (("prevent",), [])
    assert js_run(c, None) == (("prevent",), [])
    assert js_run(c, "a") == (("ok", "a"), [["side", {"children": "side"}]])


def returns_caught(v):
    try:
        return 1 // v
    except Exception as e:
        return {"error": [e]}


def returns_caught_prevent(v):
    try:
        _need(v)
        raise PreventUpdate
    except Exception as e:
        set_props("side", {"children": e})
        return "ok"


def test_a_caught_exception_sent_to_dash_is_not_serializable():
    # CPython's JSON encoder fails on an exception object; the browser was sent {py_type: ..., py_args: ...}
    c = compile_cb(returns_caught)
    assert js_run(c, 0)[0] == ("err", "TypeError", "Object of type ZeroDivisionError is not JSON serializable")
    assert js_run(c, 2)[0] == ("ok", 0)
    c = compile_cb(returns_caught_prevent)
    for v in ("", "a"):
        assert js_run(c, v)[0] == ("err", "TypeError", "Object of type PreventUpdate is not JSON serializable")


@pytest.mark.parametrize("call, words", [
    ("PreventUpdate('a', 'b')", "takes from 1 to 2 positional arguments but 3 were given"),
    ("PreventUpdate(message='a')", "unexpected keyword argument 'message'"),
    ("PreventUpdate('a', msg='b')", "multiple values for argument 'msg'"),
])
def test_prevent_update_wrong_calls_are_refused(tmp_path, call, words):
    src = f"from dash.exceptions import PreventUpdate\n\n\ndef f(a):\n    raise {call}\n"
    path, err = transpile_refused(tmp_path, "prevent_args", src)
    assert_one_diagnostic(path, err, 5, words, "PreventUpdate(msg)")


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_v8_agrees_on_review8_programs():
    assert v8_mismatches(program_functions("p_review8.py")) == []


# ------------------------------------------------------------------ the tuple mark never reaches JavaScript

_KEYS = r"""
function __keys(v) {
  // every own enumerable key of every array or object in v that is not an index
  var out = [];
  (function walk(x) {
    if (x === null || typeof x !== 'object') return;
    Object.keys(x).forEach(function (k) {
      if (!(Array.isArray(x) && String(k >>> 0) === k)) out.push(k);
      walk(x[k]);
    });
  })(v);
  return out;
}
"""


def tuples_everywhere(v):
    d = {"a": 1, "b": 2}
    day = datetime.date(2024, 1, 2)
    t = (1, (2, 3))
    p = Patch()
    p["k"] = t
    p.extend((4, 5))
    p[(1, 2)] = (6,)
    set_props("side", {"children": [t, tuple(d.items()), divmod(7, 2)], "figure": p})
    return [t, list(zip("ab", "cd")), list(enumerate("xy")), list(d.items()), divmod(7, 2), tuple(day.isocalendar()),
            sorted([(2, 1), (1, 2)]), t + t, t[:1], {"k": (v, v)}, [(i, j) for i, j in d.items()]]


def test_the_tuple_mark_is_not_sent_to_dash():
    c = compile_cb(tuples_everywhere)
    c.eval(_KEYS)
    out = c.eval("JSON.stringify([__keys(__f(1)), __keys(py_DASH_FALLBACK.set_props_calls)])")
    assert json.loads(out) == [["k"], ["children", "figure", "__dash_patch_update", "operations", "operation",
                                       "location", "params", "value", "operation", "location", "params", "value",
                                       "operation", "location", "params", "value"]]


def tuples_to_js(v):
    t = (1, (2, [3, (4,)]))
    window.seen = to_js(t)
    window.take(t, {"k": t})
    return window.give(lambda x: (x, x))


def test_the_tuple_mark_is_not_passed_to_javascript():
    import quickjs
    from py2cs import runtime
    js = py2cs.transpile(tuples_to_js)
    c = quickjs.Context()
    c.eval(runtime.bundle(["py_exc_type"]) + _KEYS)
    c.eval("var window = {took: [], take: function () { this.took.push(Array.prototype.slice.call(arguments)); },"
           " give: function (g) { return g([1]); }};")
    c.eval("var __f = " + js + ";")
    out = c.eval("var r = __f(1); JSON.stringify([__keys(window.seen), __keys(window.took), __keys(r), r])")
    assert json.loads(out) == [[], ["k"], [], [[1], [1]]]


# ------------------------------------------------------------------ `is` between NaNs is refused

def nan_identity(v):
    import_free = float("nan")
    x = math.nan if v else import_free
    return [x is x, operator.is_(x, math.nan)][v]


def test_is_between_nans_is_refused():
    # CPython: math.nan is math.nan (one object) but float('nan') is not float('nan'); py2cs said False for both
    from difftest import Compiled
    c = Compiled(nan_identity)
    for v in (0, 1):
        out = c.run((v,))
        assert out[:2] == ("err", "TypeError") and out[2].startswith("py2cs: 'is' between NaNs"), out
    assert nan_identity(1) is True


def test_from_json_import_jsondecodeerror_from_source():
    # the live resolver refused it (its __module__ is json.decoder); the file read from source took it
    src = ("import json\nfrom json import JSONDecodeError\n\n\ndef f(s):\n    try:\n        return json.loads(s)\n"
           "    except JSONDecodeError as e:\n        return [isinstance(e, JSONDecodeError), str(e)]\n")
    assert "py_exc_match" in py2cs.transpile_source(src)
