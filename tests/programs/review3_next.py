"""Review 3: next() of map() / filter() whose function raises StopIteration: CPython's next() passes that exception
on as it is (its message and args), where the map or filter ends; with a default next() returns the default."""
from difftest import cases


def _h(x):
    if x == 2:
        raise StopIteration("p")
    return x


@cases(([1, 2, 3],), ([0, 0],), ([],))
def next_map_filter_stop(xs):
    out = []
    for v in filter(_h, xs):
        out.append(v)
    else:
        out.append("else")
    for v in map(_h, xs):
        out.append(v)
    else:
        out.append("else2")
    try:
        out.append(next(filter(_h, xs)))
        out.append(next(filter(_h, [2])))
    except StopIteration as e:
        out.append(["si", str(e), list(e.args)])
    try:
        out.append(next(map(str, map(_h, [2]))))
    except StopIteration as e:
        out.append(["si2", str(e)])
    try:
        out.append(next(filter(None, map(_h, [0, 2]))))
    except StopIteration as e:
        out.append(["si3", str(e)])
    try:
        out.append(next(map(_h, filter(None, [0]))))
    except StopIteration as e:
        out.append(["si4", str(e)])
    try:
        out.append(next(x for x in map(_h, [2])))     # the generator's loop ends: a new StopIteration
    except StopIteration as e:
        out.append(["si5", str(e)])
    try:
        out.append(next(map(_h, [2]), "dd"))
        out.append(next(filter(_h, [0, 2]), "dd"))
        out.append(next(map(lambda a, b: _h(a), [2], [5]), "dd"))
        out.append(next(map(lambda a, b: a, xs, map(_h, [2]))))
    except StopIteration as e:
        out.append(["si7", str(e)])
    return out


@cases(([1, 2, 3],), ([3],))
def next_map_stop_message(xs):
    def h(x):
        raise StopIteration("inner", x)
    try:
        return next(map(h, xs))
    except StopIteration as e:
        return "si", str(e), list(e.args)

# next(iter(x), default) / a generator's first iterable: iter() runs before the consumer's other arguments are
# evaluated (its TypeError first; a dict's size recorded then, so the default changing it raises RuntimeError)


@cases(([1, 2],), ([],))
def o1(xs):
    log = []
    def src():
        log.append("src")
        return xs
    try:
        r = next((1 / (x - x) for x in src()), log.append("dflt"))
    except ZeroDivisionError as e:
        r = str(e)
    return r, log


@cases(([1, 2],), ([],))
def o2(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = next(map(g, xs), log.append("d"))
    r2 = next(filter(g, xs), log.append("d2"))
    r3 = next(iter(xs), log.append("d3"))
    r4 = next((g(x) for x in map(g, xs)), log.append("d4"))
    r5 = next(zip(map(g, xs), xs, strict=False), log.append("d5"))
    return r, r2, r3, r4, r5, log


@cases(([1, 2],), ([],))
def o3(xs):
    r = next(iter(xs), xs.append(7))
    return r, xs


@cases(([1, 2],), ([],))
def o4(xs):
    r = next((x for x in xs), xs.append(7))
    return r, xs


@cases(([1, 2],), ([],))
def o5(xs):
    r = next(map(lambda v: v, xs), xs.clear())
    return r, xs


@cases(({'a': 1},), ({},))
def o6(d):
    r = next(iter(d), d.update({"z": 0}))
    return r, d


@cases(({'a': 1},), ({},))
def o7(d):
    try:
        r = next((k for k in d), d.update({"z": 0}))
    except RuntimeError as e:
        r = str(e)
    return r, d


@cases(([1, 2],), ([],))
def o8(xs):
    ys = xs
    r = next(iter(ys), ys := [9])
    return r, ys


@cases(([1, 2],), (None,), (5,))
def o9(xs):
    log = []
    out = []
    for g in range(4):
        try:
            if g == 0:
                out.append(next(iter(xs), log.append("d0")))
            elif g == 1:
                out.append(next((x for x in xs), log.append("d1")))
            elif g == 2:
                out.append(sum((x for x in xs), log.append("d2") or 0))
            else:
                out.append(max((x for x in xs), default=log.append("d3")))
        except TypeError as e:
            out.append(str(e))
    return out, log


@cases(({'a': 1, 'b': 2},),)
def o10(d):
    out = []
    try:
        out.append(sum((v for v in d), d.pop("a") and ""))
    except (RuntimeError, TypeError) as e:
        out.append(str(e))
    try:
        out.append(max((v for v in d), default=d.setdefault("q", 1)))
    except RuntimeError as e:
        out.append(str(e))
    try:
        out.append(next((v for v in d if v), d.clear()))
    except RuntimeError as e:
        out.append(str(e))
    return out, d
