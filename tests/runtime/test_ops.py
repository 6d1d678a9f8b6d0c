"""ops.js against CPython 3.11 on handpicked edge cases: operators, typed numeric helpers, indexing,
slicing, iteration and builtins. Property-based tests live in test_ops_props.py."""
from __future__ import annotations

import math
import operator as O
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_ops_common import (  # noqa: E402
    COMPLEX_MSG, OVERFLOW_MSG, Fn, Raw, check, js_outcome, lit, mismatches, runtime,
)

from py2cs import runtime as rtmod  # noqa: E402

INF, NAN = math.inf, math.nan
MAXS = 2**53 - 1

NUMS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2**31, -(2**31), 2**32 + 5, 2**52, MAXS, -MAXS, 94906267,
        True, False, 0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 7.5, -7.5, 0.1, 0.3, 1 / 3,
        1e16, 1.5e16, 1e21, 1e22, -1e22, 1e300, -1e300, 1e-300, 5e-324, INF, -INF, NAN]
OTHERS = ["", "ab", "a😀", [], [1, 2], [[1], 2.5], (), (1, "x"), None, {}, {1: 2}, {"a": 1, "b": [2]}]
VALUES = NUMS + OTHERS


def _ids(xs):
    return [repr(x)[:25] for x in xs]


def _isint(x):
    return isinstance(x, int)


def _pow(a, b):
    if _isint(a) and _isint(b) and b > 64 and abs(a) > 1:
        return 2**60  # CPython would build a huge int: the runtime must overflow
    return a ** b


def _lshift(a, b):
    if _isint(a) and _isint(b) and b > 64 and a != 0:
        return 2**60
    return a << b


def _huge_repeat(a, b):
    return any(isinstance(seq, (str, list, tuple)) and _isint(n) and len(seq) and n > 10**6
               for seq, n in ((a, b), (b, a)))


def _mul(a, b):
    if _huge_repeat(a, b):
        raise MemoryError("py2cs: repeated sequence is too large")
    return a * b


def _mod(a, b):
    if isinstance(a, str):
        pytest.skip("str % x is py_percent_format (format.js)")
    return a % b


BINOPS = {
    "py_add": O.add, "py_sub": O.sub, "py_mul": _mul, "py_truediv": O.truediv, "py_floordiv": O.floordiv,
    "py_mod": O.mod, "py_pow": _pow, "py_divmod": divmod, "py_lshift": _lshift, "py_rshift": O.rshift,
    "py_bitand": O.and_, "py_bitor": O.or_, "py_bitxor": O.xor,
}


def _binop_cases(fn, a):
    op = BINOPS[fn]
    cases = []
    for b in VALUES:
        if fn == "py_mod" and isinstance(a, str):
            continue
        if fn == "py_mul" and _huge_repeat(a, b):
            continue
        cases.append(((lambda a=a, b=b: op(a, b)), fn, (a, b), {"asfloat": fn == "py_truediv"}))
    return cases


@pytest.mark.parametrize("a", VALUES, ids=_ids(VALUES))
@pytest.mark.parametrize("fn", sorted(BINOPS))
def test_binary_operators(fn, a):
    bad = mismatches(_binop_cases(fn, a))
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(bad[:15])


SETS = [set(), {1}, {1, 2}, {2, 3, "a"}]


@pytest.mark.parametrize("fn,op", [("py_bitor", O.or_), ("py_bitand", O.and_), ("py_bitxor", O.xor),
                                   ("py_sub", O.sub), ("py_add", O.add), ("py_mul", O.mul)])
def test_set_operators(fn, op):
    bad = mismatches([((lambda a=a, b=b: op(a, b)), fn, (a, b), {})
                      for a in SETS + [1, None, [1]] for b in SETS + [1, {1: 2}]])
    assert not bad, "\n".join(bad[:15])


def test_dict_or_is_a_new_merged_map():
    check(lambda: {1: 1, "a": 2} | {1: 3, "b": 4}, "py_bitor", {1: 1, "a": 2}, {1: 3, "b": 4})
    rt = runtime()
    assert rt.eval("(function(){var a=new Map([[1,2]]); var m=py_bitor(a, new Map()); m.set(5,5); return a.size;})()") == 1


UNARY = {"py_neg": O.neg, "py_pos": O.pos, "py_abs": abs, "py_invert": O.invert}


@pytest.mark.parametrize("fn", sorted(UNARY))
def test_unary_operators(fn):
    op = UNARY[fn]
    bad = mismatches([((lambda a=a: op(a)), fn, (a,), {}) for a in VALUES + [-(2**53), 2**53]])
    assert not bad, "\n".join(bad[:15])


@pytest.mark.parametrize("fn,expr", [
    ("py_add", "py_add(2, 3)"), ("py_sub", "py_sub(0, 0)"),
    ("py_mul", "py_mul(0, -3)"), ("py_mul", "py_mul(-2, 0)"), ("py_floordiv", "py_floordiv(0, -3)"),
    ("py_mod", "py_mod(-6, 3)"), ("py_mod", "py_mod(6, -3)"), ("py_neg", "py_neg(0)"), ("py_rshift", "py_rshift(0, 2)"),
])
def test_int_results_are_never_negative_zero(fn, expr):
    # a plain -0 would be read as the float -0.0 (by format.js and the test harness)
    out = js_outcome(runtime(), expr)
    assert out[0] == "ok" and type(out[1]) is int, out


