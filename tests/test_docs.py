"""Every code example in docs/*.md and README.md is executed, and docs/subset.md is not stale.

Fenced blocks are classified by their info string:

``python run``      defines functions; ``# cases: f(1), f("a")`` lines list calls. Each call runs in
                    CPython and, transpiled, in QuickJS (tests/difftest.check_function); ``async def``
                    functions are awaited on both sides.
``python dash``     a callback using Dash names (no_update, PreventUpdate, ctx, set_props, Patch): the
                    cases run through the Dash harness of tests/test_dash_runtime.py, comparing the
                    returned value, PreventUpdate and set_props side effects. Optional directives:
                    ``# outputs: N`` (number of Outputs; 0 = no-output callback), ``# triggered: "id.prop"``.
``python compile``  needs a browser (py2cs.js interop): must transpile; its ``# cases:`` run in QuickJS
                    against a fake browser and must finish without an exception.
``python exec``     plain CPython code (e.g. a test using ``py2cs.js.fake``): must run, asserts hold.
``python refused``  must raise TranspileError; the ``text`` block right after it must occur in the
                    rendered diagnostics (transpiled under the file name the text block shows).
``python app``      a whole Dash app: ``py2cs build`` must write its modules into a temp dir, and
                    ``py2cs.testing.assert_equivalent`` must pass for each of its callbacks (its
                    ``examples=`` plus a few generated inputs).
``python app-refused``  a whole Dash app py2cs refuses: ``py2cs build`` fails with the diagnostic of
                    the following ``text`` block (shown for a file named app.py).
``python limit``    a documented run-time difference: must be one of py2cs.tables.syntax.LIMITS
                    (tested below).
``js``              a JavaScript example (the "before" of a conversion): must parse in QuickJS.
``bash``            every ``py2cs ...`` line must be a valid command line of the CLI.

A plain ``python`` block is an error in docs/; in README.md (whose other sections belong to other
engineers) it is treated as ``app`` when it creates a Dash app, else as ``run``.
"""
from __future__ import annotations

import ast
import asyncio
import glob
import importlib.util
import itertools
import json
import os
import re
import shlex
import sys
from dataclasses import dataclass, field

import click
import pytest
import quickjs
from click.testing import CliRunner

import py2cs
from py2cs import build as B
from py2cs import cli, docgen
from py2cs.equiv.harness import _drive
from py2cs.tables import builtins as BTT
from py2cs.tables import syntax as SX
from difftest import Compiled, check_function, py_run, same_outcome, browser_json, _jsonable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_FILES = sorted(glob.glob(os.path.join(ROOT, "docs", "**", "*.md"), recursive=True)) + [os.path.join(ROOT, "README.md")]
APP_EXAMPLES = 30          # generated inputs per callback of a `python app` block (plus its examples=)
MODES = {"run", "dash", "compile", "exec", "refused", "app", "app-refused", "limit"}


@dataclass
class Block:
    file: str
    line: int
    lang: str
    mode: str
    text: str
    after: "Block | None" = field(default=None, repr=False)

    @property
    def id(self):
        return f"{os.path.relpath(self.file, ROOT)}:{self.line}"


def extract(path: str) -> list[Block]:
    blocks: list[Block] = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)```+\s*([\w+-]*)\s*(.*)$", lines[i])
        if not m:
            i += 1
            continue
        indent, lang, rest = m.group(1), m.group(2).lower(), m.group(3).strip()
        start = i + 1
        j = start
        while j < len(lines) and not re.match(r"^\s*```+\s*$", lines[j]):
            j += 1
        body = "\n".join(l[len(indent):] if l.startswith(indent) else l for l in lines[start:j]) + "\n"
        blocks.append(Block(path, start, lang, rest.split()[0] if rest else "", body))
        i = j + 1
    for a, b in zip(blocks, blocks[1:]):
        a.after = b
    return blocks


ALL_BLOCKS = [b for f in DOC_FILES for b in extract(f)]


def python_mode(b: Block) -> str:
    if b.mode:
        return b.mode
    if os.path.basename(b.file) == "README.md":
        return "app" if re.search(r"\bDash\(", b.text) else "run"
    return ""


