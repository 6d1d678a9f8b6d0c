"""The re module: the runtime's Unicode classes against CPython, hypothesis-generated texts against a fixed set of
realistic patterns (CPython vs QuickJS), and the compile-time translation's refusals."""
import importlib.util
import pathlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import py2cs
from difftest import Compiled, py_run, same_outcome
from py2cs import re_translate as RT

RUNTIME = pathlib.Path(__file__).resolve().parent.parent / "templates" / "runtime" / "re.js"


@pytest.mark.parametrize("name", ["D", "W", "S"])
def test_category_strings_are_cpythons(name):
    # py_RE_D/W/S are \d \w \s of this CPython (3.11, Unicode 14), as the translation would compute them:
    # re.js ships their ranges (category_source) and expands them when it loads
    import quickjs
    from py2cs import runtime
    assert f"var py_RE_{name} = py_re_ranges('{RT.category_source(name)}');" in RUNTIME.read_text()
    ctx = quickjs.Context()
    ctx.eval(runtime.bundle([f"py_RE_{name}"]))
    assert ctx.eval(f"py_RE_{name}") == RT.category_body(name)


PATTERNS = [
    (r"^[\w.+-]+@[\w-]+\.[\w.]+$", 0), (r"\s+", 0), (r"\d+", 0), (r"[,;]\s*", 0), (r"(\w+)@(\w+)\.com", 0),
    (r"^\s*$", 0), (r"hello\s+world", re.I), (r"\b\w", 0), (r"(\d{1,3})(?:,(\d{3}))*", 0), (r"x*", 0),
    (r"a|b|", 0), (r"(a)|(b)", 0), (r"^(\w+):\s*(.*)$", re.M), (r"[^\W\d_]+", 0), (r"(?<=\d)(?=(?:\d{3})+$)", 0),
    (r"<(\w+)>.*?</\1>", re.S), (r"\$?\d+(\.\d\d)?", 0), (r"(['\"])(?:(?!\1).)*\1", 0),
    (r"(?P<key>[a-z]+) \s* = \s* (?P<val>[^;]*)", re.X), (r"\B", 0), (r"^$", re.M), (r"[à-ÿ]+", re.I), (r"\W", 0),
    (r"\w+", re.A), (r"\S+?", 0), (r".{2,3}?", 0), (r"ß|ſ|k", re.I), (r"\d*\.?\d*", 0), (r"$", 0), (r".$", re.M),
    (r"\Z|\A", 0), (r"(?<!\w)\w{2}(?!\w)", 0), (r"[^a-z]+", re.I), (r"(?i:a)B", 0), (r".", re.S), (r"\w+\s?", 0),
    (r"(x)?y", 0), (r"[\s\S]?", 0), (r"|ab|a", 0), (r"a??b?", 0), (r"(?:\d+|)x?", 0), (r"(a|ab)(c|bcd)(d*)", 0),
    (r"\b(\w+)\s+\1\b", 0), (r"(?<=(\w))\W", 0), (r"(?:^|,)(\w*)", 0),
]


