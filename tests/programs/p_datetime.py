"""datetime: naive date, datetime and timedelta (templates/runtime/datetime.js). Inputs are what a browser
sends: ISO strings from DatePickerSingle/DatePickerRange, numbers, None."""
import datetime as dtmod
import json
from datetime import date, datetime, timedelta

from difftest import cases
from programs.dt_helpers_nodt import half, scale


def _try(f):
    """repr(f()) or the exception's class and message (type() is not available in the browser)."""
    try:
        return repr(f())
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except AttributeError as e:
        return "AttributeError: " + str(e)

DATES = ("2024-01-05", "2024-02-29", "2023-02-28", "0001-01-01", "9999-12-31", "2000-12-31", "1999-01-01",
         "2024-12-31", "1900-03-01", "0999-06-15")
STAMPS = ("2024-01-05T00:00:00", "2024-01-05T13:04:05", "2024-02-29T23:59:59.999999", "0001-01-01T00:00:00",
          "9999-12-31T23:59:59.999999", "2024-07-04 12:00:00.5", "2024-01-05T00:00:00.000001")
BAD_ISO = ("2024-1-5", "", "2024-13-01", "2024-02-30", "20240105", "2024-W01-1", "2024W011", "2024-W53-1",
           "2020-W53-7", "2024-01-05T", "2024-01-05T25:00", "2024-01-05T12", "2024-01-05T1200",
           "2024-01-05T12:00:00.1234567", "2024-01-05x12:30",
           "2024-01-05T12:60", "2024-01-05T24:00:00", "2024-01-05T12:00:00,5", "x", "2024-01-05 ", " 2024-01-05",
           "2024-001", "2024-01-05T12:00:00.", "2024-01-05T12:3", "0000-01-01", "2024-W00-1", "2024-W01-8",
           "2024-01-05T12:00:0", "12024-01-05",
           # CPython 3.11's C parser: text after a parsed date part is ignored, a non-ASCII separator reads as T,
           # lengths count UTF-8 bytes, fields are checked by the constructor, an offset of a day is a ValueError
           "79950404_1", "2120000932", "20240105é12", "2024-01-05\ud80012", "2024W011é12", "2024-01-05é",
           "20240105é", "2024-01-05T12:00:00+25:00", "38601256951+23:59:59.999999", "2024-W01", "2024W01",
           "2024-W01-1T10", "2024-W0112", "9999-W52-7", "2020W537", "2024-01-05T12:00,123456789")


@cases(*[(s,) for s in DATES])
def date_basics(s):
    d = date.fromisoformat(s)
    return [str(d), repr(d), d.isoformat(), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d,
            f"{d}", f"{d!r}", "%s" % d, "{}".format(d), str([d]), print(d) is None]


@cases(*[(s,) for s in STAMPS])
def datetime_basics(s):
    d = datetime.fromisoformat(s)
    return [str(d), repr(d), d.isoformat(), d.isoformat(" "), d.isoformat(sep="_"), d.year, d.month, d.day, d.hour,
            d.minute, d.second, d.microsecond, d.weekday(), d.isoweekday(), str(d.date()), repr(d.date()), d]


@cases(*[(s,) for s in BAD_ISO + DATES + STAMPS], (None,), (5,))
def fromisoformat_both(s):
    out = []
    for f in (lambda: date.fromisoformat(s), lambda: datetime.fromisoformat(s)):
        out.append(_try(f))
    return out


FORMATS = ("%Y-%m-%d", "%d/%m/%y %H:%M:%S.%f", "%a %A %b %B", "%I:%M %p", "%j", "100%% %Y", "", "no directives",
           "%H%M%S", "%B %d, %Y at %I%p")


@cases(*[(s, f) for s in STAMPS[1:3] + STAMPS[4:6] + DATES[:3] for f in FORMATS])
def strftime_all(s, f):
    d = datetime.fromisoformat(s)
    return [d.strftime(f), d.date().strftime(f), format(d, f), f"{d:{f}}" if f else ""]


