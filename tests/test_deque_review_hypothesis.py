"""map() whose function changes the list or deque it reads, on generated inputs (CPython vs QuickJS): py_map reads
each iterable's length before each step as CPython's map() calls next() on each iterator in turn
(tests/programs/p_deque_review.py map_with_change); and the review programs in V8."""
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once, program_functions, v8_mismatches
from programs import p_deque_review


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=5), st.sampled_from(["deque", "list"]),
       st.sampled_from(["append", "appendleft", "pop", "popleft", "rotate", "set", "none"]), st.sampled_from([1, 2]),
       st.booleans())
def test_map_changing_its_sequence(xs, kind, change, n, second):
    f = p_deque_review.map_with_change
    check_function(f, [(xs, kind, change, n, second)], compiled=compiled_once(f))


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_deque_review_programs_in_v8():
    funcs = program_functions("p_deque_review.py")
    assert len(funcs) >= 5
    failures = v8_mismatches(funcs)
    assert not failures, "\n".join(failures)
