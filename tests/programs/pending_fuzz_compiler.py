"""Divergences found by the differential fuzzer (tests/fuzz) in the compiler (py2cs/lower), minimized.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs
them as strict xfails, so a fix makes that test fail until the function moves to a p_fuzz_*.py file.
"""
from difftest import cases


# BUG: the first iterable of a comprehension must be evaluated in the enclosing scope. JS evaluates `q` after
# declaring the loop variable `q`, so it iterates None: TypeError "'NoneType' object is not iterable".
@cases(([1, 2],), ([],))
def comprehension_iterable_shadowed(q):
    return [q * 2 for q in q]


# BUG: same, in a generator expression passed to sum()
@cases(([1, 0, 2],),)
def genexp_iterable_shadowed(q):
    return sum(1 for q in q if q)


# BUG: `for x in range(start, stop)` evaluates `stop` before `start`: CPython raises the ValueError of
# int(c); JS raises the KeyError of d[c] first.
@cases(("zz",),)
def range_args_evaluation_order(c):
    d = {"a": 3}
    out = []
    for x in range(int(c), d[c]):
        out.append(x)
    return out


# BUG: in `xs[i] = v` CPython evaluates v first, then xs and i. JS evaluates the index first: a different
# exception here (the message differs; with side effects in the index/value the results differ too).
@cases(([1],),)
def subscript_assignment_evaluation_order(xs):
    xs[[].index(1)] = int("x")
    return xs


# BUG: with side effects the wrong order changes the result: CPython appends 'v' then 'i'.
@cases(([0],),)
def subscript_assignment_side_effect_order(xs):
    log = []
    xs[log.append("i") or 0] = log.append("v") or 5
    return [xs, log]


# BUG: int + int (both statically int) is a plain JS `+` without the 2**53 check: the result is rounded
# silently instead of raising OverflowError. CPython: '9007199254740993'; JS: '9007199254740992'.
@cases(([1, 2],),)
def int_add_overflow_unchecked(a):
    return str(len(a) + 9007199254740991)


@cases(([1, 2],),)
def int_sub_overflow_unchecked(a):
    return str(-9007199254740991 - len(a))


@cases((0,),)
def int_literal_sum_overflow_unchecked(a):
    return divmod(2 + 9007199254740991, -2147483648)


# BUG: mutating a dict while iterating it raises RuntimeError in CPython; JS iterates a snapshot.
@cases(({"a": 1},),)
def dict_changed_during_iteration(d):
    for k in d:
        d[k + "x"] = 1
    return d


@cases(({"a": 1, "b": 2},),)
def dict_items_changed_during_iteration(d):
    for k, v in d.items():
        del d[k]
    return d


# BUG: zip() / enumerate(x, start) in a for loop are eager lists in JS; CPython iterates lazily, so
# shrinking the list inside the loop ends the loop earlier. CPython: [1]; JS: [].
@cases(([1, 2, 3],),)
def zip_list_shrunk_in_loop(c):
    for a, b in zip(c, c):
        c.pop()
    return c


@cases(([1.5, 2, 2],),)
def enumerate_start_list_shrunk_in_loop(c):
    for i, x in enumerate(c, 1):
        c.remove(x)
    return c


# BUG (message): augmented assignment errors name the augmented operator in CPython:
# "unsupported operand type(s) for -=: 'list' and 'int'"; JS says "for -:".
@cases(([1],),)
def augassign_error_message(x):
    try:
        x -= 1
    except TypeError as e:
        return str(e)
    return x


# BUG: a callback's `return x` inside try/finally converts x for the page (py_to_js) before the finally
# block runs, so the finally's mutation of x is lost. CPython returns the object as mutated: [1]; JS: [].
@cases((1,), (0,))
def return_in_try_sees_finally_mutation(a):
    out = []
    try:
        if a:
            return out
        out.append(0)
    finally:
        out.append(1)
    return out


@cases((1,),)
def return_subscript_in_try_sees_finally_mutation(a):
    d = {"k": []}
    try:
        return d["k"]
    finally:
        d["k"].append(a)


# BUG: `v += s` with a str right operand is lowered as py_add(v, s) even when v may be a list; for a list
# CPython extends it in place with the characters: [2, 'x']. JS: TypeError "can only concatenate list".
@cases(([2],), ("ab",))
def list_iadd_str(a):
    v = a
    v += "x"
    return v


@cases((0,),)
def list_iadd_str_after_retype_in_loop(a):
    v = "ab"
    out = []
    for i in range(2):
        v += "x"
        out.append(v)
        v = [1]
    return out


# BUG: unary minus of a statically-int value is a plain JS `-x`: for 0 it gives -0, which the runtime
# reads as the float -0.0 (as CPython would print -0.0 for a float): str() is '0' but isinstance(v, int)
# is False, sum() makes it a float and an index or slice bound raises TypeError. CPython: int 0 everywhere.
@cases(([],),)
def int_negation_zero(a):
    x = len(a)
    v = -x
    return [isinstance(v, int), sum([-x]), [1, 2][-x], [1, 2, 3][:-x], str(max(-x, 0)), [-q for q in [0]]]
