from difftest import cases


@cases(([1, 2, 3],), ([],), (["a"],))
def append_extend(xs):
    ys = list(xs)
    ys.append(4)
    ys.extend([5, 6])
    ys.extend("ab")
    ys.insert(0, "first")
    ys.insert(-1, "nearlast")
    ys.insert(100, "end")
    return [xs, ys, len(ys)]


@cases(([1, 2, 3], 0), ([1, 2, 3], -1), ([1], 5), ([], -1))
def pop_index(xs, i):
    try:
        v = xs.pop(i)
        return [v, xs]
    except IndexError as e:
        return "IndexError: " + str(e)


@cases(([1, 2, 3, 2], 2), ([1, 2], 5), (["a", 1.0, 1], 1))
def remove_index_count(xs, v):
    out = [xs.count(v)]
    try:
        out.append(xs.index(v))
        xs.remove(v)
        out.append(xs)
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return out


@cases(([3, 1, 2],), ([],), (["b", "A", "a"],), ([2.5, 1, -1, True],))
def sort_variants(xs):
    a = sorted(xs)
    b = sorted(xs, reverse=True)
    c = list(xs)
    c.sort()
    d = list(xs)
    d.reverse()
    return [a, b, c, d, xs]


@cases((["bb", "a", "ccc", "dd"],), ([],), (["é", "😀", "ab"],))
def sort_key(xs):
    return [sorted(xs, key=len), sorted(xs, key=lambda s: (-len(s), s)), sorted(xs, key=None)]


@cases(([{"n": "a", "v": 2}, {"n": "b", "v": 1}, {"n": "c", "v": 2}],), ([],))
def sort_records_stable(rows):
    rows2 = sorted(rows, key=lambda r: r["v"])
    rows.sort(key=lambda r: r["v"], reverse=True)
    return [[r["n"] for r in rows2], [r["n"] for r in rows]]


@cases(([1, "a"],), ([None, 1],), ([[1], 2],))
def sort_type_error(xs):
    try:
        return sorted(xs)
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(([1, 2], [3]), ([], []), (["a"], [1.5]))
def list_ops(a, b):
    c = a + b
    d = a * 2
    e = [0] * 3
    a += b
    return [c, d, e, a, len(c)]


@cases(([1, 2, 3], 1, 9), ([1, 2, 3], -1, 0), ([1], 3, 0))
def setitem(xs, i, v):
    try:
        xs[i] = v
        return xs
    except IndexError as e:
        return "IndexError: " + str(e)


@cases(([1, 2, 3],), ([],))
def copy_alias(xs):
    a = xs
    b = xs.copy()
    c = xs[:]
    a.append(99)
    return [xs, b, c, a is xs, b is xs, b == xs]


@cases(([[1, 2], [3]],), ([[]],))
def nested_lists(m):
    m[0].append(7)
    flat = [x for row in m for x in row]
    return [m, flat, [len(r) for r in m]]


@cases(([5, 3, 8, 1],), ([1],), ([],))
def min_max_list(xs):
    return [min(xs, default=None), max(xs, default="none"), sum(xs), sorted(xs)[:2]]


@cases(([1, 2, 3, 4, 5],), ([],))
def clear_and_del(xs):
    ys = list(xs)
    del ys[0:2]
    zs = list(xs)
    zs.clear()
    ws = list(xs)
    if ws:
        del ws[-1]
    return [ys, zs, ws]


@cases(([1, [2, [3, [4]]]],), ([],), ([[[]]],))
def list_repr(xs):
    return [str(xs), repr(xs), str([1.0, None, True, "a", (1,), (1, 2), {"k": 1.5}])]


@cases(([3, 1, 2], 2),)
def list_index_range(xs, v):
    return [xs.index(v, 1), xs.index(v, -2, 3)]


@cases(([1, 2, 3],), ([],))
def list_reversed_enumerate(xs):
    return [list(reversed(xs)), list(enumerate(xs, 1)), list(zip(xs, reversed(xs)))]
