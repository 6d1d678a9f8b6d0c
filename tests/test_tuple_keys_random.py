"""Tuples as dict keys and set elements on hypothesis-generated keys: equal values of other types (1, True,
1.0; 0, False, 0.0, -0.0), nesting, None and strings; CPython vs QuickJS."""
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import Compiled, check_function
from programs import p_tuple_keys

LEAF = st.sampled_from([0, 1, 2, True, False, 0.0, -0.0, 1.0, 2.5, "", "a", "1", None])
KEY = st.recursive(LEAF, lambda inner: st.lists(inner, max_size=3), max_leaves=6).map(
    lambda k: k if isinstance(k, list) else [k])
_C = {}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(KEY, st.integers(0, 9)).map(list), max_size=6), st.lists(KEY, max_size=4))
def test_tuple_keys_random(pairs, probes):
    f = p_tuple_keys.insert_and_probe
    c = _C.get(f) or _C.setdefault(f, Compiled(f))
    check_function(f, [(pairs, probes)], compiled=c)


def identity_of_a_key(a):
    t = (a, 2)
    d = {t: 1}
    return [k is t for k in d]


def test_is_between_tuple_keys_is_refused():
    got = Compiled(identity_of_a_key).run((1,))
    assert got[0:2] == ("err", "TypeError") and "'is' between tuples or dates used as dict keys" in got[2], got
