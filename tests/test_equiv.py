"""py2cs check / py2cs.testing: the shipped JS against the Python original (issue #4, runaways: issue #5).

Known differences are planted (a runtime helper broken, generated JS edited by hand) and the check must
report them with a minimal counterexample; every example app must pass.
"""
from __future__ import annotations

import json
import os
import re

import pytest
from click.testing import CliRunner

from py2cs import build, runtime
from py2cs.cli import main
from py2cs.equiv import check_app, same_json
from py2cs.equiv.compare import browser_json
from py2cs.equiv.report import app_text
from py2cs.equiv.strategies import UNSET, example_cases, trigger_options

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)
BASIC = os.path.join(HERE, "fixtures", "equiv_basic", "app.py")
RUNAWAY = os.path.join(HERE, "fixtures", "equiv_runaway", "app.py")
EXAMPLES = os.path.join(ROOT, "examples")


# floor modulo broken for negative left operands (JS % instead of Python %)
BROKEN_MOD = (r"function py_mod\((\w+), (\w+)\) \{",
              r"function py_mod(\1, \2) { if (typeof \1 === 'number' && \1 < 0) return \1 % \2;")


def _by_name(report):
    return {r.name: r for r in report.results}


@pytest.fixture
def edit_js(monkeypatch):
    """Edit the modules the check loads (the text `py2cs build` would write) with regex substitutions. The edits
    are written against the runtime as written, which the modules then ship (PY2CS_READABLE_RUNTIME)."""
    def install(*subs):
        monkeypatch.setenv(runtime.READABLE_ENV, "1")
        original = build.render_modules

        def patched(entries):
            out = {}
            for name, text in original(entries).items():
                for pattern, repl in subs:
                    text, n = re.subn(pattern, repl, text, count=1)
                    assert n == 1, f"planted edit {pattern!r} did not apply"
                out[name] = text
            return out
        monkeypatch.setattr(build, "render_modules", patched)
    return install


# ------------------------------------------------------------------ the example apps pass

@pytest.mark.parametrize("name", ["basics", "figures", "patterns", "stores", "modal_async"])
def test_example_apps_agree(name):
    report = check_app(os.path.join(EXAMPLES, name, "app.py"), max_examples=40, seed=1)
    assert report.ok, app_text(report)
    assert all(r.cases > 0 for r in report.results)


def test_unicode_gap_table_matches_quickjs():
    """py2cs/equiv/unicode_gap.py lists exactly the code points CPython assigns and QuickJS does not know."""
    import json
    import unicodedata
    import quickjs
    from py2cs.equiv import unicode_gap
    unknown = json.loads(quickjs.Context().eval(
        "(function () { var re = /\\p{Cn}/u, out = []; for (var cp = 0; cp < 0x110000; cp++) {"
        " if (cp >= 0xD800 && cp <= 0xDFFF) continue; if (re.test(String.fromCodePoint(cp))) out.push(cp); }"
        " return JSON.stringify(out); })()"))
    gap = [cp for cp in unknown if unicodedata.category(chr(cp)) != "Cn"]
    assert [ord(c) for c in unicode_gap.characters()] == gap


def test_unicode_upper_gap_is_refused():
    """A character QuickJS's Unicode data lacks (U+10597 -> U+10570 in CPython 3.11's Unicode 14) is refused at
    run time (a documented limit) instead of mapped by the engine's older data, which gave a different answer."""
    from py2cs.testing import assert_equivalent
    m, entries, _ = build.load_app(os.path.join(EXAMPLES, "modal_async", "app.py"))
    res = assert_equivalent(m.shout_async, examples=["\U00010597"], max_examples=0)
    assert any("Unicode data does not know U+10597" in msg for msg in res.limits), res


def test_fixture_app_agrees_and_reports_js_only_paths():
    report = check_app(BASIC, max_examples=60, seed=2)
    assert report.ok, app_text(report)
    res = _by_name(report)
    assert res["mod3"].examples >= 2                      # examples= ran first
    js_only = res["uses_js"]
    assert js_only.status == "ok" and js_only.cases > 0
    assert any("window.location.href" in reason for reason in js_only.skipped), js_only.skipped
    text = app_text(report)
    assert "JavaScript-only" in text and "window.location.href" in text


def test_match_dispatch_on_triggered_id_agrees(edit_js):
    app = os.path.join(HERE, "fixtures", "equiv_match", "app.py")
    report = check_app(app, max_examples=40, seed=3)
    assert report.ok, app_text(report)
    # a planted bug in the mapping pattern's **rest (the other keys kept) is found through the trigger
    edit_js((r"r\.delete\(py_mkey\(r, keys\[i\]\)\);", ";"))
    report = check_app(app, max_examples=40, seed=3)
    assert not report.ok
    assert "not clicked" in app_text(report)


