"""The datetime module: naive date, datetime, time and timedelta (lowered by py2cs/lower/dtlow.py onto
templates/runtime/datetime.js). ``py2cs docs`` renders these tables into docs/subset.md."""
from __future__ import annotations

import re

from . import Sig

# constructors and class methods, per class
CONSTRUCTORS = {
    "date": Sig("year, month, day", "date"),
    "datetime": Sig("year, month, day, hour=0, minute=0, second=0, microsecond=0", "datetime"),
    "time": Sig("hour=0, minute=0, second=0, microsecond=0", "time", note="naive (no tzinfo)"),
    "timedelta": Sig("days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0", "timedelta",
                     note="ints exactly, floats as CPython (the fraction rounded half to even at the end)"),
}

CLASS_METHODS = {
    "date": {
        "today": Sig("", "date", note="the browser's clock and time zone"),
        "fromisoformat": Sig("date_string, /", "date", note="Python 3.11's formats (YYYY-MM-DD, YYYYMMDD, YYYY-Www-D...)"),
        "fromordinal": Sig("ordinal, /", "date"),
        "fromtimestamp": Sig("timestamp, /", "date", note="the browser's time zone; from 1973 on (earlier local "
                                                          "offsets differ between browsers: a py2cs TypeError)"),
    },
    "datetime": {
        "now": Sig("", "datetime", note="the browser's clock and time zone; microsecond is a multiple of 1000 "
                                   "(JavaScript clocks count milliseconds)"),
        "today": Sig("", "datetime", note="as now()"),
        "fromisoformat": Sig("date_string, /", "datetime",
                             note="Python 3.11's formats; a time zone offset or Z raises a py2cs TypeError"),
        "strptime": Sig("date_string, format, /", "datetime", note="the strftime directives below"),
        "fromordinal": Sig("ordinal, /", "datetime"),
        "fromtimestamp": Sig("timestamp, /", "datetime", note="the browser's time zone (no tz argument); from 1973 on"),
        "combine": Sig("date, time", "datetime", note="a date (or a datetime: its date) and a time; no tzinfo "
                                                      "argument (time zones); CPython's TypeError for other types"),
    },
    "time": {},
    "timedelta": {},
}

# attributes of values (the type they always have)
ATTRS = {
    "year": ("int", "date, datetime, isocalendar()"), "week": ("int", "isocalendar()"), "month": ("int", "date, datetime"), "day": ("int", "date, datetime"),
    "hour": ("int", "datetime, time"), "minute": ("int", "datetime, time"), "second": ("int", "datetime, time"),
    "microsecond": ("int", "datetime, time"),
    "days": ("int", "timedelta"), "seconds": ("int", "timedelta"), "microseconds": ("int", "timedelta"),
    "min": ("any", "date, datetime, time, timedelta (and their classes: date.min)"),
    "max": ("any", "date, datetime, time, timedelta (and their classes: date.max)"),
    "resolution": ("any", "date, datetime, time, timedelta (and their classes: timedelta.resolution)"),
}

CLASS_ATTRS = ("min", "max", "resolution")

# methods of values: (signature, the types that have it)
METHODS = {
    "strftime": (Sig("format", "str", note="time: its date fields are 1900-01-01's, as CPython's"),
                 "date, datetime, time"),
    "isoformat": (Sig("sep='T', timespec='auto'", "str", note="datetime: sep and timespec; time: timespec; date: no "
                                                              "arguments"), "date, datetime, time"),
    "weekday": (Sig("", "int"), "date, datetime"),
    "isoweekday": (Sig("", "int"), "date, datetime"),
    "toordinal": (Sig("", "int"), "date, datetime"),
    "isocalendar": (Sig("", "any", note="(ISO year, week, weekday): a tuple with the attributes .year, .week and "
                                        ".weekday, CPython's repr; a list in JSON"), "date, datetime"),
    "ctime": (Sig("", "str"), "date, datetime"),
    "date": (Sig("", "date"), "datetime"),
    "time": (Sig("", "time"), "datetime"),
    "replace": (Sig("year, month, day, hour, minute, second, microsecond", "self",
                    note="by keyword or position; date has year, month, day; time hour, minute, second, "
                         "microsecond"), "date, datetime, time"),
    "total_seconds": (Sig("", "float", note="correctly rounded, as CPython"), "timedelta"),
}

# what is refused, with the rewrite to suggest
REFUSED = {
    "utcnow": "time zones are not supported: datetime.now() is the browser's local time",
    "utcfromtimestamp": "timestamps and time zones are not supported",
    "timestamp": "timestamps are not supported: subtract two datetimes for a timedelta",
    "astimezone": "time zones are not supported: use naive datetime values",
    "tzinfo": "time zones are not supported: use naive datetime values",
    "tzname": "time zones are not supported",
    "utcoffset": "time zones are not supported",
    "dst": "time zones are not supported",
    "timetz": "time zones are not supported",
    "timetuple": "time tuples are not supported: use the attributes (d.year, d.month...)",
    "utctimetuple": "time tuples are not supported",
    "fromisocalendar": "fromisocalendar is not supported: date.fromisoformat('2024-W01-1')",
    "fold": "fold (time zone transitions) is not supported",
}

# strftime/strptime directives whose CPython result is the same on every platform, in the C locale
DIRECTIVES = "YmdHMSfybBaApIj%"
# week numbers (C89: Sunday or Monday first; C99: the ISO 8601 year %G, week %V and weekday %u, computed the same by
# every C library): strftime only (strptime of them needs more directives together and is refused)
STRFTIME_ONLY = "UWGVu"
_DIRECTIVE_RE = re.compile(r"%(.?)", re.S)


def bad_directive(fmt: str, strptime: bool = False) -> str | None:
    """The first directive of a constant format that py2cs refuses (platform- or locale-dependent), else None."""
    if "\0" in fmt:
        return "a NUL character"
    for m in _DIRECTIVE_RE.finditer(fmt):
        d = m.group(1)
        if d == "":
            return "a lone % at the end"
        if d not in DIRECTIVES and (strptime or d not in STRFTIME_ONLY):
            return f"the directive %{d}"
    return None


DIRECTIVE_HINT = ("supported directives (the same result on every platform, C-locale names): "
                  "%Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %%, and %U %W in strftime; write %-d as str(d.day)")

# calendar (lowering: DatetimeMixin.cal_module_attr / cal_call; runtime: py_cal_* in templates/runtime/datetime.js)
CALENDAR = {
    "isleap": Sig("year", "bool", note="CPython's `%` and `==` on any value"),
    "monthrange": Sig("year, month", "tuple",
                      note="(weekday of the 1st, 0 = Monday; days in the month); a month outside 1-12 raises "
                           "`IllegalMonthError` (a ValueError: catch it with `except ValueError`)"),
}
# the name sequences, indexed or sliced (English, as strftime's %B %b %A %a here)
CALENDAR_NAMES = ("month_name", "month_abbr", "day_name", "day_abbr")
CALENDAR_REFUSED = {
    "IllegalMonthError": "catch it as ValueError: except ValueError:",
    "weekday": "date(year, month, day).weekday()",
}
