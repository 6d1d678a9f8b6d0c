"""Adversarial review of lists, dicts, sets, tuples and aliasing (review-r4): every function agrees in CPython and
QuickJS. The first group are regressions for divergences found in the review; the rest are edges that held."""
from difftest import cases


def _t(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001
        return repr(e)


# ---------------------------------------------------------------- regressions

# A float-typed integral value (len(a) / 2 == 2.0) as a slice bound, range() argument, enumerate() start,
# chr/hex/oct/bin argument, round() ndigits, bitwise operand or sorted(reverse=) was passed unboxed, so the
# runtime read it as the int 2 and sliced / counted / formatted: CPython raises TypeError.
@cases(([0, 1, 2, 3],),)
def float_slice_bounds(a):
    h = len(a) / 2

    def set_slice():
        b = list(a)
        b[:h] = []
        return b

    def del_slice():
        b = list(a)
        del b[h:]
        return b
    return [_t(lambda: a[:h]), _t(lambda: a[h]), _t(lambda: a[1.0:]), _t(lambda: a[::2.0]), _t(lambda: "abcd"[:h]),
            _t(lambda: tuple(a)[h:]), _t(set_slice), _t(del_slice)]


@cases(([0, 1, 2, 3],),)
def float_int_arguments(a):
    h = len(a) / 2
    out = [_t(lambda: list(range(h))), _t(lambda: list(range(0, 10, h))), _t(lambda: list(enumerate(a, h))),
           _t(lambda: round(1.2345, h)), _t(lambda: chr(h * 40)), _t(lambda: hex(h)), _t(lambda: oct(h)), _t(lambda: bin(h)),
           _t(lambda: h << 1), _t(lambda: 1 << h), _t(lambda: h & 1), _t(lambda: 3 | h), _t(lambda: h ^ 1), _t(lambda: ~h),
           _t(lambda: sorted(a, reverse=h)), _t(lambda: sorted(a, reverse="x")), _t(lambda: sorted(a, reverse=None)),
           sorted(a, reverse=1), sorted(a, reverse=len(a) > 2)]
    try:
        for i in range(h):
            out.append(i)
    except TypeError as e:
        out.append(str(e))
    try:
        for i, x in enumerate(a, h):
            out.append(i)
    except TypeError as e:
        out.append(str(e))
    return out


# A dict view is a list in py2cs: where it is not iterated right away it is refused at compile time now (it
# was silently different: d.keys() == e.keys() compared in order, views did not follow later changes,
# repr printed a list, returning one gave a JSON list where CPython cannot serialize it). Membership keeps
# CPython's rules: x in d.keys() hashes x (unhashable: TypeError, was False); x in d.items() looks the key up.
@cases(({"a": 1, "b": 2},), ({},))
def views_iterated_right_away(d):
    out = [len(d.keys()), sorted(d.values()), list(d.items()), tuple(d.keys()), dict(d.items()), ",".join(d.keys()),
           [*d.values()], set(d.keys()) == {"a", "b"}, list(reversed(d.keys())), list(enumerate(d.items())),
           list(zip(d.keys(), d.values())), sum(d.values()), max(d.keys(), default=None), any(d.values()), all(d.keys())]
    if d.keys():
        out.append("truthy")
    out.append("x" if not d.items() else "y")
    xs = [0]
    xs.extend(d.values())
    out.append(xs)
    s = {"z"}
    s.update(d.keys())
    out.append(sorted(s))
    out.append(sorted(s.union(d.keys())))
    out.append(set(d).issubset(d.keys()))
    out.append(dict.fromkeys(d.keys(), 0))
    out.append([k for k in d.keys() or ["none"]])
    out.append(list(map(str, d.values())))
    out.append(list(filter(None, d.values())))
    for k, v in d.items():
        out.append(k)
    if len(d) == 2:
        (k1, v1), (k2, v2) = d.items()
        out.append([k1, v2])
    return out


@cases(({"a": 1, "b": 2},), ({},))
def view_membership(d):
    return [("a", 1) in d.items(), ("a", 2) in d.items(), ["a", 1] in d.items(), ("a",) in d.items(),
            "a" not in d.keys(), 2 in d.values(), _t(lambda: [1] in d.keys()), _t(lambda: ([1], 1) in d.items()),
            _t(lambda: {} in d.keys()), (1.0, 2) in {1: 2}.items(), True in {1: 0}.keys(), ("a", [1]) in d.items()]


@cases((5,), ("s",), ([1],), (None,))
def view_membership_of_a_non_dict(x):
    return [_t(lambda: 1 in x.keys()), _t(lambda: (1, 2) in x.items()), _t(lambda: list(x.values()))]


# A dict iterated by a for loop or comprehension whose body changes its size through `|=` or an item of a
# name (for k in d["s"]: del d["s"][k]) was not guarded: the loop ran over a snapshot where CPython raises
# "dictionary changed size during iteration".
@cases(({"a": 1, "b": 2},),)
def loop_dict_ior(d):
    out = []
    try:
        for k in d:
            out.append(k)
            d |= {k + "x": 1}
    except RuntimeError as e:
        out.append(str(e))
    return out


@cases(({"s": {"a": 1, "b": 2}},), ({"s": {}},))
def loop_dict_item_of_name(d):
    out = []
    try:
        for k in d["s"]:
            out.append(k)
            del d["s"][k]
    except RuntimeError as e:
        out.append(str(e))
    try:
        out.append([d["s"].setdefault(k + "y", 0) for k in d["s"].keys()])
    except RuntimeError as e:
        out.append(str(e))
    return [out, d]


def _grow(d, k):
    d[k + "z"] = 0
    return k


@cases(({"a": 1, "b": 2},),)
def loop_dict_key_function(d):
    # a function passed by name as key= is called in the loop body
    out = []
    try:
        for k in d:
            out.append(sorted(["p", "q"], key=lambda s: s)[0])
            out.append(max(["p"], key=_grow_key(d)))
    except RuntimeError as e:
        out.append(str(e))
    return out


def _grow_key(d):
    def key(s):
        d[s + "!"] = 1
        return s
    return key


# A set probe of a set: CPython retries it as a frozenset (never an element here), so `{1} in s` is False; the
# runtime raised "unhashable type: 'set'". A dict still raises.
@cases(([1, 2],),)
def set_in_set(a):
    s = set(a)
    t = {1}
    return [{1} in s, t in s, t not in s, _t(lambda: t in {"k": 1}), [x for x in a if {x} in s], _t(lambda: s.remove(t)),
            _t(lambda: s.discard(t)), _t(lambda: {1: 2}[t])]


# ---------------------------------------------------------------- edges that held


@cases(([1, 2],),)
def alias_append(a):
    b = a
    b.append(3)
    c = a
    c += [4]
    d = a
    d = d + [5]
    return [a, b, c, d, a is b, c is a, d is a]

@cases(([1, 2],),)
def alias_iadd_tuple_str(a):
    b = a
    b += (7, 8)
    b += "xy"
    b += {"k": 1}
    return [a, b]

@cases((3,),)
def shared_rows(n):
    g = [[0] * n] * n
    g[0][1] = 5
    h = [[0] * n for _ in range(n)]
    h[0][1] = 5
    return [g, h, g[0] is g[1]]

@cases(({"a": [1], "b": {"c": 2}},),)
def shallow_copies(d):
    e = dict(d)
    f = d.copy()
    g = {**d}
    e["a"].append(2)
    f["b"]["c"] = 9
    g["new"] = 1
    l = [d["a"], 3]
    m = list(l)
    n = l[:]
    o = l.copy()
    m[0].append(4)
    n.append(5)
    return [d, e, f, g, l, m, n, o]

def _acc(x, acc=[]):
    acc.append(x)
    return acc

@cases((1,),)
def default_list(x):
    a = _acc(x)
    b = _acc(x + 1)
    return [a, b, a is b]

def _make():
    return {"xs": [1, 2]}

@cases((0,),)
def returned_then_mutated(x):
    d = _make()
    d["xs"].append(x)
    e = _make()
    return [d, e]

@cases(([1],),)
def same_list_twice(a):
    b = [a, a]
    b[0].append(2)
    return (a, a, b)

@cases(([1, 2],),)
def tuple_of_lists_mut(a):
    t = (a, 1)
    t[0].append(3)
    return [t, a]

@cases(([1, 2, 3],),)
def extend_self(a):
    a.extend(a)
    b = [1, 2]
    b += b
    c = [1, 2]
    c[len(c):] = c
    d = [1, 2, 3]
    d[:] = d
    e = [1, 2, 3, 4]
    e[::2] = e[1::2]
    f = [1, 2]
    f *= 3
    return [a, b, c, d, e, f]

@cases(([1, 2],),)
def imul_variants(a):
    out = []
    for k in [0, -1, 2, True, False]:
        b = list(a)
        c = b
        c *= k
        out.append([b, c, b is c])
    return out

@cases(([1, 2],),)
def imul_tuple_str(a):
    t = tuple(a)
    u = t
    u *= 2
    s = "ab"
    s *= 3
    return [t, u, s, [1] * -2, 2 * [1, 2], True * [3], (1,) * 0]


@cases(([1, 2, 3],),)
def insert_indices(a):
    out = []
    for i in [-100, -4, -3, -1, 0, 2, 3, 4, 100, True, False]:
        b = list(a)
        b.insert(i, "x")
        out.append(b)
    out.append(_t(lambda: a.insert(1.0, 5)))
    out.append(_t(lambda: a.insert("1", 5)))
    out.append(_t(lambda: a.insert(None, 5)))
    return out

@cases(([1, 2, 3],), ([],))
def pop_indices(a):
    out = []
    for i in [-4, -3, -1, 0, 2, 3, True]:
        b = list(a)
        out.append([_t(lambda: b.pop(i)), b])
    out.append(_t(lambda: list(a).pop(1.0)))
    out.append(_t(lambda: list(a).pop("0")))
    out.append(_t(lambda: list(a).pop(None)))
    out.append(_t(lambda: [].pop()))
    return out

@cases(([1, 1.0, True, "1", [1], (1,)],),)
def eq_types(a):
    out = []
    for v in [1, 1.0, True, "1", [1], (1,), 2, None, False, 0]:
        out.append([a.count(v), _t(lambda: a.index(v))])
    b = list(a)
    b.remove(True)
    out.append(b)
    out.append(_t(lambda: b.remove(5)))
    out.append(_t(lambda: b.remove("zz")))
    out.append(_t(lambda: b.remove(None)))
    out.append(_t(lambda: b.index([2])))
    out.append(_t(lambda: b.index(2.5)))
    out.append(_t(lambda: b.index(1, 3)))
    out.append(_t(lambda: b.index(1, -100, 100)))
    out.append(_t(lambda: b.index(1, 1.0)))
    out.append(_t(lambda: b.index("x", 0, 2)))
    return out

@cases(([[1, "a"], [0, "b"], [1, "c"], [0, "d"], [1, "e"]],),)
def sort_stability_reverse(rows):
    a = sorted(rows, key=lambda r: r[0], reverse=True)
    b = list(rows)
    b.sort(key=lambda r: r[0], reverse=True)
    c = sorted([3, 1.0, 1, True, 2, False, 0, 0.0, -0.0], reverse=True)
    d = sorted([3, 1.0, 1, True, 2, False, 0, 0.0, -0.0])
    e = sorted(["b", "a", "B"], key=str.lower, reverse=True)
    f = sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True)
    g = sorted([[1, 2], [1], [0, 5, 6]], reverse=True)
    return [a, b, c, d, e, f, g, repr(c), repr(d)]