def blocks_of(mode: str) -> list:
    out = [pytest.param(b, id=b.id) for b in ALL_BLOCKS if b.lang == "python" and python_mode(b) == mode]
    return out or [pytest.param(None, marks=pytest.mark.skip(reason=f"no {mode} blocks"))]


# ------------------------------------------------------------------ loading snippets

_N = itertools.count()


def load(src: str, tmp_path, stem: str | None = None):
    """Import a snippet from a real file (py2cs reads function source from files)."""
    name = stem or f"docex_{os.getpid()}_{next(_N)}"
    path = tmp_path / f"{name}.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, str(path))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def directives(text: str, key: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(rf"^\s*#\s*{key}:\s*(.+)$", text, re.M)]


def parse_cases(text: str) -> list[tuple[str, tuple]]:
    """``# cases: f(1, "a"), g([1])`` -> [("f", (1, "a")), ("g", ([1],))]."""
    out = []
    for line in directives(text, "cases"):
        tree = ast.parse("(" + line + ",)", mode="eval").body
        for call in tree.elts:
            assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.keywords, line
            out.append((call.func.id, tuple(ast.literal_eval(a) for a in call.args)))
    return out


# ------------------------------------------------------------------ async equivalence

_ASYNC_HARNESS = r"""
var __res = null;
function __start(f, argsJson) {
  __res = null;
  var p;
  try { p = f.apply(null, JSON.parse(argsJson)); }
  catch (e) { __res = {err: [py_exc_type(e), e && e.py_args ? py_exc_str(e) : String(e && e.message)]}; return; }
  Promise.resolve(p).then(function (r) { __res = {ok: r === undefined ? '__undefined__' : r}; },
    function (e) { __res = {err: [py_exc_type(e), e && e.py_args ? py_exc_str(e) : String(e && e.message)]}; });
}
function __result() { return JSON.stringify(__res); }
"""


def check_async(func, cases):
    c = Compiled(func)
    c.ctx.eval(_ASYNC_HARNESS)
    for args in cases:
        args = tuple(browser_json(_jsonable(list(args))))
        try:
            # driven by hand, not asyncio.run: another test (Playwright) may leave an event loop running
            p = ("ok", _jsonable(_drive(func(*args))))
        except Exception as e:  # noqa: BLE001
            p = ("err", type(e).__name__, str(e))
        c.ctx.eval(f"__start(__f, {json.dumps(json.dumps(list(args)))})")
        while c.ctx.execute_pending_job():
            pass
        out = json.loads(c.ctx.eval("__result()"))
        assert out is not None, "the Promise did not settle"
        j = ("err", *out["err"]) if "err" in out else ("ok", out["ok"])
        assert same_outcome(p, j), f"{func.__name__}{args!r}: python {p!r} js {j!r}\n{c.js}"


def check_cases(mod, cases):
    by_func: dict = {}
    for name, args in cases:
        by_func.setdefault(name, []).append(args)
    for name, args_list in by_func.items():
        func = getattr(mod, name, None)
        assert callable(func), f"# cases: calls {name}(), which the block does not define"
        if asyncio.iscoroutinefunction(func):
            check_async(func, args_list)
        else:
            check_function(func, args_list)
    return sum(len(v) for v in by_func.values())


# ------------------------------------------------------------------ python blocks


def test_every_python_block_in_docs_has_a_mode():
    bad = [b.id for b in ALL_BLOCKS if b.lang == "python" and python_mode(b) not in MODES]
    assert not bad, f"python blocks without a known mode ({', '.join(sorted(MODES))}): {bad}"


@pytest.mark.parametrize("block", blocks_of("run"))
def test_run_block(block, tmp_path):
    cases = parse_cases(block.text)
    mod = load(block.text, tmp_path)
    if not cases:        # README blocks by other sections: every function must at least transpile
        assert os.path.basename(block.file) == "README.md", "a `python run` block needs `# cases:` lines"
        for v in vars(mod).values():
            if callable(v) and getattr(v, "__module__", None) == mod.__name__:
                py2cs.transpile(v)
        return
    check_cases(mod, cases)


