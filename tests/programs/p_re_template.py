"""Patterns assembled at run time from constant pieces and re.escape(text) (py2cs/re_template.py), IGNORECASE
with run-time text (py_RE_CI), m.lastindex / m.lastgroup."""
import re
from re import escape, search

from difftest import cases

TERMS = ["a", "", "a.b", "K", "k", "\u212a", "s", "\u017f", "\u03a3", "\u03c3", "\u03c2", "\u00df", "\u1e9e", "(x)",
         "\\", "a b", "\U0001F600", "[", "-", "#", " ", "x*", "i", "\u0130", "\u0131", "FF", "\ufb00", None, 5]
# (cased characters beyond U+FFFF, Deseret's \U00010400 / \U00010428, in a text under IGNORECASE are a py2cs TypeError
# when the call runs: tests/test_re_template.py; without IGNORECASE they are exact: astral_terms below)
TEXT = ("a.b ab K k \u212a kelvin s S \u017f \u03a3\u03c3\u03c2 \u00df \u1e9e ss (x) \\ a b \U0001F600 "
        "\U00010400\U00010428 [ - # x* i I \u0130 \u0131 ff FF \ufb00, a,b , K ,")
TAGS = "red, green,blue ,  dark red,x*,\u212a"


@cases(*[(t, TEXT) for t in TERMS], ("b", "ab b abc b"), ("", ""), ("a", ""))
def word_search(q, s):
    try:
        m = re.search(r"\b" + re.escape(q) + r"\b", s)
        return [None if m is None else [m.span(), m.group()], re.findall(r"\b" + re.escape(q) + r"\b", s),
                re.findall(r"\b" + re.escape(q) + r"\b", s, re.I), re.sub(re.escape(q) + r"\b", "<\\g<0>>", s),
                re.split(r"\s*" + re.escape(q), s, 3), re.subn("(" + re.escape(q) + ")", r"[\1]", s, flags=re.I),
                [m.span() for m in re.finditer(re.escape(q), s, re.IGNORECASE)],
                re.fullmatch(re.escape(q) + ".*", s, re.S) is not None, re.match(re.escape(q), s, re.I | re.A) is not None,
                re.split(f"({re.escape(q)})", s), re.sub(re.escape(q), "*", s, flags=re.I)]
    except (TypeError, re.error) as e:
        return [type(e).__name__, str(e)]


@cases(*[(t, TEXT) for t in ("\U00010400", "\U00010428", "\U00010400\U00010428")])
def astral_terms(q, s):
    return [re.findall(r"\b" + re.escape(q) + r"\b", s), re.split("(" + re.escape(q) + ")", s),
            re.findall("x|" + re.escape(q), s), [m.span() for m in re.finditer(re.escape(q), s, re.A | re.I)],
            re.sub(re.escape(q) + "+", "*", s)]


@cases(*[(t, TAGS) for t in ["red", "dark red", "x*", "", "k", "K", "\u212a", "blue", "green,blue"]], ("a", ""))
def tag_in_list(tag, s):
    try:
        pat = rf"(?:^|,)\s*{re.escape(tag)}\s*(?:,|$)"
        return [re.search(pat, s) is not None, re.search(pat, s, re.I) is not None,
                re.findall(f"(?i)(?:^|,)\\s*({re.escape(tag)})", s), bool(search(pat, s, flags=re.M))]
    except (TypeError, re.error) as e:
        return [type(e).__name__, str(e)]


WORDS = [["red", "green"], [], [""], ["a.b", "a"], ["k", "\u017f"], ["x", "xy", "y"], ["(", ")"], ["\U0001F600", "b"],
         ("s", "ss"), "ab", {"k": 1, "s": 2}, [1, "a"], 3, ["\u03c3", "\u00df"]]


