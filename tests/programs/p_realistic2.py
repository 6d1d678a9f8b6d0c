"""review-realistic2: idioms of realistic Dash callbacks (dates, re, match, Counter/defaultdict, next(...)),
with realistic and edge inputs, CPython against the JS (tests/test_programs.py)."""
import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from difftest import cases

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", re.I)


@cases('a@b.co', 'A@B.CO', None, 'x')
def rl2_module_compiled(email):
    return bool(EMAIL.match(email or ""))


@cases(1, -2, 1.5, 0)
def rl2_weeks(n):
    return (date(2024, 1, 1) + timedelta(weeks=n)).isoformat()


@cases('#a', '', 'a#')
def rl2_removeprefix(s):
    return s.removeprefix("#")


@cases([{'a': 'x', 'b': 'y'}, {'a': 'x', 'b': 'y'}, {'a': 1, 'b': 2}], [])
def rl2_nested_dd(rows):
    d = defaultdict(lambda: defaultdict(int))
    for r in rows:
        d[r["a"]][r["b"]] += 1
    return d


@cases(({'a': 1}, {'a': 2, 'b': 3}), ({}, {}))
def rl2_dict_union(a, b):
    return a | b


@cases((2024, 2), (2023, 12), (2024, 13))
def rl2_month_range(y, m):
    first = date(y, m, 1)
    nxt = date(y + m // 12, m % 12 + 1, 1)
    return (nxt - first).days


@cases('09:05 PM', '12:00 am', '13:00 PM', '9:5 pm', '')
def rl2_strptime_12h(s):
    return datetime.strptime(s, "%I:%M %p").strftime("%H:%M")


@cases(('2024-01-01T10:00', '2024-01-01T11:30:30'), ('2024-01-02', '2024-01-01'), ('x', 'y'))
def rl2_total_minutes(a, b):
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)) // timedelta(minutes=1)


@cases({'type': 'a', 'x': 1}, [1.5, 2], [True], {'type': 1}, None)
def rl2_match_class(v):
    match v:
        case {"type": str(t), **rest}:
            return t, rest
        case [int() | float() as x, *_]:
            return x
    return None


@cases('2024-03', '', None, 'x 1999-12 y')
def rl2_re_groupdict(s):
    m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", s or "")
    return m.groupdict() if m else {}


@cases('a12 é34 😀56', '')
def rl2_re_finditer_span(s):
    return [m.span() for m in re.finditer(r"\d+", s)]


@cases('2024-01-05', 'bad')
def rl2_str_format_date(d):
    return "{:%d.%m.%Y}".format(date.fromisoformat(d))


@cases('2024-03-05', '0001-01-01')
def rl2_weekday_name(d):
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.fromisoformat(d).weekday()]


@cases(0, 259205, -1, 1.5, -86401.25, 1000000000)
def rl2_timedelta_str(sec):
    return str(timedelta(seconds=sec))


@cases([{'x': 1}, {'x': 3}], [{'x': 0}], [])
def rl2_any_generator_next(rows):
    return next(r["x"] for r in rows if r["x"] > 1)


@cases(['a', 'b'], [])
def rl2_enumerate_start(items):
    return [f"{i}. {x}" for i, x in enumerate(items, start=1)]


@cases(None, 1, 1.0, 's', {}, [], True)
def rl2_type_name(x):
    return f"expected a list, got {type(x).__name__}"


@cases('hello wörld élan', '', 'ǆemal')
def rl2_re_sub_callable_upper(s):
    return re.sub(r"\b(\w)", lambda m: m.group(1).upper(), s)


@cases("hello wörld o'neil ǆ 1st", 'ß')
def rl2_str_title_unicode(s):
    return s.title()


@cases('2024-12-25')
def rl2_f_date_spec(d):
    return f"{date.fromisoformat(d):%B %d, %Y}"


@cases(['2024-01-02', '2023-01-01'], [])
def rl2_min_max_dates(ds):
    dates = [date.fromisoformat(d) for d in ds]
    return min(dates).isoformat(), max(dates).isoformat()


@cases(('2024-02-27', '2024-03-02'), ('2024-01-02', '2024-01-01'))
def rl2_date_range_list(a, b):
    start, end = date.fromisoformat(a), date.fromisoformat(b)
    return [str(start + timedelta(days=i)) for i in range((end - start).days + 1)]

