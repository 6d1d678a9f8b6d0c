"""Int-valued float dict keys and set elements: CPython keeps the float (JSON key "2.0", str '2.0'); py2cs
refuses a NEW one at run time (a documented limit) and keeps an equal key already there, as CPython does."""
import math

from difftest import cases


@cases((4,), (3,))
def existing_int_key_kept(x):
    d = {2: "a", 1.5: "b"}
    d[x / 2] = "c" if x == 4 else "d"
    return [d, sorted(str(k) for k in d)] if x == 4 else len(d)


@cases((5,), (3,))
def non_integral_float_keys_work(x):
    d = {x / 2: 1, 0.25: 2}
    d[x / 8] = 3
    return [sorted(str(k) for k in d), len(d)]


@cases((True,),)
def true_one_and_float(t):
    d = {t: "bool"}
    d[1.0] = "float"
    return [d, str(list(d))]


@cases(([1, 2],), ([3],))
def float_from_mean_as_key_existing(xs):
    d = {n: 0 for n in range(5)}
    m = sum(xs) / len(xs)
    if m in d:
        d[m] += 1
    return d


@cases(([1.5, 2],), ([],))
def nan_outside_identity_questions(xs):
    n = math.nan
    return [n == n, n in xs, xs.count(2), [n] == [1.0], [repr(v) for v in sorted([3, n, 1])],
            min(xs + [n]) if xs else None, [1, n] != [2, n], (1, n) < (2, n)]