@cases(([3, 1, 2],),)
def sort_errors(a):
    return [_t(lambda: sorted([1, None])), _t(lambda: sorted([[1], (1,)])), _t(lambda: sorted([{}, {}])),
            _t(lambda: sorted([{1}, {2}])), _t(lambda: sorted(["a", 1], reverse=True)),
            _t(lambda: sorted([1.5, "a"])), _t(lambda: sorted([[1, "a"], [1, 2]])),
            _t(lambda: sorted([(1, 2), (1, None)])), _t(lambda: sorted([True, "a"])), _t(lambda: sorted([None, None])),
            _t(lambda: sorted([[], None]))]

@cases(([3, 1, 2],),)
def sort_keyerr(a):
    b = list(a)
    r = _t(lambda: b.sort(key=lambda x: 1 / (x - 1)))
    return [r, b]

@cases(([3, 1, 2],),)
def misc_methods(a):
    b = a.copy()
    b.reverse()
    c = a
    c.clear()
    return [a, b, c, a.copy() is a, b.reverse(), b.sort(), b.append(1), b.extend([]), b.insert(0, 0), b.clear()]

@cases(([1, 2, 3],),)
def extend_iterables(a):
    b = list(a)
    b.extend("hé😀")
    b.extend((4, 5))
    b.extend({"k": 1, "j": 2})
    b.extend(range(2))
    b.extend({"z": 1}.values())
    b.extend({"z": 1}.items())
    r = _t(lambda: b.extend(5))
    r2 = _t(lambda: b.extend(None))
    return [b, r, r2]

