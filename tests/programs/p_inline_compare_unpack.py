"""Comparisons of two variables of unknown type (the two-numbers case written inline, the rest through
py_lt and co.) and tuple unpacking in loops (a list/tuple of the right length taken as it is, anything else
through py_unpack), also in min()/max() of generator expressions."""
from difftest import cases


@cases((1, 2), (2.5, 2), (3, 3.0), (True, 1), ("a", "b"), ("b", "a"), ([1, 2], [1, 3]), ([2], [1, 5]),
       (None, 1), ("a", 1), ([1], "x"), (1e300 * 10, 5), (-0.0, 0))
def compare_vars(a, b):
    out = []
    for f in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    try:
        out.append(a < b < 10 if not isinstance(b, (str, list)) else a < b)
    except TypeError as e:
        out.append(str(e))
    return out


@cases(([[1, 2], [3, 4]],), ([(1, "a"), (2, "b")],), ([[1, 2, 3]],), ([[1]],), (["ab", "cd"],), (["abc"],),
       ([{"x": 1, "y": 2}],), ([5],), ([None],), ([],))
def unpack_loop(items):
    out = []
    try:
        for a, b in items:
            out.append([a, b])
    except (TypeError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append([f"{a}-{b}" for a, b in items])
    except (TypeError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


@cases(([[1, 2], [3, 0.5], [-1, 9]],), ([["b", 1], ["a", 2]],), ([[1, 2], ["a", 2]],), ([[1, 2, 3]],), ([],),
       ([[2.5, 1], [2.5, 0], [True, 3]],), ([[1e300 * 10, 1], [5, 2]],))
def minmax_pairs(pairs):
    out = []
    for f in (lambda: min(x for x, _ in pairs), lambda: max(x for x, _ in pairs),
              lambda: min(y for _, y in pairs), lambda: max(y for _, y in pairs)):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


@cases(((1, 2), "ab"), ([1, 2], [3, 4]))
def unpack_assign(t, u):
    a, b = t
    c, d = u
    (e, f), g = (t, u)
    return [a, b, c, d, e, f, g]
