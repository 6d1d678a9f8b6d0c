"""The builtin/method sweep: every supported builtin and str/list/tuple/dict/set/int/float method called on
hypothesis-generated arguments (typical and nasty: empty, negative and huge indices, None, astral characters,
combining marks, the case specials ß İ ﬁ Σ, the whitespace CPython knows and JavaScript does not, NaN, inf, -0.0,
ints near 2**53, bools for ints, wrong types for CPython's TypeError texts, the whole format-spec mini-language),
CPython vs QuickJS; the same kind of cases in V8 (node) at the end. The functions are tests/programs/sweep_funcs.py."""
import json
import math
import random
import re
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import difftest
from difftest import Compiled, browser_json, py_run, same_outcome
from programs import sweep_funcs as F

# characters CPython and JavaScript treat differently if any do: whitespace of all kinds (\x1c-\x1f, \x85 and
# \u2028 are whitespace and line breaks to CPython only), case specials, combining marks, digits of other
# scripts, astral characters, controls, quotes and backslashes for repr; all in Unicode 13 (QuickJS's data)
CHARS = (list("aZz09 _-.,'\"\\{}%:!") + ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
         "\xa0", "\u1680", "\u2000", "\u200b", "\u2028", "\u2029", "\u202f", "\u3000", "\ufeff", "\x00", "\x7f",
         "\x9f", "\xad", "ß", "İ", "ı", "ﬁ", "ﬃ", "Σ", "σ", "ς", "\u0301", "\u0345", "ǅ", "ǈ", "ΐ", "ŉ", "ǰ", "ẞ",
         "K", "Ω", "ᾳ", "ᾼ", "²", "½", "٣", "߃", "Ⅻ", "ⅻ", "①", "𝟙", "𐐀", "𐐨", "😀", "\U000e0001", "一", "ꭰ",
         "ʰ", "ª", "µ", "\ue000", "\uffff", "\U00010000", "\U0010ffff", "\u0378", "\u2160", "\u3007"])
TEXT = st.text(alphabet=st.sampled_from(CHARS), max_size=7)
SMALL = st.one_of(st.sampled_from(["", "a", "b", "ab", " ", "😀", "ß", "Σ", "\n", "ﬁ", "aa"]),
                  st.text(alphabet=st.sampled_from(CHARS), max_size=2))
INDEX = st.one_of(st.sampled_from([None, 0, 1, -1, -2, 2, 3, 7, 100, -100, True, False, 2**53, -2**53]),
                  st.integers(-10, 10))
SAFE_INT = st.integers(-2**53, 2**53)
INTS = st.one_of(st.sampled_from([0, 1, -1, 2, 7, -7, 10, 255, 65, 0x10FFFF, 0x110000, 2**31, 2**32 + 1, 2**52 + 1,
                                  2**53, -2**53, True, False]), st.integers(-1000, 1000), SAFE_INT)


def _encode(x):
    """A float JSON cannot carry (nan, inf, -0.0; one beyond 2**53 arrives as an int) as 'F:<repr>' (decoded by
    sweep_funcs._v)."""
    if isinstance(x, float) and (not (abs(x) <= 2**53) or (x == 0 and math.copysign(1, x) < 0)):
        return "F:" + repr(x)
    return x


FLOATS = st.one_of(
    st.sampled_from([0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 1.005, 0.125, 1 / 3, 1e16 + 0.5, 1e-7, 1e-5, 123.456, 1e300,
                     1e-300, 5e-324, 1e22, 1e21, 9.999999e20, 1.7976931348623157e308, 0.0001, 12345.6789,
                     -0.0, math.inf, -math.inf, math.nan]),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6).map(lambda f: round(f, 3)),
).map(_encode)
NUMBERS = st.one_of(INTS, FLOATS)


