"""dash.js in QuickJS, differential against dash's Python behaviour (Patch.to_plotly_json, ctx, returns)."""
from __future__ import annotations

import contextvars
import json

import dash
import pytest
import quickjs
from dash import Patch, ctx, no_update, set_props
from dash._callback_context import context_value
from dash._utils import AttributeDict, inputs_to_dict, to_json
from dash.exceptions import PreventUpdate

from py2cs import compiler, runtime

NO_UPDATE_JS = {"description": "Return to prevent updating an Output."}

_HARNESS = r"""
function __run(f, argsJson) {
  try {
    var r = f.apply(null, JSON.parse(argsJson));
    return JSON.stringify({ok: r === undefined ? '__undefined__' : r});
  } catch (e) {
    if (e === py_dash_prevent_update()) return JSON.stringify({prevent: true});
    return JSON.stringify({err: [py_exc_type(e), e && e.py_args ? py_exc_str(e) : String(e && e.message)]});
  }
}
function __side() { return JSON.stringify(py_DASH_FALLBACK.set_props_calls.splice(0)); }
"""


def compile_cb(func, n_outputs=None, window=None):
    cb = compiler.callback_for(func, {"n_outputs": n_outputs}, func.__name__)
    unit = compiler.compile_unit([cb])
    js = compiler.render("function.js.j2", body=compiler._indent(unit.body_js), name=cb.jsname)
    c = quickjs.Context()
    c.set_time_limit(5)
    if window is not None:
        c.eval("var window = " + json.dumps(window) + ";")
    c.eval(runtime.bundle(["py_exc_type", "py_exc_str", "py_dash_prevent_update", "py_DASH_FALLBACK", "py_dash_ctx", "py_dash_no_update"]) + _HARNESS)
    c.eval("var __f = " + js + ";")
    return c


def js_run(c, *args):
    out = json.loads(c.eval(f"__run(__f, {json.dumps(json.dumps(list(args)))})"))
    side = json.loads(c.eval("__side()"))
    if "prevent" in out:
        return ("prevent",), side
    if "err" in out:
        return ("err", *out["err"]), side
    return ("ok", out["ok"]), side


def _js_json(v, depth=0):
    """Python value -> what JS would return (no_update as the sentinel object for the value or an output;
    nested deeper, in a non-wildcard output's data, it is encoded as Dash's server does)."""
    if v is no_update and depth <= 1:
        return NO_UPDATE_JS
    if isinstance(v, (list, tuple)):
        return [_js_json(x, depth + 1) for x in v]
    return json.loads(to_json(v))


def fake_ctx(triggered=(), inputs_list=(), states_list=(), outputs_list=()):
    return AttributeDict(triggered_inputs=[{"prop_id": p, "value": v} for p, v in triggered],
                         inputs_list=list(inputs_list), states_list=list(states_list),
                         outputs_list=list(outputs_list), input_values=inputs_to_dict(list(inputs_list)),
                         state_values=inputs_to_dict(list(states_list)), updated_props={})


def py_run(func, args, g=None):
    g = g if g is not None else fake_ctx()

    def inner():
        context_value.set(g)
        try:
            return ("ok", _js_json(func(*args)))
        except PreventUpdate:
            return ("prevent",)
    res = contextvars.copy_context().run(inner)
    side = [[json.loads(k) if k.startswith("{") else k, json.loads(to_json(v))] for k, v in g.updated_props.items()]
    return res, side


def js_window_for(g):
    cc = {"triggered": g.triggered_inputs, "inputs": g.input_values, "states": g.state_values,
          "inputs_list": g.inputs_list, "states_list": g.states_list, "outputs_list": g.outputs_list}
    return {"dash_clientside": {"callback_context": cc}}


# ------------------------------------------------------------------ Patch

def patch_basic(n):
    p = Patch()
    p["layout"]["title"]["text"] = "n=" + str(n)
    p["data"][0]["y"].append(n)
    p["items"].prepend("first")
    p["items"].insert(1, {"k": n})
    p["items"].extend([1, 2])
    p["items"].remove(2)
    p["other"].clear()
    p["other"].reverse()
    p["cfg"].update({"a": 1})
    del p["gone"]
    del p["data"][-1]
    return p


def patch_iops(n):
    p = Patch()
    p["count"] += n
    p["lst"] += [n, n]
    p["lst2"] += (1, 2)
    p["x"] -= 2
    p["y"] *= 3
    p["z"] /= 4
    p["d"] |= {"k": n}
    p.w += 1
    return p


def patch_root_iop(n):
    p = Patch()
    p += [n]
    return p


def patch_nested_in_multi(n):
    p = Patch()
    p.append(n)
    return p, no_update, [no_update, "x"]




@pytest.mark.parametrize("func,n_outputs", [(patch_basic, None), (patch_iops, None),
                                            (patch_root_iop, None),
                                            (patch_nested_in_multi, 3)])
