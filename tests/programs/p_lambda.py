"""Lambdas with defaults (captured when created: the loop-variable idiom), *args and keyword-only parameters."""
from difftest import cases


@cases((10,), (0,))
def lambda_defaults(n):
    fs = [lambda x, i=i: x + i for i in range(3)]
    g = lambda a, b=2, *rest, c=5: [a, b, list(rest), c]
    h = lambda *xs: sum(xs)
    k = lambda x, *, scale=3: x * scale
    out = [[f(n) for f in fs], g(1), g(1, 7), g(1, 2, 3, 4), g(1, c=9), h(), h(1, 2, n), k(n), k(n, scale=0.5)]
    out.append(sorted([3, 1, 2], key=lambda v, off=n: -v + off))
    out.append(list(map(lambda x, y=100: x + y, [1, 2])))
    out.append(list(map(lambda x, y=100: x + y, [1, 2], [10, 20])))
    out.append(list(filter(lambda v, lim=1: v > lim, [0, 1, 2, 3])))
    try:
        out.append(list(map(lambda x, y=1: x, [1], [2], [3])))
    except TypeError as e:
        out.append(["map", str(e)])
    try:
        out.append(sorted([1, 2], key=lambda *a: a[0]))
    except TypeError as e:
        out.append(["key", str(e)])
    call = lambda f, *a: f(*a)
    out.append(call(g, 4, 5, 6))
    try:
        out.append(call(k, 1, 2))
    except TypeError as e:
        out.append(["k", str(e)])
    d = 1
    late = lambda x=d: x
    d = 2
    out.append([late(), late(9)])
    return out


@cases((2,),)
def lambda_keywords(n):
    g = lambda y: y * 2
    h = lambda a, b: [a, b]
    return [g(y=n), h(b=1, a=n), h(n, b=3)]
