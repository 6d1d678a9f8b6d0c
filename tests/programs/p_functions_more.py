from difftest import cases


# print(sep=, end=) writes to the console and returns None.
@cases(([1, 2],), ([],))
def print_returns_none(xs):
    r = print("hello", xs, sep="|", end="")
    return r


# Reading a free variable of an enclosing function before it is assigned raises NameError, in JS too (py2cs/lower/definite.py)
# ("cannot access free variable 'w' where it is not associated with a value in enclosing scope").
@cases((1,),)
def unbound_local_error(n):
    def f():
        return w
    try:
        r = f()
    except NameError as e:
        return "NameError: " + str(e)
    w = n
    return r


@cases((1,), (0,))
def unbound_local(n):
    try:
        if n:
            v = 1
        return v
    except NameError as e:
        return "NameError: " + str(e)


@cases((1,), (0,))
def catch_unbound_local_error(n):
    try:
        if n:
            v = 1
        return v
    except UnboundLocalError:
        return "unbound"


@cases(([1, 2],), ([],))
def loop_variable_after_empty_loop(xs):
    for x in xs:
        pass
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


@cases((0,), (1,))
def except_name_unbound_after_handler(n):
    try:
        1 // n
    except ZeroDivisionError as e:
        pass
    try:
        return str(e)
    except NameError as err:
        return "NameError: " + str(err)


@cases((1,), (-2,))
def while_true_break_binds(n):
    while True:
        k = n * 2
        if k >= 0:
            break
        n += 1
    return k


@cases((0,), (1,))
def augassign_unbound(n):
    try:
        if n:
            q = 1
        q += 1
        return q
    except UnboundLocalError as ex:
        return "UB " + str(ex)


@cases((3,),)
def lambda_free_variable_bound_later(n):
    f = lambda: m
    try:
        r = f()
    except NameError as ex:
        r = str(ex)
    m = n
    return [r, f()]


@cases(([1, 2, 3],), ([],))
def read_previous_iteration(xs):
    out = []
    for i in range(len(xs)):
        if i:
            out.append(prev)
        prev = xs[i]
    return out
