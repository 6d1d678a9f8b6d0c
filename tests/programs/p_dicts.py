from difftest import cases


@cases(({"a": 1, "b": 2},), ({},), ({"é": None, "😀": [1]},))
def dict_views(d):
    return [list(d.keys()), list(d.values()), list(d.items()), len(d), sorted(d)]


@cases(({"a": 1}, "a"), ({"a": 1}, "z"), ({}, ""))
def dict_get(d, k):
    return [d.get(k), d.get(k, 0), d.get(k, [])]


@cases(({"a": 1}, "z"), ({"x": 1}, "x"), ({}, "😀"))
def dict_keyerror(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "KeyError: " + str(e)


@cases(({"a": 1, "b": 2},), ({},))
def dict_mutation(d):
    d["c"] = 3
    d["a"] = d.get("a", 0) + 10
    if "b" in d:
        del d["b"]
    d.setdefault("s", []).append(1)
    d.setdefault("s", []).append(2)
    return d


@cases(({"a": 1}, "a"), ({"a": 1}, "b"), ({}, "x"))
def dict_pop(d, k):
    out = [d.pop(k, "dflt")]
    try:
        out.append(d.pop(k))
    except KeyError as e:
        out.append("KeyError " + str(e))
    return [out, d]


@cases(({"a": 1, "b": 2},), ({},))
def dict_popitem(d):
    try:
        k, v = d.popitem()
        return [k, v, d]
    except KeyError as e:
        return "KeyError: " + str(e)


@cases(({"a": 1}, {"b": 2, "a": 3}), ({}, {}), ({"x": [1]}, {"y": None}))
def dict_merge(a, b):
    m = {**a, **b}
    n = {**b, "k": 0, **a}
    c = dict(a)
    c.update(b)
    c.update(z=9)
    return [m, n, c, a | b]


@cases((["a", "b", "a"],), ([],), (["x"],))
def dict_count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


@cases(([["a", 1], ["b", 2]],), ([],))
def dict_from_pairs(pairs):
    return [dict(pairs), dict(zip(["x", "y"], [1, 2]))]


@cases(({"b": 1, "a": 2},), ({},))
def dict_order(d):
    d["z"] = 0
    d["b"] = 5
    del d["b"]
    d["b"] = 6
    return [list(d), str(d), repr(d)]


@cases(({"a": {"b": {"c": 1}}},), ({"a": {}},), ({},))
def nested_get(d):
    return d.get("a", {}).get("b", {}).get("c", "missing")


@cases(({1: "x"},), ({"1": "y"},))
def int_key_from_json(d):
    out = {}
    out[1] = "int"
    out[1.5] = "float"
    out[None] = "none"
    out["1"] = "str"
    return [sorted(out.values()), len(out), str({1: 2, 2.5: None, None: True})]


@cases(({"a": 1, "b": 2},), ({},))
def dict_items_loop(d):
    out = []
    for k, v in d.items():
        out.append(f"{k}={v}")
    for i, k in enumerate(d):
        out.append(i)
    return out


@cases(({"a": [1, 2]},), ({"a": []},))
def dict_copy_shallow(d):
    c = d.copy()
    c["a"].append(3)
    c["new"] = 1
    d2 = dict(d)
    d2.clear()
    return [d, c, d2]


@cases(({"a": 1},), ({},))
def dict_unhashable(d):
    try:
        d[[1]] = 2
        return d
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(({"x": 1, "y": 2},), ({"x": 0},))
def dict_eq_order(d):
    e = {}
    for k in reversed(list(d)):
        e[k] = d[k]
    return [d == e, list(d) == list(e), {**d} == d]


@cases(({"b": 2, "a": 1, "c": 3},),)
def dict_sorted_items(d):
    return [sorted(d.items()), sorted(d.items(), key=lambda kv: -kv[1]), max(d, key=lambda k: d[k]), min(d.values())]


@cases(([["a", 1]],),)
def dict_pairs_and_kwargs(pairs):
    return dict(pairs, z=0)