@cases(*[(y, m, d) for y, m, d in [(2024, 1, 5), (2024, 2, 29), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 0, 1),
                                    (2024, 13, 1), (2024, 4, 31), (2024, 4, 30), (1, 1, 1), (9999, 12, 31), (2024, 1, 0),
                                    ("2024", 1, 1), (2024.0, 1, 1), (None, 1, 1), (True, True, True), (-5, 1, 1),
                                    (2024, 1, 1.5), (2 ** 31, 1, 1), (-2 ** 31 - 1, 1, 1), (2 ** 31 - 1, 1, 1),
                                    (2024, 2 ** 40, 1), (2024, 1, -2 ** 50), (1e300, 1, 1), (2024, 1, -0.0)]])
def date_constructor(y, m, d):
    return _try(lambda: date(y, m, d))


@cases((2024, 1, 5, 0, 0, 0, 0), (2024, 1, 5, 23, 59, 59, 999999), (2024, 1, 5, 24, 0, 0, 0), (2024, 1, 5, 0, 60, 0, 0),
       (2024, 1, 5, 0, 0, 60, 0), (2024, 1, 5, 0, 0, 0, 1000000), (2024, 1, 5, -1, 0, 0, 0), (2024, 1, 5, 1.0, 0, 0, 0),
       (2024, 1, 5, None, 0, 0, 0), (2024, 2, 30, 0, 0, 0, 0), (2024, 1, 5, 12, 30, 0, 5))
def datetime_constructor(y, mo, d, h, mi, s, us):
    out = []
    for f in (lambda: datetime(y, mo, d), lambda: datetime(y, mo, d, h), lambda: datetime(y, mo, d, h, mi, s, us),
              lambda: datetime(year=y, month=mo, day=d, minute=mi, microsecond=us),
              lambda: datetime(y, mo, d, second=s)):
        out.append(_try(f))
    return out


TD_ARGS = [
    {"days": 1}, {"seconds": 86401}, {"microseconds": -1}, {"milliseconds": 0.5}, {"milliseconds": 1.5},
    {"milliseconds": 2.5}, {"microseconds": 0.5}, {"microseconds": 1.5}, {"microseconds": -0.5}, {"minutes": 1.5},
    {"hours": -25.25}, {"weeks": 2, "days": -3}, {"days": 999999999}, {"days": -999999999}, {"days": 1000000000},
    {"days": 999999999, "hours": 24}, {"seconds": 1e-7}, {"days": 0.1, "seconds": 0.1, "microseconds": 0.1},
    {"days": 1 / 3}, {"weeks": 1e-6}, {"hours": 2 ** 40}, {"days": float("inf")}, {"days": float("nan")},
    {"days": "1"}, {"days": None}, {"days": True}, {"minutes": -0.0}, {"seconds": 0.5, "microseconds": 0.5},
    {"milliseconds": -2.5}, {"seconds": 123456789.123456789}, {"microseconds": 3.5, "milliseconds": 0.0005},
]


@cases(*[(i,) for i in range(len(TD_ARGS))])
def timedelta_constructor(i):
    kw = TD_ARGS[i]
    r = _try(lambda: _td(kw))
    if not r.startswith("datetime"):
        return r
    t = _td(kw)
    return [repr(t), str(t), t.days, t.seconds, t.microseconds, bool(t)]


def _td(kw):
    return timedelta(days=kw.get("days", 0), seconds=kw.get("seconds", 0), microseconds=kw.get("microseconds", 0),
                     milliseconds=kw.get("milliseconds", 0), minutes=kw.get("minutes", 0), hours=kw.get("hours", 0),
                     weeks=kw.get("weeks", 0))


