"""Divergences found in the adversarial review of collections.deque, not fixed yet (tests/fuzz/test_pending_fuzz.py
runs each as a strict xfail: a fix makes it fail until the function moves to tests/programs/p_deque_review.py).

All are one pre-existing cause that lists share: enumerate(), zip() and reversed() are made eagerly (a copy of the
items, py_enumerate / py_zip2 / py_reversed) where they are not the header of a for statement with a tuple target,
so a deque changed while they are read raises nothing (CPython: 'deque mutated during iteration'), and a list
changed meanwhile is read as it was (CPython reads it live). The fix is in the lowering (lazy sources, as
py_it_enumerate / py_it_zip / py_itx give, and a lazy reversed), for extend() arguments, comprehension and
generator headers and arguments evaluated after such an iterator is made."""
from collections import deque

from difftest import cases


def err(e):
    return type(e).__name__ + ": " + str(e)


# BUG: d.extend(reversed(d)) / enumerate(d) / zip(d, d): CPython raises after the first item added
@cases(([1, 2, 3],), ([1],))
def extend_from_own_eager_iterator(xs):
    out = []
    for k, f in (("rev", lambda d: d.extend(reversed(d))), ("revleft", lambda d: d.extendleft(reversed(d))),
                 ("enum", lambda d: d.extend(enumerate(d))), ("zip", lambda d: d.extend(zip(d, d)))):
        d = deque(xs)
        try:
            out.append([k, f(d)])
        except RuntimeError as e:
            out.append([k, err(e)])
        out.append(repr(d))
    return out


# BUG: a comprehension or generator over enumerate(d) / zip(d) / reversed(d) (a single target) whose body changes d
@cases(([1, 2, 3],), ([1],))
def comprehension_over_eager_iterator(xs):
    out = []
    for k, f in (("lc_enum", lambda d: [d.append(x) for x in enumerate(d)]),
                 ("lc_zip", lambda d: [d.append(x) for x in zip(d, d)]),
                 ("gen_enum", lambda d: list(d.append(x) for x in enumerate(d))),
                 ("gen_rev", lambda d: sum(d.append(1) or 1 for x in reversed(d))),
                 ("dict_gen", lambda d: dict((i, d.pop()) for i, x in enumerate(d)))):
        d = deque(xs)
        try:
            out.append([k, f(d)])
        except (RuntimeError, IndexError) as e:
            out.append([k, err(e)])
        out.append(repr(d))
    return out


# BUG (lists too): an argument evaluated after the iterator is made changes what it reads
@cases(([1, 2, 3],), ([5],))
def argument_after_iterator(xs):
    out = []
    for k, f in (("zip_rev", lambda d: list(zip(reversed(d), [d.pop()]))),
                 ("enum_gen_start", lambda d: list(enumerate((x for x in d), d.pop()))),
                 ("fromkeys", lambda d: dict.fromkeys((x for x in d), d.pop())),
                 ("sorted_key", lambda d: sorted((x for x in d), key=[d.pop()].count))):
        for d in (deque(xs), list(xs)):
            try:
                out.append([k, repr(f(d))])
            except RuntimeError as e:
                out.append([k, err(e)])
    return out


# BUG (lists): a comprehension over enumerate(xs) whose body shrinks the list reads the items it had
@cases(([1, 2, 3],),)
def list_comprehension_over_enumerate(xs):
    return [xs.pop() for t in enumerate(xs)]
