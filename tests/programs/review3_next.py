"""Review 3: next() of map() / filter() whose function raises StopIteration: CPython's next() passes that exception
on as it is (its message and args), where the map or filter ends; with a default next() returns the default."""
from difftest import cases


def _h(x):
    if x == 2:
        raise StopIteration("p")
    return x


@cases(([1, 2, 3],), ([0, 0],), ([],))
def next_map_filter_stop(xs):
    out = []
    for v in filter(_h, xs):
        out.append(v)
    else:
        out.append("else")
    for v in map(_h, xs):
        out.append(v)
    else:
        out.append("else2")
    try:
        out.append(next(filter(_h, xs)))
        out.append(next(filter(_h, [2])))
    except StopIteration as e:
        out.append(["si", str(e), list(e.args)])
    try:
        out.append(next(map(str, map(_h, [2]))))
    except StopIteration as e:
        out.append(["si2", str(e)])
    try:
        out.append(next(filter(None, map(_h, [0, 2]))))
    except StopIteration as e:
        out.append(["si3", str(e)])
    try:
        out.append(next(map(_h, filter(None, [0]))))
    except StopIteration as e:
        out.append(["si4", str(e)])
    try:
        out.append(next(x for x in map(_h, [2])))     # the generator's loop ends: a new StopIteration
    except StopIteration as e:
        out.append(["si5", str(e)])
    try:
        out.append(next(map(_h, [2]), "dd"))
        out.append(next(filter(_h, [0, 2]), "dd"))
        out.append(next(map(lambda a, b: _h(a), [2], [5]), "dd"))
        out.append(next(map(lambda a, b: a, xs, map(_h, [2]))))
    except StopIteration as e:
        out.append(["si7", str(e)])
    return out


@cases(([1, 2, 3],), ([3],))
def next_map_stop_message(xs):
    def h(x):
        raise StopIteration("inner", x)
    try:
        return next(map(h, xs))
    except StopIteration as e:
        return "si", str(e), list(e.args)
