"""Adversarial review of collections.deque (findings fixed): each function diverged before its fix."""
import re
from collections import deque
from datetime import date, timedelta

from difftest import cases


def err(e):
    return type(e).__name__ + ": " + str(e)


# list(map(f, d)) / tuple / join / enumerate / sorted of a map (py_map, the eager map): the function changing the
# deque raises at the next step, as CPython's map calls next() on the deque's iterator (was: the items read at the
# start, no error); a list changed by the function is read as it is now (CPython's list iterator)
@cases(([1, 2, 3],), ([],), ([1],))
def map_changing_its_deque(xs):
    out = []
    fs = (lambda d: list(map(lambda x: d.append(x), d)),
          lambda d: tuple(map(lambda x: d.appendleft(x), d)),
          lambda d: ",".join(map(lambda x: str(d.pop()), d)),
          lambda d: list(enumerate(map(lambda x: d.rotate(), d))),
          lambda d: sorted(map(lambda x: d.extend([x]) or x, d)),
          lambda d: list(map(lambda x, y: d.append(x), d, [1, 2, 3])),
          lambda d: list(map(lambda x, y: d.append(x), [1, 2, 3], d)),
          lambda d: list(map(lambda x: d[0], d)))
    for f in fs:
        d = deque(xs)
        try:
            out.append(f(d))
        except (RuntimeError, IndexError) as e:
            out.append(err(e))
        out.append(repr(d))
    ys = list(xs)
    out.append(list(map(lambda x: ys.pop(), ys)))
    ys = list(xs)
    out.append(list(map(lambda x, y: ys.append(x) if len(ys) < 5 else x, ys, range(4))))
    out.append(ys)
    return out


# ints beyond a C ssize_t (2**63 as a browser sends it): rotate, insert and maxlen raise OverflowError, deque * n
# and seq * n "cannot fit 'int' into an index-sized integer" (were: a silent rotation / insertion / empty result)
@cases(([1, 2, 3], [2 ** 63, -(2 ** 63) - 4096, 10 ** 20, -(10 ** 20), -(2 ** 63)]), ([], [2 ** 64]))
def beyond_ssize(xs, bigs):
    out = []
    for n in bigs:
        d = deque(xs)
        for f in (lambda: d.rotate(n), lambda: d.insert(n, "x"), lambda: deque(xs, n),
                  lambda: d * n, lambda: n * d, lambda: deque(xs, 2) * n, lambda: xs * n, lambda: tuple(xs) * n,
                  lambda: "ab" * n, lambda: [] * n):
            try:
                r = f()
                out.append(repr(r) if n < 1e18 else "ok")
            except (OverflowError, ValueError) as e:
                out.append(err(e))
            out.append(repr(d))
        e = deque(xs)
        try:
            e *= n
            out.append(repr(e) if n < 1e18 else "ok")
        except OverflowError as ex:
            out.append(err(ex))
    return out


# "{0.maxlen}".format(d): the deque's maxlen (was AttributeError)
@cases(([1, 2], 3), ([], None))
def format_field_maxlen(xs, n):
    d = deque(xs, n)
    out = ["{0.maxlen}".format(d), "{d.maxlen!r:>6}|".format(d=d), "{0[0].maxlen}".format([d]),
           "{}-{}".format(d, d.maxlen)]
    for f in (lambda: "{0.maxlen}".format(xs), lambda: "{0.size}".format(d)):
        try:
            out.append(f())
        except AttributeError as e:
            out.append(err(e))
    return out


# CPython's messages naming a deque: deque + date (sq_concat: 'deque'; was 'collections.deque' from the date's
# helper) and re.sub with a deque as the replacement (unhashable 'collections.deque'; was 'list')
@cases(([1, 2],), ([],))
def messages_naming_a_deque(xs):
    d = deque(xs)
    out = []
    for f in (lambda: d + date(2024, 1, 2), lambda: d + timedelta(days=1), lambda: date(2024, 1, 2) + d,
              lambda: d - date(2024, 1, 2), lambda: d * timedelta(days=1), lambda: re.sub("a", d, "abc"),
              lambda: re.sub("a", (1, d), "abc"), lambda: re.sub("a", list(xs), "abc")):
        try:
            out.append(f())
        except TypeError as e:
            out.append(err(e))
    d += [date(2024, 1, 2)]
    out.append(repr(d))
    return out


# map() whose function changes one of the sequences it reads (tests/test_deque_review_hypothesis.py): kind 'deque'
# or 'list', the change made at each call while the sequence is short ('append', 'appendleft', 'pop', 'popleft',
# 'rotate', 'set', 'none'), one or two iterables (the changed one first or second); the result or error and the end
@cases(([1, 2, 3], "deque", "pop", 1, False), ([1, 2, 3], "list", "append", 2, True), ([], "deque", "none", 2, False))
def map_with_change(xs, kind, change, n, second):
    seq = deque(xs) if kind == "deque" else list(xs)
    other = [10, 20, 30, 40]

    def f(*args):
        if len(seq) < 6:
            if change == "append":
                seq.append(len(seq))
            elif change == "appendleft" and kind == "deque":
                seq.appendleft(0)
            elif change == "pop" and seq:
                seq.pop()
            elif change == "popleft" and seq and kind == "deque":
                seq.popleft()
            elif change == "rotate" and kind == "deque":
                seq.rotate(1)
            elif change == "set" and seq:
                seq[0] = 9
        return list(args)
    try:
        if n == 1:
            r = list(map(f, seq))
        elif second:
            r = list(map(f, other, seq))
        else:
            r = list(map(f, seq, other))
    except RuntimeError as e:
        r = err(e)
    return [r, list(seq)]
