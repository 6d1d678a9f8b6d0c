"""str.isascii/isprintable/format_map and set.difference_update/intersection_update/symmetric_difference_update."""
from collections import Counter, defaultdict

from difftest import cases


@cases(([1, 2, 3], [2, 5]), ([], [1]), ([1, 2], "ab"), (["a", "b"], "ab"), ([1, 2, 3], [1, [2]]), ([1], 5))
def set_updates(xs, ys):
    out = []
    for op in ("difference_update", "intersection_update", "symmetric_difference_update"):
        s = set(xs)
        try:
            if op == "difference_update":
                s.difference_update(ys)
            elif op == "intersection_update":
                s.intersection_update(ys, xs)
            else:
                s.symmetric_difference_update(ys)
            out.append([op, sorted(s, key=str), len(s)])
        except TypeError as e:
            out.append([op, "err", str(e), sorted(s, key=str)])
    s = set(xs)
    s.difference_update(s)
    out.append(len(s))
    s = set(xs)
    s.symmetric_difference_update(s)
    out.append(len(s))
    s = set(xs)
    r = s.intersection_update()
    out.append([r, len(s)])
    return out


@cases(("abc",), ("héllo",), ("",), ("a\tb",), ("\u00a0x",), ("\U0001F600",), ("\x7f",), ("ok\u200b",))
def str_predicates(s):
    return [s.isascii(), s.isprintable(), s.upper().isascii()]


@cases(("{a}-{b}", {"a": 1, "b": "x"}), ("{a}", {}), ("{0}", {"a": 1}), ("{}", {}), ("{a[0]}", {"a": [5]}),
       ("{a:>5}|", {"a": "r"}), ("plain", []), ("{a}", [1]))
def format_map_cases(fmt, m):
    try:
        return fmt.format_map(m)
    except (KeyError, ValueError, TypeError, IndexError) as e:
        return ["err", str(e)]


@cases((["a", "b", "a"],), ([],))
def format_map_collections(words):
    c = Counter(words)
    d = defaultdict(list)
    out = ["{a} {zzz}".format_map(c), "{x}!".format_map(d), sorted(d), "{a}".format_map(defaultdict(int, c))]
    return out
