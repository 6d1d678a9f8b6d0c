"""Divergences found by the differential fuzzer (tests/fuzz) in the compiler (py2cs/lower), minimized.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs
them as strict xfails, so a fix makes that test fail until the function moves to a p_fuzz_*.py file.
"""
from difftest import cases


# DOCUMENTED LIMIT (was a silent bug): int + int beyond 2**53 now raises OverflowError in JS (py_iplus /
# py_iminus) instead of rounding; CPython computes the exact big int. These keep diverging by design.
@cases(([1, 2],),)
def int_add_overflow_unchecked(a):
    return str(len(a) + 9007199254740991)


@cases(([1, 2],),)
def int_sub_overflow_unchecked(a):
    return str(-9007199254740991 - len(a))


@cases((0,),)
def int_literal_sum_overflow_unchecked(a):
    return divmod(2 + 9007199254740991, -2147483648)


# BUG (message): augmented assignment errors name the augmented operator in CPython:
# "unsupported operand type(s) for -=: 'list' and 'int'"; JS says "for -:".
@cases(([1],),)
def augassign_error_message(x):
    try:
        x -= 1
    except TypeError as e:
        return str(e)
    return x


# BUG (message): `v += 10` where v may be a list is lowered as py_add: CPython's list.__iadd__ says
# "'int' object is not iterable"; JS says 'can only concatenate list (not "int") to list'.
@cases(([1],), (0,))
def list_iadd_int_message(a):
    v = 1.5
    if a:
        v = [1]
    try:
        v += 10
    except TypeError as e:
        return str(e)
    return v


# BUG: changing a dict's size while iterating it through enumerate()/zip()/reversed() or inside a
# comprehension raises RuntimeError in CPython (the iterators are lazy); JS iterates a snapshot and goes on.
# (A plain `for k in d` / `d.items()` loop already raises.) Fuzz seed 19003809.
@cases(({"a": 1, "b": 2},),)
def dict_changed_during_enumerate_items(d):
    for i, (k, v) in enumerate(d.items()):
        d[k + "x"] = v
    return d


@cases(({"a": 1, "b": 2},),)
def dict_changed_during_enumerate_keys(d):
    for i, k in enumerate(d):
        d[k + "x"] = i
    return d


@cases(({"a": 1, "b": 2},),)
def dict_changed_during_zip(d):
    for k, v in zip(d, d.values()):
        d[k + "x"] = v
    return d


@cases(({"a": 1, "b": 2},),)
def dict_changed_during_reversed(d):
    for k, v in reversed(d.items()):
        del d[k]
    return d


@cases(({"a": 1, "b": 2},),)
def dict_changed_during_comprehension(d):
    return [k for k in d if d.setdefault(k + "x", 1)]


# BUG: reversed(list) is a lazy iterator in CPython (it reads c[i] for i = len-1 down to 0 at each step), so
# removing items from the front while looping changes what it yields. JS loops over a reversed copy.
# CPython: [[4, 4, 4, 4], []]; JS: [[4, 3, 2, 1], []].
@cases(([1, 2, 3, 4],),)
def reversed_list_mutated_in_loop(c):
    out = []
    for x in reversed(c):
        out.append(x)
        c.remove(c[0])
    return [out, c]


@cases(([1, 2, 3, 4],),)
def enumerate_reversed_list_mutated_in_loop(c):
    out = []
    for i, x in enumerate(reversed(c)):
        out.append(x)
        c.pop(0)
    return [out, c]
