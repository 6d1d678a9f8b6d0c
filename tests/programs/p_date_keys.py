"""Dates as dict keys and set elements: grouping by day, lookups with equal dates built elsewhere, date vs
datetime (never equal), timedeltas, dates inside tuple keys, and what JSON does with them."""
import json
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from difftest import cases

EVENTS = [{"t": "2024-03-01T09:30:00", "v": 3}, {"t": "2024-03-01T17:00:00", "v": 1.5},
          {"t": "2024-03-02T08:00:00", "v": 2}, {"t": "2024-02-29T23:59:59", "v": 4}]


@cases((EVENTS,), ([],), (EVENTS[:1] * 2,))
def by_day(events):
    totals = defaultdict(float)
    counts = Counter()
    weekdays = set()
    for e in events:
        ts = datetime.fromisoformat(e["t"])
        totals[ts.date()] += e["v"]
        counts[(ts.date(), ts.hour >= 12)] += 1
        weekdays.add(ts.date().weekday())
    days = sorted(totals)
    out = [[d.isoformat(), totals[d]] for d in days]
    probe = date(2024, 3, 1)
    return [out, probe in totals, datetime(2024, 3, 1) in totals, totals.get(probe + timedelta(days=1), 0),
            sorted((d.isoformat(), pm, n) for (d, pm), n in counts.items()), sorted(weekdays), len(counts),
            repr(dict(sorted(totals.items())))]


@cases((1,), (0,))
def mixed_keys(n):
    d = {date(2024, 1, 1): "date", datetime(2024, 1, 1): "datetime", timedelta(days=n): "delta"}
    d[date(2024, 1, 1)] = "date again"
    d[timedelta(hours=24 * n)] = "delta again"
    s = {date(2024, 1, 1), date(2024, 1, 1), datetime(2024, 1, 1, 0, 0), timedelta(0), timedelta(seconds=0)}
    out = [repr(d), len(s), date(2024, 1, 1) in s, datetime(2024, 1, 1, 0, 0, 1) in s]
    del d[datetime(2024, 1, 1)]
    out.append(repr(d))
    try:
        out.append(json.dumps({date(2024, 1, 1): 1}))
    except TypeError as e:
        out.append(["TypeError", str(e)])
    return out
