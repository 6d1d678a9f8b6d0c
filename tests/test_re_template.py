"""Patterns made at run time (py2cs/re_template.py, re.js py_re_tpl): the IGNORECASE classes of run-time text
against CPython for every cased code point, the JavaScript writing of literal text, and hypothesis-generated
texts (metacharacters, case variants, astral characters, empty) in the supported shapes, CPython vs QuickJS."""
import json
import pathlib
import re
import random

import _sre
import pytest
import quickjs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import py2cs
from difftest import Compiled, py_run, same_outcome
from py2cs import re_template as RTM
from py2cs import re_translate as RT
from py2cs import runtime

RUNTIME = pathlib.Path(__file__).resolve().parent.parent / "templates" / "runtime" / "re.js"
CASED = [c for c in range(0x110000) if _sre.unicode_iscased(c)]


def _runtime_classes():
    m = re.search(r"var py_RE_CI = '([^']*)';", RUNTIME.read_text())
    assert m is not None
    text = json.loads('"' + m.group(1) + '"')       # \uXXXX escapes, astral characters as pairs
    return text.encode("utf-16", "surrogatepass").decode("utf-16").split(",")


@pytest.fixture(scope="module")
def cpython_sets():
    """For every cased code point c: the code points CPython's re matches with re.escape(chr(c)) under
    IGNORECASE, found by scanning all code points."""
    chars = "".join(map(chr, range(0x110000)))
    return {c: frozenset(ord(m.group()) for m in re.compile(re.escape(chr(c)), re.I).finditer(chars)) for c in CASED}


def test_ignorecase_classes_are_cpythons(cpython_sets):
    classes = _runtime_classes()
    of = {}
    for cls in classes:
        members = frozenset(map(ord, cls))
        assert len(members) == len(cls) >= 2
        for c in members:
            assert c not in of, hex(c)
            of[c] = members
    for c in CASED:
        assert cpython_sets[c] == of.get(c, frozenset([c])), hex(c)
    # every member of a class is cased: an uncased character is compiled by CPython as a plain LITERAL
    # (re._compiler._compile: `if not iscased(av): emit(op); emit(av)`), which matches only itself
    assert set(of) <= set(CASED)
    fixes = {x for k, vs in re._casefix._EXTRA_CASES.items() for x in (k,) + tuple(vs)}
    assert fixes <= set(CASED)


def test_uncased_characters_match_themselves_only():
    chars = "".join(map(chr, range(0x110000)))
    rng = random.Random(7)
    uncased = [c for c in (list(range(0x300)) + [0x2000, 0x212B + 1, 0xFFFF, 0x1F600, 0x10FFFF] +
                           rng.sample(range(0x110000), 200)) if not _sre.unicode_iscased(c)]
    for c in uncased:
        got = [ord(m.group()) for m in re.compile(re.escape(chr(c)), re.I).finditer(chars)]
        assert got == [c], hex(c)


@pytest.fixture(scope="module")
def ctx():
    c = quickjs.Context()
    c.eval(runtime.bundle(["py_re_hjs", "py_re_escape", "py_err", "py_op_tn"]))
    return c


def _members(src: str):
    """The code points of a py_re_hjs translation of one character."""
    if src.startswith("["):
        body = src[1:-1]
    else:
        body = src
    out, i = set(), 0
    while i < len(body):
        if body.startswith("\\u{", i):
            j = body.index("}", i)
            out.add(int(body[i + 3:j], 16))
            i = j + 1
        else:
            out.add(ord(body[i]))
            i += 1
    return out


def test_runtime_writes_cpythons_sets(ctx, cpython_sets):
    # every cased character (and some others) through re.escape and py_re_hjs in QuickJS: the class it writes
    # holds exactly what CPython matches (IGNORECASE), the character itself otherwise, and under ASCII only the
    # ASCII case pair
    chars = CASED + [0x20, 0x2E, 0x5C, 0x1F600, 0xDF, 0x30, 0x5F]
    js = ctx.eval("(function (cs) { return JSON.stringify(cs.map(function (c) { var t = String.fromCodePoint(c); "
                  "var e = py_re_escape(t), m1; try { m1 = py_re_hjs(e, 1); } catch (x) { m1 = 'refused: ' + x.message; } "
                  "return [py_re_hjs(e, 0), m1, py_re_hjs(e, 2)]; })); })(%s)" % json.dumps(chars))
    allc = "".join(map(chr, range(0x80)))
    for c, (m0, m1, m2) in zip(chars, json.loads(js)):
        assert _members(m0) == {c} and not m0.startswith("["), hex(c)
        want = cpython_sets.get(c, frozenset([c]))
        if c > 0xFFFF and len(want) > 1:      # cased beyond U+FFFF under IGNORECASE: refused when the call runs
            assert m1.startswith("refused: py2cs: the cased character"), hex(c)
        else:
            assert _members(m1) == set(want), hex(c)
        asc = {ord(m.group()) for m in re.compile(re.escape(chr(c)), re.I | re.A).finditer(allc)} | {c}
        assert _members(m2) == asc, hex(c)


ALPHA = "aAbkK\u212as\u017fS\u03c3\u03c2\u03a3\u00df\u1e9e.*+?()[]{}|^$\\- #,\n\U0001F600\U00010400\U00010428i\u0130\u0131"