@cases(([1, 2, 3],),)
def append_args(a):
    return [_t(lambda: a.append()), a]


IDX = [None, 0, 1, -1, 2, -2, 5, -5, 100, -100, True, False]
STEPS = [None, 1, 2, -1, -2, 3, -3, 100, -100]

@cases(([0, 1, 2, 3, 4],), ("héllo",), ([],))
def slice_get_grid(a):
    out = []
    for i in IDX:
        for j in IDX:
            for k in STEPS:
                out.append(a[i:j:k])
    t = tuple(a)
    out.append(t[::-2])
    out.append(_t(lambda: a[::0]))
    out.append(_t(lambda: a[1.0:]))
    out.append(_t(lambda: a["a":]))
    out.append(_t(lambda: a[:2.5]))
    return out

def _assign(a, i, j, k, v):
    b = list(a)
    try:
        b[i:j:k] = v
        return b
    except Exception as e:
        return repr(e)

@cases(([0, 1, 2, 3, 4],), ([],))
def slice_set_grid(a):
    out = []
    for i in [None, 1, -1, -2, 100, -100]:
        for j in [None, 0, 3, -1, 100, -100]:
            for k in [None, 1, 2, -1, -2]:
                for v in [[], [9], [9, 8], "xyz", (7,)]:
                    out.append(_assign(a, i, j, k, v))
    return out

