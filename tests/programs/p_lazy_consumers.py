"""Builtins that pull a generator / map() / filter() one item at a time (sum, min, max, set, dict, list of a
nested map): a failure part way, and a key function or an outer map, come between the items, as in CPython."""
from collections import Counter, defaultdict

from difftest import cases


@cases(([1, 2, "a", 3],), ([1, 2, 3],), ([],))
def sum_map_partial(xs):
    log = []

    def f(x):
        log.append(x)
        return x
    try:
        return [sum(map(f, xs)), log]
    except TypeError as e:
        return ["err", str(e), log]


@cases(([3, 1, "a", 2],), ([3, 1, 2],), ([],))
def minmax_map_partial(xs):
    log = []

    def f(x):
        log.append(x)
        return x
    out = []
    try:
        out.append(min(map(f, xs)))
    except (TypeError, ValueError) as e:
        out.append(["err", str(e)])
    try:
        out.append(max(filter(lambda v: v != 1, map(f, xs))))
    except (TypeError, ValueError) as e:
        out.append(["err", str(e)])
    out.append(log)
    return out


@cases(([3, 1, 2],), ([],))
def max_map_key_order(xs):
    log = []

    def f(x):
        log.append(["f", x])
        return x * 2

    def g(y):
        log.append(["g", y])
        return -y
    return [max(map(f, xs), key=g, default=None), min(filter(lambda v: v > 1, xs), key=g, default=0), log]


@cases(([1, 2, 3],), ([],))
def set_dict_map_partial(xs):
    log = []

    def f(x):
        log.append(x)
        return [x] if x == 2 else x

    def pair(x):
        log.append(x)
        return (x, x) if x != 2 else (x,)
    out = []
    try:
        out.append(sorted(set(map(f, xs))))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(dict(map(pair, xs)))
    except ValueError as e:
        out.append(["err", str(e)])
    out.append(log)
    return out


@cases(([1, 2, 3],), ([],))
def set_dict_genexp_partial(xs):
    log = []

    def f(x):
        log.append(x)
        return [x] if x == 2 else x
    out = []
    try:
        out.append(sorted(set(f(x) for x in xs)))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(dict((x, f(x)) if x != 2 else (x,) for x in xs))
    except ValueError as e:
        out.append(["err", str(e)])
    try:
        out.append(sorted({f(x) for x in xs}))
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(log)
    return out


@cases(([3, 1, 2],), ([],))
def max_genexp_key_order(xs):
    log = []

    def f(x):
        log.append(["f", x])
        return x * 2

    def g(y):
        log.append(["g", y])
        return -y
    return [max((f(x) for x in xs), key=g, default=None), log]


@cases(([1, 2, 3], 10), ([], 0.5), ([1.5, 2], "x"), ([[1], [2]], []))
def stream_plain(xs, start):
    out = []
    try:
        out.append(sum((x for x in xs), start))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(sum(map(lambda v: v, xs), start=start))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(sum(filter(None, xs)))
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(min(map(str, xs), default="none"))
    out.append(max(map(str, xs), key=len, default=None))
    out.append(min((str(x) for x in xs), key=lambda s: -len(s), default=-1))
    try:
        out.append(sorted(set(map(lambda v: v + 1, xs))))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(dict(map(lambda v: (str(v), v), xs)))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(dict((str(v), v) for v in xs))
    except TypeError as e:
        out.append(["err", str(e)])
    return out


@cases(([1, 2, 6],), ([],), ([1, [2]],))
def update_lazy_keys(xs):
    out = []
    s = set()
    try:
        s.update(x / 4 for x in xs)
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(sorted(s))
    t = {0}
    try:
        t.update(map(lambda v: v, xs))
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(sorted(t, key=str))
    return out


@cases(([1, 2, 3],), ([],), ([1, "a", 2],))
def nested_lazy_order(xs):
    log = []

    def f(x):
        log.append(["f", x])
        return x * 10

    def g(x):
        log.append(["g", x])
        return x + 1
    out = []
    try:
        for y in map(f, (g(x) for x in xs)):
            log.append(["body", y])
        out.append(list(map(f, map(g, xs))))
        out.append(sorted(filter(lambda v: v > 20, map(f, xs))))
        out.append([y for y in map(f, filter(lambda v: v != 2, map(g, xs)))])
        out.append(list(zip(xs, map(f, (g(x) for x in xs)))))
        out.append(any(map(f, map(g, xs))))
        out.append(sum(map(f, map(g, xs))))
        out.append(max(map(g, filter(None, map(f, xs))), default=None))
        out.append(list(enumerate(map(f, map(g, xs)))))
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(log)
    return out


@cases(([1, 2, 3],), ([],))
def counter_lazy(xs):
    log = []

    def f(x):
        log.append(x)
        return [x] if x == 2 else x
    out = []
    try:
        out.append(Counter(map(f, xs)))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(Counter(f(x) for x in xs))
    except TypeError as e:
        out.append(["err", str(e)])
    c = Counter()
    try:
        c.update(f(x) for x in xs)
    except TypeError as e:
        out.append(["err", str(e)])
    out.append(c)
    out.append(log)
    return out


@cases(([1, 2, 3],), ([],), ([1, 1, 5],))
def dd_lazy(xs):
    log = []

    def f(x):
        log.append(x)
        return (x % 2, x) if x != 3 else (x,)
    out = []
    try:
        d = defaultdict(list, map(f, xs))
        out.append([d, d[7], repr(d)])
    except ValueError as e:
        out.append(["err", str(e)])
    try:
        out.append(defaultdict(int, (f(x) for x in xs if x > 1)))
    except ValueError as e:
        out.append(["err", str(e)])
    c = Counter(filter(None, map(lambda v: v - 1, xs)))
    out.append([c, c.most_common(1), repr(c)])
    out.append(log)
    return out
