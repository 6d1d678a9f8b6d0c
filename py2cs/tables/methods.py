"""Methods of str, list, dict and set: signatures (as CPython 3.11 accepts them) and result types.

Result type vocabulary (see py2cs/types.py): ``str int float bool none any list[str] list tuple dict set
self`` (same type as the receiver), ``elem`` (element type of the receiver), ``value`` (value type of a
dict receiver), ``value?`` (value or None), ``list[tuple]``, ``list[elem]``, ``list[key]``, ``list[value]``.
Every method has a typed JS helper ``py_<type>_<name>`` and a dispatcher ``py_m_<name>`` in
templates/runtime/methods.js.
"""
from . import Sig

STR = {
    "upper": Sig("", "str"),
    "lower": Sig("", "str"),
    "casefold": Sig("", "str"),
    "title": Sig("", "str"),
    "capitalize": Sig("", "str"),
    "swapcase": Sig("", "str"),
    "strip": Sig("chars=None, /", "str"),
    "lstrip": Sig("chars=None, /", "str"),
    "rstrip": Sig("chars=None, /", "str"),
    "split": Sig("sep=None, maxsplit=-1", "list[str]"),
    "rsplit": Sig("sep=None, maxsplit=-1", "list[str]"),
    "splitlines": Sig("keepends=False", "list[str]"),
    "join": Sig("iterable, /", "str"),
    "replace": Sig("old, new, count=-1, /", "str"),
    "startswith": Sig("prefix, start=None, end=None, /", "bool"),
    "endswith": Sig("suffix, start=None, end=None, /", "bool"),
    "find": Sig("sub, start=None, end=None, /", "int"),
    "rfind": Sig("sub, start=None, end=None, /", "int"),
    "index": Sig("sub, start=None, end=None, /", "int"),
    "rindex": Sig("sub, start=None, end=None, /", "int"),
    "count": Sig("sub, start=None, end=None, /", "int"),
    "format": Sig("*args, **kwargs", "str"),
    "zfill": Sig("width, /", "str"),
    "center": Sig("width, fillchar=' ', /", "str"),
    "ljust": Sig("width, fillchar=' ', /", "str"),
    "rjust": Sig("width, fillchar=' ', /", "str"),
    "partition": Sig("sep, /", "tuple"),
    "rpartition": Sig("sep, /", "tuple"),
    "removeprefix": Sig("prefix, /", "str"),
    "removesuffix": Sig("suffix, /", "str"),
    "expandtabs": Sig("tabsize=8", "str"),
    "isdigit": Sig("", "bool"),
    "isdecimal": Sig("", "bool"),
    "isnumeric": Sig("", "bool"),
    "isalpha": Sig("", "bool"),
    "isalnum": Sig("", "bool"),
    "isspace": Sig("", "bool"),
    "islower": Sig("", "bool"),
    "isupper": Sig("", "bool"),
    "istitle": Sig("", "bool"),
    "isidentifier": Sig("", "bool"),
    "isascii": Sig("", "bool"),
    "isprintable": Sig("", "bool"),
    "translate": Sig("table, /", "str", note="table[ord(c)] for each character (a dict from str.maketrans or any "
                                             "dict, list or str): a missing key keeps it, None deletes it, a str "
                                             "replaces it, an int is chr()'d; CPython's ValueError / TypeError"),
    "format_map": Sig("mapping, /", "str", note="mapping[key] for each field: a Counter's missing key is 0, a "
                                                "defaultdict inserts its factory's value"),
}

LIST = {
    "append": Sig("object, /", "none", mutates=True),
    "extend": Sig("iterable, /", "none", mutates=True),
    "insert": Sig("index, object, /", "none", mutates=True),
    "pop": Sig("index=-1, /", "elem", mutates=True),
    "remove": Sig("value, /", "none", mutates=True),
    "index": Sig("value, start=0, stop=None, /", "int"),
    "count": Sig("value, /", "int"),
    "sort": Sig("*, key=None, reverse=False", "none", mutates=True),
    "reverse": Sig("", "none", mutates=True),
    "copy": Sig("", "self"),
    "clear": Sig("", "none", mutates=True),
}

TUPLE = {
    "index": Sig("value, start=0, stop=None, /", "int"),
    "count": Sig("value, /", "int"),
}

