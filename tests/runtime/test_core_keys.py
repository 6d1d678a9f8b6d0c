"""core.js py_key: dict keys and set elements computed as doubles must find the same value written as a
literal. QuickJS hashes a double-tagged integral number apart from an int-tagged one: a set built from
range(2147483648 % 7, 10) (the start is a double) did not contain 5 (a fuzz finding), so `5 in s`, `d[5]`
and `s - {5}` went wrong. py_key gives small integral numbers the int tag."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsutil import JSRuntime  # noqa: E402

_rt = None


def js(expr: str):
    global _rt
    if _rt is None:
        _rt = JSRuntime()
    return _rt.ctx.eval(expr)


START = "py_imod(2147483648, 7)"   # 2, as a double


@pytest.mark.parametrize("expr, expected", [
    (f"py_in(5, py_set(py_range({START}, 10)))", True),
    (f"py_in(py_range({START}, 10)[3], py_set([5]))", True),
    (f"py_sub(py_set([5, 3]), py_set(py_range({START}, 10))).size", 0),
    (f"py_sub(py_set(py_range({START}, 10)), py_set([5])).size", 7),
    (f"(function () {{ var d = new Map(); for (var v = {START}; v < 10; v++) py_setitem(d, v, 'x'); "
     f"return [py_in(5, d), py_getitem(d, 5), d.size].join(); }})()", "true,x,8"),
    (f"(function () {{ var d = new Map(); py_setitem(d, 5, 'a'); for (var v = {START}; v < 10; v++) "
     f"py_setitem(d, v, 'b'); return [py_getitem(d, 5), d.size].join(); }})()", "b,8"),
    (f"(function () {{ var s = new Set(); for (var v = {START}; v < 10; v++) py_set_add(s, v); "
     f"return py_in(5, s); }})()", True),
    (f"py_in(5, py_dict_fromkeys(py_range({START}, 10)))", True),
])
def test_keys_computed_as_doubles(expr, expected):
    assert js(expr) == expected


@pytest.mark.parametrize("k, expected", [("-0", 0), ("0.5", 0.5), ("2147483648", 2147483648), ("-2147483649", -2147483649),
                                         ("1e300", 1e300), ("'a'", "a"), ("true", True), ("null", None),
                                         ("py_fbox(3)", 3), ("-2147483648", -2147483648)])
def test_other_keys_unchanged(k, expected):
    assert js(f"py_key({k})") == expected


def test_negative_zero_key_is_zero():
    assert js("(function () { var k = py_key(-0); return k === 0 && 1 / k > 0; })()") is True
