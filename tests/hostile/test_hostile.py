"""Hostile and invalid input (tests/hostile/cases.py): every case gives a clean diagnostic through
``py2cs transpile FILE`` and ``py2cs build APP --out DIR`` (exit code 1, file:line:col, the source line, a
hint, no traceback), writes nothing, and leaves the user's files byte-identical."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import py2cs
from py2cs import cli

from hostile.cases import ACCEPTED, CRASH, REFUSED  # noqa: F401

BUG = "py2cs bug: "


def _param(case, n_fields):
    *fields, bug = case
    marks = [pytest.mark.xfail(strict=True, reason=BUG + bug)] if bug else []
    return pytest.param(*fields[:n_fields], id=fields[0], marks=marks)


def _snapshot(directory: Path) -> dict:
    out = {}
    for root, _, files in os.walk(directory):
        for name in files:
            p = Path(root) / name
            out[str(p.relative_to(directory))] = p.read_bytes()
    return out


def _output(result) -> str:
    text = result.output or ""
    try:
        text += result.stderr or ""
    except (ValueError, AttributeError):
        pass
    return text


def _assert_clean_failure(result, path: Path, data: bytes, words):
    text = _output(result)
    assert result.exit_code == 1, text
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"py2cs raised {type(result.exception).__name__}: {result.exception}"
    assert "Traceback" not in text, text
    m = re.search(re.escape(str(path)) + r":(\d+):(\d+): error: ", text)
    assert m, text
    assert "hint: " in text, text
    if words:
        assert words.lower() in text.lower(), text
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return                                    # an undecodable file has no source line to show
    line = int(m.group(1))
    if "no top-level functions" in text:
        return                                    # a file-wide problem: no line to show
    if 0 < line <= len(lines) and lines[line - 1].strip():
        shown = lines[line - 1].strip().expandtabs(4)[:60]
        assert shown in text, text


@pytest.mark.parametrize("name,data,words", [_param(c, 3) for c in REFUSED])
def test_transpile_cli_refuses_cleanly(tmp_path, name, data, words):
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    before = _snapshot(tmp_path)
    result = CliRunner().invoke(cli.main, ["transpile", str(path)])
    _assert_clean_failure(result, path, data, words)
    assert _snapshot(tmp_path) == before


def test_corpus_size():
    assert len(REFUSED) >= 60 and len({c[0] for c in REFUSED + ACCEPTED}) == len(REFUSED) + len(ACCEPTED)


# ---------------------------------------------------------------- accepted odd sources

def _load_js(js: str):
    import quickjs
    ctx = quickjs.Context()
    ctx.set_time_limit(10)
    ctx.eval("var window = {};")
    ctx.eval(js)
    return ctx


@pytest.mark.parametrize("name,data", [_param(c, 2) for c in ACCEPTED])
def test_odd_but_valid_source_transpiles(tmp_path, name, data):
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    result = CliRunner().invoke(cli.main, ["transpile", str(path)])
    assert result.exit_code == 0 and result.exception is None, _output(result)
    ctx = _load_js(result.output)
    ns = {}
    exec(compile(data, str(path), "exec"), ns)   # bytes: CPython honours a BOM or coding cookie
    funcs = [k for k, v in ns.items() if callable(v) and getattr(v, "__module__", None) is None and not k.startswith("__")
             or k in ("__proto__",)]
    assert funcs
    for fname in funcs:
        fn = ns[fname]
        nargs = fn.__code__.co_argcount
        args = [3] * nargs
        try:
            expected = ("ok", fn(*args))
        except RecursionError:
            expected = ("err", "RecursionError")
        import json
        got = ctx.eval(f"(function () {{ try {{ return JSON.stringify(window.dash_clientside[{json.dumps(name)}]"
                       f"[{json.dumps(fname)}].apply(null, {json.dumps(args)})); }} catch (e) {{ return 'ERR ' + e; }} }})()")
        if expected[0] == "ok":
            assert json.loads(got) == json.loads(json.dumps(expected[1]).replace("Infinity", "null")), (fname, got)
        else:
            assert got.startswith("ERR"), got


# ---------------------------------------------------------------- py2cs.transpile on live function objects

def _exec_function(src: str, filename: str = "<string>", name: str = "f"):
    ns: dict = {}
    exec(compile(src, filename, "exec"), ns)
    return ns[name]


class _Holder:
    def method(self, x):
        return x


def _live_cases():
    import functools
    return [
        ("exec_without_file", lambda: _exec_function("def f(x):\n    return x\n"), "source"),
        ("repl_stdin", lambda: _exec_function("def f(x):\n    return x\n", "<stdin>"), "source"),
        ("notebook_cell", lambda: _exec_function("def f(x):\n    return x\n", "<ipython-input-3-1a2b3c>"), "source"),
        ("missing_file", lambda: _exec_function("def f(x):\n    return x\n", "/nonexistent/dir/app.py"), "source"),
        ("lambda", lambda: (lambda x: x), "lambda"),
        ("builtin", lambda: len, "not a Python function"),
        ("partial", lambda: functools.partial(max, 1), "not a Python function"),
        ("bound_method", lambda: _Holder().method, "not a Python function"),
        ("class_object", lambda: _Holder, "not a Python function"),
        ("string", lambda: "def f(x): return x", "not a Python function"),
        ("none", lambda: None, "not a Python function"),
    ]


@pytest.mark.parametrize("name,make,words", [pytest.param(*c, id=c[0]) for c in _live_cases()])
def test_transpile_live_object_refused_cleanly(name, make, words):
    obj = make()
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(obj)
    text = str(info.value)
    assert re.search(r":\d+:\d+: error: ", text), text
    assert "hint: " in text, text
    assert words.lower() in text.lower(), text


def test_transpile_function_whose_file_changed(tmp_path):
    """The function's file was edited after import: py2cs reads the new text; it must not transpile a
    different function under the old name silently when the def is gone."""
    path = tmp_path / "changed.py"
    path.write_text("def f(x):\n    return x + 1\n", encoding="utf-8")
    fn = _exec_function(path.read_text(encoding="utf-8"), str(path))
    path.write_text("def g(x):\n    return x\n", encoding="utf-8")
    import linecache
    linecache.checkcache(str(path))
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(fn)
    assert "def f" in str(info.value) or "source" in str(info.value)


# ---------------------------------------------------------------- py2cs build APP --out DIR

_APP_HEAD = ("from dash import Dash, html, dcc, Input, Output\nimport py2cs\n\napp = Dash(__name__)\n"
             "app.layout = html.Div([dcc.Input(id='i'), html.Div(id='o')])\n\n\n")
_DECO = "@py2cs.clientside(Output('o', 'children'), Input('i', 'value'), app=app)\n"
_GOOD = _APP_HEAD + _DECO + "def f(x):\n    return x\n"

BUILD_CASES = [c for c in REFUSED if c[0] in {
    "class_inside_loop", "with_open_file", "unknown_name_typo", "json_load_not_loads", "str_format_map",
    "builtin_vars", "attr_dunder_proto", "kwargs_to_user_function", "const_object_global",
    "const_datetime_global", "deep_expression_5000_terms", "lambda_kwargs",
    "bytes_in_fstring", "match_class_pattern", "builtin_dunder_import", "generator_lambda"}]

BUILD_APP_CASES = [
    ("app_syntax_error", _APP_HEAD.encode() + b"def f(x)\n    return x\n", "syntax",
     None),
    ("app_not_utf8", _APP_HEAD.encode() + b"S = '\xe9'\n", "UTF-8",
     None),
    ("app_raises_on_import", _APP_HEAD.encode() + b"raise RuntimeError('boom')\n", "boom",
     None),
]


def _app_source(case_src: bytes) -> bytes:
    text = case_src.decode("utf-8")
    head, sep, tail = text.partition("def f(")
    if text.startswith("import json\n"):
        text = text[len("import json\n"):]
        head, sep, tail = text.partition("def f(")
        return ("import json\n" + _APP_HEAD + head + _DECO + sep + tail).encode("utf-8")
    if "import datetime" in head:
        return (_APP_HEAD + head + _DECO + sep + tail).encode("utf-8")
    return (_APP_HEAD + head + _DECO + sep + tail).encode("utf-8")


def _build(app: Path, out: Path):
    return CliRunner().invoke(cli.main, ["build", str(app), "--out", str(out)])


def _prepare(tmp_path: Path, stem: str):
    """An app dir with a good build done, plus a user's own JS asset in the out dir."""
    app = tmp_path / f"{stem}.py"
    out = tmp_path / "assets"
    out.mkdir()
    (out / "custom.js").write_bytes(b"// hand-written by the user\nwindow.x = 1;\n")
    app.write_text(_GOOD, encoding="utf-8")
    r = _build(app, out)
    assert r.exit_code == 0, _output(r)
    assert any(n.startswith("py2cs_") for n in os.listdir(out)), os.listdir(out)
    return app, out


