"""The statistics module (templates/runtime/statistics.js): every function on ints, floats, bools, mixed data,
huge and tiny magnitudes, NaN and infinities (sent as the strings 'nan', 'inf', '-inf': JSON has no such
numbers), and its errors. Results are compared as repr() strings, so an int result (mean([2, 4]) is 3) and
a float one (3.0) differ, and every float must be equal to the last bit."""
import statistics
import statistics as st
from statistics import StatisticsError, mean, median, mode, stdev

from difftest import cases


def _num(x):
    return float(x) if x in ("nan", "inf", "-inf") else x


def _data(xs):
    return [_num(x) for x in xs]


def _try(f):
    """repr(f()) or the exception's class and message."""
    try:
        return repr(f())
    except statistics.StatisticsError as e:
        return "StatisticsError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except AttributeError as e:
        return "AttributeError: " + str(e)


DATA = ([], [1], [7], [2.5], [1, 2], [2, 4], [1, 2, 3, 4], [1.5, 2.5, 3.5], [1, 2.5, 3], [True, False, True],
        [True], [False, False], [-0.0], [0.0, -0.0], [0.1, 0.2, 0.3], [0.1] * 7, [1e308, 1e308], [1e308, -1e308],
        [1.7e308, -1.7e308], [5e-324, 5e-324, 1e-320], [2.2250738585072014e-308, 5e-324], [1e-300, 1e300, 1],
        [3, 1, 2, 2, 5, 7, 7], [1, 1.0, True, 2], [9007199254740991, 9007199254740990],
        [9007199254740991, 9007199254740990, 1], [0, 0, 0], [-1, -2, -3], [-1.5, 2, -3.25, 4],
        [1.1, 2.2, 3.3, 4.4], list(range(20)), [10 ** 7, -10 ** 7, 3], [123456789.123, 1e-9, 42],
        ["inf", 1], ["-inf", 1, 2], ["inf", "-inf"], ["nan", 1, 2], [1, "nan"], ["inf", "inf", 3], [2, "nan", "inf"])


@cases(*[(d,) for d in DATA])
def averages(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.mean(xs)), _try(lambda: statistics.fmean(xs)),
            _try(lambda: statistics.geometric_mean(xs)), _try(lambda: statistics.harmonic_mean(xs))]


@cases(*[(d,) for d in DATA])
def medians(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.median(xs)), _try(lambda: statistics.median_low(xs)),
            _try(lambda: statistics.median_high(xs)), _try(lambda: statistics.median_grouped(xs)),
            _try(lambda: statistics.median_grouped(xs, 2.5)), _try(lambda: statistics.median_grouped(xs, interval=3))]


@cases(*[(d,) for d in DATA])
def modes(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.mode(xs)), _try(lambda: statistics.multimode(xs))]


@cases(*[(d,) for d in DATA])
def spread(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.pvariance(xs)), _try(lambda: statistics.variance(xs)),
            _try(lambda: statistics.pstdev(xs)), _try(lambda: statistics.stdev(xs))]


@cases(*[(d,) for d in DATA])
def quartiles(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.quantiles(xs)), _try(lambda: statistics.quantiles(xs, n=10)),
            _try(lambda: statistics.quantiles(xs, n=3, method="inclusive")),
            _try(lambda: statistics.quantiles(xs, method="inclusive", n=7)), _try(lambda: statistics.quantiles(xs, n=1))]


@cases(([1, 2, 3, 4], 2.5), ([1, 2, 3, 4], 2), ([1.5, 2.5], 0), ([1, 2, 3], True), ([1, 2, 3], "nan"),
       ([1, 2, 3], "inf"), ([0.1, 0.2, 0.3], 0.2), ([10 ** 7, 3], 7), ([10 ** 15, 3.5], 7), ([1e200, -1e200], 1e200), ([], 1),
       ([5], 5), ([1, 2], None), ([True, False], False), ([1, 2], "x"), (["a", "b"], 1))
def spread_given_mean(xs, m):
    xs = _data(xs)
    m = _num(m)
    return [_try(lambda: statistics.variance(xs, m)), _try(lambda: statistics.variance(xs, xbar=m)),
            _try(lambda: statistics.pvariance(xs, m)), _try(lambda: statistics.pvariance(xs, mu=m)),
            _try(lambda: statistics.stdev(xs, m)), _try(lambda: statistics.pstdev(xs, mu=m))]


