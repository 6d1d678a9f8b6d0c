"""Compile-time translation of a constant Python regular expression into a JavaScript RegExp source.

The pattern is parsed by CPython's own parser (``re._parser``, sre_parse), so an invalid pattern fails with
CPython's ``re.error`` message and every construct is read as CPython reads it. The parsed tree is written
back as a JavaScript source for the ``u`` flag (code points, as Python's str), using only constructs whose
meaning is the same in both engines:

* every set of characters (a literal under IGNORECASE, ``[...]``, ``\\d``, ``\\w``, ``\\s``, ``.``) is written
  as an explicit class of code-point ranges computed by CPython's engine itself (the item is matched against
  every code point), so Unicode data and case folding are CPython 3.11's, whatever the JavaScript engine knows;
* anchors are written as lookarounds (Python's ``$`` matches before a final newline, MULTILINE lines end at
  ``\\n`` only, ``\\b`` follows Python's ``\\w``); no JavaScript flag but ``u`` (and ``g``/``y``) is used;
* what cannot be made exact is refused (:class:`Unsupported`): possessive quantifiers, atomic groups,
  conditional groups, backreferences that may refer to a group that did not take part (JavaScript matches the
  empty string there, Python fails), backreferences under IGNORECASE or inside a lookbehind, capturing groups
  inside a repetition where they may be skipped in an iteration (JavaScript forgets them, Python keeps the
  previous iteration's), and repetitions of a part that can match the empty string.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import re._compiler as _C
import re._constants as K
import re._parser as P

FLAG_NAMES = {"I": re.I, "IGNORECASE": re.I, "M": re.M, "MULTILINE": re.M, "S": re.S, "DOTALL": re.S,
              "A": re.A, "ASCII": re.A, "X": re.X, "VERBOSE": re.X, "U": re.U, "UNICODE": re.U, "NOFLAG": 0}
REFUSED_FLAGS = {"L": "re.LOCALE", "LOCALE": "re.LOCALE", "DEBUG": "re.DEBUG", "T": "re.TEMPLATE",
                 "TEMPLATE": "re.TEMPLATE"}
SUPPORTED_FLAGS = re.I | re.M | re.S | re.A | re.X | re.U


class Unsupported(Exception):
    """A construct py2cs cannot translate exactly: (what, hint)."""

    def __init__(self, what: str, hint: str):
        super().__init__(what)
        self.what = what
        self.hint = hint


class PatternError(Exception):
    """CPython rejects the pattern: ``str(re.error)``; ``pos``: its index in the pattern."""

    def __init__(self, text: str, pos=None):
        super().__init__(text)
        self.pos = pos


@dataclass(frozen=True)
class Translated:
    pattern: str           # the Python pattern
    flags: int             # the Python flags as CPython reports them (pattern.flags)
    source: str            # JavaScript RegExp source (flag 'u')
    ne_source: str | None  # the same behind a marker group 1 that refuses an empty match (None: not needed)
    groups: int
    groupindex: tuple      # ((name, index), ...)
    minwidth: int
    maxwidth: int          # capped at 2**31
    local: bool = False    # no lookaround: a match reads the text only within it and one code point before it,
                           # two after it (anchors), so the runtime may run it again on a window of the text
    close_order: tuple = ()  # the groups in the order of their closing parentheses (close_order())


_ALL: list = []


def _all_chars() -> str:
    if not _ALL:
        _ALL.append("".join(map(chr, range(0x110000))))
    return _ALL[0]


_RANGES: dict = {}


def _char_ranges(item_repr: str, flags: int, item) -> tuple:
    """The code points the one-character item matches under flags, as sorted (lo, hi) ranges: CPython's answer."""
    key = (item_repr, flags)
    if key not in _RANGES:
        _RANGES[key] = _scan(flags, item)
    return _RANGES[key]


def _scan(flags, item) -> tuple:
    st = P.State()
    st.flags = flags
    sp = P.SubPattern(st, [(K.MAX_REPEAT, (1, K.MAXREPEAT, P.SubPattern(st, [item])))])
    rx = _C.compile(sp, flags)
    return tuple((m.start(), m.end() - 1) for m in rx.finditer(_all_chars()))