# ------------------------------------------------------------------ planted differences are found

def test_broken_runtime_helper_gives_minimal_counterexample(edit_js):
    edit_js(BROKEN_MOD)
    report = check_app(BASIC, max_examples=100, seed=0, only="mod3")
    r = _by_name(report)["mod3"]
    assert not report.ok and r.status == "MISMATCH"
    m = r.mismatch
    assert m.case.args() == [-1]                           # shrunk to the minimal counterexample
    assert m.py.response == {"out": {"children": "-1 % 3 = 2"}}
    assert m.js.response == {"out": {"children": "-1 % 3 = -1"}}
    assert m.line == 24 and "n % 3" in m.line_text
    text = app_text(report)
    assert "minimal counterexample" in text and "mod3(n=-1)" in text
    assert "-1 % 3 = 2" in text and "-1 % 3 = -1" in text and "<-- differs" in text


def test_hand_edited_js_reading_the_trigger(edit_js):
    edit_js((r'who === "a" \? a : b', 'who === "b" ? a : b'))
    r = _by_name(check_app(BASIC, max_examples=100, seed=0, only="which"))["which"]
    assert r.status == "MISMATCH"
    assert r.mismatch.case.trigger in ("a.n_clicks", "b.n_clicks")
    a, b = r.mismatch.case.args()
    assert a != b


def test_set_props_difference_is_found(edit_js):
    edit_js((r'"title"', '"titel"'))
    r = _by_name(check_app(BASIC, max_examples=60, seed=0, only="mixed"))["mixed"]
    assert r.status == "MISMATCH"
    assert r.mismatch.py.side == {"out": {"title": r.mismatch.case.args()[0]}}
    assert "titel" in json.dumps(r.mismatch.js.side)


def test_no_update_per_output_in_the_report(edit_js):
    # the first `return no_update, ...` of examples/basics (show_factors) now returns "x" for the first output
    edit_js((r"\[py_dash_no_update\(\), ", '["x", '))
    report = check_app(os.path.join(EXAMPLES, "basics", "app.py"), max_examples=50, seed=1, only="show_factors")
    m = _by_name(report)["show_factors"].mismatch
    assert m is not None and m.case.args() == [2]          # the smallest prime
    assert m.py.response == {"err": {"children": "2 is prime!"}}
    assert m.js.response == {"out": {"children": "x"}, "err": {"children": "2 is prime!"}}
    text = app_text(report)
    assert re.search(r"out\.children = no_update +\| out\.children = \"x\"  <-- differs", text), text
    src = open(os.path.join(EXAMPLES, "basics", "app.py")).read().splitlines()
    line = next(i for i, t in enumerate(src, 1) if "return no_update" in t and "is prime" in t)
    assert m.line == line and f"app.py:{line}:" in text


def test_prevent_update_versus_no_update(edit_js):
    edit_js((r"throw py_dash_prevent_update\(\);", "return py_dash_no_update();"))
    r = _by_name(check_app(BASIC, max_examples=20, seed=0, only="mod3"))["mod3"]
    assert r.status == "MISMATCH"
    assert r.mismatch.case.source == "example"             # the user's (None,) example already shows it
    assert r.mismatch.py.kind == "prevent" and r.mismatch.js.kind == "return"


def test_raise_versus_return_points_at_the_line(edit_js):
    edit_js((r'return py_dash_return\(py_str\(n\) \+ " % 3 = "', 'throw py_err("ValueError", "planted"); return py_dash_return(py_str(n) + " % 3 = "'))
    r = _by_name(check_app(BASIC, max_examples=20, seed=0, only="mod3"))["mod3"]
    assert r.status == "MISMATCH" and r.mismatch.js.kind == "error" and r.mismatch.js.error_type == "ValueError"
    assert r.mismatch.line == 24


def test_exception_class_difference_is_noted_not_failed(edit_js):
    # both sides raise (a clientside error either way), but with another class: shown as a note
    # (data["k"] looks the key up with py_getstr, the helper for a str index)
    edit_js((r"function py_getstr\((\w+), (\w+)\) \{", r"function py_getstr(\1, \2) { if (\1 instanceof Map && "
                                                       r"!\1.has(\2)) throw py_err('TypeError', 'planted');"))
    r = _by_name(check_app(BASIC, max_examples=40, seed=0, only="first_k"))["first_k"]
    assert r.status == "ok"
    assert r.exc_class_diffs["Python KeyError / JavaScript TypeError"] > 0
    assert "different exception classes (Python KeyError / JavaScript TypeError)" in app_text_of(r)


def app_text_of(r):
    from py2cs.equiv.report import callback_text
    return callback_text(r)


# ------------------------------------------------------------------ runaways (issue #5)

