"""collections.defaultdict and collections.Counter: Maps with a missing-key policy (templates/runtime/methods.js)."""
import json
from collections import Counter, defaultdict

from difftest import cases

WORDS = ["apple", "avocado", "banana", "apple", "cherry", "banana", "blueberry"]


# grouping: d[k].append(v) inserts the factory's list on the first read of a key
@cases((WORDS,), ([],), (["a"],), (None,))
def dd_group(words):
    d = defaultdict(list)
    for w in words or []:
        d[w[0]].append(w)
    return [d, len(d), list(d), sorted(d.items()), json.dumps(d), str(d), repr(d)]


# the builtin factories: each missing read inserts the factory's value (a float 0.0 stays a float)
@cases(("k",), ("",), (None,))
def dd_factories(k):
    ds = [defaultdict(list), defaultdict(int), defaultdict(float), defaultdict(str), defaultdict(dict),
          defaultdict(set), defaultdict(tuple), defaultdict(bool)]
    out = []
    for d in ds:
        v = d[k]
        out.append([repr(v), len(d), k in d, repr(d), d])
    return out


# counting with d[k] += 1; get() does not insert; `in`, pop, del, setdefault as a dict
@cases((WORDS,), (["x", "x"],), ([],))
def dd_count(words):
    n = defaultdict(int)
    for w in words:
        n[w] += 1
    out = [n.get("nope"), "nope" in n, len(n), n.get("apple", -1)]
    out.append(n["nope"])
    out.append("nope" in n)
    out.append(n.pop("nope"))
    try:
        del n["missing"]
    except KeyError as e:
        out.append("KeyError " + str(e))
    try:
        n.pop("missing")
    except KeyError as e:
        out.append("KeyError " + str(e))
    out.append(n.setdefault("s", 5))
    out.append(n)
    return out


# == with dicts, dict(d) is a plain dict (no factory), d.copy() keeps the factory
@cases((["a", "b", "a"],), ([],))
def dd_eq_copy(words):
    d = defaultdict(int)
    for w in words:
        d[w] += 1
    plain = dict(d)
    cp = d.copy()
    out = [d == plain, plain == d, d == {}, cp == d, repr(cp)]
    cp["new"] += 5
    out.append(cp["new"])
    try:
        plain["new2"]
    except KeyError as e:
        out.append("KeyError " + str(e))
    out.append([d, cp, plain])
    out.append({**d})
    return out


# lambda and nested-def factories; nested defaultdict(lambda: defaultdict(int))
@cases(([["a", "x"], ["a", "y"], ["b", "x"], ["a", "x"]],), ([],))
def dd_lambda(pairs):
    nested = defaultdict(lambda: defaultdict(int))
    for a, b in pairs:
        nested[a][b] += 1

    def start():
        return {"n": 0, "items": []}

    rec = defaultdict(start)
    for a, b in pairs:
        rec[a]["n"] += 1
        rec[a]["items"].append(b)
    zero = defaultdict(lambda: 0)
    zero["q"] += 2
    return [nested, rec, zero, json.dumps(nested, sort_keys=True), nested["none"]["x"], len(nested)]


# defaultdict(list, mapping), defaultdict(None): a missing key raises KeyError
@cases(({"a": [1]},), ({},))
def dd_init(m):
    d = defaultdict(list, m)
    d["b"].append(2)
    e = defaultdict(None, m)
    out = [d, m, repr(d), repr(e)]
    try:
        e["zz"]
    except KeyError as err:
        out.append("KeyError " + str(err))
    f = defaultdict(int, [("p", 1)], q=2)
    out.append(repr(f))
    g = defaultdict()
    out.append(repr(g))
    return out


# Counter of a list, of a str (its characters), of a mapping, empty; missing keys are 0 without inserting
@cases((WORDS,), ("abracadabra",), ([],), ("",), ({"a": 3, "b": 1},))
def counter_basic(xs):
    c = Counter(xs)
    out = [c, len(c), c["zzz"], "zzz" in c, len(c), c.total(), repr(c), str(c), json.dumps(c)]
    out.append(Counter())
    out.append(repr(Counter()))
    return out


# most_common: count descending, ties in insertion order; n larger than len, 0, negative
@cases(("abracadabra",), ("mississippi",), ("",), ("abcabc",), (["x", "y", "y", "x", "z"],))
def counter_most_common(s):
    c = Counter(s)
    return [c.most_common(), c.most_common(1), c.most_common(2), c.most_common(3), c.most_common(100),
            c.most_common(0), c.most_common(-1), [k for k, n in c.most_common()]]


