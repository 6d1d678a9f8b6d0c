"""Patterns assembled at run time from constant pieces and escaped text (``r"\\b" + re.escape(q) + r"\\b"``,
``rf"(?:^|,){re.escape(tag)}"``, ``"(?:" + "|".join(map(re.escape, words)) + ")"``).

The pattern is translated at compile time as a template: each hole is written as a marker character (a code
point of a private use area, uncased, which the pattern does not contain) and the translation (re_translate.py)
is split at the markers' translations. At run time (templates/runtime/re.js, py_re_tpl) the holes' texts are
written as literal characters (under IGNORECASE as the classes of characters CPython matches, py_RE_CI) between
the pieces. That is exact only where the text of a hole is read as a sequence of literal characters whatever it
is, which is checked here:

* a hole must be literals of the parsed pattern (a marker there), not inside a character class, a group name or
  a comment, and what comes before it must not be an escape or a ``{m,n}`` its text could continue (the
  parser's tokenizer reads a backslash and one character, then digits for ``\\1``, ``\\0``, ``{``; every other
  construct that reads on fails with a marker or leaves it out of the sequence);
* an empty text changes the pattern (``x`` + hole + ``+``: the ``+`` applies to ``x``; ``(`` + hole + ``)?``):
  each combination of empty escaped holes is translated on its own (a variant), and where CPython rejects it
  the runtime raises CPython's re.error (with its position in the pattern made at run time), where py2cs
  cannot translate it exactly a py2cs TypeError;
* ``"|".join(...)`` is supported as the whole body of a group (or of the pattern), outside repetitions and
  lookbehinds: it is written as a non-capturing alternation of its items (``(?:)`` for none).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import re._constants as K

from . import re_translate as RT

MARK0 = 0xF0000
MAX_HOLES = 6

@dataclass(frozen=True)
class Template:
    pieces: tuple          # the Python pattern text around the holes (len(kinds) + 1)
    kinds: tuple           # per hole: "e" re.escape(text), "j" "|".join of escaped texts
    marker_text: str       # the pattern with a marker per hole (groups, names, flags: the same as the real one)
    tr: RT.Translated      # its translation (groups, groupindex, flags, close order, local)
    modes: tuple           # per hole: 0 as written, 1 IGNORECASE (Unicode), 2 IGNORECASE under ASCII
    variants: tuple        # per mask (bit i: escaped hole i empty): ("ok", src pieces, ne pieces, present) |
                           # ("error", message, position in that variant's text, marker positions) |
                           # ("unsupported", what, hint)
    rsuffix: str           # repr(re.compile(p, flags)) after the pattern's repr


def marker(i: int) -> str:
    """Two characters: one would be merged with others (a|b is the class [ab])."""
    return chr(MARK0 + 2 * i) + chr(MARK0 + 2 * i + 1)


def _marker_js(i: int) -> str:
    return RT._cp(MARK0 + 2 * i) + RT._cp(MARK0 + 2 * i + 1)


def _combine(flags, add, dele):
    if add & (re.A | re.L | re.U):
        flags &= ~(re.A | re.L | re.U)
    return (flags | add) & ~dele


def _find(sp, flags, ctx, n, found):
    """found[i]: [(where, flags, ctx)] for each marker i met in the parsed pattern."""
    def hit(av):
        return MARK0 <= av < MARK0 + 2 * n
    for op, av in sp:
        if op is K.LITERAL:
            if hit(av):
                found.setdefault(av - MARK0, []).append(("seq", flags, ctx))
        elif op is K.NOT_LITERAL:
            if hit(av):
                found.setdefault(av - MARK0, []).append(("class", flags, ctx))
        elif op is K.IN:
            for o, a in av:
                if o is K.LITERAL and hit(a):
                    found.setdefault(a - MARK0, []).append(("class", flags, ctx))
        elif op is K.SUBPATTERN:
            _find(av[3], _combine(flags, av[1], av[2]), ctx, n, found)
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            _find(av[2], flags, ctx | {"repeat"}, n, found)
        elif op is K.BRANCH:
            for alt in av[1]:
                _find(alt, flags, ctx, n, found)
        elif op in (K.ASSERT, K.ASSERT_NOT):
            _find(av[1], flags, ctx | ({"behind"} if av[0] < 0 else set()), n, found)
        elif op is K.ATOMIC_GROUP:
            _find(av, flags, ctx, n, found)
        elif op is K.GROUPREF_EXISTS:
            _find(av[1], flags, ctx, n, found)
            if av[2] is not None:
                _find(av[2], flags, ctx, n, found)


def _branch_is_join(sp, a, b) -> bool:
    """The parsed pattern has a group (or the pattern itself) whose body is exactly the alternation of the two
    two-character probes a and b."""
    def alt_is(alt, s):
        return len(alt) == 2 and all(op is K.LITERAL and av == ord(c) for (op, av), c in zip(alt, s))

    def walk(items):
        # (a non-capturing group is inlined by the parser: the alternation is one item among others there)
        for op, av in items:
            if op is K.BRANCH and len(av[1]) == 2 and alt_is(av[1][0], a) and alt_is(av[1][1], b):
                return True
            subs = []
            if op is K.SUBPATTERN:
                subs = [av[3]]
            elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
                subs = [av[2]]
            elif op is K.BRANCH:
                subs = av[1]
            elif op in (K.ASSERT, K.ASSERT_NOT):
                subs = [av[1]]
            for s in subs:
                if walk(s):
                    return True
        return False
    return walk(sp)


def hole_js(text: str, flags: int) -> str:
    """The translation of text as literal characters under flags (what re.js's py_re_hjs writes)."""
    w = RT._Writer(0)
    return "".join(w.charset((K.LITERAL, ord(c)), flags) for c in text)


def _split(src: str, present) -> list:
    parts, rest = [], src
    for i in present:
        tok = _marker_js(i)
        if rest.count(tok) != 1:
            raise _NotExact(f"the translation of hole {i} is not one piece")
        a, rest = rest.split(tok)
        parts.append(a)
    parts.append(rest)
    return parts


class _NotExact(Exception):
    pass


_HINT = ("put re.escape(text) where a literal character could stand: not inside [...], right after a backslash, "
         "inside {m,n}, a group name or a comment; or match the text with str methods (in, startswith, find)")


def analyze(pieces: tuple, kinds: tuple, flags: int) -> Template:
    """Raises RT.Unsupported (refused, with why and what to write) or RT.PatternError (CPython rejects every
    pattern the template can make)."""
    n = len(kinds)
    if n > MAX_HOLES:
        raise RT.Unsupported(f"a pattern with more than {MAX_HOLES} run-time parts", "assemble fewer parts")
    if any(ord(c) >= MARK0 for p in pieces for c in p):
        raise RT.Unsupported("a character of the supplementary private use areas in a pattern made at run time",
                             "write it as \\U000Fxxxx")
    if flags & ~RT.SUPPORTED_FLAGS:
        raise RT.Unsupported("a flag other than IGNORECASE, MULTILINE, DOTALL, ASCII, VERBOSE and UNICODE",
                             "drop re.LOCALE / re.DEBUG")

    def text(subst):
        return "".join(pieces[i] + subst[i] for i in range(n)) + pieces[n]

    markers = [marker(i) for i in range(n)]
    base = text(markers)
    try:
        src0, ne0, parsed = RT.sources(base, flags)
    except RT.PatternError as e:
        # the hole is not where literal text stands (a text may make the pattern valid there: a group name)
        raise RT.Unsupported(f"re.escape(text) at this place in the pattern (re.error with a marker there: {e})",
                             _HINT) from None
    found: dict = {}
    gflags = parsed.state.flags
    _find(parsed, gflags, frozenset(), n, found)
    modes = []
    for i in range(n):
        hits = found.get(2 * i, []) + found.get(2 * i + 1, [])
        if len(hits) != 2 or hits[0][0] != "seq" or hits[1][0] != "seq" or hits[0][1] != hits[1][1]:
            where = "inside a character class [...]" if any(h[0] == "class" for h in hits) else \
                "where it is not read as literal text"
            raise RT.Unsupported(f"re.escape(text) {where}", _HINT)
        fl, ctx = hits[0][1], hits[0][2] | hits[1][2]
        modes.append(0 if not fl & re.I else 2 if fl & re.A else 1)
        if kinds[i] == "j":
            if "repeat" in ctx or "behind" in ctx:
                raise RT.Unsupported("\"|\".join(...) of escaped texts inside a repetition or a lookbehind",
                                     "put the alternation in a group outside them, or build a list of patterns")
            probe = list(markers)
            probe[i] = chr(0xF8F0) + chr(0xF8F1) + "|" + chr(0xF8F2) + chr(0xF8F3)
            try:
                ok = _branch_is_join(RT.parse(text(probe), flags), probe[i][:2], probe[i][3:])
            except RT.PatternError:
                ok = False
            if not ok:
                raise RT.Unsupported("\"|\".join(...) of escaped texts that is not the whole body of a group",
                                     "write the alternation as a group of its own: r\"\\b(?:\" + \"|\".join(map("
                                     "re.escape, words)) + r\")\\b\"")
    tr = RT.translate(base, flags)
    try:
        base_src = _split(src0, range(n))
        base_ne = _split(ne0, range(n))
    except _NotExact:
        raise RT.Unsupported("re.escape(text) at this place in the pattern", _HINT) from None
    hole_flags = [found[2 * i][0][1] for i in range(n)]
    esc = [i for i in range(n) if kinds[i] == "e"]
    # what comes before a hole must end a token: its text would continue an escape (\\ + '0' is \\0, \\1 + '0' is
    # \\10) or a {m,n} (a{ + '2' + } is a{2}); every other construct that reads on (a class, a group name, a
    # comment, \\x.., \\N{...}) leaves the marker out of the sequence or fails with it (checked above)
    for i in range(n):
        before = "".join(pieces[k] + markers[k] for k in range(i)) + pieces[i]
        if _CONTINUES.search(before):
            raise RT.Unsupported("re.escape(text) right after a backslash, an escape with digits or an opening "
                                 "brace (the text could continue it)", _HINT)
    variants = []
    for mask in range(1 << n):
        if any(mask >> k & 1 and kinds[k] != "e" for k in range(n)):
            variants.append(None)
            continue
        subst = ["" if mask >> k & 1 else markers[k] for k in range(n)]
        present = [k for k in range(n) if not mask >> k & 1]
        t = text(subst)
        try:
            s, ne_, _ = RT.sources(t, flags)
        except RT.PatternError as e:
            msg = str(e)
            pos = e.pos
            m = re.match(r"(.*) at position \d+", msg, re.S)
            if m is None or pos is None:
                raise RT.Unsupported("re.escape(text) of an empty text here", _HINT) from None
            mpos = tuple(t.index(markers[k]) for k in present)
            variants.append(("error", m.group(1), pos, tuple(present), mpos))
            continue
        except RT.Unsupported as e:
            variants.append(("unsupported", e.what, e.hint))
            continue
        try:
            variants.append(("ok", tuple(_split(s, present)), tuple(_split(ne_, present)), tuple(present)))
        except _NotExact:
            raise RT.Unsupported("re.escape(text) at this place in the pattern", _HINT) from None
    if variants[0][0] != "ok" or list(variants[0][1]) != base_src or list(variants[0][2]) != base_ne:
        raise RT.Unsupported("re.escape(text) at this place in the pattern", _HINT)
    r = repr(re.compile("", flags))
    return Template(tuple(pieces), tuple(kinds), base, tr, tuple(modes), tuple(variants), r[len("re.compile(''"):])


_CONTINUES = re.compile(r"(?:^|[^\\])(?:\\\\)*\\(?:\d*|x[0-9a-fA-F]?)\Z|(?:^|[^\\])(?:\\\\)*\{[\d,]*\Z")


def ci_classes() -> list:
    """The classes of characters CPython 3.11 matches with each other under IGNORECASE (Unicode), those of two
    characters or more, as strings, in code point order: re.js's py_RE_CI (each cased character's class is found
    by scanning every code point with CPython's engine; tests/test_re_template.py checks that they partition the
    cased characters and that every other character matches only itself)."""
    import _sre
    chars = "".join(map(chr, range(0x110000)))
    seen, out = set(), []
    for c in range(0x110000):
        if c in seen or not _sre.unicode_iscased(c):
            continue
        rx = re.compile(re.escape(chr(c)), re.I)
        cls = [ord(m.group()) for m in rx.finditer(chars)]
        seen.update(cls)
        if len(cls) > 1:
            out.append("".join(map(chr, cls)))
    return out


def ci_js() -> str:
    """py_RE_CI as a JavaScript string literal (ASCII: \\u escapes, astral characters as surrogate pairs)."""
    s = ",".join(ci_classes())
    out = []
    units = s.encode("utf-16-le")
    for k in range(0, len(units), 2):
        v = units[k] | units[k + 1] << 8
        out.append(chr(v) if 0x20 <= v < 0x7F and chr(v) not in "'\\" else "\\u%04X" % v)
    return "'" + "".join(out) + "'"
