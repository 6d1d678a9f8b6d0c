"""Returned dict/list/tuple displays, which a callback builds as the page's JSON directly (no Map, no second
copy): every value is evaluated before any is converted, values of unknown type are converted as the whole
result would be (same errors, same order), statically str/int/bool values go as they are."""
from difftest import cases


@cases((1, "a", [1, 2]), (2.5, None, []), (None, "x", [3.5, None, {"k": [1]}]), (True, "", [[]]))
def ret_dict_unknown(a, b, c):
    return {"a": a, "b": b, "c": c, "n": {"x": [a, b], "t": (c, 1.0), "s": str(a)}, "e": {}, "l": [], "z": None}


@cases((1,), (0,))
def ret_set_after_effects(flag):
    log = []

    def f(x):
        log.append(x)
        if x == 3 and flag:
            raise ValueError("third after " + str(len(log)))
        return x
    # a set is not JSON serializable, but the ValueError of a later value comes first (Python evaluates the
    # whole display, then serializes)
    return {"a": {f(1)}, "b": f(2), "c": [f(3)]}


@cases((1,), (5,))
def ret_walrus(x):
    return {"before": x, "after": (x := x + 1), "again": x}, x


@cases((1,), (0,))
def ret_reassigned_by_call(n):
    box = [n]

    def bump():
        box[0] = box[0] + 10
        return box[0]
    return [box[0], {"v": box, "w": bump()}, box[0]]


@cases((3,))
def ret_range_value(n):
    return {"a": n, "r": range(n)}


@cases((1,), (2,))
def ret_cycle(n):
    a = [n]
    a.append(a)
    return {"a": 1, "cyc": a}


@cases((1,), ("s",), (None,))
def ret_special_keys(a):
    # '__proto__' and duplicate keys take the ordinary path; a dropped duplicate value is never serialized
    return {"__proto__": a, "b": 1}, {"x": {1}, "y": a, "x": 2, "1": a}, {"_dash_no_update": "_dash_no_update"}


@cases((2, 4.0), (3, 0.5), (0, -1.5))
def ret_typed_values(n, f):
    total = n * 1.0
    mean = total / 2 if n else 0.0
    return {"mean": mean, "n": n, "ok": n > 1, "label": f"{n} items", "f": f * 2, "fl": float(n), "neg": -0.0 * n}


@cases(([1, 2, 3],), ([],))
def ret_tuple_top(xs):
    return len(xs), [x * 2 for x in xs], (xs, {"first": xs[0] if xs else None}), "done"


@cases((1,), (0,))
def ret_nested_raise(flag):
    def g():
        if flag:
            raise KeyError("k")
        return [1]
    return {"data": [{"x": [1, 2], "y": g()}], "layout": {"title": {"text": "t"}}}
