"""Divergences found in the adversarial review of numbers, builtins and control flow (review-r2), minimized.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs them as
strict xfails, so a fix makes that test fail until the function moves to a p_*.py file.
"""
from difftest import cases


# DOCUMENTED LIMIT (was a silent bug): an int remainder beyond 2**53 (a divisor from outside beyond 2**53) was
# rounded: -3 % 10**16 gave 9999999999999996, CPython 9999999999999997. Now py_imod raises OverflowError.
@cases((-3, 10000000000000000),)
def big_int_mod_result(a, b):
    return str(a % b)


# DOCUMENTED LIMIT (was a silent bug): round() of an int beyond 2**53 (from outside) to tens returned the input
# unchanged (146011976037722432: ax - ax % 10 is not exact in a double); CPython 146011976037722430. Now
# py_round raises OverflowError when the rounded int is not exact.
@cases((146011976037722432, -1),)
def big_int_round_negative_ndigits(a, n):
    return str(round(a, n))
