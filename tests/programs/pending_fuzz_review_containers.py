"""Divergences found in the adversarial review of lists, dicts, sets, tuples and aliasing (review-r4), minimized.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs them as
strict xfails, so a fix makes that test fail until the function moves to a p_*.py file.
"""
from difftest import cases


# BUG (error class): returning a list that contains itself. CPython's (and Dash's) JSON encoder raises
# ValueError "Circular reference detected" (the harness reports serialization errors as TypeError); py_to_js
# recurses until the JS stack overflows, which surfaces as RecursionError "stack overflow". Both fail; only the
# class and message differ.
@cases(([1, 2],),)
def returns_circular_list(a):
    a.append(a)
    return a
