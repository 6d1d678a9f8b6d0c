"""review-realistic: plain data munging written the way Dash developers write it (formatting, parsing,
aggregation, sorting), on realistic and edge-case inputs."""
import json

from difftest import cases


@cases((0.1234, 1), (1, 3), (2, 4.0), (1, 0))
def fmt_pct(a, b):
    return "{:.2%}".format(a / b), "%.1f%% of %d" % (a / b * 100, b), "%s items" % (a,)


@cases(({"a": 1, "b": 2.5},), ({},), (None,), ({"a": None},))
def merge(a):
    b = {"b": 0, "c": [1]}
    return {**(a or {}), **b}, {**b, **(a or {})}


@cases(([{"score": 3, "name": "bo"}, {"score": 5, "name": "Al"}, {"score": 3, "name": "al"}],), ([],))
def multi_sort(rows):
    return sorted(rows, key=lambda r: (-r["score"], r["name"].lower()))


@cases("1,234.50", "$ 12", " -3e2 ", "abc", None, "", "1_000", "inf", "٣")
def clean_number(s):
    try:
        return float(s.replace(",", "").replace("$", "").strip())
    except (ValueError, AttributeError):
        return None


@cases("5/3/2024", "31/12/1999", "1/1", "a/b/c", "05/03/24")
def dmy_to_iso(s):
    d, m, y = s.split("/")
    return f"{y}-{int(m):02d}-{int(d):02d}"


@cases(([1, 2, 2, 3],), ([],), (["b", "a", "b"],), ([1, 1.0, True],))
def dups(xs):
    return len(set(xs)) != len(xs), sorted(set(xs))


@cases(([{"year": 2023, "v": 1}, {"year": 2024, "v": 2}, {"year": 2023, "v": 4}],), ([],),
       ([{"year": "2023", "v": 1.5}, {"year": 2023.5, "v": 2}],))
def year_means(rows):
    by_year = {}
    for r in rows:
        by_year.setdefault(r["year"], []).append(r["v"])
    return {y: sum(v) / len(v) for y, v in by_year.items()}


@cases((1,), (True,), (2.5,), ("3",), (None,), ([],))
def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


@cases("alpha beta gamma", "single", "  padded  out  ", "")
def kw_split(s):
    head, *rest = s.split(maxsplit=1)
    return head, rest


@cases('{"n": 1, "b": [1, 2.0]}', "", None, "{bad", '{"z": 1e400, "a": "é"}')
def json_roundtrip(s):
    data = json.loads(s) if s else {}
    data["n"] = data.get("n", 0) + 1
    return json.dumps(data, sort_keys=True)


@cases((["banana", "Apple", "cherry", "apple"],), ([],))
def sort_lower(words):
    words.sort(key=str.lower)
    return ", ".join(map(str, words))


@cases(({"chart": {"color": "red"}},), ({"chart": {}},), ({},), ({"chart": {"color": ""}},))
def nested_get(cfg):
    return cfg.get("chart", {}).get("color") or "blue"


@cases(({"a": 0.1, "b": 0.2},), ({},), ({"x": 3, "y": -1},))
def sum_dict_values(d):
    return round(sum(d.values()), 2), min(d.values(), default=0)


@cases(({"name": "Pen", "price": 1.5},), ({"name": "X", "price": 2},), ({"name": "Y"},))
def format_item(row):
    return "{0[name]}: {0[price]:.2f}".format(row)


@cases((["a", "b"],), ([],))
def enumerate_dict(xs):
    return {i: x for i, x in enumerate(xs)}


@cases("hello world", "o'neil mcdonald", "ß", "", "42", "ǅemal")
def str_methods(s):
    return s.title(), s.capitalize(), s.zfill(5), s.center(9, "*"), s.swapcase()


@cases(({"a": 1, "b": 3, "c": 2},), ({},))
def items_sorted(d):
    return dict(sorted(d.items(), key=lambda kv: -kv[1]))


@cases(({"a": 1, "b": 3, "c": 3},), ({},))
def best_key(d):
    best = max(d.items(), key=lambda kv: kv[1])
    return best[0]


@cases((255, 128, 0), (0, 0, 0), (256, -1, 3), (1.5, 2, 3))
def hex_color(r, g, b):
    return "#{:02x}{:02x}{:02x}".format(r, g, b)


@cases(([{"price": 3}, {"price": 1.5}, {"price": 1.5, "x": 1}],), ([],))
def cheapest(rows):
    return min(rows, key=lambda r: r["price"]) if rows else None


@cases(1, 2.5, "s", None, [1, "a"], {"k": 1.0})
def conversions(v):
    return f"{v!s:>10}|{v!r}"


@cases(([0, 1, "", "a", None, [], [0]],), ([],))
def truthy_count(values):
    return sum(1 for v in values if v), sum(bool(v) for v in values)


@cases(-0.001, 0.005, 2.675, -0.5, 1.5, 2, -0.0)
def neg_zero(x):
    return f"{x:.2f}", round(x, 2), str(round(x)), f"{x:,.1f}"


@cases((50,), (0,), (100.5,), (-1,))
def bounded(x):
    return 0 <= x <= 100


@cases(([3, 1, 2],), ([],), ([1.5, None],))
def maybe_stats(xs):
    nums = [x for x in xs if x is not None]
    return {"min": min(nums, default=None), "max": max(nums, default=None),
            "total": sum(nums), "mean": sum(nums) / len(nums) if nums else None}


# ---- a method of a value as key= / map's / filter's function used to be refused
# ("attribute access '.get' on a Python dict is not supported"); it is the common max(d, key=d.get)

@cases(({"a": 1, "b": 3, "c": 3},), ({},), ([1, 2],), ("ab",), (None,))
def top_key(counts):
    return max(counts, key=counts.get, default=None), sorted(counts, key=counts.get, reverse=True)[:2]


@cases((["b", "a", "c"], ["a", "b", "c"]), (["z"], ["a"]), ([], None), (["b", "a"], "abc"))
def by_reference_order(items, order):
    return sorted(items, key=order.index)


@cases(([["a", "b"], ["c"]],), ([],), ([[1]],))
def join_rows(rows):
    return list(map(", ".join, rows))


@cases(({"a": 1, "b": 0}, ["a", "b", "c"]), ({}, []), ([], ["a"]))
def lookups(d, keys):
    return list(map(d.get, keys)), [k for k in filter(d.get, keys)], min(keys, key=d.get, default="-")


@cases((["x", "y", "zz"], "yyx"), ([], 5), (["a"], ["a", "a"]))
def sort_by_count(words, ref):
    words.sort(key=ref.count)
    return words