@pytest.mark.parametrize("block", blocks_of("dash"))
def test_dash_block(block, tmp_path):
    from test_dash_runtime import compile_cb, fake_ctx, js_run, js_window_for
    from test_dash_runtime import py_run as dash_py_run
    cases = parse_cases(block.text)
    assert cases, "a `python dash` block needs `# cases:` lines"
    outputs = directives(block.text, "outputs")
    n_outputs = int(outputs[0]) if outputs else None
    triggered = [ast.literal_eval(t) for t in directives(block.text, "triggered")] or [None]
    mod = load(block.text, tmp_path)
    for trig in triggered:
        g = fake_ctx([(trig, 1)] if trig else [])
        for name, args in cases:
            func = getattr(mod, name)
            c = compile_cb(func, n_outputs, window=js_window_for(g))
            got = js_run(c, *args)
            want = dash_py_run(func, args, fake_ctx([(trig, 1)] if trig else []))
            if n_outputs == 0:     # a no-output callback: Dash ignores the returned value
                got, want = (got[0][0], got[1]), (want[0][0], want[1])
            assert got == want, f"{name}{args!r} triggered by {trig}: js {got!r} != python {want!r}"


FAKE_BROWSER = r"""
var window = {innerWidth: 1024, location: {href: 'http://127.0.0.1:8050/'}, dash_clientside: {}};
var document = {title: '', getElementById: function (id) { return {id: id, textContent: '', focus: function () {}}; }};
var __log = [];
var console = {log: function () { __log.push(Array.prototype.slice.call(arguments)); }};
var localStorage = {_d: {}, getItem: function (k) { return k in this._d ? this._d[k] : null; },
                    setItem: function (k, v) { this._d[k] = String(v); }};
function fetch(url) {
  return Promise.resolve({ok: true, json: function () {
    return Promise.resolve([{name: 'a', visible: true}, {name: 'b', visible: false}, {name: 'c'}]); }});
}
function setTimeout(f) { f(); return 1; }
var navigator = {permissions: {query: function (o) { return Promise.resolve({name: o.name, state: 'granted'}); }}};
"""


@pytest.mark.parametrize("block", blocks_of("compile"))
def test_compile_block(block, tmp_path):
    """Needs a browser: must transpile; with `# cases:` it also runs in QuickJS against a fake browser
    (window, document, console, fetch, localStorage) and must finish without an exception."""
    mod = load(block.text, tmp_path)
    funcs = {k: v for k, v in vars(mod).items() if callable(v) and getattr(v, "__module__", None) == mod.__name__
             and hasattr(v, "__code__")}
    assert funcs
    for f in funcs.values():
        assert py2cs.transpile(f)
    for name, args in parse_cases(block.text):
        c = Compiled(funcs[name])
        c.ctx.eval(FAKE_BROWSER + _ASYNC_HARNESS)
        c.ctx.eval(f"__start(__f, {json.dumps(json.dumps(list(args)))})")
        while c.ctx.execute_pending_job():
            pass
        out = json.loads(c.ctx.eval("__result()"))
        assert out is not None and "ok" in out, f"{name}{args!r}: {out!r}\n{c.js}"


@pytest.mark.parametrize("block", blocks_of("exec"))
def test_exec_block(block, tmp_path):
    """Plain CPython code (tests of callbacks, fakes): runs, and its asserts hold."""
    load(block.text, tmp_path)


@pytest.mark.parametrize("block", blocks_of("refused"))
def test_refused_block(block):
    after = block.after
    assert after is not None and after.lang == "text", "a `python refused` block must be followed by a ```text block"
    m = re.search(r"^(\S+\.py):\d+:\d+: error:", after.text, re.M)
    assert m, "the text block must show a diagnostic `file.py:LINE:COL: error: ...`"
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(block.text, m.group(1))
    assert after.text.strip("\n") in info.value.render(), info.value.render()