@cases(([0, 1, 2, 3, 4],),)
def slice_set_errors(a):
    return [_assign(a, None, None, 0, []), _assign(a, None, None, 2, 5), _assign(a, None, None, None, 5),
            _assign(a, None, None, None, None), _assign(a, 1, 2, None, {"a": 1, "b": 2}), _assign(a, None, None, -1, "abcde"),
            _assign(a, None, None, 2, [1, 2]), _assign(a, None, None, 3, [1]), _assign(a, 1.5, 2, None, [])]

def _del(a, i, j, k):
    b = list(a)
    try:
        del b[i:j:k]
        return b
    except Exception as e:
        return repr(e)

@cases(([0, 1, 2, 3, 4, 5, 6],), ([],))
def slice_del_grid(a):
    out = []
    for i in IDX:
        for j in [None, 0, 3, -1, 100, -100]:
            for k in STEPS + [0]:
                out.append(_del(a, i, j, k))
    return out

@cases(("abc",),)
def str_tuple_assign_errors(s):
    t = (1, 2, 3)
    def f1():
        t[0] = 5
    def f2():
        del t[0]
    def f3():
        t[0:1] = [5]
    def f4():
        s[0] = "x"
    def f5():
        del s[0]
    return [_t(f1), _t(f2), _t(f3), _t(f4), _t(f5)]

@cases(([1, 2, 3],),)
def index_errors(a):
    t = tuple(a)
    d = {"a": 1}
    s2, five, none, f = "ab", 5, None, 1.5
    return [_t(lambda: a[3]), _t(lambda: a[-4]), _t(lambda: t[3]), _t(lambda: s2[2]), _t(lambda: a["0"]),
            _t(lambda: a[1.0]), _t(lambda: a[None]), _t(lambda: t["x"]), _t(lambda: s2[f]), _t(lambda: a[True]),
            _t(lambda: d[[1]]), _t(lambda: d[{}]), _t(lambda: five[0]), _t(lambda: none[0]), _t(lambda: a[[0]])]


@cases(({"a": 1, "b": 2, "c": 3},),)
def dict_order_ops(d):
    e = dict(d)
    del e["a"]
    e["a"] = 9
    e["b"] = 7
    f = dict(d)
    f.update({"c": 0, "z": 1}, b=5)
    f.update([("y", 2), ("a", 3)])
    g = d | {"b": 0, "q": 1}
    h = {"q": 1, "b": 0} | d
    d2 = dict(d)
    d2 |= {"b": 8, "n": 1}
    d2 |= [("m", 2)]
    m = {**d, "a": 0, **{"c": 5, "new": 6}}
    return [list(e), list(f.items()), list(g.items()), list(h.items()), list(d2.items()), list(m.items()), m]

