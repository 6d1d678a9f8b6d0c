"""itertools.groupby: groups share the input (a group read after groupby moved on is empty), the key function runs
item by item as CPython calls it."""
import itertools
from itertools import groupby

from difftest import cases

_ROWS = [{"k": "a", "v": 1}, {"k": "a", "v": 2}, {"k": "b", "v": 3}, {"k": "a", "v": 4}]


@cases(([1, 1, 2, 3, 3, 3, 1],), ([],), ("aabccc",), ([1, 1.0, True, 2],), (None,), ([[1], [1], [2]],))
def groupby_basic(xs):
    try:
        out = [[k, list(g)] for k, g in groupby(xs)]
        out.append({str(k): len(list(g)) for k, g in groupby(xs)})
        out.append([k for k, _ in itertools.groupby(xs)])
        res = []
        for k, g in groupby(xs):
            res.append([k, sum(1 for _ in g)])
        out.append(res)
        out.append([[k, sorted(g, key=str)] for k, g in groupby(xs, key=lambda v: str(v)[:1])])
        out.append(list((k, tuple(g)) for k, g in groupby(xs, str)))
        return out
    except TypeError as e:
        return str(e)


@cases((_ROWS,), ([],), ([{"k": "a", "v": 1}],))
def groupby_rows(rows):
    out = []
    for key, group in groupby(sorted(rows, key=lambda r: r["k"]), key=lambda r: r["k"]):
        items = list(group)
        out.append({"key": key, "n": len(items), "total": sum(r["v"] for r in items)})
    out.append([{"k": k, "vs": [r["v"] for r in g]} for k, g in groupby(rows, lambda r: r["k"])])
    out.append([[k, max(r["v"] for r in g)] for k, g in groupby(rows, key=lambda r: r["k"])])
    return out


@cases(([1, 1, 2, 2, 3],), ([5],), ([],))
def groupby_sharing(xs):
    log = []
    groups = []
    for k, g in groupby(xs):
        first = next(g)
        groups.append([k, first])
    log.append(groups)
    kept = None
    for k, g in groupby(xs):
        if kept is None:
            kept = k
            head = next(g, None)
            log.append(["head", head])
            continue
        log.append([k, list(g)])
    broke = False
    for k, g in groupby(xs):
        broke = True
        break
    if broke:
        log.append(["after break", list(g), list(g)])
    for k, g in groupby(xs):
        pass
    log.append(["last", list(g)] if xs else "none")
    return log


@cases(([1, 2, 2, 3, 3, 0, 4],), ([0],), ([1, 2],))
def groupby_key_order(xs):
    log = []

    def key(x):
        log.append(["key", x])
        return 10 // x

    try:
        for k, g in groupby(xs, key):
            log.append(["group", k])
            for x in g:
                log.append(["item", x])
    except ZeroDivisionError as e:
        log.append(["err", str(e)])
    log.append("second")
    try:
        for k, g in groupby(xs, key=key):
            log.append(["group", k])
            try:
                log.append(list(g))
            except ZeroDivisionError:
                log.append("caught")
    except ZeroDivisionError as e:
        log.append(["err", str(e)])
    return log


@cases(([1, 1, 2, 3, 3],), ([],))
def groupby_lazy_consumers(xs):
    log = []

    out = [[k, 2 in g] for k, g in groupby(log.append(x) or x for x in xs)]
    out.append([[k, any(v > 1 for v in g)] for k, g in groupby(log.append(x) or x for x in xs)])
    out.append([[k, list(enumerate(g))] for k, g in groupby(log.append(x) or x for x in xs)])
    out.append([x for k, g in groupby(log.append(x) or x for x in xs) for x in g if x != 2])
    out.append(sum(len(list(g)) for _, g in groupby(log.append(x) or x for x in xs)))
    out.append([[k, list(zip(g, "ab"))] for k, g in groupby(log.append(x) or x for x in xs)])
    out.append(log)
    return out


@cases(([1, 1, 2],), ([2],), ([],))
def groupby_list_exhausted(xs):
    out = []
    for k, g in groupby(xs):
        out.append(list(g))
        if k == 2:
            xs.append(2)
            xs.append(3)
            out.append(list(g))
    out.append(xs)
    for k, g in groupby(xs):
        if k == 3:
            xs.append(3)
        out.append([k, list(g)])
        if len(xs) > 9:
            break
    return out


@cases(([3, 1, 1, 2, 2, 2],), ([],), ([5],))
def groupby_listed_first(xs):
    log = []

    def key(x):
        log.append(x)
        return x % 2

    out = []
    for k, g in groupby(xs, key):
        g = list(g)
        g.append(k)
        out.append(g)
    for k, grp in groupby(xs):
        grp = sorted(grp, reverse=True)
        out.append([k, grp, len(grp)])
    for k, grp in groupby(xs):
        grp = tuple(grp)
        out.append(grp)
    return [out, log]
