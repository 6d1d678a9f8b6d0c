"""itertools arguments that arrive from the page: None as null and as undefined (product's repeat, count's start and
step, repeat's times, islice's indices, accumulate's initial, zip_longest's fillvalue), and a group variable
named `_` reused elsewhere."""
from itertools import accumulate, combinations, count, groupby, islice, permutations, product, repeat, zip_longest

from difftest import cases


@cases(([1, 2], None), ([1, 2], 2), ([], 0), ([1], -1), ([1, 2], 1.5))
def none_arguments(xs, n):
    out = []
    for f in (lambda: list(product(xs, repeat=n)), lambda: list(islice(count(n), 2)),
              lambda: list(islice(count(1, n), 2)), lambda: list(repeat(xs, n)), lambda: list(islice(xs, n)),
              lambda: list(islice(xs, n, None)), lambda: list(islice(xs, 0, n, n)), lambda: list(accumulate(xs, initial=n)),
              lambda: list(zip_longest(xs, [0, 0, 0], fillvalue=n)), lambda: list(permutations(xs, n)),
              lambda: list(combinations(xs, n))):
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(([1, 1, 2],), ([],))
def underscore_group(xs):
    out = []
    for _ in range(2):
        out.append([k for k, _ in groupby(xs)])
    for k, _ in groupby(xs):
        out.append(k)
    return out


@cases(([1, 2, 3], 10**19), ([1, 2, 3], 10**6), ([1], -10**19))
def big_ints(xs, n):
    out = []
    for f in (lambda: list(islice(xs, n)), lambda: list(combinations(xs, n)), lambda: list(permutations(xs, n)),
              lambda: list(islice(xs, n, None))):
        try:
            out.append(f())
        except (TypeError, ValueError, OverflowError) as e:
            out.append([type(e).__name__, str(e)])
    return out
