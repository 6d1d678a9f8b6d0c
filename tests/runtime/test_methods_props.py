"""methods.js: hypothesis properties, CPython 3.11 against the typed helpers and dispatchers on random inputs."""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_methods_common import check, engine_knows  # noqa: E402

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ALPHABET = "ab, \t\n\u00e9\U0001F600ΣA\r\x1c\x85\u2028ß'"
text = st.text(ALPHABET, max_size=12)
short = st.text(ALPHABET, max_size=3)
nonempty = st.text(ALPHABET, min_size=1, max_size=3)
index = st.one_of(st.none(), st.integers(-15, 15))


@SETTINGS
@given(st.sampled_from(["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]), text, short,
       index, index, st.integers(0, 2))
def test_search(name, s, sub, start, end, nargs):
    check(s, name, sub, *[start, end][:nargs])


@SETTINGS
@given(st.sampled_from(["startswith", "endswith"]), text, st.lists(short, max_size=3), index, index)
def test_startswith_tuple(name, s, subs, start, end):
    check(s, name, tuple(subs), start, end)


@SETTINGS
@given(st.sampled_from(["split", "rsplit"]), text, st.one_of(st.none(), nonempty), st.integers(-2, 5),
       st.booleans())
def test_split(name, s, sep, maxsplit, give_max):
    if give_max:
        check(s, name, sep, maxsplit)
    else:
        check(s, name, sep)


@SETTINGS
@given(text, st.booleans())
def test_splitlines(s, keep):
    check(s, "splitlines", keep)


@SETTINGS
@given(st.sampled_from(["strip", "lstrip", "rstrip"]), text, st.one_of(st.none(), short))
def test_strip(name, s, chars):
    check(s, name, chars)


@SETTINGS
@given(text, short, short, st.integers(-2, 4))
def test_replace(s, old, new, count):
    check(s, "replace", old, new, count)
    check(s, "replace", old, new)


@SETTINGS
@given(st.sampled_from(["center", "ljust", "rjust", "zfill"]), st.text(ALPHABET + "+-0", max_size=8),
       st.integers(-2, 16), st.sampled_from(ALPHABET))
def test_pad(name, s, width, fill):
    if name == "zfill":
        check(s, name, width)
    else:
        check(s, name, width, fill)


@SETTINGS
@given(text, st.integers(-1, 9))
def test_expandtabs(s, tabsize):
    check(s, "expandtabs", tabsize)


@SETTINGS
@given(st.sampled_from(["partition", "rpartition", "removeprefix", "removesuffix"]), text, nonempty)
def test_partition_affix(name, s, sep):
    check(s, name, sep)


@SETTINGS
@given(short, st.lists(short, max_size=5))
def test_join(sep, items):
    check(sep, "join", items)


def _known_char(c):
    return ord(c) in engine_knows()


unicode_text = st.text(st.characters(blacklist_categories=("Cs",)).filter(_known_char), max_size=8)
casey_text = st.text("aAßΣσςİıǅǆǄﬁᾳᾼʰ'. \u0301\u0345ꭰᎠ1²一", max_size=8)

CASE = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdigit", "isdecimal", "isnumeric",
        "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isidentifier"]


@SETTINGS
@given(st.sampled_from(CASE), st.one_of(unicode_text, casey_text, text))
def test_case_and_predicates(name, s):
    check(s, name)


# ---------------------------------------------------------------- containers

elem = st.one_of(st.integers(-3, 3), st.sampled_from(["a", "b", "é"]))
lists = st.lists(elem, max_size=6)


@SETTINGS
@given(lists, st.sampled_from(["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse",
                               "copy", "clear"]), elem, st.integers(-8, 8), st.one_of(st.none(), st.integers(-8, 8)),
       st.booleans(), st.integers(0, 2))
def test_list_ops(l, name, x, i, j, rev, nargs):
    if name == "append":
        check(l, name, x)
    elif name == "extend":
        check(l, name, [x, i])
    elif name == "insert":
        check(l, name, i, x)
    elif name == "pop":
        check(l, name, *[i][:nargs])
    elif name in ("remove", "count"):
        check(l, name, x)
        check(tuple(l), "count", x)
    elif name == "index":
        args = [x, i, j if j is not None else 100][:nargs + 1]
        check(l, name, *args)
        check(tuple(l), name, *args)
    elif name == "sort":
        ints = [v for v in l if isinstance(v, int)]
        check(ints, "sort", reverse=rev)
        check([str(v) for v in l], "sort", reverse=rev)
    else:
        check(l, name)


keys = st.sampled_from(["a", "b", "c", 1, 2, None, 1.5])
dicts = st.dictionaries(keys, elem, max_size=5)


@SETTINGS
@given(dicts, st.sampled_from(["get", "keys", "values", "items", "update", "pop", "popitem", "setdefault", "copy",
                               "clear", "fromkeys"]), keys, elem, st.integers(0, 1), dicts)
def test_dict_ops(d, name, k, v, nargs, other):
    if name in ("get", "setdefault", "pop"):
        check(d, name, *[k, v][:nargs + 1])
    elif name == "update":
        check(d, name, other)
        check(d, name, list(other.items()))
        check(d, name, other, x=v)
    elif name == "fromkeys":
        check(d, name, list(other), *[v][:nargs])
    else:
        check(d, name)


sets = st.sets(elem, max_size=5)
others = st.one_of(sets, st.lists(elem, max_size=5), st.text("abé", max_size=4), st.dictionaries(elem, elem, max_size=3))


@SETTINGS
@given(sets, st.sampled_from(["add", "discard", "remove", "pop", "clear", "copy", "update", "union", "intersection",
                              "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]),
       elem, st.lists(others, max_size=3))
def test_set_ops(s, name, x, args):
    if name in ("add", "discard", "remove"):
        check(s, name, x)
    elif name == "pop":
        if len(s) <= 1:
            check(s, name)
    elif name in ("clear", "copy"):
        check(s, name)
    elif name in ("update", "union", "intersection", "difference"):
        check(s, name, *args)
    else:
        check(s, name, args[0] if args else [x])
