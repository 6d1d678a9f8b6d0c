"""Runtime helpers changed in the review of containers (review-r4): dict-view membership, set membership of a
set probe, and the dict-iteration guard that counts deletions."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jsutil import JSRuntime, js_literal, js_outcome, py_outcome  # noqa: E402

_rt = None


def rt() -> JSRuntime:
    global _rt
    if _rt is None:
        _rt = JSRuntime(helpers=["py_in_view", "py_in", "py_in_keyed", "py_iter_check", "py_dsize", "py_delitem",
                                 "py_setitem", "py_dict_pop", "py_dict_popitem", "py_dict_clear", "py_exc_type",
                                 "py_exc_str", "py_tuple", "py_fbox"])
    return _rt


D = {"a": 1, 1: [2], None: 2.5, True: "t"}
PROBES = ["a", 1, 1.0, True, None, "zz", [1], {}, set(), ("a", 1), ("a", 2), (1, [2]), (True, "t"), (None, 2.5),
          ([1], 1), ({}, 2), ("a",), ("a", 1, 2), ["a", 1], 2.5]


def _lit(v):
    if isinstance(v, tuple):
        return "py_tuple([" + ", ".join(_lit(x) for x in v) + "])"
    if isinstance(v, float) and v.is_integer():
        return f"py_fbox({v!r})"
    if isinstance(v, list):
        return "[" + ", ".join(_lit(x) for x in v) + "]"
    return js_literal(v)


def _norm(out):
    return out if out[0] == "err" else ("ok", bool(out[1]))


@pytest.mark.parametrize("what", ["keys", "items"])
@pytest.mark.parametrize("x", PROBES, ids=[repr(p) for p in PROBES])
def test_in_view(what, x):
    d = dict(D)
    view = d.keys() if what == "keys" else d.items()
    exp = py_outcome(lambda: x in view)
    got = js_outcome(rt(), f"py_in_view({_lit(x)}, {js_literal(D)}, '{what}')")
    assert _norm(got) == _norm(exp), (x, exp, got)


@pytest.mark.parametrize("what", ["keys", "items"])
@pytest.mark.parametrize("obj", [5, "s", [1], None, {1}])
def test_in_view_of_a_non_dict_is_an_attribute_error(what, obj):
    got = js_outcome(rt(), f"py_in_view(1, {_lit(obj)}, '{what}')")
    assert got == ("err", "AttributeError", f"'{type(obj).__name__}' object has no attribute '{what}'")


def test_set_probe_of_a_set_is_retried_as_a_frozenset():
    assert rt().eval("py_in(new Set([1]), new Set([1, 2]))") is False
    assert rt().eval("py_in_keyed(new Set(), new Set([1, 2]))") is False
    assert js_outcome(rt(), "py_in(new Set([1]), new Map([[1, 2]]))") == ("err", "TypeError", "unhashable type: 'set'")
    assert js_outcome(rt(), "py_in_keyed(new Set([1]), new Map())") == ("err", "TypeError", "unhashable type: 'set'")


def test_iter_check_counts_deletions():
    r = rt()
    # a size change is CPython's RuntimeError
    assert js_outcome(r, "(function(){var d=new Map([['a',1]]), n=py_dsize(d); py_setitem(d,'b',2); return py_iter_check(d,n);})()") \
        == ("err", "RuntimeError", "dictionary changed size during iteration")
    # overwriting a key changes nothing
    assert r.eval("(function(){var d=new Map([['a',1]]), n=py_dsize(d); py_setitem(d,'a',2); return py_iter_check(d,n);})()") is True
    # a key deleted and another added, by each deleting helper: refused
    for delete in ["py_delitem(d,'a')", "py_dict_pop(d,'a')", "py_dict_popitem(d)", "py_dict_clear(d)"]:
        out = js_outcome(r, f"(function(){{var d=new Map([['a',1]]), n=py_dsize(d); {delete}; py_setitem(d,'x',2); "
                            "return py_iter_check(d,n);})()")
        assert out[0:2] == ("err", "TypeError") and out[2].startswith("py2cs: a dict iterated by a loop"), (delete, out)
    # deletions before the loop starts are not counted against it
    assert r.eval("(function(){var d=new Map([['a',1],['b',2]]); py_delitem(d,'a'); var n=py_dsize(d); "
                  "return py_iter_check(d,n);})()") is True
    # a list is never checked
    assert r.eval("py_iter_check([1], py_dsize([1]))") is True
