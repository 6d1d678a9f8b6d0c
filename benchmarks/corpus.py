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
