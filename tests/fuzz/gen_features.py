"""The generator's grammar for the library features added after the fuzzer was written: datetime (date,
datetime, time, timedelta: arithmetic, comparisons, strftime/strptime/isoformat, dates as dict keys),
calendar, statistics, itertools and functools.reduce, collections.Counter/defaultdict, re (every function,
match objects, compiled patterns, patterns built from ``re.escape(text)``), urllib.parse, tuple dict keys,
set methods, recent str methods and ``match`` statements.

:class:`Features` is a mixin of :class:`fuzz.gen.Gen`: ``f_<type>(d)`` returns an expression of that type
built with one of these features (``Gen.expr`` calls it now and then), ``s_feature`` a statement. Each use
records its imports in ``self.imports``; ``self.areas`` counts the feature areas a program uses (the long
run reports programs per area).
"""
from __future__ import annotations

# ---------------------------------------------------------------- pools

DATE_LEAVES = ["date(2024, 2, 29)", "date(1999, 12, 31)", "date(1, 1, 1)", "date(9999, 12, 31)", "date(2023, 1, 1)",
               "date(2000, 3, 1)", "date(1970, 1, 1)"]
DT_LEAVES = ["datetime(2024, 2, 29, 23, 59, 59, 999999)", "datetime(2000, 1, 1)", "datetime(1970, 1, 1, 12, 30)",
             "datetime(9999, 12, 31, 23, 59)", "datetime(1, 1, 1, 0, 0, 1)", "datetime(2023, 6, 15, 8, 5, 3, 120)"]
TD_LEAVES = ["timedelta(days=1)", "timedelta(hours=-5)", "timedelta(seconds=90061, microseconds=5)", "timedelta(0)",
             "timedelta(weeks=1, minutes=-1)", "timedelta(days=1.5)", "timedelta(microseconds=-1)",
             "timedelta(milliseconds=2.5)", "timedelta(days=-3, hours=30)"]
TIME_LEAVES = ["time(0)", "time(12, 30)", "time(23, 59, 59, 999999)", "time(7, 5, 3, 120)", "time()"]
DATE_STRS = ["'2024-02-29'", "'2023-02-29'", "'20240101'", "'2024-W01-1'", "'2024-02-29T12:30:00'",
             "'2024-02-29 12:30:00.5'", "'1999-12-31T23:59:59.999999'", "'bad'", "'2024-1-5'", "'0001-01-01'",
             "'2024-06-30T24:00'", "'2024-06-30T10'", "'2024-06-30T10:20:30.123'", "'2024-02-29T12:30:00+00:00'",
             "'2024-02-29 12'", "'2024-02-29T12:30:00,5'", "'2024-02-29T1230'", "'2024-W09'", "'2024060'",
             "'2024-02-29T12:30:00.1234567'", "'2024-02-29x12:30'", "'+2024-01-01'", "'2024-02-29T'"]
STRFTIME = ["'%Y-%m-%d'", "'%d/%m/%y'", "'%B %d, %Y'", "'%a %b %d'", "'%A %j'", "'%H:%M:%S.%f'", "'%I:%M %p'",
            "'%U %W'", "'%G-W%V-%u'", "'%%Y %Y'", "'%Y%m%d'", "''", "'x'"]
STRPTIME = [("'2024-02-29'", "'%Y-%m-%d'"), ("'29/02/24'", "'%d/%m/%y'"), ("'March 05, 2023'", "'%B %d, %Y'"),
            ("'12:30 PM'", "'%I:%M %p'"), ("'2024-13-01'", "'%Y-%m-%d'"), ("'2024 060'", "'%Y %j'"),
            ("'2024-02-29 23:59:59.5'", "'%Y-%m-%d %H:%M:%S.%f'"), ("'x'", "'%Y'"), ("'2024-02-29'", "'%Y-%m'"),
            ("'Mon Jan 01 2024'", "'%a %b %d %Y'"), ("'1 jan 69'", "'%d %b %y'"), ("'12AM'", "'%I%p'"),
            ("'2024-2-5'", "'%Y-%m-%d'"), ("' 2024'", "'%Y'"), ("'2024-02-29T10:20:30.12'", "'%Y-%m-%dT%H:%M:%S.%f'"),
            ("'366'", "'%j'"), ("'2023 366'", "'%Y %j'"), ("'Feb 29'", "'%b %d'"), ("'31/12/99 23:59'", "'%d/%m/%y %H:%M'"),
            ("'MONDAY'", "'%A'"), ("'2024%'", "'%Y%%'"), ("'2024-02-29 '", "'%Y-%m-%d'"), ("'0099-01-01'", "'%Y-%m-%d'"),
            ("'24:00'", "'%H:%M'"), ("'2024 1 1'", "'%Y %m %d'"), ("'pm 1'", "'%p %I'")]
TIMESPECS = ["'auto'", "'hours'", "'minutes'", "'seconds'", "'milliseconds'", "'microseconds'"]

STATS_NUM = ["mean", "median", "median_low", "median_high"]
STATS_FLOAT = ["fmean", "stdev", "pstdev", "variance", "pvariance", "geometric_mean", "harmonic_mean",
               "median_grouped"]

# regular expressions: (pattern source, number of groups, named)
PATS0 = [r"(?i)[a-zß]+", r"\b\w", r"(?<!\d)\d{2}(?!\d)", r"[\u00c0-\u024f]+", r"(?s).+?$", r"\s*,\s*",
         r"(?i)k", r"[^\W\d_]+", r"(?m)$", r"\Bb", r"\d*", r"\.\d+|\d+\.?", r"[\[\]{}]", r"\A\s|\s\Z",
         r"\d+", r"[a-z]+", r"\w+", r"\s+", r"^a", r"b$", r"[^,]*", r"\bx", r".", r"[à-ÿ]+", r"\W", r"a|b", r"x*",
         r"(?:ab)+", r"(?<=a)b", r"b(?!c)", r"^\s*$", r"é", r"\d{2,3}", r"[A-Z][a-z]*", r"(?i)straße", r"\S+?",
         r"[😀-😂]", r"\.", r"$", r"\B", r"(?m)^\w", r"[,;]\s*", r"(?:\d|x)"]
PATS1 = [r"(\d+)", r"(\w)\w*", r"([aeiou])", r"(a|b)?c", r"(?P<w>\w+)", r"x(\d*)", r"(\s)", r"([^,]+),?"]
PATS2 = [r"(\w+)=(\d*)", r"(?P<k>[a-z]+):(?P<v>\d+)", r"(\d)(\d)?", r"(\w)(\W)", r"(?P<a>.)(?P<b>.)"]
FLAGS = ["", "re.I", "re.M", "re.S", "re.I | re.M", "re.A", "re.IGNORECASE", "re.X"]
REPLS = ["''", "'-'", r"'<\g<0>>'", "'$1'", r"'\\'", "'x\\ny'", "'😀'"]
REPLS_G = [r"r'\1'", r"r'[\1]'", r"r'\g<1>\g<0>'"]

URLS = ["'http://a.b/c?x=1&y=2#f'", "'/p/q?a=%20b'", "'https://user:pw@host:8080/x;p?q=1#frag'", "'../d/e'",
        "'mailto:x@y.z'", "'http://[::1]:80/'", "'HTTP://Example.COM:65536/'", "'//host/path'", "'?k=v+w&k=2'",
        "'http://h/a/b/c/./../g'", "'file:///tmp/x'", "'http://h:port/'", "''", "'http://[bad/'",
        "'https://ex.com/%E2%82%AC%zz'", "'http://h:0/'", "'http://h:+1/'", "'http://[::ffff:1.2.3.4]:8/p'",
        "'http://[v1.x]/'", "'HTTPS://a.b.c/d/../../e?'", "'http://a/b/c/d;p?q'", "'g;x?y#s'", "'//g'", "'?y'", "'#s'",
        "'http://ü.example/é?q=é'", "'http://a b/'", "'javascript:alert(1)'", "'http://h/%7Euser/%2f'"]