def _cp(c: int) -> str:
    if 0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A or c == 0x5F:
        return chr(c)
    return "\\u{%X}" % c


def _class(ranges) -> str:
    if not ranges:
        return "[]"
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _cp(ranges[0][0])
    comp, prev = [], 0
    for lo, hi in ranges:
        if lo > prev:
            comp.append((prev, lo - 1))
        prev = hi + 1
    if prev <= 0x10FFFF:
        comp.append((prev, 0x10FFFF))

    def body(rs):
        return "".join(_cp(lo) if lo == hi else _cp(lo) + ("-" if hi > lo + 1 else "") + _cp(hi) for lo, hi in rs)
    if not comp:
        return "[\\s\\S]"
    if len(comp) < len(ranges):
        return "[^" + body(comp) + "]"
    return "[" + body(ranges) + "]"


_ANY_CHAR = "[\\s\\S]"
# a reference to a runtime string of ranges (a class body) inside a source: "\0W\0" (see sources())
REF = "\0%s\0"
_CATEGORY_REFS = {K.CATEGORY_DIGIT: ("D", True), K.CATEGORY_NOT_DIGIT: ("D", False), K.CATEGORY_WORD: ("W", True),
                  K.CATEGORY_NOT_WORD: ("W", False), K.CATEGORY_SPACE: ("S", True),
                  K.CATEGORY_NOT_SPACE: ("S", False)}


def category_ranges(name: str) -> list:
    """The code point ranges (lo, hi) of \\d, \\w or \\s in Unicode mode, as CPython 3.11 matches them."""
    cat = {"D": K.CATEGORY_DIGIT, "W": K.CATEGORY_WORD, "S": K.CATEGORY_SPACE}[name]
    item = (K.IN, [(K.CATEGORY, cat)])
    return _char_ranges(repr(item), re.U, item)


def category_body(name: str) -> str:
    """The class body (ranges) of \\d, \\w or \\s in Unicode mode, as CPython 3.11 matches them (py_RE_D/W/S)."""
    return "".join(_cp(lo) if lo == hi else _cp(lo) + ("-" if hi > lo + 1 else "") + _cp(hi)
                   for lo, hi in category_ranges(name))


def category_source(name: str) -> str:
    """category_body's ranges as re.js ships them for py_re_ranges() to expand: 'gap.length' in base 36 per
    range (the gap from the end of the previous range; '.length' left out for one code point), a quarter of
    the expanded text's bytes."""
    def b36(n: int) -> str:
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        out = ""
        while True:
            n, r = divmod(n, 36)
            out = digits[r] + out
            if n == 0:
                return out
    parts, nxt = [], 0
    for lo, hi in category_ranges(name):
        parts.append(b36(lo - nxt) + ("." + b36(hi - lo) if hi > lo else ""))
        nxt = hi + 1
    return ",".join(parts)