@pytest.mark.parametrize("block", blocks_of("app"))
def test_app_block(block, tmp_path):
    stem = f"docapp_{next(_N)}"
    (tmp_path / f"{stem}.py").write_text(block.text, encoding="utf-8")
    p, result = B.build(str(tmp_path / f"{stem}.py"), str(tmp_path / "assets_out"))
    assert result.written, "the app registers no @py2cs.clientside callback"
    for name in result.written:
        text = (tmp_path / "assets_out" / name).read_text(encoding="utf-8")
        assert "window.dash_clientside" in text
    # every callback of the app: the shipped JS agrees with the Python on its examples= and generated inputs
    from py2cs import decorator
    from py2cs.testing import assert_equivalent
    path = os.path.realpath(str(tmp_path / f"{stem}.py"))
    entries = [e for e in decorator.registry() if e.file == path]
    assert entries
    for e in entries:
        r = assert_equivalent(e.func, max_examples=APP_EXAMPLES, seed=0)
        print(f"{e.function_name}: {r.status}, {r.cases} cases")
        assert r.cases > 0, r.to_dict()


@pytest.mark.parametrize("block", blocks_of("app-refused"))
def test_app_refused_block(block, tmp_path):
    """A whole app that py2cs refuses: `py2cs build` must fail with the diagnostic in the next text block
    (shown for a file named app.py)."""
    after = block.after
    assert after is not None and after.lang == "text"
    d = tmp_path / f"docapp_{next(_N)}"
    d.mkdir()
    (d / "app.py").write_text(block.text, encoding="utf-8")
    with pytest.raises(py2cs.TranspileError) as info:
        B.build(str(d / "app.py"), str(d / "assets_out"))
    text = info.value.render().replace(str(d) + os.sep, "")
    assert after.text.strip("\n") in text, text
    assert not (d / "assets_out").exists()


@pytest.mark.parametrize("block", blocks_of("limit"))
def test_limit_block_is_tested(block):
    assert block.text in [lim.example for lim in SX.LIMITS], "`python limit` blocks come from syntax.LIMITS"


# ------------------------------------------------------------------ other languages

JS_BLOCKS = [pytest.param(b, id=b.id) for b in ALL_BLOCKS if b.lang in ("js", "javascript")]


@pytest.mark.parametrize("block", JS_BLOCKS or [pytest.param(None, marks=pytest.mark.skip)])
def test_js_block_parses(block):
    ctx = quickjs.Context()
    ctx.eval("var window = {dash_clientside: {}}; var dash_clientside = window.dash_clientside;")
    src = block.text.strip()
    if re.match(r"^(async\s+)?function\b|^\(", src):
        src = "(" + src + ")"
    ctx.eval(src)   # defines the function (a syntax check); nothing is called


BASH_BLOCKS = [pytest.param(b, id=b.id) for b in ALL_BLOCKS if b.lang in ("bash", "sh", "console", "shell")]


@pytest.mark.parametrize("block", BASH_BLOCKS or [pytest.param(None, marks=pytest.mark.skip)])
def test_bash_block_uses_real_cli(block):
    for line in block.text.splitlines():
        for part in re.split(r"&&|\|\||;|\|", line.split(" #")[0]):
            part = re.sub(r"\d?>>?\s*\S+", "", part)          # drop redirections
            words = shlex.split(part.strip().lstrip("$ "), comments=True)
            if not words or words[0] != "py2cs":
                continue
            args = words[1:]
            if args and args[0] in ("--help", "--version"):
                continue
            assert args and args[0] in cli.main.commands, f"unknown command: {part.strip()}"
            cmd = cli.main.commands[args[0]]
            try:
                cmd.make_context(args[0], [a for a in args[1:] if a != "--help"])
            except click.BadParameter as e:     # the example's files need not exist here
                assert "does not exist" in str(e), f"{part.strip()}: {e}"


# ------------------------------------------------------------------ the generated reference

def test_subset_md_is_fresh():
    path = os.path.join(ROOT, "docs", "subset.md")
    with open(path, encoding="utf-8") as f:
        assert f.read() == docgen.render(), "docs/subset.md is stale: run `py2cs docs`"


def test_readme_summary_is_fresh():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    assert docgen.SUMMARY_BEGIN in text and docgen.SUMMARY_END in text
    assert docgen.replace_summary(text) == text, "README.md's summary section is stale: run `py2cs docs`"
    assert "docs/subset.md" in text and "docs/quickstart.md" in text


