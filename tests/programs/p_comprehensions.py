from difftest import cases


@cases(([1, 2, 3, 4],), ([],), ([-1, 0],))
def list_comp(xs):
    return [[x * x for x in xs], [x for x in xs if x % 2 == 0], [x if x > 0 else -x for x in xs]]


@cases(([[1, 2], [3], []],), ([],))
def nested_comp(m):
    return [[y for x in m for y in x], [[y * 2 for y in x] for x in m], [(i, y) for i, x in enumerate(m) for y in x if y > 1]]


@cases((["a", "bb", "a"],), ([],))
def dict_comp(ws):
    return [{w: len(w) for w in ws}, {i: w for i, w in enumerate(ws) if i % 2 == 0}, {k: v for k, v in zip(ws, range(3))}]


@cases(([1, 2, 3],), ([],))
def gen_exprs(xs):
    return [sum(x * 2 for x in xs), any(x > 2 for x in xs), all(x > 0 for x in xs), max((x for x in xs), default=-1), list(x + 1 for x in xs), tuple(x for x in xs)]


@cases(([1, 2, 3],),)
def comp_scope(xs):
    x = "outer"
    ys = [x for x in xs]
    return [x, ys]


@cases((3,), (0,))
def comp_range(n):
    return [[i * j for j in range(n)] for i in range(n)]


@cases((["3", "x", "5", ""],),)
def comp_walrus(ss):
    return [y for s in ss if (y := len(s)) > 0]


@cases(([1, 2, 3, 4, 5, 6],),)
def comp_multi_if(xs):
    return [x for x in xs if x > 1 if x % 2 == 0]


@cases(({"a": 1, "b": -2},), ({},))
def comp_over_items(d):
    return {k.upper(): abs(v) for k, v in d.items() if v}


@cases(("hello",), ("",), ("😀é",))
def comp_over_str(s):
    return [c * 2 for c in s]


@cases(([1, 2, 3],),)
def comp_closure_capture(xs):
    def make(x):
        return lambda y: x + y
    fs = [make(x) for x in xs]
    late = [lambda: x for x in xs]
    return [f(10) for f in fs] + [g() for g in late]


@cases(([3, 1, 2],),)
def gen_sorted(xs):
    return sorted((x * -1 for x in xs), reverse=True)


@cases(([1, 2, 3],), ([0],))
def any_short_circuit(xs):
    seen = []

    def check(x):
        seen.append(x)
        return x >= 2
    r = any(check(x) for x in xs)
    return [r, seen]


@cases(([[1, 2], [3, 4]],),)
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
