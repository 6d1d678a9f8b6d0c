"""The runtime compactor (py2cs/compact.py): every unit compacts under the safety net, compacted JS behaves as the
source did (QuickJS and V8), readable mode ships the units as written."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
import quickjs

from py2cs import compact, compiler, runtime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_every_runtime_unit_compacts():
    """The safety net passes on every unit (compact raises otherwise), and the table ships that result: no unit
    fell back to its source."""
    failures = []
    for u in runtime.units().values():
        try:
            text = compact.compact(u.source)
        except compact.CompactError as e:
            failures.append(f"{u.name}: {e}")
            continue
        assert u.compact == text, u.name
        assert len(text) < len(u.source), u.name
    assert not failures, "\n".join(failures)


def test_compacted_unit_is_one_line_without_comments():
    src = runtime.units()["py_str"].source
    out = runtime.units()["py_str"].compact
    assert "//" in src and "\n" in src
    assert "\n" not in out and "//" not in out
    assert out.startswith("function py_str(a){")


# Small programs: each is the body of a script that leaves its answer in `out`; the compacted script must
# compute the same answer (and the compactor must have renamed or squeezed something).
SNIPPETS = {
    "arguments": """
        function f(first, second) {
          var total = 0;
          for (var i = 0; i < arguments.length; i++) total += arguments[i];
          return [first, second, total, arguments.length];
        }
        var out = f(1, 2, 3, 4);
    """,
    "closure_captures_outer_local": """
        var a = 'global a', b = 'global b';
        function make(counter, step) {
          var label = 'c';
          function inc() { counter += step; return label + counter + a + b; }
          return inc;
        }
        var g = make(10, 5);
        var out = [g(), g()];
    """,
    "inner_shadows_outer": """
        function outer(value) {
          var other = value * 2;
          function inner(value) { return value + other; }
          return [inner(1), inner(value), value];
        }
        var out = outer(7);
    """,
    "free_name_not_captured": """
        var x = 100;
        function f(long_name_one, long_name_two) {
          var long_name_three = long_name_one + long_name_two;
          return function () { return long_name_three + x + (typeof a) + (typeof b); };
        }
        var out = f(1, 2)();
    """,
    "catch_param": """
        function f(n) {
          var msg = 'none';
          try { if (n > 1) throw new Error('big ' + n); }
          catch (err) { msg = err.message; var seen = err instanceof Error; }
          return [msg, seen];
        }
        var out = [f(1), f(5)];
    """,
    "let_const_blocks": """
        function f(items) {
          const res = [];
          let acc = 0;
          for (let i = 0; i < items.length; i++) {
            const item = items[i];
            let acc2 = acc + item;
            acc = acc2;
            res.push(function () { return i * 10 + item; });
          }
          { let acc = 'inner'; res.push(function () { return acc; }); }
          return [acc].concat(res.map(function (g) { return g(); }));
        }
        var out = f([3, 4, 5]);
    """,
    "arrow_functions": """
        function f(xs, factor) {
          const scale = (v) => v * factor;
          const pair = v => [v, arguments.length];
          return xs.map(scale).concat(pair(factor));
        }
        var out = f([1, 2], 3);
    """,
    "regex_literals": """
        function f(s) {
          var slashes = /\\/\\/x/g;
          var quotes = /["'`]+/;
          var cls = /[/]/;
          var t = s.replace(slashes, 'Y') + ' ' + quotes.test(s) + ' ' + cls.test(s);
          return t / 1 / 2 + ' ' + t;
        }
        var out = f('a//x"b/');
    """,
    "asi_call_continues": """
        function f(b) {
          var c = 2
          var a = b
          (c)
          return a
        }
        var out = f(function (x) { return x * 21; });
    """,
    "asi_return_and_postfix": """
        function f(x) {
          var y = 1
          x
          ++y
          if (x > 1) {
            return
            x
          }
          return [x, y]
        }
        var out = [f(1), f(2) === undefined];
    """,
    "asi_statements_without_semicolons": """
        function f(p, q) {
          var r = p
          var s = q
          r = r + s
          s = -s
          var t = r - -s
          var u = r + +s
          var v = t++ + ++u
          return [r, s, t, u, v, 1 .toString(), 2..toString()]
        }
        var out = f(3, 4)
    """,
    "comments_as_separators": """
        function f(p) {
          var a = p/* no space */+1, b = p/**/-/**/-1
          return a/*
          */
          +b
        }
        var out = f(5);
    """,
    "strings_verbatim": """
        function f(spaced) {
          var s = "a  // not a comment  /* nor this */", t = 'it\\'s   ', u = `tmpl   ${'x'}  `;
          return [s, t, u, spaced + '  '];
        }
        var out = f('  x  ');
    """,
    "labels_and_properties": """
        function f(data) {
          var count = 0, obj = {count: 1, data: 2, 'var': 3};
          outer: for (var i = 0; i < 3; i++) {
            for (var j = 0; j < 3; j++) { if (j > i) continue outer; if (i === 2) break outer; count++; }
          }
          return [count, obj.count, obj.data, obj['var'], data.count];
        }
        var out = f({count: 9});
    """,
    "var_redeclares_catch_param": """
        function f(n) {
          var err = 'outer';
          try { throw n; } catch (err) { var err = err + 1; }
          return err;
        }
        var out = [f(1), f('x')];
    """,
    "numbers_before_a_dot": """
        function f(p) {
          var hex = 0x10 .toString(), big = 1e3 .toString(), oct = 0o7 .toString(), bin = 0b11 .toFixed(1);
          return [hex, big, oct, bin, 1.5.toFixed(2), 2..toString(), p .length];
        }
        var out = f('abc');
    """,
    "var_arguments_keeps_names": """
        function f(p) { var arguments; return [arguments[0], arguments.length, p]; }
        var out = f(5, 6);
    """,
    "eval_keeps_names": """
        function f(longname) { var other = 2; return eval('longname + other'); }
        var out = f(40);
    """,
    "new_function_keeps_names": """
        function f(longname) { var g = new Function('return typeof longname'); return [g(), longname]; }
        var out = f(1);
    """,
}


def _run_quickjs(script: str):
    ctx = quickjs.Context()
    ctx.eval(script)
    return json.loads(ctx.eval("JSON.stringify(out)"))


def _compacted_script(script: str) -> str:
    """The script compacted statement by statement, as runtime units are."""
    root = compact._parse(script)
    return "\n".join(compact.compact(n.text()) for n in root.children() if n.kind() != "comment")


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_same_result_after_compacting(name):
    script = SNIPPETS[name]
    small = _compacted_script(script)
    assert len(small) < len(script)
    assert _run_quickjs(small) == _run_quickjs(script), small


def test_snippets_rename_what_they_should():
    small = {name: _compacted_script(s) for name, s in SNIPPETS.items()}
    assert "arguments" in small["arguments"] and "first" not in small["arguments"]
    assert "err" not in small["catch_param"] and "catch(a)" in small["catch_param"]
    # a free name is never given to a local: `a` and `b` are read by typeof inside, so locals skip them
    assert "typeof a" in small["free_name_not_captured"] and "long_name" not in small["free_name_not_captured"]
    assert "function f(c,d)" in small["free_name_not_captured"]
    assert "longname" in small["eval_keeps_names"] and "other" in small["eval_keeps_names"]
    assert "longname" in small["new_function_keeps_names"]
    assert "catch(err){var err=err+1;}" in small["var_redeclares_catch_param"]   # Annex B: that var sets the param
    assert "{count:1,data:2,'var':3}" in small["labels_and_properties"] and "continue outer" in small[
        "labels_and_properties"]
    assert '"a  // not a comment  /* nor this */"' in small["strings_verbatim"]
    assert "`tmpl   ${'x'}  `" in small["strings_verbatim"]
    assert "var c=a\n(b)" in small["asi_call_continues"]    # `b\n(c)` stays a call, as in the source
    assert "return\n" in small["asi_return_and_postfix"] and "\n++" in small["asi_return_and_postfix"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) not installed")
def test_snippets_same_result_in_v8():
    parts = ["var vm = require('vm');"]
    for name in sorted(SNIPPETS):
        for script in (SNIPPETS[name], _compacted_script(SNIPPETS[name])):
            parts.append("console.log(JSON.stringify(vm.runInNewContext(%s)));" % json.dumps(script + "\n;out"))
    proc = subprocess.run(["node", "-"], input="\n".join(parts), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 * len(SNIPPETS)
    for i, name in enumerate(sorted(SNIPPETS)):
        assert lines[2 * i] == lines[2 * i + 1], name
        assert json.loads(lines[2 * i]) == _run_quickjs(SNIPPETS[name]), name


def test_safety_net_refuses_a_wrong_compaction(monkeypatch):
    """A compactor bug that drops a needed line break (or renames into a capture) is caught by the re-parse."""
    src = "function f(p) {\n  var q = p\n  var r = q\n  return r\n}"
    assert compact.compact(src) == "function f(a){var b=a\nvar c=b\nreturn c}"
    monkeypatch.setattr(compact, "_keep_line_break", lambda p, n: False)
    with pytest.raises(compact.CompactError):
        compact.compact(src)
    assert compact.compact_or_original(src) == src


def test_safety_net_refuses_a_capture(monkeypatch):
    src = "function f(long1) { return function (long2) { return long1 + long2; }; }"
    real = compact._renames

    def capturing(analysis):
        out = real(analysis)
        return {k: "a" for k in out}           # every local called `a`: the inner one captures the outer
    monkeypatch.setattr(compact, "_renames", capturing)
    with pytest.raises(compact.CompactError, match="different binding"):
        compact.compact(src)


def test_html_like_comment_is_refused():
    """`a<!--b` is `a` and a comment to a browser's script parser (as to QuickJS and V8), `a < !--b` to the grammar:
    the unit ships as written."""
    src = "function f(a) {\n  var b = a<!--a\n  ;return b\n}"
    with pytest.raises(compact.CompactError, match="HTML-like comment"):
        compact.compact(src)
    assert compact.compact_or_original(src) == src
    assert _run_quickjs(src + "\nvar out = f(5);") == 5
    assert compact.compact("function f(a, b) { return a < !b; }") == "function f(a,b){return a< !b;}"


def test_source_that_does_not_parse_is_refused():
    with pytest.raises(compact.CompactError):
        compact.compact("function f( {")
    assert compact.compact_or_original("function f( {") == "function f( {"


def _transpiled(monkeypatch, readable: bool) -> str:
    if readable:
        monkeypatch.setenv(runtime.READABLE_ENV, "1")
    else:
        monkeypatch.delenv(runtime.READABLE_ENV, raising=False)

    def cb(x):
        return str(x) + "!"
    return compiler.transpile(cb)


def test_readable_mode_ships_units_as_written(monkeypatch):
    table = runtime.units()
    readable = _transpiled(monkeypatch, True)
    small = _transpiled(monkeypatch, False)
    for text, attr in ((readable, "source"), (small, "compact")):
        for line in getattr(table["py_str"], attr).splitlines():
            assert line.strip() in text
    assert "// " in readable and len(small) < len(readable)
    assert runtime.bundle(["py_str"]) == "\n".join(u.compact for u in runtime.closure(["py_str"]))
    monkeypatch.setenv(runtime.READABLE_ENV, "1")
    assert runtime.bundle(["py_str"]) == "\n".join(u.source for u in runtime.closure(["py_str"]))


def test_build_readable_runtime_option(tmp_path):
    app = os.path.join(ROOT, "examples", "stores", "app.py")
    env = {k: v for k, v in os.environ.items() if k != runtime.READABLE_ENV}
    for flag, out in (([], tmp_path / "small"), (["--readable-runtime"], tmp_path / "readable")):
        subprocess.run([sys.executable, "-m", "py2cs", "build", app, "--out", str(out)] + flag, check=True,
                       cwd=ROOT, env=env, capture_output=True)
    small = (tmp_path / "small" / "py2cs_app.js").read_text()
    readable = (tmp_path / "readable" / "py2cs_app.js").read_text()
    assert small == (open(os.path.join(ROOT, "assets_out", "stores", "py2cs_app.js")).read())
    assert runtime.units()["py_str"].compact in small
    assert runtime.units()["py_str"].source.splitlines()[1] in readable
    assert len(small) < 0.75 * len(readable)


def test_compacted_units_kept_in_the_cache(tmp_path, monkeypatch):
    """The table cache (one file per runtime version, keyed by compact.py too) round-trips the compacted text."""
    monkeypatch.delenv("PY2CS_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = runtime.units.__wrapped__()                # parses and writes the cache file
    files = list((tmp_path / "py2cs").iterdir())
    assert len(files) == 1
    loaded = runtime.units.__wrapped__()                # reads it back
    assert loaded == parsed == runtime.units()
    assert all(u.compact == parsed[u.name].compact for u in loaded.values())