SHAPES = """
def shapes_FN(q, w, s):
    ws = w.split(",")
    p = r"\\b" + re.escape(q) + r"\\b"
    try:
        m = re.search(p, s, FLAGS)
        out = [None if m is None else m.span(), re.findall(re.escape(q), s, FLAGS),
               re.sub(f"(?:^|,)\\\\s*{re.escape(q)}\\\\s*(?:,|$)", "|", s, flags=FLAGS),
               re.findall("|".join(map(re.escape, ws)), s, FLAGS),
               re.split("(" + "|".join(re.escape(x) for x in ws) + ")", s, 3, FLAGS),
               [x.span() for x in re.finditer(re.escape(q) + "+", s, FLAGS)],
               re.subn("x" + re.escape(q) + "?", "#", s, 2, FLAGS)]
    except (TypeError, re.error) as e:
        return [type(e).__name__, str(e)]
    c = re.compile("(?P<a>" + re.escape(q) + ")|(?P<b>" + "|".join(map(re.escape, ws)) + ")", FLAGS)
    out.append([[m.lastindex, m.lastgroup, m.span()] for m in c.finditer(s)])
    return out
"""
FLAG_SETS = {"plain": "0", "i": "re.I", "ia": "re.I | re.A", "ms": "re.M | re.S"}


@pytest.fixture(scope="module")
def shape_funcs(tmp_path_factory):
    import importlib.util
    src = "import re\n\n" + "\n".join(SHAPES.replace("FN", k).replace("FLAGS", v) for k, v in FLAG_SETS.items())
    path = tmp_path_factory.mktemp("tpl") / "tpl_shapes.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("tpl_shapes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return [(getattr(mod, "shapes_" + k), Compiled(getattr(mod, "shapes_" + k))) for k in FLAG_SETS]


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=ALPHA, max_size=3), st.text(alphabet=ALPHA, max_size=5), st.text(alphabet=ALPHA, max_size=14))
def test_shapes_agree_with_cpython(shape_funcs, q, w, s):
    for f, c in shape_funcs:
        got = c.run((q, w, s))
        if "py2cs: the cased character" in json.dumps(got):
            # a cased character beyond U+FFFF in a text under IGNORECASE is refused when the call runs: CPython
            # 3.11 matches it as a literal but not once its compiler has made a set of it ("x|" + re.escape(q))
            assert f.__name__ == "shapes_i" and any(ord(ch) > 0xFFFF and ch.lower() != ch.upper() for ch in q + w)
            continue
        assert same_outcome(py_run(f, (q, w, s)), got), (f.__name__, q, w, s)


def test_cased_astral_text_under_ignorecase_is_refused_at_run_time(shape_funcs):
    # CPython 3.11: re.findall("x|" + re.escape("\U00010400"), "\U00010400", re.I) == [] (a set of the two
    # characters misses it), re.findall(re.escape("\U00010400"), "\U00010400", re.I) matches: refused loudly
    f, c = dict((f.__name__, (f, c)) for f, c in shape_funcs)["shapes_i"]
    assert "py2cs: the cased character U+10400" in json.dumps(c.run(("\U00010400", "?,\U00010400", "\U00010400")))
    assert same_outcome(py_run(f, ("\U0001F600", "x", "\U0001F600")), c.run(("\U0001F600", "x", "\U0001F600")))


def test_empty_text_in_a_repetition_is_a_runtime_refusal(tmp_path):
    src = "import re\n\n\ndef f(t, s):\n    return re.findall('(?:' + re.escape(t) + ')+', s)\n"
    path = tmp_path / "tplrep.py"
    path.write_text(src)
    js = py2cs.transpile_source(src, filename=str(path))
    assert "py_re_tpl" in js
    import importlib.util
    spec = importlib.util.spec_from_file_location("tplrep", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    c = Compiled(mod.f)
    assert same_outcome(py_run(mod.f, ("ab", "abab x ab")), c.run(("ab", "abab x ab")))
    out = c.run(("", "abc"))
    assert "py2cs: a repetition of a part that can match the empty string" in json.dumps(out), out


@pytest.mark.parametrize("pieces,kinds,flags", [
    ((r"\b", r"\b"), "e", 0), (("(?:^|,)\\s*", "\\s*(?:,|$)"), "e", re.I), (("", ""), "j", 0),
    ((r"\b(", r")\b"), "j", re.I), (("x", "+"), "e", 0), (("(", ")?"), "e", 0), (("(?i:", ")x"), "e", 0),
    (("(", "|", ")"), "ee", 0), (("(?<=", ")x"), "e", re.A | re.I), (("a", "(", ")c"), "ej", re.X),
])
def test_template_pieces_compose(pieces, kinds, flags):
    # the translation of the pattern with texts in the holes is the pieces around the texts' translations
    t = RTM.analyze(pieces, tuple(kinds), flags)
    texts = ["ab.", "K\u017f"]
    for k, kind in enumerate(kinds):
        if kind == "j":
            continue
        full = "".join(pieces[i] + re.escape(texts[i % 2]) for i in range(len(kinds))) + pieces[-1]
        if all(kk == "e" for kk in kinds):
            src, _, p = RT.sources(full, flags)
            v = t.variants[0]
            want = v[1][0] + "".join(RTM.hole_js(texts[i % 2], _hole_flags(t, i, flags)) + v[1][i + 1]
                                     for i in range(len(kinds)))
            assert src == want


def _hole_flags(t, i, flags):
    mode = t.modes[i]
    return (re.I | re.U if mode == 1 else re.I | re.A if mode == 2 else re.U) | (flags & (re.M | re.S | re.X))
