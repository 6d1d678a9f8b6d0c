"""Regression programs for divergences the differential fuzzer found in the library features (datetime,
calendar, statistics, itertools, collections, re, urllib.parse; tests/fuzz/gen_features.py)."""
import json
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

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


# seed 811008415: date + Counter() said "... 'datetime.date' and 'dict'": the datetime runtime (and a few other
# messages: str.join, startswith, 'in <string>', attributes of URL results...) named a Counter or defaultdict by
# its JS class instead of CPython's tp_name ('Counter', 'collections.defaultdict')
@cases(("counter",), ("dd",))
def fuzz_counter_type_names_in_messages(kind):
    c = Counter("ab") if kind == "counter" else defaultdict(int)
    out = []
    for op in (lambda: date(2024, 1, 1) + c, lambda: c - datetime(2024, 1, 1), lambda: timedelta(1) * c,
               lambda: date(2024, 1, 1) < c, lambda: date(c, 1, 1), lambda: timedelta(days=c),
               lambda: datetime.combine(c, time(1)), lambda: datetime.strptime(c, "%Y"), lambda: c in "abc",
               lambda: "-".join(["a", c]), lambda: "a".startswith(c), lambda: "ab".center(c),
               lambda: "a".center(3, c), lambda: (lambda q: q.year)(c), lambda: "a".strip(c)):
        try:
            out.append(str(op()))
        except (TypeError, AttributeError) as e:
            out.append([type(e).__name__, str(e)])
    return out


# found while triaging the one above: json.dumps ignored an indent that is not an int or a str and separators
# that do not unpack into two strings, where CPython raises (the C encoder checks its arguments' types, the
# pure-Python one computes ' ' * indent); a str object is encoded without them
@cases((2.0,), ([],), ({"a": 1},), (True,), (-2,), ("--",), (None,))
def fuzz_json_dumps_argument_types(indent):
    out = []
    for obj in ([1, {"a": []}], {}, "x", 5):
        # (separators that are not strings, with an indent: a py2cs TypeError, CPython fails where it uses them)
        for seps in (None, (",", ":"), "ab", ("a",), 5, ["x", "y"]) + (((1, ":"), (",", None)) if indent is None else ()):
            try:
                out.append(json.dumps(obj, indent=indent, separators=seps))
            except (TypeError, ValueError) as e:
                out.append([type(e).__name__, str(e)])
    return out


# seed 812002677: a loop over d.items() (or d.values()) read the values as they were when the loop started, where
# CPython's view iterator reads each value when it reaches its key: a body that changes the value of a later key
# (d[k2] = ..., d.update(), c[k] += 1 on a Counter, through a function called in a comprehension or a generator)
# saw the old value, silently
@cases(({"a": 1, "b": 2, "c": 3},), ({},), ({"b": 5},))
def fuzz_dict_view_values_read_live(d):
    out = []
    for k, v in d.items():
        d["b"] = 100
        out.append([k, v])
    for v in d.values():
        d.update({"c": v + 1} if "c" in d else {})
        out.append(v)
    for i, (k, v) in enumerate(d.items()):
        if "a" in d:
            d["a"] -= 1
        out.append([i, k, v])
    for (k, v), w in zip(d.items(), [1, 2, 3]):
        d["c"] = w * 10 if "c" in d else None
        out.append(v)

    def bump():
        if "c" in d:
            d["c"] += 1000
        return 1
    out.append([v + bump() for k, v in d.items()])
    out.append(sum(v * bump() for v in d.values()))
    out.append(any(v > 2000 and bump() for v in d.values()))
    out.append(list(map(lambda kv: kv[1] + bump(), d.items())))
    c = Counter(d)
    for k, v in c.items():
        c["b"] += 5
        out.append(v)
    dd = defaultdict(int, d)
    out.append([v + bump() for v in dd.values()])
    return out


# found with the one above: a zip() of a list (or a dict view) and a lazy argument (map(), a generator) pulled the
# lazy argument before it read the list's item, where CPython's zip() takes its arguments' items in order: a
# function the lazy argument calls that changes the list (or the dict) changed the item read, silently
@cases(([1, 2, 3],), ([],), ([4],))
def fuzz_zip_reads_arguments_in_order(xs):
    d = {"a": 1, "b": 2, "c": 3}

    def g(x):
        if xs:
            xs[0] = 99
        if len(xs) > 1:
            xs[1] = -5
        d["c"] += 100
        return x
    r = [(a, b) for a, b in zip(xs, map(g, xs))]
    out = []
    for a, b, c in zip(xs, map(g, xs), [7, 8, 9]):
        out.append((a, b, c))
    for a, (b, c) in zip(xs, enumerate(g(q) for q in xs)):
        out.append((a, b, c))
    out.append([a + b for a, b in zip(d.values(), map(g, d.values()))])
    return [r, out, xs, d]


# a loop whose body cannot change the dict's values iterates a snapshot of d.items() (faster); one that can,
# through a function passed by name to map()/filter()/reduce() or a call, reads the live view
@cases(({"a": 1, "b": 2, "c": 3},), ({"c": 0},))
def fuzz_dict_view_loop_kinds(d):
    out = []

    def bump(x):
        d["c"] = d.get("c", 0) + 10
        return x
    for k, v in d.items():
        out.append(list(map(bump, [v])))
    for i, v in enumerate(d.values()):
        out.append(sorted([v, i], key=bump))
    for k, v in d.items():
        out.append((k, v * 2))
    for (k, v), w in zip(reversed(d.items()), d.values()):
        out.append((k, v, w))
    return [out, d]


# builtins that read d.items() / d.values() whole before any code of the program runs get the items as they are
# (sorted() lists its argument before calling the key); max()/min() with a key read the view as they go
@cases(({"a": 1, "b": 2, "c": 3},), ({"c": 0},))
def dict_view_read_whole(d):
    def key(kv):
        d["c"] = d.get("c", 0) + 10
        return kv[1]

    def vkey(v):
        d["c"] = d.get("c", 0) + 100
        return -v
    out = [sorted(d.items(), key=key), list(d.values()), sum(d.values()), max(d.values()), len(d.items()),
           sorted(d.values(), reverse=True), "-".join(str(v) for v in d.values()), dict(d.items())]
    out.append(max(d.values(), key=vkey))
    out.append(min(d.items(), key=key))
    out.append(sorted(d.items()))
    return out
