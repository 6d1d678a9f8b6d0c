"""The operator module: itemgetter / attrgetter as sort keys and in map(), the operator functions called and passed
as functions (reduce, map, key=), each exactly the Python operator (its results and CPython's TypeErrors), and
the argument-count errors of a function passed as a value."""
import datetime
import functools
import itertools
import operator
import operator as op
from datetime import date
from functools import reduce
from operator import attrgetter, itemgetter, mul

from difftest import cases

BY_DATE = itemgetter("date", "name")          # module-level getters: one function value shared by every use
DAY = operator.attrgetter("day")
FIRST = itemgetter(0)
ROWS = [{"date": "2024-02-01", "name": "b", "n": 3}, {"date": "2024-01-05", "name": "z", "n": -1},
        {"date": "2024-02-01", "name": "a", "n": 3}, {"date": "2023-12-31", "name": "m", "n": 0}]


def _err(e):
    return [type(e).__name__, str(e)]


@cases((ROWS,), ([],), (ROWS[:1],))
def itemgetter_keys(rows):
    by_two = sorted(rows, key=operator.itemgetter("date", "name"))
    by_one = sorted(rows, key=itemgetter("n"), reverse=True)
    rows2 = list(rows)
    rows2.sort(key=op.itemgetter("name"))
    out = [by_two, by_one, rows2, list(map(itemgetter("name"), rows)),
           list(map(itemgetter("n", "name"), rows))]
    if rows:
        out.append([min(rows, key=itemgetter("n")), max(rows, key=itemgetter("date", "n"))])
        out.append(max((r for r in rows), key=itemgetter("name")))
    return out


@cases((ROWS,), ([],), ([{"date": "x"}],))
def module_level_getters(rows):
    try:
        out = [sorted(rows, key=BY_DATE), list(map(BY_DATE, rows)), BY_DATE is BY_DATE, FIRST([5, 6]), FIRST("xy")]
    except KeyError as e:
        return _err(e)
    out.append([DAY(date(2024, 1, d)) for d in (5, 1)])
    out.append(sorted([date(2024, 1, 9), date(2023, 5, 2)], key=DAY)[0].isoformat())
    return out


@cases((ROWS,), ([],))
def itemgetter_groupby(rows):
    out = []
    key = itemgetter("date")
    for k, g in itertools.groupby(sorted(rows, key=key), key=key):
        out.append([k, [r["name"] for r in g]])
    return out


@cases(([[3, "c"], [1, "a"], [2, "b"]],), ([[1, 2, 3], [0, 5, 9]],), ([(5, 6), (1, 2)],), ([[1]],), ([],),
       ([None],), (["ab", "cd"],), ([{"0": 1}],), ([{0: "zero", 1: "one"}],))
def itemgetter_sequences(rows):
    out = []
    for ig in (itemgetter(0), itemgetter(-1), itemgetter(1, 0), itemgetter(2), itemgetter(-3), itemgetter(True)):
        try:
            out.append([ig(r) for r in rows])
        except (IndexError, KeyError, TypeError) as e:
            out.append(_err(e))
    try:
        out.append(sorted(rows, key=itemgetter(1)))
    except (IndexError, KeyError, TypeError) as e:
        out.append(_err(e))
    return out


@cases(({"a": 1, "b": 2},), ({},), ({"a": None},), ({1: "x"},), ({"a": [1, 2]},))
def itemgetter_dict_errors(d):
    out = []
    for key in ("a", "b", 1, 1.5, None, (1, 2), True):
        try:
            out.append(itemgetter(key)(d))
        except KeyError as e:
            out.append(["KeyError", str(e)])
        except TypeError as e:
            out.append(_err(e))
    for bad in ([1], {"k": 1}, [[1], "a"]):
        try:
            ig = itemgetter(*bad) if isinstance(bad, list) and len(bad) == 2 else itemgetter(bad)
            out.append(ig(d))
        except (KeyError, TypeError) as e:
            out.append(_err(e))
    return out


@cases((1,), ("s",), (None,))
def itemgetter_arity(x):
    g = itemgetter("k")
    out = []
    for args in ([], [x, x], [x, x, x]):
        try:
            out.append(g(*args))
        except TypeError as e:
            out.append(_err(e))
    try:
        out.append(list(map(g, [x], [x])))
    except TypeError as e:
        out.append(_err(e))
    return out