def _check_failed_build(tmp_path, stem, data, words, expect_source_line=True):
    app, out = _prepare(tmp_path, stem)
    app.write_bytes(data)
    before = _snapshot(tmp_path)
    r = _build(app, out)
    _assert_clean_failure(r, app, data, words)
    assert _snapshot(tmp_path) == before      # no partial asset, generated module untouched, user files identical


@pytest.mark.parametrize("name,data,words", [_param(c, 3) for c in BUILD_CASES])
def test_build_refuses_cleanly(tmp_path, name, data, words):
    _check_failed_build(tmp_path, f"happ_{name}", _app_source(data), words)


@pytest.mark.parametrize("name,data,words", [_param(c, 3) for c in BUILD_APP_CASES])
def test_build_broken_app_fails_cleanly(tmp_path, name, data, words):
    _check_failed_build(tmp_path, f"happ_{name}", data, words)


def test_build_user_file_in_the_way(tmp_path):
    """A user's file with the generated module's name is never overwritten."""
    app, out = _prepare(tmp_path, "happ_collide")
    gen = next(n for n in os.listdir(out) if n.startswith("py2cs_"))
    (out / gen).write_bytes(b"// the user's own file\n")
    before = _snapshot(tmp_path)
    r = _build(app, out)
    text = _output(r)
    assert r.exit_code == 1 and "Traceback" not in text and "refusing to overwrite" in text, text
    assert _snapshot(tmp_path) == before


