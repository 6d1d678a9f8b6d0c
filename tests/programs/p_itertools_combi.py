"""itertools.product, combinations, combinations_with_replacement, permutations: CPython's order and checks."""
import itertools
from itertools import combinations, combinations_with_replacement, permutations, product

from difftest import cases

_RS = [0, 1, 2, 3, 5, -1, None, "a", 1.0, True]


@cases(([1, 2, 3],), ("abcd",), ([],), ([1],), (None,), (5,), ({"x": 1, "y": 2},))
def combinatorics(xs):
    out = []
    for r in _RS:
        for f in (lambda: list(combinations(xs, r)), lambda: list(combinations_with_replacement(xs, r)),
                  lambda: list(permutations(xs, r)), lambda: list(itertools.permutations(xs)),
                  lambda: [list(c) for c in combinations(xs, r=r)]):
            try:
                out.append(f())
            except (TypeError, ValueError) as e:
                out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 2], "ab"), ([], [1]), ([1, 2, 3], []), (None, [1]), ([1], 5))
def product_basic(a, b):
    out = []
    for rep in [1, 2, 0, -1, None, "a", 1.5, True]:
        for f in (lambda: list(product(a, b)), lambda: list(product(a, repeat=rep)),
                  lambda: list(product(a, b, repeat=rep)), lambda: list(product()), lambda: list(product(repeat=rep)),
                  lambda: [x + y for x, y in product("xy", b)] if b is not None else None):
            try:
                out.append(f())
            except (TypeError, ValueError) as e:
                out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 2, 3], [4, 5]), ([], [1]))
def product_reads_first(a, b):
    log = []

    def p(tag, x):
        log.append([tag, x])
        return x

    for t in product((p("a", x) for x in a), (p("b", x) for x in b)):
        log.append(["body", list(t)])
    for c in combinations((p("c", x) for x in a), 2):
        log.append(["comb", list(c)])
    return log


@cases((["ab", "cd"],), ([],), ([[1, 2], [3]],))
def product_star(parts):
    return [list(product(*parts)), ["".join(map(str, t)) for t in product(*parts, repeat=2)]]
