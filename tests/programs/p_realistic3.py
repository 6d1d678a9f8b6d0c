"""review real3: a third corpus of everyday Dash callback bodies (DataTable filter_query/sort/paging, form validation,
plotly figure dicts, dcc.Location routing, pattern-matching ids, dcc.Store state machines, text, number formatting,
time series bucketing), written as a Dash developer would, with browser-like inputs; CPython against the JS
(tests/test_programs.py). The Dash-level half (ctx, Patch, components) is tests/fixtures/realistic3/app.py;
what py2cs refuses of it is in tests/test_review_realistic3.py."""
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from functools import reduce
from itertools import accumulate, chain, groupby, zip_longest
from urllib.parse import parse_qs, urlencode, urlparse

from difftest import cases

ROWS = [
    {"id": 1, "name": "Alice", "dept": "Sales", "salary": 52000, "start": "2021-03-01", "score": 4.5},
    {"id": 2, "name": "bob", "dept": "IT", "salary": 61000.5, "start": "2019-11-15", "score": None},
    {"id": 3, "name": "Chloé", "dept": "Sales", "salary": 48000, "start": "2023-01-09", "score": 3},
    {"id": 4, "name": "Dan", "dept": "HR", "salary": None, "start": "2022-07-30", "score": 5},
]

OPERATORS = [["ge ", ">="], ["le ", "<="], ["lt ", "<"], ["gt ", ">"], ["ne ", "!="], ["eq ", "="],
             ["contains "], ["datestartswith "]]


def split_filter_part(filter_part):
    for operator_type in OPERATORS:
        for operator in operator_type:
            if operator in filter_part:
                name_part, value_part = filter_part.split(operator, 1)
                name = name_part[name_part.find("{") + 1: name_part.rfind("}")]
                value_part = value_part.strip()
                v0 = value_part[0]
                if v0 == value_part[-1] and v0 in ("'", '"', "`"):
                    value = value_part[1:-1].replace("\\" + v0, v0)
                else:
                    try:
                        value = float(value_part)
                    except ValueError:
                        value = value_part
                return name, operator_type[0].strip(), value
    return [None] * 3


@cases(("{dept} eq Sales", ROWS), ("{salary} ge 50000 && {name} contains a", ROWS), ("{start} datestartswith 2021", ROWS),
       ("{name} eq 'bob'", ROWS), ("", ROWS), (None, ROWS), ("{score} lt 4", ROWS))
def filter_table(filter_query, rows):
    # the DataTable backend-filtering recipe from the Dash docs
    if not filter_query:
        return rows
    filtering_expressions = filter_query.split(" && ")
    dff = list(rows)
    for filter_part in filtering_expressions:
        col_name, operator, filter_value = split_filter_part(filter_part)
        if operator in ("eq", "ne", "lt", "le", "gt", "ge"):
            ops = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
                   "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b}
            dff = [r for r in dff if r.get(col_name) is not None and ops[operator](r[col_name], filter_value)]
        elif operator == "contains":
            dff = [r for r in dff if str(filter_value) in str(r.get(col_name, ""))]
        elif operator == "datestartswith":
            dff = [r for r in dff if str(r.get(col_name, "")).startswith(str(filter_value))]
    return dff


@cases(([{"column_id": "salary", "direction": "desc"}], ROWS), ([{"column_id": "name", "direction": "asc"}], ROWS),
       ([], ROWS), (None, ROWS), ([{"column_id": "score", "direction": "asc"}], ROWS))
def sort_table(sort_by, rows):
    rows = list(rows)
    for s in reversed(sort_by or []):
        col = s["column_id"]
        rows.sort(key=lambda r: (r.get(col) is None, r.get(col) if r.get(col) is not None else 0),
                  reverse=s["direction"] == "desc")
    return rows


@cases((0, 2, ROWS), (1, 3, ROWS), (5, 2, ROWS), (None, 10, ROWS), (0, 0, ROWS))
def page_table(page_current, page_size, rows):
    page_current = page_current or 0
    if not page_size:
        return rows, "0 pages"
    start = page_current * page_size
    pages = math.ceil(len(rows) / page_size)
    return rows[start:start + page_size], f"Page {page_current + 1} of {pages}"


