import math
from difftest import cases


@cases((7, 2), (-7, 2), (7, -2), (0, 5), (-7, -2), (2**40, 3))
def int_floordiv_mod(a, b):
    return [a // b, a % b, divmod(a, b)]


@cases((7.5, 2), (-7.5, 2), (7, -2.5), (0.1, 0.03), (-0.0, 1), (1e16, 3.0))
def float_floordiv_mod(a, b):
    return [a // b, a % b, str(a // b), str(a % b)]


@cases((1, 0), (1.5, 0), (0, 0), (-3, 0.0))
def div_by_zero(a, b):
    out = []
    try:
        out.append(a / b)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(a // b)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(a % b)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


@cases((7, 2), (6, 3), (1, 3), (-1, 4), (10, 4))
def true_div_str(a, b):
    return [str(a / b), repr(a / b), a / b]


@cases((2, 10), (2, -2), (-2, 3), (0, 0), (10, -1), (2.5, 2), (4, 0.5), (-8, 1))
def power(a, b):
    return [a ** b, str(a ** b), pow(a, b)]


@cases((0, -1), (0.0, -2))
def power_zero_neg(a, b):
    try:
        return a ** b
    except ZeroDivisionError as e:
        return "zde: " + str(e)


@cases((3,), (-3,), (0,), (2.5,), (-2.5,), (1e16,))
def unary_ops(x):
    return [-x, +x, abs(x), str(-x), str(abs(x))]


@cases((1, 2), (1.5, 2), (0.1, 0.2), (1e22, 1), (-1, 1.0))
def add_str(a, b):
    return [str(a + b), str(a - b), str(a * b), repr(a * 1.0)]


@cases((10,), (0,), (-5,), (255,))
def bit_ops(n):
    return [n & 3, n | 8, n ^ 5, ~n, n << 2, n >> 1]


@cases((5, 3), (2.0, 3), (0, 100))
def augmented(a, b):
    x = a
    x += b
    x *= 2
    x -= 1
    y = x
    y //= 2
    z = x
    z %= 3
    w = float(b)
    w /= 4
    return [x, y, z, w, str(w)]


@cases((1, 2, 3), (0, 0, 1), (-1, 5, 2))
def precedence(a, b, c):
    return [a + b * c, (a + b) * c, -a ** 2, a - b - c, 2 ** 3 ** c, a * b % 3]


@cases((2**53 - 1, 1), (10**15, 99), (123456789, 987654321))
def big_ints(a, b):
    return [a, a - b, str(a), a // b]


@cases((0.1, 0.2), (1e-7, 1), (1e22, 1), (2.5, 0.5), (1/3, 3))
def float_repr(a, b):
    return [str(a + b), repr(a * b), str(a), str(float(b))]


@cases((3, 2.0), (0, 0.0), (5, 1))
def int_float_mix_print(a, b):
    s = a + b
    return [str(s), f"{s}", repr([s, a]), str(a * 1.0)]
