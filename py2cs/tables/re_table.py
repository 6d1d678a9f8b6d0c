"""The re module as docs/subset.md shows it (rendered by py2cs/docgen.py; lowering: py2cs/lower/relow.py,
translation: py2cs/re_translate.py, runtime: templates/runtime/re.js)."""
from __future__ import annotations

FUNCTIONS = [
    ("re.match(pattern, string, flags=0)", "match object or `None`", "a match at the start"),
    ("re.search(pattern, string, flags=0)", "match object or `None`", "the first match"),
    ("re.fullmatch(pattern, string, flags=0)", "match object or `None`", "a match of the whole string"),
    ("re.findall(pattern, string, flags=0)", "`list`", "the matches; with one group its texts, with several "
     "tuples of them (`''` for a group that did not take part)"),
    ("re.finditer(pattern, string, flags=0)", "match objects", "only where consumed at once: a `for` loop or a "
     "comprehension (also through `enumerate()`), `list()` or `tuple()`"),
    ("re.sub(pattern, repl, string, count=0, flags=0)", "`str`", "`repl`: a string literal (`\\1`, `\\g<name>`, "
     "`\\g<0>`, escapes; a bad template raises `re.error` when the call runs, as in CPython), a string computed "
     "at run time (parsed as CPython parses it; a `\\g<...>` reference that is neither a name nor ASCII digits "
     "raises a py2cs TypeError) or a function of the match"),
    ("re.subn(pattern, repl, string, count=0, flags=0)", "`(str, int)` tuple", "as `re.sub`, with the number "
     "of replacements"),
    ("re.split(pattern, string, maxsplit=0, flags=0)", "`list`", "the groups' texts in between (`None` for a "
     "group that did not take part)"),
    ("re.escape(pattern)", "`str`", "escapes the characters CPython 3.7+ escapes"),
    ("re.compile(pattern, flags=0)", "compiled pattern", "at module level or in the function; its methods "
     "`match`, `search`, `fullmatch`, `findall`, `finditer` (also with `pos` and `endpos`), `sub`, `subn`, `split` and "
     "attributes `pattern`, `flags`, `groups`; `repr()` as CPython's"),
]

MATCH = ("Match objects: truth (`if m:`, `m is None`), `m.group()`, `m.group(1)`, `m.group('name')`, "
         "`m.group(1, 2)`, `m[1]`, `m['name']`, `m.groups(default=None)`, `m.groupdict(default=None)`, "
         "`m.start()`, `m.end()`, `m.span()`, `m.start(1)`, `m.span('name')`... (in code points as CPython counts), `m.string`, "
         "`m.pos`, `m.endpos`, `m.expand(template)`, `str(m)`/`repr(m)` as CPython (`<re.Match object; span=(0, 3), match='abc'>`). "
         "`m.lastindex` and `m.lastgroup` (`None` when no group took part; the last group to take part in the order "
         "of the groups' closing parentheses, which is where CPython's engine sets them). "
         "`m.re` is refused. Returning a match object or a pattern from a callback raises `TypeError: Object of "
         "type Match is not JSON serializable` (the output is not updated), as Dash's server fails to serialise it "
         "(`InvalidCallbackReturnValue`, HTTP 500); `py2cs check` counts both as raising.")

