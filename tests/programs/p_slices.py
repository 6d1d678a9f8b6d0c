from difftest import cases


@cases(([0, 1, 2, 3, 4, 5],), ([],), ([1],))
def list_slices(xs):
    return [xs[1:3], xs[:-1], xs[-2:], xs[::2], xs[1::2], xs[::-1], xs[::-2], xs[4:1:-1], xs[-1:-4:-1], xs[10:], xs[-100:2]]


@cases(("hello😀é",), ("",), ("ab",))
def str_slices(s):
    return [s[1:3], s[:-1], s[-2:], s[::2], s[::-1], s[5:0:-2], s[-1:]]


@cases(([0, 1, 2, 3, 4], 1, 3, None), ([0, 1, 2, 3, 4], None, None, -1), ([0, 1, 2, 3, 4], -2, None, None), ([0, 1], 5, -5, -1), ([0, 1, 2], None, None, 0))
def dynamic_slice(xs, a, b, c):
    try:
        return xs[a:b:c]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(([0, 1, 2, 3, 4],), ([],))
def slice_assign(xs):
    a = list(xs)
    a[1:3] = ["x", "y", "z"]
    b = list(xs)
    b[:0] = [9]
    c = list(xs)
    c[::2] = ["e"] * len(c[::2])
    d = list(xs)
    d[len(d):] = [7, 8]
    return [a, b, c, d]


@cases(([0, 1, 2, 3],), ([0, 1, 2],))
def ext_slice_assign_error(xs):
    try:
        xs[::2] = [1]
        return xs
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(([0, 1, 2, 3, 4, 5],),)
def slice_delete(xs):
    a = list(xs)
    del a[::2]
    b = list(xs)
    del b[1:-1]
    c = list(xs)
    del c[-1]
    return [a, b, c]


@cases(([1, 2, 3],),)
def tuple_slices(xs):
    t = tuple(xs)
    return [t[1:], t[::-1], t[:1], list(t[0:0])]


@cases(([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3), ([1, 2], 5))
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]


@cases(("abcdef", 2),("x", 0))
def rotate(s, k):
    if not s:
        return s
    k = k % len(s)
    return s[k:] + s[:k]


@cases(([1, 2, 3],),)
def slice_copy_independent(xs):
    ys = xs[:]
    ys[0] = 100
    zs = xs[::-1]
    zs.append(0)
    return [xs, ys, zs]
