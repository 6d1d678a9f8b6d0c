"""d.get(key, default) on values of unknown type with a default that is computed but cannot raise (f"row {i}",
str(i), a + b): computed only when the key is missing, which nothing can observe."""
from difftest import cases


@cases(([{"name": "a"}, {}, {"name": None}, {"other": 1}],), ([],), ([{"name": ""}],))
def get_fstring_default(rows):
    out = []
    for i, r in enumerate(rows):
        n = i * 2
        out.append([r.get("name", f"row {i}"), r.get("name", str(i)), r.get("x", f"{n}-{i}"), r.get("name", "p" + str(n))])
    return out


@cases(([1, 2],), ("s",), (None,), (5,), ({"k": 1},), ({},))
def get_on_non_dict(x):
    i = 3
    try:
        return [x.get("k", f"k{i}")]
    except AttributeError as e:
        return str(e)


@cases(({"a": 1},), ({},))
def get_unhashable_key(d):
    i = 1
    try:
        return d.get([1], f"d{i}")
    except TypeError as e:
        return str(e)


@cases(({"a": 2.5, "b": 1},), ({"b": 1},), ({},))
def get_numeric_default(d):
    x = 1.5
    y = 2.25
    return [d.get("a", x + y), d.get("a", str(d.get("b", 0)) + "!")]
