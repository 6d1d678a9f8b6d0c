"""Regression programs for divergences the differential fuzzer found in the library features (datetime,
calendar, statistics, itertools, collections, re, urllib.parse; tests/fuzz/gen_features.py)."""
from datetime import date, datetime, time

from difftest import cases


# seed 802005653: datetime(2028, -2, 1, 3, 9007199254740991) raised ValueError('month must be in 1..12') where
# CPython parses every argument as a C int first (OverflowError for the minute) and only then checks ranges
@cases((2028, -2, 1, 3, 2**31), (2024, 13, 1, 0, -2**31 - 1), (2024, 13, 40, 25, 1.5), (2024, 1, 1, 0, 0),
       (2**31, 1.5, 1, 0, 0), (0, 1, 1, "x", 0), (2024, 1, 1, 24, 2**31 - 1))
def fuzz_datetime_args_parsed_first(y, m, d, h, mi):
    out = []
    for make in (lambda: datetime(y, m, d, h, mi), lambda: datetime(y, m, d, minute=mi, hour=h),
                 lambda: datetime(2000, 1, 1).replace(year=y, month=m, minute=mi),
                 lambda: date(y, m, d), lambda: time(h, mi), lambda: datetime(y, m, d, h, 0, mi)):
        try:
            out.append(make().isoformat())
        except (ValueError, OverflowError, TypeError) as e:
            out.append([type(e).__name__, str(e)])
    return out


# seed 807002560: an uncaught KeyError of a date key. The program's runtime gives it the message
# 'datetime.date(1, 1, 1)' (what Dash shows); the test harness recomputed it with its own runtime, which does not
# know the program's dates, and compared '<object>'. The harness now takes the error's own message.
@cases((1,), (2,))
def fuzz_keyerror_date_uncaught(day):
    totals = {date(2024, 2, 29): 1, (date(2024, 1, 1), "a"): 2}
    return [totals[date(2024, 2, 29)], totals[(date(2024, 1, day), "a")], totals[datetime(2024, 1, day)]]
