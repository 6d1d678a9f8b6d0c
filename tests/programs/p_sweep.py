"""Regression cases of the builtin/method sweep (tests/test_sweep_random.py): each failed before its fix."""
from difftest import cases


@cases((5, "a"), (2.5, ""), (None, "x"), (True, "é"), ([1], "a"), ("ab", "c"), ({"a": 1}, "b"))
def sum_str_start(xs, start):
    # CPython takes the iterator before it refuses a str start: a non-iterable's TypeError comes first
    try:
        return sum(xs, start)
    except TypeError as e:
        return "TypeError: " + str(e)


@cases((2.5, "\x00"), (-0.25, ">6\x00"), (1.5, ",\x00"), (1.5, ".1\x00"), (7, "\x00"), (7, ",\x00"), ("ab", "_\x00"),
       (True, "\x00"), (3, "\x01"))
def format_nul_type(x, spec):
    # a NUL type character is C's end of string to CPython: the omitted type for a float, the code '\x0' otherwise
    try:
        return [format(x, spec), f"{x:{spec}}", ("{:" + spec + "}").format(x)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((0, 2**53), (2**53, 2**53), (-2**53, 2**53 - 1), (2**53 - 1, 1), (-2**53, -1), (5, -2**53), (-1, 2**53 - 1))
def bitwise_near_2_53(x, y):
    # operands of +-2**53 are exact ints (py2cs refused them; a result beyond is its documented OverflowError,
    # tests/test_sweep_random.py::test_bitwise_result_beyond_2_53)
    return [x & y, x | y, x ^ y, y & x, y | x]
