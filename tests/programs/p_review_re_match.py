"""Review of the re module and the match statement: findings fixed, as differential programs (QuickJS); the V8-only
ones are also checked in Chromium by tests/browser/test_review_re_v8.py."""
import re
from collections import Counter, defaultdict

from difftest import cases


def _outcome(f):
    try:
        return ["ok", f()]
    except Exception as ex:  # noqa: BLE001
        return [type(ex).__name__, str(ex)]


@cases(("ab", ["x"]), ("ab", "y"), ("ab", 3), ("ab", {"k": 1}))
def sub_unhashable_replacement(s, t):
    # CPython 3.11 caches compiled templates (lru_cache): an unhashable replacement raises "unhashable type"
    # there, before the str check ("decoding to str: need a bytes-like object, list found")
    vals = [t, tuple(t) if isinstance(t, list) else t, (1, t), Counter(), defaultdict(int), {1, 2}, {"a": t}, (1, 2)]
    out = []
    for v in vals:
        out.append(_outcome(lambda: re.sub(r"a", v, s)))
        out.append(_outcome(lambda: re.subn(r"a", v, "xyz")))
        out.append(_outcome(lambda: re.compile("(a)").sub(v, s, 1)))
        out.append(_outcome(lambda: re.match("(a)", "a").expand(v)))
    return out


@cases("b", "ab", "xb", "a", "ba", "")
def optional_empty_iteration(s):
    # an optional part that can match the empty string keeps its groups (V8 rejected the empty iteration)
    out = []
    for m in (re.match(r"(a?)?b", s), re.match(r"(a?)??b", s), re.match(r"(?=(a))?", s),
              re.match(r"(?:(x)|)?(?:a|)??b", s), re.search(r"(?:(a)|(b)?)?$", s)):
        out.append(None if m is None else [m.span(), m.groups(), [m.span(g) for g in range(1, len(m.groups()) + 1)]])
    return out


@cases("ab\U0001F601c", "\U0001F601", "\U0001F601\U0001F601x", "x\U0001F601\n", "", "\U0001F601 a\U0001F602")
def anchors_beside_astral(s):
    # V8 found lookaround-led matches between the halves of a surrogate pair (and findall/sub looped)
    return [re.findall(r"\Z", s), re.sub(r"$", "!", s), re.sub(r"^", ">", s, flags=re.M), re.split(r"(?<!b)", s),
            [m.span() for m in re.finditer(r"\B", s)], re.subn(r"(?!x)", "|", s), re.search(r"\Z", s).span()]


@cases(*[("ab", g) for g in [0, 1, 2, 3, -1, True, 1.5, None, "n", "x", [1], {"a": 1}, [[1]]]])
def group_index_of_any_type(s, g):
    # a non-int group of a pattern with named groups is looked up in its groupindex dict: a list or dict raises
    # "unhashable type" (TypeError), not IndexError; without named groups IndexError
    out = []
    for m in (re.search(r"(?P<n>a)(b)?", s), re.search(r"(a)(b)?", s)):
        out.append([_outcome(lambda: m.group(g)), _outcome(lambda: m[g]), _outcome(lambda: m.start(g)),
                    _outcome(lambda: m.span(g)), _outcome(lambda: m.group(0, g))])
    return out


@cases("b", "a", "")
def subscript_of_no_match(s):
    # re.match(...)[1] without a match: CPython's TypeError "'NoneType' object is not subscriptable" (was an
    # AttributeError, which `except TypeError` does not catch)
    m = re.match(r"(a)", s)
    try:
        first = m[1]
    except TypeError as e:
        first = "TypeError: " + str(e)
    return [first, _outcome(lambda: re.match(r"(a)", s)[0]), _outcome(lambda: m["x"] if m is None else m[1])]


@cases(("ab \U0001F600 " * 8000,), ("ab cd " * 8000,))
def many_matches_in_long_text(s):
    # match positions in a text with astral characters were counted from its start for each match (quadratic:
    # over QuickJS's 5 s limit here); they are counted on from the previous match now
    return [len(re.findall(r"\w+", s)), [m.start() for m in re.finditer(r"\w+", s)][-3:], len(re.split(r" ", s)),
            len(re.sub(r"\w", "x", s)), re.subn(r"b", lambda m: str(m.start() % 7), s)[0][-20:]]