@cases(([1, 2, 3], [1, 1, 1]), ([1, 2, 3], [3, 2, 1]), ([1.5, 2.5], [0.25, 0.75]), ([1, 2], [0, 0]),
       ([1, 2], [1]), ([], []), ([4, 5], [True, False]), ([1, 2, 3], [1, -1, 0]), ([2, 0, 3], [1, 1, 1]),
       ([2, 0, 3], [1, 0, 1]), ([10 ** 15, 3], [10 ** 10, 1]), ([1, 2], ["inf", 1]), ([1, 2], [1, "nan"]),
       ([1e308, 1e308], [1, 1]), ([2, -1], [1, 1]), (["a", 2], [1, 1]), ([1, 2], ["a", 1]), ([1, 2], None),
       ([0.5, "inf"], [1, 2]), ([3, 6], [0.0, 2]), ([-0.0, 4], [1, 1]))
def weighted(xs, ws):
    xs = _data(xs)
    ws = _data(ws) if ws is not None else None
    return [_try(lambda: statistics.fmean(xs, ws)), _try(lambda: statistics.fmean(xs, weights=ws)),
            _try(lambda: statistics.harmonic_mean(xs, ws)), _try(lambda: statistics.harmonic_mean(xs, weights=ws))]


@cases(([1, 2, 3, 4, 5],), ([2.5, 1, 9],), ([0.0, 1],), ([-1, 2],), ([3, 0, -1],), ([4],), ([-4],), ([0],), ([],),
       ([True, 3],), ([1e-300, 1e300],), (["inf", 2],), (["nan", 2],), (["-inf", 2],), ([1, 2, "a"],), (["a"],),
       ([None, 1],), ([[1], 2],))
def positive_means(xs):
    xs = _data(xs)
    return [_try(lambda: statistics.geometric_mean(xs)), _try(lambda: statistics.harmonic_mean(xs))]


@cases((["a", "b", "c"],), (["a", "b"],), ([None],), ([None, 1],), ([[1], [2]],), ([{"a": 1}],), (["b", "a", "b"],),
       (["1", "2", "3"],), (["x", 1],), ([1, "a", 2],), ([{"a": 1}, {"a": 1}],))
def not_numbers(xs):
    """CPython's TypeErrors for values that are not numbers, and what works on any ordered or hashable data."""
    return [_try(lambda: statistics.mean(xs)), _try(lambda: statistics.fmean(xs)), _try(lambda: statistics.median(xs)),
            _try(lambda: statistics.median_low(xs)), _try(lambda: statistics.median_high(xs)),
            _try(lambda: statistics.median_grouped(xs)), _try(lambda: statistics.mode(xs)),
            _try(lambda: statistics.multimode(xs)), _try(lambda: statistics.variance(xs)),
            _try(lambda: statistics.pstdev(xs)), _try(lambda: statistics.quantiles(xs)),
            _try(lambda: statistics.harmonic_mean(xs)), _try(lambda: statistics.geometric_mean(xs))]


@cases(([1, 2, 3], 4, "exclusive"), ([1, 2, 3], 0, "exclusive"), ([1, 2, 3], -2, "inclusive"),
       ([1, 2, 3], 4, "median"), ([1, 2, 3], 4.0, "exclusive"), ([1, 2, 3], 4.0, "x"), ([1, 2, 3], True, "inclusive"),
       ([1], 4, "exclusive"), ([], 0, "x"), ([1, 2, 3], None, "exclusive"), ([1, 2, 3], "4", "exclusive"),
       ([5, 1, 3, 2, 4], 100, "inclusive"), ([5, 1, 3, 2, 4], 100, "exclusive"), ([1.5, -2, 7.25], 7, None),
       ([9007199254740991, 9007199254740990, 3], 5, "inclusive"), ([1e308, -1e308, 1.7e308], 4, "inclusive"),
       ([1e308, 1.7e308], 3, "exclusive"), (["a", "b", "c"], 4, "exclusive"), ([True, False, True], 3, "inclusive"))
def quantiles_args(xs, n, method):
    return _try(lambda: statistics.quantiles(xs, n=n, method=method))


