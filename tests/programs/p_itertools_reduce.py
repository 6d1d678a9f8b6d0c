"""functools.reduce: with and without initial, CPython's TypeErrors, the items pulled one at a time."""
import functools
from functools import reduce

from difftest import cases


@cases(([1, 2, 3],), ([],), ([5],), (["a", "b"],), ([1.5, 2],), (None,), ([[1], [2, 3]],), ([1, "a"],), ("abc",),
       ({"x": 1, "y": 2},))
def reduce_basic(xs):
    out = []
    for f in (lambda: reduce(lambda a, b: a + b, xs),
              lambda: reduce(lambda a, b: a + b, xs, 0),
              lambda: functools.reduce(lambda acc, x: acc + [x], xs, []),
              lambda: reduce(max, xs),
              lambda: reduce(min, xs, 100),
              lambda: reduce(lambda a, b: b, xs, None)):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 2, 3, 4],), ([0, 1],), ([],), ([2],))
def reduce_order(xs):
    log = []

    def gen_item(x):
        log.append(["item", x])
        return x

    def add(a, b):
        log.append(["add", a, b])
        if b == 0:
            raise ValueError("zero")
        return a * 10 + b

    try:
        r = reduce(add, (gen_item(x) for x in xs))
    except (ValueError, TypeError) as e:
        r = [type(e).__name__, str(e)]
    try:
        r2 = reduce(add, map(gen_item, reversed(xs)), 7)
    except (ValueError, TypeError) as e:
        r2 = [type(e).__name__, str(e)]
    return [r, r2, log]


@cases(([1, 2],), ([],), ([3],))
def reduce_errors(xs):
    out = []
    for f in (lambda: reduce(5, xs), lambda: reduce(None, xs, 1), lambda: reduce(lambda a: a, xs),
              lambda: reduce(lambda a, b, c: a, xs, 0), lambda: reduce(lambda a, b: a + b, 5),
              lambda: reduce(lambda a, b: a + b, None, 1)):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    return out


@cases(([{"n": 1}, {"n": 2}],), ([],))
def reduce_dicts(rows):
    def merge(acc, row):
        acc[row["n"]] = row
        return acc
    total = reduce(lambda a, r: a + r["n"], rows, 0)
    return [total, reduce(merge, rows, {})]


@cases(([1, 2],), ([],))
def reduce_list_copy(xs):
    base = [0]
    copy = list(reduce(lambda a, b: a, xs, base))
    copy.append(9)
    chained = list(itertools_chain_of(xs))
    chained.append(1)
    return [base, copy, xs, chained]


def itertools_chain_of(xs):
    return [x for x in xs]