def test_docs_check_command(tmp_path):
    out, readme = tmp_path / "subset.md", tmp_path / "README.md"
    readme.write_text(f"# x\n\n{docgen.SUMMARY_BEGIN}\nold\n{docgen.SUMMARY_END}\n\nmore\n", encoding="utf-8")
    args = ["docs", "--out", str(out), "--readme", str(readme)]
    runner = CliRunner()
    assert runner.invoke(cli.main, args + ["--check"]).exit_code == 1   # missing
    r = runner.invoke(cli.main, args)
    assert r.exit_code == 0 and "wrote" in r.output
    assert "old" not in readme.read_text(encoding="utf-8") and "more" in readme.read_text(encoding="utf-8")
    assert runner.invoke(cli.main, args + ["--check"]).exit_code == 0
    out.write_text(out.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    r = runner.invoke(cli.main, args + ["--check"])
    assert r.exit_code == 1 and "stale" in r.output
    runner.invoke(cli.main, args)
    readme.write_text(readme.read_text(encoding="utf-8").replace("| builtins |", "| builtinz |"), encoding="utf-8")
    assert runner.invoke(cli.main, args + ["--check"]).exit_code == 1


@pytest.mark.parametrize("construct", [pytest.param(c, id=c.name) for c in SX.STATEMENTS + SX.EXPRESSIONS])
def test_syntax_table_example(construct, tmp_path):
    assert construct.snippet in construct.example
    mod = load(construct.example, tmp_path)
    if construct.run == "compile":
        assert py2cs.transpile(mod.example)
    elif construct.run == "async":
        check_async(mod.example, list(construct.cases))
    else:
        check_function(mod.example, list(construct.cases))


@pytest.mark.parametrize("limit", [pytest.param(x, id=x.name) for x in SX.LIMITS])
def test_known_limit(limit, tmp_path):
    mod = load(limit.example, tmp_path)
    c = Compiled(mod.example)
    for args in limit.cases:
        js = c.run(args)
        py = py_run(mod.example, args)
        assert not same_outcome(py, js), "this limit is gone: remove it from syntax.LIMITS"
        if limit.js_error:
            etype, _, msg = limit.js_error.partition(": ")
            assert js == ("err", etype, msg)
        else:
            assert js == ("ok", limit.js_returns)


def test_refusal_examples_are_refused():
    from py2cs import check as CK
    missing = [r.id for r in CK.RULES if r.id not in docgen.RULE_EXAMPLES and r.id not in docgen.RULES_WITHOUT_EXAMPLE]
    assert not missing, f"check.py rules without an example in docgen.RULE_EXAMPLES: {missing}"
    accepted = [k for k, src in docgen.RULE_EXAMPLES.items() if docgen.diagnose(src) is None]
    accepted += [r.name for r in SX.SEMANTIC_REFUSALS if docgen.diagnose(r.example) is None]
    accepted += [n for n in BTT.REFUSED if docgen.diagnose(f"def f(x):\n    return {n}(x)\n") is None]
    assert not accepted, f"now supported (update py2cs/tables/syntax.py or docgen): {accepted}"


def test_examples_are_counted():
    """A floor on the number of executed examples, so a broken extractor cannot silently pass."""
    n = sum(1 for b in ALL_BLOCKS if b.lang == "python")
    assert n >= 40, n


def _slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    s = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return s.replace(" ", "-")


def test_links_between_docs_resolve():
    bad = []
    for path in DOC_FILES:
        text = open(path, encoding="utf-8").read()
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", prose):
            if re.match(r"^[a-z]+:", target):
                continue                       # external URL
            file, _, anchor = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(path), file)) if file else path
            if not os.path.exists(dest):
                bad.append(f"{os.path.relpath(path, ROOT)}: {target} (no such file)")
                continue
            if anchor and dest.endswith(".md"):
                heads = re.findall(r"^#+\s+(.*)$", re.sub(r"```.*?```", "", open(dest, encoding="utf-8").read(),
                                                          flags=re.S), re.M)
                if anchor not in {_slug(h) for h in heads}:
                    bad.append(f"{os.path.relpath(path, ROOT)}: {target} (no such heading)")
    assert not bad, "\n".join(bad)


def test_every_construct_has_a_readme_summary():
    # README's one-screen summary joins Construct.short; a missing entry left an empty ", ," item there
    from py2cs.tables.syntax import EXPRESSIONS, STATEMENTS
    assert [c.name for c in STATEMENTS + EXPRESSIONS if not c.short] == []