@cases(([1, 2, 3],), ([4, 8, 15, 16, 23, 42],), ([],))
def names_and_aliases(xs):
    """import statistics, import statistics as st and from statistics import ... all lower the same way."""
    return [_try(lambda: st.mean(xs)), _try(lambda: mean(xs)), _try(lambda: median(xs)), _try(lambda: mode(xs)),
            _try(lambda: stdev(xs)), _try(lambda: st.pvariance(xs))]


@cases(([1, 2, 3],), ([],), ([1],))
def catching(xs):
    out = []
    try:
        out.append(statistics.stdev(xs))
    except statistics.StatisticsError as e:
        out.append("StatisticsError " + str(e))
    try:
        out.append(st.variance(xs))
    except ValueError as e:
        out.append("ValueError " + str(e))
    try:
        out.append(mean(xs))
    except StatisticsError as e:
        out.append(["caught", str(e), repr(e.args)])
    try:
        raise statistics.StatisticsError("custom " + str(len(xs)))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(median(xs))
    except (KeyError, st.StatisticsError):
        out.append("tuple handler")
    return out


@cases((["1.5", "2", "x7"],), (["3", "4"],), ([],), ([" 2.5", "1e3"],))
def iterators(xs):
    """A generator expression or map() as data is consumed right away, as in CPython."""
    return [_try(lambda: statistics.mean(float(x) for x in xs if x[0] != "x")),
            _try(lambda: statistics.median(map(len, xs))), _try(lambda: st.fmean(len(x) for x in xs)),
            _try(lambda: mean(len(x) * 2 for x in xs)), _try(lambda: statistics.stdev(map(float, xs))),
            _try(lambda: statistics.fmean([1] * len(xs), weights=(len(x) for x in xs))),
            _try(lambda: statistics.mode(x[0] for x in xs)), _try(lambda: statistics.multimode(map(len, xs)))]


@cases(({"a": 1, "b": 2},), ("abc",), ((1, 2, 3),), ([[1, 2], [3, 4]],))
def other_containers(d):
    """A dict's keys, a str's characters, a tuple's items (a tuple arrives as a list)."""
    return [_try(lambda: statistics.median(d)), _try(lambda: statistics.mode(d)), _try(lambda: statistics.mean(d)),
            _try(lambda: statistics.multimode(d)), _try(lambda: statistics.quantiles(d)),
            _try(lambda: statistics.median(tuple(d)))]


@cases(([3, 1, 4, 1, 5, 9, 2, 6],), ([2.5, 2.5, 1],), ([],))
def used_in_expressions(xs):
    """Results flow on as ints and floats: arithmetic, f-strings, rounding, JSON."""
    if not xs:
        return None
    m = statistics.mean(xs)
    s = statistics.stdev(xs)
    q = statistics.quantiles(xs, n=4)
    return {"mean": m, "sd": s, "z": [(x - m) / s for x in xs], "label": f"{m:.3f} ± {s:.2f}",
            "iqr": q[2] - q[0], "cv": round(s / m, 4), "spread": [statistics.median(xs) + 1, statistics.mode(xs) * 2],
            "text": str(statistics.median(xs)) + " " + str(statistics.fmean(xs)) + " " + str(s)}



@cases((2,), (3,), (0,))
def built_in_the_callback(k):
    """Data the callback builds itself: float literals (1.0 is a float here, not an int), computed floats,
    comprehensions and generator expressions of floats, tuples, ranges."""
    fl = [1.0, 2.0, 3.0, float(k)]
    halves = [x / 2 for x in range(k + 2)]
    return [repr(statistics.mean(fl)), repr(statistics.median(fl)), repr(statistics.mode(fl)),
            repr(statistics.mean(halves)), repr(statistics.variance(fl)), repr(statistics.mean(x * 1.0 for x in range(1, k + 3))),
            repr(statistics.median((1.0, 2.0 * k, 3))), repr(statistics.mean(range(k + 1))),
            repr(statistics.multimode([2.0, 2, True, 1])), repr(statistics.quantiles(range(k + 2), n=3)),
            repr(statistics.harmonic_mean([float(k + 1)])), repr(statistics.median_high([k * 1.0, 4.0])),
            repr(statistics.pvariance([k / 4, 0.5], mu=0.25)), repr(statistics.fmean([k] * 3, weights=[0.5, 1.0, 2.0]))]