def test_build_out_dir_is_a_file(tmp_path):
    app = tmp_path / "happ_outfile.py"
    app.write_text(_GOOD, encoding="utf-8")
    out = tmp_path / "assets"
    out.write_bytes(b"not a dir")
    before = _snapshot(tmp_path)
    r = _build(app, out)
    text = _output(r)
    assert r.exit_code != 0 and "Traceback" not in text and r.exception is None or isinstance(r.exception, SystemExit), text
    assert _snapshot(tmp_path) == before


# ---------------------------------------------------------------- real processes (stderr, exit status)

@pytest.mark.parametrize("name,data", [
    ("proc_syntax", b"def f(x)\n    return x\n"),
    ("proc_refused", b"def f(x):\n    return type(x)\n"),
    ("proc_deep", ("def f(x):\n    return " + " + ".join(["x"] * 5000) + "\n").encode()),
], ids=["proc_syntax", "proc_refused", "proc_deep"])
def test_cli_process_exit_code_and_stderr(tmp_path, name, data):
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    p = subprocess.run([sys.executable, "-m", "py2cs", "transpile", str(path)], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr and p.stdout == "", p.stderr
    assert re.search(re.escape(str(path)) + r":\d+:\d+: error: ", p.stderr), p.stderr
    assert path.read_bytes() == data


# ---------------------------------------------------------------- live functions using non-JSON module values

_LIVE_MODULE = '''import datetime
S = {1, 2}
D = datetime.date(2020, 1, 1)
O = object()
B = b"x"
C = 1j
T = {(1, 2): 3}
R = range(3)
L = []
L.append(L)
BIG = 2**60
G = (i for i in range(3))
F = frozenset([1])


def f_set(x):
    return x in S


def f_date(x):
    return D


def f_obj(x):
    return O


def f_bytes(x):
    return B


def f_complex(x):
    return C


def f_tuple_key(x):
    return T


def f_range(x):
    return R


def f_recursive_list(x):
    return L


def f_big_int(x):
    return BIG


def f_generator(x):
    return G


def f_frozenset(x):
    return F
'''

_LIVE_NAMES = {"f_set": "'S'", "f_date": "'D'", "f_obj": "'O'", "f_bytes": "'B'", "f_complex": "'C'",
               "f_tuple_key": "'T'", "f_range": "'R'", "f_recursive_list": "'L'", "f_big_int": "'BIG'",
               "f_generator": "'G'", "f_frozenset": "'F'"}


@pytest.fixture(scope="module")
def live_module(tmp_path_factory):
    import importlib.util
    path = tmp_path_factory.mktemp("live") / "hostile_live_mod.py"
    path.write_text(_LIVE_MODULE, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("hostile_live_mod", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["hostile_live_mod"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(_LIVE_NAMES))
def test_live_non_json_global_refused(live_module, name):
    before = Path(live_module.__file__).read_bytes()
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(getattr(live_module, name))
    text = str(info.value)
    assert re.search(r"hostile_live_mod\.py:\d+:\d+: error: ", text), text
    assert _LIVE_NAMES[name] in text and "hint: " in text, text
    assert Path(live_module.__file__).read_bytes() == before


# ---------------------------------------------------------------- recursion limits at run time

def _deep(n):
    def r(k):
        return 0 if k <= 0 else 1 + r(k - 1)
    try:
        return r(n)
    except RecursionError:
        return "RecursionError"


def test_runaway_recursion_is_a_recursion_error():
    """Recursion beyond any engine's stack raises RecursionError in both (the JS stack overflow maps to it)."""
    from difftest import check_function
    check_function(_deep, [(10,), (100000,), (10 ** 7,)])


# ---------------------------------------------------------------- caret placement on odd lines

@pytest.mark.parametrize("name,data", [
    pytest.param("caret_tabs", b"def f(x):\n\tif x:\n\t\treturn  type(x)\n\treturn 1\n", id="caret_tabs"),
    pytest.param("caret_cr_only", b"def f(x):\r    return type(x)\r", id="caret_cr_only"),
    pytest.param("caret_form_feed", b"def f(x):\n\x0c    return type(x)\n", id="caret_form_feed"),
    pytest.param("caret_after_wide_chars", "def f(x):\n    y = 'é😀'; return type(x)\n".encode(),
                 id="caret_after_non_ascii"),
])
def test_caret_points_at_the_construct(tmp_path, name, data):
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    result = CliRunner().invoke(cli.main, ["transpile", str(path)])
    lines = _output(result).splitlines()
    i = next(k for k, line in enumerate(lines) if "type(x)" in line and "error:" not in line)
    assert lines[i + 1].rstrip().endswith("^"), lines
    assert lines[i + 1].index("^") == lines[i].index("type(x)"), "\n".join(lines)


# ---------------------------------------------------------------- lambdas capturing loop variables

def _late_binding(n):
    fs = [lambda: i for i in range(n)]
    gs = []
    for j in range(n):
        gs.append(lambda k: j * k)
    hs = {}
    for name in ["a", "b"]:
        def h():
            return name
        hs[name] = h
    return [[f() for f in fs], [g(2) for g in gs], [hs[k]() for k in sorted(hs)]]


def test_lambdas_capture_loop_variables_late_as_in_python():
    """Closures over a loop variable see its last value (CPython's late binding), not a per-iteration copy."""
    from difftest import check_function
    check_function(_late_binding, [(0,), (1,), (3,)])


def test_lambda_default_capture_is_translated(tmp_path):
    """The `lambda i=i:` idiom captures each value when the lambda is created, as in CPython."""
    import importlib.util

    from difftest import check_function
    path = tmp_path / "hostile_lam.py"
    path.write_text("def f(n):\n    fs = [lambda i=i: i for i in range(n)]\n    return [g() for g in fs]\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("hostile_lam", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["hostile_lam"] = mod
    spec.loader.exec_module(mod)
    check_function(mod.f, [(3,), (0,)])