@cases((ROWS, "dept"), (ROWS, "score"), ([], "dept"))
def column_summary(rows, col):
    values = [r[col] for r in rows if r.get(col) is not None]
    counts = Counter(values)
    return [{"value": k, "count": v} for k, v in counts.most_common()]


@cases((ROWS, [0, 2]), (ROWS, []), (ROWS, None), ([], [1]))
def selected_total(rows, selected_rows):
    if not selected_rows:
        return "No rows selected"
    total = sum(rows[i]["salary"] or 0 for i in selected_rows if i < len(rows))
    return f"{len(selected_rows)} selected, total ${total:,.2f}"


@cases((ROWS, ["name", "salary"]), (ROWS, []), (ROWS, ["missing"]))
def export_csv(rows, columns):
    lines = [",".join(columns)]
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c, "")
            v = "" if v is None else str(v)
            if "," in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append(",".join(cells))
    return "\n".join(lines)


@cases(ROWS, [])
def style_data_conditional(rows):
    styles = []
    salaries = [r["salary"] for r in rows if isinstance(r.get("salary"), (int, float))]
    if not salaries:
        return styles
    mx = max(salaries)
    for r in rows:
        if r.get("salary") == mx:
            styles.append({"if": {"filter_query": f"{{id}} = {r['id']}"}, "backgroundColor": "#FFD700"})
    styles.append({"if": {"column_id": "salary", "filter_query": "{salary} is blank"}, "color": "tomato"})
    return styles


# ================================================================== forms

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@cases("ann@example.com", "ann@example", "", None, " ann@example.com ", "a.b+c@sub.domain.org")
def validate_email(email):
    if not email:
        return "", False
    email = email.strip()
    if EMAIL_RE.fullmatch(email):
        return "Looks good!", True
    return "Please enter a valid email address", False


@cases("42", "4.2e1", "-0", "abc", "", None, " 7 ", "1_000", "inf", "nan", 12, 3.5)
def validate_age(value):
    if value in (None, ""):
        return "Age is required"
    try:
        age = int(value)
    except (TypeError, ValueError):
        try:
            age = float(value)
        except ValueError:
            return f"'{value}' is not a number"
    if age != age or age in (float("inf"), float("-inf")):
        return "Age must be finite"
    if not 0 <= age <= 130:
        return f"Age {age} is out of range"
    return f"Age OK: {age}"


@cases(("2024-02-29", "2024-03-01"), ("2024-02-30", "2024-03-01"), ("2024-03-01", "2024-02-01"), (None, "2024-01-01"),
       ("2024-01-01", "2024-01-01"))
def validate_dates(start, end):
    errors = []
    if not start:
        errors.append("Start date is required")
    if not end:
        errors.append("End date is required")
    if errors:
        return errors
    try:
        s = datetime.strptime(start, "%Y-%m-%d").date()
        e = datetime.strptime(end, "%Y-%m-%d").date()
    except ValueError as exc:
        return [str(exc)]
    if e < s:
        return ["End date must be after start date"]
    return [f"{(e - s).days} days selected"]


@cases("+1 (555) 123-4567", "555-1234", "", "0044 20 7946 0958", None)
def normalize_phone(raw):
    digits = re.sub(r"\D", "", raw or "")
    if len(digits) == 10:
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"+1 ({digits[1:4]}) {digits[4:7]}-{digits[7:]}"
    return digits or None


@cases("Passw0rd!", "short", "alllowercase1", "NoDigits!!", "", None)
def password_feedback(pw):
    pw = pw or ""
    checks = {
        "At least 8 characters": len(pw) >= 8,
        "An uppercase letter": any(c.isupper() for c in pw),
        "A digit": any(c.isdigit() for c in pw),
        "A symbol": bool(re.search(r"[^\w\s]", pw)),
    }
    score = sum(checks.values())
    missing = [k for k, ok in checks.items() if not ok]
    return {"score": score, "missing": missing, "color": ["danger", "danger", "warning", "info", "success"][score]}


