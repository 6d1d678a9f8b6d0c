from difftest import cases


@cases(([{"x": 1, "y": 2.5}, {"x": 2, "y": None}, {"x": 3, "y": 4}], "line"), ([], "bar"))
def build_figure(rows, kind):
    pts = [r for r in rows if r.get("y") is not None]
    return {
        "data": [{"type": "scatter" if kind == "line" else kind, "x": [r["x"] for r in pts], "y": [r["y"] for r in pts],
                  "mode": "lines+markers", "name": f"{len(pts)} points"}],
        "layout": {"title": {"text": f"{kind.title()} chart"}, "xaxis": {"range": [0, max([r["x"] for r in pts], default=1)]}},
    }


@cases((1234567.891, "USD"), (0, "EUR"), (-42.5, "€"), (None, "USD"))
def format_money(v, cur):
    if v is None:
        return "—"
    sign = "-" if v < 0 else ""
    return f"{sign}{abs(v):,.2f} {cur}"


@cases(([3, 1, 4, 1, 5, 9, 2, 6],), ([1],), ([],), ([2.5, 3.5],))
def stats(xs):
    if not xs:
        return {"n": 0}
    n = len(xs)
    mean = sum(xs) / n
    s = sorted(xs)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    var = sum((x - mean) ** 2 for x in xs) / n
    return {"n": n, "mean": round(mean, 3), "median": median, "std": round(var ** 0.5, 4), "range": [s[0], s[-1]]}


@cases(([{"name": "Ann", "age": 31, "city": "Oslo"}, {"name": "bob", "age": 17, "city": "Rome"}, {"name": "Zoë", "age": 45, "city": "oslo"}], "oslo", 18),
       ([], "", 0))
def filter_rows(rows, city, min_age):
    out = [r for r in rows if (not city or r["city"].lower() == city.lower()) and r["age"] >= min_age]
    return sorted(out, key=lambda r: r["name"].casefold())


@cases((None, None), (3, None), (None, "b"), (1, "a"))
def which_input(n_clicks, value):
    if n_clicks is None and value is None:
        return "initial"
    parts = []
    if n_clicks:
        parts.append(f"clicked {n_clicks} time{'s' if n_clicks != 1 else ''}")
    if value:
        parts.append(f"value={value!r}")
    return "; ".join(parts)


@cases(({"a": [1, 2], "b": [3]}, "a"), ({}, "x"))
def dropdown_options(data, selected):
    opts = [{"label": k.upper(), "value": k} for k in sorted(data)]
    vals = data.get(selected, [])
    return [opts, {"display": "block" if vals else "none"}, f"{len(vals)} items"]


@cases(([["2024-01-05", 3], ["2024-01-01", 5], ["2024-02-01", 1]],), ([],))
def group_by_month(pairs):
    out = {}
    for date, n in pairs:
        month = date[:7]
        out[month] = out.get(month, 0) + n
    return [{"month": m, "total": t} for m, t in sorted(out.items())]


@cases((0.123456, 2), (1, 0), (0.5, 1), (0.0005, 1))
def percent_label(frac, digits):
    return f"{frac:.{digits}%}"


@cases(([10, 20, 30], 1), ([5], 0), ([1, 2], 5))
def table_page(rows, page):
    size = 2
    start = page * size
    chunk = rows[start:start + size]
    pages = (len(rows) + size - 1) // size
    return {"rows": chunk, "label": f"Page {page + 1} of {max(pages, 1)}", "disabled": start + size >= len(rows)}


@cases(("  Hello,   World  ",), ("",), ("a-b_c d",))
def slugify(s):
    words = "".join(c if c.isalnum() else " " for c in s.lower()).split()
    return "-".join(words) or "untitled"


@cases(([1, None, 3, None],), ([None],))
def fill_gaps(ys):
    out, last = [], None
    for y in ys:
        if y is None:
            y = last
        out.append(y)
        last = y
    return out


@cases(({"points": [{"x": 1, "y": 2, "customdata": ["a"]}]},), (None,), ({"points": []},))
def click_data(cd):
    if not cd or not cd.get("points"):
        return "Click a point"
    p = cd["points"][0]
    return "x={x}, y={y}, id={id}".format(x=p["x"], y=p["y"], id=p.get("customdata", ["?"])[0])


@cases(([3, 1, 2], "desc"), ([], "asc"), (["b", "a"], "asc"))
def sort_column(values, direction):
    return sorted(values, reverse=direction == "desc")


@cases(({"temp": 21.456, "hum": 0.5}, "temp"), ({"temp": 21.456}, "wind"))
def kpi_card(d, key):
    v = d.get(key)
    color = "gray" if v is None else ("red" if v > 20 else "blue")
    text = "n/a" if v is None else f"{v:.1f}"
    return {"children": text, "style": {"color": color}}


@cases(([[1, 2], [3, 4]],), ([],))
def heatmap_z(m):
    return {"z": m, "zmax": max((v for row in m for v in row), default=0), "type": "heatmap"}