@pytest.mark.parametrize("arg", [0, 5, 2.5])
def test_patch_matches_python(func, n_outputs, arg):
    c = compile_cb(func, n_outputs)
    assert js_run(c, arg) == py_run(func, (arg,))


def test_patch_uses_dash_builder_when_available():
    # a stand-in for dash_clientside.Patch with the renderer's shape; the result must be identical
    builder = r"""
    function PB() { this.operations = []; }
    ['assign','merge','extend','append','prepend','add','sub','mul','div','remove'].forEach(function (m) {
      PB.prototype[m] = function (loc, v) { this.operations.push({operation: m[0].toUpperCase() + m.slice(1), location: loc, params: {value: v}}); return this; };
    });
    ['delete','clear','reverse'].forEach(function (m) {
      PB.prototype[m] = function (loc) { this.operations.push({operation: m[0].toUpperCase() + m.slice(1), location: loc, params: {}}); return this; };
    });
    PB.prototype.insert = function (loc, i, v) { this.operations.push({operation: 'Insert', location: loc, params: {index: i, value: v}}); return this; };
    PB.prototype.build = function () { window.__built = (window.__built || 0) + 1; return {__dash_patch_update: '__dash_patch_update', operations: this.operations}; };
    window.dash_clientside.Patch = PB;
    """
    c = compile_cb(patch_basic, None, window={"dash_clientside": {}})
    c.eval(builder)
    got = js_run(c, 3)
    assert got == py_run(patch_basic, (3,))
    assert c.eval("window.__built") == 1


def patch_slice(n):
    p = Patch()
    p["a"][n] = 1
    return p


@pytest.mark.parametrize("key", [[1], {"a": 1}, None, 1.5])
def test_patch_key_of_any_type_as_in_cpython(key):
    # dash.Patch rejects only a slice (refused at compile time); any other key is kept in the location and sent as
    # its JSON (this test expected a TypeError for a list key, which CPython does not raise)
    c = compile_cb(patch_slice, None)
    assert js_run(c, key) == py_run(patch_slice, (key,))


# ------------------------------------------------------------------ returns

def single(v):
    return v


def multi2(v):
    return v


def test_single_output_conversion():
    c = compile_cb(single, None)
    for v in [1, "s", None, [1, {"a": (1, 2)}], {"x": {"y": [1]}}]:
        assert js_run(c, v)[0] == ("ok", json.loads(to_json(v)))


def returns_no_update(n):
    if n:
        return no_update
    raise PreventUpdate


def test_no_update_and_prevent_update():
    c = compile_cb(returns_no_update, None)
    assert js_run(c, 1) == py_run(returns_no_update, (1,))
    assert js_run(c, 0) == py_run(returns_no_update, (0,)) == (("prevent",), [])


def multi_no_update(n):
    return no_update


def test_multi_single_no_update_expands():
    c = compile_cb(multi_no_update, 3)
    assert js_run(c, 1)[0] == ("ok", [NO_UPDATE_JS] * 3)


def test_multi_wrong_length_is_error():
    c = compile_cb(multi2, 2)
    assert js_run(c, [1, 2])[0] == ("ok", [1, 2])
    res = js_run(c, [1, 2, 3])[0]
    assert res[0] == "err" and res[1] == "ValueError" and "expected 2, got 3" in res[2]
    res = js_run(c, "ab")[0]
    assert res[0] == "err" and res[1] == "ValueError"
    res = js_run(c, None)[0]
    assert res[0] == "err" and res[1] == "ValueError"


def no_output(n):
    set_props("modal", {"is_open": bool(n)})
    # (returning anything but None is an error on Dash's server: see test_review_dash.py)


def test_no_output_returns_no_update_and_set_props():
    c = compile_cb(no_output, 0)
    res, side = js_run(c, 2)
    assert res == ("ok", NO_UPDATE_JS)
    _, pside = py_run(no_output, (2,))
    assert side == pside == [["modal", {"is_open": True}]]


def set_props_patch_and_dict_id(n):
    p = Patch()
    p["data"].append(n)
    set_props({"type": "card", "index": n}, {"figure": p, "title": "t" + str(n)})
    return n


def test_set_props_dict_id_and_patch():
    c = compile_cb(set_props_patch_and_dict_id, None)
    res, side = js_run(c, 4)
    pres, pside = py_run(set_props_patch_and_dict_id, (4,))
    assert res == pres
    assert side == pside


# ------------------------------------------------------------------ ctx

def ctx_report(a, b):
    return {"triggered": ctx.triggered, "bool": bool(ctx.triggered), "id": ctx.triggered_id,
            "prop_ids": ctx.triggered_prop_ids, "inputs": ctx.inputs, "states": ctx.states,
            "inputs_list": ctx.inputs_list, "states_list": ctx.states_list, "outputs_list": ctx.outputs_list}


