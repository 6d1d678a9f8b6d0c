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


# DOCUMENTED LIMIT (was a silent bug, found in review during the execution-speed work): a new int-valued
# float dict key ({1.0: x}) raises py2cs's TypeError instead of becoming the JSON key "1" (CPython: "1.0").
@cases((5,),)
def float_dict_key_json_spelling(x):
    return {1.0: x, 2: x}
