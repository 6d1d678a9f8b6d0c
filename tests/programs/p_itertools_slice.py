"""itertools.islice (CPython's argument checks, items pulled as CPython pulls them), accumulate, zip_longest, pairwise."""
from itertools import accumulate, islice, pairwise, zip_longest

from difftest import cases

_BAD = [-1, "a", 1.0, 1.5, None, True, 0, 2, -2, 100]


@cases(([0, 1, 2, 3, 4, 5, 6],), ("abcdef",), ([],), (None,), (5,))
def islice_args(xs):
    out = []
    for a in _BAD:
        for f in (lambda: list(islice(xs, a)), lambda: list(islice(xs, a, 4)), lambda: list(islice(xs, 1, a)),
                  lambda: list(islice(xs, 0, None, a)), lambda: list(islice(xs, a, None, 2))):
            try:
                out.append(f())
            except (ValueError, TypeError) as e:
                out.append([type(e).__name__, str(e)])
    return out


@cases(([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0, 5, 3), ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, 9, 4), ([0, 1, 2], 0, 10, 1),
       ([0, 1, 2, 3], 1, 2, 5), ([0, 1, 2, 3], 3, 3, 1), ([0, 1, 2, 3], 5, None, 1), ([0, 1, 2, 3, 4], None, None, 2))
def islice_pulls(xs, start, stop, step):
    log = []

    def pull(x):
        log.append(x)
        return x

    got = [("body", x) for x in islice((pull(x) for x in xs), start, stop, step)]
    got2 = list(islice(map(pull, xs), stop))
    got3 = sum(islice(map(pull, xs), start, stop))
    return [got, got2, got3, log]


@cases(([1, 2, 3],), ([],), (["a", "b"],), ([1.5, 2.5, 3],), ([[1], [2]],), ([1, "a", 2],), (None,))
def accumulate_basic(xs):
    out = []
    for f in (lambda: list(accumulate(xs)), lambda: list(accumulate(xs, initial=10)),
              lambda: list(accumulate(xs, max)), lambda: list(accumulate(xs, min, initial=2)),
              lambda: list(accumulate(xs, lambda a, b: [a, b])), lambda: list(accumulate(xs, None)),
              lambda: list(accumulate(xs, func=lambda a, b: b)), lambda: list(accumulate(xs, initial=None)),
              lambda: list(accumulate([], initial=xs)), lambda: list(accumulate(xs, lambda a: a)),
              lambda: list(accumulate(xs, 5))):
        try:
            out.append(f())
        except TypeError as e:
            out.append(["TypeError", str(e)])
    return out


@cases(([1, 2, 3, 0, 5],), ([0],), ([],))
def accumulate_order(xs):
    log = []

    def div(a, b):
        log.append(["div", a, b])
        return a / b

    try:
        for t in accumulate(xs, div, initial=100):
            log.append(["body", t])
    except ZeroDivisionError as e:
        log.append(["err", str(e)])
    return log


@cases(([1, 2, 3], "ab", None), ([], [], 0), ([1], [], "x"), ([], [1, 2], [0]), (None, [1], 1))
def zip_longest_basic(a, b, fill):
    out = []
    for f in (lambda: list(zip_longest(a, b)), lambda: list(zip_longest(a, b, fillvalue=fill)),
              lambda: list(zip_longest(a)), lambda: list(zip_longest()), lambda: list(zip_longest(b, a, b, fillvalue=fill)),
              lambda: dict(zip_longest(b, a)), lambda: [x for x, _ in zip_longest(a, b)]):
        try:
            out.append(f())
        except TypeError as e:
            out.append(["TypeError", str(e)])
    return out


@cases(([1, 2, 3], [4]), ([], [1, 2]))
def zip_longest_pulls(a, b):
    log = []

    def p(tag, x):
        log.append([tag, x])
        return x

    for row in zip_longest((p("a", x) for x in a), (p("b", x) for x in b), "xy", fillvalue="-"):
        log.append(list(row))
    return log


@cases(([1, 2, 3, 4],), ([],), ([1],), ("hello",), (None,), ({"a": 1, "b": 2},))
def pairwise_basic(xs):
    out = []
    try:
        out.append(list(pairwise(xs)))
        out.append([b - a for a, b in pairwise(xs)] if isinstance(xs, list) else None)
        log = []
        for a, b in pairwise(log.append(x) or x for x in xs):
            log.append([a, b])
        out.append(log)
    except TypeError as e:
        out.append(str(e))
    return out