def test_runaways_are_reported_and_the_check_moves_on():
    report = check_app(RUNAWAY, max_examples=5, seed=0, timeout=0.3, memory_mb=16)
    res = _by_name(report)
    assert res["spin"].status == "RUNAWAY" and "longer than 0.3 s" in res["spin"].reason
    assert res["hog"].status == "RUNAWAY" and "16 MB" in res["hog"].reason
    # one huge allocation: the JS hits the memory limit, or the runtime refuses it (a documented limit);
    # either way the Python side is not run for it
    for name in ("huge_range", "huge_list"):
        r = res[name]
        assert (r.status == "RUNAWAY" and "16 MB" in r.reason) or (r.status == "skipped" and r.limits), r.to_dict()
    # deep recursion is bounded on both sides (RecursionError) and noted
    assert res["recurse"].status == "ok" and res["recurse"].recursion == res["recurse"].cases > 0
    assert res["fine"].status == "ok" and res["fine"].cases > 0       # checked after the runaways
    assert not report.ok
    text = app_text(report)
    assert "runaway" in text and "Python side was not run" in text


def test_a_crashed_quickjs_worker_is_replaced():
    # QuickJS may end the process when a callback exhausts its memory: the page runs in a worker process
    from py2cs.equiv.runner import Checker
    from py2cs.equiv.spec import spec_for_entry
    m, entries, _ = build.load_app(RUNAWAY)
    spec = spec_for_entry(next(e for e in entries if e.function_name == "fine"), build.find_dash_app(m))
    case = example_cases_for(spec, (3,))
    with Checker(build.render_modules(entries), timeout=1) as checker:
        assert checker.run_case(spec, case, None)[0] == "agree"
        checker.page.proc.kill()                       # as a segfault would
        kind, py, js = checker.run_case(spec, case, None)
        assert kind == "runaway" and js.kind == "memory" and "crashed" in js.detail
        assert checker.run_case(spec, case, None)[0] == "agree" and checker.page.restarts == 1


def example_cases_for(spec, args):
    spec.examples = [args]
    return example_cases(spec)[0]


def test_python_side_runaway_is_bounded(edit_js):
    # the JS returns at once, the Python original loops forever: the watchdog stops it
    edit_js((r"function \$cb_spin\(n\) \{", "function $cb_spin(n) { return 1;"))
    report = check_app(RUNAWAY, max_examples=3, seed=0, timeout=0.05, only="spin")
    r = _by_name(report)["spin"]
    assert r.status == "RUNAWAY" and "Python ran longer" in r.reason


# ------------------------------------------------------------------ inputs

def test_triggers_cover_initial_call_and_every_input():
    m, entries, _ = build.load_app(BASIC)
    from py2cs.equiv.spec import spec_for_entry
    spec = spec_for_entry(next(e for e in entries if e.function_name == "which"), build.find_dash_app(m))
    assert spec.reads_ctx
    spec.examples = [(1, 2)]
    cases = example_cases(spec)
    assert [c.trigger for c in cases] == [None, "a.n_clicks", "b.n_clicks"]
    # the renderer's shape: initial call has no changed props
    assert cases[0].payload["changedPropIds"] == []
    opts = trigger_options(spec, cases[0].payload["inputs"])
    assert opts == [None, (0, None), (1, None)]


def test_wildcard_example_with_another_number_of_components():
    from py2cs.testing import assert_equivalent
    m, _, _ = build.load_app(os.path.join(EXAMPLES, "patterns", "app.py"))
    ex = {"args": ([None, 1, None, None, None], [1, 2, 3, 4, None]), "trigger": {"type": "double", "index": 1}}
    r = assert_equivalent(m.double_all, examples=[ex], max_examples=0)
    assert r.cases == 1 and r.outcomes == {"return": 1}


def test_layout_strategies_follow_the_components():
    from hypothesis import given, settings

    from py2cs.equiv.spec import spec_for_entry
    from py2cs.equiv.strategies import case_strategy
    m, entries, _ = build.load_app(BASIC)
    app = build.find_dash_app(m)
    spec = spec_for_entry(next(e for e in entries if e.function_name == "mixed"), app)
    seen = []

    @settings(max_examples=60, database=None, deadline=None)
    @given(case_strategy(spec))
    def collect(case):
        dd, cl, data = case.args()
        assert dd is UNSET or dd is None or isinstance(dd, (str, list))
        assert isinstance(cl, list)                        # a Checklist value is a list
        seen.append(data)
    collect()
    assert {"k": [1, 2]} in seen                           # the layout's own value is tried


