"""The re module for constant patterns (py2cs/re_translate.py, templates/runtime/re.js)."""
import json
import re
from re import IGNORECASE, findall, sub

from difftest import cases

EMAIL = r"^[\w.+-]+@[\w-]+\.[\w.]+$"
WORD = re.compile(r"(?P<word>\w+)")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
SEP = re.compile(r"[,;]\s*", re.MULTILINE)
TEXTS = ["a.b@c-d.org", "x 12  y3;z,w", "ab\U0001F600 xx 7\u0663", "", "Ünïcode ½ ⅷ ²", "line1\nline2\n",
         "2024-01-31 and 1999-12-01", "  tabs\tand\x1c\x1dseps\ufeff\u00a0", "İstanbul ß STRASSE ſ K", "\U0001F600\U0001F600x"]


@cases(*[(t,) for t in TEXTS])
def email_valid(s):
    m = re.match(EMAIL, s)
    return [bool(m), m is None, m is not None, not m, m.group() if m else None, re.fullmatch(EMAIL, s) is not None]


@cases(*[(t,) for t in TEXTS])
def module_functions(s):
    return [re.findall(r"\d+", s), re.sub(r"\s+", " ", s), re.split(r"[,;]\s*", s), re.findall(r"\w+", s),
            re.findall(r"\s", s), re.findall(r"\W+", s), re.findall(r"\D", s), re.findall(r"\S+", s),
            re.findall(r"[^\w\s]", s), re.findall(r"[\d\s]", s), re.findall(r"[^\W\d]+", s), re.escape(s)]


@cases(*[(t,) for t in TEXTS])
def search_positions(s):
    out = []
    for m in (re.search(r"\d", s), re.search(r"\w\w", s), re.search(r"\s", s), re.search(r"x+", s), re.search(r"$", s),
              re.search(r"^", s), re.search(r"\b", s), re.search(r"\B", s), re.search(r".{3}$", s)):
        out.append(None if m is None else [m.group(), m.start(), m.end(), m.span(), repr(m), str(m)])
    return out


@cases(*[(t,) for t in TEXTS])
def anchors(s):
    return [re.findall(r"^\w+", s), re.findall(r"(?m)^\w+", s), re.findall(r"\w+$", s), re.findall(r"\w+$", s, re.M),
            re.findall(r"\A\w", s), re.findall(r"\w\Z", s), re.sub(r"$", "!", s), re.sub(r"^", ">", s, flags=re.M),
            re.findall(r".", s), re.findall(r".", s, re.S), re.findall(r"(?s:.)", s), re.findall(r"\b\w", s),
            re.findall(r"\B\w", s), re.search(r"\B", s) is None, re.search(r"\b", s) is None]


@cases(*[(t,) for t in TEXTS])
def flags_case(s):
    return [re.findall(r"[a-z]+", s, re.I), re.findall(r"strasse", s, IGNORECASE), re.findall(r"(?i)ß", s),
            re.findall(r"(?i)k", s), re.findall(r"(?i)[k-s]", s), re.findall(r"(?i:İ)\w", s), re.findall(r"\w+", s, re.A),
            re.findall(r"(?a)\d", s), re.findall(r"\s", s, re.ASCII), re.findall(r"(?i)s", s),
            re.findall(r"""(?x) \d+   # digits
                            (?: \. \d+ )?""", s), re.findall(r"[^a-z]", s, re.I | re.A)]


@cases(*[(t,) for t in TEXTS])
def groups(s):
    out = []
    for m in DATE.finditer(s):
        out.append([m.group(), m.group(1), m.group("m"), m.group(1, 3), m.group(0, "d"), m.groups(), m.groupdict(),
                    m[0], m[2], m["y"], m.start(), m.end(), m.span()])
    m = re.search(r"(a)?(b)?(?:c)", s + "bc")
    out.append([m.groups(), m.groups("-"), m.group(1), m.group(2), m.span()])
    m = re.match(r"(?P<first>\w)(?P<rest>\w*)?", s)
    out.append(None if m is None else [m.groupdict(), m.groupdict(0), m.pos, m.endpos, m.string])
    out.append(re.findall(r"(\w)(\d)?", s))
    out.append(re.findall(r"(\w)(?:\d)", s))
    return out


