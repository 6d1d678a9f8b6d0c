"""Review findings of the re module in V8 (Chromium), where QuickJS agreed with CPython: translated patterns run
through the runtime (re.js) in the page, against CPython's search, findall, finditer spans, sub and split."""
from __future__ import annotations

import json
import re

import pytest

from py2cs import jsast as J
from py2cs import re_translate as RT
from py2cs import runtime
from py2cs.lower.relow import _src_expr
from tests.test_re_random import _JS, _py, HELPERS

pytestmark = pytest.mark.browser

CASES = [
    # V8 tries a pattern that starts with a lookaround at the middle of a surrogate pair too: \Z, $, ^ (as
    # lookarounds) matched between the two halves of an emoji, and findall/sub never ended (the tab hung)
    (r"\Z", 0, ["ab\U0001F601c", "\U0001F601", "\U0001F601\U0001F601x"]),
    (r"$", 0, ["ab\U0001F601c", "\U0001F601\n", "x\U0001F601"]),
    (r"^", 0, ["ylΩ\U0001F600", "\U0001F600\U0001F600"]),
    (r"(?<!b)", 0, ["ab\U0001F601c\U0001F601"]),
    (r"\B", 0, ["\U0001F601\U0001F602 a"]),
    (r"(?!x)", re.M, ["\U0001F601x\U0001F602"]),
    (r"x*", 0, ["\U0001F601x\U0001F602"]),
    # V8 rejects an optional iteration that matches the empty string (the spec's RepeatMatcher), CPython keeps
    # it: (a?)? on 'b' sets group 1 to '' in CPython (QuickJS agrees), V8 left it unset
    (r"(a?)?b", 0, ["b", "ab", "xb"]),
    (r"(a?)??b", 0, ["b", "ab"]),
    (r"(?=(a))?", 0, ["a", "ba"]),
    (r"(?:(x)|)?(?:a|)??b", 0, ["b", "xb", "ab"]),
    (r"(?:ǆ?|(?:s\B){2}).*(.{0})?", 0, ["ǆ", "", "\n"]),
]


def _decl(pattern, flags):
    p = re.compile(pattern, flags)
    tr = RT.translate(pattern, flags)
    names = J.array([J.array([J.lit_str(k), J.lit_num(v)]) for k, v in tr.groupindex])
    return p, J.call("py_re_pat", _src_expr(tr.source), _src_expr(tr.ne_source) if tr.ne_source else J.E("null"),
                     J.lit_num(tr.groups), names, J.lit_str(pattern), J.lit_num(tr.flags), J.lit_str(repr(p)),
                     J.lit_num(tr.minwidth), J.lit_num(tr.maxwidth),
                  J.E("true" if tr.local else "false")).code


def test_patterns_agree_with_cpython_in_chromium(browser):
    body, want = [], []
    for pattern, flags, texts in CASES:
        p, decl = _decl(pattern, flags)
        body.append(f"(function () {{ var P = {decl}; return {json.dumps(texts)}.map(function (s) "
                    f"{{ return JSON.parse(__run(P, s, ['<', 0, '>'])); }}); }})()")
        want.append([_py(p, s) for s in texts])
    js = "() => { " + runtime.bundle(HELPERS) + _JS + "\nreturn JSON.stringify([" + ",\n".join(body) + "]); }"
    page = browser.new_page()
    try:
        got = json.loads(page.evaluate(js))
    finally:
        page.close()
    bad = [(c[0], c[2], w, g) for c, w, g in zip(CASES, want, got) if w != g]
    assert not bad, bad
