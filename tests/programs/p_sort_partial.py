"""list.sort() whose comparison raises part way leaves the list as CPython's sort had rearranged it (below 64 items)."""
from difftest import cases


@cases(([[1, "a"], [0], [1, 2]],), ([3, 1, "x", 2, 0],), (["b", "a", 1, "c"],), ([5, 4, 3, None, 1],))
def list_sort_raises_part_way(xs):
    out = []
    for rev in (False, True):
        ys = list(xs)
        try:
            ys.sort(reverse=rev)
        except TypeError as e:
            out.append([str(e), ys])
        zs = list(xs)
        try:
            zs.sort(key=lambda v: v, reverse=rev)
        except TypeError as e:
            out.append([str(e), zs])
    return out


@cases(([2, 1, "a"] + list(range(70)),))
def key_fails_keeps_list(xs):
    ys = list(xs)
    try:
        ys.sort(key=lambda v: v + 1)
    except TypeError as e:
        return [str(e), ys == xs]
    return ys
