"""Random patterns (a small grammar of the constructs py2cs translates) on random texts: the runtime (re.js, in
QuickJS) against CPython for search, match, fullmatch, findall, finditer spans (groups too), sub and split.
A pattern the translation refuses is skipped; one CPython rejects is not generated on purpose but skipped too."""
from __future__ import annotations

import json
import re

import pytest
import quickjs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from py2cs import jsast as J
from py2cs import re_translate as RT
from py2cs import runtime
from py2cs.lower.relow import _src_expr

HELPERS = ["py_re_pat", "py_re_attr", "py_re_search", "py_re_findall", "py_re_finditer", "py_re_sub", "py_re_split",
           "py_re_mspan", "py_to_js", "py_exc_type", "py_exc_str", "py_RE_D", "py_RE_W", "py_RE_S"]

_JS = r"""
function __run(P, s, tpl) {
  function one(m) { return m === null ? null : [m.r[0], py_to_js(py_re_mspan(m)), spans(m), py_re_attr(m, 'lastindex'),
                                                 py_re_attr(m, 'lastgroup')]; }
  function spans(m) { var o = []; for (var g = 0; g <= P.n; g++) o.push(py_to_js(py_re_mspan(m, g))); return o; }
  try {
    return JSON.stringify([one(py_re_search(P, s, 0)), one(py_re_search(P, s, 1)), one(py_re_search(P, s, 2)),
      py_to_js(py_re_findall(P, s)), py_re_finditer(P, s).map(spans), py_to_js(py_re_sub(P, tpl, s)),
      py_to_js(py_re_sub(P, tpl, s, 2, true)), py_to_js(py_re_split(P, s)), py_to_js(py_re_split(P, s, 1))]);
  } catch (e) {
    return JSON.stringify({err: [py_exc_type(e), py_exc_str(e)]});
  }
}
"""


def _py(p: re.Pattern, s: str):
    def one(m):
        return None if m is None else [m.group(), list(m.span()), [list(m.span(g)) for g in range(p.groups + 1)],
                                       m.lastindex, m.lastgroup]
    return json.loads(json.dumps([
        one(p.search(s)), one(p.match(s)), one(p.fullmatch(s)), p.findall(s),
        [[list(m.span(g)) for g in range(p.groups + 1)] for m in p.finditer(s)], p.sub("<\\g<0>>", s),
        p.subn("<\\g<0>>", s, 2), p.split(s), p.split(s, 1)]))


@pytest.fixture(scope="module")
def ctx():
    c = quickjs.Context()
    c.set_time_limit(5)
    c.eval(runtime.bundle(HELPERS) + _JS)
    return c


ATOMS = ["a", "b", "x", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a\\s]", "[a-c\\d]", "\\b", "\\B", "^", "$",
         "\\A", "\\Z", "ß", "k", "\\U0001F600", "[^\\W\\d]", "(?=a)", "(?!b)", "(?<=a)", "(?<!\\w)", "\\n",
         "\\S", "\\D", "[\\S\\n]", "(?<=\\w\\s)", "(?=(a))", "(?s:.)", "(?i:k)", "(?-i:s)", "(?a:\\w)", "(?m:^)", "(?m:$)",
         "[K-k]", "\\x1c", "\\ufeff", "[^\\s\\d]", "(\\w\\d)+", "((a)b)+", "(?:(a)b)+", "(a(b))*", "(?:(x)|y)z",
         "(?<=(a)(b))", "(?=(\\w)\\1)", "(\\w)\\1", "(?P<q>[ab])(?P=q)", "(?i:(k)\\w)", "((?:a|ab)(c|bcd))(d*)"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,2}?", "{2,}"]


@st.composite
def patterns(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 9 if depth < 2 else 5))
        if kind <= 5:
            atom = draw(st.sampled_from(ATOMS))
        elif kind == 6:
            atom = "(" + draw(patterns(depth + 1)) + ")"
        elif kind == 7:
            atom = "(?:" + draw(patterns(depth + 1)) + "|" + draw(patterns(depth + 1)) + ")"
        elif kind == 8:
            atom = "(?P<n" + str(depth) + str(len(parts)) + ">" + draw(patterns(depth + 1)) + ")"
        else:
            atom = "(?:" + draw(patterns(depth + 1)) + ")"
        q = draw(st.sampled_from(QUANTS))
        if atom in ("^", "$", "\\A", "\\Z", "\\b", "\\B") or atom.startswith("(?=") or atom.startswith("(?!") \
                or atom.startswith("(?<"):
            q = ""
        parts.append(atom + q)
        if draw(st.integers(0, 6)) == 0:
            parts.append("\\1")
    return "".join(parts)


