"""match statements against hypothesis-generated subjects: JSON values as a browser sends them, and the
tuples, ranges, Counters and defaultdicts a callback builds from them (CPython vs QuickJS)."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once
from programs import p_match

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0.0, 1.0, -1.0, 2.5, 1e100]),
                    st.sampled_from(["", "a", "b", "k", "type", "delete", "btn-add", "x"]))
KEYS = st.sampled_from(["a", "b", "k", "type", "index", "x", "missing"])
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                     st.dictionaries(KEYS, inner, max_size=4)), max_leaves=12)

@pytest.mark.parametrize("func", [p_match.match_classify, p_match.match_kinds, p_match.match_sequences,
                                  p_match.match_mappings, p_match.match_or_as, p_match.match_guards,
                                  p_match.match_triggered],
                         ids=lambda f: f.__name__)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_match_generated_subjects(func, data):
    n = func.__code__.co_argcount
    args = tuple(data.draw(JSON) for _ in range(n - 1)) + (data.draw(JSON if n == 1 else st.integers(-2, 5)),)
    check_function(func, [args], compiled=compiled_once(func))
