"""Features of session 5 used together: dates, re, match, next(), lambdas with defaults, range, type(), lazy map/filter."""
import re
from collections import Counter
from datetime import date, datetime, timedelta

from difftest import cases


@cases(("2024-01-05", "a1 b22 c333"), ("2023-12-31", ""), ("2024-02-29", "x9"))
def cross(day, text):
    d = date.fromisoformat(day)
    out = [type(d).__name__, type(d - d).__name__, type(range(2)).__name__]
    nums = [int(m) for m in re.findall(r"\d+", text)]
    out.append(next((n for n in nums if n > 10), None))
    out.append(sorted(range(3), key=lambda v, k=len(nums): (v - k) ** 2))
    match nums:
        case []:
            out.append("none")
        case [x]:
            out.append(["one", x])
        case [x, *rest]:
            out.append(["many", x, rest])
    shifts = [lambda base, n=n: base + timedelta(days=n) for n in range(3)]
    out.append([str(f(d)) for f in shifts])
    out.append(Counter(m.group(0)[0] for m in re.finditer(r"\w\d+", text)))
    out.append(sum(map(lambda n: n * 2, filter(lambda n: n % 2, nums))))
    match d.weekday():
        case 5 | 6:
            out.append("weekend")
        case wd if wd < 2:
            out.append(["early", wd])
        case _:
            out.append("mid")
    out.append(f"{d:%d %B %Y} {d.strftime('%j')} {len(range(0, d.day, 2))}")
    return out