def _reduce(f, xs, init=None):
    try:
        return functools.reduce(f, xs) if init is None else functools.reduce(f, xs, init)
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
        return _err(e)


@cases(([1, 2, 3, 4],), ([],), ([2.5, 2],), ([True, 3],), (["a", "b"],), ([[1], [2]],), ([1, "a"],), ([5],))
def reduce_with_operators(xs):
    out = [_reduce(operator.add, xs), _reduce(operator.mul, xs), _reduce(op.sub, xs), _reduce(operator.truediv, xs),
           _reduce(operator.floordiv, xs), _reduce(operator.mod, xs), _reduce(operator.pow, xs),
           _reduce(operator.and_, xs), _reduce(operator.or_, xs), _reduce(operator.xor, xs),
           _reduce(operator.concat, xs), _reduce(operator.lshift, xs), _reduce(operator.rshift, xs),
           _reduce(mul, xs, 1), _reduce(operator.add, xs, 1)]
    try:
        out.append([reduce(operator.mul, xs, 1), functools.reduce(operator.add, xs, 0)])
    except TypeError as e:
        out.append(_err(e))
    return out


@cases((1, 2), (7, -2), (2.5, 2), (-7, 2.0), (True, False), ("a", "b"), ("ab", 3), ([1], [2]), ([1], (2,)), (None, 1),
       (1, 0), (0.0, 0), (2, -1), ((1, 2), (3,)), ({"a": 1}, {"b": 2}), (3, "x"), ([1, 2], 2), (-8, 1), (5, 6))
def binary_functions(a, b):
    # through values: each operator passed to a function that calls it
    c = _call
    return [c(operator.add, a, b), c(operator.sub, a, b), c(operator.mul, a, b), c(operator.truediv, a, b),
            c(operator.floordiv, a, b), c(operator.mod, a, b), c(operator.pow, a, b), c(operator.and_, a, b),
            c(operator.or_, a, b), c(operator.xor, a, b), c(operator.lshift, a, b), c(operator.rshift, a, b),
            c(operator.concat, a, b), c(operator.eq, a, b), c(operator.ne, a, b), c(operator.lt, a, b),
            c(operator.le, a, b), c(operator.gt, a, b), c(operator.ge, a, b), c(operator.getitem, a, b),
            c(operator.contains, a, b)]


@cases((None, None), (None, 1), ([1], [1]), (True, True), (True, 1), ("a", None))
def identity_functions(a, b):
    # (is between equal numbers or strings is a documented py2cs TypeError, as for the operator)
    xs = [1]
    return [_call(operator.is_, a, b), _call(operator.is_not, a, b), operator.is_(xs, xs), operator.is_not(xs, [1]),
            operator.is_(a, None), operator.is_not(None, b)]


def _call(f, *args):
    try:
        return f(*args)
    except (TypeError, ZeroDivisionError, ValueError, OverflowError, KeyError, IndexError) as e:
        return _err(e)


@cases((1, 2), (7, -2), (2.5, 2), ("a", "b"), ("ab", 3), ([1], [2]), ([1], (2,)), (None, 1), (1, 0), (3, "x"),
       ({"a": 1}, {"b": 2}), (-7, 2.0))
def binary_direct(a, b):
    # the same operators called directly: lowered as the operator (typed operands take the fast paths)
    out = []
    for i in range(13):
        try:
            if i == 0:
                out.append(operator.add(a, b))
            elif i == 1:
                out.append(operator.sub(a, b))
            elif i == 2:
                out.append(operator.mul(a, b))
            elif i == 3:
                out.append(operator.truediv(a, b))
            elif i == 4:
                out.append(operator.floordiv(a, b))
            elif i == 5:
                out.append(operator.mod(a, b))
            elif i == 6:
                out.append(op.pow(a, b))
            elif i == 7:
                out.append(operator.concat(a, b))
            elif i == 8:
                out.append([operator.eq(a, b), operator.ne(a, b)])
            elif i == 9:
                out.append([operator.lt(a, b), operator.ge(a, b)])
            elif i == 10:
                out.append(operator.getitem(a, b))
            elif i == 11:
                out.append(operator.contains(a, b))
            else:
                out.append([operator.add(3, 4), operator.mul(2.5, 2), operator.sub(10, 2.5), operator.add("x", "y"),
                            operator.lt(1, 2.5), operator.truediv(7, 2), operator.neg(5), operator.not_(0)])
        except (TypeError, ZeroDivisionError, ValueError, KeyError, IndexError) as e:
            out.append(_err(e))
    return out


