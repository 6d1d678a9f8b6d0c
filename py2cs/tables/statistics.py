"""The statistics module (CPython 3.11 signatures), lowered by py2cs/lower/statlow.py onto
templates/runtime/statistics.js. ``py2cs docs`` renders these tables into docs/subset.md."""
from __future__ import annotations

from . import Sig

_EXACT = "exact as CPython: the data summed as exact fractions (BigInt), the result rounded once"

FUNCTIONS = {
    "mean": Sig("data", "any", note=_EXACT + "; an int when the data are ints and the mean is whole "
                                              "(mean([2, 4]) is 3), else a float"),
    "fmean": Sig("data, weights=None", "float", note="math.fsum of the data (and of data * weights) divided as CPython"),
    "geometric_mean": Sig("data", "float", note="exp(fmean(map(log, data))) as CPython; log and exp are the "
                                                "engine's (Math.log, Math.exp): in V8 the last bit differs for a "
                                                "few percent of inputs (see Known limits)"),
    "harmonic_mean": Sig("data, weights=None", "any", note=_EXACT),
    "median": Sig("data", "any", note="the middle item, or the mean of the two middle items (a float)"),
    "median_low": Sig("data", "any"),
    "median_high": Sig("data", "any"),
    "median_grouped": Sig("data, interval=1.0", "float"),
    "mode": Sig("data", "any", note="the first of the most common values (1, 1.0 and True count as one, the first "
                                    "seen is kept); one NaN is exact, a second NaN raises a py2cs TypeError (CPython "
                                    "counts NaNs as one value only when they are one object)"),
    "multimode": Sig("data", "list", note="as mode(), every value of the highest count in first-seen order"),
    "quantiles": Sig("data, *, n=4, method='exclusive'", "list", note="method 'exclusive' or 'inclusive'"),
    "variance": Sig("data, xbar=None", "any", note=_EXACT),
    "pvariance": Sig("data, mu=None", "any", note=_EXACT),
    "stdev": Sig("data, xbar=None", "float", note=_EXACT + " (the correctly rounded square root of the exact "
                                                          "variance)"),
    "pstdev": Sig("data, mu=None", "float", note=_EXACT + " (the correctly rounded square root)"),
    "covariance": Sig("x, y, /", "float", note="with math.fsum, as CPython (x and y sized: lists, tuples, ranges)"),
    "correlation": Sig("x, y, /", "float", note="Pearson's r, with math.fsum and a correctly rounded sqrt, as CPython"),
}

# statistics.X that py2cs refuses, with what to write instead
REFUSED = {
    "NormalDist": "not supported: compute what you need from mean() and stdev()",
    "linear_regression": "not supported: slope = statistics.covariance(x, y) / statistics.variance(x), "
                         "intercept = statistics.fmean(y) - slope * statistics.fmean(x)",
}

NOTES = ("Decimal and Fraction values do not exist in py2cs: the data are ints, floats and bools (a bool counts "
         "as an int, as in CPython), and any ordered values for the median functions (str too). A set as data is "
         "sorted by the median functions and quantiles, and refused by the others (a py2cs TypeError: its order "
         "is not CPython's).")
