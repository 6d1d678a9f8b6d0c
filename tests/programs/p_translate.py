"""str.maketrans / str.translate (Objects/unicodeobject.c of CPython 3.11) and the string module's constants: the
punctuation-stripping idiom, tables from maketrans or any dict (int or str values, None deletes), CPython's
errors, code points beyond U+FFFF as one character."""
import string
from collections import Counter, defaultdict
from string import ascii_lowercase, digits, punctuation

from difftest import cases

TEXTS = ("Hello, World!", "", "a.b,c;d", "naïve café — 😀!", "tabs\tand\nlines", "(555) 123-4567", "😀😁😂",
         "x\U0001F600y", "ÀÉÎ", "a" * 5)


def _err(e):
    return [type(e).__name__, str(e)]


@cases(*[(t,) for t in TEXTS], (None,), (5,))
def strip_punctuation(s):
    try:
        return [s.translate(str.maketrans("", "", string.punctuation)),
                s.translate(str.maketrans("", "", punctuation + string.whitespace)),
                s.lower().translate(str.maketrans(string.ascii_lowercase, string.ascii_uppercase)),
                s.translate(str.maketrans(digits, "#" * 10))]
    except (TypeError, AttributeError) as e:
        return _err(e)


@cases(("abc",), ("",), ("😀a",), ("a😀b",))
def maketrans_forms(s):
    out = []
    for i in range(8):
        try:
            if i == 0:
                t = str.maketrans({"a": "1", "b": None, 99: "xyz", "😀": "smile"})
            elif i == 1:
                t = str.maketrans("ab", "ba")
            elif i == 2:
                t = str.maketrans("ab😀", "xy!", "c")
            elif i == 3:
                t = str.maketrans({97: 98, 98: 97})
            elif i == 4:
                t = str.maketrans({"a": 0x1F600, True: "T"})
            elif i == 5:
                t = str.maketrans("", "")
            elif i == 6:
                t = str.maketrans("aa", "bc")
            else:
                t = str.maketrans({})
            out.append([sorted(t.items(), key=str), s.translate(t)])
        except (TypeError, ValueError) as e:
            out.append(_err(e))
    return out


@cases(("a", "b"), ("ab", "c"), (1, "b"), ("a", 1), ("a", None), (None, "a"), ([97], "b"), ({"a": 1}, "b"),
       ("😀", "a"), ("é", "e"))
def maketrans_errors(x, y):
    out = []
    for i in range(4):
        try:
            if i == 0:
                out.append(sorted(str.maketrans(x, y).items()))
            elif i == 1:
                out.append(sorted(str.maketrans(x, y, "z").items(), key=str))
            elif i == 2:
                out.append(sorted(str.maketrans(x, y, 5).items(), key=str))
            else:
                out.append(sorted(str.maketrans(x).items(), key=str))
        except (TypeError, ValueError, AttributeError) as e:
            out.append(_err(e))
    return out


@cases(({"a": 1},), ({"ab": 1},), ({"": 1},), ({"😀": "x"},), ({"a": [1]},), ({"0": "z"},))
def maketrans_dict_keys(d):
    try:
        t = str.maketrans(d)
        return [sorted(([k, v] for k, v in t.items()), key=str), "a😀\x00\x01b".translate(t)]
    except (TypeError, ValueError) as e:
        return _err(e)


@cases((0,), (1,), (2,), (3,), (4,), (5,), (6,))
def maketrans_key_types(i):
    d = [{1.5: "x"}, {(1, 2): "x"}, {None: "x"}, {True: "x", 1: "y"}, {0: "z", "b": 1}, {-1: "n"},
         {2 ** 40: "big", "c": "C"}][i]
    try:
        t = str.maketrans(d)
        return [sorted(([k, v] for k, v in t.items()), key=str), "a😀\x00\x01bc".translate(t)]
    except (TypeError, ValueError) as e:
        return _err(e)


