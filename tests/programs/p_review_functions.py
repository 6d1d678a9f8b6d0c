"""Adversarial review of functions and control flow (closures, defaults, *args, keyword arguments, recursion,
lambdas, try/except/finally with return/break/continue, loop else, short-circuits, chained comparisons, walrus,
assert, generator expressions, unpacking targets, isinstance, None as null or undefined): the divergences found,
fixed, plus a sample of the edges that held."""
import json
import math

from difftest import cases


# Keyword arguments are evaluated in the order written, not in parameter order (they were placed into their
# parameters' slots at compile time and so evaluated in parameter order: the log was [1, 2, 3]).
@cases((1,),)
def keyword_args_evaluated_in_source_order(n):
    log = []

    def v(x):
        log.append(x)
        return x

    def f(a, b, c=0, *, d=0):
        return [a, b, c, d]
    return [f(c=v(3), b=v(2), a=v(1)), f(v(1), d=v(4), c=v(3), b=v(2)), log]


# The same with an assignment expression: `a=x` reads the x that `b=(x := 5)` bound just before (was 0).
@cases((0,), (1,))
def keyword_args_walrus_order(n):
    def f(a, b):
        return [a, b]
    x = n
    return f(b=(x := 5), a=x)


# Which keyword argument raises first: the one written first (was the ZeroDivisionError of `a=`).
@cases(([3, 1, 2],),)
def keyword_args_raise_in_source_order(xs):
    def f(a, b):
        return [a, b]
    try:
        return f(b=xs[10], a=1 / 0)
    except (IndexError, ZeroDivisionError) as e:
        return str(e)


# Keyword-only parameters, nested calls and calls inside lambdas and comprehensions (all were in parameter order).
@cases((1,),)
def keyword_args_order_nested(n):
    log = []

    def v(x):
        log.append(x)
        return x

    def f(a, b):
        return [a, b]

    def g(*, a=0, b=0):
        return [a, b]
    h = lambda: f(b=v(1), a=v(2))
    return [h(), [f(b=v(i), a=v(i * 10)) for i in range(2)], f(b=f(b=v(1), a=v(2)), a=f(b=v(3), a=v(4))),
            g(b=v(5), a=v(6)), f(b=v(7), a=8), f(b="s", a=v(9)), log]


# Builtins, methods, math and json place keyword arguments by their signatures: the same fix applies
# (sorted(reverse=, key=), max(default=, key=), list.sort, json.dumps, math.isclose, str.split, print).
@cases(([3, 1, 2],), ([],))
def keyword_args_order_builtins(xs):
    log = []

    def v(x, tag):
        log.append(tag)
        return x
    r = [sorted(xs, reverse=v(True, "r"), key=v(lambda a: -a, "k"))]
    r.append(max(xs, default=v("d", "d"), key=v(lambda a: a, "k")))
    r.append(min(xs, default=v("d", "d"), key=v(None, "k")))
    ys = list(xs)
    ys.sort(reverse=v(True, "r2"), key=v(str, "k2"))
    r.append(ys)
    r.append(json.dumps(xs, sort_keys=v(True, "s"), indent=v(1, "i"), separators=v((",", ":"), "sep")))
    r.append(math.isclose(1, 1.0000001, abs_tol=v(0.1, "a"), rel_tol=v(0, "rt")))
    r.append("a,b,c".split(maxsplit=v(1, "m"), sep=v(",", "s")))
    r.append(round(ndigits=v(2, "nd"), number=v(2.675, "num")))
    r.append(pow(exp=v(2, "e"), base=v(3, "b")))
    r.append("{a}-{b}".format(b=v(1, "fb"), a=v(2, "fa")))
    print("x", end=v("\n", "end"), sep=v(" ", "sep"))
    return [r, log]


# A function in the returned value: CPython's json cannot serialize it, the JS returned it (null in a list, the
# function itself alone, dropped in a dict). Now TypeError, as json.dumps (and Dash's encoder) raise.
@cases((0,), (1,), (2,))
def returned_function_is_not_json(n):
    def g():
        return 1
    if n == 0:
        return g
    if n == 1:
        return [g, 1]
    return {"f": lambda: 2, "n": n}


