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


# ------------------------------------------------------------------ dates, re and Counter edge inputs


@cases(('05/03/2024', '%d/%m/%Y'), ('5/3/24', '%d/%m/%y'), ('Mar 5 2024', '%b %d %Y'), ('mar 5 2024', '%b %d %Y'), ('MARCH 5 2024', '%B %d %Y'), ('2024-03-05 ', '%Y-%m-%d'), ('2024-3-5', '%Y-%m-%d'), ('12:00 AM', '%I:%M %p'), ('2024-03-05T10:11:12.5', '%Y-%m-%dT%H:%M:%S.%f'), ('69', '%y'), ('68', '%y'), ('2024 060', '%Y %j'), ('', '%Y'), ('2024-02-30', '%Y-%m-%d'), ('Tue 2024', '%a %Y'), ('  2024', '%Y'), ('2024', ' %Y'), ('+2024', '%Y'))
def rl2_more_p1(s, fmt):
    try:
        return datetime.strptime(s, fmt).isoformat()
    except ValueError as e:
        return str(e)

@cases(('2024-03-05T12:30:00.1234',), ('2024-03-05T12',), ('2024-03-05T12:30:00,5',), ('2024-03-05 12:30',), ('2024-03-05T1230',), ('20240305T123000',), ('2024-065',), ('2024-W10-2',), ('2024-03-05T12:30:00.',), ('',), ('2024-03-05T24:00:00',), ('2024-03-05\xa012:30',), ('2024-03-05x12:30',))
def rl2_more_p2(s):
    try:
        return datetime.fromisoformat(s).isoformat()
    except ValueError as e:
        return str(e)

@cases((0, 2), (90061.5, 3), (-1, 2), (1e-06, 3), (86399.999999, 7), (-0.5, 1))
def rl2_more_p3(sec, n):
    td = timedelta(seconds=sec)
    return [str(td), str(td / n), td.total_seconds(), str(-td), repr(td), str(td * 1.5)]

@cases(('2024-01-01T00:00:00',), ('2024-12-31T12:59:59.000001',), ('2000-02-29T23:00',))
def rl2_more_p4(s):
    d = datetime.fromisoformat(s)
    return [d.strftime(f) for f in ["%I:%M %p", "%j", "%y", "%a %A %b %B", "%f", "%%Y"]] + [f"{d:%d/%m/%Y}", str(d), d.ctime()]

@cases(('a1, b22; c333',), ('',), ('ünï 12 ٣',))
def rl2_more_p5(s):
    return [re.sub(r"(\d+)", r"<\g<0>>", s), re.split(r"[,;]", s, maxsplit=1), re.findall(r"\b\w+\b", s),
            re.sub(r"\s+", " ", s, count=1), re.subn(r"a", "b", s)]

@cases(([{'k': 'a'}, {'k': 'b'}, {'k': 'a'}, {}],), ([],))
def rl2_more_p6(rows):
    c = Counter(r.get("k") for r in rows)
    return [c.most_common(2), c.total(), list(c.keys()), str(c)]