@cases(("abc",), ("",), ("a😀c",), ("zzz",))
def translate_values(s):
    out = []
    tables = [{ord("a"): "b"}, {97: None}, {97: 66}, {97: 0x10FFFF}, {97: 0x110000}, {97: -1}, {97: 1.5},
              {97: [1]}, {97: True}, {97: ""}, {97: "ab", 98: 128512}, {ord("😀"): "X"}, {}, {"a": "b"},
              {99: False}]
    for t in tables:
        try:
            out.append(s.translate(t))
        except (TypeError, ValueError) as e:
            out.append(_err(e))
    return out


@cases(("abc",), ("",), ("a😀",))
def translate_other_tables(s):
    out = []
    c = Counter("b")
    dd = defaultdict(str)
    for i in range(7):
        try:
            if i == 0:
                out.append(s.translate(["x"] * 98 + ["B"]))
            elif i == 1:
                out.append(s.translate("0123456789" * 10))
            elif i == 2:
                out.append(s.translate(c))
            elif i == 3:
                out.append([s.translate(dd), sorted(dd)])
            elif i == 4:
                out.append(s.translate(None))
            elif i == 5:
                out.append(s.translate(5))
            else:
                out.append(s.translate((None,) * 99))
        except (TypeError, ValueError) as e:
            out.append(_err(e))
    return out


@cases(("abc", {"a": 1}), ("abc", None), (None, {}), (5, {}), (["a"], {}), ("abc", [1, 2]))
def translate_unknown_types(s, table):
    # receiver and table of unknown type (the dispatcher), a table from JSON (str keys: never matched)
    try:
        return s.translate(table)
    except (TypeError, AttributeError, ValueError) as e:
        return _err(e)


@cases(("a",), ("b",))
def translate_arity(s):
    out = []
    for i in range(2):
        try:
            if i == 0:
                out.append(s.translate({}, {}))
            else:
                out.append(s.translate())
        except TypeError as e:
            out.append(_err(e))
    return out


@cases((None,))
def string_constants(_):
    return [string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits,
            string.octdigits, string.punctuation, string.whitespace, string.printable, ascii_lowercase, digits,
            punctuation, len(string.printable)]


@cases(("Hello, World! 123",), ("",), ("é",))
def char_classes(s):
    return [[c for c in s if c in string.ascii_letters], sum(c in string.digits for c in s),
            "".join(c for c in s if c not in punctuation)]


# ---------------------------------------------------------------- for tests/test_translate_random.py


@cases(("abc", [[97, "x"], ["b", None], [99, 66]]), ("a😀b", [[128512, "s"], ["😀", 1]]), ("", []),
       ("abc", [["ab", 1]]), ("xyz", [[120, 1.5]]), ("xyz", [[120, -5]]), ("xy", [[120, [1]]]))
def translate_table(s, entries):
    # the table built from [key, value] pairs (int or str keys: JSON objects have str keys only)
    d = {k if not isinstance(k, list) else tuple(k): v for k, v in entries}
    out = []
    try:
        out.append(s.translate(d))
    except (TypeError, ValueError) as e:
        out.append(_err(e))
    try:
        t = str.maketrans(d)
        out.append([sorted(([k, v] for k, v in t.items()), key=str), s.translate(t)])
    except (TypeError, ValueError) as e:
        out.append(_err(e))
    return out


@cases(("hello", "lo", "01", "h"), ("", "", "", ""), ("a😀", "😀", "x", "a"), ("abc", "ab", "x", ""))
def translate_strs(s, x, y, z):
    out = []
    try:
        out.append(s.translate(str.maketrans(x, y)))
    except (TypeError, ValueError) as e:
        out.append(_err(e))
    try:
        t = str.maketrans(x, y, z)
        out.append([sorted(t.items()), s.translate(t)])
    except (TypeError, ValueError) as e:
        out.append(_err(e))
    return out
