"""@py2cs.clientside: registration with Dash, options, namespaces, errors at decoration time."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import dash
import pytest
from dash import ALL, MATCH, Dash, Input, Output, State, html

import py2cs
from py2cs import decorator


def _app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def _spec(app, ns, fn):
    for cb in app._callback_list:
        cf = cb.get("clientside_function")
        if cf and cf["namespace"] == ns and cf["function_name"] == fn:
            return cb
    raise AssertionError(f"{ns}.{fn} not registered")


def test_returns_original_function_with_attributes():
    app = _app()

    def shout_dec1(value):
        return (value or "").upper() + "!"
    out = py2cs.clientside(Output("o", "children"), Input("i", "value"), app=app)(shout_dec1)
    assert out is shout_dec1
    assert shout_dec1("hi") == "HI!"
    assert shout_dec1.namespace == "py2cs_test_decorator"
    assert shout_dec1.function_name == "shout_dec1"
    assert "function" in shout_dec1.js and "py_dash_return" in shout_dec1.js
    spec = _spec(app, "py2cs_test_decorator", "shout_dec1")
    assert spec["output"] == "o.children"
    assert spec["inputs"] == [{"id": "i", "property": "value"}]


def test_n_outputs_options():
    app = _app()

    @py2cs.clientside(Output("a", "children"), Input("i", "value"), app=app)
    def single_o(v):
        return v

    @py2cs.clientside([Output("a", "title")], Input("i", "value"), app=app)
    def list1_o(v):
        return [v]

    @py2cs.clientside(Output("b", "children"), Output("c", "children"), Input("i", "value"), State("s", "data"), app=app)
    def two_o(v, s):
        return v, s

    @py2cs.clientside(Input("i", "n_clicks"), app=app)
    def none_o(v):
        dash.set_props("x", {"children": "y"})

    opts = {e.function_name: e.options["n_outputs"] for e in decorator.registry() if e.app is app}
    assert opts == {"single_o": None, "list1_o": 1, "two_o": 2, "none_o": 0}
    assert "py_dash_return(" in two_o.js and ", 2)" in two_o.js
    assert _spec(app, "py2cs_test_decorator", "none_o")["no_output"] is True


def test_forwards_dash_keywords_and_pattern_matching():
    app = _app()

    @py2cs.clientside(Output({"type": "o", "index": MATCH}, "children"), Input({"type": "b", "index": MATCH}, "n_clicks"),
                      State({"type": "b", "index": ALL}, "n_clicks"), app=app, prevent_initial_call=True, hidden=True)
    def pm_cb(n, alln):
        return str(n)

    @py2cs.clientside(Output("dup", "children", allow_duplicate=True), Input("i", "value"), app=app,
                      prevent_initial_call=True)
    def dup_cb(v):
        return v

    s = _spec(app, "py2cs_test_decorator", "pm_cb")
    assert s["prevent_initial_call"] is True and s["hidden"] is True
    assert '"MATCH"' in s["inputs"][0]["id"]
    assert "@" in _spec(app, "py2cs_test_decorator", "dup_cb")["output"]


@pytest.mark.parametrize("kw", ["running", "background", "progress", "cancel", "optional", "websocket", "bogus"])
def test_refuses_keywords_dash_drops(kw):
    with pytest.raises(TypeError, match=kw):
        py2cs.clientside(Output("o", "children"), Input("i", "value"), app=_app(), **{kw: True})


def test_custom_namespace_and_global_registration(monkeypatch):
    calls = []
    monkeypatch.setattr(dash, "clientside_callback", lambda *a, **k: calls.append((a, k)))

    @py2cs.clientside(Output("o", "children"), Input("i", "value"), namespace="myns")
    def glob_cb(v):
        return v
    assert glob_cb.namespace == "myns"
    (args, kwargs), = calls
    assert args[0].namespace == "myns" and args[0].function_name == "glob_cb"
    with pytest.raises(ValueError):
        py2cs.clientside(Input("i", "value"), namespace="_dashprivate_x")


def test_transpile_error_at_decoration_points_at_user_line():
    app = _app()
    with pytest.raises(py2cs.TranspileError) as ei:
        @py2cs.clientside(Output("o", "children"), Input("i", "value"), app=app)
        def bad_cb(v):
            class K:  # noqa: F841 - unsupported on purpose
                pass
            return v
    d = ei.value.diagnostics[0]
    assert d.file.endswith("test_decorator.py")
    assert d.line == bad_cb_line()


def bad_cb_line():
    import inspect
    src = inspect.getsource(test_transpile_error_at_decoration_points_at_user_line).splitlines()
    start = inspect.getsourcelines(test_transpile_error_at_decoration_points_at_user_line)[1]
    return start + next(i for i, l in enumerate(src) if "class K" in l)


def test_wrong_arity_is_an_error():
    with pytest.raises(py2cs.TranspileError, match="parameters"):
        @py2cs.clientside(Output("o", "children"), Input("i", "value"), Input("j", "value"), app=_app())
        def one_arg(v):
            return v


def test_duplicate_name_in_namespace_is_an_error():
    app = _app()

    def make():
        def same_name(v):
            return v
        return same_name
    py2cs.clientside(Output("o", "children"), Input("i", "value"), app=app, namespace="dupns")(make())

    def same_name(v):
        return v
    with pytest.raises(py2cs.TranspileError, match="already exists"):
        py2cs.clientside(Output("p", "children"), Input("i", "value"), app=app, namespace="dupns")(same_name)


APP_SRC = textwrap.dedent('''
    import sys
    from dash import Dash, html, Input, Output
    import py2cs
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="i"), html.Div(id="o")])

    @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app)
    def echo(v):
        return v

    if __name__ == "__main__":
        print("NS", echo.namespace, echo.function_name)
        # first request: generated assets must be written before Dash scans the folder
        c = app.server.test_client()
        html_text = c.get("/").get_data(as_text=True)
        print("SCRIPT", "py2cs_myapp.js" in html_text)
''')


def test_namespace_same_for_main_import_and_build(tmp_path):
    (tmp_path / "myapp.py").write_text(APP_SRC)
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(py2cs.__file__))))
    run = subprocess.run([sys.executable, "myapp.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "NS py2cs_myapp echo" in run.stdout
    assert "SCRIPT True" in run.stdout          # written at first request and served as an asset
    assert (tmp_path / "assets" / "py2cs_myapp.js").read_text().startswith("// Generated by py2cs")
    imp = subprocess.run([sys.executable, "-c", "import myapp; print('NS', myapp.echo.namespace, myapp.echo.function_name)"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert "NS py2cs_myapp echo" in imp.stdout, imp.stderr
    mod = subprocess.run([sys.executable, "-m", "myapp"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert "NS py2cs_myapp echo" in mod.stdout, mod.stderr
    # the build produces the same bytes as the runtime writer
    before = (tmp_path / "assets" / "py2cs_myapp.js").read_bytes()
    b = subprocess.run([sys.executable, "-m", "py2cs", "build", "myapp.py", "--check"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert b.returncode == 0, b.stderr
    assert (tmp_path / "assets" / "py2cs_myapp.js").read_bytes() == before


def test_same_named_callbacks_in_different_modules_do_not_collide(tmp_path, monkeypatch):
    for name in ("moda", "modb"):
        (tmp_path / f"{name}.py").write_text(textwrap.dedent('''
            from dash import Dash, Input, Output
            import py2cs
            app = Dash(__name__)

            @py2cs.clientside(Output("o", "children"), Input("i", "value"), app=app)
            def update(v):
                return v
        '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    import moda
    import modb
    assert moda.update.namespace == "py2cs_moda" and modb.update.namespace == "py2cs_modb"
