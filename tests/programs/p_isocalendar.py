"""date.isocalendar() (ISO year, week, weekday: a tuple with attributes) and the C99 ISO strftime directives %G %V %u."""
from collections import Counter
from datetime import date, datetime, timedelta

from difftest import cases

DAYS = ["2024-12-30", "2025-01-05", "2021-01-03", "2020-12-31", "2026-01-01", "2015-12-31", "2016-01-03", "0001-01-01",
        "9999-12-31", "2004-12-31", "2010-01-03", "2027-01-01"]


@cases(*[(s,) for s in DAYS])
def iso_week(s):
    d = date.fromisoformat(s)
    ic = d.isocalendar()
    y, w, wd = ic
    dt = datetime.fromisoformat(s + "T12:00")
    out = [ic, y, w, wd, ic.year, ic.week, ic.weekday, ic[1], ic[-1], str(ic), repr(ic), list(ic), ic == (y, w, wd),
           isinstance(ic, tuple), type(ic).__name__, dt.isocalendar().week, len(ic)]
    if y >= 1000:
        out += [d.strftime("%G-W%V-%u"), f"{dt:%G %V %u %a}"]
    return out


@cases((["2024-01-01", "2024-01-03", "2024-01-08", "2023-12-31", "2025-01-01"],))
def by_iso_week(days):
    weeks = Counter()
    for s in days:
        y, w, _ = date.fromisoformat(s).isocalendar()
        weeks[f"{y}-W{w:02d}"] += 1
    start = date.fromisoformat(days[0])
    span = [(start + timedelta(days=7 * i)).isocalendar().week for i in range(60)]
    return [sorted(weeks.items()), span]


@cases(("2024-05-05",))
def weekday_attribute_errors(s):
    d = date.fromisoformat(s)
    out = []
    try:
        out.append(d.isocalendar().month)
    except AttributeError as e:
        out.append(str(e))
    try:
        out.append(d.isocalendar(1))
    except TypeError as e:
        out.append(str(e))
    return out