@pytest.mark.parametrize("fn", sorted(BINOPS) + sorted(UNARY))
def test_plain_negative_zero_is_the_float(fn, monkeypatch):
    import test_ops_common
    monkeypatch.setattr(test_ops_common, "PLAIN_NEG_ZERO", True)
    if fn in UNARY:
        cases = [((lambda: UNARY[fn](-0.0)), fn, (-0.0,), {})]
    else:
        cases = _binop_cases(fn, -0.0) + [((lambda b=b: BINOPS[fn](b, -0.0)), fn, (b, -0.0), {"asfloat": fn == "py_truediv"})
                                          for b in VALUES if not (fn == "py_mod" and isinstance(b, str))]
    bad = mismatches(cases)
    assert not bad, "\n".join(bad[:15])
    for name, t in [("int", int), ("float", float)]:
        check(lambda: isinstance(-0.0, t), "py_isinstance", -0.0, Raw(f"['{name}']"))
    check(lambda: list(range(-0.0)), "py_range", -0.0)
    z = -0.0
    check(lambda: [1][z:None], "py_slice", [1], z, None)


def test_float_results_are_boxed_when_integral():
    rt = runtime()
    assert rt.eval("py_add(0.5, 0.5) instanceof py_PyFloat")
    assert rt.eval("py_add(1, 2) === 3")
    assert rt.eval("py_floordiv(7.5, 2) instanceof py_PyFloat && py_floordiv(7.5, 2).v === 3")
    assert rt.eval("py_mul(py_fbox(2), 3).v === 6")
    assert rt.eval("py_truediv(6, 3) === 2")  # statically a float: plain
    assert rt.eval("py_sum([0.5, 0.5]).v === 1")
    assert rt.eval("py_pow(2, -1) === 0.5 && py_pow(1, -1).v === 1")


# ---------------------------------------------------------------- typed numeric helpers

INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 13, 2**26, 2**31, -(2**31) - 3, 2**52, MAXS, -MAXS, 94906267, 94906268]


def _plain(x):
    """A plain JS number (a statically typed float is not boxed)."""
    if isinstance(x, float):
        if math.isnan(x):
            return Raw("NaN")
        if math.isinf(x):
            return Raw("Infinity" if x > 0 else "-Infinity")
        if x == 0 and math.copysign(1, x) < 0:
            return Raw("-0")
        return Raw(repr(int(x)) if x.is_integer() and abs(x) <= 2**53 else repr(x))
    return x


@pytest.mark.parametrize("fn,op", [("py_imul", _mul), ("py_ifloordiv", O.floordiv), ("py_imod", O.mod),
                                   ("py_ipow", _pow)])
def test_int_helpers(fn, op):
    cases = []
    for a in INTS:
        for b in INTS:
            if fn == "py_ipow" and b < 0:
                cases.append(((lambda a=a, b=b: op(a, b)), fn, (a, b), {"asfloat": True}))
            else:
                cases.append(((lambda a=a, b=b: op(a, b)), fn, (a, b), {}))
    bad = mismatches(cases)
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, 7.5, -7.5, 0.1, 1e16, 1e22, -1e22, 1e300, 1e-300,
          5e-324, INF, -INF, NAN, 1.5, 10.0, -8.0, 1 / 3, 0.75, 2.5, 1023.0, 1024.0, -1e300]


@pytest.mark.parametrize("fn,op", [("py_fdiv", O.truediv), ("py_ffloordiv", O.floordiv), ("py_fmod", O.mod),
                                   ("py_fpow", O.pow)])
def test_float_helpers(fn, op):
    cases = []
    for a in FLOATS:
        for b in FLOATS:
            # py_fdiv does not know the static types: integral operands get the int/int message
            msg = not (fn == "py_fdiv" and b == 0 and (a.is_integer() if math.isfinite(a) else False))
            cases.append(((lambda a=a, b=b: op(a, b)), fn, (_plain(a), _plain(b)), {"asfloat": True, "check_msg": msg}))
    bad = []
    for pyfn, f, args, kw in cases:
        try:
            check(pyfn, f, *args, **kw)
        except AssertionError as e:
            bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


def test_fdiv_messages():
    check(lambda: 1 / 0, "py_fdiv", 1, 0, asfloat=True)
    check(lambda: 1.5 / 0, "py_fdiv", 1.5, 0, asfloat=True)
    check(lambda: 1.5 / 0.0, "py_fdiv", 1.5, Raw("-0"), asfloat=True)