@cases((1, 2, 3), (0, 0, 0), (-1, 0, 0), (0, -1, 0), (0, 0, -1), (3, 7200, 15), (-3, -7200, -15))
def timedelta_positional(d, s, us):
    t = timedelta(d, s, us)
    return [repr(t), str(t), repr(-t), str(abs(t)), repr(+t), t.total_seconds(), str(t * 2), str(t * -1.5),
            str(2 * t), str(t / 3), str(t // 3), str(t + t), str(t - timedelta(1)), t == timedelta(d, s, us),
            t < timedelta(0), bool(t), str(t / 0.1) if t else "", t / timedelta(hours=1), t // timedelta(minutes=7),
            str(t % timedelta(minutes=7)), str(divmod(t, timedelta(hours=5))), repr(timedelta())]


@cases(*[(s, n) for s in DATES for n in (0, 1, -1, 30, 365, 366, -3652059, 3652059, 1000)])
def date_arith(s, n):
    d = date.fromisoformat(s)
    out = []
    for f in (lambda: d + timedelta(days=n), lambda: d - timedelta(days=n), lambda: timedelta(days=n) + d,
              lambda: d + timedelta(hours=n), lambda: d - timedelta(hours=n), lambda: d - date(2024, 1, 1),
              lambda: date(2024, 1, 1) - d):
        out.append(_try(f))
    return out


@cases(*[(s, n) for s in STAMPS for n in (0, 1, -1, 0.5, 86400.000001, -1e10, 1e12)])
def datetime_arith(s, n):
    d = datetime.fromisoformat(s)
    out = []
    for f in (lambda: d + timedelta(seconds=n), lambda: d - timedelta(seconds=n), lambda: d - datetime(2024, 1, 1),
              lambda: datetime(2024, 1, 1, 12) - d, lambda: (d - datetime(2000, 1, 1)).total_seconds()):
        out.append(_try(f))
    return out


@cases(("2024-01-05", "2024-01-06"), ("2024-01-05", "2024-01-05"), ("2024-12-31", "2024-01-01"))
def comparisons(a, b):
    x, y = date.fromisoformat(a), date.fromisoformat(b)
    X, Y = datetime.fromisoformat(a), datetime.fromisoformat(b)
    out = [x == y, x != y, x < y, x <= y, x > y, x >= y, X == Y, X < Y, X >= Y, x == X, x != X, X == x,
           x == a, x == 5, x in [y, X], x in [X, y], [x, 1] == [y, 1], (x, 2) < (y, 1),
           timedelta(1) == timedelta(hours=24), timedelta(1) > timedelta(hours=23), timedelta(0) == 0]
    for f in (lambda: x < X, lambda: X < x, lambda: x <= X, lambda: x < 5, lambda: timedelta(1) < 1,
              lambda: x > "2024", lambda: x < timedelta(1)):
        out.append(_try(f))
    return out


@cases((["2024-03-01", "2023-12-31", "2024-02-29", "2024-01-05"],), (["2024-01-05"],))
def min_max_sorted(xs):
    ds = [date.fromisoformat(s) for s in xs]
    dts = [datetime.fromisoformat(s) for s in xs]
    tds = [d - ds[0] for d in ds]
    return [min(ds), max(ds), sorted(ds), sorted(ds, reverse=True), min(dts), max(dts), sorted(dts),
            [str(t) for t in sorted(tds)], str(max(tds)), str(sum(tds, timedelta())),
            [d.isoformat() for d in sorted(ds, key=lambda d: d.day)], sorted(xs) == [str(d) for d in sorted(ds)]]


@cases(("2024-01-31",), ("2024-02-29",), ("2023-01-31",), ("0001-01-01",))
def replace_and_date(s):
    d = date.fromisoformat(s)
    t = datetime.fromisoformat(s + "T10:20:30.000040")
    out = []
    for f in (lambda: d.replace(day=1), lambda: d.replace(year=2023), lambda: d.replace(month=2),
              lambda: d.replace(2020, 2, 29), lambda: d.replace(), lambda: t.replace(hour=0, minute=0),
              lambda: t.replace(microsecond=0), lambda: t.replace(month=4), lambda: t.replace(second=60),
              lambda: t.date().replace(day=2), lambda: t.replace(year=t.year + 1)):
        out.append(_try(f))
    return out


@cases(("2024-01-05", "%Y-%m-%d"), ("05/01/24 13:04", "%d/%m/%y %H:%M"), ("5 jan 2024", "%d %b %Y"),
       ("Friday, January 05 2024", "%A, %B %d %Y"), ("2024-01-05 01:02:03.5", "%Y-%m-%d %H:%M:%S.%f"),
       ("12:30 AM", "%I:%M %p"), ("12:30 pm", "%I:%M %p"), ("2024 060", "%Y %j"), ("2023-02-29", "%Y-%m-%d"),
       ("2024-01-05x", "%Y-%m-%d"), ("2024-1-5", "%Y-%m-%d"), ("24", "%y"), ("69", "%y"), ("68", "%y"),
       ("2024-01-05", "%Y-%m"), ("abc", "%Y"), ("2024  01", "%Y %m"), ("100% 2024", "100%% %Y"), ("", ""),
       ("2024-01-05", None), (None, "%Y"), ("2024-13-01", "%Y-%m-%d"), ("31/04/2024", "%d/%m/%Y"),
       ("5", "%."), ("5", "% d"), ("x", "%Q"), ("2024", "%Y%"), ("12 05", "%H %I"), ("05 12", "%I %H"),
       ("2023 366", "%Y %j"), ("1900 02 29", "%Y %m %d"), ("02 29", "%m %d"), ("2024 060 03 01", "%Y %j %m %d"),
       ("9999 366", "%Y %j"), ("0000 001", "%Y %j"), ("Jan January", "%b %B"), ("JANUARY 5", "%B %d"), (" 5", "%d"),
       ("5pm", "%I%p"), ("5 pm", "%H %p"), ("2024\u00a005", "%Y %d"), ("2024\x1c05", "%Y %d"), ("12:00:61", "%H:%M:%S"),
       ("Feb 29", "%b %d"), ("a.b", "a.b"), ("a(b)", "a(b)"), ("x", "a%"), ("2024-1-5 7:8:9.1", "%Y-%m-%d %H:%M:%S.%f"),
       ("Mon 2024", "%a %Y"), ("Tuesday", "%A"), ("24", "%d%"), ("5 %", "%d %%"))
def strptime_cases(s, f):
    return _try(lambda: datetime.strptime(s, f))


@cases(("2024-01-05",), ("2024-01-05T10:00:00",))
def outputs_and_json(s):
    d = datetime.fromisoformat(s)
    out = {"date": d.date(), "dt": d, "list": [d.date(), d]}
    try:
        json.dumps(d)
    except TypeError as e:
        out["dumps"] = str(e)
    try:
        json.dumps([d.date()])
    except TypeError as e:
        out["dumps2"] = str(e)
    try:
        json.dumps({"a": timedelta(1)})
    except TypeError as e:
        out["dumps3"] = str(e)
    return out


@cases((1,), (0,))
def return_timedelta(n):
    return [timedelta(days=n)]


@cases(("2024-01-05", 3), (None, 0), ("2024-02-29", -1))
def picker_callback(start, n):
    # a DatePickerSingle value, n days later, formatted for a label
    if start is None:
        return "pick a date"
    d = date.fromisoformat(start[:10])
    end = d + timedelta(days=n)
    return f"{d:%d %b %Y} -> {end:%A %d %B} ({(end - d).days} days, week {end.isoweekday()})"


@cases(("2024-01-05T08:30:00", "2024-01-07T18:45:30"), ("2024-01-07", "2024-01-05"), (None, "2024-01-01"))
def range_callback(start, end):
    # a DatePickerRange: the span in days/hours
    if not start or not end:
        return "incomplete"
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    span = b - a
    hours = span.total_seconds() / 3600
    return {"span": str(span), "hours": round(hours, 2), "days": span.days, "neg": span < timedelta(0),
            "mid": a + span / 2, "abs": str(abs(span))}


@cases((5,), (None,))
def module_style(n):
    d = dtmod.date(2024, 1, 5) + dtmod.timedelta(days=n or 0)
    t = dtmod.datetime(2024, 1, 5, 12) - dtmod.timedelta(hours=n or 0)
    return [d, t, dtmod.date.fromisoformat("2024-03-01").isoformat(), dtmod.datetime.strptime("2024", "%Y")]


@cases((2,), (0,), (-3,))
def augmented(n):
    d = date(2024, 1, 1)
    t = timedelta()
    for i in range(abs(n)):
        d += timedelta(days=n)
        t += timedelta(hours=n)
        t -= timedelta(minutes=1)
    t *= 2
    t //= 3
    return [d, str(t)]


@cases((1.5,), (0,), (-2,), (1e-7,), (2 ** 30,), (1e300,), (True,), (0.0,), (-0.5,))
def timedelta_mul_div(x):
    t = timedelta(days=1, seconds=7, microseconds=3)
    out = [_try(lambda: t * float("inf")), _try(lambda: t / float("nan")), _try(lambda: t * float("-inf"))]
    for f in (lambda: t * x, lambda: x * t, lambda: t / x, lambda: t // x if not isinstance(x, float) else t,
              lambda: -t * x, lambda: t * x / 7):
        out.append(_try(f))
    return out


@cases(("2024-01-05", 5, "x"))
def type_errors(s, n, text):
    d = date.fromisoformat(s)
    out = []
    for f in (lambda: d + 1, lambda: d + d, lambda: d * 2, lambda: d - 1, lambda: 1 - d, lambda: -d, lambda: abs(d),
              lambda: timedelta(1) + 1, lambda: timedelta(1) * "a", lambda: timedelta(1) / "a",
              lambda: d - datetime(2024, 1, 1), lambda: datetime(2024, 1, 1) - d, lambda: len(d),
              lambda: d.hour, lambda: timedelta(1).year, lambda: d.total_seconds(), lambda: n.year,
              lambda: text.strftime("%Y"), lambda: timedelta(1).strftime("%Y"), lambda: d.date(),
              lambda: format(timedelta(1), "x"), lambda: d.isoformat(" "), lambda: d.strftime()):
        out.append(_try(f))
    return out


@cases(("2024-01-05", "a-b", 5),)
def replace_dispatch(s, text, n):
    d = date.fromisoformat(s)
    return [text.replace("-", "+"), repr(d.replace(day=9)), str(d.replace(2000)), _try(lambda: text.replace("-", "+", count=1)),
            _try(lambda: text.replace(day=1)), _try(lambda: n.replace("a", "b")), _try(lambda: d.replace(year=None)),
            _try(lambda: d.replace(2024, year=2023)), _try(lambda: d.replace(1, 2, 3, 4)), _try(lambda: d.strftime(fmt="x"))]


@cases(("2024-01-05",), ("2024-01-05T10:00:00",), (None,), (5,), ("x",))
def isinstance_checks(s):
    vals = [s]
    if isinstance(s, str) and s[:1].isdigit():
        vals = [s, date.fromisoformat(s[:10]), datetime.fromisoformat(s), timedelta(days=1)]
    return [[isinstance(v, date), isinstance(v, datetime), isinstance(v, timedelta), isinstance(v, (str, date)),
             isinstance(v, (int, dtmod.timedelta)), isinstance(v, object), isinstance(v, dtmod.date)] for v in vals]


@cases(("2024-01-05T01:02:03.456789",), ("2024-01-05T00:00:00",), ("9999-12-31T23:59:59.000999",))
def isoformat_timespec(s):
    d = datetime.fromisoformat(s)
    out = [d.isoformat(timespec=t) for t in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")]
    out.append(d.isoformat("\U0001F600", "milliseconds"))
    out.append(d.isoformat(" ", timespec="minutes"))
    for f in (lambda: d.isoformat(timespec="x"), lambda: d.isoformat(timespec=5), lambda: d.isoformat("ab"),
              lambda: d.isoformat(None), lambda: d.isoformat(""), lambda: d.isoformat(" ", "auto", 1)):
        out.append(_try(f))
    return out


@cases(("2024-01-05T10:20:30",), ("0005-06-07T00:00:00",))
def format_routes(s):
    d = datetime.fromisoformat(s)
    t = d - datetime(2000, 1, 1)
    out = ["{:%d/%m %H}".format(d), "{0:%j} {0!r} {0!s}".format(d), "{x:%p}".format(x=d), "%s|%r" % (d, d),
           "%s" % t, f"{t!s:>30}", f"{d!s:*^30}", f"{d.date()!r:.10}", format(d, ""), format(t, ""), str([d, t]),
           repr({"k": (d, t)}), f"{t}", "{}".format(t)]
    for f in (lambda: d.strftime(5), lambda: format(d, 5), lambda: f"{t:>10}", lambda: "{:x}".format(t),
              lambda: "%d" % d, lambda: d.strftime(None)):
        out.append(_try(f)[:80])
    return out


@cases(("2024-01-05", 0), ("2024-01-05", 3))
def generic_ops(s, n):
    d = date.fromisoformat(s)
    t = timedelta(days=n)
    out = [bool(d), bool(t), not t, str(t or "zero"), d and "set", [x for x in [t, d] if x] == [d] or n != 0,
           d in [None, d], t in (timedelta(3), timedelta(0)), [d, t].count(t), [d, d].index(d), d != None]
    for f in (lambda: len(d), lambda: list(d), lambda: d[0], lambda: 1 in d, lambda: sorted([d, None]),
              lambda: max(d, t), lambda: sum([t, t]), lambda: round(t), lambda: int(d), lambda: float(t),
              lambda: "-".join([d]), lambda: d + "x", lambda: "x" + d, lambda: [1] + t, lambda: (1,) + d, lambda: [1] * t, lambda: t ** 2,
              lambda: d & d, lambda: ~t, lambda: divmod(d, 2), lambda: divmod(t, 2), lambda: t % 2,
              lambda: abs(d), lambda: -d, lambda: +t, lambda: d.year + 0.5):
        out.append(_try(f))
    return out


def _iadd_list(x):
    xs = [1]
    xs += x
    return xs


def _iadd_str(x):
    s = "a"
    s += x
    return s


def _iadd_tuple(x):
    t = (1,)
    t += x
    return t


@cases((1,),)
def augmented_errors(n):
    d = date(2024, 1, n)
    return [_try(lambda: _iadd_list(d)), _try(lambda: _iadd_str(d)), _try(lambda: _iadd_tuple(d)),
            _try(lambda: _iadd_list(timedelta(n))), _try(lambda: _iadd_str(timedelta(n)))]


@cases((1,), (738945,), (3652059,), (0,), (3652060,), (-5,), (2 ** 40,), (1.0,), (None,), (True,))
def ordinals_and_class_attrs(n):
    out = [_try(lambda: date.fromordinal(n)), _try(lambda: datetime.fromordinal(n)),
           _try(lambda: dtmod.date.fromordinal(n).ctime())]
    d = date(2024, 1, 5)
    t = datetime(2024, 1, 15, 1, 2, 3, 4)
    out += [repr(date.min), repr(date.max), repr(date.resolution), repr(datetime.min), repr(datetime.max),
            repr(datetime.resolution), repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution),
            repr(d.max), repr(t.min), repr(timedelta(1).resolution), d.ctime(), t.ctime(), date(5, 1, 5).ctime(),
            repr(dtmod.timedelta.max), str(d - date.min), _try(lambda: d.ctime(1)), _try(lambda: n.max)]
    return out


@cases((1,), (-3,))
def helpers_of_another_module(n):
    # the helpers' module does not import datetime: the program's does, so they are lowered for dates too
    return [scale(timedelta(days=n), 0.25), str(half(timedelta(hours=n))), half(n)]


@cases((1,),)
def fromtimestamp_errors(n):
    return [_try(lambda: datetime.fromtimestamp(float("nan"))), _try(lambda: date.fromtimestamp(float("nan"))),
            _try(lambda: datetime.fromtimestamp(float("inf"))), _try(lambda: date.fromtimestamp(-float("inf"))),
            _try(lambda: datetime.fromtimestamp(None)), _try(lambda: date.fromtimestamp([n]))]