# A function stored in a list but never returned stays usable; the TypeError comes only at the return.
@cases((3,),)
def functions_in_containers_are_fine_until_returned(n):
    fs = [lambda v: v + 1, lambda v: v * 2]
    table = {"inc": fs[0], "dbl": fs[1]}
    return [f(n) for f in fs] + [table[k](n) for k in sorted(table)]



# Calling a value that is not a function: CPython's "'int' object is not callable" (was QuickJS's own TypeError
# message "not a function"; Chrome's "x is not a function").
@cases((1,), (None,), ("s",), ([1],), ({"a": 1},), (1.5,), (True,))
def call_non_callable(x):
    try:
        return x()
    except TypeError as e:
        return str(e)


@cases((0,), (1,), (2,))
def call_non_callable_from_list(i):
    fs = [lambda v: v + 1, 5, None]
    try:
        return fs[i](10)
    except TypeError as e:
        return str(e)


# ... raised after the arguments are evaluated, as CPython does: here the ZeroDivisionError of the argument, and
# the call's log entry comes first.
@cases((0,), (1,), (2,))
def call_non_callable_after_arguments(i):
    log = []
    fs = [lambda v: v + 1, 5, None]

    def arg(x):
        log.append(x)
        return x
    out = []
    try:
        out.append(fs[i](1 / i))
    except (TypeError, ZeroDivisionError) as e:
        out.append(str(e))
    try:
        out.append(fs[i](arg(i)))
    except TypeError as e:
        out.append(str(e))
    return [out, log]


# A closure over an `except ... as e` variable, called after the handler deleted the name: NameError (free
# variable) as in CPython; the JS closure still saw the exception ('a'). Comprehensions run at once: unaffected.
@cases((0,), (1,))
def closure_over_deleted_exception_name(n):
    try:
        if n:
            raise ValueError("a")
        e = "never raised"
    except ValueError as e:
        pass
    f = lambda: str(e)
    try:
        return f()
    except NameError as err:
        return "NameError: " + str(err)


@cases((1,),)
def closure_made_in_handler_called_after(n):
    try:
        raise KeyError("k")
    except KeyError as e:
        def f():
            return repr(e)
        g = lambda: str(e)
        inside = [f(), g(), [str(e) + str(i) for i in range(2)]]
    out = [inside]
    for h in (f, g):
        try:
            out.append(h())
        except NameError as err:
            out.append("NameError: " + str(err))
    e = "rebound"
    return out + [f(), g()]


# Unbounded recursion: RecursionError with CPython's message (was the engine's: QuickJS 'stack overflow', V8
# 'Maximum call stack size exceeded'). The depth at which it happens differs (CPython: 1000 frames by default).
@cases((1,),)
def recursion_error_message(n):
    def r(k):
        return r(k + 1)
    try:
        return r(0)
    except RecursionError as e:
        return ["RecursionError", str(e), e.args == ("maximum recursion depth exceeded",)]


# Iterators consumed right away are still lists in py2cs, and agree (iterators kept as values are refused: they
# were lists, reusable, false when empty, with a len(); see tests/test_refusals.py).
@cases(([3, 1, 2],), ([],))
def iterators_consumed_right_away(xs):
    out = [list(map(str, xs)), sorted(filter(None, xs)), dict(zip(map(str, xs), xs)), list(enumerate(reversed(xs), 1)),
           sum(x for x in xs), ",".join(str(x) for x in xs if x > 1), max((x for x in xs), default=None),
           [*map(abs, xs)], [i * x for i, x in enumerate(xs)], list(zip(xs, map(lambda v: v * 2, xs)))]
    a, b = zip([1, 2], [3, 4])
    out.append([a, b])
    for i, (x, y) in enumerate(zip(xs, reversed(xs))):
        out.append((i, x, y))
    out.append(tuple(x if xs else 0 for x in (xs or [0])))
    return out