@cases(*[(t,) for t in TEXTS])
def lookaround_backrefs(s):
    return [re.findall(r"\w(?=\d)", s), re.findall(r"\w(?!\w)", s), re.findall(r"(?<=\s)\w+", s),
            re.findall(r"(?<!\w)\d", s), re.findall(r"(\w)\1", s + "aa"), re.findall(r"(?P<c>[a-z])(?P=c)", s + "zz"),
            re.sub(r"(['\"])(.*?)\1", r"<\2>", s + " 'q' \"r\""), re.findall(r"(?<=\U0001F600)\w", s)]


@cases(*[(t,) for t in TEXTS])
def quantifiers(s):
    return [re.findall(r"\w{2}", s), re.findall(r"\w{2,3}", s), re.findall(r"\w{2,}", s), re.findall(r"\w{,2}", s),
            re.findall(r"\w+?", s), re.findall(r"\w*?x", s), re.findall(r"\w??", s), re.findall(r"(?:\w\s)+", s),
            re.findall(r"(\w\s)+", s), re.findall(r"a|ab|abc", s + "abc"), re.findall(r"\d*", s),
            re.findall(r"x*?", s), re.findall(r"(?:ab)*", s)]


@cases(*[(t,) for t in TEXTS])
def empty_matches(s):
    return [re.sub(r"x*", "-", s), re.split(r"x*", s), re.subn(r"\b", "|", s), re.split(r"\b", s),
            re.sub(r"\d*?", ".", s), re.findall(r"", s), re.split(r"", s), re.sub(r"(?=\w)", "^", s),
            re.split(r"\s*", s), re.sub(r"a?", "#", s)]


@cases(*[(t,) for t in TEXTS])
def sub_templates(s):
    return [re.sub(r"(\w)(\w)", r"\2\1", s), re.sub(r"(?P<a>\w)", r"[\g<a>]", s, count=3),
            re.sub(r"\w", r"\g<0>\g<0>", s, 2), re.sub(r"(\d)|(\s)", r"<\1|\2>", s), re.sub(r"\s", r"\n\t\\", s),
            re.subn(r"\w+", "W", s), re.subn(r"\w+", "W", s, count=1), re.sub(r"\w", "-", s, count=0),
            re.sub(r"\w", "-", s, -1), sub(r"[aeiou]", "*", s), re.sub(r"(a)|b", r"\1", s + "ab"),
            re.sub(r"\w", r"\x41\101", s, 1)]


def shout(m):
    return m.group().upper() + str(m.start())


@cases(*[(t,) for t in TEXTS])
def sub_functions(s):
    return [re.sub(r"\w+", shout, s), re.sub(r"\d", lambda m: str(int(m.group()) * 2), s),
            re.subn(r"(?P<w>[a-z])", lambda m: m["w"] * 2, s, count=2), WORD.sub(lambda m: m.group("word")[::-1], s)]


@cases(*[(t,) for t in TEXTS], ("a,b;c",), ("a, b,  c;d",))
def split_maxsplit(s):
    return [re.split(r"[,;]\s*", s, maxsplit=1), re.split(r"([,;])", s), re.split(r"(,)|(;)", s), SEP.split(s),
            SEP.split(s, 2), re.split(r"\s", s, -1), re.split(r"\s", s, 0), re.split(r"(?P<s>\s)", s, 1)]


@cases(*[(t,) for t in TEXTS])
def compiled(s):
    p = re.compile(r"(\w)(\w)?")
    out = [p.pattern, p.flags, p.groups, WORD.pattern, repr(p), str(WORD), repr(SEP)]
    m = p.match(s)
    out.append(None if m is None else m.groups())
    m = p.fullmatch(s)
    out.append(None if m is None else m.groups())
    out.append(p.findall(s))
    out.append(p.sub(r"\2", s))
    out.append(p.subn("", s, 1))
    out.append(p.split(s, 2))
    out.append([m.span() for m in p.finditer(s)])
    out.append(list(m.group() for m in re.finditer(WORD, s)))
    out.append([m.group() for m in list(WORD.finditer(s))])
    out.append(re.search(WORD, s) is not None)
    out.append(findall(WORD, s))
    c = re.compile(r"(?i)x")
    out.append(c.flags)
    out.append(re.compile(c).pattern)
    return out


