"""Divergences found in the adversarial review of functions and control flow (tests/programs/p_review_functions.py),
minimized, not fixed yet.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs them as
strict xfails, so a fix makes that test fail until the function moves to a p_*.py file.
"""
from difftest import cases


# BUG (laziness): zip() of a generator expression and a map() pulls one item of each in turn in CPython
# (f1 g1 f2 g2); py2cs builds each list whole first (f1 f2 g1 g2). Only the order of side effects differs.
@cases(([1, 2],),)
def zip_of_lazy_iterables_interleaves(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return x
    return [list(zip((f(x) for x in xs), map(lambda v: log.append("g%d" % v) or v, xs))), log]