@cases(({"name": "A", "qty": "3", "price": "2.50"},), ({"name": "", "qty": "x", "price": None},), ({},))
def validate_form(values):
    errors = {}
    if not (values.get("name") or "").strip():
        errors["name"] = "Name is required"
    try:
        qty = int(values.get("qty") or 0)
        if qty <= 0:
            errors["qty"] = "Quantity must be positive"
    except ValueError:
        errors["qty"] = "Quantity must be a whole number"
    try:
        float(values.get("price"))
    except (TypeError, ValueError):
        errors["price"] = "Price must be a number"
    return errors or None


# ================================================================== figures

@cases((ROWS, "dept"), ([], "dept"))
def bar_figure(rows, group_col):
    totals = defaultdict(float)
    for r in rows:
        totals[r[group_col]] += r.get("salary") or 0
    xs = sorted(totals)
    return {
        "data": [{"type": "bar", "x": xs, "y": [totals[x] for x in xs], "marker": {"color": "#636EFA"},
                  "text": [f"${totals[x] / 1000:.1f}k" for x in xs], "textposition": "auto"}],
        "layout": {"title": {"text": f"Salary by {group_col}"}, "template": "plotly_white",
                   "xaxis": {"title": group_col.title()}, "yaxis": {"tickformat": "$,.0f"}},
    }


@cases(([1, 2, 3, 10, 2],), ([],), ([5],), ([1.5, None, 2.5],))
def line_with_annotations(values):
    ys = [v for v in values if v is not None]
    fig = {"data": [{"type": "scatter", "mode": "lines+markers", "y": ys}], "layout": {"annotations": []}}
    if not ys:
        fig["layout"]["annotations"].append({"text": "No data", "showarrow": False, "xref": "paper", "yref": "paper",
                                             "x": 0.5, "y": 0.5})
        return fig
    i = max(range(len(ys)), key=ys.__getitem__)
    fig["layout"]["annotations"].append({"x": i, "y": ys[i], "text": f"max {ys[i]:g}", "showarrow": True})
    mean = statistics.mean(ys)
    fig["layout"]["shapes"] = [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": mean, "y1": mean,
                                "line": {"dash": "dot"}}]
    return fig


