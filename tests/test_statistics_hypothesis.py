"""The statistics module on hypothesis-generated data, CPython vs QuickJS: every function on lists of ints,
floats (subnormal, huge, tiny, negative zero), bools, NaN and infinities (sent as strings), mixed and with
duplicates. Results are compared as repr() strings: the equality is exact, to the last bit of every float
and int vs float."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from difftest import browser_json, compiled_once, _jsonable, py_run, same_outcome
from programs import p_statistics as P

FLOATS = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(-1e3, 1e3, allow_nan=False),
    st.floats(-1e-300, 1e-300, allow_nan=False),                     # subnormals and tiny values
    st.sampled_from([0.0, -0.0, 0.1, 0.5, 2.5, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324,
                     2.2250738585072014e-308, 1e16, 9007199254740993.0]),
    st.integers(-10, 10).map(lambda k: k + 0.5),
)
INTS = st.one_of(st.integers(-20, 20), st.integers(-2 ** 53 + 1, 2 ** 53 - 1), st.integers(-10 ** 6, 10 ** 6))
NUMBER = st.one_of(INTS, FLOATS, st.booleans())
SPECIAL = st.sampled_from(["nan", "inf", "-inf"])


def _lists(elem, max_size=12):
    # duplicates (for mode and multimode) by drawing from a small pool too
    return st.one_of(st.lists(elem, max_size=max_size),
                     st.lists(elem, min_size=1, max_size=4).flatmap(
                         lambda pool: st.lists(st.sampled_from(pool), max_size=max_size)))


DATA = st.one_of(_lists(NUMBER), _lists(INTS), _lists(FLOATS), _lists(st.floats(0.001, 1e6)),
                 _lists(st.one_of(NUMBER, SPECIAL), max_size=6))

_BIG = "OverflowError: py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly"


_NANS = ("TypeError: py2cs: mode() and multimode() of data with more than one NaN are not supported (CPython "
         "counts NaNs by identity)")


def _refused_here(a, b, args) -> bool:
    """The two documented refusals: an int result beyond 2**53, mode()/multimode() of several NaNs."""
    return (b == _BIG and _big_int(a)) or (b == _NANS and sum(x == "nan" for x in args[0]) > 1)


def _big_int(text) -> bool:
    try:
        return abs(int(text)) > 2 ** 53
    except ValueError:
        return False


def _check(func, *args):
    """check_function, except that an int result beyond 2**53 (variance of large ints) may be py2cs's
    OverflowError in JS: only there, and only for an int that large."""
    args = tuple(browser_json(_jsonable(list(args))))
    c = compiled_once(func)
    p = py_run(func, args)
    for undef in ([False, True] if any(a is None for a in args) else [False]):
        j = c.run(args, undefined_for_none=undef)
        if p[0] == j[0] == "ok" and isinstance(p[1], list) and isinstance(j[1], list) and len(p[1]) == len(j[1]):
            pairs = [(a, b) for a, b in zip(p[1], j[1]) if not _refused_here(a, b, args)]
            assert all(a == b for a, b in pairs), f"{func.__name__}{args!r}:\n  python: {p!r}\n  js:     {j!r}"
        else:
            assert same_outcome(p, j), f"{func.__name__}{args!r}:\n  python: {p!r}\n  js:     {j!r}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DATA)
def test_averages(xs):
    _check(P.averages, xs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DATA)
def test_spread(xs):
    _check(P.spread, xs)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DATA)
def test_medians_modes_quantiles(xs):
    _check(P.medians, xs)
    _check(P.modes, xs)
    _check(P.quartiles, xs)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DATA, st.one_of(NUMBER, SPECIAL, st.none()))
def test_spread_given_mean(xs, m):
    _check(P.spread_given_mean, xs, m)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 8).flatmap(lambda n: st.tuples(st.lists(st.one_of(NUMBER, SPECIAL), min_size=n, max_size=n),
                                                      st.lists(st.one_of(NUMBER, SPECIAL), min_size=n, max_size=n))))
def test_weighted(pair):
    _check(P.weighted, *pair)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lists(NUMBER, max_size=15), st.integers(1, 12), st.sampled_from(["exclusive", "inclusive"]))
def test_quantiles(xs, n, method):
    _check(P.quantiles_args, xs, n, method)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 9).flatmap(lambda n: st.tuples(st.lists(st.one_of(NUMBER, SPECIAL), min_size=n, max_size=n),
                                                      st.lists(st.one_of(NUMBER, FLOATS), min_size=n, max_size=n))))
def test_covariance_correlation(pair):
    _check(P.pairs, *pair)
