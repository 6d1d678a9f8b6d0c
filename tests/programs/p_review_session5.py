"""Review session 5 (datetime, ranges, lambdas and lazy consumers merged that day): differential cases of the fixed
findings."""
from collections import Counter
from datetime import date, datetime, timedelta
from difftest import cases

@cases((1, None), (1, "a"), ([1], 2), ("a", 1), (1.5, [1]), ((1,), [2]), (None, None), ({"a": 1}, 1), ({"a": 1}, [["b", 2]]),
       ([1], "xy"), ([1], None), ([1], 2.0), ("ab", 2.0), (True, None), (1, 2))
def aug_messages(a, b):
    out = []
    x = a
    try:
        x += b
        out.append(repr(x))
    except TypeError as e:
        out.append(str(e))
    x = a
    try:
        x *= b
        out.append(repr(x))
    except TypeError as e:
        out.append(str(e))
    x = a
    try:
        x |= b
        out.append(repr(x))
    except (TypeError, ValueError) as e:
        out.append(str(e))
    xs = [a]
    try:
        xs[0] += b
        out.append(repr(xs))
    except TypeError as e:
        out.append(str(e))
    xs = [a]
    try:
        xs[0] *= b
        out.append(repr(xs))
    except TypeError as e:
        out.append(str(e))
    d = date(2024, 1, 1)
    try:
        d += b
        out.append(str(d))
    except TypeError as e:
        out.append(str(e))
    t = timedelta(1)
    try:
        t *= b
        out.append(str(t))
    except TypeError as e:
        out.append(str(e))
    r = range(3)
    try:
        r += b
    except TypeError as e:
        out.append(str(e))
    return out

@cases(({"a": 1}, [1]), ({"a": 1}, 2), ([1], 2), (None, "a"), (2.0, "a"), (3, [1]), ("ab", 2), (True, "x"), ({"a": 1}, "x"))
def imul_containers(a, b):
    out = []
    for x in (a, set([1]), range(2), [a], (a,)):
        try:
            x *= b
            out.append(repr(x))
        except TypeError as e:
            out.append(str(e))
    return out


def _try(f):
    try:
        return repr(f())
    except Exception as e:   # noqa: BLE001
        return type(e).__name__ + ": " + str(e)


# datetime.replace() with CPython's eighth positional parameter (tzinfo): a py2cs TypeError (was "takes at most 7
# arguments"); replace(tzinfo=...) and replace(fold=...) are refused at compile time (tests/test_datetime.py)
@cases((0,),)
def replace_positional_tz(n):
    d = datetime(2024, 1, 31, 10)
    return [_try(lambda: d.replace(2024, 1, 1, 1, 1, 1, 1, 1, 1)), _try(lambda: d.replace(2024, 1, 1, 1, 1, 1, n))]


# every augmented operator names itself in CPython's TypeError ('-=', not '-'): was the plain operator's message for
# all but += *= |= (pending in this session, fixed: stmt_AugAssign runs the operation in a try, py_aug_err)
def _bad(a, b):
    return a - b

OPS = ["-", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]

@cases(*[(a, b, op) for a, b in ((1, None), ("a", 1), ([1], 2), ([1], {"a": 1}), (2.5, "x"), (None, None), ({"a": 1}, 1), (3, 2), (True, 1.5))
         for op in OPS])
def aug_all_ops(a, b, op):
    x = a
    xs = {"k": a}
    out = []
    try:
        if op == "-":
            x -= b
        elif op == "/":
            x /= b
        elif op == "//":
            x //= b
        elif op == "%":
            x %= b
        elif op == "**":
            x **= b
        elif op == "<<":
            x <<= b
        elif op == ">>":
            x >>= b
        elif op == "&":
            x &= b
        elif op == "^":
            x ^= b
        else:
            x |= b
        out.append(repr(x))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        out.append(str(e))
    try:
        if op == "-":
            xs["k"] -= b
        elif op == "/":
            xs["k"] /= b
        elif op == "**":
            xs["k"] **= b
        elif op == "&":
            xs["k"] &= b
        out.append(repr(xs))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        out.append(str(e))
    try:
        y = 1
        y -= _bad(a, b)     # the value's own error keeps '-'
        out.append(y)
    except TypeError as e:
        out.append(str(e))
    try:
        t = timedelta(1)
        t -= b
        out.append(str(t))
    except TypeError as e:
        out.append(str(e))
    try:
        d = date(2024, 1, 1)
        d //= b
    except TypeError as e:
        out.append(str(e))
    return out


def _stop_after_one(x):
    if x > 1:
        return next(iter([]))      # raises StopIteration
    return x


# A StopIteration raised by the function map() (or filter()) calls is not converted (PEP 479 covers generator
# bodies only): CPython's consumers (list(), sum(), set(), a for loop, zip...) take it as the end of the map and
# return what they have ([1] here); the JS let the StopIteration escape (fixed: py_map, py_filter, py_it_map,
# py_it_filter and the loops over map()/filter() end there, a for loop's else clause runs).
@cases(([1, 2, 3],),)
def stopiteration_from_map_function(xs):
    out = [list(map(_stop_after_one, xs)), sum(map(_stop_after_one, xs))]
    for y in map(_stop_after_one, xs):
        out.append(y)
    return out