CTX_CASES = [
    fake_ctx([], [{"id": "a", "property": "n_clicks", "value": None}], [{"id": "s", "property": "data", "value": 3}],
             [{"id": "out", "property": "children"}]),
    fake_ctx([("a.n_clicks", 2)], [{"id": "a", "property": "n_clicks", "value": 2}],
             [{"id": "s", "property": "data", "value": {"k": [1]}}], [{"id": "out", "property": "children"}]),
    fake_ctx([('{"index":1,"type":"pm"}.n_clicks', 1)],
             [[{"id": {"index": 0, "type": "pm"}, "property": "n_clicks", "value": None},
               {"id": {"index": 1, "type": "pm"}, "property": "n_clicks", "value": 1}]],
             [{"id": "x.y", "property": "value", "value": "v"}], [{"id": "out", "property": "children"}]),
    fake_ctx([("my.dotted.id.value", "q"), ("b.value", 1)],
             [{"id": "my.dotted.id", "property": "value", "value": "q"}, {"id": "b", "property": "value", "value": 1}],
             [], []),
]


@pytest.mark.parametrize("g", CTX_CASES)
def test_ctx_matches_python(g):
    c = compile_cb(ctx_report, None, window=js_window_for(g))
    assert js_run(c, 1, 2) == py_run(ctx_report, (1, 2), g)


def ctx_initial(a, b):
    if not ctx.triggered:
        return "initial:" + str(ctx.triggered_id) + ":" + str(len(ctx.triggered))
    return "by:" + str(ctx.triggered_id)


def test_ctx_initial_call_falsy_triggered():
    g = CTX_CASES[0]
    c = compile_cb(ctx_initial, None, window=js_window_for(g))
    assert js_run(c, 1, 2) == py_run(ctx_initial, (1, 2), g) == (("ok", "initial:None:1"), [])


def ctx_without_context(a):
    return str(ctx.triggered_id)


def test_ctx_absent_outside_dash_is_initial_like():
    c = compile_cb(ctx_without_context, None)
    assert js_run(c, 1)[0] == ("ok", "None")


def ctx_async_snapshot(a):
    return ctx.triggered_id


def test_ctx_is_snapshot_taken_at_entry():
    g = CTX_CASES[1]
    c = compile_cb(ctx_async_snapshot, None, window=js_window_for(g))
    # the snapshot survives Dash deleting callback_context (which happens before an awaited Promise resumes)
    c.eval("var __s = py_dash_ctx(); delete window.dash_clientside.callback_context;")
    assert c.eval("__s.triggered_id") == "a"
    assert js_run(c, 1)[0] == ("ok", None)


def ctx_match_dispatch(a, n):
    # the modern Dash dispatch on the trigger: a str id, a pattern-matching dict id, None on the initial call
    match ctx.triggered_id:
        case "a" | "b" as which:
            return ["button", which, n + 1]
        case {"type": "pm", "index": int(i)} if i > 0:
            return ["pm", i, [x for x in ctx.triggered_id]]
        case {"type": kind, **rest}:
            return ["other pm", kind, rest]
        case None:
            return no_update
        case _:
            raise PreventUpdate


MATCH_CTX_CASES = CTX_CASES + [
    fake_ctx([('{"index":0,"type":"pm"}.n_clicks', 1)],
             [[{"id": {"index": 0, "type": "pm"}, "property": "n_clicks", "value": 1}]], [],
             [{"id": "out", "property": "children"}]),
    fake_ctx([('{"index":"x","type":"pm"}.n_clicks', 1)],
             [[{"id": {"index": "x", "type": "pm"}, "property": "n_clicks", "value": 1}]], [],
             [{"id": "out", "property": "children"}]),
    fake_ctx([("b.n_clicks", 3)], [{"id": "b", "property": "n_clicks", "value": 3}], [], []),
]


@pytest.mark.parametrize("g", MATCH_CTX_CASES)
def test_ctx_triggered_id_match_dispatch(g):
    c = compile_cb(ctx_match_dispatch, None, window=js_window_for(g))
    assert js_run(c, 1, 5) == py_run(ctx_match_dispatch, (1, 5), g)


def test_browser_sentinels_read_at_call_time():
    c = compile_cb(returns_no_update, None)
    c.eval("var window = {dash_clientside: {}};")
    assert c.eval("py_dash_no_update() === py_DASH_FALLBACK.no_update")
    c.eval("window.dash_clientside.no_update = {description: 'real'}; window.dash_clientside.PreventUpdate = {description: 'realp'};")
    assert c.eval("py_dash_no_update().description") == "real"
    assert c.eval("py_dash_prevent_update().description") == "realp"
    assert c.eval("py_exc_type(py_dash_prevent_update())") == "PreventUpdate"


def test_dash_js_follows_runtime_file_rules():
    names = [u.name for u in runtime.units().values() if u.file == "dash.js"]
    for required in ["py_dash_no_update", "py_dash_prevent_update", "py_dash_ctx", "py_set_props", "py_patch_new",
                     "py_patch_getitem", "py_patch_setitem", "py_patch_delitem", "py_patch_method", "py_patch_iop",
                     "py_dash_return"]:
        assert required in names
    assert not runtime.missing_dependencies()
