from difftest import cases


@cases((0,), (1,), (-1,), (None,), ("",), ([],), (2.5,))
def if_chain(x):
    if x is None:
        return "none"
    elif x == 0 and not isinstance(x, str):
        return "zero"
    elif not x:
        return "empty"
    else:
        return "other"


@cases((1, 2), (0, 5), ("", "b"), (None, 0), ([], [1]))
def and_or_operands(a, b):
    return [a and b, a or b, not a, a and b or "z", (a or b) and "y"]


@cases((5,), (0,), (-2,))
def ternary_nested(n):
    return "pos" if n > 0 else "zero" if n == 0 else "neg"


@cases((10,), (0,), (3,))
def while_else(n):
    i = 0
    while i < n:
        if i == 5:
            break
        i += 1
    else:
        return ["no break", i]
    return ["break", i]


@cases(([1, 2, 3], 2), ([1, 3], 2), ([], 0))
def for_else(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            found = i
            break
    else:
        found = -1
    return found


@cases((10,), (1,))
def continue_loop(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 7:
            break
        out.append(i)
    return out


@cases((3,), (0,))
def nested_break(n):
    out = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            out.append((i, j))
    return out


@cases((4,), (1,))
def pass_stmt(n):
    for _ in range(n):
        pass
    if n:
        pass
    else:
        return "zero"
    return "done"


@cases((5,), (-1,))
def walrus_while(n):
    xs = list(range(n)) if n > 0 else []
    out = []
    while (k := len(xs)) > 2:
        out.append(xs.pop())
    return [out, k]


@cases((7,), (1,), (27,))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@cases((0,), (1,), (2,), (3,))
def early_return_none(n):
    if n == 1:
        return
    if n == 2:
        return None
    if n == 3:
        return 0


@cases(("a",), ("b",), ("c",), ("",))
def dispatch_dict(k):
    table = {"a": lambda: 1, "b": lambda: "two"}
    f = table.get(k)
    return f() if f else "none"


@cases((3, 4), (0, 0), (-1, 2))
def assert_stmt(a, b):
    try:
        assert a >= 0, f"negative: {a}"
        assert b
        return a + b
    except AssertionError as e:
        return "AssertionError: " + str(e)