@st.composite
def format_specs(draw):
    """Any spec of the mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    align = draw(st.sampled_from(["", "", "<", ">", "^", "="]))
    fill = draw(st.sampled_from(["", "", "*", "0", "😀", " ", "{"])) if align else ""
    parts = [fill, align, draw(st.sampled_from(["", "", "+", "-", " "])), draw(st.sampled_from(["", "", "z"])),
             draw(st.sampled_from(["", "", "#"])), draw(st.sampled_from(["", "", "0"])),
             draw(st.sampled_from(["", "", "1", "5", "12", "25"])), draw(st.sampled_from(["", "", ",", "_"])),
             draw(st.sampled_from(["", "", ".0", ".1", ".2", ".3", ".6", ".12", ".17", ".30"])),
             draw(st.sampled_from(["", "", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X",
                                   "%", "\x00"]))]
    return "".join(parts)


VALUES = st.one_of(NUMBERS, TEXT, st.none(), st.lists(st.one_of(INTS, SMALL, st.none()), max_size=4),
                   st.dictionaries(SMALL, st.one_of(INTS, SMALL), max_size=3),
                   st.sampled_from([[[1, 2], [0]], [["a", 1], ["b", 2]], [[]], [1, "a"], [True, 2.5], ["ab", "c"]]))
LISTS = st.lists(st.one_of(st.integers(-5, 5), st.sampled_from(["a", "b", "é", "", True, False, 0.5, None])),
                 max_size=6)

_C = {}


_OVERFLOW = ["OverflowError", "py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly"]
_BIG_DIGITS = re.compile(r"\d{16}")


def _limit_ok(p, j):
    """CPython's result where py2cs raised its documented OverflowError (an int beyond 2**53, text of one, or an
    error CPython raised later) is taken as that error; everything else must be equal."""
    if j == _OVERFLOW and ((isinstance(p, int) and not isinstance(p, bool) and abs(p) > 2**53)
                           or (isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and p[0].endswith("Error"))
                           or (isinstance(p, str) and _BIG_DIGITS.search(p))
                           or (isinstance(p, list) and any(isinstance(v, int) and abs(v) > 2**53 for v in p))):
        return _OVERFLOW
    if isinstance(p, list) and isinstance(j, list) and len(p) == len(j):
        return [_limit_ok(a, b) for a, b in zip(p, j)]
    return p


def _check(func, *args):
    c = _C.get(func) or _C.setdefault(func, Compiled(func))
    args = tuple(browser_json(json.loads(json.dumps(list(args)))))
    p = py_run(func, args)
    for undef in ([False, True] if any(a is None for a in args) else [False]):
        j = c.run(args, undefined_for_none=undef)
        if p[0] == j[0] == "ok":
            p = ("ok", _limit_ok(p[1], j[1]))
        assert same_outcome(p, j), f"{func.__name__}{args!r}{' (None as undefined)' if undef else ''}:\n" \
                                   f"    python: {p!r}\n    js:     {j!r}"


S = settings(max_examples=250, deadline=None, derandomize=True)


@S
@given(TEXT)
def test_str_unary(s):
    _check(F.str_unary, s)


@S
@given(TEXT, SMALL, INDEX, INDEX)
def test_str_search(s, sub, start, end):
    _check(F.str_search, s, sub, start, end)


@S
@given(TEXT, st.one_of(st.none(), SMALL), st.sampled_from([-1, 0, 1, 2, 5, -3, True, False]))
def test_str_replace_split(s, sep, n):
    _check(F.str_replace_split, s, sep, n)


@S
@given(TEXT, st.sampled_from([-5, 0, 1, 3, 6, 11, True]), st.sampled_from(["*", " ", "😀", "é", "", "ab", "0"]))
def test_str_pad(s, width, fill):
    _check(F.str_pad, s, width, fill)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(st.one_of(NUMBERS, TEXT), format_specs())
def test_format_spec(x, spec):
    _check(F.format_value, x, spec)


PCT = st.lists(st.sampled_from(["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%o", "%e", "%E", "%f", "%F", "%g",
                                "%G", "%c", "%%", "%5s", "%-5s|", "%.2s", "%05d", "%+.3f", "%#x", "%#o", "%*d",
                                "%.*f", "%(a)s", "%(b)d", " ", "x", "%", "%z", "%-08.3e", "% i", "%#.3g", "%.0e",
                                "%#.0f", "%+5c", "%ld", "%10.4g|"]), min_size=1, max_size=3).map("".join)


@S
@given(PCT, st.lists(st.one_of(st.integers(-300, 300), FLOATS, SMALL, st.none(),
                               st.sampled_from([[1], 65, 0x1F600, 0x110000, 2**53, True])), max_size=3))
def test_percent_format(fmt, args):
    _check(F.percent_format, fmt, args)


FIELDS = st.lists(st.sampled_from(["{}", "{0}", "{1}", "{a}", "{a!r}", "{0!s:^7}", "{!a}", "{0[0]}", "{a[x]}",
                                   "{{", "}}", "{:>{}}", "{0:{a}}", "{:d}", "{:.2f}", "{0:,}", "x", "{", "}", "{!}",
                                   "{0.real}", "{a[-1]}", "{0[-1]}", "{:}", "{00}", "{a[0][0]}", "{0[0}", "{:=^+9.3}"]),
                   min_size=1, max_size=3).map("".join)


@S
@given(FIELDS, st.lists(st.one_of(st.integers(-300, 300), FLOATS, SMALL, st.lists(INTS, max_size=2)), max_size=3),
       st.sampled_from([{}, {"a": 1}, {"a": ">4"}, {"a": {"x": "q", "-1": 9}}, {"a": ["z", [1]]}]))
def test_str_format(fmt, args, kwargs):
    _check(F.str_format, fmt, [_encode(a) for a in args], kwargs)


@S
@given(FLOATS)
def test_float_text(x):
    _check(F.float_text, x)


SMALL_NUMBERS = st.one_of(st.integers(-300, 300), st.sampled_from([True, False, 0, -1, 53]), FLOATS)


@S
@given(SMALL_NUMBERS, SMALL_NUMBERS)
def test_number_ops(x, y):
    _check(F.number_ops, x, y)


@S
@given(LISTS, st.integers(-8, 8), st.sampled_from([0, 1, "a", True, 0.5, None, 7]))
def test_list_ops(xs, i, v):
    _check(F.list_ops, xs, i, v)


@S
@given(st.dictionaries(SMALL, st.one_of(INTS, SMALL, st.none()), max_size=4),
       st.one_of(SMALL, st.sampled_from([1, 0, True, None, 1.5])), st.sampled_from([0, "v", None, [1]]))
def test_dict_ops(d, k, v):
    _check(F.dict_ops, d, k, v)


@S
@given(VALUES)
def test_builtins_any(x):
    _check(F.builtins_any, x)


# ---------------------------------------------------------------- V8 (node): the same kinds of cases, one process

def _v8_cases(seed=7, n=60):
    rnd = random.Random(seed)
    txt = lambda k=6: "".join(rnd.choice(CHARS) for _ in range(rnd.randint(0, k)))   # noqa: E731
    floats = [_encode(x) for x in [0.1, 2.5, 2.675, 1e16 + 2, 1e-7, 1e22, 5e-324, 1 / 3, math.nan, -math.inf, -0.0,
                                   12345.6789]]
    nums = [0, 7, -7, 255, 2**52, True] + floats
    specs = [">10.3f", "+,.2f", "#x", "08.3e", "_b", "^12,", "z.1f", ".3%", "c", "n", "g", ".17g", "*^9", "\x00", "=+8"]
    F.str_unary.cases = [(txt(),) for _ in range(n)]
    F.str_search.cases = [(txt(), txt(2), rnd.choice([None, 0, 1, -1, 5, -50]), rnd.choice([None, 2, -1, 90]))
                          for _ in range(n)]
    F.str_replace_split.cases = [(txt(), rnd.choice([None, " ", "a", "\n", "😀"]), rnd.choice([-1, 0, 1, 2]))
                                 for _ in range(n)]
    F.format_value.cases = [(rnd.choice(nums + [txt(3)]), rnd.choice(specs)) for _ in range(n)]
    F.float_text.cases = [(x,) for x in floats]
    F.number_ops.cases = [(rnd.choice(nums[:4] + [True] + floats), rnd.choice([3, -2, 0, 0.5, "F:-0.0", 2.5, True]))
                          for _ in range(n)]
    return [F.str_unary, F.str_search, F.str_replace_split, F.format_value, F.float_text, F.number_ops]


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_sweep_v8():
    funcs = _v8_cases()
    failures = difftest.v8_mismatches(funcs)
    assert not failures, "\n".join(failures[:20])


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_v8_harness_reads_line_separators():
    # difftest.v8_mismatches split node's output with str.splitlines(), which breaks at \x85 and \u2028 too
    F.str_unary.cases = [("a\u2028b\x85c\x1cd",)]
    assert difftest.v8_mismatches([F.str_unary]) == []


def _bitwise(x, y):
    return [x & y, x | y]


def _xor(x, y):
    return x ^ y


def test_bitwise_result_beyond_2_53():
    # 2**53 ^ -1 is -2**53 - 1, which a double cannot hold: the documented OverflowError, not -2**53
    for f, args in [(_xor, (2**53, -1)), (_bitwise, (-2**53 - 2, 1)), (_xor, (2**53, 2**53 - 1)),
                    (_bitwise, (2**53, 2**53 - 1))]:
        assert Compiled(f).run(args) == ("err",) + tuple(_OVERFLOW), (f.__name__, args)
