"""Loops over CPython's lazy iterators compute one item at a time, between the loop bodies: for loops and
comprehensions over map(), filter() and generator expressions, enumerate()/zip() of them, any()/all() of map() and
filter() (they used to build the whole list first: side effects, and failures part way, came too early)."""
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


# generator expressions as loop iterables, enumerate/zip of lazy sources, any/all of map
@cases(([1, 2, 0],),)
def genexp_in_for(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return 10 // x
    try:
        for v in (f(x) for x in xs):
            log.append("body%d" % v)
    except ZeroDivisionError:
        log.append("zde")
    return log

@cases(([1, 2, 0],),)
def genexp_in_comprehension(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return x
    out = [log.append("g%d" % v) or v for v in (f(x) for x in xs)]
    return [out, log]

@cases(([1, 2, 0],),)
def genexp_in_sum_with_effects(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return 10 // x
    try:
        return sum(f(x) for x in xs)
    except ZeroDivisionError:
        return log

@cases(([1, 2, 3],),)
def enumerate_zip_of_map(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return x
    for i, v in enumerate(map(f, xs)):
        log.append("b%d" % i)
    for a, b in zip(map(f, xs), xs):
        log.append("z%d" % a)
    return log

@cases(([1, 2, 3],),)
def any_short_circuit(xs):
    log = []
    def f(x):
        log.append(x)
        return x > 1
    return [any(f(x) for x in xs), any(map(f, xs)), all(f(x) for x in xs), log]


# a dict changed by the loop body under a generator, late binding, break, nesting, creation order
@cases(({"a": 1, "b": 2},),)
def genexp_dict_mutated_by_body(d):
    out = []
    try:
        for k in (k2 for k2 in d):
            d[k + "x"] = 1
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out

@cases(([1, 2, 3, 4],),)
def genexp_late_binding_and_break(xs):
    n = 1
    log = []
    out = []
    for v in (x * n for x in xs if log.append(x) is None):
        n += 1
        out.append(v)
        if v > 5:
            break
    return [out, log]

@cases(([[1, 2], [3]],),)
def nested_genexps(rows):
    out = []
    for v in (a + b for r in rows for a in r for b in (x * 10 for x in r)):
        out.append(v)
    for i, (a, b) in enumerate(zip((x for x in rows[0]), map(str, rows[0])), 1):
        out.append([i, a, b])
    for t in zip((x for x in rows[0]), rows[0]):
        out.append(t)
    for t in enumerate(x for x in rows[0]):
        out.append(t)
    return out

@cases(([1, 2, 0, 4],),)
def zip_lazy_raises_midway(xs):
    out = []
    try:
        for a, b in zip(xs, (10 // x for x in xs)):
            out.append(a + b)
    except ZeroDivisionError:
        out.append("zde")
    try:
        for i, v in enumerate(map(lambda x: 10 // x, xs), start=100):
            out.append([i, v])
    except ZeroDivisionError:
        out.append("zde2")
    return out

@cases(([1, 2],), ([],))
def list_grows_under_genexp(xs):
    out = []
    for v in (x for x in xs):
        if len(xs) < 4:
            xs.append(v + 10)
        out.append(v)
    return out

@cases(([1, 2],),)
def zip_two_genexps_creation_order(xs):
    log = []
    def src(name):
        log.append("iter " + name)
        return xs
    def item(name, x):
        log.append(name + str(x))
        return x
    out = []
    for a, b in zip((item("a", x) for x in src("A")), (item("b", y) for y in src("B"))):
        out.append(a + b)
    return [out, log]


# map()/filter() over a dict that the loop body changes: RuntimeError at the next item, as CPython's
@cases(({"a": 1, "b": 2},),)
def map_over_dict_mutated_by_body(d):
    out = []
    try:
        for i, k in enumerate(map(str.upper, d)):
            d[k] = i
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        for k, v in zip(filter(None, d), d):
            d[k + "!"] = 0
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out, any(map(lambda k: k == "b", d))


# list.extend / set.update / dict.update of a generator, map() or filter(): the items are added as they are produced,
# so a failure part way keeps the earlier ones (they were all computed first: a = [9] after the error, CPython
# [9, 10, 5]); dict.update names the element index of a bad item
@cases(([1, 2, 0, 5],), ([],), ([3],))
def extend_update_lazy(xs):
    a = [9]
    try:
        a.extend(10 // x for x in xs)
    except ZeroDivisionError:
        a.append("zde")
    s = {100}
    try:
        s.update(map(lambda x: 10 // x, xs))
    except ZeroDivisionError:
        pass
    d = {"z": 0}
    try:
        d.update((str(x), 10 // x) for x in xs)
    except ZeroDivisionError:
        pass
    e = {}
    try:
        e.update([k, k] if k != 2 else [k] for k in xs)
    except ValueError as err:
        e["err"] = str(err)
    b = [0]
    b.extend(filter(None, xs))
    return [a, sorted(s), d, e, b]


# x in (generator) / map() / filter(): the search stops at the first equal item, as CPython's (was refused)
@cases(([1, 2, 0, 5],), ([],), ([5, 0],))
def in_lazy(xs):
    log = []

    def f(x):
        log.append(x)
        return 10 // x
    out = []
    for target in (5, 10, 99):
        try:
            out.append(target in (f(x) for x in xs))
        except ZeroDivisionError:
            out.append("zde")
    out.append(2 not in map(lambda x: x * 2, xs))
    out.append([1] in ([x] for x in xs))
    out.append(0 in filter(lambda x: x >= 0, xs))
    return [out, log]


# (was a strict xfail) zip() of a generator expression and a map(), consumed by list(): one item of each in turn
# (f1 g1 f2 g2), as CPython's zip pulls them (each list used to be built whole first: f1 f2 g1 g2)
@cases(([1, 2],),)
def zip_of_lazy_iterables_interleaves(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return x
    return [list(zip((f(x) for x in xs), map(lambda v: log.append("g%d" % v) or v, xs))), log]


# zip() of lazy sources consumed by other builtins: one item of each in turn; a source failing part way
@cases(([1, 2, 0],), ([],))
def zip_lazy_consumers(xs):
    log = []

    def f(x):
        log.append("f%d" % x)
        return 10 // x
    out = []
    try:
        out.append(dict(zip(map(str, xs), (f(x) for x in xs))))
    except ZeroDivisionError:
        out.append("zde")
    out.append(sorted(zip(xs, filter(None, xs))))
    out.append(log)
    return out



# a dict that a lazy zip loop reads by index, changed by the loop body: RuntimeError at the next step (the lazy
# for loop skipped the dict guard the other loops have)
@cases(({"a": 1, "b": 2},),)
def lazy_zip_dict_mutated(d):
    out = []
    try:
        for k, x in zip(d, (v for v in [1, 2, 3])):
            d[k + "!"] = x
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        for i, k in enumerate(x for x in d):
            d[k + "?"] = i
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        out.append([k for k, _ in zip(d, map(str, [1, 2, 3, 4, 5, 6, 7, 8])) if d.setdefault(k + "#", 0) is None])
    except RuntimeError as e:
        out.append(str(e))
    return out



# a generator whose first iterable is itself a generator or map() (also a comprehension whose first iterable
# shadows its variable): the inner one is pulled one item per step (it was computed whole first: f0 raised
# before any body ran)
@cases(([1, 2, 0],),)
def nested_gen_first_iterable(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return 10 // x
    try:
        for v in (u + 1 for u in (f(x) for x in xs)):
            log.append("b%d" % v)
    except ZeroDivisionError:
        log.append("zde")
    try:
        for v in (u for u in map(f, xs)):
            log.append("c%d" % v)
    except ZeroDivisionError:
        log.append("zde")
    return log

@cases(([1, 2, 0],),)
def shadowed_lazy_first_iterable(xs):
    log = []
    def f(x):
        log.append("f%d" % x)
        return 10 // x
    try:
        out = [log.append("e%d" % x) or x for x in (f(x) for x in xs)]
    except ZeroDivisionError:
        out = "zde"
    return [out, log, sum(v for v in map(lambda q: q * 2, (y for y in xs)))]
