"""Counter arithmetic and in-place set operations on hypothesis-generated operands (CPython vs QuickJS)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once
from programs import p_inplace_ops

COUNTS = st.dictionaries(st.sampled_from(["a", "b", "c", "d", "e"]), st.integers(-3, 3), max_size=5)
ITEMS = st.lists(st.sampled_from([0, 1, 2, 3, True, False, 1.5, "a", "b"]), max_size=6)
@settings(max_examples=300, deadline=None)
@given(COUNTS, COUNTS)
def test_counter_arithmetic_random(a, b):
    f = p_inplace_ops.counter_from_dicts
    check_function(f, [(a, b)], compiled=compiled_once(f))


@settings(max_examples=200, deadline=None)
@given(ITEMS, ITEMS)
def test_set_inplace_random(a, b):
    f = p_inplace_ops.set_inplace
    check_function(f, [(a, b)], compiled=compiled_once(f))
