"""Review 3: list.sort(key=...) empties the list while it sorts, as CPython does: the key function sees [], what it adds is dropped and raises ValueError 'list modified during sort' after the sort; an exception gives the list its items back."""
from difftest import cases


@cases(([3, 1, 2],), ([],), ([1],))
def so14(xs):
    def k(x):
        xs.append(0)
        return x
    try:
        xs.sort(key=k)
    except ValueError as e:
        return str(e), xs
    return xs


@cases(([3, 1, 2],), ([],))
def so16(xs):
    xs.sort(key=lambda v: len(xs))
    ys = list(xs)
    ys.sort(key=lambda v: -v, reverse=True)
    return xs, ys


@cases(([3, 1, 2],),)
def so17(xs):
    try:
        xs.sort(key=lambda v: xs.index(v))
    except ValueError as e:
        return str(e), xs
    return xs


@cases(([3, 1, 2],),)
def so18(xs):
    seen = []
    def k(v):
        seen.append(list(xs))
        return v in xs
    xs.sort(key=k)
    return xs, seen


@cases(([3, 1, 2],),)
def so19(xs):
    def k(x):
        xs.append(0)
        return 1 / (x - 1)
    try:
        xs.sort(key=k)
    except ZeroDivisionError as e:
        return str(e), xs
    return xs


@cases(([3, 1, 'a', 2],),)
def so20(xs):
    def k(x):
        xs.extend([x])
        return x
    try:
        xs.sort(key=k)
    except (TypeError, ValueError) as e:
        return str(e), xs
    return xs


@cases(([3, 1, 'a', 2],),)
def so21(xs):
    try:
        xs.sort(key=lambda v: v, reverse=True)
    except TypeError as e:
        return str(e), xs
    return xs


@cases(([[3, 'b'], [1, 'a'], [2, 1]],),)
def so22(xs):
    try:
        xs.sort(key=lambda v: v[::-1])
    except TypeError as e:
        return str(e), xs
    return xs


@cases(([3, 1, 2],),)
def so23(xs):
    d = {"xs": xs}
    def k(v):
        return len(d["xs"]) + v
    xs.sort(key=k)
    return xs, sorted(xs, key=lambda v: len(xs))


@cases(([3, 1, 2],),)
def so24(xs):
    def k(x):
        xs.clear()
        return x
    xs.sort(key=k)
    return xs


@cases(([3, 1, 2],),)
def so25(xs):
    def k(x):
        xs.insert(0, x)
        return -x
    try:
        xs.sort(key=k, reverse=True)
    except ValueError as e:
        return str(e), xs


@cases(([3, 1, 2],),)
def so26(xs):
    def k(x):
        return xs.pop()
    try:
        xs.sort(key=k)
    except IndexError as e:
        return str(e), xs
