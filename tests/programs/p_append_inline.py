"""list.append on a variable written as xs[xs.length] = v (no call), with v evaluated first: values that change
the list themselves (pop, append inside, len) and comprehensions building lists."""
from difftest import cases


@cases(([1, 2, 3],), ([],))
def append_changing(xs):
    out = list(xs)
    if out:
        out.append(out.pop())
        out.append(out.pop(0))
    out.append(len(out))

    def grow():
        out.append("g")
        return "v"
    out.append(grow())
    out.append([x * 2 for x in out if isinstance(x, int)])
    out.append(out[-1])
    return out


@cases((3,), (0,))
def append_in_loops(n):
    a = []
    b = []
    for i in range(n):
        a.append(i)
        b.append([i, len(a), len(b)])
    c = [[j for j in range(i)] for i in range(n)]
    return a, b, c, [len(x) for x in c]


@cases(([1, 2],))
def append_self(xs):
    ys = list(xs)
    ys.append(ys)
    return len(ys), ys[2] is ys, len(ys[2])