@cases(({"a": 1, "b": 2},),)
def dict_or_errors(d):
    def f():
        x = dict(d)
        x |= 5
        return x
    def g():
        x = dict(d)
        x |= [1, 2]
        return x
    return [_t(lambda: d | [("a", 1)]), _t(lambda: d | None), _t(f), _t(g), _t(lambda: {**d, **{1: 2}}),
            _t(lambda: d.update(5)), _t(lambda: d.update([1])), _t(lambda: d.update(["ab", "cd"])),
            d, _t(lambda: d.update([["x", 1, 2]])), _t(lambda: dict([(1, 2, 3)])), _t(lambda: dict(["abc"])),
            _t(lambda: dict(5)), _t(lambda: dict([5]))]

@cases(({"a": 1, "b": 2},), ({},))
def dict_popitem_order(d):
    out = []
    e = dict(d)
    e["c"] = 3
    del e["a"]
    e["a"] = 0
    while True:
        try:
            out.append(e.popitem())
        except KeyError as ex:
            out.append(str(ex))
            out.append(repr(ex))
            break
    return out

@cases(({"a": 1, "b": None},),)
def dict_defaults(d):
    return [d.get("b", 5), d.get("x"), d.get("x", [1]), d.setdefault("b", 3), d.setdefault("c"), d.setdefault("e", []),
            d.pop("a"), d.pop("x", None), _t(lambda: d.pop("x")), _t(lambda: d.pop([1])), _t(lambda: d.pop([1], 5)),
            _t(lambda: d.get([1])), _t(lambda: d.get([1], 3)), _t(lambda: d.setdefault([1], 3)), d]

@cases(({"a": 1},),)
def keyerror_messages(d):
    out = []
    for k in ["x", 1, 1.5, None, True, False, "it's", 'q"', "", -0.0, 0.1, "é\n"]:
        try:
            d[k]
        except KeyError as e:
            out.append([str(e), repr(e), e.args[0] if not isinstance(e.args[0], float) else "f"])
    try:
        del d["zz"]
    except KeyError as e:
        out.append(str(e))
    return out

@cases(({"1": "s"},), ({},))
def true_one_keys(d):
    e = dict(d)
    e[1] = "int"
    e[True] = "bool"
    e[1.0] = "float"
    f = {True: "t"}
    f[1] = "one"
    g = {0: "z", False: "f", 0.0: "ff"}
    return [_t(lambda: repr(e)), repr(f), repr(g), e.get(True), _t(lambda: e[1.0]), True in e, 1.0 in e, list(e.keys()),
            repr(list(f.keys())), repr(list(g))]

