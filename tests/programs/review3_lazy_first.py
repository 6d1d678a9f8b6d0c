"""Review 3: a generator expression pulls the items of its first iterable (a map(), filter(), generator, or zip() / enumerate() of one) one per step: any()/all()/next()/in over it stop early and the items are computed between its own, as in CPython; any()/all()/in over zip(strict=True) or zip() / enumerate() of a lazy iterable stop at the deciding item; loops over enumerate(zip(map(...)))."""
from difftest import cases


@cases(([1, 2, 3],),)
def ea1(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 1 for x in map(g, xs))
    return r, log


@cases(([1, 2, 3],),)
def ea2(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = all(x < 1 for x in filter(g, xs))
    return r, log


@cases(([1, 2, 3],),)
def ea3(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = next((x for x in map(g, xs) if x > 1), None)
    return r, log


@cases(([1, 2, 3],),)
def ea4(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(g(x) > 1 for x in (g(y) for y in xs))
    return r, log


@cases(([1, 2, 3],),)
def ea5(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    for x in (v for v in map(g, xs)):
        if x == 1:
            break
    return log


@cases(([1, 2, 3],),)
def ea6(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = 2 in map(g, xs)
    r2 = 2 in (g(x) for x in xs)
    return r, r2, log


@cases(([1, 2, 3],),)
def ea7(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(map(g, xs)), all(map(g, [1, 0, 2])), any(x for x in map(g, xs))
    return r, log


@cases(([1, 2, 3],),)
def ea8(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    for i, x in enumerate(map(g, xs)):
        if i == 0:
            break
    for x, y in zip(map(g, xs), [1]):
        pass
    return log


@cases(([1, 2, 3],),)
def ea9(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = min((x for x in map(g, xs)), default=0)
    s = sum(x for x in map(g, xs))
    return r, s, log


@cases(([1, 2, 3],),)
def ea10(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 1 for x in sorted(map(g, xs)))
    return r, log


@cases(([1, 2, 3],),)
def ea11(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 0 for x in map(g, xs) for y in map(g, [7, 8]))
    return r, log


@cases(([1, 2, 3],),)
def ea12(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 0 for x in xs for y in map(g, [7, 8]))
    return r, log


@cases(([1, 2, 3],),)
def ea13(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(y > 0 for x in xs for y in (g(z) for z in [7, 8]))
    return r, log


@cases(([1, 2, 3],),)
def ea14(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [y for x in xs[:1] for y in map(g, [7, 8]) if log.append("c") is None]
    return r, log


@cases(([1, 2, 3],),)
def ea15(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = {g(x): g(-x) for x in map(g, xs)}
    return r, log


@cases(([1, 2, 3],),)
def ea16(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 1 for x in reversed(list(map(g, xs))))
    return r, log


@cases(([1, 2, 3],),)
def ea17(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 1 for x in enumerate(map(g, xs)))
    return r, log


@cases(([1, 2, 3],),)
def ea18(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(x > 1 for x, y in zip(map(g, xs), xs))
    return r, log


@cases(([1, 2, 3],),)
def ea19(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(i > 0 for i, x in enumerate(map(g, xs)))
    r2 = next((i for i, x in enumerate(map(g, xs), 5) if x > 1), None)
    r3 = next((i for i, x in enumerate((g(y) for y in xs), start=-1) if x > 1), None)
    r4 = [g(i) for i, x in enumerate(map(g, xs))]
    return r, r2, r3, r4, log


@cases(([1, 2, 3],),)
def ea20(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = any(p[0] > 1 for p in zip(map(g, xs), (g(-y) for y in xs)))
    r2 = sum(a * b for a, b in zip(xs, map(g, xs)))
    r3 = {a: b for a, b in zip(map(g, xs), xs)}
    r4 = list(x for x in zip(map(g, xs), [1]))
    return r, r2, r3, r4, log


@cases(([1, 2, 3],),)
def ea21(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    try:
        r = any(p[0] > 1 for p in enumerate(map(g, xs), "a"))
    except TypeError as e:
        r = str(e)
    return r, log


@cases(([1, 2, 3],),)
def ea22(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [next((x for x in map(g, xs) if x > k), None) for k in range(4)]
    r2 = all(x < 2 for x in filter(g, xs))
    r3 = max((x for x in map(g, xs)), key=lambda v: -v)
    r4 = min((g(x) for x in map(g, xs) if x > 1), default=None)
    return r, r2, r3, r4, log


@cases(([1, 2, 3],),)
def ea23(xs):
    log = []
    def g(x):
        log.append(x)
        if x == 3:
            raise ValueError("3")
        return x
    try:
        r = any(x > 1 for x in map(g, xs))
        r2 = any(x > 2 for x in map(g, xs))
    except ValueError as e:
        return str(e), log


@cases(([1, 2, 3],), ([],))
def ea24(xs):
    return [sorted(x for x in map(str, xs)), tuple(x for x in map(lambda v: v * 2, xs)), set(x for x in filter(None, xs)), "".join(x for x in map(str, xs)), list(enumerate(x for x in map(str, xs)))]


@cases(([1, 2, 3],),)
def ea25(xs):
    return list(x for x in enumerate(map(str, xs), True)), list(x for x in enumerate(map(str, xs), start=False)), [p for p in (x for x in enumerate(filter(None, xs), -2))]


@cases(([1, 2, 3],),)
def ea26(xs):
    try:
        return list(x for x in enumerate(map(str, xs), 1.0))
    except TypeError as e:
        return str(e)


@cases(([1, 2, 3],), ([],))
def ea27(xs):
    try:
        return list(x for x in enumerate(map(str, xs), None))
    except TypeError as e:
        return str(e)


@cases(([1, 2, 3],),)
def ea28(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [any(enumerate(map(g, xs))), all(zip(map(g, xs), xs)), any(zip(xs, map(g, xs), strict=False)),
         (1, 1) in zip(map(g, xs), xs), (0, 1) in enumerate(map(g, xs)), (9, 9) not in enumerate(filter(g, xs)),
         any(x > 1 for x, y in enumerate(zip(map(g, xs), xs))), 2 in map(g, xs), any(p for p in enumerate(enumerate(map(g, xs))))]
    return r, log


@cases(([1, 2, 3],),)
def ea29(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    out = []
    for i, (a, b) in enumerate(zip(map(g, xs), xs)):
        out.append(i)
        break
    for a in enumerate(enumerate(map(g, xs))):
        out.append(a)
        break
    return out, log


@cases(([1, 2, 3], [4, 5]), ([4, 5], [1, 2, 3]), ([], [1]))
def za1(a, b):
    try:
        return any(zip(a, b, strict=True))
    except ValueError as e:
        return str(e)


@cases(([1, 2, 3], [4, 5]), ([4, 5], [1, 2, 3]))
def za3(a, b):
    try:
        return any(x > 0 for x, y in zip(a, b, strict=True))
    except ValueError as e:
        return str(e)


@cases(([1, 2, 3], [4, 5]), ([4, 5], [1, 2, 3]))
def za4(a, b):
    try:
        return (1, 4) in zip(a, b, strict=True), (4, 1) in zip(a, b, strict=True)
    except ValueError as e:
        return str(e)


@cases(([1, 2, 3], [4, 5]), ([4, 5], [1, 2, 3]))
def za13(a, b):
    out = []
    try:
        for p in zip(a, b, strict=True):
            out.append(p)
            if len(out) == 2:
                break
        else:
            out.append("else")
    except ValueError as e:
        out.append(str(e))
    return out


@cases(([1, 2, 3], [4, 5]), ([4, 5], [1, 2, 3]))
def za18(a, b):
    log = []
    def g(x):
        log.append(x)
        return x
    try:
        for p in zip(map(g, a), b, strict=True):
            log.append(p)
    except ValueError as e:
        log.append(str(e))
    return log


@cases(({'a': 1, 'b': 2},),)
def ds1(d):
    def g(k):
        d[k + "x"] = 1
        return k
    try:
        return any(k == "zz" for k in map(g, d)), d
    except RuntimeError as e:
        return str(e), d


@cases(({'a': 1, 'b': 2},),)
def ds2(d):
    def g(k):
        d[k + "x"] = 1
        return k
    try:
        return any(p == "zz" for p in zip(d, map(g, d))), d
    except RuntimeError as e:
        return str(e), d


@cases(({'a': 1, 'b': 2},),)
def ds3(d):
    def g(k):
        d[k + "x"] = 1
        return k
    try:
        return any(p == "zz" for p in enumerate(map(g, d))), d
    except RuntimeError as e:
        return str(e), d


@cases(({'a': 1, 'b': 2},),)
def ds4(d):
    try:
        return any(d.pop(k) == 9 for i, k in enumerate(map(str, d))), d
    except RuntimeError as e:
        return str(e), d


@cases(({'a': 1, 'b': 2},),)
def ds5(d):
    try:
        return [d.setdefault(k + "y", 0) for i, k in enumerate(map(str, d))], d
    except RuntimeError as e:
        return str(e), d


@cases(([1, 2, 3],),)
def ds6(xs):
    out = []
    for i, x in enumerate(zip(map(lambda v: v, xs), xs)):
        if i == 0:
            xs.append(99)
        out.append(x)
        if len(out) > 6:
            break
    return out


@cases(([1, 2, 3],),)
def ds7(xs):
    return any(xs.append(x) or len(xs) > 10 for x in enumerate(map(lambda v: v, xs))), len(xs)