SEMANTICS = [
    "Patterns are compile-time constants: a string literal, a module-level constant string, a variable of the "
    "function assigned a string literal once (`pattern = r\"\\d+\"` at the top level of its body, not rebound "
    "by a nested function through `nonlocal`), or a "
    "pattern compiled from one with `re.compile` (a name bound once). py2cs parses each with CPython's own parser "
    "(`re._parser`) when it transpiles, so an invalid pattern is reported with CPython's `re.error` message and "
    "position.",
    "Patterns made at run time from constant pieces and escaped text: `re.escape(text)` alone, joined to constant "
    "strings with `+` or in an f-string (`r\"\\b\" + re.escape(q) + r\"\\b\"`, `rf\"(?:^|,)\\s*{re.escape(tag)}\"`), "
    "and `\"|\".join(map(re.escape, words))` (or `(re.escape(w) for w in words)`, a list comprehension) as the "
    "whole body of a group or of the pattern, outside repetitions and lookbehinds; as the argument of every "
    "function above, `re.compile` and its methods, with any flags, or through a variable of the function bound "
    "once to such an expression. The pattern is translated when py2cs transpiles, with a hole where each text "
    "goes; the texts are written in as literal characters when the call runs (one compiled pattern per text). "
    "Under IGNORECASE each character of the text matches the characters CPython 3.11 matches with it (`k`, `K` "
    "and the Kelvin sign, `s`/`S`/`ſ`, the three sigmas, `ß`/`ẞ`), not the browser's case folding. A text that "
    "is empty where that changes the pattern (`x` + text + `+`) gets the pattern CPython reads, and CPython's "
    "`re.error` (with its position) where CPython rejects it; an empty text inside a repetition "
    "(`(?:` + text + `)+`) raises a py2cs TypeError when the call runs, and so does a text holding a cased character beyond U+FFFF (Deseret, Osage, Adlam...) under IGNORECASE (CPython 3.11 matches it as a literal but not once it has made a set of it: `'x|' + re.escape(q)`). Refused when transpiling: a text inside "
    "`[...]`, right after a backslash or a `{`, in a group name or a comment, other separators than `\"|\"`.",
    "Flags: `re.IGNORECASE`/`re.I`, `re.MULTILINE`/`re.M`, `re.DOTALL`/`re.S`, `re.ASCII`/`re.A`, "
    "`re.VERBOSE`/`re.X`, `re.UNICODE`/`re.U`, combined with `|`, and inline `(?aimsx)` / `(?i:...)`; "
    "`re.LOCALE` and bytes patterns are refused.",
    "Every character class (`\\d`, `\\w`, `\\s`, `.`, `[...]`, a literal under IGNORECASE) becomes an explicit "
    "set of code points computed by CPython 3.11's engine itself, so Unicode digits and letters, Python's "
    "whitespace (`\\x1c`-`\\x1f` yes, `\\ufeff` no) and its case-insensitive matching (`ſ`, `K`, `ß`/`ẞ`) "
    "agree whatever Unicode version the browser has. Anchors follow Python: `$` also before a final newline, "
    "MULTILINE lines end at `\\n` only, `\\b`/`\\B` follow Python's `\\w`, `\\A`, `\\Z`.",
    "`re.error` (raised for a bad replacement template) can be caught: `except re.error as e`.",
    "Empty matches in `findall`, `finditer`, `sub`, `subn` and `split` follow CPython 3.7+ (an empty match "
    "right after a match is allowed, a non-empty match may start where an empty one ended); positions count "
    "code points (an emoji is one character).",
]

# (construct, example body (a function f(s) of a module that imports re))
REFUSED = [
    ("an invalid pattern (CPython's re.error)", "    return re.match(r'(?P<1>a)', s)"),
    ("a pattern computed at run time", "    return re.match(s, 'abc')"),
    ("a pattern joined to text that is not escaped", "    return re.findall(r'\\b' + s, 'a b')"),
    ("re.escape(text) inside a character class", "    return re.findall('[' + re.escape(s) + ']', 'a b')"),
    ("re.escape(text) where it could continue an escape or a {m,n}",
     "    return re.findall('a{' + re.escape(s) + '}', 'a b')"),
    ("`\"|\".join` of escaped texts that is not the whole body of a group",
     "    return re.findall(r'\\b' + '|'.join(map(re.escape, s)), 'a b')"),
    ("a join of escaped texts with another separator", "    return re.findall(', '.join(map(re.escape, s)), 'a b')"),
    ("a possessive quantifier", "    return re.match(r'a*+', s)"),
    ("an atomic group", "    return re.match(r'(?>ab|a)c', s)"),
    ("a conditional group", "    return re.match(r'(a)?(?(1)b|c)', s)"),
    ("a backreference to a group that may not take part (JavaScript matches the empty string there)",
     "    return re.search(r'(a)?b\\1', s)"),
    ("a backreference under IGNORECASE", "    return re.search(r'(a)\\1', s, re.I)"),
    ("a capturing group that an iteration of a repetition may skip (JavaScript forgets its value)",
     "    return re.match(r'(?:(a)|b)+', s)"),
    ("a repetition of a part that can match the empty string", "    return re.findall(r'(?:a?)*', s)"),
    ("a backreference inside a lookbehind", "    return re.findall(r'(a)(?<=\\1)', s)"),
    ("a capturing group repeated inside a lookbehind (JavaScript keeps the leftmost repetition)",
     "    return re.findall(r'(?<=(\\w){2})x', s)"),
    ("re.LOCALE", "    return re.match(r'a', s, re.LOCALE)"),
    ("a finditer() kept for later", "    it = re.finditer(r'a', s)\n    return [m.group() for m in it]"),
]
