"""zip(..., strict=True): tuples pulled one at a time, CPython's ValueError when one argument ends before the others (after the loop bodies of the common prefix)."""
from difftest import cases


@cases(([1, 2, 3], "abc", [True, False, None]), ([1, 2], "abc", [0, 0, 0]), ([1, 2, 3], "ab", [1, 2, 3]),
       ([1, 2, 3], "abc", [1]), ([], "", []), ([], "a", []), ([1], "", [5, 6]))
def zip_strict(a, b, c):
    out = []
    log = []
    try:
        for x, y in zip(a, b, strict=True):
            log.append([x, y])
    except ValueError as e:
        out.append(["loop", str(e)])
    try:
        out.append(list(zip(a, b, c, strict=True)))
    except ValueError as e:
        out.append(["list", str(e)])
    try:
        out.append(dict(zip(b, a, strict=True)))
    except ValueError as e:
        out.append(["dict", str(e)])
    try:
        out.append([x * 2 for x, _ in zip(a, c, strict=True)])
    except ValueError as e:
        out.append(["comp", str(e)])
    try:
        out.append(sum(x for x, _ in zip(a, (log.append(v) or v for v in c), strict=True)))
    except (ValueError, TypeError) as e:
        out.append(["gen", str(e)])
    try:
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if i == 1:
                break
            log.append(["e", i, x])
    except ValueError as e:
        out.append(["enum", str(e)])
    out.append(list(zip(a, b, strict=False)))
    out.append(log)
    return out


@cases(({"a": 1, "b": 2, "c": 3},),)
def zip_dict_changed_by_generator(d):
    def take(k):
        d.pop("c", None)
        return k
    try:
        return list(zip(d, (take(k) for k in ["x", "y", "z"])))
    except RuntimeError as e:
        return ["rt", str(e), sorted(d)]
