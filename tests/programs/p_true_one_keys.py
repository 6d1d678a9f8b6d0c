"""True == 1 and False == 0 hash alike: one dict key / set element, the first one stored is kept."""
from difftest import cases


@cases((1, True), (0, False), (True, 1), (1.0, True))
def dict_twins(a, b):
    d = {a: "first"}
    d[b] = "second"
    e = {b: 1, a: 2, "k": 3}
    f = {k: v for k, v in [(a, "x"), (b, "y")]}
    g = dict([(a, 1), (b, 2)])
    g.update({b: 3})
    h = dict.fromkeys([a, b])
    out = [d, len(d), d[b], d.get(a), b in d, e, f, g, h, list(d), str(d)]
    d.setdefault(b, "z")
    out.append(d.pop(b))
    out.append(d)
    m = {a: 1}
    m |= {b: 2}
    out.append(m)
    out.append({a: 1} == {b: 1})
    del e[b]
    out.append(e)
    return out


@cases((1, True), (0, False), (True, 1))
def set_twins(a, b):
    s = {a, b}
    t = set([b, a, 2])
    u = {x for x in [a, b, a]}
    out = [sorted(s), len(t), len(u), b in s, {a} == {b}, {a} <= {b}, {a} | {b}, {a} & {b}, {a} - {b}, {a} ^ {b}]
    s.add(b)
    s.discard(b)
    out.append(len(s))
    v = {a, 3}
    v.update([b])
    out.append(len(v))
    out.append(v.isdisjoint([b]))
    out.append(v.issuperset([b]))
    out.append(len(v.union([b], [a])))
    out.append(len(v.intersection([b])))
    out.append(len(v.difference([b])))
    out.append(len(v.symmetric_difference([b])))
    return out
