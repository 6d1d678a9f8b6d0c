"""calendar.isleap and calendar.monthrange (the last day of a month for a date picker), CPython's errors."""
import calendar
from calendar import isleap, monthrange

from difftest import cases

YEARS = (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999, 0, -1, -400, 10000, 12345, True)


@cases(*[(y,) for y in YEARS], (2024.0,), (1900.5,), ("2024",), (None,), ([2024],))
def leap(y):
    try:
        return [calendar.isleap(y), isleap(y)]
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(*[(y,) for y in (2024, 2023, 1900, 2000, 1, 9999, 0, -5, 10400, 123456)])
def month_lengths(y):
    return [list(monthrange(y, m)) for m in range(1, 13)] + [calendar.monthrange(y, 2)[1]]


@cases((2024, 0), (2024, 13), (2024, -1), (2024, 2.0), (2024.0, 2), (2024, 1.5), (2024, "2"), ("2024", 2),
       (2024, None), (None, 2), (2024, True), (True, 2), (2024, 12), (2024, 0.5), (2024, 12.5))
def month_errors(y, m):
    try:
        r = monthrange(y, m)
        return [r[0], r[1], len(r)]
    except ValueError as e:
        return [type(e).__name__, str(e)]
    except TypeError as e:
        return ["TypeError", str(e)]


# fuzz seed 801002810: IllegalMonthError(month) keeps the month as its args and has its own __str__, so
# repr(e) is 'IllegalMonthError(-1000)' and e.args (-1000,), while str(e) is the message
@cases((2024, -1000), (2024, 0), (2024, 13.5), (2024, False), (2024, 3))
def month_error_args(y, m):
    try:
        return calendar.monthrange(y, m)
    except ValueError as e:
        return [repr(e), str(e), e.args, f"{e}", str([e])]


@cases(("2024-02",), ("2023-02",), ("2024-11",), (None,))
def last_day(ym):
    # the date-picker idiom: the first and last day of the month "YYYY-MM"
    if not ym:
        return None
    y, m = (int(p) for p in ym.split("-"))
    first_weekday, ndays = calendar.monthrange(y, m)
    return {"start": f"{ym}-01", "end": f"{ym}-{ndays:02d}", "pad": first_weekday}


@cases((1,), (12,), (0,), (13,), (-1,), (-13,), (True,), (2.0,), ("1",), (None,))
def names(m):
    out = []
    for which in range(4):
        try:
            if which == 0:
                out.append([calendar.month_name[m], calendar.month_abbr[m]])
            elif which == 1:
                out.append([calendar.day_name[m], calendar.day_abbr[m]])
            elif which == 2:
                out.append(calendar.month_name[m:] + calendar.day_abbr[:m] + calendar.month_abbr[::m or 1])
            else:
                out.append([{"label": calendar.month_name[i], "value": i} for i in range(1, 13)][0])
        except (IndexError, TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


@cases((2024, 2), (2023, 12))
def corpus3_picker(y, m):
    # realistic corpus 3's refused line, supported since
    return calendar.monthrange(y, m)[1], calendar.month_name[m]