class _Writer:
    def __init__(self, goff: int):
        self.goff = goff          # group numbers are shifted by goff (a marker group in front)

    def charset(self, item, flags) -> str:
        op, av = item
        if op is K.LITERAL and not flags & re.I:
            return _cp(av)
        if op is K.ANY:
            return _ANY_CHAR if flags & re.S else "[^\\n]"
        if op is K.IN and not flags & (re.I | re.A) and any(o is K.CATEGORY for o, _ in av):
            out = self.category_class(av)
            if out is not None:
                return out
        return _class(_char_ranges(repr(item), flags & ~(re.M | re.S | re.X), item))

    def category_class(self, av):
        """[...] with \\d \\w \\s in Unicode mode: the categories are runtime strings (py_RE_D/W/S, re.js)."""
        neg = av[0][0] is K.NEGATE
        pos, negs = [], []
        for o, a in av[1 if neg else 0:]:
            if o is K.LITERAL:
                pos.append(_cp(a))
            elif o is K.RANGE:
                pos.append(_cp(a[0]) + "-" + _cp(a[1]))
            elif o is K.CATEGORY and a in _CATEGORY_REFS:
                name, positive = _CATEGORY_REFS[a]
                (pos if positive else negs).append(REF % name)
            else:
                return None
        p = "".join(pos)
        if not neg:
            parts = (["[" + p + "]"] if p else []) + ["[^" + n + "]" for n in negs]
            return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if not negs:
            return "[^" + p + "]"
        return "(?:" + ("(?![" + p + "])" if p else "") + "".join("(?![^" + n + "])" for n in negs[1:]) + \
            "[" + negs[0] + "])"

    def word(self, flags) -> str:
        if not flags & re.A:
            return "[" + REF % "W" + "]"
        item = (K.IN, [(K.CATEGORY, K.CATEGORY_WORD)])
        return _class(_char_ranges(repr(item), flags & re.A | (0 if flags & re.A else re.U), item))

    def seq(self, sp, flags, certain: set, ctx: dict) -> tuple[str, set]:
        out = []
        for item in sp:
            s, certain = self.item(item, flags, certain, ctx)
            out.append(s)
        return "".join(out), certain

    def item(self, item, flags, certain, ctx):
        op, av = item
        if op in (K.LITERAL, K.NOT_LITERAL, K.IN, K.ANY, K.CATEGORY):
            return self.charset(item, flags), certain
        if op is K.SUBPATTERN:
            group, add, dele, sub = av
            if add & re.U and flags & re.A:
                raise Unsupported("(?u:...) inside an ASCII pattern (re.ASCII or (?a))",
                                  "CPython 3.11 matches it inconsistently: its search looks for a first character "
                                  "in the pattern's ASCII classes, so re.search(r'(?u:\\w)', 'é', re.A) is None "
                                  "where re.match finds 'é'; drop re.ASCII, or write the Unicode class outside it")
            if add & (re.A | re.L | re.U):       # re._compiler._combine_flags: a type flag replaces the others
                flags &= ~(re.A | re.L | re.U)
            f = (flags | add) & ~dele
            body, certain2 = self.seq(sub, f, set(certain), dict(ctx, open=ctx.get("open", ()) + (group,)))
            if group is None:
                return "(?:" + body + ")", certain2
            if ctx.get("behind_repeat"):
                raise Unsupported("a capturing group repeated inside a lookbehind",
                                  "JavaScript runs a lookbehind from right to left, so the group keeps the leftmost "
                                  "repetition where Python keeps the rightmost: write the repetitions out, "
                                  "(?<=(a)(b)) for (?<=(a|b){2})")
            if ctx.get("repeat") and not ctx.get("mandatory", True):
                raise Unsupported("a capturing group that an iteration of a repetition may skip",
                                  "JavaScript forgets the group's value from an earlier iteration where Python keeps "
                                  "it: make the group non-capturing (?:...) or capture the whole repetition")
            return "(" + body + ")", certain2 | {group}
        if op in (K.MAX_REPEAT, K.MIN_REPEAT):
            lo, hi, sub = av
            inner_ctx = dict(ctx)
            if lo == 0 and ctx.get("repeat"):
                inner_ctx["mandatory"] = False
            if hi is K.MAXREPEAT or hi > 1:
                if sub.getwidth()[0] == 0:
                    raise Unsupported("a repetition of a part that can match the empty string",
                                      "make the repeated part match at least one character, e.g. (?:a+)* -> a*")
                inner_ctx["repeat"] = True
                if ctx.get("behind"):
                    inner_ctx["behind_repeat"] = True
            body, certain2 = self.seq(sub, flags, set(certain), inner_ctx)
            if not (len(sub) == 1 and sub[0][0] in (K.LITERAL, K.NOT_LITERAL, K.IN, K.ANY, K.CATEGORY)):
                body = "(?:" + body + ")"
            elif body.startswith("\\u{") and not body.endswith("}"):
                body = "(?:" + body + ")"
            if lo == 0 and hi == 1 and sub.getwidth()[0] == 0:
                # JavaScript rejects an optional iteration that matches the empty string (V8 follows the spec's
                # RepeatMatcher: /(a?)?b/ leaves group 1 unset on 'b'), CPython keeps it: an alternation does not
                return ("(?:" + body + "|)" if op is K.MAX_REPEAT else "(?:|" + body + ")"), certain
            if hi is K.MAXREPEAT:
                q = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
            elif lo == hi:
                q = "{%d}" % lo
            elif lo == 0 and hi == 1:
                q = "?"
            else:
                q = "{%d,%d}" % (lo, hi)
            if op is K.MIN_REPEAT:
                q += "?"
            return body + q, (certain2 if lo >= 1 else certain)
        if op is K.BRANCH:
            _, alts = av
            parts = []
            for alt in alts:
                s, _c = self.seq(alt, flags, set(certain), dict(ctx, mandatory=not ctx.get("repeat")))
                parts.append(s)
            return "(?:" + "|".join(parts) + ")", certain
        if op in (K.ASSERT, K.ASSERT_NOT):
            direction, sub = av
            c = dict(ctx)
            if direction < 0:
                c["behind"] = True
            if op is K.ASSERT_NOT:
                c["mandatory"] = not ctx.get("repeat")
            body, certain2 = self.seq(sub, flags, set(certain), c)
            head = ("(?=" if direction > 0 else "(?<=") if op is K.ASSERT else ("(?!" if direction > 0 else "(?<!")
            return head + body + ")", (certain2 if op is K.ASSERT else certain)
        if op is K.GROUPREF:
            if flags & re.I:
                raise Unsupported("a backreference under IGNORECASE",
                                  "JavaScript compares the two texts with other case rules; compare them in Python "
                                  "code (m.group(1).lower() == m.group(2).lower())")
            if ctx.get("behind"):
                raise Unsupported("a backreference inside a lookbehind",
                                  "JavaScript matches a lookbehind from right to left; check it in Python code")
            if av not in certain:
                raise Unsupported(f"a backreference to group {av}, which may not take part in the match,",
                                  "JavaScript matches the empty string for a group that did not take part where "
                                  "Python fails; refer only to a group that is not optional or in an alternative")
            return "(?:\\%d)" % (av + self.goff), certain
        if op is K.AT:
            return self.at(av, flags), certain
        if op is K.GROUPREF_EXISTS:
            raise Unsupported("a conditional group (?(1)...|...)",
                              "write the alternatives as separate patterns and test the group in Python code")
        if op is K.ATOMIC_GROUP:
            raise Unsupported("an atomic group (?>...)", "JavaScript has no atomic groups; rewrite without (?>...)")
        if op is K.POSSESSIVE_REPEAT:
            raise Unsupported("a possessive quantifier (*+, ++, ?+, {m,n}+)",
                              "JavaScript has no possessive quantifiers; use the greedy form")
        raise Unsupported(f"the regular expression construct {op}", "simplify the pattern")

    def at(self, code, flags) -> str:
        if code is K.AT_BEGINNING:
            return "(?<![^\\n])" if flags & re.M else "(?<![\\s\\S])"
        if code is K.AT_BEGINNING_STRING:
            return "(?<![\\s\\S])"
        if code is K.AT_END:
            return "(?![^\\n])" if flags & re.M else "(?=\\n?(?![\\s\\S]))"
        if code is K.AT_END_STRING:
            return "(?![\\s\\S])"
        w = self.word(flags)
        if code is K.AT_BOUNDARY:
            return f"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))"
        if code is K.AT_NON_BOUNDARY:
            # CPython 3.11: \B never matches in an empty string
            return f"(?:(?<={w})(?={w})|(?<!{w})(?!{w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))"
        raise Unsupported(f"the anchor {code}", "simplify the pattern")


