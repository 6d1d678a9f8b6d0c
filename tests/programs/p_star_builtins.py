"""Builtins called with *args: zip(*rows) (the transpose idiom), print(*xs), max(*xs), min(*xs). Refused before;
the spread argument is checked as CPython checks it (its TypeError names the builtin when the starred iterable
is the only argument, else 'Value after * must be an iterable')."""
from difftest import cases


@cases(([[1, 2, 3], [4, 5, 6]],), ([],), ([[1], [2, 3]],), ([[1, 2], "ab"],), (5,), ([5],), (None,))
def transpose(rows):
    try:
        cols = [list(c) for c in zip(*rows)]
        pairs = list(zip(*rows))
        out = [cols, pairs]
        for a, *rest in zip(*rows, *rows):
            out.append([a, rest])
        return out
    except TypeError as e:
        return str(e)


@cases(([3, 1, 2],), ([[3, 1]],), ([],), ("ab",), (None,), ({"b": 1, "a": 2},))
def star_minmax_print(xs):
    out = []
    for f in (lambda: max(*xs), lambda: min(*xs, 0), lambda: max(0, *xs), lambda: print(*xs)):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append(str(e))
    return out


@cases(([["a", 1], ["b", 2]],),)
def unzip_records(pairs):
    names, values = zip(*pairs)
    return {"names": list(names), "values": list(values), "total": sum(values)}
