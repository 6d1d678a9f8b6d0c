"""Match and pattern objects are true wherever their truth is tested (CPython's have neither __bool__ nor
__len__): inside builtins, through lambdas, containers and helper functions; len() of one is CPython's TypeError."""
import re

from difftest import cases

PAT = re.compile(r"\d")


def first_digit(s):
    return PAT.search(s)


@cases((["a1", "b", "", "22"], "b"), ([], "x"), (["B", "abc"], "B"))
def truth_inside_builtins(words, q):
    p = re.compile(re.escape(q), re.I)
    matches = [re.search(r"\d", w) for w in words]
    return [any(matches), all(matches), list(filter(None, matches)) == [m for m in matches if m is not None],
            list(filter(lambda w: p.search(w), words)), [w for w in words if first_digit(w)],
            sorted(words, key=lambda w: bool(first_digit(w))), [bool(m) for m in matches],
            [not m for m in matches], [m and m.group() for m in matches], bool(p), bool([PAT][0]),
            len([m for m in matches if m])]


@cases(("a1",), ("b",))
def len_of_match(s):
    out = []
    for which in range(2):
        try:
            out.append(len(re.search(r"\w", s)) if which == 0 else len([PAT][0]))
        except TypeError as e:
            out.append(str(e))
    return out