QUERIES = ["'a=1&a=2&b='", "'a=%F0%9F%98%80&b=%ff'", "'&&=&x=1=2'", "'q=a%2Bb+c'", "'x=%20y+z&&q'", "'k=v;w=1'", "''", "'=1&%zz=%E2%82%AC'", "'a+b=c+d'", "'t=1&t=2&t='",
           "'n=é&m=😀'"]
SAFE = ["''", "'/'", "'/:'", "'é'", "'%'"]

CASE_PATTERNS = [
    ("0 | 1", {}), ("True", {}), ("None", {}), ("''", {}), ("'a' | 'abc'", {}),
    ("int(n)", {"n": "int"}), ("int(n) if n > 5", {"n": "int"}), ("float()", {}), ("str(s) if s", {"s": "str"}),
    ("str() as s", {"s": "str"}), ("bool()", {}),
    ("[]", {}), ("[x]", {"x": "any"}), ("[x, *rest]", {"x": "any", "rest": "any"}), ("(x, y)", {"x": "any", "y": "any"}),
    ("[int(x), int(y), *_]", {"x": "int", "y": "int"}), ("[[x, *_], *_]", {"x": "any"}),
    ("{'name': str(nm), 'v': vv}", {"nm": "str", "vv": "any"}), ("{'a': x, **rest}", {"x": "any", "rest": "any"}),
    ("{}", {}), ("dict()", {}), ("list() | tuple()", {}), ("int() | float() as n", {"n": "num"}),
    ("[str(), *_] as l", {"l": "any"}), ("-1 | 2.5", {}), ("math.pi", {}),
]


def _q(s: str) -> str:
    return repr(s)