def test_page_imitates_dash_renderer():
    from py2cs.equiv.harness import UNDEFINED, JSPage
    module = """
    window.__seen = {no_update: typeof (window.dash_clientside || {}).no_update,
                     set_props: typeof (window.dash_clientside || {}).set_props};
    window.dash_clientside = window.dash_clientside || {};
    window.dash_clientside.t = {f: function (a, b) {
      var dc = window.dash_clientside, cc = dc.callback_context;
      dc.set_props('x', {v: a});
      return [window === globalThis, typeof dc.no_update, cc.triggered.length, cc.triggered_id === undefined,
              this === dc.t, a === undefined, b, typeof dc.Patch, cc.inputs['i.value']];
    }};
    """
    page = JSPage({"m.js": module})
    assert json.loads(page.ctx.eval("JSON.stringify(window.__seen)")) == {"no_update": "undefined", "set_props": "undefined"}
    payload = {"inputs": [{"id": "i", "property": "value"}], "state": [{"id": "s", "property": "data", "value": 2}],
               "outputs": {"id": "o", "property": "children"}, "changedPropIds": []}
    out = page.run("t", "f", json.dumps(payload))
    assert out.kind == "return" and out.side == {"x": {"v": UNDEFINED}}   # recorded, undefined kept visible
    assert out.response == {"o": {"children": [True, "object", 0, True, True, True, 2, "function", None]}}
    assert page.ctx.eval("typeof window.dash_clientside.callback_context") == "undefined"   # only during the call
    payload["changedPropIds"] = ["i.value"]
    out = page.run("t", "f", json.dumps(payload))
    assert out.response["o"]["children"][2:4] == [1, False]


def test_browser_json_and_same_json():
    assert browser_json({"b": 1.0, "1": [2.5, -0.0]}) == {"1": [2.5, 0], "b": 1}
    assert list(browser_json({"b": 1, "10": 2, "2": 3})) == ["2", "10", "b"]
    assert same_json(1, 1.0) and not same_json(True, 1) and not same_json("a", "a ")
    assert same_json(float("nan"), float("nan")) and not same_json({"a": 1}, {"a": 1, "b": 2})
    # beyond 2**53 numbers are the doubles a browser holds: Python's exact int and JS's shortest spelling
    assert same_json(9223372049999998976, 9223372050000000000) and not same_json(2 ** 53 + 2, 2 ** 53)


# ------------------------------------------------------------------ CLI and py2cs.testing

def test_cli_exit_codes_and_json_report(tmp_path, edit_js):
    runner = CliRunner()
    out = tmp_path / "report.json"
    ok = runner.invoke(main, ["check", BASIC, "--max-examples", "10", "--seed", "1", "--json", str(out)])
    assert ok.exit_code == 0, ok.output
    data = json.loads(out.read_text())
    assert data["ok"] is True
    assert {c["name"] for c in data["callbacks"]} == {"mod3", "which", "mixed", "uses_js", "first_k"}
    edit_js(BROKEN_MOD)
    bad = runner.invoke(main, ["check", BASIC, "--max-examples", "60", "--seed", "0", "--only", "mod3",
                               "--json", str(out)])
    assert bad.exit_code == 1
    assert "MISMATCH" in bad.output and "mod3(n=-1)" in bad.output
    mm = json.loads(out.read_text())["callbacks"][0]["mismatch"]
    assert mm["inputs"] == [-1] and mm["python"]["response"] == {"out": {"children": "-1 % 3 = 2"}}


def test_cli_clean_errors(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(main, ["check", str(tmp_path / "nope.py")])
    assert missing.exit_code == 1 and "Traceback" not in missing.output and "no such file" in missing.output
    only = runner.invoke(main, ["check", BASIC, "--only", "nothing_here"])
    assert only.exit_code == 1 and "no clientside callback named" in only.output
    broken = tmp_path / "broken.py"
    broken.write_text("raise RuntimeError('boom')\n")
    res = runner.invoke(main, ["check", str(broken)])
    assert res.exit_code == 1 and "broken.py" in res.output and "boom" in res.output
    assert not res.output.startswith("Traceback")


def test_cli_module_that_does_not_load(edit_js):
    edit_js((r"\(function \(\) \{", "(function () { syntax error here"))
    res = CliRunner().invoke(main, ["check", BASIC, "--max-examples", "1"])
    assert res.exit_code == 1 and "failed to load in QuickJS" in res.output and "Traceback" not in res.output


def test_assert_equivalent(edit_js):
    from py2cs.testing import assert_equivalent
    m, _, _ = build.load_app(BASIC)
    from py2cs.testing import UNSET as unset
    result = assert_equivalent(m.mod3, examples=[(7,), (unset,)], max_examples=20, seed=0)
    assert result.status == "ok" and result.examples == 4 and result.outcomes["prevent"] >= 2
    edit_js(BROKEN_MOD)
    with pytest.raises(AssertionError) as info:
        assert_equivalent(m.mod3, max_examples=100, seed=0)
    assert "MISMATCH" in str(info.value) and "mod3(n=-1)" in str(info.value)
    with pytest.raises(TypeError):
        assert_equivalent(len)