@cases((['2024-03-05', '0001-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '', '2024-03-05T00:00', None],))
def rl2_more_p7(ds):
    out = []
    for d in ds:
        try:
            x = date.fromisoformat(d)
            out.append([x.isoformat(), x.weekday(), x.isoweekday(), x.toordinal(), str(x.replace(day=1)),
                        (x - date(x.year, 1, 1)).days + 1])
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

@cases(('2024-01-01T00:00', '2024-01-02T06:30'), ('2024-01-01', '2023-12-31T23:00:00.5'), ('x', '2024-01-01'))
def rl2_more_p8(a, b):
    try:
        return (datetime.fromisoformat(b) - datetime.fromisoformat(a)) / timedelta(hours=1)
    except (ValueError, TypeError) as e:
        return str(e)

@cases((2024, 2, 29), (2023, 2, 29), (0, 1, 1), (2024, 13, 1), (2024.0, 1, 1), (True, 1, 1), ('2024', 1, 1))
def rl2_more_p9(y, m, d):
    try:
        return date(y, m, d).isoformat()
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"

@cases(('9:05 pm',), ('12:00 AM',), ('23:59',), ('7:5',), (None,), ('٩:٠٥',))
def rl2_more_p10(s):
    m = re.fullmatch(r"(?P<h>\d{1,2}):(?P<m>\d{2})(?:\s*(?P<ampm>[ap]m))?", s or "", re.I)
    if not m:
        return None
    h = int(m["h"]) % 12 + (12 if (m["ampm"] or "").lower() == "pm" else 0) if m["ampm"] else int(m["h"])
    return f"{h:02d}:{m['m']}", m.groupdict(), m.span("m")


# ------------------------------------------------------------------ except json.JSONDecodeError (was refused)
import json  # noqa: E402


@cases("{", "", "[1,]", '{"a": 1}', "1 2", None, "\ufeff1", "[1, 2", '{"a" 1}', "nul")
def rl2_settings_json(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return f"{type(e).__name__}: {e} {e.args}"
    except TypeError as e:
        return f"TypeError: {e}"


@cases("{", "[]", "x", "1")
def rl2_json_decode_in_tuple(text):
    try:
        return int(json.loads(text))
    except (KeyError, json.JSONDecodeError):
        return "bad json"
    except (TypeError, ValueError) as e:
        return str(e)


# ------------------------------------------------------------------ week numbers %U / %W (were refused)

@cases("2024-01-01", "2023-01-01", "2024-12-31", "2022-01-01", "2021-01-03", "9999-12-31")
def rl2_week_label(s):
    d = date.fromisoformat(s)
    return d.strftime("%U %W"), f"{d:W%W}", datetime(d.year, d.month, d.day, 5).strftime("%Y-W%U")


@cases(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 1, 1900, 2000, 9999)
def rl2_week_numbers_of_a_year(y):
    d = date(y, 1, 1)
    out = []
    while d.year == y:
        out.append(d.strftime("%U%W"))
        d += timedelta(days=1)
    return "".join(out)


@cases("%U", "%W", "week %W of %Y")
def rl2_week_format_at_run_time(fmt):
    return date(2024, 3, 5).strftime(fmt)


# ------------------------------------------------------------------ match on data shapes, sorting, number formats


@cases(({'type': 'bar', 'x': [1, 2], 'name': 'a'},), ({'type': 'bar', 'x': []},), ({'type': 'line', 'y': [1, None, 2.5]},), ([1, 2],), ([1, 2, 3],), ([1, 2, 3, 4],), ([1.5, 2],), ([True, 2],), ('12',), ('',), (None,), (True,), (0,), (0.0,), (False,), ({'a': {'b': {'c': 5}}},), ({'a': {'b': []}},), ('x',), ([1.0, 2],), ('٣',))
def rl2_m1(v):
    match v:
        case {"type": "bar", "x": [*xs], **rest} if xs:
            return ["bar", len(xs), sorted(rest)]
        case {"type": ("scatter" | "line") as t, "y": list(ys)}:
            return [t, sum(y for y in ys if y is not None)]
        case [int(a), int(b)] | [int(a), int(b), _]:
            return a + b
        case [float(f), *_]:
            return f"float {f}"
        case str() as s if s.isdigit():
            return int(s)
        case "" | None:
            return "empty"
        case True:
            return "true"
        case 0:
            return "zero"
        case {"a": {"b": {"c": c}}}:
            return c
        case _:
            return "other"

@cases(([{'k': -5}, {'k': 1234567}, {'k': 1.5}, {'k': None}, {}, {'k': [3, 4]}, {'k': {}}, {'k': 's'}, {'k': True}, {'k': {'a': 1}}, {'k': ()}], 'k'))
def rl2_m2(rows, key):
    out = []
    for r in rows:
        match r.get(key):
            case None:
                out.append("-")
            case int(n) if n < 0:
                out.append(f"({-n})")
            case int(n) | float(n):
                out.append(f"{n:,}")
            case [first, *_]:
                out.append(str(first))
            case dict(d) if not d:
                out.append("{}")
            case other:
                out.append(repr(other))
    return out

@cases(([{'a': 1}, {'a': None}], 'a'), ([{'a': 'x'}, {'a': 1}], 'a'), ([{'a': [1]}, {'a': [0, 1]}], 'a'), ([{'a': {'x': 1}}, {'a': {}}], 'a'), ([{'a': 1.5}, {'a': True}], 'a'), ([{}, {}], 'a'))
def rl2_srt(rows, col):
    try:
        return sorted(rows, key=lambda r: r.get(col))
    except TypeError as e:
        return str(e)

@cases((2.675,), (1.005,), (-0.0,), (1234567.891,), (0.5,), (1e+16,), (-1e-07,), (3,), (-1234,), (0.125,), (1e+300,))
def rl2_fmt(x):
    return [f"{x:,.2f}", f"{x:.0%}", f"{x:>10}", f"{x:e}", f"{x:+.1f}", f"{x:_}", f"{x:g}", "{:,}".format(x), f"{x!r}", str(round(x, 2))]

@cases(([{'id': 1, 'v': 2}, {'id': 2, 'v': 2.0}],), ([],), ([{'id': 1, 'v': None}, {'id': 2, 'v': 1}],), ([{'id': 1}],))
def rl2_mx(rows):
    try:
        return max(rows, key=lambda r: r["v"])["id"], min(r["v"] for r in rows)
    except (TypeError, ValueError, KeyError) as e:
        return f"{type(e).__name__}: {e}"