class Features:
    """Mixin of Gen (see the module docstring)."""

    # ------------------------------------------------------------ bookkeeping
    def use(self, area: str, *imports: str) -> None:
        self.areas.add(area)
        for imp in imports:
            self.imports.add(imp)

    def dt_names(self):
        self.use("datetime", "from datetime import date, datetime, time, timedelta")

    def re_pat(self, groups=None):
        """(pattern expression, number of groups)."""
        ch = self.ch
        self.use("re", "import re")
        g = ch.choice([0, 0, 0, 1, 1, 2]) if groups is None else groups
        pat = ch.choice({0: PATS0, 1: PATS1, 2: PATS2}[g])
        if g == 0 and ch.chance(0.15):
            # a pattern assembled at run time from escaped text
            s = self.expr("str", 0)
            return ch.choice([f"re.escape({s})", f"r'\\b' + re.escape({s})", f"'(?:' + re.escape({s}) + ')+'",
                              f"'^' + re.escape({s})", f"'(?:' + '|'.join(map(re.escape, {self.expr('list_str', 0)})) + ')'",
                              f"rf'(?:^|,)\\s*{{re.escape({self.fs(s, 'str')})}}'"]), 0
        return ("r'" + pat + "'" if "\\" in pat else _q(pat)), g

    def re_flags(self, kw=False):
        f = self.ch.choice(FLAGS)
        if not f:
            return ""
        return (", flags=" if kw else ", ") + f

    def compiled(self, groups=None):
        """A module-level compiled pattern (a constant of the module)."""
        pat, g = self.re_pat(groups)
        if pat.startswith(("re.escape", "r'\\b' +", "'(?:' +", "'^' +", "rf'")):
            pat, g = _q("\\w+"), 0
        name = f"RX{len(self.rx_consts)}"
        self.rx_consts.append(f"{name} = re.compile({pat}{self.re_flags()})")
        return name, g

    # ------------------------------------------------------------ values of the new types
    def leaf_date(self):
        self.dt_names()
        return self.ch.choice(DATE_LEAVES)

    def leaf_dt(self):
        self.dt_names()
        return self.ch.choice(DT_LEAVES)

    def leaf_td(self):
        self.dt_names()
        return self.ch.choice(TD_LEAVES)

    def leaf_set_int(self):
        return self.ch.choice(["set()", "{1, 2, 3}", "{-1, 0}", "{5}", "set(range(4))"])

    def small(self, d, lo, n):
        """An int expression in lo..lo+n-1 (usually)."""
        if self.ch.chance(0.1):
            return self.expr("int", d)
        return f"{lo} + {self.expr('int', d)} % {n}"

    def e_date(self, d):
        self.dt_names()
        ch = self.ch
        dd = lambda: self.expr("date", d)  # noqa: E731
        return self.pick([
            (3, lambda: f"date({self.small(d, 1990, 50)}, {self.small(d, 1, 12)}, {self.small(d, 1, 28)})"),
            (1, lambda: f"date({self.expr('int', d)}, {self.expr('int', d)}, {self.expr('int', d)})"),
            (3, lambda: f"({dd()} {ch.choice(['+', '-'])} {self.expr('td', d)})"),
            (1, lambda: f"({self.expr('td', d)} + {dd()})"),
            (2, lambda: f"{self.expr('dt', d)}.date()"),
            (1, lambda: f"date.fromordinal({self.small(d, 1, 800000)})"),
            (1, lambda: f"date.fromisoformat({ch.choice(DATE_STRS[:4] + DATE_STRS[7:10])})"),
            (1, lambda: f"date.fromisoformat({self.expr('str', d)})"),
            (1, lambda: f"{dd()}.replace({ch.choice(['day', 'month', 'year'])}={self.small(d, 1, 31)})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({dd()}, {dd()})"),
            (1, lambda: f"sorted([{dd()}, {dd()}, {dd()}])[{ch.choice(['0', '-1', '1'])}]"),
            (1, lambda: f"(date.min + timedelta(days={self.expr('int', d)}))"),
        ])

    def e_dt(self, d):
        self.dt_names()
        ch = self.ch
        t = lambda: self.expr("dt", d)  # noqa: E731
        return self.pick([
            (3, lambda: f"datetime({self.small(d, 1990, 50)}, {self.small(d, 1, 12)}, {self.small(d, 1, 28)}, "
                        f"{self.small(d, 0, 24)}, {self.small(d, 0, 60)})"),
            (3, lambda: f"({t()} {ch.choice(['+', '-'])} {self.expr('td', d)})"),
            (1, lambda: f"datetime.combine({self.expr(ch.choice(['date', 'dt']), d)}, {ch.choice(TIME_LEAVES)})"),
            (2, lambda: "datetime.strptime({}, {})".format(*ch.choice(STRPTIME))),
            (1, lambda: f"datetime.strptime({self.expr('str', d)}, {ch.choice([f for f in STRFTIME if '%U' not in f and '%G' not in f])})"),
            (1, lambda: f"datetime.fromisoformat({ch.choice(DATE_STRS)})"),
            (1, lambda: f"{t()}.replace({ch.choice(['hour', 'minute', 'second', 'microsecond'])}={self.small(d, 0, 24)})"),
            (1, lambda: f"datetime.fromordinal({self.small(d, 1, 800000)})"),
            (1, lambda: f"max({t()}, {t()})"),
        ])

    def e_td(self, d):
        self.dt_names()
        ch = self.ch
        t = lambda: self.expr("td", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        unit = lambda: ch.choice(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"])  # noqa: E731
        return self.pick([
            (3, lambda: f"timedelta({unit()}={self.expr(ch.choice(['int', 'int', 'num']), d)})"),
            (1, lambda: f"timedelta({i()}, {i()})"),
            (2, lambda: f"({t()} {ch.choice(['+', '-'])} {t()})"),
            (2, lambda: f"({t()} * {self.expr(ch.choice(['int', 'num']), d)})"),
            (1, lambda: f"({t()} {ch.choice(['//', '/'])} {self.expr(ch.choice(['int', 'num']), d)})"),
            (1, lambda: f"({t()} % {t()})"),
            (1, lambda: f"divmod({t()}, {t()})[1]"),
            (1, lambda: f"(-{t()})"),
            (1, lambda: f"abs({t()})"),
            (2, lambda: f"({self.expr('date', d)} - {self.expr('date', d)})"),
            (2, lambda: f"({self.expr('dt', d)} - {self.expr('dt', d)})"),
            (1, lambda: f"sum([{t()}, {t()}], timedelta())"),
            (1, lambda: f"sum(({t()} for _ in range({self.bounded(d, 4)})), timedelta({i()}))"),
            (1, lambda: f"min([{t()}, {t()}], key=abs)"),
        ])

    def e_set_int(self, d):
        ch = self.ch
        s = lambda: self.expr("set_int", d)  # noqa: E731
        return self.pick([
            (2, lambda: f"set({self.plain_ints(d)})"),
            (1, lambda: f"{{{ch.choice(['q % 3', '-q', 'q * q', 'q // 2'])} for q in {self.expr('list_int', d)}}}"),
            (2, lambda: f"({s()} {ch.choice(['|', '&', '-', '^'])} {s()})"),
            (2, lambda: f"{s()}.{ch.choice(['union', 'intersection', 'difference', 'symmetric_difference'])}({self.plain_ints(d)})"),
            (1, lambda: f"{s()}.{ch.choice(['union', 'intersection', 'difference'])}({self.plain_ints(d)}, {s()})"),
            (1, lambda: f"{s()}.copy()"),
            (1, lambda: f"set(range({self.bounded(d, 6)}))"),
        ])

    # ------------------------------------------------------------ expressions of the existing types
    def f_int(self, d):
        ch = self.ch
        i = lambda: self.expr("int", d)  # noqa: E731
        l = lambda: self.expr("list_int", d)  # noqa: E731
        s = lambda: self.expr("str", d)  # noqa: E731
        return self.pick([
            # datetime / calendar
            (3, lambda: f"{self.expr(ch.choice(['date', 'dt']), d)}.{ch.choice(['year', 'month', 'day'])}"),
            (2, lambda: f"{self.expr(ch.choice(['date', 'dt']), d)}.{ch.choice(['weekday', 'isoweekday', 'toordinal'])}()"),
            (1, lambda: f"{self.expr('dt', d)}.{ch.choice(['hour', 'minute', 'second', 'microsecond'])}"),
            (2, lambda: f"{self.expr('td', d)}.{ch.choice(['days', 'seconds', 'microseconds'])}"),
            (1, lambda: f"({self.expr('date', d)} - {self.expr('date', d)}).days"),
            (1, lambda: f"{self.expr('date', d)}.isocalendar()[{ch.choice(['0', '1', '2'])}]"),
            (1, lambda: f"{self.expr('dt', d)}.isocalendar().week"),
            (1, lambda: f"({self.expr('td', d)} // {self.expr('td', d)})"),
            (1, lambda: self.cal(f"calendar.monthrange({self.small(d, 1990, 40)}, {self.small(d, 0, 14)})[{ch.choice(['0', '1'])}]")),
            (1, lambda: self.cal(f"calendar.monthrange({i()}, {i()})[1]")),
            (1, lambda: f"len({{{self.expr('date', d)}: 1, {self.expr('date', d)}: 2, {self.expr('dt', d)}: 3}})"),
            (1, lambda: f"sum(({self.expr('date', d)} - q).days for q in [{self.expr('date', d)}, {self.expr('date', d)}])"),
            (1, lambda: f"len({{q.weekday(): q for q in [{self.expr('date', d)} + timedelta(days=r) for r in range({self.bounded(d, 9)})]}})"),
            (1, lambda: f"{{{self.expr('date', d)}: {i()}}}.get({self.expr('date', d)}, -1)"),
            # statistics
            (2, lambda: self.stats(f"statistics.{ch.choice(['median_low', 'median_high', 'mode'])}({l()})")),
            (1, lambda: self.stats(f"statistics.{ch.choice(['median_low', 'median_high', 'mode'])}({self.expr('list_str', d)}).count('a')")),
            (1, lambda: self.it(f"sum(itertools.repeat({i()}, {self.bounded(d, 4)}))")),
            (1, lambda: self.it(f"len(list(itertools.product({l()}, repeat={self.bounded(d, 3)})))")),
            # itertools / functools
            (2, lambda: self.it(f"functools.reduce(lambda q, r: {ch.choice(['q + r', 'q * r % 1000', 'max(q, r)', 'q - r'])}, {l()}{ch.choice(['', ', ' + i()])})", "functools")),
            (1, lambda: self.it(f"sum(itertools.islice({l()}, {self.bounded(d, 5)}))")),
            (1, lambda: self.it(f"len(list(itertools.combinations({l()}, {self.bounded(d, 4)})))")),
            (1, lambda: self.it(f"max(itertools.accumulate({l()}), default={i()})")),
            (1, lambda: self.it(f"next(itertools.dropwhile(lambda q: {self.lam_bool('q', d)}, {l()}), {i()})")),
            (1, lambda: self.it(f"len([k for k, _ in itertools.groupby({s()})])")),
            # collections
            (2, lambda: self.coll(f"Counter({self.expr(ch.choice(['list_str', 'str']), d)})[{s()}]")),
            (1, lambda: self.coll(f"Counter({self.expr(ch.choice(['list_int', 'str']), d)}).total()")),
            (1, lambda: self.coll(f"len(Counter({l()}).most_common({self.bounded(d, 4)}))")),
            (1, lambda: self.coll(f"defaultdict(int, {self.expr('dict_si', d)})[{s()}]")),
            # re
            (2, lambda: self.re_call("int")),
            # urllib.parse
            (1, lambda: self.url(f"len(urllib.parse.parse_qs({self.qs(d)}))")),
            (1, lambda: self.url(f"(urllib.parse.urlsplit({self.u(d)}).port or 0)")),
            # tuple keys
            (1, lambda: f"{{(q % 3, str(q)): q for q in {l()}}}.get(({i()} % 3, {s()}), -1)"),
            (1, lambda: f"len({{(q, r): 0 for q in {l()} for r in {s()}}})"),
            # sets
            (1, lambda: f"len({self.expr('set_int', d)})"),
            (1, lambda: f"sum({self.expr('set_int', d)})"),
            # str methods added lately
            (1, lambda: f"{s()}.count({s()}, {i()}{ch.choice(['', ', ' + i()])})"),
            (1, lambda: f"{s()}.{ch.choice(['find', 'rfind', 'index', 'rindex'])}({s()}, {i()}, {i()})"),
        ])

    def f_float(self, d):
        ch = self.ch
        return self.pick([
            (2, lambda: f"{self.expr('td', d)}.total_seconds()"),
            (1, lambda: f"({self.expr('td', d)} / {self.expr('td', d)})"),
            (3, lambda: self.stats(f"statistics.{ch.choice(STATS_FLOAT)}({self.expr(ch.choice(['list_int', 'list_float']), d)})")),
            (1, lambda: self.stats(f"statistics.fmean({self.expr('list_float', d)}, {self.expr('list_int', d)})")),
            (1, lambda: self.stats(f"statistics.{ch.choice(['covariance', 'correlation'])}({self.expr('list_int', d)}, {self.expr('list_float', d)})")),
            (1, lambda: self.stats(f"statistics.quantiles({self.expr(ch.choice(['list_int', 'list_float']), d)}, n={self.small(d, 1, 5)}{ch.choice(['', ', method=' + _q('inclusive')])})[0]")),
            (1, lambda: self.it(f"sum(q for q, _ in zip(itertools.count({ch.choice(['0', '1.5', '-1'])}, {ch.choice(['1', '0.5', '-2'])}), {self.expr('list_int', d)}))")),
        ])

    def f_num(self, d):
        ch = self.ch
        return self.pick([
            (3, lambda: self.stats(f"statistics.{ch.choice(STATS_NUM)}({self.expr(ch.choice(['list_int', 'list_float']), d)})")),
            (1, lambda: self.stats(f"statistics.mean(q * {self.expr('num', d)} for q in {self.expr('list_int', d)})")),
            (1, lambda: self.it(f"functools.reduce(lambda q, r: q + r, {self.expr('list_float', d)}, {self.expr('num', d)})", "functools")),
        ])

    def f_str(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        dd = lambda: self.expr(ch.choice(["date", "dt"]), d)  # noqa: E731
        return self.pick([
            # datetime / calendar
            (3, lambda: f"{dd()}.isoformat()"),
            (1, lambda: self.dt_iso(d)),
            (3, lambda: f"{dd()}.strftime({ch.choice(STRFTIME)})"),
            (1, lambda: f"{dd()}.strftime({s()})"),
            (2, lambda: f"{ch.choice(['str', 'repr'])}({self.expr(ch.choice(['date', 'dt', 'td']), d)})"),
            (2, lambda: f"f'{{{self.fs(dd(), 'date')}:{ch.choice(['%Y/%m/%d', '%d %b', '', '%H%M', '%j'])}}}'"),
            (1, lambda: f"f'{{{self.fs(dd(), 'dt')}!r}} {{{self.fs(self.expr('td', d), 'td')}}}'"),
            (1, lambda: f"{dd()}.ctime()"),
            (1, lambda: f"format({dd()}, {ch.choice(STRFTIME)})"),
            (1, lambda: f"{self.expr('dt', d)}.time().isoformat({ch.choice(['', 'timespec=' + ch.choice(TIMESPECS)])})"),
            (1, lambda: f"str({ch.choice(TIME_LEAVES)})" if self.dt_names() is None and ch.chance(0.5) else f"str({self.expr('dt', d)}.time())"),
            (1, lambda: f"str({self.expr('date', d)}.isocalendar())"),
            (1, lambda: f"str(sorted({{{dd()}: 'a', {dd()}: 'b'}}.items()))"),
            (1, lambda: self.cal(f"calendar.{ch.choice(['month_name', 'month_abbr'])}[{self.small(d, 0, 13)}]")),
            (1, lambda: self.cal(f"calendar.{ch.choice(['day_name', 'day_abbr'])}[{self.expr('date', d)}.weekday()]")),
            (1, lambda: self.cal(f"'/'.join(calendar.month_abbr[{self.small(d, 0, 5)}:{self.small(d, 3, 10)}])")),
            (1, lambda: f"str(sorted([({self.expr('date', d)}, {s()}), ({self.expr('date', d)}, {s()})]))"),
            (1, lambda: f"max([{self.expr('date', d)}, {self.expr('date', d)}], key=lambda q: ({ch.choice(['q.day', '-q.month', 'q.weekday()', 'q.isoformat()[::-1]'])}, q)).isoformat()"),
            (1, lambda: self.it(f"str(functools.reduce(lambda q, r: q + r, [{self.expr('td', d)}, {self.expr('td', d)}], timedelta()))", "functools")),
            (1, lambda: f"str([{self.expr(ch.choice(['date', 'dt', 'td']), d)}])"),
            (1, lambda: f"str(min([{dd()}, {dd()}], default=None))"),
            (1, lambda: f"str({{q.strftime('%a'): q.day for q in [{self.expr('date', d)}, {self.expr('date', d)}]}})"),
            # attributes and methods of a value whose type py2cs does not know (checked at run time)
            (2, lambda: self.unknown_attr(d)),
            (1, lambda: f"str([{dd()}, {dd()}].index({dd()}))"),
            (1, lambda: f"str({{{dd()}: 1}}[{dd()}])"),
            (1, lambda: f"f'{{{self.fs(dd(), 'date')}:{{{self.fs(self.expr('str', 0), 'str')}}}}}'"),
            # re
            (5, lambda: self.re_call("str")),
            # urllib.parse
            (4, lambda: self.url_str(d)),
            # itertools
            (1, lambda: self.it(f"''.join(itertools.chain({s()}, {s()}))")),
            (1, lambda: self.it(f"'|'.join(k + str(len(list(g))) for k, g in itertools.groupby({s()}))")),
            (1, lambda: self.it(f"','.join(''.join(t) for t in itertools.{ch.choice(['permutations', 'combinations', 'combinations_with_replacement', 'product'])}({s()}[:4], {ch.choice(['2', '1', '0'])}))" if ch.chance(0.8) else f"str(list(itertools.product({s()}[:3], repeat=2)))")),
            (1, lambda: self.it(f"functools.reduce(lambda q, r: r + q, {s()}, '')", "functools")),
            (1, lambda: self.it(f"str(list(itertools.zip_longest({s()}, {self.expr('list_int', d)}, fillvalue={ch.choice(['None', _q('-'), '0'])})))")),
            # collections
            (1, lambda: self.coll(f"{ch.choice(['str', 'repr'])}(Counter({self.expr(ch.choice(['str', 'list_str', 'list_int']), d)}))")),
            (1, lambda: self.coll(f"str(Counter({s()}).most_common({ch.choice(['', '1', '2'])}))")),
            (1, lambda: self.coll(f"str(defaultdict({ch.choice(['int', 'list', 'str', 'None'])}, {self.expr('dict_si', d)}))")),
            # tuple keys, sets
            (1, lambda: f"str(sorted({{(len(q), q[:1]): q for q in {self.expr('list_str', d)}}}.items()))"),
            (1, lambda: f"str(sorted({self.expr('set_int', d)}))"),
            # str methods added lately
            (1, lambda: f"{s()}.format_map({self.expr('dict_si', d)})" if ch.chance(0.3) else
                f"{ch.choice([_q('{a}-{b}'), _q('{a!r:>5}'), _q('{x}'), _q('{a}{{}}')])}.format_map({self.expr('dict_si', d)})"),
        ])

    def f_bool(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        cmp = lambda: ch.choice(["<", "<=", ">", ">=", "==", "!="])  # noqa: E731
        return self.pick([
            (3, lambda: f"({self.expr(ch.choice(['date', 'dt', 'td']), d)} {cmp()} {self.expr(ch.choice(['date', 'dt', 'td']), d)})"),
            (2, lambda: (lambda t: f"({self.expr(t, d)} {cmp()} {self.expr(t, d)})")(ch.choice(["date", "dt", "td"]))),
            (1, lambda: f"bool({self.expr('td', d)})"),
            (1, lambda: f"isinstance({self.anyval(d)}, {ch.choice(['date', 'datetime', 'timedelta', '(date, str)'])})"
                if self.dt_names() is None else ""),
            (1, lambda: f"({self.expr('date', d)} in {{{self.expr('date', d)}, {self.expr('date', d)}}})"),
            (1, lambda: self.cal(f"calendar.isleap({self.expr('int', d)})")),
            (3, lambda: self.re_call("bool")),
            (1, lambda: self.url(f"({s()} in urllib.parse.parse_qs({self.qs(d)}))")),
            (1, lambda: f"{s()}.{ch.choice(['isascii', 'isprintable'])}()"),
            (1, lambda: f"{s()}.{ch.choice(['startswith', 'endswith'])}({s()}, {self.expr('int', d)}{ch.choice(['', ', ' + self.expr('int', d)])})"),
            (1, lambda: f"{self.expr('set_int', d)}.{ch.choice(['issubset', 'issuperset', 'isdisjoint'])}({self.expr('list_int', d)})"),
            (1, lambda: f"({self.expr('set_int', d)} {cmp()} {self.expr('set_int', d)})"),
            (1, lambda: self.coll(f"(Counter({s()}) == Counter({s()}))")),
            (1, lambda: self.it(f"any(q > r for q, r in itertools.pairwise({self.expr('list_int', d)}))")),
            (1, lambda: f"{ch.choice(['any', 'all'])}(re.{ch.choice(['search', 'match'])}({self.re_pat()[0]}, q) for q in {self.expr('list_str', d)})"),
        ])

    def f_list_int(self, d):
        ch = self.ch
        l = lambda: self.expr("list_int", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        lam2 = lambda: ch.choice(["q + r", "q - r", "q * r", "max(q, r)", "q // r"])  # noqa: E731
        it = self.it
        return self.pick([
            (1, lambda: it(f"list(itertools.chain({l()}, {l()}))")),
            (1, lambda: it(f"list(itertools.chain.from_iterable({self.expr('matrix', d)}))")),
            (2, lambda: it(f"list(itertools.accumulate({l()}{ch.choice(['', ', lambda q, r: ' + lam2(), ', initial=' + i()])}))")),
            (2, lambda: it(f"list(itertools.islice({l()}, {self.bounded(d, 5)}))" if ch.chance(0.5) else
                           f"list(itertools.islice({l()}, {self.bounded(d, 4)}, {ch.choice([self.bounded(d, 7), 'None'])}, {ch.choice(['1', '2', 'None'])}))")),
            (1, lambda: it(f"[{lam2()} for q, r in itertools.pairwise({l()})]")),
            (1, lambda: it(f"[{lam2()} for q, r in itertools.product({l()}, {l()}[:3])]")),
            (1, lambda: it(f"[sum(t) for t in itertools.{ch.choice(['combinations', 'permutations', 'combinations_with_replacement'])}({l()}[:4], {self.bounded(d, 4)})]")),
            (2, lambda: it(f"list(itertools.{ch.choice(['takewhile', 'dropwhile', 'filterfalse'])}(lambda q: {self.lam_bool('q', d)}, {l()}))")),
            (1, lambda: it(f"list(itertools.compress({l()}, [{self.expr('bool', d)}, {self.expr('bool', d)}, True]))")),
            (1, lambda: it(f"list(itertools.starmap(lambda q, r: {lam2()}, zip({l()}, {l()})))")),
            (1, lambda: it(f"[q for q, _ in zip(itertools.count({i()}{ch.choice(['', ', 2', ', -1'])}), {l()})]")),
            (1, lambda: it(f"list(itertools.islice(itertools.cycle({l()}), {self.bounded(d, 6)}))")),
            (1, lambda: it(f"list(itertools.repeat({i()}, {self.bounded(d, 4)}))")),
            (1, lambda: it(f"[q + r for q, r in itertools.zip_longest({l()}, {l()}, fillvalue={ch.choice(['0', '1'])})]")),
            (2, lambda: it(f"[len(list(g)) for _, g in itertools.groupby(sorted({l()}){ch.choice(['', ', key=lambda q: q % 3', ', abs'])})]")),
            (1, lambda: it(f"[k for k, _ in itertools.groupby({l()})]")),
            (2, lambda: self.stats(f"statistics.multimode({l()})")),
            (1, lambda: self.coll(f"[v for _, v in Counter({self.expr(ch.choice(['str', 'list_str']), d)}).most_common({ch.choice(['', '2'])})]")),
            (1, lambda: self.coll(f"sorted(Counter({l()}))")),
            (2, lambda: f"sorted({self.expr('set_int', d)})"),
            (1, lambda: f"[{self.expr('date', d)}.{ch.choice(['year', 'day'])}, {self.expr('td', d)}.days]"),
            (1, lambda: f"list({self.expr('date', d)}.isocalendar())"),
            (1, lambda: self.re_call("list_int")),
        ])

    def f_list_str(self, d):
        ch = self.ch
        return self.pick([
            (4, lambda: self.re_call("list_str")),
            (1, lambda: self.lazy_re(d)),
            (1, lambda: self.url(f"list(urllib.parse.{ch.choice(['urlsplit', 'urlparse'])}({self.u(d)}))")),
            (1, lambda: self.url(f"[k + '=' + v for k, v in urllib.parse.parse_qsl({self.qs(d)}{ch.choice(['', ', keep_blank_values=True'])})]")),
            (1, lambda: self.url(f"urllib.parse.parse_qs({self.qs(d)}).get({self.expr('str', d)}, [])")),
            (1, lambda: self.coll(f"[k for k, _ in Counter({self.expr(ch.choice(['str', 'list_str']), d)}).most_common({ch.choice(['', '1', '3'])})]")),
            (1, lambda: self.it(f"list(itertools.chain({self.expr('list_str', d)}, {self.expr('str', d)}))")),
            (1, lambda: self.it(f"[k for k, g in itertools.groupby({self.expr('str', d)})]")),
            (1, lambda: f"[d.isoformat() for d in sorted([{self.expr('date', d)}, {self.expr('date', d)}])]"),
            (1, lambda: f"[str(d) for d in [{self.expr('date', d)} + timedelta(days=q) for q in range({self.bounded(d, 4)})]]"),
        ])

    def f_dict_si(self, d):
        ch = self.ch
        dd = lambda: self.expr("dict_si", d)  # noqa: E731
        return self.pick([
            (3, lambda: self.coll(f"Counter({self.expr(ch.choice(['list_str', 'str', 'dict_si']), d)})")),
            (2, lambda: self.coll(f"(Counter({dd()}) {ch.choice(['+', '-', '|', '&'])} Counter({self.expr(ch.choice(['list_str', 'str']), d)}))")),
            (1, lambda: self.coll(f"(-Counter({dd()}))" if ch.chance(0.5) else f"(+Counter({dd()}))")),
            (2, lambda: self.coll(f"defaultdict(int, {dd()})")),
            (1, lambda: self.coll(f"dict(Counter({self.expr('str', d)}))")),
            (1, lambda: self.url(f"{{k: len(v) for k, v in urllib.parse.parse_qs({self.qs(d)}).items()}}")),
            (1, lambda: f"{{d.isoformat(): d.day for d in [{self.expr('date', d)}, {self.expr('date', d)}]}}"),
            (1, lambda: self.coll(f"{{str(k): v for k, v in Counter(zip({self.expr('list_int', d)}, {self.expr('str', d)})).items()}}")),
        ])

    def f_opt_int(self, d):
        ch = self.ch
        return self.pick([
            (1, lambda: self.url(f"urllib.parse.urlsplit({self.u(d)}).port")),
            (2, lambda: self.re_call("opt_int")),
            (1, lambda: self.coll(f"Counter({self.expr('list_str', d)}).get({self.expr('str', d)})")),
            (1, lambda: f"{{{self.expr('date', d)}: {self.expr('int', d)}}}.get({self.expr(ch.choice(['date', 'dt']), d)})"),
        ])

    # ------------------------------------------------------------ helpers of the areas
    def lazy_re(self, d):
        pat, g = self.re_pat()
        ls = self.expr("list_str", d)
        return self.ch.choice([f"[m.group() for m in map(lambda q: re.match({pat}, q), {ls}) if m]",
                               f"[q for q in {ls} if re.search({pat}, q)]",
                               f"[re.sub({pat}, '', q) for q in {ls}]"])

    def unknown_attr(self, d):
        """An attribute or method of a value whose type py2cs does not know: dispatched at run time."""
        attr = self.ch.choice(UNKNOWN_ATTRS)
        if attr in ("netloc", "hostname", "geturl()", "fragment"):
            self.url("")        # attributes of URL results exist in programs that use urllib.parse
        elif attr in ("group()", "span()", "lastindex"):
            self.use("re", "import re")
        else:
            self.dt_names()
        return f"str((lambda q: q.{attr})({self.anyval(d)}))"

    def plain_ints(self, d):
        """A list_int expression without tuples (lam_int's (q % 3, -q)): sorting a set of ints and tuples fails
        with a message naming the types in CPython's set order, which py2cs does not reproduce."""
        self.no_tuples = True
        try:
            return self.expr("list_int", d)
        finally:
            self.no_tuples = False

    def fs(self, e, t):
        """e, or a variable or leaf of type t when e cannot stand inside an f-string's braces (Python 3.11)."""
        if not any(c in e for c in "'\"\\{}"):
            return e
        vs = self.vars_of(t)
        if vs:
            return self.ch.choice(vs)
        leaf = self.leaf(t)
        return leaf if not any(c in leaf for c in "'\"\\{}") else "0"

    def dt_iso(self, d):
        ch = self.ch
        sep = ch.choice(["", _q(" ") + ", ", "sep=" + _q("_") + ", "])
        return f"{self.expr('dt', d)}.isoformat({sep}timespec={ch.choice(TIMESPECS)})"

    def cal(self, e):
        self.use("calendar", "import calendar")
        return e

    def stats(self, e):
        self.use("statistics", "import statistics")
        return e

    def it(self, e, mod="itertools"):
        self.use(mod, "import " + mod)
        return e

    def coll(self, e):
        self.use("collections", "from collections import Counter, defaultdict")
        return e

    def url(self, e):
        self.use("urllib", "import urllib.parse")
        return e

    def u(self, d):
        return self.ch.choice(URLS) if self.ch.chance(0.75) else self.expr("str", d)

    def qs(self, d):
        return self.ch.choice(QUERIES) if self.ch.chance(0.75) else self.expr("str", d)

    def url_str(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        P = "urllib.parse."
        return self.url(self.pick([
            (3, lambda: f"{P}{ch.choice(['quote', 'quote_plus'])}({s()}{ch.choice(['', ', safe=' + ch.choice(SAFE)])})"),
            (2, lambda: f"{P}{ch.choice(['unquote', 'unquote_plus'])}({ch.choice([s(), ch.choice(QUERIES), ch.choice(URLS)])})"),
            (2, lambda: f"{P}urlencode({self.expr('dict_si', d)}{ch.choice(['', ', quote_via=urllib.parse.quote'])})"),
            (1, lambda: f"{P}urlencode([({s()}, {self.expr(ch.choice(['int', 'str', 'list_str']), d)})]{ch.choice(['', ', doseq=True'])})"),
            (2, lambda: f"{P}urljoin({self.u(d)}, {self.u(d)})"),
            (3, lambda: f"{P}{ch.choice(['urlsplit', 'urlparse'])}({self.u(d)}).{ch.choice(['scheme', 'netloc', 'path', 'query', 'fragment'])}"),
            (1, lambda: f"str({P}urlsplit({self.u(d)}).{ch.choice(['hostname', 'username', 'password'])})"),
            (1, lambda: f"{P}urlparse({self.u(d)}).params"),
            (1, lambda: f"{P}{ch.choice(['urlsplit', 'urlparse'])}({self.u(d)}).geturl()"),
            (1, lambda: f"str({P}{ch.choice(['urlsplit', 'urlparse', 'urldefrag'])}({self.u(d)}))"),
            (1, lambda: f"{P}urlunsplit({P}urlsplit({self.u(d)})._replace({ch.choice(['query', 'fragment', 'path'])}={s()}))"),
            (1, lambda: f"{P}urlunsplit(({ch.choice([_q(''), _q('http')])}, {s()}, {s()}, '', ''))"),
            (1, lambda: f"{P}urldefrag({self.u(d)})[{ch.choice(['0', '1'])}]"),
            (1, lambda: f"str({P}{ch.choice(['parse_qs', 'parse_qsl'])}({self.qs(d)}{ch.choice(['', ', keep_blank_values=True', ', separator=' + _q(';')])}))"),
            (1, lambda: f"str({P}urlsplit({self.u(d)})._asdict())"),
        ]))

    def re_call(self, t):
        """A call of the re module (or of a compiled pattern, a match object) giving a value of type t."""
        ch = self.ch
        s = lambda: self.expr("str", 1)  # noqa: E731
        self.use("re", "import re")
        if ch.chance(0.2):
            rx, g = self.compiled()
            fn = lambda name: f"{rx}.{name}("  # noqa: E731
            fl = lambda kw=False: ""  # noqa: E731
        else:
            pat, g = self.re_pat()
            fn = lambda name: f"re.{name}({pat}, "  # noqa: E731
            fl = self.re_flags
        if t == "str":
            repl = ch.choice(REPLS + (REPLS_G if g else []))
            mfun = ch.choice(["m.group(0)[::-1]", "m.group().upper()", "str(m.span())", "str(m.start())",
                              "m[0] * 2"] + (["m.group(1) or '?'", "str(m.groups())", "str(m.groupdict())",
                                              "str(m.lastindex)"] if g else []))
            return self.pick([
                (4, lambda: f"{fn('sub')}{repl}, {s()}{ch.choice(['', ', ' + self.small(1, 0, 3)])}{fl(True)})"),
                (1, lambda: f"{fn('sub')}lambda m: {mfun}, {s()}{fl(True)})"),
                (2, lambda: f"str({fn(ch.choice(['match', 'search', 'fullmatch']))}{s()}{fl()}))"),
                (2, lambda: f"(lambda m: {mfun} if m else '-')({fn(ch.choice(['match', 'search', 'fullmatch']))}{s()}{fl()}))"),
                (1, lambda: f"str({fn('subn')}{repl}, {s()}{fl(True)}))"),
                (1, lambda: f"re.escape({s()})"),
            (1, lambda: f"{fn('sub')}{s()}, {s()}{fl(True)})"),
                (1, lambda: f"'|'.join({mfun.replace('m', 'mm').replace('mmap', 'map')} for mm in {fn('finditer')}{s()}{fl()}))"
                    if "m.group(1)" not in mfun else f"str([mm.span() for mm in {fn('finditer')}{s()}{fl()})])"),
                (1, lambda: f"str({fn('findall')}{s()}{fl()}))"),
                (1, lambda: f"{fn('search')}{s()}{fl()}).group()"),
            ])
        if t == "int":
            return self.pick([
                (2, lambda: f"len({fn('findall')}{s()}{fl()}))"),
                (1, lambda: f"{fn('subn')}{ch.choice(REPLS)}, {s()}{fl(True)})[1]"),
                (1, lambda: f"len({fn('split')}{s()}{fl(True)}))"),
                (1, lambda: f"(lambda m: m.{ch.choice(['start', 'end'])}() if m else -1)({fn('search')}{s()}{fl()}))"),
                (1, lambda: f"sum(mm.end() - mm.start() for mm in {fn('finditer')}{s()}{fl()}))"),
            ])
        if t == "bool":
            return self.pick([
                (2, lambda: f"({fn(ch.choice(['match', 'search', 'fullmatch']))}{s()}{fl()}) {ch.choice(['is', 'is not'])} None)"),
                (2, lambda: f"bool({fn(ch.choice(['match', 'search', 'fullmatch']))}{s()}{fl()}))"),
                (1, lambda: f"(not {fn('search')}{s()}{fl()}))"),
            ])
        if t == "list_int":
            return f"[mm.{ch.choice(['start', 'end'])}() for mm in {fn('finditer')}{s()}{fl()})]"
        if t == "opt_int":
            return f"(lambda m: m.lastindex if m else None)({fn('search')}{s()}{fl()}))"
        # list_str
        return self.pick([
            (2, lambda: f"{fn('findall')}{s()}{fl()})" if g < 2 else f"[str(t) for t in {fn('findall')}{s()}{fl()})]"),
            (2, lambda: f"{fn('split')}{s()}{ch.choice(['', ', ' + self.small(1, 0, 3)])}{fl(True)})" if g == 0 else
                f"[str(q) for q in {fn('split')}{s()}{fl(True)})]"),
            (1, lambda: f"[mm.group() for mm in {fn('finditer')}{s()}{fl()})]"),
            (1, lambda: f"list({fn('search')}{s()}{fl()}).groups(''))" if g else f"[{fn('search')}{s()}{fl()}).group(0)]"),
        ])

    # ------------------------------------------------------------ statements
    def s_feature(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        opts = [
            (2, lambda: self.s_group(p)),
            (2, lambda: self.s_set(p)),
            (1, lambda: self.s_date_loop(ind, depth)),
            (2, lambda: self.s_iter_loop(ind, depth)),
            (2, lambda: self.s_rematch(p)),
            (1, lambda: self.s_counter(p)),
            (1, lambda: self.s_bad_args(p)),
        ]
        if depth > 0:
            opts.append((3, lambda: self.s_match(ind, depth)))
        return self.pick(opts)

    def s_group(self, p):
        """defaultdict / Counter grouping in a loop, a dict with int, tuple or date keys."""
        ch = self.ch
        v = self.fresh("g")
        self.use("collections", "from collections import Counter, defaultdict")
        src = self.expr(ch.choice(["list_int", "records", "list_str"]), 1)
        key, val = {"list_int": ("q % 3", "q"), "records": ("q['name']", "q['v']"), "list_str": ("len(q)", "q")}[
            "records" if "name" in src else "list_str" if src.startswith("[") and "'" in src else "list_int"]
        key = ch.choice([key, f"({key}, {key})"])
        kind = ch.choice(["list", "int", "counter", "dates"])
        if kind == "dates":
            self.dt_names()
            base = self.expr("date", 1)
            lines = [p + f"{v} = defaultdict(int)",
                     p + f"for q in range({self.bounded(1, 6)}):",
                     p + f"    {v}[{base} + timedelta(days=q % 3)] += q"]
        elif kind == "counter":
            lines = [p + f"{v} = Counter()", p + "try:",
                     p + f"    for q in {src}:", p + f"        {v}[{key}] += 1",
                     p + "except TypeError as e:", p + "    out.append(str(e))"]
        else:
            op = ".append(q)" if kind == "list" else " += 1"
            lines = [p + f"{v} = defaultdict({kind})", p + "try:",
                     p + f"    for q in {src}:", p + f"        {v}[{key}]{op}",
                     p + "except TypeError as e:", p + "    out.append(str(e))"]
        fin = ch.choice([f"out.append(sorted({v}.items()))", f"out.append(str({v}))", f"out.append(len({v}))",
                         f"out.append([str(k) for k in {v}])", f"out.append(sorted({v}.values()))"])
        return lines + [p + fin]

    def battery(self, n):
        """n expressions of the features, each in its own try: one exception does not hide the next ones."""
        saved, self.features = self.features, max(self.features, 0.5)
        lines = []
        try:
            for _ in range(n):
                t = self.ch.choice(FEATURE_EXPR_TYPES)
                e = self.expr(t, self.ch.randint(1, 3))
                if t == "td":
                    e = f"str({e})"     # not JSON
                lines += ["    try:", f"        out.append({e})", "    except Exception as e:",
                          "        out.append([type(e).__name__, str(e)])"]
        finally:
            self.features = saved
        return lines

    def json_kw(self, a):
        """json.dumps with keyword arguments of any value (CPython checks their types where it uses them)."""
        self.uses_json = True
        kw = self.ch.choice(["indent", "separators", "sort_keys", "ensure_ascii"])
        return f"json.dumps({self.anyval(1, kept=True)}, {kw}={a()})"

    def s_rematch(self, p):
        """A match object kept in a variable, tested or not before use (None has no group())."""
        ch = self.ch
        m = self.fresh("m")
        if ch.chance(0.3):
            rx, g = self.compiled()
            call = f"{rx}.{ch.choice(['match', 'search', 'fullmatch'])}({self.expr('str', 1)}{ch.choice(['', ', ' + self.small(1, 0, 4)])})"
        else:
            pat, g = self.re_pat()
            call = f"re.{ch.choice(['match', 'search', 'search', 'fullmatch'])}({pat}, {self.expr('str', 1)}{self.re_flags()})"
        grp = ch.choice(["0", "1", "2", "'w'", "'k'", "-1"][:(g + 1)] + (["3"] if ch.chance(0.1) else []))
        use = ch.choice([f"{m}.group({grp})", f"{m}[{grp}]", f"{m}.span({grp})", f"{m}.start({grp})",
                         f"{m}.end()", f"{m}.groups()", f"{m}.groups('')", f"{m}.groupdict()", f"{m}.lastindex",
                         f"{m}.lastgroup", f"str({m})", f"{m}.group(0, {grp})", f"{m}.expand({ch.choice(REPLS[:3] + REPLS_G)})",
                         f"{m}.string[{m}.end():]", f"({m}.pos, {m}.endpos)", f"len({m}.group())"])
        lines = [p + f"{m} = {call}"]
        form = ch.choice(["if", "ifnot", "cond", "bare"])
        if form == "if":
            lines += [p + f"if {m}:", p + f"    out.append({use})"]
        elif form == "ifnot":
            lines += [p + f"if {m} is None:", p + f"    out.append('no match')", p + "else:", p + f"    out.append({use})"]
        elif form == "cond":
            lines += [p + f"out.append({use} if {m} else {self.anyval(1)})"]
        else:
            lines += [p + f"out.append({use})"]     # AttributeError when there is no match
        return lines

    def s_counter(self, p):
        """A Counter or defaultdict kept in a variable and changed."""
        ch = self.ch
        self.use("collections", "from collections import Counter, defaultdict")
        c = self.fresh("c")
        init = ch.choice([f"Counter({self.expr(ch.choice(['str', 'list_str', 'dict_si']), 1)})", "Counter()",
                          f"Counter(a={self.expr('int', 1)}, b={self.expr('int', 1)})",
                          f"defaultdict({ch.choice(['int', 'list', 'str', 'lambda: -1', 'None'])})",
                          f"Counter(zip({self.expr('list_int', 1)}, {self.expr('str', 1)}))"])
        lines = [p + f"{c} = {init}"]
        k = lambda: self.expr(ch.choice(["str", "str", "int"]), 1)  # noqa: E731
        counter = init.startswith("Counter")
        for _ in range(ch.randint(1, 4)):
            ops = [
                (3, lambda: f"{c}[{k()}] += {self.expr('int', 1)}"),
                (1, lambda: f"{c}.update({self.expr(ch.choice(['str', 'list_str', 'dict_si']), 1)})"),
                (1, lambda: f"out.append({c}[{k()}])"),
                (1, lambda: f"out.append({k()} in {c})"),
                (1, lambda: f"del {c}[{k()}]"),
                (1, lambda: f"out.append({c}.get({k()}))"),
                (1, lambda: f"out.append({c}.most_common({ch.choice(['', '1', '-1', '0', '5'])}))"),
                (1, lambda: f"out.append({c}.total())"),
                (1, lambda: f"{c} {ch.choice(['+=', '-=', '|=', '&='])} Counter({self.expr('str', 1)})"),
                (1, lambda: f"out.append({c}.pop({k()}, None))"),
                (1, lambda: f"out.append({c} == {self.expr('dict_si', 1)})"),
                (1, lambda: f"out.append(sorted({c}.items(), key=str))"),
                (1, lambda: f"out.append(str({c}))"),
                (1, lambda: f"out.append(len({c}.copy()))"),
            ]
            if not counter:     # a defaultdict has no most_common(), total(), + - | &
                ops = ops[:6] + ops[9:]
            lines.append(p + self.pick(ops))
        lines.append(p + ch.choice([f"out.append({c})", f"out.append(dict({c}))", f"out.append(len({c}))",
                                    f"out.append(list({c}.items()))"]))
        return lines

    def s_bad_args(self, p):
        """Library calls with arguments of other types or out of range: CPython's exceptions and messages."""
        ch = self.ch
        a = lambda: self.anyval(1)  # noqa: E731
        i = lambda: self.expr("int", 1)  # noqa: E731
        self.dt_names()
        e = self.pick([
            (1, lambda: self.it(f"list(itertools.islice({self.expr('list_int', 1)}, {i()}))")),
            (1, lambda: self.it(f"list(itertools.islice({self.expr('list_int', 1)}, {i()}, {i()}, {i()}))")),
            (1, lambda: self.it(f"list(itertools.{ch.choice(['combinations', 'permutations'])}({self.expr('list_int', 1)}, {i()}))")),
            (1, lambda: self.it(f"list(itertools.accumulate({a()}))")),
            (1, lambda: self.it(f"list(itertools.chain({a()}, {a()}))")),
            (1, lambda: self.it(f"functools.reduce(lambda q, r: q + r, {a()})", "functools")),
            (1, lambda: self.it(f"list(itertools.repeat({a()}, {i()}))")),
            (1, lambda: self.stats(f"statistics.{ch.choice(STATS_NUM + STATS_FLOAT + ['mode', 'multimode'])}({a()})")),
            (1, lambda: self.stats(f"statistics.quantiles({self.expr('list_int', 1)}, n={i()})")),
            (1, lambda: self.coll(f"Counter({a()})")),
            (1, lambda: f"date({a()}, {a()}, {a()})"),
            (1, lambda: f"timedelta(days={self.expr(ch.choice(['int', 'num', 'float']), 1)} * 1000000)"),
            (1, lambda: f"({self.expr(ch.choice(['date', 'dt', 'td']), 1)} {ch.choice(['+', '-', '*', '<', '/'])} {a()})"),
            (1, lambda: f"{self.expr(ch.choice(['date', 'dt']), 1)}.strftime({a()})"),
            (1, lambda: f"date.fromisoformat({a()})"),
            (1, lambda: f"datetime.strptime({self.expr('str', 1)}, {self.expr('str', 1)})"),
            (1, lambda: self.cal(f"calendar.monthrange({a()}, {a()})")),
            (1, lambda: self.cal(f"calendar.isleap({a()})")),
            (1, lambda: self.url(f"urllib.parse.{ch.choice(['quote', 'quote_plus', 'unquote', 'urlsplit', 'urlparse', 'parse_qs', 'parse_qsl', 'urlencode'])}({a()})")),
            (1, lambda: self.url(f"urllib.parse.urljoin({a()}, {a()})")),
            (1, lambda: self.url(f"urllib.parse.parse_qsl({self.qs(1)}, strict_parsing=True)")),
            (1, lambda: f"re.sub({self.re_pat()[0]}, {self.expr('str', 1)}, {self.expr('str', 1)})"),
            (1, lambda: f"re.{ch.choice(['search', 'findall', 'split'])}({self.re_pat()[0]}, {a()})"),
            (1, lambda: f"re.sub({self.re_pat()[0]}, {a()}, {a()})"),
            (2, lambda: self.json_kw(a)),
        ])
        self.use("re", "import re")
        return [p + "try:", p + f"    out.append({e})", p + "except (TypeError, ValueError, OverflowError, AttributeError, re.error, IndexError, KeyError) as e:",
                p + "    out.append([type(e).__name__, str(e)])"]

    def s_set(self, p):
        ch = self.ch
        v = self.fresh("s")
        lines = [p + f"{v} = {self.expr('set_int', 2)}"]
        self.scope[v] = "set_int"
        for _ in range(ch.randint(1, 3)):
            lines.append(p + self.pick([
                (2, lambda: f"{v}.add({self.expr('int', 1)})"),
                (1, lambda: f"{v}.discard({self.expr('int', 1)})"),
                (1, lambda: f"{v}.remove({self.expr('int', 1)})"),
                (1, lambda: f"{v}.update({self.plain_ints(1)})"),
                (1, lambda: f"{v} {ch.choice(['|=', '&=', '-=', '^='])} {self.expr('set_int', 1)}"),
                (1, lambda: f"{v}.{ch.choice(['difference_update', 'intersection_update', 'symmetric_difference_update'])}({self.plain_ints(1)})"),
                (1, lambda: f"out.append({v}.pop() if len({v}) == 1 else len({v}))"),
            ]))
        lines.append(p + f"out.append(sorted({v}))")
        return lines

    def s_date_loop(self, ind, depth):
        self.dt_names()
        p = "    " * ind
        v, x = self.fresh("d"), self.fresh("x")
        self.scope[v] = "date"
        lines = [p + f"{v} = {self.expr('date', 1)}",
                 p + f"for {x} in range({self.bounded(1, 5)}):",
                 p + f"    {v} {self.ch.choice(['+=', '-='])} {self.expr('td', 1)}"]
        self.scope[x] = "int"
        self.loop_depth += 1
        lines += self.block(ind + 1, 1, depth - 1)
        self.loop_depth -= 1
        self.scope.pop(x, None)
        return lines

    def s_iter_loop(self, ind, depth):
        """A for loop over a lazy itertools iterator, re.finditer or a Counter."""
        ch = self.ch
        p = "    " * ind
        x = self.fresh("x")
        added = {}
        saved_frozen = set(self.frozen)
        lt = ch.choice(["list_int", "list_int", "list_str"])
        it = self.expr(lt, 1)
        if it in self.scope:
            self.frozen |= self.aliases.get(it, {it})
        kind = ch.choice(["chain", "islice", "accumulate", "groupby", "finditer", "counter", "pairwise", "zip_longest"])
        if kind == "finditer":
            pat, g = self.re_pat()
            head = f"for {x} in re.finditer({pat}, {self.expr('str', 1)}{self.re_flags()}):"
            body = [f"out.append({x}.group())", f"out.append({x}.span())", f"out.append(str({x}))",
                    f"out.append({x}.groups())", f"out.append({x}.groupdict())", f"out.append({x}.lastgroup)",
                    f"out.append({x}.expand(r'<\\g<0>>'))"]
            lines = [p + head, p + "    " + ch.choice(body)]
            self.loop_depth += 1
            lines += self.block(ind + 1, 1, depth - 1)
            self.loop_depth -= 1
            self.frozen = saved_frozen
            return lines
        if kind == "counter":
            self.use("collections", "from collections import Counter, defaultdict")
            k = self.fresh("k")
            head = f"for {k}, {x} in Counter({it}).most_common({ch.choice(['', '2'])}):"
            added = {k: LIST_ELT[lt], x: "int"}
        elif kind == "groupby":
            self.use("itertools", "import itertools")
            k, g = self.fresh("k"), self.fresh("g")
            head = f"for {k}, {g} in itertools.groupby({it}):"
            lines = [p + head, p + f"    {x} = list({g})"]
            added = {k: LIST_ELT[lt], x: lt}
            return self._loop_rest(lines, ind, depth, added, saved_frozen)
        elif kind == "pairwise":
            self.use("itertools", "import itertools")
            k = self.fresh("k")
            head = f"for {k}, {x} in itertools.pairwise({it}):"
            added = {k: LIST_ELT[lt], x: LIST_ELT[lt]}
        elif kind == "zip_longest":
            self.use("itertools", "import itertools")
            k = self.fresh("k")
            head = f"for {k}, {x} in itertools.zip_longest({it}, {self.expr(lt, 1)}, fillvalue={self.leaf(LIST_ELT[lt])}):"
            added = {k: LIST_ELT[lt], x: LIST_ELT[lt]}
        else:
            self.use("itertools", "import itertools")
            src = {"chain": f"itertools.chain({it}, {self.expr(lt, 1)})",
                   "islice": f"itertools.islice({it}, {self.bounded(1, 3)}, None, {ch.choice(['1', '2'])})",
                   "accumulate": f"itertools.accumulate({it})"}[kind]
            head = f"for {x} in {src}:"
            added = {x: LIST_ELT[lt]}
        return self._loop_rest([p + head], ind, depth, added, saved_frozen)

    def _loop_rest(self, lines, ind, depth, added, saved_frozen):
        for k, t in added.items():
            self.scope[k] = t
        self.loop_depth += 1
        lines += self.block(ind + 1, self.ch.randint(1, 2), depth - 1)
        self.loop_depth -= 1
        for k in added:
            self.scope.pop(k, None)
        self.frozen = saved_frozen
        return lines

    def s_match(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        subj = self.anyval(1) if ch.chance(0.7) else ch.choice([
            "{'name': 'a', 'v': 1}", "[1, 2, 3]", "(1, 'x')", "[[1], 2]", "{'a': 1, 'b': 2}", "2.5", "True", "None"])
        lines = [p + f"match {subj}:"]
        cases = [ch.choice(CASE_PATTERNS) for _ in range(ch.randint(1, 4))]
        for pat, binds in cases:
            if "math." in pat:
                self.uses_math = True
            ren = {}
            for name in binds:
                ren[name] = self.fresh("m")
            text = pat
            for name, new in sorted(ren.items(), key=lambda kv: -len(kv[0])):
                text = _rename(text, name, new)
            lines.append(p + f"    case {text}:")
            for name, t in binds.items():
                self.scope[ren[name]] = t
            lines += self.block(ind + 2, ch.randint(1, 2), depth - 1)
            for name in binds:
                self.scope.pop(ren[name], None)
        if ch.chance(0.6):
            lines.append(p + "    case _:")
            lines += self.block(ind + 2, 1, depth - 1)
        return lines


# attributes and methods called on a value of unknown type (a lambda's parameter)
UNKNOWN_ATTRS = ["year", "month", "days", "seconds", "isoformat()", "weekday()", "total_seconds()", "date()",
                 "hour", "upper()", "strip()", "copy()", "netloc", "hostname", "geturl()", "group()", "span()",
                 "strftime('%Y')", "replace(day=1)", "isocalendar()", "count(1)", "index(1)",
                 "split()", "get('a')", "fragment", "lastindex"]

FEATURE_EXPR_TYPES = ("int", "float", "num", "str", "bool", "list_int", "list_str", "dict_si", "opt_int", "date", "dt", "td")

LIST_ELT = {"list_int": "int", "list_str": "str"}


def _rename(text: str, name: str, new: str) -> str:
    import re
    return re.sub(r"(?<![\w'])" + re.escape(name) + r"(?![\w'(])", new, text)