@pytest.mark.parametrize("expr,exp", [
    ("py_pow(-8, 1/3)", ("err", "ValueError", COMPLEX_MSG)),
    ("py_pow(-8.0, 0.5)", ("err", "ValueError", COMPLEX_MSG)),
    ("py_fpow(-1.5, 2.5)", ("err", "ValueError", COMPLEX_MSG)),
    ("py_pow(0, -1)", ("err", "ZeroDivisionError", "0.0 cannot be raised to a negative power")),
    ("py_ipow(0, -1)", ("err", "ZeroDivisionError", "0.0 cannot be raised to a negative power")),
    ("py_pow(2, 53)", ("ok", 2**53)),
    ("py_pow(2, 54)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_pow(3, 33)", ("ok", 3**33)),
    ("py_pow(3, 34)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_pow(-3, 33)", ("ok", (-3)**33)),
    ("py_pow(-1, 9007199254740991)", ("ok", -1)),
    ("py_pow(10, 15)", ("ok", 10**15)),
    ("py_pow(10, 16)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_pow(true, -1)", ("ok", 1.0)),
    ("py_mul(94906267, 94906267)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_mul(4503599627370496, 2)", ("ok", 2**53)),
    ("py_mul(3, 3002399751580331)", ("err", "OverflowError", OVERFLOW_MSG)),  # 2**53 + 1 rounds to 2**53
    ("py_add(9007199254740991, 2)", ("err", "OverflowError", OVERFLOW_MSG)),  # 2**53 + 1
    ("py_add(9007199254740991, 1)", ("ok", 2**53)),
    ("py_sub(-9007199254740991, 1)", ("ok", -(2**53))),
    ("py_sub(-9007199254740991, 2)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_lshift(1, 53)", ("ok", 2**53)),
    ("py_lshift(1, 54)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_lshift(0, 100000)", ("ok", 0)),
    ("py_rshift(-5, 1000)", ("ok", -1)),
    ("py_rshift(5, 1000)", ("ok", 0)),
    ("py_lshift(1, -1)", ("err", "ValueError", "negative shift count")),
    ("py_bitand(-1, 9007199254740991)", ("ok", MAXS)),
    ("py_bitxor(-9007199254740991, 9007199254740991)", ("ok", -9007199254740991 ^ MAXS)),
    ("py_bitor(4294967296, 1)", ("ok", 4294967297)),
    ("py_bitand(true, true)", ("ok", True)),
    ("py_bitxor(true, true)", ("ok", False)),
    ("py_bitor(false, 0)", ("ok", 0)),
    ("py_truediv(true, false)", ("err", "ZeroDivisionError", "division by zero")),
    ("py_ifloordiv(7, 0)", ("err", "ZeroDivisionError", "integer division or modulo by zero")),
    ("py_imod(7, 0)", ("err", "ZeroDivisionError", "integer modulo by zero")),
    ("py_mod(5, py_fbox(-0))", ("err", "ZeroDivisionError", "float modulo")),
    ("py_floordiv(1e22, 7)", ("ok", 1e22 // 7)),
    # an int beyond 2**53 from outside: exact quotient (not float floor division), or OverflowError
    ("py_floordiv(-38061492730792880, -9)", ("ok", -38061492730792880 // -9)),
    ("py_ifloordiv(-38061492730792880, -9)", ("ok", -38061492730792880 // -9)),
    ("py_divmod(-38061492730792880, -9)", ("ok", (-38061492730792880 // -9, -5))),
    ("py_floordiv(-100000000000000000000, 30000000000000000)", ("ok", -(10**20) // (3 * 10**16))),
    ("py_floordiv(18014398509481984, -2)", ("ok", -(2**53))),
    ("py_floordiv(36028797018963968, 3)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_floordiv(100000000000000000000, 100000000000000000)", ("ok", 1000)),
    ("py_floordiv(-100000000000000000000, 100000000000065536)", ("ok", -1000)),
    # a remainder beyond 2**53 is not exact in a double
    ("py_mod(-3, 10000000000000000)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_imod(3, -10000000000000000)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_mod(-3, 100000000000000000)", ("err", "OverflowError", OVERFLOW_MSG)),
    ("py_mod(3, 10000000000000000)", ("ok", 3)),
    ("py_mod(-38061492730792880, 9)", ("ok", -38061492730792880 % 9)),
])
def test_numeric_specials(expr, exp):
    assert js_outcome(runtime(), expr) == exp


def test_sum_is_exact_on_intermediate_results_beyond_2_53():
    check(lambda: sum([MAXS, 2, -10]), "py_sum", [MAXS, 2, -10])
    check(lambda: sum([MAXS, MAXS, -MAXS, -MAXS + 1]), "py_sum", [MAXS, MAXS, -MAXS, -MAXS + 1])
    check(lambda: sum([MAXS, 2, 0.5]), "py_sum", [MAXS, 2, 0.5])
    check(lambda: sum([MAXS, 2]), "py_sum", [MAXS, 2])
    check(lambda: sum([MAXS, 1]), "py_sum", [MAXS, 1])
    check(lambda: sum([-MAXS, -2, 3, 0]), "py_sum", [-MAXS, -2, 3, 0])


def test_huge_repetition_is_a_memory_error():
    for expr in ['py_mul("ab", 1099511627776)', "py_mul([1], 1099511627776)", "py_mul(1099511627776, py_tuple([1]))"]:
        assert js_outcome(runtime(), expr)[:2] == ("err", "MemoryError")
    assert js_outcome(runtime(), 'py_mul("", 1099511627776)') == ("ok", "")


def test_sequence_repetition():
    cases = []
    for seq in ["", "ab", "😀x", [], [1, [2]], (), (1, 2)]:
        for n in [-3, -1, 0, 1, 2, 3, True, False, 2.0, 1.5, None, "a", [1]]:
            cases.append(((lambda s=seq, n=n: s * n), "py_mul", (seq, n), {}))
            cases.append(((lambda s=seq, n=n: n * s), "py_mul", (n, seq), {}))
    bad = mismatches(cases)
    assert not bad, "\n".join(bad[:15])


def test_results_are_fresh_objects():
    rt = runtime()
    assert rt.eval("(function(){var a=[1,2]; var r=py_add(a, []); return r !== a;})()")
    assert rt.eval("(function(){var a=[1,2]; var r=py_mul(a, 1); return r !== a;})()")
    assert rt.eval("(function(){var a=[1,2]; var r=py_slice(a); r.push(3); return a.length;})()") == 2
    assert rt.eval("(function(){var a=[1,2]; var r=py_list(a); return r !== a;})()")
    assert rt.eval("(function(){var a=[3,1]; py_sorted(a); return a;})()") == [3, 1]
    assert rt.eval("(function(){var a=[1,2]; var r=py_reversed(a); return a;})()") == [1, 2]
    assert rt.eval("py_slice(py_tuple([1,2,3]), 1)") == (2, 3)
    assert rt.eval("py_add(py_tuple([1]), py_tuple([2]))") == (1, 2)


# ---------------------------------------------------------------- indexing

SEQS = [[], [1, 2, 3], [[1], (2,), "x"], (), (1, 2, 3), "", "abc", "a😀b😀", "😀😀", "\U0001F600\u00e9x"]
INDEXES = [0, 1, 2, 3, -1, -2, -3, -4, 10, -10, True, False, 1.0, 0.5, -0.0, "a", None, [0], 2**63, -(2**63),
           10**20, NAN, INF]


@pytest.mark.parametrize("seq", SEQS + [None, 5, 1.5, {1, 2}, True], ids=_ids(SEQS + [None, 5, 1.5, {1, 2}, True]))
def test_getitem_sequences(seq):
    bad = mismatches([((lambda i=i: seq[i]), "py_getitem", (seq, i), {}) for i in INDEXES])
    assert not bad, "\n".join(bad[:15])


DICT = {1: "one", "a": 2, None: 3, 2.5: "f", "": [1]}


def test_getitem_dict():
    keys = [1, 1.0, "a", None, 2.5, "", 2, "b", 0.0, -0.0, [1], {}]
    bad = mismatches([((lambda k=k: DICT[k]), "py_getitem", (DICT, k), {}) for k in keys])
    assert not bad, "\n".join(bad)


def _mutated(base, stmt):
    """Python: apply stmt(x) to a copy; JS expression template returning the mutated copy."""
    def run():
        x = type(base)(base) if isinstance(base, (list, dict)) else base
        stmt(x)
        return x
    return run


def _js_mutated(base, call):
    return Raw(f"(function(){{ var x = {lit(base)}; {call}; return x; }})()")


def _set(x, i, v):
    x[i] = v


def _del(x, i):
    del x[i]


@pytest.mark.parametrize("base", [[1, 2, 3], [], (1, 2), "abc", {1: 2, "a": 3}, None, 5, {1}], ids=str)
def test_setitem_delitem(base):
    bad = []
    for i in [0, 1, 2, 3, -1, -3, -4, True, 1.0, "a", "z", None, 1.5]:
        if isinstance(base, dict) and i is True:
            continue  # known model difference: True and 1 are distinct keys
        for name, stmt, call in [
            ("set", lambda x, i=i: _set(x, i, "v"), f"py_setitem(x, {lit(i)}, 'v')"),
            ("del", lambda x, i=i: _del(x, i), f"py_delitem(x, {lit(i)})"),
        ]:
            exp_fn = _mutated(base, stmt)
            try:
                check(exp_fn, "(function(v){return v;})", _js_mutated(base, call))
            except AssertionError as e:
                bad.append(f"{name} {i!r}: {e}")
    assert not bad, "\n".join(bad[:15])


def test_setitem_returns_and_normalizes_keys():
    rt = runtime()
    assert rt.eval("(function(){var m=new Map([[1,'a']]); py_setitem(m, py_fbox(1), 'b'); return m;})()") == {1: "b"}
    assert js_outcome(rt, "py_setitem(new Map(), [1], 2)") == ("err", "TypeError", "unhashable type: 'list'")


# ---------------------------------------------------------------- slicing

SLICE_BOUNDS = [None, 0, 1, -1, 2, -2, 3, 5, -5, 100, -100, True]
SLICE_STEPS = [None, 1, -1, 2, -2, 3, -3, 100, -100, 0, True]
SLICE_SEQS = [[], [1, 2, 3, 4, 5], (1, 2, 3, 4), "abcdef", "a😀b😀c", ""]


@pytest.mark.parametrize("step", SLICE_STEPS, ids=_ids(SLICE_STEPS))
@pytest.mark.parametrize("seq", SLICE_SEQS, ids=_ids(SLICE_SEQS))
def test_slice(seq, step):
    cases = []
    for a in SLICE_BOUNDS:
        for b in SLICE_BOUNDS:
            cases.append(((lambda a=a, b=b: seq[a:b:step]), "py_slice", (seq, a, b, step), {}))
    bad = mismatches(cases)
    assert not bad, "\n".join(bad[:15])


def test_slice_errors_and_omitted():
    rt = runtime()
    assert rt.eval('py_slice("abc")') == "abc"
    assert rt.eval('py_slice("abc", undefined, undefined, -1)') == "cba"
    for seq, a, b, c in [([1], 1.0, None, None), ([1], "a", None, None), ([1], None, None, 0.5),
                         ("ab", None, None, 0), ({1: 2}, 0, 1, None), (None, 0, 1, None), (5, 0, 1, None),
                         ({1}, 0, 1, None), ([1, 2], None, None, 0)]:
        check(lambda: seq[a:b:c], "py_slice", seq, a, b, c)


SETSLICE_VALUES = [[], [9], [9, 8], [9, 8, 7, 6], "xy", (7,), {5: 1, 6: 2}, 5, None]


@pytest.mark.parametrize("step", [None, 1, -1, 2, -2, 3], ids=str)
def test_setslice_delslice(step):
    base = [0, 1, 2, 3, 4]
    bad = []
    for a in [None, 0, 1, -1, 3, -2, 10, -10]:
        for b in [None, 0, 2, -1, 4, 10, -10]:
            def d(x, a=a, b=b):
                del x[a:b:step]
            try:
                check(_mutated(base, d), "(function(v){return v;})",
                      _js_mutated(base, f"py_delslice(x, {lit(a)}, {lit(b)}, {lit(step)})"))
            except AssertionError as e:
                bad.append(str(e))
            for vals in SETSLICE_VALUES:
                def s(x, a=a, b=b, vals=vals):
                    x[a:b:step] = vals
                try:
                    check(_mutated(base, s), "(function(v){return v;})",
                          _js_mutated(base, f"py_setslice(x, {lit(a)}, {lit(b)}, {lit(step)}, {lit(vals)})"))
                except AssertionError as e:
                    bad.append(str(e))
    assert not bad, f"{len(bad)}:\n" + "\n".join(bad[:15])


def test_setslice_self_and_non_lists():
    rt = runtime()
    assert rt.eval("(function(){var x=[1,2,3]; py_setslice(x, 1, 2, null, x); return x;})()") == [1, 1, 2, 3, 3]
    assert rt.eval("(function(){var x=[1,2,3]; py_setslice(x, null, null, -1, x); return x;})()") == [3, 2, 1]
    for base in [(1, 2), "ab", {1: 2}, None, 3]:
        def s(x):
            x[0:1] = [1]

        def d(x):
            del x[0:1]
        check(_mutated(base, s), "(function(v){return v;})", _js_mutated(base, "py_setslice(x, 0, 1, null, [1])"))
        check(_mutated(base, d), "(function(v){return v;})", _js_mutated(base, "py_delslice(x, 0, 1)"))


# ---------------------------------------------------------------- iteration

ITERABLES = [[], [1, "a"], (1, 2), "", "ab😀", {1: 2, "k": 3}, None, 5, 1.5, True]


@pytest.mark.parametrize("x", ITERABLES, ids=_ids(ITERABLES))
def test_iter_len_list_tuple(x):
    check(lambda: list(iter(x)), "(function (a) { return py_iter(a).slice(); })", x)
    check(lambda: len(x), "py_len", x)
    check(lambda: list(x), "py_list", x)
    check(lambda: tuple(x), "py_tuple_of", x)
    check(lambda: list(reversed(x)), "py_reversed", x)
    check(lambda: list(enumerate(x)), "py_enumerate", x)
    check(lambda: list(enumerate(x, 5)), "py_enumerate", x, 5)
    check(lambda: list(enumerate(x, True)), "py_enumerate", x, True)
    check(lambda: any(x), "py_any", x)
    check(lambda: all(x), "py_all", x)
    check(lambda: [*x], "py_list_concat", x)
    check(lambda: [*x, *x], "py_list_concat", x, x)


def test_sets_have_no_iteration_order():
    rt = runtime()
    msg = "py2cs: iterating over a set has no defined order; use sorted(s)"
    for fn in ["py_iter", "py_list", "py_tuple_of", "py_enumerate", "py_zip", "py_list_concat"]:
        assert js_outcome(rt, f"{fn}(new Set([1, 2]))") == ("err", "TypeError", msg), fn
    assert js_outcome(rt, "py_unpack(new Set([1, 2]), 2)")[1] == "TypeError"
    # order-independent consumers accept sets
    check(lambda: len({1, 2}), "py_len", {1, 2})
    check(lambda: sorted({3, 1, 2}), "py_sorted", {3, 1, 2})
    check(lambda: sorted({3, 1, 2}, reverse=True), "py_sorted", {3, 1, 2}, None, True)
    check(lambda: sum({3, 1, 2}), "py_sum", {3, 1, 2})
    check(lambda: min({3, 1, 2}), "py_min", [{3, 1, 2}])
    check(lambda: max({3, 1, 2}), "py_max", [{3, 1, 2}])
    check(lambda: any({0, ""}), "py_any", {0, ""})
    check(lambda: all({1, "a"}), "py_all", {1, "a"})
    check(lambda: {1, 2}, "py_set", {1, 2})
    check(lambda: list(reversed({1})), "py_reversed", {1})
    assert js_outcome(rt, "py_sum(new Set([0.1, 0.2]))")[1] == "TypeError"
    assert js_outcome(rt, "py_sorted(new Set(['a', 'b']), function (s) { return 0; })")[1] == "TypeError"
    assert js_outcome(rt, "py_min([new Set(['a', 'b'])], function (s) { return 0; })")[1] == "TypeError"


def test_iter_returns_the_list_itself_and_fresh_arrays_otherwise():
    rt = runtime()
    assert rt.eval("(function(){var a=[1]; return py_iter(a) === a;})()")
    assert rt.eval("(function(){var a=[1]; return py_unpack(a, 1) === a;})()")


@pytest.mark.parametrize("args", [(5,), (0,), (-3,), (2, 5), (5, 2), (0, 10, 3), (10, 0, -3), (10, 0, 3), (0, 10, -3),
                                  (-5, 5, 2), (1, 2, 0), (1.0,), (0, 2.5), (0, 5, 1.0), (True, 3), ("a",), (None,),
                                  (3, None), (0, 10, True), (MAXS - 2, MAXS), (-MAXS, -MAXS + 3)], ids=str)
def test_range(args):
    # a range object: its items, and its repr
    check(lambda: list(range(*args)), "(function () { return Array.from(py_range.apply(null, arguments)); })", *args)
    check(lambda: repr(range(*args)), "(function () { return py_repr(py_range.apply(null, arguments)); })", *args)


@pytest.mark.parametrize("x", [[1, 2], [1, 2, 3], [1], [], (1, 2), "ab", "a😀", "abc", {1: 2, 3: 4}, None, 5, 2.5],
                         ids=str)
def test_unpack(x):
    def u2():
        a, b = x
        return [a, b]

    def u3():
        a, b, c = x
        return [a, b, c]

    def s11():
        a, *b, c = x
        return [a, b, c]

    def s20():
        a, b, *c = x
        return [a, b, c]

    def s01():
        *a, b = x
        return [a, b]

    check(u2, "(function (a, n) { return py_unpack(a, n).slice(); })", x, 2)
    check(u3, "(function (a, n) { return py_unpack(a, n).slice(); })", x, 3)
    check(s11, "py_unpack_star", x, 1, 1)
    check(s20, "py_unpack_star", x, 2, 0)
    check(s01, "py_unpack_star", x, 0, 1)


def test_zip_map_filter():
    check(lambda: list(zip()), "py_zip")
    check(lambda: list(zip([1, 2, 3], "ab")), "py_zip", [1, 2, 3], "ab")
    check(lambda: list(zip([1, 2], (3, 4), {5: 0, 6: 0, 7: 0})), "py_zip", [1, 2], (3, 4), {5: 0, 6: 0, 7: 0})
    check(lambda: list(zip([1], 2)), "py_zip", [1], 2)
    check(lambda: list(zip(None, [])), "py_zip", None, [])
    neg = Fn("py_neg")
    check(lambda: list(map(O.neg, [1, 2.0, True])), "py_map", neg, [1, 2.0, True])
    check(lambda: list(map(O.add, [1, 2, 3], "ab")), "py_map", Fn("py_add"), [1, 2, 3], ["a", "b"])
    check(lambda: list(map(O.add, [1, 2], (10, 20, 30))), "py_map", Fn("py_add"), [1, 2], (10, 20, 30))
    check(lambda: list(map(None, [])), "py_map", None, [])
    check(lambda: list(map(None, [1])), "py_map", None, [1])
    check(lambda: list(map(O.neg, 5)), "py_map", neg, 5)
    check(lambda: list(filter(None, [0, 1, "", "a", [], [0], None, 0.0, -0.0, NAN])), "py_filter",
          None, [0, 1, "", "a", [], [0], None, 0.0, -0.0, NAN])
    check(lambda: list(filter(lambda v: v > 1, (1, 2, 3))), "py_filter", Fn("function (v) { return v > 1; }"), (1, 2, 3))
    check(lambda: list(filter(1, [1])), "py_filter", 1, [1])
    check(lambda: list(filter(None, "a b")), "py_filter", None, "a b")


# ---------------------------------------------------------------- sorted / min / max

SORT_INPUTS = [
    [], [3, 1, 2], [10, 9, 100, 1], [3, 1.5, True, -0.0, 0, False, 2.0], ["b", "a", "B", "", "ab", "😀", "\uffff", "é"],
    [[2, 1], [1, 2], [1], [], [1, 1]], [(2, "a"), (1, "b"), (1, "a")], [1, "a"], ["a", 1], [1, 2, "a"],
    [NAN, 1, 0], [1, NAN, 0], [3, NAN, 1, 2, NAN, 0], [2, NAN, 1] * 21, [[1], [1, "a"], [1, 2]], [None, None], [None, 1],
    [{1}, {1, 2}, set()], list(range(100, 0, -1)), [i % 7 for i in range(150)], list("the quick brown fox"),
    [5, 4, 3, 2, 1, 1, 2, 3, 4, 5], [1e16, 1e16 + 2, -INF, INF], (3, 1), "cab", {2: 0, 1: 0},
]


@pytest.mark.parametrize("x", SORT_INPUTS, ids=_ids(SORT_INPUTS))
def test_sorted_min_max(x):
    check(lambda: sorted(x), "py_sorted", x)
    check(lambda: sorted(x, reverse=True), "py_sorted", x, None, True)
    check(lambda: min(x), "py_min", [x])
    check(lambda: max(x), "py_max", [x])
    check(lambda: min(x, default="d"), "py_min", [x], None, "d", True)
    check(lambda: max(x, default="d"), "py_max", [x], None, "d", True)


PAIRS = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e"), (3, "f"), (0, "g"), (2, "h")] * 10
FIRST = Fn("function (p) { return py_getitem(p, 0); }")


def test_sorted_is_stable_with_key_and_reverse():
    check(lambda: sorted(PAIRS, key=lambda p: p[0]), "py_sorted", PAIRS, FIRST)
    check(lambda: sorted(PAIRS, key=lambda p: p[0], reverse=True), "py_sorted", PAIRS, FIRST, True)
    check(lambda: sorted(PAIRS[:7], key=lambda p: p[0], reverse=True), "py_sorted", PAIRS[:7], FIRST, True)
    check(lambda: sorted([1, True, 1.0], reverse=True), "py_sorted", [1, True, 1.0], None, True)
    check(lambda: sorted(["b", "A", "a", "B"], key=str.lower), "py_sorted", ["b", "A", "a", "B"],
          Fn("function (s) { return s.toLowerCase(); }"))
    check(lambda: sorted([1, "a"], key=lambda v: 0), "py_sorted", [1, "a"], Fn("function (v) { return 0; }"))
    check(lambda: sorted(5), "py_sorted", 5)
    check(lambda: sorted(None), "py_sorted", None)


def test_min_max_variants():
    check(lambda: min(3, 1, 2), "py_min", [3, 1, 2])
    check(lambda: max(3, 1, 2), "py_max", [3, 1, 2])
    check(lambda: min(1, True, 1.0), "py_min", [1, True, 1.0])
    check(lambda: max(1, True, 1.0), "py_max", [1, True, 1.0])
    check(lambda: min(PAIRS, key=lambda p: p[0]), "py_min", [PAIRS], FIRST)
    check(lambda: max(PAIRS, key=lambda p: p[0]), "py_max", [PAIRS], FIRST)
    check(lambda: min([], default=None), "py_min", [[]], None, None, True)
    check(lambda: max([]), "py_max", [[]])
    check(lambda: min(), "py_min", [])
    check(lambda: min(1), "py_min", [1])
    check(lambda: max(1, 2, default=3), "py_max", [1, 2], None, 3, True)
    check(lambda: max(1, "a"), "py_max", [1, "a"])
    check(lambda: min("a", 1), "py_min", ["a", 1])
    check(lambda: max("hello"), "py_max", ["hello"])
    check(lambda: min({"b": 1, "a": 2}), "py_min", [{"b": 1, "a": 2}])
    check(lambda: max([0.5, 1.0, 1]), "py_max", [[0.5, 1.0, 1]])


# ---------------------------------------------------------------- sum / any / all

@pytest.mark.parametrize("x,start", [
    ([], None), ([1, 2, 3], None), ([0.5, 0.5], None), ([0.1] * 10, None), ([1, 2.5], None), ([True, True], None),
    ([], True), ([1], True), ([], 0.0), ([1, 2], 0.0), ([[1], [2]], []), ([(1,), (2,)], ()), (["a"], ""),
    ([1], "a"), (["a", "b"], None), ("abc", None), ([1, "a"], None), ([1, None], None), ([1], None),
    ([MAXS, 1], None), ([MAXS, 2], None), ([MAXS, 2, -10], None), ([1e308, 1e308], None), ([INF, -INF], None),
    ([-0.0], None), ([-0.0], -0.0), ([], -0.0), ({1: 0, 2: 0}, None), (5, None), (None, None), ([1, 2], None),
    ([[1]], None), ([0.5, 1, [1]], None), ([1.5, 1.5], 1),
], ids=str)
def test_sum(x, start):
    if start is None:
        check(lambda: sum(x), "py_sum", x)
    else:
        check(lambda: sum(x, start), "py_sum", x, start)


# ---------------------------------------------------------------- constructors and the rest

@pytest.mark.parametrize("x", [[], [(1, 2), [3, 4]], ["ab", "cd"], [(1, 2), (1, 3)], [[1]], [(1, 2, 3)], [1], [1, 2],
                               {1: 2, "a": [1]}, "ab", 5, None, [([1], 2)], [(1.5, 2)], [[None, 1]]], ids=str)
def test_dict(x):
    check(lambda: dict(x), "py_dict", x)


def test_new_int_valued_float_keys_are_refused():
    """CPython keeps 1.0 as the key (JSON "1.0"); a Map key cannot, so py2cs refuses it (documented limit)."""
    for expr in ("py_dict([[new py_PyFloat(1), 2]])", "py_set([new py_PyFloat(1), 2.5])"):
        out = runtime().eval(f"(function () {{ try {{ {expr}; return 'no error'; }} catch (e) {{ return e.message; }} }})()")
        assert out == "py2cs: int-valued float dict keys and set elements (such as 2.0) are not supported"
    # an equal key already there is kept, as in CPython: {1: 'a', 1.0: 'b'} == {1: 'b'}
    assert runtime().eval("py_dict([[1, 'a'], [new py_PyFloat(1), 'b']]).get(1)") == "b"


def test_dict_kwargs_and_empty():
    check(lambda: dict(), "py_dict")
    check(lambda: dict([(1, 2)], a=1, b=2), "py_dict", [(1, 2)], {"a": 1, "b": 2})
    check(lambda: dict({"a": 0}, a=1), "py_dict", {"a": 0}, {"a": 1})
    assert runtime().eval("(function(){var m=new Map([[1,2]]); var d=py_dict(m); d.set(3,4); return m.size;})()") == 1


@pytest.mark.parametrize("x", [[], [1, 2, 1], "abca", (1, "a"), {1: 2, 3: 4}, {1, 2}, [[1]], [{}], 5, None, [0.5, 2.5]],
                         ids=str)
def test_set(x):
    check(lambda: set(x), "py_set", x)


def test_set_empty():
    check(lambda: set(), "py_set")
    check(lambda: [], "py_list")
    check(lambda: (), "py_tuple_of")


ISINST = [0, 1, True, False, 1.0, 0.5, NAN, "", "a", [], [1], (), (1,), {}, {1: 2}, set(), {1}, None, -0.0]
TYPES = {"int": int, "float": float, "str": str, "bool": bool, "list": list, "tuple": tuple, "dict": dict,
         "set": set, "NoneType": type(None), "object": object}


@pytest.mark.parametrize("x", ISINST, ids=_ids(ISINST))
def test_isinstance(x):
    for name, t in TYPES.items():
        check(lambda: isinstance(x, t), "py_isinstance", x, Raw(f"['{name}']"))
    check(lambda: isinstance(x, (str, float)), "py_isinstance", x, Raw("['str', 'float']"))


def test_dict_merge_and_list_concat():
    check(lambda: {**{1: 2, "a": 3}, **{1: 4}, **{}}, "py_dict_merge", {1: 2, "a": 3}, {1: 4}, {})
    check(lambda: {}, "py_dict_merge")
    for bad in [1, [1], None, "ab", {1}]:
        check(lambda: {**{}, **bad}, "py_dict_merge", {}, bad)
    check(lambda: [*[1, 2], *"ab", *(3,), *{4: 0}], "py_list_concat", [1, 2], "ab", (3,), {4: 0})
    for bad in [1, None, 2.5, True]:
        check(lambda: [*[1], *bad], "py_list_concat", [1], bad)


def test_callable_and_print():
    rt = runtime()
    assert rt.eval("py_callable(py_add)") is True
    assert rt.eval("py_callable(function () {})") is True
    for v in [1, "a", None, [1], {}]:
        assert rt.eval(f"py_callable({lit(v)})") is False
    # print: console.log of py_str of the arguments joined by a space; no console -> no-op
    out = rt.eval("(function(){var saved = globalThis.console, got = [];"
                  "globalThis.console = {log: function (s) { got.push(s); }};"
                  "try { py_print(1, 'a', py_fbox(2), [1, 'b'], null, true); py_print(); } finally { globalThis.console = saved; }"
                  "return got;})()")
    assert out == ["1 a 2.0 [1, 'b'] None True", ""]
    assert rt.eval("(function(){var saved = globalThis.console; globalThis.console = undefined;"
                   "try { return py_print('x'); } finally { globalThis.console = saved; }})()") is None


def test_runtime_units_are_well_formed():
    units = rtmod.units()
    ops = [u for u in units.values() if u.file == "ops.js"]
    assert len(ops) > 60
    missing = {u.name: u.deps - units.keys() for u in ops if u.deps - units.keys()}
    assert not missing, missing


@pytest.mark.parametrize("fmt,args", [("%d items", 3), ("%s-%s", ("a", 1)), ("%.2f", 0.5), ("%s", [1]), ("%d", "x"),
                                      ("%s %s", (1,)), ("100%%", ())], ids=str)
def test_str_mod_delegates_to_percent_format(fmt, args):
    check(lambda: fmt % args, "py_mod", fmt, args)


def test_sorting_many_unordered_keys_is_refused():
    msg = "py2cs: sorting 64 or more items whose keys include NaN or sets is not supported"
    assert js_outcome(runtime(), "py_sorted(py_list_concat(py_range(70), [NaN]))") == ("err", "ValueError", msg)
    assert js_outcome(runtime(), "py_sorted(py_range(70), function (v) { return v === 5 ? NaN : v; })")[1] == "ValueError"
    check(lambda: sorted([3, NAN, 1] * 21), "py_sorted", [3, NAN, 1] * 21)  # 63 items: CPython's exact order
