"""Review 3: == / != / is / is not where one operand is typed None (a method that returns None, a function without a return): the other is compared with null, and the None-typed operand is still evaluated, in Python's order (xs.append(0) == 2 appends; the JS dropped the call)."""
from difftest import cases


@cases(([1, 2, 3],),)
def n1(xs):
    a = xs.append(0) == 2
    b = xs.append(1) is None
    c = xs.append(2) != None
    d = xs.sort() == None
    e = print("x") is None
    return [a, b, c, d, e, xs]


@cases(([1, 2, 3],),)
def n2(xs):
    d = {}
    r = [d.update(a=1) == None, d.clear() is not None, xs.reverse() == 0, xs.insert(0, 9) == "x"]
    return r, xs, d


@cases(([1, 2, 3],),)
def n3(xs):
    def g():
        xs.append(7)
    return g() is None, g() == None, xs


@cases(([1, 2, 3],), (None,))
def n4(xs):
    log = []
    def g(v):
        log.append(v)
    r = [xs == g(1), g(2) != xs, None is g(3), g(4) is not None, (xs or [0])[0] == g(5), len(log) == g(6), g(7) == g(8), [g(9)] == [None], (g(10), 1) == (None, 1)]
    return r, log


@cases(([1, 2, 3],),)
def n5(xs):
    x = 5
    r = x is (x := None)
    r2 = x == print("p")
    return r, r2, x
