from difftest import cases


@cases(([1, 2, 2, 3],), ([],), (["a", "a"],))
def set_basic(xs):
    s = set(xs)
    return [len(s), sorted(s), 2 in s, "a" in s]


@cases(([1, 2, 3], [2, 3, 4]), ([], [1]), (["a"], ["a"]))
def set_ops(a, b):
    x, y = set(a), set(b)
    return [sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y),
            x <= y, x < y, x >= y, x == y, x.isdisjoint(y), x.issubset(y), x.issuperset(y)]


@cases(([1, 2],), ([],))
def set_mutation(xs):
    s = set(xs)
    s.add(5)
    s.add(1)
    s.discard(2)
    s.discard(99)
    s.update([7, 8], [9])
    try:
        s.remove(100)
    except KeyError as e:
        return [sorted(s), "KeyError " + str(e)]
    return sorted(s)


@cases(([1, 2, 3], [2]),)
def set_methods(a, b):
    x = set(a)
    return [sorted(x.union(b)), sorted(x.intersection(b, [2, 3])), sorted(x.difference(b)),
            sorted(x.symmetric_difference(b)), sorted(x.copy())]


@cases(([1, 2, 3],), ([],))
def set_comprehension(xs):
    s = {x % 2 for x in xs}
    return [sorted(s), len(s), sorted({1, 2} | s)]


@cases(([1, 2],),)
def set_to_json_error(xs):
    return set(xs)


@cases(([1],), ([],))
def set_pop(xs):
    s = set(xs)
    try:
        return [s.pop(), len(s)]
    except (KeyError, TypeError) as e:
        return "err"


@cases(([1, 2],), ([],))
def set_eq_repr(xs):
    s = set(xs)
    return [s == set(reversed(xs)), str(set()), repr(set([1]))]


@cases(([[1]],),)
def set_unhashable(xs):
    try:
        return len(set(xs))
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(([1, 1.0],), ([0, 0.0, -0.0],), ([2, 2.5, 2],))
def set_int_float_merge(xs):
    return [len(set(xs)), len({x for x in xs})]
