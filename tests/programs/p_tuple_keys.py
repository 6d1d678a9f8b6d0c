"""Tuples as dict keys and set elements: grouping by several fields, lookups, twins (1,) / (True,) / (1.0,),
nested tuples, unhashable contents, and what JSON does with them."""
import json
from collections import Counter, defaultdict

from difftest import cases

ROWS = [{"city": "Oslo", "year": 2020, "v": 3}, {"city": "Rome", "year": 2021, "v": 5},
        {"city": "Oslo", "year": 2020, "v": 1.5}, {"city": "Oslo", "year": 2021, "v": 2}]


@cases((ROWS,), ([],), (ROWS[:1] * 3,))
def group_by_pair(rows):
    totals = defaultdict(float)
    counts = Counter()
    firsts = {}
    for r in rows:
        key = (r["city"], r["year"])
        totals[key] += r["v"]
        counts[key] += 1
        firsts.setdefault(key, r["v"])
    seen = set()
    order = []
    for r in rows:
        k = (r["city"], r["year"])
        if k not in seen:
            seen.add(k)
            order.append(list(k))
    table = [[c, y, totals[(c, y)], counts[(c, y)]] for (c, y) in sorted(totals)]
    return [table, order, len(seen), ("Oslo", 2020) in seen, ("Oslo", 1999) in totals, firsts.get(("Rome", 2021)),
            str(dict(counts)), repr(sorted(counts.items())), counts.most_common(1), sorted(seen)]


@cases((1, 2), (0, 0), (1.5, "a"), (None, True))
def lookups_and_mutation(a, b):
    d = {(a, b): "first", (b, a): "second", ((a,), (b, (a,))): "nested"}
    out = [len(d), d[(a, b)], d.get((b, a)), d.get(((a,), (b, (a,)))), (a, b) in d, [a, b] == list((a, b))]
    d[(a, b)] = "changed"
    out.append(d.pop((b, a), "gone"))
    out.append(d.pop((b, a), "gone"))
    del d[((a,), (b, (a,)))]
    out.append(repr(d))
    s = {(a, b), (a, b), (b, a)}
    s.discard((a, b))
    t = {(a, b)} | {(b, a), (a, a)}
    out += [len(s), [repr(x) for x in sorted(t, key=repr)], (b, a) in s, {(a, b): 1} == {(a, b): 1}, {(a, b): 1} == {(a, a): 1}]
    return out


@cases((1,), (0,))
def twins(n):
    d = {}
    d[(n,)] = "int"
    d[(n == 1,)] = "bool"
    d[(float(n),)] = "float"
    e = {(n == 1, "x"): 1, (n, "x"): 2}
    f = {(0.0,): "zero", (-0.0,): "negzero", ((0,),): "inner", ((False,),): "inner-bool"}
    s = {(n,), (n == 1,), (float(n),)}
    return [repr(d), repr(e), repr(f), len(s), repr(list(d)), (float(n),) in d, d[(n == 1,)]]


@cases(([1, 2],), ({"a": 1},), ("ok",), (None,))
def unhashable_inside(x):
    out = []
    for make in (lambda: {(1, x): 1}, lambda: {(1, (2, x))}, lambda: Counter([(x, 1)])):
        try:
            out.append(repr(make()))
        except TypeError as e:
            out.append(["TypeError", str(e)])
    try:
        out.append(json.dumps({(1, 2): x}))
    except TypeError as e:
        out.append(["TypeError", str(e)])
    return out


@cases((ROWS,))
def returned_to_dash(rows):
    return {(r["city"], r["year"]): r["v"] for r in rows}


@cases(([[[1, "a"], 1], [[True, "a"], 2], [[1.0, "a"], 3]], [[1, "a"], [0, "a"]]))
def insert_and_probe(pairs, probes):
    """Keys made from JSON lists (lists become tuples, recursively), inserted in order then probed."""
    def tup(x):
        return tuple(tup(e) for e in x) if isinstance(x, list) else x
    d = {}
    s = set()
    for k, v in pairs:
        k = tup(k)
        d[k] = v
        s.add(k)
        if v % 3 == 0:
            d.pop(k, None)
            s.discard(k)
    c = Counter(tup(k) for k, _ in pairs)
    return [repr(d), len(s), [tup(p) in d for p in probes], [tup(p) in s for p in probes],
            [d.get(tup(p), "none") for p in probes], repr(sorted(c.items(), key=repr)),
            repr(sorted(s, key=repr)), {tup(k): v for k, v in pairs} == d]
