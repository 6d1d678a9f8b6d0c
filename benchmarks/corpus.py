"""Realistic callbacks used by the benchmarks (the benchmark carries its own corpus)."""
import math

COLORS = {"low": "#2ca02c", "mid": "#ff7f0e", "high": "#d62728"}


def summarize(rows, threshold, unit, scale):
    """A ~50-line callback: filter, aggregate, format, build a figure dict."""
    if not rows:
        return {"data": [], "layout": {"title": {"text": "No data"}}}, "No rows", []
    threshold = threshold if threshold is not None else 0
    kept = []
    total = 0.0
    count = 0
    for row in rows:
        value = row.get("value")
        if value is None:
            continue
        if value < threshold:
            continue
        kept.append(row)
        total += value
        count += 1
    mean = total / count if count else 0.0
    variance = 0.0
    for row in kept:
        variance += (row["value"] - mean) ** 2
    std = math.sqrt(variance / count) if count > 1 else 0.0
    labels = []
    for i, row in enumerate(sorted(kept, key=lambda r: r["value"], reverse=True)[:10]):
        level = "high" if row["value"] > mean + std else ("low" if row["value"] < mean - std else "mid")
        labels.append({"name": row.get("name", f"row {i}"), "color": COLORS[level],
                       "text": f"{row['value']:,.2f} {unit}"})
    xs = [r.get("name", str(i)) for i, r in enumerate(kept)]
    ys = [r["value"] for r in kept]
    figure = {
        "data": [{"type": "bar", "x": xs, "y": ys,
                  "marker": {"color": [lab["color"] for lab in labels] or "#888"}}],
        "layout": {
            "title": {"text": f"{count} rows ≥ {threshold} ({unit})"},
            "yaxis": {"type": "log" if scale == "log" else "linear"},
        },
    }
    status = f"mean {mean:.3f}, std {std:.3f}, total {total:,.1f}"
    if count == 0:
        status = "nothing above threshold"
    elif count == 1:
        status += " (single row)"
    return figure, status, labels


def celsius(c):
    if c is None:
        return ""
    return f"{c}°C = {c * 9 / 5 + 32:.1f}°F"


def click_label(n_clicks, text):
    words = (text or "").split()
    return f"{n_clicks} clicks: {' '.join(w.capitalize() for w in words)} ({len(words)} words)"


def filter_table(rows, query, sort_col, descending, page, page_size):
    """Search, sort and paginate a table (a DataTable-like callback)."""
    query = (query or "").strip().lower()
    if query:
        found = []
        for row in rows:
            for value in row.values():
                if isinstance(value, str) and query in value.lower():
                    found.append(row)
                    break
    else:
        found = list(rows)
    if sort_col:
        found = sorted(found, key=lambda r: r.get(sort_col, 0), reverse=bool(descending))
    size = page_size or 10
    pages = max(1, (len(found) + size - 1) // size)
    page = min(max(page or 0, 0), pages - 1)
    shown = found[page * size:(page + 1) * size]
    return shown, f"{len(found)} of {len(rows)} rows, page {page + 1}/{pages}", pages


def word_stats(text, top):
    """Word frequencies of a text area: counts in a dict, top words by count then alphabetically."""
    counts = {}
    total = 0
    letters = 0
    for raw in (text or "").split():
        word = raw.strip(".,;:!?\"'()").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        total += 1
        letters += len(word)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    rows = [{"word": w, "count": c, "share": f"{100 * c / total:.1f}%"} for w, c in ranked]
    avg = letters / total if total else 0
    summary = f"{total} words, {len(counts)} distinct, average length {avg:.2f}"
    return rows, summary


def cart_total(items, coupon, tax_rate):
    """Shopping-cart totals: per-line strings, discounts, tax."""
    lines = []
    subtotal = 0.0
    n = 0
    for item in items or []:
        qty = int(item.get("qty", 1))
        if qty <= 0:
            continue
        price = item["price"]
        amount = price * qty
        subtotal += amount
        n += qty
        lines.append(f"{item['name']} x{qty}: {amount:.2f}")
    discount = 0.0
    if coupon == "HALF":
        discount = subtotal / 2
    elif coupon == "TENOFF" and subtotal >= 50:
        discount = 10.0
    taxed = (subtotal - discount) * (1 + (tax_rate or 0) / 100)
    badge = "empty" if n == 0 else ("1 item" if n == 1 else f"{n} items")
    return lines, f"{subtotal:.2f}", f"{discount:.2f}", f"{taxed:.2f}", badge


def scatter_figure(xs, ys, selected, log_y):
    """A scatter figure with highlighted points and axis ranges."""
    xs = xs or []
    ys = ys or []
    points = list(zip(xs, ys))
    if not points:
        return {"data": [], "layout": {}}
    chosen = set(selected or [])
    colors = ["#d62728" if i in chosen else "#1f77b4" for i in range(len(points))]
    sizes = [12 if i in chosen else 6 for i in range(len(points))]
    lo_x = min(x for x, _ in points)
    hi_x = max(x for x, _ in points)
    lo_y = min(y for _, y in points)
    hi_y = max(y for _, y in points)
    pad = (hi_x - lo_x) * 0.05 or 1
    text = [f"({x}, {y})" for x, y in points]
    return {
        "data": [{"type": "scatter", "mode": "markers", "x": xs, "y": ys, "text": text,
                  "marker": {"color": colors, "size": sizes}}],
        "layout": {"xaxis": {"range": [lo_x - pad, hi_x + pad]},
                   "yaxis": {"type": "log" if log_y else "linear", "range": [lo_y, hi_y]},
                   "title": {"text": f"{len(points)} points, {len(chosen)} selected"}},
    }


def _rows(n):
    names = ["alpha", "Bravo", "charlie", "delta", "Echo", "foxtrot", "golf", "Hotel"]
    return [{"name": f"{names[i % 8]}-{i}", "value": (i * 37) % 101 + (i % 3) * 0.25 if i % 3 else (i * 37) % 101,
             "city": names[(i * 5) % 8]} for i in range(n)]


_TEXT = ("The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! "
         "A quick (very quick) fox, a lazy dog: who wins? ") * 6

# name -> list of argument tuples (JSON-compatible, as Dash passes them)
INPUTS = {
    "summarize": [(_rows(40), 10, "kg", "log"), (_rows(12), 0, "m", "linear")],
    "celsius": [(20,), (-40,), (36.6,)],
    "click_label": [(3, "hello py2cs world"), (12, "the quick brown fox jumps")],
    "filter_table": [(_rows(60), "o", "value", True, 1, 10), (_rows(30), "", "name", False, 0, 7)],
    "word_stats": [(_TEXT, 5), ("one two two three three three", 3)],
    "cart_total": [([{"name": "pen", "price": 1.25, "qty": 4}, {"name": "book", "price": 12.99, "qty": 2},
                     {"name": "lamp", "price": 31.5}, {"name": "gone", "price": 3, "qty": 0}], "TENOFF", 8.5),
                   ([{"name": "mug", "price": 7.5, "qty": 3}], "HALF", 20)],
    "scatter_figure": [([i * 0.5 + 0.25 for i in range(50)], [(i * 7) % 23 + 1 for i in range(50)], [3, 7, 11], True),
                       ([1.5, 2.5, 3.5], [4, 5, 6], [], False)],
}

CALLBACKS = [summarize, celsius, click_label, filter_table, word_stats, cart_total, scatter_figure]