@cases(*[(w, TEXT) for w in WORDS], (["a"], "aaa"))
def join_alternation(words, s):
    try:
        out = [re.findall("|".join(map(re.escape, words)), s),
               re.findall(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", s, re.I),
               re.sub("(" + "|".join([re.escape(w) for w in words]) + ")", r"<\1>", s),
               re.split(f"(?:{'|'.join(map(escape, words))})", s, 2)]
        p = re.compile("^(?P<w>" + "|".join(map(re.escape, words)) + ")", re.I | re.M)
        m = p.search(s)
        out.append([p.pattern, p.flags, p.groups, repr(p), None if m is None else [m.group("w"), m.lastindex,
                                                                                    m.lastgroup]])
        out.append([[m.span(), m.lastgroup] for m in p.finditer(s)])
        return out
    except (TypeError, re.error) as e:
        return [type(e).__name__, str(e)]


@cases(("a", "xa+ aaa a"), ("", "xx x"), ("ab", "abbb ab a"), ("\u00df", "\u00df\u00df \u1e9e ss"), ("(", "(( ("),
       ("\U0001F600", "\U0001F600\U0001F600"))
def quantified_holes(t, s):
    out = []
    for mk in (lambda: re.findall("x" + re.escape(t) + "+", s), lambda: re.findall(re.escape(t) + "+", s),
               lambda: re.findall(re.escape(t) + "{2}", s, re.I), lambda: re.findall("(" + re.escape(t) + ")?x", s),
               lambda: re.findall("(?:" + re.escape(t) + ")+", s) if t else None,   # empty: a py2cs TypeError
               lambda: re.findall("(?<=" + re.escape(t) + ")x", s), lambda: re.findall("(?i:" + re.escape(t) + ")x", s),
               lambda: re.findall(re.escape(t) + re.escape(t), s), lambda: re.findall(re.escape(t) + "|x", s)):
        try:
            out.append(mk())
        except (TypeError, re.error) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(("a", "a\na\n"), ("b", "x\nb"), ("", "\n"), ("", "ab"))
def error_positions(t, s):
    out = []
    try:
        out.append(re.compile("(?m)^x\n" + re.escape(t) + "*").pattern)
    except re.error as e:
        out.append(str(e))
    try:
        out.append(re.findall("ab" + re.escape(t) + "??", s))
    except re.error as e:
        out.append(str(e))
    try:
        out.append(re.findall(re.escape(t) + re.escape(t) + "+", s))
    except re.error as e:
        out.append(str(e))
    try:
        out.append(re.findall(re.escape(s) + "(" + re.escape(t) + "+)", s))
    except re.error as e:
        out.append(str(e))
    return out


@cases(("a.b", "xa.bx a.b"), ("K", "k K \u212a"), ("", "abc"))
def named_pattern(q, s):
    p = re.escape(q) + r"(\w)?"
    words = r"(?i)\b" + re.escape(q)
    c = re.compile(p)
    return [re.findall(p, s), re.sub(words, "#", s), c.findall(s), c.sub("-", s), c.pattern, len(p),
            [m.lastindex for m in c.finditer(s)], re.subn(p, lambda m: m.group().upper(), s)]


def _last(m):
    return None if m is None else [m.lastindex, m.lastgroup, m.groups()]


@cases(("ab",), ("b",), ("abc",), ("",), ("aXc",), ("ac",), ("bc",), ("abab",))
def last_index(s):
    return [_last(re.search(r"((a)b)", s)), _last(re.search(r"(a)(b)", s)), _last(re.search(r"(a)|(b)", s)),
            _last(re.search(r"(?P<x>a)(?P<y>b)?", s)), _last(re.search(r"(?P<x>a(?P<y>b))", s)),
            _last(re.search(r"a(?=(b))", s)), _last(re.search(r"(?:(a)b)+", s)), _last(re.search(r"((a)|b)c?", s)),
            _last(re.search(r"(a)?(b)?(c)?", s)), _last(re.search(r"(?P<n>a)?b", s)),
            _last(re.search(r"(a(b)?)(c)?", s)), _last(re.search(r"(?!(x))(a)", s)), _last(re.search(r"x|(a)", s)),
            _last(re.search(r"(?P<o>(?P<i>a)b)+", s)), _last(re.search(r"(?<=(a))b", s)), _last(re.match(r"\w*", s)),
            _last(re.fullmatch(r"(a|ab)(c|bcd)?", s)), _last(re.search(r"(?=(a)).", s))]


@cases((["Apple pie", "apple", "grape", "Pineapple"], "apple"), ([], ""), (["a.b", "axb", ""], "a.b"),
       (["K", "k", "x"], "\u212a"), (["a", "b"], ""))
def table_filter(rows, q):
    # a search box filtering rows: the pattern in a variable, read in comprehensions and lambdas
    p = r"\b" + re.escape(q)
    c = r"^\w"
    words = q.split()
    any_word = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.I)
    return [[r for r in rows if re.search(p, r, re.I)], [r for r in rows if re.match(c, r)],
            list(filter(lambda r: re.search(p, r) is not None, rows)), sorted(rows, key=lambda r: re.sub(p, "", r, flags=re.I)),
            [bool(any_word.search(r)) for r in rows], any_word.pattern]
