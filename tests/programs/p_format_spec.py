from difftest import cases


@cases((1234567.891,), (0.5,), (-1234.5,), (0,), (1e21,), (2.5,))
def fmt_grouping(x):
    return [format(x, ","), format(x, "_"), format(x, ",.1f"), format(x, "_.3e"), format(x, "015,.2f")]


@cases((1234567,), (-1000,), (0,), (255,), (2**40,))
def fmt_int_grouping(n):
    return [format(n, ","), format(n, "_x"), format(n, "_b"), format(n, "#_o"), format(n, "010,")]


@cases((0.125,), (0.375,), (2.675,), (1.005,), (-0.5,), (1e-10,))
def fmt_rounding(x):
    return [format(x, ".2f"), format(x, ".0f"), format(x, ".1e"), format(x, ".2g"), format(x, ".17g")]


@cases((0.5,), (1.5,), (-0.0,), (123.456,))
def fmt_sign_options(x):
    return [format(x, "+"), format(x, "-"), format(x, " "), format(x, "z.1f"), format(x, "+08.2f"), format(x, "=+9.1f")]


@cases(("inf",), ("-inf",), ("nan",))
def fmt_nonfinite(t):
    x = float(t)
    return [format(x, ""), format(x, "f"), format(x, "F"), format(x, "E"), format(x, ">8"), format(x, "+.2%"), str(x), repr(x)]


@cases((0.25,), (1,), (-0.123456,), (0,))
def fmt_percent(x):
    return [format(x, "%"), format(x, ".1%"), format(x, ">10.2%")]


@cases((1e16,), (1e-5,), (123456789012.0,), (0.0001,), (1e15,))
def fmt_general(x):
    y = x * 1.0
    return [format(y, "g"), format(y, "G"), format(y, ".10g"), format(y, "#g"), format(y, ""), format(y, ".3")]


@cases((65,), (0x1F600,), (10,))
def fmt_char(n):
    return [format(n, "c"), format(n, ">3c")]


@cases(("abc", "d"), (1.5, "d"), ("x", "f"), (None, ">5"), ([1], "s"), (3, "s"))
def fmt_errors(v, spec):
    try:
        return format(v, spec)
    except (ValueError, TypeError) as e:
        return "err: " + str(e)


@cases(("hi",), ("é😀",), ("",))
def fmt_str_align(s):
    return [format(s, "<6"), format(s, ">6"), format(s, "^7"), format(s, "*^6"), format(s, "😀>4"), format(s, ".1")]


@cases((42,), (-42,), (0,))
def fmt_int_align(n):
    return [format(n, "<6"), format(n, ">6"), format(n, "^6"), format(n, "=6"), format(n, "06"), format(n, "x^+7")]


@cases((3.0,), (2.5,), (100.0,))
def fmt_float_no_type(x):
    return [format(x, ""), format(x, "10"), format(x, ".2"), format(x, ".0"), format(x, "e")]


@cases((True,), (False,))
def fmt_bool(b):
    return [format(b, ""), format(b, "d"), format(b, "x"), format(b, ">5"), format(b, "f")]


@cases((1,), (2,))
def fmt_n_type(n):
    return [format(n * 1234, "n"), format(n * 1.5, "n")]


@cases((255,), (-255,))
def fmt_hex_variants(n):
    return [hex(n), oct(n), bin(n), format(n, "#x"), format(n, "#010x"), format(n, "X")]
