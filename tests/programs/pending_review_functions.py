"""Divergences found in the adversarial review of functions and control flow (tests/programs/p_review_functions.py),
minimized, not fixed yet.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs them as
strict xfails, so a fix makes that test fail until the function moves to a p_*.py file.
"""
from difftest import cases


# BUG (laziness): a map() consumed by a for loop is built whole before the loop runs (py_map is eager). CPython
# calls the function once per iteration, interleaved with the body: log ['f1', 'body1', 'f2', 'body2']; JS
# ['f1', 'f2', 'body1', 'body2']. Fix: lower `for v in map(f, xs)` as a loop over xs calling f per item (as
# for-enumerate/zip are lowered), or refuse map() with a function of unknown effects there.
@cases(([1, 2],),)
def map_lazy_in_for(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return x
    for v in map(f, xs):
        log.append("body%d" % v)
    return log


# BUG (laziness, more plausible): the same with an exception part way (`for v in map(float, values)` in a try):
# CPython has run the body for the items before the failing one, out == [10, 5, 'zde']; JS raised before the
# first iteration, out == ['zde'].
@cases(([1, 2, 0],),)
def map_exception_midway_in_for(xs):
    out = []
    try:
        for v in map(lambda x: 10 // x, xs):
            out.append(v)
    except ZeroDivisionError:
        out.append("zde")
    return out


# BUG (laziness): zip() of a generator expression and a map() pulls one item of each in turn in CPython
# (f1 g1 f2 g2); py2cs builds each list whole first (f1 f2 g1 g2). Only the order of side effects differs.
@cases(([1, 2],),)
def zip_of_lazy_iterables_interleaves(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return x
    return [list(zip((f(x) for x in xs), map(lambda v: log.append("g%d" % v) or v, xs))), log]
