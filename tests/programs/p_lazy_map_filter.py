"""for loops and comprehensions over map() and filter() call the function once per item, between the loop
bodies, as CPython's lazy iterators do (they used to build the whole list first)."""
from difftest import cases


# (was a strict xfail) a map() consumed by a for loop calls the function once per iteration, interleaved with
# the body: log ['f1', 'body1', 'f2', 'body2'] (the whole map used to be built first)
@cases(([1, 2],),)
def map_lazy_in_for(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return x
    for v in map(f, xs):
        log.append("body%d" % v)
    return log


# (was a strict xfail) an exception part way: the bodies of the earlier items ran, out == [10, 5, 'zde']
@cases(([1, 2, 0],),)
def map_exception_midway_in_for(xs):
    out = []
    try:
        for v in map(lambda x: 10 // x, xs):
            out.append(v)
    except ZeroDivisionError:
        out.append("zde")
    return out


@cases(([1, 2, 0],), ([],))
# map/filter loops and comprehensions: not-callable and arity errors at the first item, filter(None), a
# list grown inside the loop (iterated live, as CPython's list iterator)
def lazy_loops(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return 10 // x
    out = []
    try:
        for v in map(f, xs):
            log.append("body%d" % v)
    except ZeroDivisionError:
        out.append("zde")
    for v in filter(None, xs):
        out.append(v)
    for v in filter(lambda x: x > 1, xs):
        out.append(v * 10)
    for a in map(lambda p, q: p + q, xs, [10, 20]):
        out.append(a)
    out.append([w for w in map(str, xs)])
    out.append([w for w in filter(lambda x: log.append("p%d" % x) or x, xs)])
    g = None
    try:
        for v in map(g, xs):
            out.append(v)
    except TypeError as e:
        out.append(str(e))
    h = None
    for v in filter(h, xs):
        out.append(v)
    k = 5
    try:
        for v in filter(k, xs):
            out.append(v)
    except TypeError as e:
        out.append(str(e))
    def two(a, b):
        return a
    try:
        for v in map(two, xs):
            out.append(v)
    except TypeError as e:
        out.append(str(e))
    return [out, log]

@cases(([1, 2],),)
def grows_in_loop(xs):
    out = []
    for v in map(lambda x: x * 2, xs):
        if len(xs) < 5:
            xs.append(v)
        out.append(v)
    return [out, xs]
