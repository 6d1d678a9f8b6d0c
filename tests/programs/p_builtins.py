from difftest import cases


@cases((2.5,), (3.5,), (-2.5,), (0.125,), (2.675,), (1e16,), (7,), (-0.5,))
def round_variants(x):
    return [round(x), round(x, 1), round(x, 2), round(x, -1), str(round(x, 0)), round(x, None) if False else 0]


@cases((15, 10), (-15, -1), (1234, -2))
def round_int_ndigits(n, d):
    return [round(n, d), str(round(n, d))]


@cases(("10", 2), ("ff", 16), ("0x1F", 0), ("-0b101", 0), ("z", 36), ("12", 3), ("9", 8), (" 1_0 ", 10))
def int_base(s, b):
    try:
        return int(s, b)
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((3.9,), (-3.9,), (True,), ("42",), (0.0,))
def int_conv(x):
    return [int(x), float(x), str(float(x)), bool(x)]


@cases((1e300,), ("inf",))
def int_of_inf(x):
    try:
        return int(float(x) * 1e10)
    except OverflowError as e:
        return "OverflowError: " + str(e)


@cases(([3, 1, 2],), ([],), ([-1.5, 2],))
def min_max_sum(xs):
    try:
        return [min(xs), max(xs), sum(xs), sum(xs, 10), sum(xs) / len(xs)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((1, 2), (2.5, 1), ("a", "b"))
def min_max_args(a, b):
    return [min(a, b), max(a, b), max(a, b, key=lambda v: -v if not isinstance(v, str) else 0)]


@cases(([0.1, 0.2, 0.3],), ([1, 2.0],), ([1e16, 1, -1e16],))
def sum_floats(xs):
    return [sum(xs), str(sum(xs)), repr(sum(xs))]


@cases((7, 2), (-7, 2), (7.5, -2), (0, 3))
def divmod_pow(a, b):
    return [divmod(a, b), pow(a, b), pow(b, -1), abs(a)]


@cases(([1, 0, 2],), ([],), ([None, "", "a"],))
def any_all(xs):
    return [any(xs), all(xs), bool(xs), len(xs)]


@cases((1,), (1.0,), ("s",), (True,), (None,), ([1],), ({"a": 1},), (2.5,))
def isinstance_checks(x):
    return [isinstance(x, int), isinstance(x, float), isinstance(x, str), isinstance(x, bool),
            isinstance(x, (list, tuple)), isinstance(x, dict), isinstance(x, (int, float)), x is None]


@cases((255,), (0,), (-10,))
def hex_oct_bin(n):
    return [hex(n), oct(n), bin(n), format(n, "08b")]


@cases(([1, 2],), ("ab",), ({"k": 1},))
def conversions(x):
    return [list(x), tuple(x), sorted(set(x)), len(x), str(list(x))]


@cases((0,), (1,), ("",), ("0",), ([],), ([0],), ({},), (None,), (0.0,))
def bool_conv(x):
    return [bool(x), not x, str(bool(x))]


@cases(("abc",), ("é😀",), (1.5,), (None,), ([1, "x"],))
def ascii_repr(x):
    return [ascii(x), repr(x), str(x)]


@cases(([3, 1, 2], 1), ([], 0))
def enumerate_start(xs, s):
    return [list(enumerate(xs)), list(enumerate(xs, s)), list(enumerate("ab", start=-1))]


@cases(([1, 2, 3], [4, 5]), ([], [1]))
def zip_lengths(a, b):
    return [list(zip(a, b)), list(zip(a)), list(zip()), list(zip(a, b, "xyz"))]


@cases(([1.5, 2.5],), ([],))
def float_of_values(xs):
    return [float(len(xs)), [float(x) for x in xs], str(float(0))]


@cases(("12.5",), ("-0",), ("1e400",), ("nan",))
def float_str_edges(s):
    f = float(s)
    return [str(f), repr(f), f == f]


@cases((5, 3), (-5, 3), (5, -3))
def abs_neg_pow(a, b):
    return [abs(a - b), pow(a, 2), a ** -b if a != 0 else 0]


@cases(([1, 2, 3],), ([5],))
def reversed_sorted_copy(xs):
    r = list(reversed(xs))   # a reversed() iterator kept as a value is refused (review of functions)
    s = sorted(xs)
    s.append(0)
    return [list(r), s, xs]


@cases((3.0,), (3.7,), (-0.0,))
def str_of_float_results(x):
    return [str(x * 2), str(x / 1), str(x // 1), str(x % 1), str(-x)]
