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


# BUG (message): range() is a list, so an index or .index() error names the list: CPython says
# "range object index out of range" and "3 is not in range".
@cases((0, 0),)
def range_index_messages(a, b):
    out = []
    try:
        out.append(range(a, b)[0])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(range(a, b).index(3))
    except ValueError as e:
        out.append(str(e))
    return out


# BUG (arity): a user function or lambda called through a value (map() of a def, sort key, an item of a list)
# is not checked against its parameters: CPython raises "f() takes 1 positional argument but 2 were given" /
# "missing 1 required positional argument"; the JS function ignores the extra argument or binds undefined
# (None) to the missing one and returns a value. Direct calls are checked at compile time.
@cases(([1, 5], [3, 2]),)
def map_def_extra_argument(a, b):
    def f(x):
        return x * 2
    try:
        return list(map(f, a, b))
    except TypeError as e:
        return str(e)


@cases((1,),)
def lambda_from_list_wrong_arity(n):
    fs = [lambda x: x, lambda x, y: y]
    try:
        return [fs[0](n, 2)]
    except TypeError as e:
        return str(e)