DICT = {
    "get": Sig("key, default=None, /", "value?"),
    "keys": Sig("", "list[key]", note="a view in CPython: only where it is iterated right away (for, comprehensions, `in`, "
                                        "len(), list(), sorted(), unpacking...); kept as a value it is refused"),
    "values": Sig("", "list[value]", note="a view in CPython: as for keys()"),
    "items": Sig("", "list[tuple]", note="a view in CPython: as for keys()"),
    "update": Sig("other=None, /, **kwargs", "none", mutates=True),
    "pop": Sig("key, default=<unset>, /", "value", mutates=True),
    "popitem": Sig("", "tuple", mutates=True),
    "setdefault": Sig("key, default=None, /", "value", mutates=True),
    "copy": Sig("", "self"),
    "clear": Sig("", "none", mutates=True),
}

DICT_CLASSMETHODS = {
    "fromkeys": Sig("iterable, value=None, /", "dict"),
}

# str's static method (str.maketrans(...))
STR_STATICMETHODS = {
    "maketrans": Sig("x, y=<unset>, z=<unset>, /", "dict",
                     note="one dict (int or 1-character str keys) or two equal-length strs (and a third whose "
                          "characters map to None); CPython's TypeError / ValueError"),
}

SET = {
    "add": Sig("elem, /", "none", mutates=True),
    "discard": Sig("elem, /", "none", mutates=True),
    "remove": Sig("elem, /", "none", mutates=True),
    "pop": Sig("", "any", mutates=True, note="refused order: raises unless the set has one element"),
    "clear": Sig("", "none", mutates=True),
    "copy": Sig("", "self"),
    "update": Sig("*others", "none", mutates=True),
    "union": Sig("*others", "set"),
    "intersection": Sig("*others", "set"),
    "difference": Sig("*others", "set"),
    "symmetric_difference": Sig("other, /", "set"),
    "issubset": Sig("other, /", "bool"),
    "issuperset": Sig("other, /", "bool"),
    "isdisjoint": Sig("other, /", "bool"),
    "difference_update": Sig("*others", "none", mutates=True),
    "intersection_update": Sig("*others", "none", mutates=True),
    "symmetric_difference_update": Sig("other, /", "none", mutates=True),
}

# collections.Counter's own methods (a Counter is a dict otherwise: the DICT methods apply, update counts)
COUNTER = {
    "most_common": Sig("n=None, /", "list[tuple]", note="count descending, ties in insertion order; n an int; "
                       "with 0 < n < len(c), counts that are not all numbers raise a py2cs TypeError (heapq.nlargest "
                       "compares them in another order)"),
    "total": Sig("", "any"),
    "update": Sig("iterable=None, /, **kwds", "none", mutates=True, note="adds counts (dict.update replaces)"),
}

# collections.deque (templates/runtime/deque.js): a deque is reached through values of unknown type, so these are
# called through the dispatchers py_m_<name> (CPython's argument-count messages at run time)
DEQUE = {
    "append": Sig("x, /", "none", mutates=True, note="past maxlen the leftmost item is dropped"),
    "appendleft": Sig("x, /", "none", mutates=True, note="past maxlen the rightmost item is dropped"),
    "extend": Sig("iterable, /", "none", mutates=True),
    "extendleft": Sig("iterable, /", "none", mutates=True, note="each item in turn at the left end: reversed order"),
    "pop": Sig("", "any", mutates=True, note="IndexError 'pop from an empty deque'"),
    "popleft": Sig("", "any", mutates=True, note="IndexError 'pop from an empty deque'"),
    "insert": Sig("i, x, /", "none", mutates=True, note="IndexError 'deque already at its maximum size'"),
    "remove": Sig("value, /", "none", mutates=True),
    "rotate": Sig("n=1, /", "none", mutates=True, note="negative: to the left; any n (taken modulo the length)"),
    "index": Sig("x, start=0, stop=<len>, /", "int", note="ValueError '... is not in deque'"),
    "count": Sig("x, /", "int"),
    "reverse": Sig("", "none", mutates=True),
    "copy": Sig("", "self"),
    "clear": Sig("", "none", mutates=True),
}

BY_TYPE = {"str": STR, "list": LIST, "tuple": TUPLE, "dict": DICT, "set": SET, "deque": DEQUE}


def all_method_names() -> list[str]:
    names: set[str] = set()
    for table in BY_TYPE.values():
        names.update(table)
    return sorted(names)


def receivers_of(name: str) -> list[str]:
    return [t for t, table in BY_TYPE.items() if name in table]
