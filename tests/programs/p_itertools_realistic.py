"""itertools and reduce as Dash callbacks use them: figure traces per category, cumulative totals, pairwise
differences, label products; dicts read live by chain()/zip_longest(); strings with astral characters."""
import itertools
from functools import reduce
from itertools import chain, combinations, groupby, islice, permutations, product, zip_longest

from difftest import cases


@cases(([{"cat": "a", "x": 1, "y": 2}, {"cat": "b", "x": 0, "y": 1}, {"cat": "a", "x": 0, "y": 3.5}],), (None,), ([],))
def traces_by_category(rows):
    rows = sorted(rows or [], key=lambda r: (r.get("cat") or "", r.get("x") or 0))
    traces = []
    for cat, grp in groupby(rows, key=lambda r: r.get("cat")):
        pts = list(grp)
        traces.append({"name": cat, "x": [p.get("x") for p in pts],
                       "y": list(itertools.accumulate(p.get("y", 0) for p in pts))})
    return {"data": traces, "n": len(traces)}


@cases(([{"y": 1}, {"y": 2.5}, {"y": -1}],), (None,), ([],))
def summary_numbers(rows):
    ys = [r["y"] for r in rows or []]
    return {"cum": list(itertools.accumulate(ys)), "diffs": [b - a for a, b in itertools.pairwise(ys)],
            "total": reduce(lambda a, b: a + b, ys, 0), "top": list(islice(sorted(ys, reverse=True), 3)),
            "pairs": [f"{a}-{b}" for a, b in product(["x", "y"], range(2))]}


@cases(({"a": 1, "b": 2},), ({},))
def dicts_read_live(d):
    out = []
    try:
        for k in chain(d, [0]):
            if k == "a":
                d["z"] = 1
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        for a, b in zip_longest(d, "xyz"):
            if a == "b":
                d.pop("a", None)
            out.append([a, b])
    except RuntimeError as e:
        out.append(str(e))
    return out


@cases(("a😀b😀",), ("",), ("éé",))
def astral_strings(s):
    return [list(combinations(s, 2)), [k for k, _ in groupby(s)], list(islice(s, 1, 3)),
            ["".join(p) for p in permutations(s, 2)][:5]]


@cases(([1, 2, 3, 4, 5],), ([],))
def group_closures(xs):
    log = []

    def key(x):
        log.append(x)
        return x // 2

    res = {}
    for k, g in groupby(xs, key):
        def later():
            return list(g)
        res[str(k)] = later
    return [[k, f()] for k, f in res.items()] + [log]
