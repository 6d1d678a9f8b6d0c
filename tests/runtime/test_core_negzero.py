"""core.js: a plain JS -0 is the float -0.0 everywhere (core.js, ops.js and format.js agree), and a -0
arriving from the page is the int 0, as a server callback would receive it (JSON writes -0 as 0)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jsutil import JSRuntime  # noqa: E402

_rt = None


def rt() -> JSRuntime:
    global _rt
    if _rt is None:
        _rt = JSRuntime()
    return _rt


def js(expr: str):
    return rt().ctx.eval(expr)


@pytest.mark.parametrize("expr, expected", [
    ("py_isint(-0)", False), ("py_isfloat(-0)", True), ("py_typename(-0)", "float"),
    ("py_isint(0)", True), ("py_isfloat(0)", False), ("py_typename(0)", "int"),
    ("py_isint(-1)", True), ("py_isfloat(-0.5)", True), ("py_typename(new py_PyFloat(-0))", "float"),
    ("py_isint(py_fbox(-0))", False), ("py_isfloat(py_fbox(-0))", True),
])
def test_negative_zero_is_a_float_in_core(expr, expected):
    assert js(expr) == expected


@pytest.mark.parametrize("expr, expected", [
    # every module reads a plain -0 the same way
    ("py_typename(-0) === py_op_tn(-0)", True),
    ("py_isinstance(-0, ['float'])", True),
    ("py_isinstance(-0, ['int'])", False),
    ("py_str(-0)", "-0.0"), ("py_repr(-0)", "-0.0"),
    ("py_str(py_neg(0))", "0"), ("py_str(py_neg(py_fbox(0)))", "-0.0"),
])
def test_core_ops_format_agree(expr, expected):
    assert js(expr) == expected


def test_python_agrees():
    assert isinstance(-0.0, float) and str(-0.0) == "-0.0" and str(-0) == "0"


@pytest.mark.parametrize("expr", [
    "py_from_js(-0)", "py_from_js([-0])[0]", "py_from_js({a: -0}).get('a')", "py_from_js([[1, -0]])[0][1]",
    "py_from_js({a: {b: -0}}).get('a').get('b')",
])
def test_negative_zero_from_the_page_is_int_zero(expr):
    assert js(f"(function () {{ var v = {expr}; return v === 0 && 1 / v > 0 && py_isint(v); }})()") is True


def test_from_js_keeps_other_numbers():
    assert js("(function () { var v = py_from_js([0, 1.5, -2, NaN]); "
              "return v[0] === 0 && v[1] === 1.5 && v[2] === -2 && v[3] !== v[3]; })()") is True


def test_json_key_of_negative_zero():
    # json.dumps({-0.0: 1}) == '{"-0.0": 1}'
    assert js("py_json_key(-0)") == "-0.0"
    assert js("py_json_key(0)") == "0"


def test_negative_zero_transpiled_end_to_end():
    """A -0 input is the int 0 in Python (JSON) and must be the int 0 in the callback too."""
    from difftest import Compiled

    def kinds(x, xs):
        return [isinstance(x, int), str(x), repr(xs), [isinstance(v, float) for v in xs]]

    c = Compiled(kinds)
    out = c.ctx.eval("JSON.stringify(__f(-0, [-0, 0.5]))")
    assert out == '[true,"0","[0, 0.5]",[false,true]]'