def _program(tmp_path):
    lines = ["import re", ""]
    for i, (p, f) in enumerate(PATTERNS):
        lines += ["", f"def run_{i}(s):", "    out = []"]
        lines += [
            f"    p = re.compile({p!r}, {f})",
            "    m = p.search(s)",
            "    out.append(None if m is None else [m.group(), m.span(), m.groups()])",
            "    m = p.match(s)",
            "    out.append(None if m is None else [m.group(), m.span(), m.groups()])",
            "    m = p.fullmatch(s)",
            "    out.append(None if m is None else [m.group(), m.span(), [m.span(g) for g in range(p.groups + 1)]])",
            "    out.append(p.findall(s))",
            "    out.append([[m.span(g) for g in range(p.groups + 1)] for m in p.finditer(s)])",
            "    out.append(p.sub(r'<\\g<0>>', s))",
            "    out.append(p.subn('', s, 2))",
            "    out.append(p.split(s))",
            "    out.append(p.split(s, 1))",
        ]
        lines.append("    return out")
    lines += ["", "", "def run_all(s):", "    return " + " + ".join(f"run_{i}(s)" for i in range(len(PATTERNS)))]
    path = tmp_path / "re_generated.py"
    path.write_text("\n".join(lines) + "\n")
    spec = importlib.util.spec_from_file_location("re_generated", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.run_all


ALPHABET = "ab xyz019_.,;:@-\n\t=<>/$'\"ABKkß ſİıÀÿé٣²½\u2028\x1c\ufeff\xa0\U0001F600\U0001D7D9"


@pytest.fixture(scope="module")
def compiled_all(tmp_path_factory):
    f = _program(tmp_path_factory.mktemp("re"))
    return f, Compiled(f)


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=ALPHABET, max_size=24))
def test_patterns_agree_with_cpython(compiled_all, s):
    f, c = compiled_all
    p = py_run(f, (s,))
    j = c.run((s,))
    if not same_outcome(p, j):
        assert p[0] == j[0] == "ok", (s, p, j)
        diffs = [(PATTERNS[i // 9], i % 9, a, b) for i, (a, b) in enumerate(zip(p[1], j[1])) if a != b]
        raise AssertionError(f"{s!r}: {diffs[:3]}")


@pytest.mark.parametrize("s", ["", "a", "2024-01-31", "x\n", "\n", "a\nb\n", "\U0001F600a\U0001F600", "ſK k",
                               "<b>bold</b> <i>x</b>", "1,234,567 and 12,34", "'a\"b' \"c\"", "key = value; k2=v2"])
def test_patterns_examples(compiled_all, s):
    f, c = compiled_all
    assert same_outcome(py_run(f, (s,)), c.run((s,)))


# ---------------------------------------------------------------- refused at compile time

REFUSED = [
    (r"a*+", "possessive"), (r"(?>a)", "atomic group"), (r"(a)?(?(1)b|c)", "conditional group"),
    (r"(a)|\1", "may not take part"), (r"(a)\1", None), (r"(?i)(a)\1", "IGNORECASE"),
    (r"(?:(a)|b)+", "iteration of a repetition may skip"), (r"(?:a?)*", "can match the empty string"),
    (r"(?<=(a))\1", None), (r"(a)(?<=\1)", "inside a lookbehind"), (r"(?<=(\w){2})x", "inside a lookbehind"),
    (r"(?<=(?:(a)|b){2})x", "inside a lookbehind"), (r"(?<=(?:ab){2})x", None), (r"(?:(?<=(a))b)+", None),
]


@pytest.mark.parametrize("pattern,needle", REFUSED)
def test_translation_refuses(pattern, needle):
    if needle is None:
        RT.translate(pattern)
        return
    with pytest.raises(RT.Unsupported) as e:
        RT.translate(pattern)
    assert needle in e.value.what


def test_invalid_pattern_is_cpythons_error():
    with pytest.raises(RT.PatternError) as e:
        RT.translate(r"(a")
    assert str(e.value) == "missing ), unterminated subpattern at position 0"


def test_app_callbacks_equivalent(tmp_path):
    # `py2cs check` of a Dash app using re: generated inputs (text props) through the shipped modules
    from py2cs.testing import assert_equivalent
    from tests.browser.conftest import load_app_file
    from tests.browser.test_re_browser import APP
    path = tmp_path / "app.py"
    path.write_text(APP)
    mod = load_app_file(path)
    assert_equivalent(mod.verdict, examples=[("a@b.co",), ("x",), (None,)], max_examples=150)
    assert_equivalent(mod.clean, examples=[("a, b; 12",), ("Ü 3 x@y",)], max_examples=150)


_TPL_PATTERN = r"(?P<first>\w)(\d)?(?P<x>x)?"


def replace_with(template, s):
    try:
        return ["ok", re.sub(r"(?P<first>\w)(\d)?(?P<x>x)?", template, s, count=3),
                re.subn(r"(?P<first>\w)(\d)?(?P<x>x)?", template, s)]
    except Exception as e:        # noqa: BLE001 - the error is the result compared
        return ["err", repr(e)]


@pytest.fixture(scope="module")
def compiled_template():
    return Compiled(replace_with)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet="\\g<>0123456789abnxtv_-first\n\U0001F600 +", max_size=12),
       st.text(alphabet="ab1x2 \U0001F600", max_size=6))
def test_runtime_templates_agree_with_cpython(compiled_template, template, s):
    p = py_run(replace_with, (template, s))
    j = compiled_template.run((template, s))
    assert same_outcome(p, j) or "py2cs:" in str(j), (template, s, p, j)


@pytest.mark.parametrize("template", ["\\", "\\g", "\\g<", "\\g<>", "\\g<first", "\\g<1x>", "\\g<9>", "\\g<nope>",
                                      "\\400", "\\377", "\\12x", "\\0", "\\08", "\\q", "\\-", "a\n\\g<", "\\g<0>\\g<x>\\2",
                                      "\\g<1073741823>", "\\g<-1>", "\\g< 1>", "\U0001F600\\g<", 5, None])
def test_runtime_template_examples(compiled_template, template):
    p = py_run(replace_with, (template, "a1x b"))
    j = compiled_template.run((template, "a1x b"))
    assert same_outcome(p, j) or "py2cs:" in str(j), (p, j)


STATIC_SRC = '''import re
from re import IGNORECASE, NOFLAG, compile as rc

P = rc(r"ab", IGNORECASE | re.M)
Q = re.compile(r"x", flags=NOFLAG)


def f(s):
    return [P.findall(s), Q.findall(s), re.findall(r"a", s, IGNORECASE), re.findall(r"a", s, re.NOFLAG), P.flags]
'''


def test_module_level_patterns_read_live_and_statically(tmp_path):
    # the same file through the live resolver (the running module) and the static one (py2cs transpile FILE)
    from difftest import check_function
    path = tmp_path / "re_static.py"
    path.write_text(STATIC_SRC)
    spec = importlib.util.spec_from_file_location("re_static", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    check_function(mod.f, [("AbabXx\nab",), ("",)])
    js = py2cs.transpile_source(STATIC_SRC, filename=str(path))
    assert 'py_re_pat("[Aa][Bb]", null, 0, [], "ab", 42,' in js
    assert 'py_re_pat("x", null, 0, [], "x", 32,' in js


def search_escaped(term, s):
    m = re.search(re.escape(term), s)
    return [None if m is None else m.span(), re.findall(re.escape(term), s), re.split(re.escape(term), s),
            re.subn(re.escape(term), "<\\g<0>>", s)]


@pytest.fixture(scope="module")
def compiled_escaped():
    return Compiled(search_escaped)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet="a.*\\\\ (|)$^\\n\\U0001F600#-", max_size=4), st.text(alphabet="a.*\\\\ (|)$^\\n\\U0001F600#-b", max_size=16))
def test_escaped_text_agrees_with_cpython(compiled_escaped, term, s):
    assert same_outcome(py_run(search_escaped, (term, s)), compiled_escaped.run((term, s))), (term, s)
