"""Every way a NEW int-valued float key or set element gets into a dict or set raises py2cs's documented
TypeError in the generated JS (CPython keeps the float: JSON key "2.0", str '2.0', which a JS Map key cannot
remember). Equal keys already present and non-integral floats are covered by tests/programs/p_float_keys.py."""
import math

import pytest

from difftest import Compiled, py_run

MSG = "py2cs: int-valued float dict keys and set elements (such as 2.0) are not supported"


def setitem(x):
    d = {}
    d[x / 2] = 1
    return d


def display(x):
    return {x / 2: 1}


def display_unknown(x):
    k = x / 2 if x else "s"
    return {k: 1, "b": 2}


def display_with_unpack(x):
    return {**{"a": 1}, x / 2: 1}


def comprehension(x):
    return {x / 2 + i: i for i in range(2)}


def set_display(x):
    return sorted(str(v) for v in {x / 2, "a" * 0 or 7})


def set_comprehension(x):
    return sorted(str(v) for v in {x / 2 for _ in range(1)})


def set_add(x):
    s = set()
    s.add(x / 2)
    return sorted(str(v) for v in s)


def set_of_list(x):
    return sorted(str(v) for v in set([x / 2]))


def set_update(x):
    s = {1}
    s.update([x / 2])
    return sorted(str(v) for v in s)


def set_intersection(x):
    return sorted(str(v) for v in {2}.intersection([x / 2]))


def dict_of_pairs(x):
    return dict([(x / 2, 1)])


def dict_update(x):
    d = {}
    d.update([(x / 2, 1)])
    return d


def fromkeys(x):
    return dict.fromkeys([x / 2], 0)


def setdefault(x):
    d = {}
    d.setdefault(x / 2, 0)
    return d


def augmented(x):
    d = {2: 0}
    d[x / 2] += 1     # the key exists: fine in both
    d[x / 4 + 2] = 5  # a new one: refused
    return d


CASES = [setitem, display, display_unknown, display_with_unpack, comprehension, set_display, set_comprehension,
         set_add, set_of_list, set_update, set_intersection, dict_of_pairs, dict_update, fromkeys, setdefault,
         augmented]


@pytest.mark.parametrize("func", CASES, ids=lambda f: f.__name__)
def test_new_int_valued_float_key_is_refused(func):
    py = py_run(func, (4,))
    assert py[0] == "ok"                          # CPython keeps 2.0 ...
    assert ("2.0" in repr(py[1])) or ("3.0" in repr(py[1])), py
    assert Compiled(func).run((4,)) == ("err", "TypeError", MSG)   # ... py2cs refuses instead of writing 2


# NaN: CPython finds a NaN inside a container only through the same object (identity first); a JS number
# has no identity, so py2cs refuses the comparison instead of guessing (documented limit).
NAN_MSG = "py2cs: NaN compared with NaN inside a container depends on object identity in CPython; test math.isnan() instead"


def nan_in_list(x):
    return math.nan in [1, math.nan, x]


def nan_list_equal(x):
    n = math.nan
    return [n, x] == [n, x]


def nan_index(x):
    xs = [x, math.nan]
    return xs.index(math.nan)


def nan_count(x):
    return [math.nan, x, math.nan].count(math.nan)


def nan_remove(x):
    xs = [math.nan, x]
    xs.remove(math.nan)
    return xs


def nan_tuple_sort(x):
    return sorted([(math.nan, 2), (math.nan, x)])


def nan_dict_values_equal(x):
    return {"a": math.nan} == {"a": math.nan}


@pytest.mark.parametrize("func", [nan_in_list, nan_list_equal, nan_index, nan_count, nan_remove, nan_tuple_sort,
                                  nan_dict_values_equal], ids=lambda f: f.__name__)
def test_nan_identity_inside_containers_is_refused(func):
    assert py_run(func, (1,))[0] == "ok"          # CPython: the same NaN object, found by identity
    assert Compiled(func).run((1,)) == ("err", "TypeError", NAN_MSG)


def nan_key(x):
    return len({math.nan: x})


def nan_set(x):
    return len({math.nan, x})


def nan_setitem(x):
    d = {}
    d[math.nan * x] = 1
    return len(d)


@pytest.mark.parametrize("func", [nan_key, nan_set, nan_setitem], ids=lambda f: f.__name__)
def test_nan_keys_are_refused(func):
    assert py_run(func, (1,))[0] == "ok"
    assert Compiled(func).run((1,)) == ("err", "TypeError",
                                        "py2cs: NaN as a dict key or set element is not supported (CPython finds it only by identity)")