@cases((1,), (-2,), (0,), (2.5,), (-0.0,), (True,), (False,), ("s",), ("",), ([],), ([0],), (None,), ({"a": 1},),
       (2 ** 52,))
def unary_functions(x):
    c = _call
    return [c(operator.neg, x), c(operator.pos, x), c(operator.abs, x), c(operator.invert, x), c(operator.inv, x),
            c(operator.not_, x), c(operator.truth, x), c(operator.index, x)]


@cases((1,), (-2.5,), (True,), ("s",), (None,), ([1],))
def unary_direct(x):
    out = []
    for i in range(8):
        try:
            out.append([operator.neg(x), operator.pos(x), operator.abs(x), operator.invert(x), operator.not_(x),
                        operator.truth(x), operator.index(x), op.inv(x)][i])
        except (TypeError, OverflowError) as e:
            out.append(_err(e))
            break
    return [out, operator.not_(x), operator.truth(x)]


@cases(([3, -1, 2, -5],), ([],), ([1.5, -1.5, 0],), (["a"],), ([True, False],))
def as_key_and_map(xs):
    out = []
    for f in (lambda: sorted(xs, key=operator.neg), lambda: sorted(xs, key=operator.abs),
              lambda: list(map(operator.neg, xs)), lambda: list(map(operator.mul, xs, xs)),
              lambda: list(map(operator.add, xs, reversed(xs))), lambda: list(filter(operator.truth, xs)),
              lambda: list(filter(operator.not_, xs)), lambda: min(xs, key=operator.abs, default=None),
              lambda: list(itertools.accumulate(xs, operator.mul)), lambda: list(itertools.starmap(operator.sub,
                                                                                                    zip(xs, xs[1:]))),
              lambda: list(map(operator.index, xs)), lambda: sum(map(operator.mul, xs, [2] * len(xs)))):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append(_err(e))
    return out


@cases(([1, 2],), ([],), ([3],))
def wrong_arity_through_values(xs):
    out = []
    for f in (lambda: list(map(operator.neg, xs, xs)), lambda: list(map(operator.add, xs)),
              lambda: sorted(xs, key=operator.add), lambda: reduce(operator.neg, xs),
              lambda: list(map(operator.add, xs, xs, xs)), lambda: list(map(operator.not_, xs, xs))):
        try:
            out.append(f())
        except TypeError as e:
            out.append(_err(e))
    return out


