from difftest import cases


@cases(([1, 2, 3],), ([1],), ([],), (["a", "b"],))
def star_unpack(xs):
    try:
        first, *rest = xs
        *init, last = xs
        return [first, rest, init, last]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(([1, 2, 3, 4],), ([1, 2],))
def star_middle(xs):
    a, *mid, b = xs
    return [a, mid, b]


@cases((1, 2),)
def swap(a, b):
    a, b = b, a
    x = y = a
    return [a, b, x, y]


@cases(([[1, [2, 3]], [4, [5, 6]]],),)
def nested_unpack(rows):
    out = []
    for a, (b, c) in rows:
        out.append(a + b + c)
    (p, q), r = [1, 2], 3
    return [out, p, q, r]


@cases(("ab",), ("é😀",))
def str_unpack(s):
    a, b = s
    return [b, a]


@cases(({"x": 1, "y": 2},),)
def dict_unpack_keys(d):
    a, b = d
    (k1, v1), (k2, v2) = d.items()
    return [a, b, k1, v1, k2, v2]


@cases(([1, 2], [3]), ([], []))
def list_star_literal(a, b):
    return [[*a, *b], [0, *a, 9], (*a,), [*"xy", *b]]


@cases(([1, 2, 3],),)
def subscript_targets(xs):
    d = {}
    d["a"], xs[0] = 5, 6
    xs[1], xs[2] = xs[2], xs[1]
    return [d, xs]


@cases((7,),)
def divmod_unpack(n):
    q, r = divmod(n, 3)
    return f"{q} rem {r}"


@cases(([3, 4],),)
def unpack_too_many(xs):
    try:
        a, b, c = xs
        return [a, b, c]
    except ValueError as e:
        return str(e)
