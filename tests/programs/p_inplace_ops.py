"""Augmented assignments that change their target in place (aliases see it): set -= &= ^= |=, dict |= (also
through an item, d[k] op= v), and Counter arithmetic (+ - | & and unary, new Counters; += -= |= &= in place)."""
from collections import Counter

from difftest import cases


def _same(x):
    return x


@cases(([1, 2, 3], [2, 9]), ([], []), ([1, True, 0], [False, 1.5]))
def set_inplace(a, b):
    s = set(a)
    alias = s
    out = []
    for op in range(4):
        t = set(b)
        if op == 0:
            s -= t
        elif op == 1:
            s |= t
        elif op == 2:
            s ^= t
        else:
            s &= t
        out.append([[repr(e) for e in sorted(s, key=repr)], s is alias])
    u = _same(set(a))     # type unknown to py2cs: the run-time helpers
    v = u
    u -= set(b)
    u |= {7}
    u ^= {7, 8}
    u &= {8, 1}
    out.append([repr(e) for e in sorted(v, key=repr)])
    w = set(a)
    w ^= w
    x = set(a)
    x -= x
    y = set(a)
    y &= y
    out.append([len(w), len(x), len(y)])
    for bad in ([1], {"k": 1}, 5):
        try:
            z = set(a)
            z -= bad
            out.append("no error")
        except TypeError as e:
            out.append(str(e))
        try:
            z = set(a)
            z ^= bad
        except TypeError as e:
            out.append(str(e))
    return out


@cases(([1, 2, 3],), ([],))
def item_inplace(a):
    d = {"s": set(a), "m": {"x": 1}, "l": [1], "n": 5}
    s, m, lst = d["s"], d["m"], d["l"]
    d["s"] -= {1}
    d["s"] |= {7}
    d["s"] &= {2, 3, 7}
    d["s"] ^= {3, 4}
    d["m"] |= {"y": 2}
    d["l"] += [2]
    d["n"] -= 2
    d["n"] &= 6
    d["n"] ^= 1
    rows = [set(a), {"k": 1}]
    first = rows[0]
    rows[0] -= {2}
    rows[1] |= [("j", 2)]
    return [sorted(s), m, lst, d["n"], sorted(first), rows[1], d["s"] is s]


@cases(("aabbbc", "abd"), ("", "x"), ("aaa", ""))
def counter_arith(a, b):
    c, d = Counter(a), Counter(b)
    out = [dict(c + d), dict(c - d), dict(c | d), dict(c & d), dict(d - c), dict(+c), dict(-c)]
    neg = Counter({"x": -2, "y": 0, "z": 3})
    out += [dict(+neg), dict(-neg), dict(neg + Counter()), dict(Counter() - neg), dict(neg | neg), dict(neg & neg)]
    u, v = _same(c), _same(d)         # types unknown to py2cs: the run-time helpers
    out += [dict(u + v), dict(u - v), dict(u | v), dict(u & v), dict(-u), repr(u + v), repr(u - v)]
    alias = c
    c += d
    out.append([dict(alias), c is alias])
    c -= Counter(a)
    out.append(dict(alias))
    c |= Counter({"q": 2, "a": -1})
    out.append(dict(alias))
    c &= Counter({"q": 1, "b": 5})
    out.append([dict(alias), c is alias])
    w = _same(Counter(a))
    walias = w
    w += {"a": 1, "new": 2}
    w -= {"new": 5}
    out.append([dict(walias), w is walias])
    return out


@cases(("ab",))
def counter_mixed(a):
    c = Counter(a)
    out = [c | {"a": 5}, {"z": 1} | c, type(c | {"a": 5}).__name__]
    for op in range(7):
        try:
            if op == 0:
                out.append(c + {"a": 1})
            elif op == 1:
                out.append({"a": 1} - c)
            elif op == 2:
                out.append(c & {"a": 1})
            elif op == 3:
                x = Counter(a)
                x -= 1
                out.append(x)
            elif op == 4:
                x = Counter(a)
                x &= {"zz": 1}
                out.append(x)
            elif op == 5:
                x = Counter({"a": "s"})
                out.append(x + Counter({"a": "t"}))
            else:
                x = Counter({"a": 1})
                x += {"a": "t"}
                out.append(x)
        except (TypeError, AttributeError, KeyError) as e:
            out.append([type(e).__name__, str(e)])
    t = Counter([1, True, 2]) + Counter([True, 2.5])
    out.append(repr(t))
    return out


@cases(({"a": 2, "b": -1, "c": 0}, {"b": 3, "d": -2, "a": 2}))
def counter_from_dicts(a, b):
    c, d = Counter(a), Counter(b)
    out = [repr(c + d), repr(c - d), repr(c | d), repr(c & d), repr(+c), repr(-d)]
    for op in range(4):
        x = Counter(a)
        y = x
        if op == 0:
            x += d
        elif op == 1:
            x -= d
        elif op == 2:
            x |= d
        else:
            x &= d
        out.append(repr(y))
    return out


@cases(([True], [1]), ([1, 2], [True]), ([True, 2], [1, 5, 6]), ([0, 1.5], [False, 1.5, 2]))
def intersection_keeps_cpythons_elements(a, b):
    s, t = set(a), set(b)
    out = [repr(sorted(s & t, key=repr)), repr(sorted(t & s, key=repr)),
           repr(sorted(s.intersection(t), key=repr)), repr(sorted(s.intersection(b), key=repr)),
           repr(sorted(s.intersection(t, a), key=repr))]
    u = set(a)
    u &= t
    v = set(a)
    v.intersection_update(b)
    return out + [repr(sorted(u, key=repr)), repr(sorted(v, key=repr))]
