"""Divergences the differential fuzzer (tests/fuzz) found in the compiler, fixed; kept as regression tests."""
from difftest import cases


# Was a bug: the first iterable of a comprehension must be evaluated in the enclosing scope. JS evaluates `q` after
# declaring the loop variable `q`, so it iterates None: TypeError "'NoneType' object is not iterable".
@cases(([1, 2],), ([],))
def comprehension_iterable_shadowed(q):
    return [q * 2 for q in q]


# Was a bug: same, in a generator expression passed to sum()
@cases(([1, 0, 2],),)
def genexp_iterable_shadowed(q):
    return sum(1 for q in q if q)


# Was a bug: `for x in range(start, stop)` evaluates `stop` before `start`: CPython raises the ValueError of
# int(c); JS raises the KeyError of d[c] first.
@cases(("zz",),)
def range_args_evaluation_order(c):
    d = {"a": 3}
    out = []
    for x in range(int(c), d[c]):
        out.append(x)
    return out


# Was a bug: in `xs[i] = v` CPython evaluates v first, then xs and i. JS evaluates the index first: a different
# exception here (the message differs; with side effects in the index/value the results differ too).
@cases(([1],),)
def subscript_assignment_evaluation_order(xs):
    xs[[].index(1)] = int("x")
    return xs


# Was a bug: with side effects the wrong order changes the result: CPython appends 'v' then 'i'.
@cases(([0],),)
def subscript_assignment_side_effect_order(xs):
    log = []
    xs[log.append("i") or 0] = log.append("v") or 5
    return [xs, log]


# Was a bug: mutating a dict while iterating it raises RuntimeError in CPython; JS iterates a snapshot.
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


# Was a bug: zip() / enumerate(x, start) in a for loop are eager lists in JS; CPython iterates lazily, so
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


# Was a bug: a callback's `return x` inside try/finally converts x for the page (py_to_js) before the finally
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


# Was a bug: `v += s` with a str right operand is lowered as py_add(v, s) even when v may be a list; for a list
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


# Was a bug: unary minus of a statically-int value is a plain JS `-x`: for 0 it gives -0, which the runtime
# reads as the float -0.0 (as CPython would print -0.0 for a float): str() is '0' but isinstance(v, int)
# is False, sum() makes it a float and an index or slice bound raises TypeError. CPython: int 0 everywhere.
@cases(([],),)
def int_negation_zero(a):
    x = len(a)
    v = -x
    return [isinstance(v, int), sum([-x]), [1, 2][-x], [1, 2, 3][:-x], str(max(-x, 0)), [-q for q in [0]]]


# Was a bug: `x in s` with both sides statically str is lowered as s.indexOf(x) >= 0, evaluating s first.
# CPython raises the IndexError of the left operand; JS raises the TypeError of the right one.
@cases((0,),)
def str_in_evaluation_order(a):
    try:
        return ["b"][5] in ("%o" % 1e16)
    except (IndexError, TypeError) as e:
        return str(e)


# Was a bug (message): `/` on statically numeric operands is py_fdiv(a, b), which sees plain JS numbers and cannot
# tell 7.0 from 7: CPython says 'float division by zero' when either operand is a float; JS says
# 'division by zero'.
@cases((0,),)
def float_literal_division_by_int_zero_message(a):
    v = 0
    out = []
    try:
        return 7.0 / v
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        return 5 / 0.0
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


# Was a bug: a dict comprehension with a statically-int key emits `$r.set(v, 1)`, bypassing py_key. QuickJS hashes
# a double-tagged integral number (the start 2147483648 % 7 is a double) apart from the int 5, so the
# lookup misses. CPython: [True, 1]; QuickJS: [False, None]. (py_key normalizes; the raw .set does not.)
@cases((0,),)
def dict_comprehension_int_keys_bypass_py_key(a):
    d = {v: 1 for v in range(2147483648 % 7, 6)}
    return [5 in d, d.get(5)]


# Was a bug (QuickJS): a `break` in a try whose finally may `return` is emitted as an unlabeled `break;` inside the
# labeled block `$finN: { try { break; } finally {...} }`. That is valid JS (it leaves the loop; V8 agrees),
# but QuickJS, the engine of the tests and of `py2cs check`, treats it as leaving the labeled block, so the
# loop goes on. CPython: [1]; QuickJS: [1, 2, 3]. Emitting a labeled loop break (`break $loopN;`) avoids it.
@cases((0,), (1,))
def break_in_try_with_returning_finally(a):
    out = []
    for x in [1, 2, 3]:
        try:
            break
        finally:
            out.append(x)
            if a:
                return out
    return out


# Was a bug (QuickJS): same labeled-block problem with the `break` in the finally block of a try that returns:
# `$finN: { try { ... break $finN; } finally { if (a) break; } }` - QuickJS leaves only the block.
# CPython: [1] for a truthy a; QuickJS: [1, 2, 3].
@cases((0,), (1,))
def break_in_finally_of_returning_try(a):
    out = []
    for x in [1, 2, 3]:
        try:
            if not a:
                return out
        finally:
            out.append(x)
            if a:
                break
    return out


# Was a bug (message): `v += 10` where v may be a list is lowered as py_add: CPython's list.__iadd__ says
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


# Was a bug: changing a dict's size while iterating it through enumerate()/zip()/reversed() or inside a
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


# Was a bug: reversed(list) is a lazy iterator in CPython (it reads c[i] for i = len-1 down to 0 at each step), so
# removing items from the front while looping changes what it yields. JS loops over a reversed copy.
# CPython: [[4, 4, 4, 4], []]; JS: [[4, 3, 2, 1], []].
@cases(([1, 2, 3, 4],),)
def reversed_list_mutated_in_loop(c):
    out = []
    for x in reversed(c):
        out.append(x)
        c.remove(c[0])
    return [out, c]


# Was a bug: `sep.join(xs)` with xs statically a list of str is lowered as xs.join(sep) (JS Array.join), which
# evaluates xs before sep. CPython raises the IndexError of 'ab'[2]; JS raises the ValueError of
# rsplit(''). Fuzz seed 20009550.
@cases((0,),)
def str_join_evaluation_order(a):
    try:
        return "ab"[2].join("x".rsplit(""))
    except (IndexError, ValueError) as e:
        return str(e)


# (fixed in review session 5) augmented assignment errors name the augmented operator in CPython:
# "unsupported operand type(s) for -=: 'list' and 'int'"; JS said "for -:".
@cases(([1],),)
def augassign_error_message(x):
    try:
        x -= 1
    except TypeError as e:
        return str(e)
    return x
