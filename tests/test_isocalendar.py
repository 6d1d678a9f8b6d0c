"""isocalendar() and %G %V %u of every day of 1995-2040 and of the first and last years of the calendar."""
from datetime import date, timedelta

from difftest import check_function


def iso_weeks(start, n):
    d = date.fromisoformat(start)
    out = []
    for i in range(n):
        x = d + timedelta(days=i)
        out.append([list(x.isocalendar()), x.strftime("%G %V %u") if x.year > 1000 else ""])
    return out


def test_every_day_agrees():
    check_function(iso_weeks, [("1995-01-01", 16802), ("0001-01-01", 800), ("9997-06-01", 943)])
