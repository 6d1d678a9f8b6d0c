from difftest import cases


@cases(({"a": 1},), ({},))
def aug_subscript(d):
    d["a"] = d.get("a", 0)
    d["a"] += 5
    d["a"] *= 2
    xs = [1, 2, 3]
    xs[-1] += 10
    xs[0] -= 1
    return [d, xs]


@cases(({"a": 1}, {"b": 2}),)
def dict_ior(a, b):
    c = a
    c |= b
    return [a, c is a]


@cases(("١٢٣",), ("٣.٥",), ("12",))
def unicode_digits(s):
    try:
        return [int(s), float(s)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases((0.5,), (1.5,), (-0.5,), (-0.4,), (2.5000001,))
def round_half_even(x):
    return [round(x), int(x), str(round(x, 0)), round(x * 10) / 10]


@cases((0.1,), (1 / 3,), (1e22,), (123.5,))
def float_arith_repr(x):
    y = x * 3
    return [repr(y), str(y - x), str(x + 0.2), str(x * 1e-300 * 1e-300)]


@cases(([1, 2.5, True],), ([3, 2.0],))
def sorted_mixed_numbers(xs):
    return [sorted(xs), max(xs), min(xs), str(max(xs)), str(sum(xs))]


@cases(([0, 1, 2, 3, 4, 5],),)
def slice_assign_neg_step(xs):
    xs[::-2] = ["a", "b", "c"]
    return xs


@cases(("ab😀cd",), ("😀",))
def astral_methods(s):
    return [s.find("c"), s.index("😀"), s.center(9, "*"), s.split("😀"), s.upper(), s[::-1], s.rjust(6), len(s)]


@cases((3,), (0,))
def nested_fn_default_uses_outer(n):
    base = n * 2

    def f(x=base, y=None):
        return [x, y]
    base = 100
    return [f(), f(1), f(y=2)]


@cases((-7,), (7,), (0,))
def int_str_conversions(n):
    return [str(n), repr(n), f"{n:+}", str(n / 1), str(n // 1), str(-n * 0.0)]


@cases(([[3, "b"], [1, "a"], [3, "a"]],),)
def sort_tuples(pairs):
    ts = [tuple(p) for p in pairs]
    return [sorted(ts), sorted(ts, key=lambda t: t[1]), max(ts), ts.index((3, "a"))]


@cases((10,), (3,))
def while_continue_else(n):
    i = 0
    out = []
    while i < n:
        i += 1
        if i % 2:
            continue
        out.append(i)
    else:
        out.append("done")
    return out


@cases(("a,b;c",),)
def split_multi(s):
    return [p for part in s.split(";") for p in part.split(",")]


@cases((2,), (0,))
def print_and_return(n):
    print("n is", n, [n], {"k": n})
    return n


@cases(([1, 2, 3],),)
def enumerate_unpack_mutation(xs):
    for i, x in enumerate(xs):
        xs[i] = x * x
    return xs


@cases((1,),)
def tuple_ops(n):
    t = (1, 2) + (3,)
    u = t * 2
    return [t, u, len(t), t[1:], t.index(2), t.count(1), (n,) == (1,), str((n,)), repr(())]


@cases(([1],),)
def list_iadd_alias(xs):
    ys = xs
    ys += [2]
    return [xs, ys is xs]


@cases(("x",),)
def str_format_nested_kw_literal(s):
    return "{:>{w}}|{:,}".format(s, 1234567, w=4)