@cases(({"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4, "": 5, "valueOf": 6},))
def proto_keys(d):
    e = {}
    for k in ["__proto__", "constructor", "toString", "hasOwnProperty", "", "valueOf", "__defineGetter__", "prototype"]:
        e[k] = k in d
    e["__proto__"] = {"x": 1}
    f = dict(d)
    f["__proto__"] = [1]
    return [d, e, f, list(d), len(d), d.get("__proto__"), d.get("toString"), "isPrototypeOf" in d, sorted(d),
            {k: len(k) for k in d}, dict.fromkeys(d, 0), repr(d)]

@cases((["__proto__", "constructor"],),)
def proto_keys_list(ks):
    d = dict.fromkeys(ks)
    d2 = dict(zip(ks, [1, 2]))
    d3 = {ks[0]: {ks[1]: 3}}
    return [d, d2, d3, d3[ks[0]][ks[1]]]

@cases((["a", "b"],),)
def fromkeys_shared(ks):
    d = dict.fromkeys(ks, [])
    d["a"].append(1)
    e = dict.fromkeys("xyz")
    f = dict.fromkeys([1, True, 1.0, 2], 0)
    return [d, e, repr(f), d["a"] is d["b"], _t(lambda: dict.fromkeys([[1]])), _t(lambda: dict.fromkeys(5))]

@cases(([1, 2, 3], ["a", "b"]),)
def dict_zip(a, b):
    return [dict(zip(b, a)), dict(zip(a, b)), dict(enumerate(b)), dict([("x", 1), ["y", 2]]), dict(a=1, b=2),
            dict({"k": 1}, k=2), dict([("k", 1), ("k", 2)]), list(dict(zip(a, b)).items())]


@cases(({"a": 1, "b": 2},),)
def items_tuple_eq(d):
    return [list(d.items())[0] == ("a", 1), list(d.items()) == [("a", 1), ("b", 2)]]


@cases(({"a": 1, "b": 2},),)
def view_loop_mutation(d):
    try:
        for k in d.keys():
            d[k + "x"] = 1
    except RuntimeError as e:
        return str(e)
    return d

@cases(({"a": 1, "b": 2},),)
def view_loop_mutation_items(d):
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as e:
        return str(e)
    return d

@cases(({"a": 1, "b": 2},),)
def view_loop_mutation_values(d):
    try:
        for v in d.values():
            d["z" + str(v)] = v
    except RuntimeError as e:
        return str(e)
    return d


@cases(([1, 2, 3], [2, 3, 4]),)
def set_ops_full(a, b):
    s, t = set(a), set(b)
    return [sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= t, s < t, s >= t, s > t, s <= s, s < s,
            s == set(a), s != t, _t(lambda: s | a), _t(lambda: s & a), _t(lambda: s - a), _t(lambda: s ^ a),
            _t(lambda: s <= a), _t(lambda: s < a), sorted(s.union(a)), sorted(s.intersection(b, [3])), sorted(s.difference("ab")),
            sorted(s.symmetric_difference(b)), s.issubset(b), s.issuperset([1]), s.isdisjoint([9]), _t(lambda: s.union(5)),
            _t(lambda: s.issubset(5)), _t(lambda: [1] in s), _t(lambda: {1} in s), _t(lambda: s.add([1])), _t(lambda: s.remove(99)),
            _t(lambda: s.discard([1])), len(s), bool(set()), _t(lambda: s.symmetric_difference(1)), _t(lambda: s == a), s == {2, True, 3},
            _t(lambda: {1, 2} < [1, 2, 3]), _t(lambda: s.remove([1])), _t(lambda: s.update(5)), sorted({1, 2} | {True, 2.5})]

@cases(([1, 2], (1, 2)),)
def seq_compare(a, b):
    t = tuple(b)
    return [_t(lambda: a < t), _t(lambda: t < a), a == t, _t(lambda: {"a": 1} < {"a": 2}), _t(lambda: {1} < [1]),
            _t(lambda: [1] < [None]), [1, 2] < [1, 2, 0], (1, 2) < (1, 3), (1,) + (2,), t * 2, _t(lambda: t + [1]),
            _t(lambda: a + t), _t(lambda: t[0:1] + "a"), _t(lambda: [] < ()), _t(lambda: None < None), _t(lambda: [1, "a"] < [1, 2]),
            [1, "a"] < [2, 1], _t(lambda: a <= {}), _t(lambda: max([1, 2], (1, 3))), _t(lambda: min([[1], (1,)])),
            _t(lambda: sorted([[1], [1, 2], []])), [] == (), len(()), bool(()), tuple("ab"), tuple({"x": 1}), list("héllo"),
            _t(lambda: "".join([1, 2])), _t(lambda: "-".join(["a", None])), _t(lambda: ",".join("abc")), _t(lambda: "".join([["a"]])),
            sum([[1], [2]], []), _t(lambda: sum(["a", "b"], "")), _t(lambda: sum([[1]])), sum([(1,), (2,)], ()),
            min({"b": 1, "a": 2}), max({"b": 1, "a": 2}), list(enumerate("ab")), list(reversed("abc")), sorted("bca"),
            list(zip("ab", {"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2})), _t(lambda: list(reversed({1, 2})))]

@cases(([1, [2, 3]],),)
def tuple_unpack_errors(a):
    def f1():
        x, y, z = a
    def f2():
        (x,) = a
    def f3():
        x, (y, z, w) = a
    def f4():
        x, *y, z, w = a
    def f5():
        x, y = 5
    def f6():
        t = (1, 2)
        t += (3,)
        return t
    def f7():
        t = ([1], 2)
        t[0] += [2]
    def f8():
        t = (1, [2])
        t[1].append(3)
        return t
    return [_t(f1), _t(f2), _t(f3), _t(f4), _t(f5), _t(f6), _t(f7), _t(f8)]

@cases(([1, 2],),)
def returns_tuple_nested(a):
    return (a, (1, (2, 3)), {"k": (a, a)}, [()])

@cases(([1, 2],),)
def returns_set(a):
    return {"s": set(a)}

@cases(([1, 2],),)
def returns_nan(a):
    return [float("nan"), float("inf")]


@cases(([1, 2],),)
def returns_int_keys(a):
    return {1: a, 2.5: 3, None: 4, True: 5}

@cases(([1, 2],),)
def returns_keys_mixed(a):
    return {1: "int", "1": "str"}

@cases(([1, 2],),)
def returns_nested_same(a):
    d = {"x": a}
    return [d, d, a]


