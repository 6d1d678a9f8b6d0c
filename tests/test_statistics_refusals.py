"""The statistics module: what py2cs refuses at compile time (with file, line, column, message and hint), and
the runtime errors where the browser cannot be exact (an int beyond 2**53, several NaNs counted by identity,
a set whose order decides the result)."""
import statistics

import pytest

import py2cs
from difftest import Compiled
from refusal import assert_one_diagnostic, transpile_refused

HEAD = "import statistics\nfrom statistics import mean\n\n\n"

# (id, body of f(xs, ys), words expected in the message, words expected in the hint)
REFUSED = [
    ("linear_regression", "    return statistics.linear_regression(xs, ys)\n",
     "statistics.linear_regression is not supported", "intercept"),
    ("linear_regression_import", "    return linear_regression(xs, ys)\n", "statistics.linear_regression", "slope"),
    ("covariance_generator", "    return statistics.covariance((x for x in xs), ys)\n", "one-shot iterator",
     "consume it"),
    ("covariance_keyword", "    return statistics.covariance(x=xs, y=ys)\n", "positional-only", "x, y, /"),
    ("normaldist", "    return statistics.NormalDist(1, 2)\n", "statistics.NormalDist is not supported", "mean()"),
    ("unknown_attr", "    return statistics.nope(xs)\n", "statistics.nope is not supported", "supported: correlation"),
    ("too_many_args", "    return statistics.mean(xs, ys)\n", "statistics.mean() takes at most 1 positional", "data"),
    ("quantiles_positional_n", "    return statistics.quantiles(xs, 4)\n", "takes at most 1 positional", "n=4"),
    ("bad_keyword", "    return statistics.fmean(xs, weight=ys)\n", "unexpected keyword argument 'weight'", "weights"),
    ("missing_data", "    return statistics.median()\n", "missing required argument 'data'", "data"),
    ("error_as_value", "    return [statistics.StatisticsError]\n", "StatisticsError can only be raised or caught",
     "except statistics.StatisticsError"),
    ("generator_kept", "    g = (x * 2 for x in xs)\n    return statistics.mean(g)\n", "one-shot iterator", "consume it"),
    ("generator_as_mean", "    return statistics.variance(xs, (x for x in xs))\n", "one-shot iterator", "consume it"),
]


def _src(name, body):
    extra = "from statistics import linear_regression\n" if name == "linear_regression_import" else ""
    return extra + HEAD + "def f(xs, ys):\n" + body


@pytest.mark.parametrize("name,body,words,hint", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(tmp_path, name, body, words, hint):
    src = _src(name, body)
    path, err = transpile_refused(tmp_path, name, src)
    assert_one_diagnostic(path, err, src.splitlines().index(body.splitlines()[0]) + 1, words, hint)


def test_refused_live_import():
    """A live function importing an unsupported statistics name: the same refusal, with its hint."""
    from statistics import linear_regression

    def f(xs, ys):
        return linear_regression(xs, ys)
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(f)
    d = info.value.diagnostics[0]
    assert "statistics.linear_regression" in d.message and "not supported" in d.message
    assert "slope" in d.hint


def test_static_imports_compile(tmp_path):
    """import statistics, import statistics as st and from statistics import ... read without running the file."""
    src = ("import statistics\nimport statistics as st\nfrom statistics import median as med, StatisticsError\n\n\n"
           "def f(xs):\n    try:\n        return [statistics.mean(xs), st.pstdev(xs), med(xs)]\n"
           "    except StatisticsError:\n        return None\n")
    js = py2cs.transpile_source(src, filename=str(tmp_path / "m.py"))
    assert "py_stat_mean" in js and "py_stat_pstdev" in js and "py_stat_median" in js


def _run(func, *args):
    return Compiled(func).run(args)


def test_int_result_beyond_2_53_is_an_overflow_error():
    """CPython's variance of large ints is an int beyond 2**53: py2cs raises instead of rounding it."""
    def f(xs):
        return statistics.variance(xs)
    assert statistics.variance([10 ** 15, -10 ** 15, 3]) > 2 ** 53
    out = _run(f, [10 ** 15, -10 ** 15, 3])
    assert out == ("err", "OverflowError",
                   "py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly"), out
    assert _run(f, [0, 134217728]) == ("ok", 2 ** 53)        # 2**53 itself is exact


def test_mode_of_several_nans_is_refused():
    """CPython counts NaNs as one value only when they are one object; one NaN is exact, two are refused."""
    def f(xs):
        xs = [float(x) if x == "nan" else x for x in xs]
        return [repr(statistics.mode(xs)), repr(statistics.multimode(xs))]
    assert _run(f, ["nan", 1, 1]) == ("ok", ["1", "[1]"])
    out = _run(f, ["nan", 1, "nan"])
    assert out[0] == "err" and out[1] == "TypeError" and "more than one NaN" in out[2], out


def test_set_data_where_order_matters_is_refused():
    def f(xs):
        return statistics.mode(set(xs))
    out = _run(f, [1, 2, 2])
    assert out[0] == "err" and out[1] == "TypeError" and "set" in out[2], out

    def g(xs):
        return statistics.median(set(xs))          # sorted first: exact
    assert _run(g, [3, 1, 2, 2]) == ("ok", 2)