def _apply(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return _err(e)


@cases((2, 3), ("a", "b"), (None, 1))
def passed_to_a_function(a, b):
    return [_apply(operator.add, a, b), _apply(operator.mul, a, b), _apply(operator.neg, a), _apply(operator.add, a),
            _apply(operator.truth, a), _apply(operator.eq, a, b), _apply(itemgetter(0), [a, b]),
            _apply(itemgetter(1, 0), (a, b))]


@cases(([1, 2, 3], 2), ([1, 2, 3], 5), ("abc", "b"), ("abc", 1), ({"a": 1}, "a"), ({"a": 1}, [1]), (None, 1),
       ([[1]], [1]), ((1, 2), 2.0), (5, 5))
def contains_and_getitem(a, b):
    out = [_call(operator.contains, a, b), _call(operator.getitem, a, b)]
    log = []

    def first():
        log.append("a")
        return a

    def second():
        log.append("b")
        return b

    try:
        out.append(operator.contains(first(), second()))
    except TypeError as e:
        out.append(_err(e))
    return [out, log]


@cases(("2024-02-29", "2023-01-15"), ("2024-12-31", "2024-01-01"))
def attrgetter_dates(s1, s2):
    d1, d2 = date.fromisoformat(s1), date.fromisoformat(s2)
    ds = [d1, d2, d1 + datetime.timedelta(days=40)]
    out = [sorted(ds, key=attrgetter("month")), [attrgetter("year", "month", "day")(d) for d in ds],
           list(map(operator.attrgetter("day"), ds)), attrgetter("days")(d1 - d2)]
    dt = datetime.datetime(2024, 3, 1, 12, 30)
    out.append(attrgetter("hour", "minute")(dt))
    for bad in ({"year": 1}, "2024", None, 5):
        try:
            out.append(attrgetter("year")(bad))
        except AttributeError as e:
            out.append(_err(e))
    out.append([x.isoformat() for x in sorted(ds, key=attrgetter("day", "month"))])
    return out


@cases(("2024-02-29", "2024-01-01"), ("2023-03-01", "2024-03-01"))
def date_operators(s1, s2):
    d1, d2 = date.fromisoformat(s1), date.fromisoformat(s2)
    td = operator.sub(d1, d2)
    out = [td.days, operator.add(d2, td).isoformat(), operator.truediv(td, 2).days, operator.lt(d1, d2),
           [d.isoformat() for d in sorted([d1, d2], key=attrgetter("day"))],
           reduce(operator.add, [td, td, td]).days, operator.neg(td).days, operator.abs(operator.neg(td)).days]
    try:
        out.append(operator.add(d1, d2))
    except TypeError as e:
        out.append(_err(e))
    return out


@cases(("2024-02-29",), ("2021-01-03",))
def attrgetter_missing(s):
    # an attribute another date type has: CPython's AttributeError naming the type
    d = date.fromisoformat(s)
    out = []
    for g in (attrgetter("week"), attrgetter("hour"), attrgetter("days"), attrgetter("year", "week")):
        try:
            out.append(g(d))
        except AttributeError as e:
            out.append(_err(e))
    out.append(attrgetter("week", "year")(d.isocalendar()))
    out.append(attrgetter("hour")(datetime.time(5, 6)))
    out.append(attrgetter("seconds", "days")(datetime.timedelta(days=2, seconds=7)))
    return out


@cases(("2024-02-29",))
def attrgetter_dotted(s):
    d = date.fromisoformat(s)
    pairs = [{"d": d}]
    try:
        return [attrgetter("min.year")(d), attrgetter("max.month", "year")(d), [p["d"].year for p in pairs]]
    except AttributeError as e:
        return _err(e)


@cases((["b", "a", "c"],), ([],))
def dunder_aliases(xs):
    return [reduce(operator.__add__, xs, ""), list(map(operator.__not__, xs)), operator.__and__(6, 3),
            operator.__getitem__(xs + ["z"], 0)]


def _keep(f):
    return f


@cases((0,), (1,), (2,))
def operator_value_type(i):
    # an operator function that comes back from a function: its type in CPython's messages
    f = _keep(operator.add)
    try:
        if i == 0:
            return f
        if i == 1:
            return f[0]
        return [f(1, 2), type(f).__name__]
    except TypeError as e:
        return _err(e)


@cases(([{"k": 1}],))
def returned_getter(rows):
    # a getter kept in a list and called later; returning it to Dash fails as in CPython
    getters = [itemgetter("k"), itemgetter("k", "k")]
    try:
        return [[g(r) for g in getters for r in rows], getters[0]]
    except TypeError as e:
        return _err(e)


@cases(([1, 0, 3], [4, 5, 6]), ([], []), ([2, "a"], [3, 4]))
def lazy_consumers(a, b):
    # operator functions where map() / filter() are pulled one item at a time
    out = []
    for x in map(operator.mul, a, b):
        out.append(x)
    for i, y in enumerate(filter(operator.truth, a)):
        out.append([i, y])
    out.append(any(map(operator.not_, a)))
    try:
        out.append(sum(map(operator.mul, a, b)))
    except TypeError as e:
        out.append(_err(e))
    out.append(list(itertools.accumulate(a, operator.add, initial=10)) if all(type(x) is int for x in a) else None)
    out.append(max(zip(a, b), key=operator.itemgetter(1), default=None))
    try:
        for z in map(operator.neg, a, b):
            out.append(z)
    except TypeError as e:
        out.append(_err(e))
    return out


# ---------------------------------------------------------------- for tests/test_translate_random.py


@cases(([{"a": 1, "b": "x"}, {"a": 0, "b": "y"}], ["a"]), ([{"a": 1}, {"b": 2}], ["a", "b"]), ([], ["a"]),
       ([{"a": None}, {"a": 1}], ["a"]), ([[1, 2], [0, 5]], [1, 0]))
def itemgetter_sort(rows, keys):
    out = []
    for n in (1, 2):
        if len(keys) < n:
            continue
        ig = itemgetter(keys[0]) if n == 1 else itemgetter(keys[0], keys[1])
        try:
            out.append([sorted(rows, key=ig), [ig(r) for r in rows], list(map(ig, rows))])
        except (KeyError, IndexError, TypeError) as e:
            out.append(_err(e))
    return out