@cases(([1, 2, 3],), ([0, 1],))
def stopiteration_leaks(xs):
    out = []
    for f in (lambda: list(map(_stop_after_one, xs)), lambda: list(map(lambda x: next(v for v in [] if v), xs)),
              lambda: sum(map(_stop_after_one, xs)), lambda: list(filter(_stop_after_one, xs)), lambda: [_stop_after_one(x) for x in xs],
              lambda: list(_stop_after_one(x) for x in xs), lambda: sorted(xs, key=_stop_after_one), lambda: max(map(_stop_after_one, xs), default=-1),
              lambda: sorted(set(map(_stop_after_one, xs))), lambda: tuple(map(_stop_after_one, xs)), lambda: dict(map(lambda x: (x, _stop_after_one(x)), xs)),
              lambda: any(map(_stop_after_one, xs)), lambda: all(_stop_after_one(x) for x in xs), lambda: "".join(map(lambda x: str(_stop_after_one(x)), xs)),
              lambda: list(zip(xs, map(_stop_after_one, xs))), lambda: list(enumerate(map(_stop_after_one, xs))), lambda: next(map(_stop_after_one, xs[1:] + [5])),
              lambda: [y for y in map(_stop_after_one, xs)], lambda: min(_stop_after_one(x) for x in xs), lambda: sum(_stop_after_one(x) for x in xs)):
        out.append(_try(f))
    return out


@cases(([1, 2, 3],), ([0, 1],))
def stop_in_for_map(xs):
    r = []
    for y in map(_stop_after_one, xs):
        r.append(y)
    return r


@cases(([1, 2, 3],), ([0, 1],))
def stop_in_for_filter_else(xs):
    r = []
    for y in filter(_stop_after_one, xs):
        r.append(y)
    else:
        r.append("else")
    for y in map(_stop_after_one, xs):
        r.append(y)
        if y == 7:
            break
    else:
        r.append("else2")
    for y in map(lambda a, b: _stop_after_one(a + b), xs, xs):
        r.append(y)
    for y in filter(None, xs):
        r.append(y)
    f = _stop_after_one if len(xs) > 2 else None
    for y in filter(f, xs):
        r.append(y)
    return r


# every consumer of a map()/filter() whose function raises StopIteration
def _star(*a):
    return a

@cases(([1, 2, 3],), ([0, 1],), ([3],))
def stop_more(xs):
    out = []
    for f in (lambda: 5 in map(_stop_after_one, xs), lambda: 1 in map(_stop_after_one, xs), lambda: any(map(_stop_after_one, xs)), lambda: next(map(_stop_after_one, xs), "d"),
              lambda: _star(*map(_stop_after_one, xs)), lambda: [*map(_stop_after_one, xs)], lambda: list(map(_stop_after_one, map(_stop_after_one, xs))),
              lambda: list(map(_stop_after_one, (x for x in xs))), lambda: list(filter(None, map(_stop_after_one, xs))), lambda: Counter(map(_stop_after_one, xs)),
              lambda: sorted(map(_stop_after_one, xs)), lambda: {k: 1 for k in map(_stop_after_one, xs)}, lambda: {k for k in filter(_stop_after_one, xs)},
              lambda: [a + b for a, b in zip(map(_stop_after_one, xs), xs)], lambda: [i for i, v in enumerate(map(_stop_after_one, xs))],
              lambda: list(zip(xs, filter(_stop_after_one, xs))), lambda: max(filter(_stop_after_one, xs), default=None), lambda: sum(filter(_stop_after_one, xs)),
              lambda: list(map(lambda x: _stop_after_one(x) * 2, xs)), lambda: list(map(str, map(_stop_after_one, xs))), lambda: "".join(map(str, filter(_stop_after_one, xs))),
              lambda: dict(zip(xs, map(_stop_after_one, xs))), lambda: all(map(_stop_after_one, xs)), lambda: min(map(_stop_after_one, xs), key=lambda v: -v)):
        out.append(_try(f))
    r = []
    for i, v in enumerate(map(_stop_after_one, xs)):
        r.append([i, v])
    for a, b in zip(map(_stop_after_one, xs), xs):
        r.append([a, b])
    out.append(r)
    return out


# the augmented operators' try (stmt_AugAssign) in nonlocal, item and loop targets; other errors keep their messages
@cases((1.5, None), (2, 0), (2.0, "a"), (3, 2))
def aug_contexts(a, b):
    total = a
    out = []
    def inner():
        nonlocal total
        total -= b
        return total
    out.append(_try(inner))
    d = {"k": a}
    def miss():
        d["z"] -= 1
    out.append(_try(miss))
    def zdiv():
        x = a
        x //= b
        x %= b
        return x
    out.append(_try(zdiv))
    def chain():
        x = [a]
        x[0] **= b
        x[-1] -= b
        return x
    out.append(_try(chain))
    y = 0.5
    for i in range(2):
        try:
            y -= b
        except TypeError as e:
            out.append(str(e))
            break
    out.append(y)
    return out
