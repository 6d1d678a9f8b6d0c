"""Review 3: the order in which a consumer's arguments and a generator's items are evaluated: sorted(gen, key=make_key()) evaluates key= and reverse= before it pulls the generator's items, as CPython does (the JS computed the items first)."""
from difftest import cases


@cases(([1, 2],),)
def q1(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    def mk(tag):
        log.append(tag)
        return lambda v: -v
    r = [sorted((g(x) for x in xs), key=mk("k1")), max((g(x) for x in xs), key=mk("k2")), min((g(x) for x in xs), key=mk("k3"), default=log.append("d3")), sum((g(x) for x in xs), log.append("s") or 0)]
    return r, log


@cases(([1, 2],),)
def q2(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [list(zip((g(x) for x in xs), g([7, 8]))), list(enumerate((g(x) for x in xs), g(5))), dict.fromkeys((g(x) for x in xs), g("v")), sorted(map(g, xs), key=g(lambda v: v)), sorted((g(x) for x in xs), reverse=g(True))]
    return r, log


@cases(([1, 2],),)
def q3(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [list(map(g(lambda a, b: a + b), (g(x) for x in xs), g([10, 20]))), list(filter(g(None), (g(x) for x in xs))), "".join(str(g(x)) for x in xs), tuple((g(x) for x in xs)), sorted(filter(None, (g(x) for x in xs)), key=g(lambda v: v))]
    return r, log


@cases(([1, 2],),)
def q4(xs):
    log = []
    def g(x):
        log.append(x)
        return x
    r = [max(g(1), g(2), key=g(lambda v: v)), min([g(x) for x in xs], key=g(lambda v: v)), sorted([g(x) for x in xs], key=g(lambda v: v)), sum([g(x) for x in xs], g(0))]
    return r, log


@cases(([3, 1, 2],),)
def q6(xs):
    log = []
    def mk(t):
        log.append(t)
        return lambda v: -v
    def bad():
        raise KeyError("k")
    out = [sorted((x for x in xs), key=mk("a"), reverse=log.append("r") or False), sorted((x for x in xs), key=lambda v: v, reverse=len(log) > 100)]
    out.append([sorted((x * y for x in xs), key=mk(y)) for y in range(2)])
    g = lambda z: sorted((x + z for x in xs), key=mk(z))
    out.append(g(10))
    try:
        sorted((1 / (x - x) for x in xs), key=bad())
    except (KeyError, ZeroDivisionError) as e:
        out.append(type(e).__name__)
    try:
        sorted((x for x in xs), key=mk("t"), reverse="yes")
    except TypeError as e:
        out.append(str(e))
    return out, log

# PEP 479 through generators whose first iterable is made when the generator is (py_itx) and sorted()'s temporaries


@cases(({'a': 1, 'b': 2},), (None,))
def pep479_consumers(d):
    def h(x):
        raise StopIteration("s")
    out = []
    for k in range(4):
        try:
            if k == 0:
                out.append(next((h(x) for x in d), 0))
            elif k == 1:
                out.append(sum((h(x) for x in d), 0))
            elif k == 2:
                out.append(max((h(x) for x in d), default=0))
            else:
                out.append(sorted((h(x) for x in d), key=(lambda v: v) if d is None else (lambda v: -v)))
        except (RuntimeError, TypeError, StopIteration) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(({'a': 1, 'b': 2},),)
def dict_generators_consumers(d):
    return next((k for k in d if d[k] > 1), None), sum((v for v in d.values()), 0), max((k for k in d), key=lambda k: d[k], default=None), sorted((k for k in d), key=lambda k: -d[k]), next((k for k, v in d.items() if v == 1), "none")
