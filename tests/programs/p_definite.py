"""Definite assignment (py2cs/lower/definite.py): reads that may precede the binding raise as in CPython."""
from difftest import cases


@cases((0,), (3,))
def while_else_bindings(n):
    i = 0
    while i < n:
        i += 1
        last = i
    else:
        done = True
    try:
        return [last, done]
    except UnboundLocalError as e:
        return str(e)


@cases(([1, 5],), ([1],), ([],))
def walrus_in_generator_binds_outer(xs):
    if any((found := x) > 2 for x in xs):
        return found
    try:
        return found
    except NameError as e:
        return "NE " + str(e)


@cases((1,), (9,))
def nonlocal_read_before_outer_binding(n):
    def inc():
        nonlocal total
        total = (total if n > 5 else 0) + 1
    try:
        inc()
    except NameError as e:
        return str(e)
    total = 10
    inc()
    return total


@cases((0,), (1,))
def try_except_finally_bindings(n):
    try:
        if n:
            raise ValueError("v")
        r = 1
    except ValueError:
        pass
    finally:
        f = 2
    try:
        return [r, f]
    except UnboundLocalError as e:
        return [str(e), f]


@cases((5,), (1,))
def for_else_binding(n):
    for i in range(n):
        if i == 2:
            v = i
            break
    else:
        v = -1
    return v


@cases((4,))
def lambda_reads_later_binding(n):
    lam = lambda: k * 2
    k = n
    return lam()


@cases((True,), (False,))
def conditional_def_reads_later_local(flag):
    if flag:
        def inner():
            return z
    z = 3
    try:
        return inner()
    except UnboundLocalError as ex:
        return str(ex)
