import math

from difftest import cases


@cases((2.5,), (-2.5,), (3,), (0,), (1e-7,))
def floor_ceil_trunc(x):
    return [math.floor(x), math.ceil(x), math.trunc(x), str(math.floor(x))]


@cases((4,), (2,), (0,), (-1,))
def sqrt_domain(x):
    try:
        return [math.sqrt(x), str(math.sqrt(x))]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((1,), (100,), (0.5,), (0,), (-1,))
def logs(x):
    try:
        return [math.log(x), math.log10(x), math.log2(x), math.log(x, 2), math.exp(x / 10)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((0,), (1,), (0.5,))
def trig(x):
    return [round(math.sin(x), 12), round(math.cos(x), 12), round(math.atan2(x, 1), 12), math.degrees(x), math.radians(x * 180)]


@cases(("inf",), ("nan",), ("1.5",))
def nonfinite_checks(s):
    x = float(s)
    out = [math.isnan(x), math.isinf(x), math.isfinite(x)]
    try:
        out.append(math.floor(x))
    except (ValueError, OverflowError) as e:
        out.append(str(e))
    return out


@cases((0.1, 0.1 + 1e-12), (1.0, 1.1), (0.0, 1e-10))
def isclose(a, b):
    return [math.isclose(a, b), math.isclose(a, b, rel_tol=0.2), math.isclose(a, b, abs_tol=1e-9)]


@cases(([0.1] * 10,), ([1e100, 1.0, -1e100],), ([],))
def fsum_prod(xs):
    return [math.fsum(xs), sum(xs), math.prod(xs), math.prod([1, 2, 3], start=2)]


@cases((12, 18), (0, 5), (-4, 6))
def gcd_hypot(a, b):
    return [math.gcd(a, b), math.hypot(a, b), math.copysign(3, b), math.fabs(a), math.pow(2, 3)]


@cases((1,),)
def constants(n):
    return [math.pi, math.e, math.tau, str(math.inf), str(math.nan), str(-math.inf * n)]


@cases((10, 3),)
def math_pow_float(a, b):
    return [math.pow(a, b), str(math.pow(a, b)), a ** b, str(float(a ** b))]


@cases((1.5,), (-2.5,))
def math_fabs_str(x):
    return [str(math.fabs(x)), str(math.fabs(-3)), math.sqrt(16), str(math.sqrt(16))]
