"""A generator expression whose first iterable is map() or filter(): the function runs item by item, between the
generator's items, as in CPython (it used to run over every item first when the generator was consumed by sum(),
''.join(), min()/max() or a list/set/dict built from it)."""
from difftest import cases


@cases(([1, 2, 3],), ([],), ([0, 5],))
def genexp_over_map(xs):
    log = []

    def g(x):
        log.append(["g", x])
        return x

    def h(x):
        log.append(["h", x])
        if x == 5:
            raise ValueError("five")
        return x

    out = [sum(h(x) for x in map(g, xs)), ",".join(str(h(x)) for x in filter(g, xs)),
           max((h(x) for x in map(g, xs)), default=None), sorted(h(x) for x in map(g, xs))]
    try:
        out.append(list(h(x) for x in map(g, xs)))
    except ValueError as e:
        out.append(str(e))
    return [out, log]
