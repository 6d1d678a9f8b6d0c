"""Adversarial review of strings and formatting (str methods, format specs, str.format, %, repr, int/float
parsing, json): the divergences found, fixed, plus a sample of the edges that held."""
import json

from difftest import cases


# json.loads of a text starting with a BOM: CPython's own message (was 'Expecting value').
@cases(("\ufeff[]",), ("\ufeff",), (" \ufeff1",))
def json_loads_bom(s):
    try:
        return json.loads(s)
    except ValueError as e:
        return "ValueError: " + str(e)


# Widths, precisions and field indexes are read as CPython's get_integer reads them: leading zeros are free
# (were 'Too many decimal digits' from 19 digits on), the limit is PY_SSIZE_T_MAX.
@cases((1,), (1.5,), ("ab",), (True,))
def format_spec_leading_zeros(x):
    out = []
    for f in ["{:0000000000000000000000005}", "{:.0000000000000000000002}", "{00000000000000000000000}",
              "{:>0000000000000000000000006}", "{:_>000000000000000000000000000003}", "{0:.9223372036854775807}",
              "{0:.9223372036854775808}", "{9223372036854775807}", "{09223372036854775807}", "{9223372036854775808}"]:
        try:
            out.append(f.format(x))
        except ValueError as e:
            out.append("ValueError: " + str(e))
        except IndexError as e:
            out.append("IndexError: " + str(e))
    return out


# A float precision beyond INT_MAX: 'precision too big' (was a RangeError or the number unchanged).
@cases((1,), (2.5,), ("ab",), (True,))
def format_precision_too_big(x):
    out = []
    for f in ["{0:.2147483648}", "{0:.2147483648f}", "{0:.2147483648%}", "{0:.2147483648e}"]:
        try:
            out.append(f.format(x))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


# printf-style: width beyond PY_SSIZE_T_MAX, precision beyond INT_MAX, '*' precision beyond a C int.
@cases((1,), (2.5,), ("ab",))
def percent_width_precision_too_big(x):
    out = []
    for f in ["%.2147483647s", "%.2147483648s", "%.02147483648s", "%.000000000000000000000003s",
              "%9223372036854775808s", "%19223372036854775807s", "%.*s", "%.*d"]:
        try:
            out.append(f % (2147483648, x) if "*" in f else f % x)
        except ValueError as e:
            out.append("ValueError: " + str(e))
        except OverflowError as e:
            out.append("OverflowError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


# Characters whose Unicode data changed after Unicode 14 (CPython 3.11) or that were unassigned then: the
# runtime gives CPython's answers in any engine with Unicode 14 or newer (checked against Node's Unicode in
# tests/runtime/test_methods_unicode.py); in QuickJS (Unicode 13) these agree too.
@cases(("ƛɤ",), ("ʕΣ",), ("a\u200c",), ("a\u30fb",), ("ΑΣ\u200d",), ("\U00010D70x",), ("Ꟛƛ",), ("x\U0001171eΣ",))
def unicode_changed_since_14(s):
    return [s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(), s.isalpha(),
            s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isalnum()]


# Edges that held (a sample of the review's checks).
@cases((0,), (-1,), (255,), (True,))
def int_specs_held(v):
    out = []
    for s in ["=+10", "0>10", "+#x", " #o", "#10b", "_b", "_x", ",d", "08_d", "c", "n", "%", ".1%", "e", "z.1f"]:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


@cases(("-0.0",), ("nan",), ("1e16",), ("5e-324",), ("0.30000000000000004",), ("1e-5",), ("1.7976931348623157e308",))
def float_specs_held(s):
    x = float(s)
    out = [str(x), repr(x), f"{x!r:>30}"]
    for spec in ["z.1f", "-z.2e", "#g", "#.0f", ".17g", ",.2f", "_.101f", ".120g", "n", "010,.2f", "+.1%", "G"]:
        out.append(format(x, spec))
    out.append("%#.30g|%+.3e|% 010.2f" % (x, x, x))
    return out


@cases(("x\x00\x7f\x85\xa0\xad\u2028\ud800😀\U000E0001'\"\\",))
def repr_ascii_held(s):
    return [repr(s), ascii(s), repr([s, (s,)]), f"{s!a:>5}", "%r|%a" % (s, s), json.dumps(s), json.dumps(s, ensure_ascii=False)]


@cases(("\u2003 7\u3000",), ("١٢",), ("1_000",), ("0x1f",), ("-InF",), ("  -1_0.5 ",), ("\x1c1\x1f",), ("1__0",))
def int_float_parse_held(s):
    out = []
    for base in [10, 0, 16]:
        try:
            out.append(int(s, base))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    try:
        out.append(float(s))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return out