def _lerp_color(c1, c2, t):
    a = [int(c1[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(c2[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b))


@cases(([0, 5, 10],), ([3, 3],), ([],), ([-1, 0.5, 2],))
def color_scale(values):
    if not values:
        return []
    lo, hi = min(values), max(values)
    span = hi - lo or 1
    return [_lerp_color("#0000ff", "#ff0000", (v - lo) / span) for v in values]


@cases(([[1, 2], [3, 4]], ["a", "b"]), ([[0.123, -1]], ["x", "y"]))
def heatmap_figure(z, labels):
    return {"data": [{"type": "heatmap", "z": z, "x": labels, "y": labels[:len(z)], "colorscale": "Viridis",
                      "text": [[f"{v:.1%}" for v in row] for row in z], "texttemplate": "%{text}"}],
            "layout": {"margin": dict(l=40, r=10, t=30, b=40), "height": 100 + 40 * len(z)}}


@cases((["a", "b", "c"], [10, 0, 5]), ([], []), (["x"], [0]))
def pie_figure(labels, values):
    total = sum(values)
    if total == 0:
        return {"data": [], "layout": {"title": "Nothing to show"}}
    pairs = sorted(zip(labels, values), key=lambda p: -p[1])
    return {"data": [{"type": "pie", "labels": [p[0] for p in pairs], "values": [p[1] for p in pairs],
                      "hole": 0.4, "pull": [0.1 if p[1] / total > 0.5 else 0 for p in pairs]}],
            "layout": {"legend": {"orientation": "h"}}}


@cases(({"xaxis.range[0]": 1, "xaxis.range[1]": 5},), ({"autosize": True},), (None,), ({"xaxis.autorange": True},))
def relayout_store(relayout):
    if not relayout or "xaxis.autorange" in relayout:
        return {"range": None}
    if "xaxis.range[0]" in relayout:
        return {"range": [relayout["xaxis.range[0]"], relayout["xaxis.range[1]"]]}
    return {"range": "unchanged"}


# ================================================================== routing

@cases("/", "/reports", "/reports/2024", "/users/42/edit", "/nope", None, "/users/abc")
def route(pathname):
    if pathname in (None, "/", ""):
        return "home"
    parts = [p for p in pathname.split("/") if p]
    match parts:
        case ["reports"]:
            return "reports index"
        case ["reports", year] if year.isdigit():
            return f"reports for {year}"
        case ["users", uid, "edit"] if uid.isdigit():
            return f"edit user {int(uid)}"
        case _:
            return f"404: {pathname} not found"


@cases("?tab=sales&year=2024", "", None, "?tab=&x=1&x=2", "?q=a%20b+c")
def parse_search(search):
    params = parse_qs((search or "").lstrip("?"))
    return {"tab": params.get("tab", ["overview"])[0], "year": int(params.get("year", ["0"])[0]),
            "q": params.get("q", [""])[0], "x": params.get("x", [])}


@cases(("sales", 2024), ("a b&c", None))
def build_search(tab, year):
    q = {"tab": tab}
    if year:
        q["year"] = year
    return "?" + urlencode(q)


@cases("#section-2", "", None, "#")
def scroll_target(hash_):
    return (hash_ or "#top").lstrip("#") or "top"


@cases("https://example.com/app/page?id=3#x", "/relative/path", "")
def url_parts(href):
    u = urlparse(href)
    return [u.scheme, u.netloc, u.path, u.query, u.fragment]


@cases(("/reports/2024", [{"href": "/", "label": "Home"}, {"href": "/reports", "label": "Reports"}]),)
def nav_active(pathname, links):
    return [{"label": l["label"], "active": pathname == l["href"] or (l["href"] != "/" and pathname.startswith(l["href"]))}
            for l in links]


# ================================================================== pattern matching

@cases(({"type": "delete-btn", "index": 2}, [{"id": 1}, {"id": 2}, {"id": 3}]),
       ({"type": "other", "index": 1}, [{"id": 1}]), (None, []), ("add-btn", [{"id": 1}]))
def todo_buttons(triggered_id, items):
    if triggered_id is None:
        return items
    if isinstance(triggered_id, dict) and triggered_id.get("type") == "delete-btn":
        return [it for it in items if it["id"] != triggered_id["index"]]
    if triggered_id == "add-btn":
        new_id = max((it["id"] for it in items), default=0) + 1
        return items + [{"id": new_id}]
    return items


@cases(([1, None, 3], [{"type": "qty", "index": "a"}, {"type": "qty", "index": "b"}, {"type": "qty", "index": "c"}]),
       ([], []))
def all_values(values, ids):
    return {i["index"]: v or 0 for i, v in zip(ids, values)}


@cases(([True, False, True], ["a", "b", "c"]), ([None, None], ["x", "y"]))
def checked_labels(checks, labels):
    chosen = [lab for lab, c in zip(labels, checks) if c]
    return ", ".join(chosen) if chosen else "Nothing selected"


@cases(('{"index":1,"type":"btn"}.n_clicks',), ('add.n_clicks',), ("",))
def parse_prop_id(prop_id):
    comp, _, prop = prop_id.rpartition(".")
    if comp.startswith("{"):
        comp = json.loads(comp)
    return {"component": comp, "prop": prop}


# ================================================================== stores

@cases(({"past": [], "present": 0, "future": []}, "inc"), ({"past": [0, 1], "present": 2, "future": []}, "undo"),
       ({"past": [], "present": 2, "future": [3]}, "redo"), ({"past": [], "present": 0, "future": []}, "undo"),
       (None, "inc"))
def undo_redo(state, action):
    state = state or {"past": [], "present": 0, "future": []}
    past, present, future = state["past"], state["present"], state["future"]
    if action == "inc":
        return {"past": past + [present], "present": present + 1, "future": []}
    if action == "undo" and past:
        return {"past": past[:-1], "present": past[-1], "future": [present] + future}
    if action == "redo" and future:
        return {"past": past + [present], "present": future[0], "future": future[1:]}
    return state


@cases(({"items": {}}, "add", "apple", 1.25), ({"items": {"apple": {"qty": 1, "price": 1.25}}}, "add", "apple", 1.25),
       ({"items": {"apple": {"qty": 1, "price": 1.25}}}, "remove", "apple", None), (None, "add", "pear", 0.1),
       ({"items": {"a": {"qty": 3, "price": 0.1}}}, "total", None, None))
def cart(store, action, sku, price):
    store = store or {"items": {}}
    items = dict(store["items"])
    if action == "add":
        item = items.setdefault(sku, {"qty": 0, "price": price})
        item["qty"] += 1
    elif action == "remove":
        items.pop(sku, None)
    total = round(sum(i["qty"] * i["price"] for i in items.values()), 2)
    return {"items": items, "total": total, "count": sum(i["qty"] for i in items.values())}


@cases(([{"text": "a", "done": False}, {"text": "b", "done": True}], "all"),
       ([{"text": "a", "done": False}, {"text": "b", "done": True}], "active"), ([], "done"), (None, "all"))
def todo_view(todos, flt):
    todos = todos or []
    shown = [t for t in todos if flt == "all" or (flt == "done") == t["done"]]
    left = sum(not t["done"] for t in todos)
    return {"shown": [t["text"] for t in shown], "footer": f"{left} item{'s' * (left != 1)} left"}


@cases(({"step": 1, "answers": {}}, "next", "x"), ({"step": 3, "answers": {"1": "a"}}, "next", "b"),
       ({"step": 2, "answers": {}}, "back", None), (None, "next", "y"))
def wizard(state, action, answer):
    state = dict(state or {"step": 1, "answers": {}})
    answers = dict(state["answers"])
    if action == "next":
        answers[str(state["step"])] = answer
        state["step"] = min(state["step"] + 1, 3)
    elif action == "back":
        state["step"] = max(1, state["step"] - 1)
    state["answers"] = answers
    state["done"] = len(answers) == 3
    return state


@cases(([{"ts": "2024-01-01T10:00:00", "msg": "a"}, {"ts": "2024-01-01T09:00:00", "msg": "b"}], 1), ([], 5))
def recent_log(entries, n):
    entries = sorted(entries, key=lambda e: e["ts"], reverse=True)
    return [f"[{datetime.fromisoformat(e['ts']):%H:%M}] {e['msg']}" for e in entries[:n]]


# ================================================================== text

@cases("Hello, World!", "  Déjà vu -- again  ", "", "C++ & Python 3.12")
def slugify(text):
    text = text.lower().strip()
    text = re.sub(r"[^\w\s-]", "", text)
    text = re.sub(r"[\s_-]+", "-", text)
    return text.strip("-")


@cases("the cat and the hat", "", "One. Two, two! THREE three three", None)
def word_stats(text):
    words = re.findall(r"\b\w+\b", (text or "").lower())
    counts = Counter(words)
    return {"words": len(words), "unique": len(counts), "top": counts.most_common(2),
            "avg_len": round(sum(map(len, words)) / len(words), 2) if words else 0}


@cases(("dash", "Plotly Dash makes dashboards"), ("", "abc"), ("a.b", "a.b axb"), (None, "x"))
def highlight(term, text):
    if not term:
        return [text]
    parts = re.split(f"({re.escape(term)})", text, flags=re.IGNORECASE)
    return [{"mark": p} if p.lower() == term.lower() else p for p in parts if p]


@cases(("A long sentence that needs truncating", 10), ("short", 10), ("", 3), ("exactly10!", 10))
def truncate(text, n):
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


@cases("hello world. this is dash! ok?", "", "already Capital. yes")
def sentence_case(text):
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


@cases("  a,b ,, c  ", "", "single", None)
def parse_tags(raw):
    return sorted({t.strip().lower() for t in (raw or "").split(",") if t.strip()})


# ================================================================== numbers

@cases(1234.5, 0, -0.005, 1e9, None, 12, 2.675)
def currency(x):
    if x is None:
        return "—"
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"


@cases((1, 3), (0, 0), (2, 4), (-1, 8), (None, 5))
def percent(part, whole):
    if not whole or part is None:
        return "n/a"
    return f"{part / whole:.1%}"


@cases(0, 999, 1000, 1500, 1_000_000, 2.5e9, -12345, 1e15, 0.5)
def si_format(n):
    for unit in ["", "k", "M", "G", "T"]:
        if abs(n) < 1000:
            return f"{n:.3g}{unit}"
        n /= 1000
    return f"{n:.1f}P"


@cases(0, 1023, 1024, 1536, 10 ** 9, 5 * 1024 ** 4)
def human_bytes(size):
    units = ["B", "KB", "MB", "GB", "TB"]
    i = 0
    size = float(size)
    while size >= 1024 and i < len(units) - 1:
        size /= 1024
        i += 1
    return f"{size:.1f} {units[i]}" if i else f"{int(size)} {units[i]}"


@cases((100, 110), (100, 100), (0, 5), (50, 25))
def delta_badge(prev, cur):
    if prev == 0:
        return {"text": "new", "color": "secondary"}
    change = (cur - prev) / prev
    arrow = "▲" if change > 0 else "▼" if change < 0 else "■"
    return {"text": f"{arrow} {abs(change):.0%}", "color": "success" if change >= 0 else "danger"}


@cases(([3, 1, 4, 1, 5, 9, 2, 6],), ([1],), ([],), ([2, 2.5],))
def describe(values):
    if not values:
        return {}
    out = {"n": len(values), "mean": round(statistics.mean(values), 3), "median": statistics.median(values),
           "min": min(values), "max": max(values)}
    if len(values) > 1:
        out["stdev"] = round(statistics.stdev(values), 3)
    return out


@cases(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ================================================================== time series

SERIES = [{"date": "2024-01-03", "v": 2}, {"date": "2024-01-09", "v": 3}, {"date": "2024-02-01", "v": 1.5},
          {"date": "2023-12-31", "v": 4}]


@cases((SERIES, "M"), (SERIES, "W"), ([], "M"), (SERIES, "D"))
def bucket(points, freq):
    buckets = defaultdict(float)
    for p in points:
        d = date.fromisoformat(p["date"])
        if freq == "M":
            key = d.strftime("%Y-%m")
        elif freq == "W":
            key = (d - timedelta(days=d.weekday())).isoformat()
        else:
            key = d.isoformat()
        buckets[key] += p["v"]
    return [{"period": k, "total": buckets[k]} for k in sorted(buckets)]


@cases((SERIES,), ([],))
def fill_missing_days(points):
    if not points:
        return []
    by_day = {p["date"]: p["v"] for p in points}
    days = sorted(by_day)
    start, end = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    out = []
    d = start
    while d <= end:
        out.append(by_day.get(d.isoformat(), 0))
        d += timedelta(days=1)
    return len(out), sum(out)


@cases(([1, 2, 3, 4, 5], 3), ([1, 2], 3), ([], 2))
def rolling_mean(values, window):
    return [None if i + 1 < window else sum(values[i + 1 - window:i + 1]) / window for i in range(len(values))]


@cases((SERIES,), ([],))
def monthly_groupby(points):
    pts = sorted(points, key=lambda p: p["date"])
    return [{"month": k, "n": len(list(g))} for k, g in groupby(pts, key=lambda p: p["date"][:7])]


@cases(("2024-03-10T14:30:00",), ("2024-03-10",), ("bad",), (None,))
def time_ago_label(ts):
    if not ts:
        return ""
    now = datetime(2024, 3, 11, 12, 0)
    try:
        then = datetime.fromisoformat(ts)
    except ValueError:
        return "unknown"
    secs = (now - then).total_seconds()
    if secs < 3600:
        return f"{int(secs // 60)} min ago"
    if secs < 86400:
        return f"{int(secs // 3600)} h ago"
    return f"{int(secs // 86400)} d ago on {then:%a %d %b}"


@cases(("2024-01-15", "Q"), ("2024-12-31", "Q"), ("2024-07-04", "H"))
def period_label(day, kind):
    d = date.fromisoformat(day)
    if kind == "Q":
        return f"Q{(d.month - 1) // 3 + 1} {d.year}"
    return f"H{1 if d.month <= 6 else 2} {d.year}"


@cases((["2024-01-01", "2024-01-02", "2024-01-04", "2024-01-05", "2024-01-06"],), ([],))
def longest_streak(days):
    ds = sorted({date.fromisoformat(s) for s in days})
    best = cur = 0
    prev = None
    for d in ds:
        cur = cur + 1 if prev and (d - prev).days == 1 else 1
        best = max(best, cur)
        prev = d
    return best


# ================================================================== more idioms (reprs, formats, helpers)

@cases(["NYC", "MTL"], [], None, "SF", [1, 2.5], [None, True])
def you_selected(value):
    return f"You have selected {value}"


@cases(["NYC", "MTL"], {"a": 1, "b": [None, True]}, "x", 1.5)
def debug_repr(value):
    return f"value={value!r}"


@cases({"a": 1, "b": [1, 2.5, None]}, [], "x", {"n": {"m": "é"}})
def json_debug(data):
    return json.dumps(data, indent=2)


@cases(([1, 2, 3, 4],), ([],), ([0.1, 0.2, 0.3],))
def cumulative(values):
    return list(accumulate(values))


@cases(([1, 2, 3],), ([],))
def product(values):
    return reduce(lambda a, b: a * b, values, 1)


@cases((["a", "b", "c"], [1, 2]),)
def pad_columns(a, b):
    return [list(p) for p in zip_longest(a, b, fillvalue="")]


@cases(([[1, 2], [3], []],),)
def flatten(rows):
    return list(chain.from_iterable(rows))


@cases(("15/03/2024",), ("2024-03-15",), ("31/02/2024",))
def parse_eu_date(s):
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    return None


@cases((1234567.891,), (-0.5,), (0,), (1e-7,), (12,))
def number_formats(x):
    return [f"{x:,}", f"{x:_.2f}", f"{x:+.1f}", f"{x:e}", f"{x:>12.3f}", format(x, ".2%"), "%.2f" % x,
            "{:,.0f}".format(x), f"{x:08.2f}", str(round(x, 2))]


@cases((255,), (0,), (4096,))
def hex_color(n):
    return f"#{n:06X}", hex(n), int(f"{n:x}", 16)


@cases(("#1f77b4", 0.5), ("#FFF", 1))
def rgba(hexc, alpha):
    h = hexc.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


@cases(([1, 5, 2],), ([],))
def argmax(values):
    if (n := len(values)) == 0:
        return None
    best = max(range(n), key=lambda i: values[i])
    return best, values.index(max(values)), values.count(values[best])


@cases((["a", "b", "c", "d"], 1, 2),)
def reorder(items, i, j):
    items = list(items)
    item = items.pop(i)
    items.insert(j, item)
    del items[0]
    items[0:1] = ["X", "Y"]
    return items


@cases(({"a": 3, "b": 1, "c": 3},),)
def ranking(d):
    return [f"{i}. {k} ({v})" for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), start=1)]


def _tree(items, parent=None):
    return [{"label": i["name"], "children": _tree(items, i["id"])} for i in items if i.get("parent") == parent]


@cases(([{"id": 1, "name": "root"}, {"id": 2, "name": "kid", "parent": 1}, {"id": 3, "name": "kid2", "parent": 1}],),)
def build_tree(items):
    return _tree(items)


@cases(("a\nb\r\nc",), ("",))
def lines(s):
    return [ln.split(maxsplit=1) for ln in s.splitlines()]


@cases((["b", "a"], {"x": 1}, {"y": 2}),)
def merges(keys, a, b):
    return {**a, **b, **dict.fromkeys(keys, 0)}, dict(zip(keys, range(5)))


@cases((2.5,), (3.5,), (-0.5,), (1.005,))
def roundings(x):
    return round(x), round(x, 2), math.floor(x), math.ceil(x), int(x), divmod(x, 1), x // 1, math.isclose(x, 2.5)


@cases(("Hello World",), ("straße",))
def casing(s):
    return s.title(), s.casefold(), s.swapcase(), s.center(15, "*"), s.zfill(14), s.capitalize()


@cases(([1, 2, 3], [2, 3, 4]),)
def set_ops(a, b):
    return sorted(set(a) & set(b)), sorted(set(a) | set(b)), sorted(set(a) ^ set(b)), set(a) <= set(b)


@cases((ROWS,),)
def columns_of(rows):
    cols = list(zip(*[(r["name"], r["v"]) for r in rows]))
    return [list(c) for c in cols]


@cases(("x=1;y=2;z",),)
def parse_kv(s):
    return {k: v for k, _, v in (p.partition("=") for p in s.split(";"))}



# ================================================================== method lookup before the arguments (fixed)

@cases((1.5, None), ("/a", None), ([], 1), ("/a/b", "/a"))
def path_prefix_guarded(path, h):
    # CPython looks path.startswith up before it evaluates h + "/": a path of the wrong type is AttributeError
    # (the JS evaluated the argument first and raised TypeError)
    try:
        return path.startswith(h + "/")
    except AttributeError:
        return "not a path"
    except TypeError:
        return "bad prefix"


@cases((1.5, [1]), ({}, [1]), ([0], [1]), ("s", [2]))
def append_popped(x, stack):
    # x.append(stack.pop()) with x not a list: CPython raises before the pop (the JS popped first)
    try:
        x.append(stack.pop())
    except AttributeError:
        pass
    return stack


@cases(({"a": 1}, []), ("abc", []), (None, []), (5, [1]))
def lookup_logged(d, log):
    try:
        return d.get(log.append("x") or "a"), log
    except AttributeError:
        return "no get", log


# ================================================================== d.update(key=value) on a value of unknown type (was refused)

@cases(({"a": 1, "b": 2},), ([1, 2],), ("s",), (None,), ({"b": None},))
def update_keywords(d):
    if isinstance(d, list):
        d = set(d)
    try:
        d.update(c=4, b=5)
    except (TypeError, AttributeError) as e:
        return f"{type(e).__name__}: {e}"
    return list(d.items())


@cases(({"a": 1},), ([["a", 2]],), ({},))
def update_keywords_counter(rows):
    c = Counter(rows) if isinstance(rows, dict) else dict(rows)
    c.update({"a": 1}, a=2, z=1)
    return sorted(c.items())


@cases(({"x": 1}, [1]), ("x", [1]))
def update_keywords_lookup_first(d, stack):
    try:
        d.update(x=stack.pop())
    except AttributeError:
        return "no update", stack
    return d, stack


# ================================================================== x.__getitem__ as a key or map function (was refused)

@cases(([1, 5, 2],), ([],), ("bca",), ({"a": 2, "b": 1},), (None,), (3,), ([[1], [0]],))
def getitem_key(ys):
    try:
        if isinstance(ys, dict):
            return sorted(ys, key=ys.__getitem__), max(ys, key=ys.__getitem__)
        return max(range(len(ys)), key=ys.__getitem__) if ys else sorted([], key=ys.__getitem__)
    except (AttributeError, TypeError) as e:
        return f"{type(e).__name__}: {e}"

@cases((["a", "b", "a"],), ([],))
def getitem_counter(words):
    c = Counter(words)
    d = defaultdict(int)
    return sorted(set(words) | {"zz"}, key=c.__getitem__), list(map(d.__getitem__, ["x", "y"])), dict(d)

@cases(((1, 2, 3), 1), ("abc", -1), ([1, 2], 5), ({"a": 1}, "b"), (None, 0), ([], 0))
def getitem_map(xs, i):
    if i == 0 and isinstance(xs, list) and not xs:
        xs = {1}
    try:
        return list(map(xs.__getitem__, [i, 0]))
    except (AttributeError, TypeError, IndexError, KeyError) as e:
        return f"{type(e).__name__}: {e}"
