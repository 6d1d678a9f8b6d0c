"""Review of the build, the CLI, the decorator's registration and the start-up writer (what a Dash user meets)."""
from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap

import pytest
from dash import Dash, Input, Output, html

import py2cs
from py2cs import build as B
from py2cs import decorator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(py2cs.__file__)))


def cli(cwd, *args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "py2cs", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


ONE = textwrap.dedent('''
    from dash import Dash, html, Input, Output
    import py2cs
    app = Dash(__name__)
    app.layout = html.Div([html.Div(id="i"), html.Div(id="o")])

    @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app)
    def echo(v):
        return v
''')


# ---------------------------------------------------------------- files on disk

def test_written_modules_are_readable_by_others(tmp_path):
    """mkstemp creates 0600 files: a build by one user (CI, a Docker build as root) could not be served by
    the web server's user. New files get the mode open() would give; a rewrite keeps the file's mode."""
    (tmp_path / "app.py").write_text(ONE)
    old = os.umask(0o022)
    try:
        r = cli(tmp_path, "build", "app.py")
    finally:
        os.umask(old)
    assert r.returncode == 0, r.stderr
    path = tmp_path / "assets" / "py2cs_app.js"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    os.chmod(path, 0o640)
    (tmp_path / "app.py").write_text(ONE.replace("return v", "return v + '!'"))
    assert cli(tmp_path, "build", "app.py").returncode == 0
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


@pytest.mark.parametrize("out", ["app.py/sub", "n" * 300])
def test_an_unwritable_out_dir_is_a_clean_error(tmp_path, out):
    """An OSError while writing (not a directory, name too long, read-only, disk full) was a traceback."""
    (tmp_path / "app.py").write_text(ONE)
    r = cli(tmp_path, "build", "app.py", "--out", out)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and r.stderr.startswith("py2cs build: error: cannot write "), r.stderr
    assert [n for n in os.listdir(tmp_path) if n != "__pycache__"] == ["app.py"]


def test_a_namespace_too_long_for_a_file_name_is_a_clean_error(tmp_path):
    (tmp_path / "app.py").write_text(ONE.replace("app=app)", f"app=app, namespace={'n' * 300!r})"))
    r = cli(tmp_path, "build", "app.py")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "file name too long" in r.stderr, r.stderr
    assert os.listdir(tmp_path / "assets") == []          # no temporary file left behind


def test_namespaces_differing_only_in_case_collide(tmp_path):
    """py2cs_Foo.js and py2cs_foo.js are one file on macOS and Windows: one module would silently replace
    the other there."""
    src = ONE + textwrap.dedent('''
        @py2cs.clientside(Output("p", "children"), Input("i", "children"), app=app, namespace="Foo")
        def a(v):
            return v

        @py2cs.clientside(Output("q", "children"), Input("i", "children"), app=app, namespace="foo")
        def b(v):
            return v
    ''')
    (tmp_path / "app.py").write_text(src)
    r = cli(tmp_path, "build", "app.py")
    assert r.returncode == 1 and "collide on the file name" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "assets").exists()


def test_paths_outside_the_current_directory_are_shown_absolute(tmp_path):
    (tmp_path / "app.py").write_text(ONE)
    (tmp_path / "sub").mkdir()
    r = cli(tmp_path / "sub", "build", str(tmp_path / "app.py"))
    assert r.returncode == 0 and f"wrote {tmp_path / 'assets' / 'py2cs_app.js'}" in r.stdout, r.stdout


# ---------------------------------------------------------------- registration

def test_two_defs_of_one_name_in_a_module_are_an_error(tmp_path):
    """The second `def update` silently replaced the first: both Dash callbacks ran the second function."""
    src = ONE + textwrap.dedent('''
        @py2cs.clientside(Output("p", "children"), Input("i", "children"), app=app)
        def echo(v):
            return "other"
    ''')
    (tmp_path / "app.py").write_text(src)
    r = cli(tmp_path, "build", "app.py")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "app.py:12:1: error: a clientside callback named 'echo' already exists" in r.stderr, r.stderr
    assert "    def echo(v):" in r.stderr


def test_a_module_run_again_replaces_its_callbacks(tmp_path, monkeypatch):
    (tmp_path / "rerun_mod.py").write_text(ONE)
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    import rerun_mod
    importlib.reload(rerun_mod)
    assert [e.function_name for e in decorator.registry() if e.namespace == "py2cs_rerun_mod"] == ["echo"]


def test_an_app_factory_may_run_for_several_apps():
    def create_app():
        app = Dash(__name__)
        app.layout = html.Div()

        @py2cs.clientside(Output("o", "children"), Input("i", "value"), app=app, namespace="review_factory")
        def factory_cb(v):
            return v
        return app
    create_app()
    create_app()


def test_two_apps_in_one_module_with_one_name_are_an_error(tmp_path, monkeypatch):
    """Two apps of one module share its namespace (and here its assets folder): the second `one` made the
    first app run the second app's function."""
    (tmp_path / "two_apps_one_name.py").write_text(textwrap.dedent('''
        from dash import Dash, html, Input, Output
        import py2cs
        app1 = Dash(__name__)
        app2 = Dash(__name__)

        @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app1)
        def one(v):
            return v

        @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app2)
        def one(v):
            return v + "2"
    '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(py2cs.TranspileError, match="two_apps_one_name.py:12:1: error: a clientside callback named 'one'"):
        import two_apps_one_name  # noqa: F401


TWO_APPS = textwrap.dedent('''
    from dash import Dash, html, Input, Output
    import py2cs
    app1 = Dash(__name__)
    app1.layout = html.Div([html.Div(id="i"), html.Div(id="o")])
    app2 = Dash(__name__)
    app2.layout = html.Div([html.Div(id="i"), html.Div(id="o")])

    @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app1)
    def one(v):
        return v

    @py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app2)
    def two(v):
        return v

    if __name__ == "__main__":
        import os
        path = os.path.join(os.path.dirname(__file__), "assets", "py2cs_twoapps.js")
        for a in (app1, app2):
            a.server.test_client().get("/")
            text = open(path).read()
            print("HAS", '"one"' in text, '"two"' in text, os.stat(path).st_mtime_ns)