@cases((None,), (5,), ("cab",), (True,), ([1, 2],))
def not_iterable(d):
    return [_try(lambda: statistics.mean(d)), _try(lambda: statistics.median(d)), _try(lambda: statistics.fmean(d)),
            _try(lambda: statistics.harmonic_mean(d)), _try(lambda: statistics.mode(d)),
            _try(lambda: statistics.variance(d, 1)), _try(lambda: statistics.pstdev(d)),
            _try(lambda: statistics.quantiles(d, n=2)), _try(lambda: statistics.geometric_mean(d))]


@cases(([1, 2, 3, 4], None), ([1, 2, 3, 4], "x"), ([1, 2, 3, 4], "2"), ([1, 2, 3, 4], True), ([1, 2, 3, 4], 0),
       ([1, 2, 3, 4], -1.5), (["1", "2"], 1), (["a", "b"], 1), ([None, None], 1), ([1, 3, 3, 5], "inf"))
def grouped_interval(xs, interval):
    interval = _num(interval)
    return _try(lambda: statistics.median_grouped(xs, interval))


@cases(([],), ([1],), ([1, 2],))
def error_object(xs):
    try:
        return statistics.stdev(xs)
    except statistics.StatisticsError as e:
        return [repr(e), str(e), list(e.args)]


def _item(s):
    """'a' stays a str, '[]' is a list, a number string n is 10 / n (ZeroDivisionError for '0', ValueError for
    'x')."""
    if s == "a":
        return s
    if s == "[]":
        return []
    return 10 / float(s)


@cases((["a", "0"],), (["1", "0", "a"],), (["2", "x"],), (["x", "2"],), (["1", "2", "0"],), (["[]", "0"],),
       (["1", "2"],), (["-1", "0"],), ([],), (["0.5", "0.25", "4"],))
def lazy_data_order(xs):
    """A generator as data is pulled one item at a time, as CPython pulls it: an item that is not a number raises
    before the next item is computed; geometric_mean turns the generator's own ValueError into its
    StatisticsError; fmean stops pulling data one item after the weights run out."""
    return [_try(lambda: statistics.mean(_item(s) for s in xs)), _try(lambda: statistics.fmean(map(_item, xs))),
            _try(lambda: statistics.variance(_item(s) for s in xs)), _try(lambda: statistics.pstdev((_item(s) for s in xs), 1)),
            _try(lambda: statistics.geometric_mean(_item(s) for s in xs)), _try(lambda: statistics.mode(map(_item, xs))),
            _try(lambda: statistics.multimode(_item(s) for s in xs)), _try(lambda: statistics.median(_item(s) for s in xs)),
            _try(lambda: statistics.harmonic_mean(_item(s) for s in xs)),
            _try(lambda: statistics.fmean((_item(s) for s in xs), weights=[1, 1])),
            _try(lambda: statistics.fmean(xs and [1] * len(xs), weights=(_item(s) for s in xs))),
            _try(lambda: statistics.harmonic_mean([1, 2], weights=(_item(s) for s in xs))),
            _try(lambda: statistics.quantiles((_item(s) for s in xs), n=0))]


@cases(([1, 2, 3, 4], [2, 4, 6, 8.5]), ([1, 2, 3], [3, 2, 1]), ([1, 1, 1], [1, 2, 3]), ([1, 2], [3]), ([1], [1]),
       ([], []), ([0.1, 0.2, 0.3], [1e308, -1e308, 1e308]), ([True, False, True], [1.5, 2.5, 0.5]),
       ([1, "inf"], [2, 3]), ([1, "nan"], [2, 3]), (["inf", "-inf"], [1, 2]), (["a", 2], [1, 2]), ([None, 1], [1, 2]),
       ([9007199254740991, 1, -3], [5e-324, 2.5e-320, -1e-310]), ({"a": 1}, [1]), ("ab", "cd"), (5, [1]),
       ([1e200, -1e200, 3e200], [1e200, 2e200, -1e200]), ([1e-200, 3e-200], [2e-200, 1e-200]))
def pairs(x, y):
    x = _data(x) if isinstance(x, list) else x
    y = _data(y) if isinstance(y, list) else y
    return [_try(lambda: statistics.covariance(x, y)), _try(lambda: statistics.correlation(x, y)),
            _try(lambda: st.covariance(y, x)), _try(lambda: st.correlation(y, x))]