# c[k] += 1, update with an iterable, a str, a mapping (adds counts), kwargs
@cases((["a", "b"], "aab", {"a": 10, "c": 1}), ([], "", {}))
def counter_update(xs, s, m):
    c = Counter()
    for x in xs:
        c[x] += 1
    c.update(s)
    c.update(m)
    c.update(xs)
    c.update()
    c.update(z=2)
    d = Counter(m)
    d.update(m)
    return [c, c.total(), c.most_common(), d, repr(d)]


# equality: Counter == Counter treats a missing key as 0; Counter == dict is dict equality
@cases(({"a": 1},), ({"a": 1, "b": 0},), ({},))
def counter_eq(m):
    c = Counter(m)
    d = Counter(a=1)
    return [c == d, d == c, c != d, c == m, m == c, c == {"a": 1}, [c] == [d], c == dict(c)]


# everything else as a dict: items, keys, values, pop, del (a missing key is ignored), get, copy, dict()
@cases(("hello world",), ("",))
def counter_as_dict(s):
    c = Counter(s)
    out = [sorted(c.items()), list(c.keys()), list(c.values()), c.get("l"), c.get("?", 7)]
    del c["?"]
    if "l" in c:
        del c["l"]
    cp = c.copy()
    cp["new"] += 3
    out.append(cp.most_common(2))
    out.append(c == cp)
    out.append(dict(c))
    out.append(c.pop("o", None))
    out.append(sorted(c, key=lambda k: (-c[k], k)))
    out.append(max(c.values()) if c else None)
    return out


# counts that are not numbers in a mapping: repr falls back to insertion order when they cannot be ordered
@cases(({"a": "x", "b": 1},), ({"a": "x", "b": "y"},))
def counter_mixed_values(m):
    c = Counter(m)
    out = [repr(c)]
    try:
        out.append(c.most_common())
    except TypeError as e:
        out.append("TypeError " + str(e))
    return out


# the type names CPython shows in error messages
@cases((1,))
def collections_type_errors(x):
    out = []
    for v in (defaultdict(list), Counter("ab")):
        try:
            {v: 1}
        except TypeError as e:
            out.append(str(e))
        try:
            v * 2
        except TypeError as e:
            out.append(str(e))
    return out


# a Counter or defaultdict passed through a function of unknown type: its methods still dispatch
def _top(c, n):
    return c.most_common(n)


def _add(c, xs):
    c.update(xs)
    return c.total()


@cases((["a", "b", "b"],))
def counter_untyped(xs):
    c = Counter(xs)
    d = defaultdict(list)
    d["k"].append(1)
    box = {"c": c, "d": d}
    return [_top(box["c"], 1), _add(box["c"], "bb"), box["c"], box["d"]["zz"], box["d"]]


# text: f-strings, %, str.format (a field's [key] and %(key)s read through __missing__), bound c.get as a key
@cases((["b", "a", "b"],), ([],))
def collections_text(xs):
    c = Counter(xs)
    d = defaultdict(list)
    d["a"].append(1)
    return [f"{c}", f"{d!r}", "%s" % (c,), "{}".format(d), max(c, key=c.get) if c else None,
            Counter([1, True, 1.5]), c == d, d == c, isinstance(c, dict), c in [Counter(xs)],
            "{0[zz]}".format(d), d, "%(q)s" % c, c]


# the Counter methods through a value of unknown type, called with too many arguments: CPython's TypeError
def _call_bad(c, which):
    try:
        if which == 0:
            return c.most_common(1, 2)
        if which == 1:
            return c.total(1)
        return c.update(1, 2)
    except TypeError as e:
        return "TypeError " + str(e)


@cases((0,), (1,), (2,))
def counter_untyped_arity(which):
    return _call_bad({"c": Counter("ab")}["c"], which)


# a generator expression or map() consumed right away by Counter / defaultdict (any name they are imported as)
@cases(([{"cat": "a", "v": 1}, {"cat": "b", "v": 2}, {"cat": "a", "v": 3}],), ([],))
def collections_generators(rows):
    from_gen = Counter(r["cat"] for r in rows)
    from_map = Counter(map(lambda r: r["v"] % 2, rows))
    pairs = defaultdict(list, ((r["cat"], [r["v"]]) for r in rows))
    pairs["z"].append(0)
    from_gen.update(r["cat"] for r in rows)
    return [from_gen, from_map, pairs, from_gen.most_common(1)]


# a Counter or defaultdict called through a value, directly or as map()'s function: CPython names its type (the call
# through a value and the lazy map loop said 'dict'; one py_not_callable now serves every call site)
@cases((1,),)
def call_collections(x):
    out = []
    for v in (Counter("ab"), defaultdict(list), -0.0, None):
        fs = [v]
        try:
            fs[0](x)
        except TypeError as e:
            out.append(str(e))
        try:
            list(map(v, [x]))
        except TypeError as e:
            out.append(str(e))
        try:
            for w in map(v, [x]):
                out.append(w)
        except TypeError as e:
            out.append(str(e))
    return out
