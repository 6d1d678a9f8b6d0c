from difftest import cases


@cases((5,), (0,), (-3,))
def range_forms(n):
    return [list(range(n)), list(range(1, n)), list(range(n, 0, -1)), list(range(0, n, 2)), list(range(-n, n, 3))]


@cases((0,),)
def range_step_zero(n):
    try:
        return list(range(0, 5, n))
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(([1, 2, 3], ["a", "b"]), ([], [1]))
def zip_enumerate(a, b):
    out = []
    for i, (x, y) in enumerate(zip(a, b), start=10):
        out.append([i, x, y])
    for x, y, z in zip(a, a, a):
        out.append(x + y + z)
    return out


@cases(("abc",), ("",), ("é😀",))
def loop_string(s):
    out = ""
    for ch in s:
        out = ch + out
    return out


@cases(({"a": 1, "b": 2},), ({},))
def loop_dict_mutate_values(d):
    for k in d:
        d[k] = d[k] * 10
    return d


@cases(([[1, 2], [3, 4]],), ([],))
def loop_tuple_unpack(pairs):
    total = 0
    for a, b in pairs:
        total += a * b
    return total


@cases(([1, 2, 3],),)
def loop_var_after(xs):
    for x in xs:
        pass
    for i in range(3):
        pass
    return [x, i]


@cases((5,), (0,))
def while_accumulate(n):
    total, i = 0, 0
    while True:
        if i >= n:
            break
        total += i
        i += 1
    return total


@cases(([1, 2, 3, 4],),)
def loop_modify_copy(xs):
    for x in list(xs):
        if x % 2 == 0:
            xs.remove(x)
    return xs


@cases((4,),)
def range_len_index(n):
    xs = list(range(n))
    r = range(2, 10, 3)
    return [len(range(n)), xs[-1], list(r), 5 in range(2, 10, 3), sum(range(n))]


@cases(([3, 1, 2],), ([],))
def loop_sorted_reversed(xs):
    out = []
    for x in sorted(xs):
        out.append(x)
    for x in reversed(xs):
        out.append(-x)
    return out