@cases(("abc",), (None,), (5,), (["a"],), (2.5,), (2.0,), (True,))
def errors(s):
    out = []
    for f in (lambda: re.match(r"a", s), lambda: re.findall(r"a", s), lambda: re.sub(r"a", "b", s),
              lambda: re.split(r"a", s), lambda: re.escape(s), lambda: re.sub(r"(a)", r"\2", "x"),
              lambda: re.sub(r"a", r"\q", "a"), lambda: re.sub(r"a", lambda m: 5, "xa"),
              lambda: re.sub(r"a", lambda m: None, "xay"), lambda: re.sub(r"a", "b", "a", count=s),
              lambda: re.split(r"a", "bab", s), lambda: re.match(r"(a)", "a").group(s),
              lambda: re.match(r"(a)", "a")[s], lambda: re.match(r"(a)", "a").group(2),
              lambda: re.match(r"(a)", "a").start(s), lambda: re.search(r"(?P<n>a)", "a").group("m")):
        try:
            out.append(f())
        except Exception as e:
            out.append([repr(e), str(e)])
    return out


@cases(("abc",), ("",))
def match_in_containers(s):
    m = re.match(r"a", s)
    out = []
    try:
        out.append([m, 1])
    except Exception as e:
        out.append(repr(e))
    ms = [m]
    try:
        out.append(str(ms))
    except Exception as e:
        out.append([repr(e), str(e)])
    return out


@cases(("abc",), ("zzz",))
def return_match(s):
    return re.search(r"b", s)


@cases(("abc",))
def return_pattern(s):
    return [re.compile(r"a+"), s]


@cases(("a1b22c333",), ("",), ("no digits",))
def realistic(s):
    total = 0
    for n in re.findall(r"\d+", s):
        total += int(n)
    words = [w.lower() for w in re.split(r"\W+", s) if w]
    m = re.search(r"(\d+)\D*$", s)
    last = int(m.group(1)) if m else -1
    slug = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    phone = re.fullmatch(r"\+?\d[\d\s-]{6,}\d", s) is not None
    return [total, words, last, slug, phone]


@cases(*[(t,) for t in TEXTS], ("ab",), ("aab",))
def group_positions(s):
    out = []
    for m in DATE.finditer(s):
        out.append([m.start(1), m.end("m"), m.span(3), m.span(0), m.start(0)])
    m = re.search(r"(\w)(\d)?(?P<sp>\s)", s)
    out.append(None if m is None else [m.span(1), m.span(2), m.start("sp"), m.end(2), m.span()])
    m = re.fullmatch(r"(\w*?)(b?)", s)
    out.append(None if m is None else [m.span(1), m.span(2)])
    out.append([[m.span(1), m.span(2)] for m in re.finditer(r"(a??)(b?)", s)])
    out.append([m.span(1) for m in re.finditer(r"(?<=(\w))\W", s)])
    out.append(re.sub(r"(\w)(\w)?", lambda m: str(m.span(2)) + str(m.start(1)), s))
    try:
        out.append(re.match(r"(a)", "a").start(2))
    except IndexError as e:
        out.append(str(e))
    return out


@cases(("\\1",), ("x",), ("\\g<9>",), (None,))
def catch_re_error(repl):
    try:
        return re.sub(r"(a)", repl, "banana")
    except re.error as e:
        return ["re.error", str(e), repr(e), e.args]
    except TypeError as e:
        return ["TypeError", str(e)]


@cases(("a",), ("b",))
def pattern_equality(s):
    p = re.compile("a")
    q = re.compile("a", re.U)
    m = p.match(s)
    return [p == q, p == p, p != q, p == WORD, m == m, m == p.match(s), re.compile("a", re.I) == p, p == "a"]


@cases(*[(t,) for t in TEXTS])
def finditer_consumers(s):
    out = []
    for i, m in enumerate(re.finditer(r"\w+", s)):
        out.append([i, m.group(), m[0], m.span()])
    out.append([(i, m.start()) for i, m in enumerate(WORD.finditer(s), 1)])
    out.append(len(list(re.finditer(r"\d", s))))
    out.append(tuple(m.group() for m in re.finditer(r"\s", s)))
    out.append(any(m.group() == "x" for m in re.finditer(r".", s)))
    return out


@cases(("a b",))
def keyword_order(s):
    log = []

    def note(x):
        log.append(x)
        return x
    r = re.sub(string=note(s), repl=note("-"), pattern=r"\s", count=note(1))
    return [r, log]


