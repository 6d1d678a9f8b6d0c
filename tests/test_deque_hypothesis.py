"""collections.deque under random operation sequences (CPython vs QuickJS): the same list of operations applied to
deque(init, maxlen) on both sides, every returned value or error and the final repr compared
(tests/programs/p_deque.py apply_ops); and the deque programs in V8 too."""
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once, program_functions, v8_mismatches
from programs import p_deque

VALUES = st.sampled_from([0, 1, 2, 3, True, 1.5, "a", "b", None])
SMALL = st.integers(-6, 6)
SEQ = st.lists(VALUES, max_size=4)
OP = st.one_of(
    st.tuples(st.sampled_from(["append", "appendleft", "count", "remove", "contains"]), VALUES),
    st.tuples(st.sampled_from(["pop", "popleft", "clear", "reverse", "copy", "info"])),
    st.tuples(st.sampled_from(["extend", "extendleft", "iadd", "add", "eq"]), SEQ),
    st.tuples(st.sampled_from(["rotate", "getitem", "delitem", "imul", "mul", "loop"]), SMALL),
    st.tuples(st.just("rotate"), st.sampled_from([1.5, None, 100, -100])),
    st.tuples(st.just("index"), VALUES, SMALL, SMALL),
    st.tuples(st.sampled_from(["insert", "setitem"]), SMALL, VALUES),
).map(list)


@settings(max_examples=400, deadline=None)
@given(st.lists(VALUES, max_size=6), st.one_of(st.none(), st.integers(0, 5)), st.lists(OP, max_size=12))
def test_deque_random_operations(init, maxlen, ops):
    f = p_deque.apply_ops
    check_function(f, [(init, maxlen, ops)], compiled=compiled_once(f))


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_deque_programs_in_v8():
    funcs = program_functions("p_deque.py")
    assert len(funcs) >= 20
    failures = v8_mismatches(funcs)
    assert not failures, "\n".join(failures)
