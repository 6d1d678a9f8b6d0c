"""Regression programs for runtime bugs found by the differential fuzzer (tests/fuzz)."""
from difftest import cases


# A set built from a range whose start came out of a double computation (2147483648 % 7) did not contain 5
# in QuickJS (double-tagged keys hash apart from int-tagged ones); fixed in py_key.
@cases((0,), (3,))
def fuzz_set_from_computed_range(a):
    v7 = len(set(sorted(set([10, -20, 5, 5, 0]))) - set(list(range(2147483648 % 7, 10 % 11, 1))))
    s = set(range(2147483648 % 7 + a, 10))
    return [v7, 5 in s, sorted({5, 3} - s)]


@cases((0,),)
def fuzz_dict_keys_from_computed_loop(a):
    d = {}
    for v in range(2147483648 % 7, 6):
        d[v] = str(v)
    counts = {}
    for v in range(2147483648 % 7, 6):
        counts[v % 3] = counts.get(v % 3, 0) + 1
    return [d.get(5), 5 in d, d[4], counts, {k: v for k, v in d.items() if k != 3}]


# oct() of an int from 2**53 up printed decimal digits ('0o10000000000000000' for 10**16): QuickJS's
# toString(8) is not exact there (fuzz seed 18015278; fixed in py_radix).
@cases((1e16,), (2 ** 60,), (-(10 ** 17),), (2 ** 53 - 1,))
def fuzz_radix_beyond_2_53(a):
    n = int(a)
    return [oct(n), hex(n), bin(n), f"{n:o}|{n:x}|{n:#b}", "%o %x" % (n, n)]