def _empty_first_is_last(sp) -> bool:
    """True when an empty match found first at a position means no non-empty match starts there (no lazy
    quantifier, no alternative that can match empty before one that cannot): then the search after an empty
    match needs no second RegExp (see Translated.ne_source), which costs time proportional to the text."""
    for op, av in sp:
        if op is K.MIN_REPEAT and av[1] != 0:
            return False
        if op in (K.MAX_REPEAT, K.MIN_REPEAT) and not _empty_first_is_last(av[2]):
            return False
        if op is K.SUBPATTERN and not _empty_first_is_last(av[3]):
            return False
        if op is K.BRANCH:
            alts = av[1]
            for i, alt in enumerate(alts):
                if not _empty_first_is_last(alt):
                    return False
                if alt.getwidth()[0] == 0 and any(b.getwidth()[1] > 0 for b in alts[i + 1:]):
                    return False
    return True


def _has_lookaround(sp) -> bool:
    """True when the parsed pattern has a lookahead or lookbehind (anywhere)."""
    for op, av in sp:
        if op in (K.ASSERT, K.ASSERT_NOT):
            return True
        if op in (K.MAX_REPEAT, K.MIN_REPEAT) and _has_lookaround(av[2]):
            return True
        if op is K.SUBPATTERN and _has_lookaround(av[3]):
            return True
        if op is K.BRANCH and any(_has_lookaround(alt) for alt in av[1]):
            return True
    return False


