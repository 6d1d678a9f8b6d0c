"""itertools.starmap, takewhile, dropwhile, filterfalse, compress, repeat, count, cycle."""
import itertools
from itertools import compress, count, cycle, dropwhile, filterfalse, islice, repeat, starmap, takewhile

from difftest import cases


@cases(([[1, 2], [3, 4]],), ([],), ([[1], [2]],), ([[1, 2, 3]],), ([5],), (["ab"],), (None,))
def starmap_basic(pairs):
    out = []
    for f in (lambda: list(starmap(lambda a, b: a + b, pairs)), lambda: list(starmap(max, pairs)),
              lambda: list(starmap(lambda *a: len(a), pairs)), lambda: list(starmap(5, pairs)),
              lambda: [x for x in itertools.starmap(lambda a, b=0: [a, b], pairs)]):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 4, 6, 4, 1],), ([],), ([9, 1],), ([1, "a", 2],), (None,))
def while_and_filterfalse(xs):
    log = []

    def small(x):
        log.append(["test", x])
        return x < 5

    out = []
    for f in (lambda: list(takewhile(small, xs)), lambda: list(dropwhile(small, xs)),
              lambda: list(filterfalse(small, xs)), lambda: list(filterfalse(None, xs)),
              lambda: list(takewhile(lambda x: x, xs)), lambda: list(takewhile(None, xs)),
              lambda: [x for x in dropwhile(lambda x: x < 5, xs)]):
        try:
            out.append(f())
        except TypeError as e:
            out.append(["TypeError", str(e)])
    try:
        for x in takewhile(small, xs):
            log.append(["body", x])
        for x in dropwhile(small, xs):
            log.append(["body2", x])
    except TypeError as e:
        log.append(str(e))
    return [out, log]


@cases(([1, 2, 3, 4], [1, 0, 1]), ("abc", [True, False, True, True]), ([], [1]), ([1], None), ([0, 0], [0, "x"]))
def compress_basic(data, sels):
    try:
        return [list(compress(data, sels)), list(compress(data=data, selectors=sels))]
    except TypeError as e:
        return str(e)


@cases(("x", 3), ([1], 2), (None, 0), (1, -2), (1, "a"), (1, 1.0), (0, True))
def repeat_basic(v, n):
    try:
        out = [list(repeat(v, n)), list(repeat(v, times=n)), list(zip("abc", repeat(v)))]
        lists = list(repeat([], 2)) if n == 3 else [[], []]
        lists[0].append(1)
        out.append(lists)
        out.append(list(map(lambda a, b: [a, b], "xy", repeat(v))))
        return out
    except TypeError as e:
        return str(e)


@cases((0, 1), (1.5, 0.5), (1, 0.5), (True, 1), (True, 0.5), (2, True), (False, False), (10, -3), ("a", 1), (None, 1),
       (1, None))
def count_basic(start, step):
    try:
        out = [list(zip("abcd", count(start, step))), list(islice(count(start), 3)),
               list(zip(count(), "xy")), list(islice(itertools.count(step=step, start=start), 2, 4))]
        for i in count(start, step):
            if i > 11 or len(out) > 8:
                break
            out.append(i)
        return out
    except TypeError as e:
        return str(e)


@cases(([1, 2, 3],), ([],), ("ab",), (None,))
def cycle_basic(xs):
    log = []
    try:
        out = [list(islice(cycle(xs), 7)), list(zip(range(4), cycle(xs)))]
        for i, x in enumerate(cycle(log.append(v) or v for v in xs)):
            if i >= 5:
                break
            log.append(x)
        out.append(log)
        return out
    except TypeError as e:
        return str(e)


@cases(([1, 2, 3],), ([],))
def stop_iteration_ends(xs):
    def f(a, b):
        if b == 2:
            raise StopIteration
        return a + b

    out = [list(itertools.accumulate(xs, f)), list(starmap(lambda a: f(0, a), [[x] for x in xs]))]
    out.append(list(takewhile(lambda x: f(0, x) > 0, xs)))
    out.append([list(g) for _, g in itertools.groupby(xs, key=lambda x: f(0, x))])
    return out


@cases(([1, 2, 3], [4, 5, 6]), ([], [1]))
def starmap_zip_live(a, b):
    out = []
    for s in itertools.starmap(lambda x, y: x + y, zip(a, b)):
        if len(a) < 5:
            a.append(s)
            b.append(s)
        out.append(s)
    out.append(list(itertools.starmap(lambda x, y: [x, y], zip(a, "xyz"))))
    return out


@cases(({"a": 1, "b": 1, "c": 2}, ["a", "b", "c", "a"]), ({}, []), ({"a": 0}, ["a", "z"]))
def bound_method_functions(d, keys):
    out = [[k, list(g)] for k, g in itertools.groupby(keys, key=d.get)]
    out.append(list(itertools.takewhile(d.get, keys)))
    out.append(list(itertools.accumulate(keys, "{}-{}".format)))
    return out


@cases((["a", "b"],), ([],), (["x"],))
def unbound_method_two_arguments(xs):
    out = [list(itertools.filterfalse(str.isupper, xs)), [k for k, _ in itertools.groupby(xs, str.upper)]]
    try:
        out.append(list(itertools.accumulate(xs, str.upper)))
    except TypeError as e:
        out.append("TypeError")
    return out


@cases(([1, 2, 3],))
def next_passes_stop_iteration_on(xs):
    def f(a, b=0):
        if a == 2 or b == 2:
            raise StopIteration("from f")
        return a + b

    out = []
    for k in range(4):
        try:
            if k == 0:
                out.append(next(itertools.islice(itertools.accumulate(xs, f), 1, None)))
            elif k == 1:
                out.append(next(starmap(f, [[2]])))
            elif k == 2:
                out.append(next(takewhile(lambda x: f(x) > 0, [2])))
            else:
                out.append(next(itertools.dropwhile(lambda x: f(x), [2])))
        except StopIteration as e:
            out.append(["stop", str(e)])
    return out


@cases(([1, 2, 3],))
def stop_iteration_through_wrappers(xs):
    """next() of an itertools iterator pulling from one whose function raised StopIteration: islice, accumulate,
    starmap, takewhile, filterfalse, compress, pairwise pass the exception on; chain, zip_longest, cycle end (the
    C code reads its sources with PyIter_Next, which clears it)."""
    def g(x):
        if x == 2:
            raise StopIteration("g")
        return x

    out = []
    for k in range(9):
        try:
            if k == 0:
                out.append(next(itertools.islice(map(g, xs), 1, None)))
            elif k == 1:
                out.append(next(itertools.accumulate(map(g, [2]))))
            elif k == 2:
                out.append(next(starmap(lambda a: a, map(lambda x: [g(x)], [2]))))
            elif k == 3:
                out.append(next(takewhile(bool, map(g, [2]))))
            elif k == 4:
                out.append(next(itertools.filterfalse(None, map(g, [2]))))
            elif k == 5:
                out.append(next(itertools.compress(map(g, [2]), [1])))
            elif k == 6:
                out.append(next(itertools.pairwise(map(g, [1, 2]))))
            elif k == 7:
                out.append(next(itertools.chain(map(g, [2]), [7])))
            else:
                out.append(next(itertools.zip_longest(map(g, [2]), [8])))
        except StopIteration as e:
            out.append(["stop", str(e)])
    return out
