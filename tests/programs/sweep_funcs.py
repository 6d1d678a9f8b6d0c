"""Functions of the builtin/method sweep (tests/test_sweep_random.py): each calls a family of builtins or methods
on generated arguments, every call in its own try so one case checks them all (results and CPython's error texts).
A float argument that JSON cannot carry (nan, inf, -0.0) arrives as the string 'F:<repr>' and is decoded by _v."""


def _v(x):
    if isinstance(x, str) and x.startswith("F:"):
        return float(x[2:])
    if isinstance(x, list):
        return [_v(y) for y in x]
    return x


def _t(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001
        return [type(e).__name__, str(e)]


def str_unary(s):
    return [s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase(),
            [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(),
             s.isupper(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable()],
            s.strip(), s.lstrip(), s.rstrip(), s.split(), s.rsplit(None, 1), s.split(None, 2), s.splitlines(),
            s.splitlines(True), s.expandtabs(), s.expandtabs(3), repr(s), ascii(s), str([s, (s,)]), len(s), sorted(s),
            list(reversed(s)), s[::-1], s[1::2], _t(lambda: min(s)), _t(lambda: int(s)), _t(lambda: float(s)),
            [ord(c) for c in s], f"{s!r:>12}|{s:^9}|{s!a}"]


def str_search(s, sub, start, end):
    return [s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
            _t(lambda: s.index(sub, start, end)), _t(lambda: s.rindex(sub, start, end)),
            s.startswith(sub, start, end), s.endswith(sub, start, end), s.startswith((sub, "a"), start),
            s.endswith(("b", sub), start), sub in s, s.find(sub, start), s.count(sub),
            _t(lambda: s.partition(sub)), _t(lambda: s.rpartition(sub)), s.removeprefix(sub), s.removesuffix(sub),
            s.strip(sub), s.lstrip(sub), s.rstrip(sub), s[start:end], s[start:end:-1]]


def str_replace_split(s, sep, n):
    return [_t(lambda: s.split(sep, n)), _t(lambda: s.rsplit(sep, n)), _t(lambda: s.split(sep=sep, maxsplit=n)),
            _t(lambda: s.replace(sep, "<>", n)), _t(lambda: s.replace(sep, "")), _t(lambda: sep.join([s, s, ""])),
            _t(lambda: s * n), _t(lambda: s.expandtabs(n)), _t(lambda: s.splitlines(n))]


def str_pad(s, width, fill):
    return [_t(lambda: s.center(width, fill)), _t(lambda: s.ljust(width, fill)), _t(lambda: s.rjust(width, fill)),
            s.zfill(width), s.center(width), _t(lambda: format(s, fill + "^" + str(width))),
            _t(lambda: f"{s:{fill}>{width}}"), _t(lambda: "{:{}<{}}".format(s, fill, width))]


def format_value(x, spec):
    x = _v(x)
    return [_t(lambda: format(x, spec)), _t(lambda: f"{x:{spec}}"), _t(lambda: ("{0:" + spec + "}").format(x)),
            _t(lambda: ("{!r:" + spec + "}").format(x))]


def percent_format(fmt, args):
    args = _v(args)
    return [_t(lambda: fmt % tuple(args)), _t(lambda: fmt % (args[0] if args else ())),
            _t(lambda: fmt % {"a": args, "b": 2.5})]


def str_format(fmt, args, kwargs):
    return [_t(lambda: fmt.format(*args, **kwargs)), _t(lambda: fmt.format_map(kwargs))]


def float_text(x):
    x = _v(x)
    return [str(x), repr(x), str([x, -x, (x,)]), repr({"k": x / 3}), str(x * 1e10), str(x / 1e10), f"{x}",
            "%s|%r" % (x, x), _t(lambda: round(x, 2)), _t(lambda: round(x) if abs(x) < 2**53 else 0),
            _t(lambda: int(x) if abs(x) < 2**53 else 0), abs(x),
            _t(lambda: float(str(x))), x == float(repr(x))]


def number_ops(x, y):
    x = _v(x)
    y = _v(y)
    # (an exponent and a shift small enough that an int result stays within 2**53, py2cs's documented limit)
    # (and a negative base only to an int power: CPython's result would be complex)
    p = y % 7 - 3 if isinstance(y, int) and abs(y) > 3 else y if isinstance(y, int) or x >= 0 else 2
    sh = y % 21 if isinstance(y, int) and y > 20 else y
    return [_t(lambda: x + y), _t(lambda: x - y), _t(lambda: x * y), _t(lambda: x / y), _t(lambda: x // y),
            _t(lambda: x % y), _t(lambda: divmod(x, y)), _t(lambda: x ** p), _t(lambda: pow(x, p)),
            [x < y, x <= y, x == y, x != y, x > y, x >= y], _t(lambda: x & y), _t(lambda: x | y),
            _t(lambda: x ^ y), _t(lambda: x << sh), _t(lambda: x >> y), _t(lambda: round(x, y if abs(y) < 400 else 5)), min(x, y), max(x, y),
            _t(lambda: -x), _t(lambda: ~x), _t(lambda: hex(x)), _t(lambda: oct(y)), _t(lambda: bin(x)),
            _t(lambda: chr(x)), _t(lambda: sum([x, y])), _t(lambda: sum([x, y], 0.5))]


def _del(a, i):
    del a[i]
    return a


def list_ops(xs, i, v):
    xs = _v(xs)
    a = list(xs)
    out = [_t(lambda: a.insert(i, v)), list(a), _t(lambda: a.pop(i)), list(a), _t(lambda: a.index(v)),
           _t(lambda: a.index(v, i)), _t(lambda: a.index(v, 0, i)), a.count(v), _t(lambda: a.remove(v)), list(a),
           _t(lambda: a[i]), a[i:], a[:i:-1], a[::2], _t(lambda: a * i), _t(lambda: sorted(a)),
           _t(lambda: sorted(a, reverse=True)), _t(lambda: min(a)), _t(lambda: max(a, default=v)), _t(lambda: sum(a)),
           [any(a), all(a), len(a), v in a], str(a), repr(tuple(a)), _t(lambda: tuple(a).index(v, i)),
           list(enumerate(a, i)), list(zip(a, a[1:])), _t(lambda: dict.fromkeys(a, v))]
    b = list(xs)
    _t(lambda: b.sort())
    c = list(xs)
    c[i:i + 1] = [v, v]
    d = list(xs)
    out.append(_t(lambda: _del(d, i)))
    e = list(xs)
    e.extend(e)
    e.reverse()
    return out + [b, c, e, a + xs, a == xs, _t(lambda: a < xs)]


def dict_ops(d0, k, v):
    d = dict(d0)
    out = [d.get(k), d.get(k, v), _t(lambda: d[k]), k in d, d.setdefault(k, v), dict(d), _t(lambda: d.pop(k)),
           d.pop(k, "gone"), _t(lambda: d.popitem()), dict(d), str(d), repr(d), list(d), list(d.values()),
           list(d.items()), sorted(d), len(d), d == {k: v}, d | {k: v}, {**d, "z": v}, dict(d, q=1)]
    d.update({k: v}, n=2)
    d.update([("p", v)])
    out.append(d)
    out.append(_t(lambda: d.update([k])))
    c = d.copy()
    d.clear()
    return out + [c, d]


def builtins_any(x):
    x = _v(x)
    return [_t(lambda: len(x)), bool(x), _t(lambda: list(x)), _t(lambda: tuple(x)), _t(lambda: sorted(x)),
            _t(lambda: min(x)), _t(lambda: max(x, default=None)), _t(lambda: sum(x)), _t(lambda: any(x)),
            _t(lambda: all(x)), str(x), repr(x), ascii(x), _t(lambda: int(x)), _t(lambda: float(x)), _t(lambda: abs(x)),
            _t(lambda: round(x)), [isinstance(x, int), isinstance(x, float), isinstance(x, str), isinstance(x, bool),
                                   isinstance(x, list), isinstance(x, dict), isinstance(x, (int, float))],
            _t(lambda: len(set(x))), _t(lambda: dict(x)), _t(lambda: list(map(str, x))),
            _t(lambda: list(filter(None, x))), _t(lambda: list(enumerate(x))), _t(lambda: list(reversed(x))),
            _t(lambda: ord(x)), _t(lambda: chr(x)), _t(lambda: hex(x)), _t(lambda: format(x)), callable(x),
            _t(lambda: next(iter(x))), _t(lambda: sum(x, "")), _t(lambda: sum(x, [])), _t(lambda: divmod(x, 3))]