def parse(pattern: str, flags: int):
    try:
        return P.parse(pattern, flags)
    except re.error as e:
        raise PatternError(str(e), e.pos) from None


def sources(pattern: str, flags: int = 0):
    """(JavaScript source, the body of its non-empty form (group numbers shifted by one), parsed pattern):
    the pieces re_template.py splits at its markers. Raises PatternError or Unsupported."""
    if flags & ~SUPPORTED_FLAGS:
        raise Unsupported("a flag other than IGNORECASE, MULTILINE, DOTALL, ASCII, VERBOSE and UNICODE",
                          "drop re.LOCALE / re.DEBUG")
    p = parse(pattern, flags)
    gflags = p.state.flags
    src, _ = _Writer(0).seq(p, gflags, set(), {})
    ne, _ = _Writer(1).seq(p, gflags, set(), {})
    return src, ne, p


def close_order(p) -> tuple:
    """The capturing groups in the order their closing parentheses come in the pattern (a group closes after
    the groups inside it): the order CPython's engine sets their ends along a match, so m.lastindex is the last
    of them that took part (a repetition runs all its groups in each iteration: re_translate refuses a group an
    iteration may skip)."""
    out = []

    def walk(sp):
        for op, av in sp:
            if op is K.SUBPATTERN:
                walk(av[3])
                if av[0] is not None:
                    out.append(av[0])
            elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is K.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (K.ASSERT, K.ASSERT_NOT):
                walk(av[1])
            elif op is K.ATOMIC_GROUP:
                walk(av)
            elif op is K.GROUPREF_EXISTS:
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])
    walk(p)
    return tuple(out)


@lru_cache(maxsize=1024)
def translate(pattern: str, flags: int = 0) -> Translated:
    """Raises PatternError (CPython's re.error text) or Unsupported."""
    if not isinstance(pattern, str):
        raise Unsupported("a bytes pattern", "use a str pattern")
    if flags & ~SUPPORTED_FLAGS:
        raise Unsupported("a flag other than IGNORECASE, MULTILINE, DOTALL, ASCII, VERBOSE and UNICODE",
                          "drop re.LOCALE / re.DEBUG")
    p = parse(pattern, flags)
    gflags = p.state.flags
    lo, hi = p.getwidth()
    src, _ = _Writer(0).seq(p, gflags, set(), {})
    ne = None
    if lo == 0 and hi > 0 and not _empty_first_is_last(p):
        # an empty match at the start of a search is refused (CPython's must_advance after an empty match):
        # group 1 keeps the rest of the string at the start; the end must be elsewhere
        body, _ = _Writer(1).seq(p, gflags, set(), {})
        ne = "(?=([\\s\\S]*))(?:" + body + ")(?!\\1(?![\\s\\S]))"
    groupindex = tuple(sorted(p.state.groupdict.items(), key=lambda kv: kv[1]))
    return Translated(pattern, re.compile(pattern, flags).flags, src, ne, p.state.groups - 1, groupindex,
                      lo, min(hi, 2 ** 31), not _has_lookaround(p), close_order(p))