FLAGS = [0, re.I, re.M, re.S, re.A, re.I | re.M, re.I | re.A]
TEXT = st.text(alphabet="abx ßSsKk\u212a\n1٣_.\U0001F600-", max_size=12)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(patterns(), st.sampled_from(FLAGS), st.lists(TEXT, min_size=1, max_size=4))
def test_random_patterns(ctx, pattern, flags, texts):
    try:
        p = re.compile(pattern, flags)
        tr = RT.translate(pattern, flags)
    except (re.error, RT.Unsupported, RecursionError, OverflowError):
        return
    names = J.array([J.array([J.lit_str(k), J.lit_num(v)]) for k, v in tr.groupindex])
    decl = J.call("py_re_pat", _src_expr(tr.source), _src_expr(tr.ne_source) if tr.ne_source else E_NULL,
                  J.lit_num(tr.groups), names, J.lit_str(pattern), J.lit_num(tr.flags), J.lit_str(repr(p)),
                  J.lit_num(tr.minwidth), J.lit_num(tr.maxwidth),
                  J.E("true" if tr.local else "false"), J.array([J.lit_num(g) for g in tr.close_order])).code
    ctx.eval(f"var __P = {decl};")
    # the texts joined and repeated: long enough for the runtime to run a local pattern again on a window of the
    # text (group positions, the search after an empty match), which the short texts never need; not for a
    # repetition inside a repetition, which can take exponential time in CPython itself on a long text
    long = [] if _nested_repeat(re._parser.parse(pattern, flags)) else ["\n".join(texts) * 3]
    for s in texts + long:
        got = json.loads(ctx.eval(f"__run(__P, {json.dumps(s)}, ['<', 0, '>'])"))
        want = _py(p, s)
        assert got == want, (pattern, flags, s, [(i, a, b) for i, (a, b) in enumerate(zip(want, got)) if a != b]
                             if isinstance(got, list) else got)


E_NULL = J.E("null")

_REPEATS = (re._constants.MAX_REPEAT, re._constants.MIN_REPEAT, re._constants.POSSESSIVE_REPEAT)


def _nested_repeat(items, inside: bool = False) -> bool:
    """Whether a parsed pattern (re._parser) has a repetition inside a repetition."""
    for op, av in items:
        if op in _REPEATS:
            if inside or _nested_repeat(av[2], True):
                return True
        elif op in (re._constants.SUBPATTERN, re._constants.ATOMIC_GROUP):
            if _nested_repeat(av[-1] if op == re._constants.SUBPATTERN else av, inside):
                return True
        elif op == re._constants.BRANCH:
            if any(_nested_repeat(b, inside) for b in av[1]):
                return True
        elif op in (re._constants.ASSERT, re._constants.ASSERT_NOT):
            if _nested_repeat(av[1], inside):
                return True
    return False


_JS_POS = r"""
function __runpos(P, s, pos, end) {
  function one(m) { return m === null ? null : [m.r[0], py_to_js(py_re_mspan(m)), spans(m), py_re_attr(m, 'lastindex'),
                                                 py_re_attr(m, 'lastgroup')]; }
  function spans(m) { var o = []; for (var g = 0; g <= P.n; g++) o.push(py_to_js(py_re_mspan(m, g))); return o; }
  return JSON.stringify([one(py_re_search(P, s, 0, pos, end)), one(py_re_search(P, s, 1, pos, end)),
    one(py_re_search(P, s, 2, pos, end)), py_to_js(py_re_findall(P, s, pos, end)),
    py_re_finditer(P, s, pos, end).map(spans)]);
}
"""


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(patterns(), st.sampled_from(FLAGS), TEXT, st.integers(-2, 14), st.integers(-2, 14))
def test_random_patterns_pos_endpos(ctx, pattern, flags, s, pos, end):
    n = len(s)
    if min(max(pos, 0), n) > min(max(end, 0), n):
        return          # Pattern.match raises a py2cs TypeError there (tests/programs/p_re.py: pos_endpos)
    try:
        p = re.compile(pattern, flags)
        tr = RT.translate(pattern, flags)
    except (re.error, RT.Unsupported, RecursionError, OverflowError):
        return
    names = J.array([J.array([J.lit_str(k), J.lit_num(v)]) for k, v in tr.groupindex])
    decl = J.call("py_re_pat", _src_expr(tr.source), _src_expr(tr.ne_source) if tr.ne_source else E_NULL,
                  J.lit_num(tr.groups), names, J.lit_str(pattern), J.lit_num(tr.flags), J.lit_str(repr(p)),
                  J.lit_num(tr.minwidth), J.lit_num(tr.maxwidth),
                  J.E("true" if tr.local else "false"), J.array([J.lit_num(g) for g in tr.close_order])).code
    ctx.eval(_JS_POS + f"var __P = {decl};")
    got = json.loads(ctx.eval(f"__runpos(__P, {json.dumps(s)}, {pos}, {end})"))

    def one(m):
        return None if m is None else [m.group(), list(m.span()), [list(m.span(g)) for g in range(p.groups + 1)],
                                       m.lastindex, m.lastgroup]
    want = json.loads(json.dumps([one(p.search(s, pos, end)), one(p.match(s, pos, end)), one(p.fullmatch(s, pos, end)),
                                  p.findall(s, pos, end),
                                  [[list(m.span(g)) for g in range(p.groups + 1)] for m in p.finditer(s, pos, end)]]))
    assert got == want, (pattern, flags, s, pos, end)
