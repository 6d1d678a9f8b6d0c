"""itertools.chain / chain.from_iterable: each iterable started when reached, pulled one item at a time in loops."""
import itertools
from itertools import chain

from difftest import cases


@cases(([1, 2], [3]), ([], []), ("ab", [1]), ([1], None), (None, [1]), ({"a": 1, "b": 2}, [[1], [2]]), ([1], 5))
def chain_basic(a, b):
    out = []
    for f in (lambda: list(chain(a, b)), lambda: list(itertools.chain(b, a, b)), lambda: list(chain()),
              lambda: sorted(chain(a, a), key=str), lambda: [x for x in chain(a, b)],
              lambda: tuple(chain(a)), lambda: list(chain.from_iterable([a, b])),
              lambda: list(itertools.chain.from_iterable(a)), lambda: list(chain(*[a, b])),
              lambda: list(chain(a, *[b])), lambda: list(chain(*a)), lambda: len(list(chain(a, b))),
              lambda: "-".join(chain(map(str, a), ["x"])), lambda: set(chain(a, b)) == set(list(a) + list(b)),
              lambda: 1 in chain(a, b), lambda: any(chain(a, b)), lambda: all(chain(a, b)), lambda: max(chain(a, b), default=None),
              lambda: dict.fromkeys(chain(a, b), 0)):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 2, 3], [4, 5]), ([], [1]), ([0], []))
def chain_lazy_order(a, b):
    log = []

    def g(tag, x):
        log.append([tag, x])
        if x == 4:
            raise ValueError("four")
        return x

    try:
        for x in chain((g("a", v) for v in a), map(lambda v: g("b", v), b)):
            log.append(["body", x])
    except ValueError as e:
        log.append(["err", str(e)])
    try:
        got = [x * 2 for x in chain.from_iterable([g("c", v)] for v in a + b)]
        log.append(got)
    except ValueError as e:
        log.append(["err2", str(e)])
    try:
        log.append(sum(g("s", v) for v in chain(a, b)))
    except ValueError as e:
        log.append(["err3", str(e)])
    for i, x in enumerate(chain(a, b), 1):
        log.append([i, x])
    for x, y in zip(chain(a, b), "xyz"):
        log.append([x, y])
    return log


@cases(([[1, 2], [3]],), ([],), ([[1], 5, [2]],), ([[1], "ab", {"k": 1}],))
def chain_from_iterable_errors(rows):
    log = []
    try:
        for x in chain.from_iterable(rows):
            log.append(x)
    except TypeError as e:
        log.append(str(e))
    try:
        log.append(list(chain(*rows)))
    except TypeError as e:
        log.append(str(e))
    return log


@cases(({"a": [1, 2], "b": [3]},), ({},))
def chain_views(d):
    out = [list(chain.from_iterable(d.values())), list(chain(d.keys(), d.items()))]
    try:
        for k in chain(d.keys(), [0]):
            if k == "a":
                d["c"] = [9]
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out


@cases((5,), (None,), ([1],))
def chain_star_not_iterable(x):
    out = []
    for f in (lambda: list(chain(*x)), lambda: list(chain([0], *x))):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    return out