''')


def test_two_apps_sharing_an_assets_folder_do_not_overwrite_each_other(tmp_path):
    """The start-up writer of the second app replaced the module with only its own callbacks: the first
    app's page lost `one`; and a prebuilt module always looked stale (a read-only folder failed)."""
    (tmp_path / "twoapps.py").write_text(TWO_APPS)
    assert cli(tmp_path, "build", "twoapps.py").returncode == 0
    built = (tmp_path / "assets" / "py2cs_twoapps.js").read_bytes()
    env = dict(os.environ, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, "twoapps.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    lines = [l.split() for l in r.stdout.splitlines() if l.startswith("HAS")]
    assert [l[1:3] for l in lines] == [["True", "True"], ["True", "True"]]
    assert lines[0][3] == lines[1][3]                               # not rewritten
    assert (tmp_path / "assets" / "py2cs_twoapps.js").read_bytes() == built


# ---------------------------------------------------------------- the start-up writer

def _app_in(tmp_path, name):
    app = Dash(__name__, assets_folder=str(tmp_path / "assets"))
    app.layout = html.Div([html.Div(id="i"), html.Div(id="o")])
    src = tmp_path / f"{name}.py"
    src.write_text(f"def {name}(v):\n    return v\n")
    ns: dict = {}
    exec(compile(src.read_text(), str(src), "exec"), ns)
    py2cs.clientside(Output("o", "children"), Input("i", "children"), app=app,
                     namespace=f"review_{name}")(ns[name])
    return app


def test_startup_refuses_a_user_file_with_a_clear_500(tmp_path, caplog):
    (tmp_path / "assets").mkdir()
    mine = tmp_path / "assets" / "py2cs_review_startup_user.js"
    mine.write_text("// mine\n")
    app = _app_in(tmp_path, "startup_user")
    with caplog.at_level(logging.ERROR, logger="py2cs"):
        for _ in range(2):
            r = app.server.test_client().get("/")
            assert r.status_code == 500
            assert "not generated by py2cs" in r.get_data(as_text=True)
    assert mine.read_text() == "// mine\n"
    assert sum("not generated by py2cs" in m for m in caplog.messages) == 1   # logged once, no traceback
    assert not any(rec.exc_info for rec in caplog.records)


def test_startup_with_a_read_only_folder_and_a_stale_module_is_a_clear_500(tmp_path, monkeypatch, caplog):
    """A stale prebuilt module in a read-only assets folder was a traceback at every request."""
    (tmp_path / "assets").mkdir()
    stale = tmp_path / "assets" / "py2cs_review_startup_ro.js"
    stale.write_text("// Generated by py2cs\n// Source: x.py. Do not edit.\n")
    app = _app_in(tmp_path, "startup_ro")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", src, None, dst)
    monkeypatch.setattr(os, "replace", refuse)
    with caplog.at_level(logging.ERROR, logger="py2cs"):
        r = app.server.test_client().get("/")
    assert r.status_code == 500 and "permission denied" in r.get_data(as_text=True)
    assert str(stale) in r.get_data(as_text=True)
    assert stale.read_text().startswith("// Generated by py2cs\n// Source: x.py")
    assert [n for n in os.listdir(tmp_path / "assets")] == [stale.name]    # no temporary file left
    monkeypatch.undo()
    r = app.server.test_client().get("/")                  # fixed: the next request writes and serves
    assert r.status_code == 200 and stale.name in r.get_data(as_text=True)


# ---------------------------------------------------------------- pending

def test_undecodable_source_points_at_the_bad_byte(tmp_path):
    (tmp_path / "f.py").write_bytes(b"def f(x):\n    return 'caf\xe9' + x\n")
    r = cli(tmp_path, "transpile", "f.py")
    assert r.returncode == 1 and "f.py:2:16: error: source is not valid utf-8" in r.stderr, r.stderr
    assert "return 'caf" in r.stderr and "Traceback" not in r.stderr


def test_build_writes_each_apps_modules_into_its_own_assets_folder(tmp_path):
    src = TWO_APPS.replace("app2 = Dash(__name__)", "app2 = Dash(__name__, assets_folder='assets2')")
    (tmp_path / "twoapps.py").write_text(src.split("if __name__")[0])
    r = cli(tmp_path, "build", "twoapps.py")
    assert r.returncode == 0, r.stderr
    first, second = (tmp_path / "assets" / "py2cs_twoapps.js").read_text(), (tmp_path / "assets2" / "py2cs_twoapps.js").read_text()
    assert '"one"' in first and '"two"' not in first and '"two"' in second and '"one"' not in second
    assert cli(tmp_path, "build", "twoapps.py", "--check").returncode == 0
    # the same text each app writes at start-up (prebuilt, read-only deployments need no write)
    from py2cs import build as B, decorator
    mod, _, _ = B.load_app(str(tmp_path / "twoapps.py"))
    for app, text in ((mod.app1, first), (mod.app2, second)):
        modules = B.render_modules([e for e in decorator.entries_for_folder(app) if e.error is None])
        assert modules["py2cs_twoapps.js"] == text