@cases(("abc",), ("",), ("zz",))
def match_values(s):
    m = re.search(r"b(c)?", s)
    out = [bool(m), m is None, not m, m == None, m != None, (m and m.group()) or "-", str(m), f"{m}", f"{m!r}"]  # noqa: E711
    try:
        out.append(json.dumps(m))
    except TypeError as e:
        out.append(str(e))
    n = m
    out.append(n is m)
    if m is not None:
        out.append(m.group(1) or "none")
    return out


@cases(("a1b22",), ("",))
def local_constant_pattern(s):
    pattern = r"\d+"
    flags_free = re.compile(pattern)
    return [re.findall(pattern, s), flags_free.sub("#", s), [m.span() for m in re.finditer(pattern, s)]]


def _find(s):
    return re.search(r"(\d)", s)


@cases(("a1",), ("b",), ("",))
def helper_returns_match(s):
    m = _find(s)
    out = ["digit" if m else "none", bool(m), not m, m[1] if m else None, m is None]
    found = [re.match(r"\w", w) for w in [s, "x", ""]]
    out.append([bool(f) for f in found])
    out.append([f[0] for f in found if f])
    return out


@cases((r"\1-\2-\g<0>",), ("plain",), (r"\3",), (r"\g<w>",), (None,), (r"\n\\",))
def match_expand(t):
    m = re.match(r"(a)(b)?", "ax")
    try:
        return [m.expand(t), m.expand(r"<\1>")]
    except Exception as e:
        return repr(e)


@cases(("abc", 1, 2), ("abc", -3, 100), ("abc", 3, 2), ("a\U0001F600bc", 2, 3), ("ab\nc", 0, 2), ("abc", None, 2),
       ("abc", 1, None), ("abc", 1.5, 2), (None, 0, 1), ("abcd", 1, 3))
def pos_endpos(s, pos, end):
    w = re.compile(r"(\w)")
    out = []
    for f in (lambda: w.search(s, pos, end), lambda: w.match(s, pos), lambda: w.fullmatch(s, pos, end),
              lambda: re.compile(r"^.").search(s, pos), lambda: re.compile(r".$").search(s, 0, end),
              lambda: re.compile(r"(?<=a)\w").search(s, pos), lambda: re.compile(r"").search(s, pos, end),
              lambda: w.search(s, endpos=end), lambda: re.compile(r"\w\b").search(s, pos, end)):
        try:
            m = f()
            out.append(None if m is None else [m.group(), m.span(), m.pos, m.endpos, m.string])
        except Exception as e:
            out.append(repr(e))
    try:
        out.append([w.findall(s, pos, end), [m.span(1) for m in w.finditer(s, pos, end)], w.findall(s, pos)])
    except Exception as e:
        out.append(repr(e))
    return out


@cases(("a.b", "xa.bya+b a.b"), ("", "abc"), ("\U0001F600", "x\U0001F600y\U0001F600"), ("(", "f(x)"), (None, "x"),
       ("\\", "a\\b"), ("a b", "a b\na  b"), (5, "5"), ("\ud800", "x\ud800"))
def escaped_text(term, s):
    try:
        m = re.search(re.escape(term), s)
        return [None if m is None else m.span(), re.findall(re.escape(term), s), re.sub(re.escape(term), "_", s),
                re.split(re.escape(term), s, flags=re.M), re.subn(re.escape(term), lambda m: "<" + m.group() + ">", s),
                [m.span() for m in re.finditer(re.escape(term), s)], re.fullmatch(re.escape(term), s) is not None,
                re.match(re.escape(term), s, re.A | re.S) is not None]
    except TypeError as e:
        return str(e)


@cases(("ab \U0001F600 ", 16700), ("a", 100000), ("xb\nb", 25000))
def long_text_linear(unit, n):
    # about 100k characters: a group's position for every match of a finditer, and the search after an empty
    # match of a pattern that can match empty before a non-empty match (lazy, optional) take time linear in the
    # text (each used to find the match again on the rest of the text: minutes in QuickJS for this case)
    s = unit * n
    starts = 0
    ends = 0
    for m in re.finditer(r"(\w)(\w)?", s):
        starts += m.start(1) + m.start(2)
        ends += m.span(2)[1] - m.end(1)
    lazy = re.findall(r"b??", s)
    opt = re.findall(r"(b|)\b", s)
    subs = re.subn(r"(?:\w\w)??", "-", s)
    parts = re.split(r"\s??", s)
    return [starts, ends, len(lazy), lazy.count("b"), len(opt), opt.count("b"), len(subs[0]), subs[1],
            len(parts), parts[:3], subs[0][:12]]
