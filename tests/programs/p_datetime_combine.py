"""datetime.time values and datetime.combine (templates/runtime/datetime.js)."""
import datetime
from datetime import date, datetime as DT, time, timedelta

from difftest import cases


@cases((2024, 2, 29, 13, 5, 9, 120), (1, 1, 1, 0, 0, 0, 0), (9999, 12, 31, 23, 59, 59, 999999), (2024, 7, 1, 9, 30, 0, 0))
def combine_values(y, mo, d, h, mi, s, us):
    t = time(h, mi, s, us)
    day = date(y, mo, d)
    c = DT.combine(day, t)
    c2 = datetime.datetime.combine(datetime.date(y, mo, d), datetime.time(h, minute=mi))
    c3 = DT.combine(c, time())           # a datetime is a date: its date part
    return [str(t), repr(t), t.isoformat(), t.isoformat(timespec="minutes"), t.isoformat("milliseconds"),
            t.hour, t.minute, t.second, t.microsecond, str(c), repr(c), c == DT(y, mo, d, h, mi, s, us), str(c2),
            repr(c3), c.time() == t, repr(c.time()), c.date() == day, t.strftime("%H:%M:%S %p %I %Y-%m-%d %j %a"),
            f"{t:%H.%M}", format(t, ""), str(t.replace(hour=1)), repr(t.replace(second=7, microsecond=0)),
            time.min, time.max, repr(time.resolution), t.min == time(0), bool(time()), [t] == [time(h, mi, s, us)],
            {t: 1}.get(time(h, mi, s, us)), isinstance(t, time), isinstance(c, date), type(t).__name__,
            t < time(23, 59, 59, 999999) or t == time.max, sorted([time(5), t, time(1, 2)]),
            DT.combine(date=day, time=t) == c]


@cases((2024, 1, 1), (None, None, None), ("x", 1, 2))
def combine_errors(a, b, c):
    out = []
    for f in (lambda: DT.combine("2024-01-01", time(1)), lambda: DT.combine(date(2024, 1, 1), "10:00"),
              lambda: DT.combine(None, time()), lambda: DT.combine(date(2024, 1, 1), None),
              lambda: DT.combine(date(2024, 1, 1), DT(2024, 1, 1)), lambda: DT.combine(time(1), time(2)),
              lambda: time(24), lambda: time(1, 60), lambda: time(1, 2, 60), lambda: time(1, 2, 3, 1000000),
              lambda: time(-1), lambda: time(a), lambda: time(1.5), lambda: time("1"), lambda: time(hour=b),
              lambda: time(1) < date(2024, 1, 1), lambda: time(1) == date(2024, 1, 1), lambda: time(1) + timedelta(1),
              lambda: time(2) - time(1), lambda: time(1).year, lambda: time(1).weekday(),
              lambda: time(1).isoformat(sep=" "), lambda: time(1).isoformat(timespec="x"), lambda: time(1, 2) < c):
        try:
            out.append(repr(f()))
        except (TypeError, ValueError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


@cases(("2024-03-10", "08:15"), ("1999-12-31", "23:59"))
def schedule(day_s, hm):
    # a booking form: a date picker's value and a time typed as HH:MM
    d = date.fromisoformat(day_s)
    h, m = hm.split(":")
    start = DT.combine(d, time(int(h), int(m)))
    end = start + timedelta(minutes=90)
    return [start.isoformat(), end.isoformat(), str(end.time()), end.time() > start.time(), (end - start).seconds,
            DT.combine(d, time.min).isoformat(), DT.combine(d, time.max).strftime("%H:%M:%S.%f"), start.time()]
