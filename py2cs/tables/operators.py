"""The operator module and the string module's constants (lowering: py2cs/lower/oplow.py; runtime:
templates/runtime/operator.js).

Each operator function is the Python operator it names, lowered with the same helpers (so its results and its
TypeErrors are the operator's). Called directly, its arguments are checked when py2cs transpiles; passed as a
value (``key=operator.neg``, ``functools.reduce(operator.mul, xs, 1)``, ``map(operator.add, a, b)``) it is a
function that raises CPython's TypeError for another count of arguments.
"""
from __future__ import annotations

import string

# name -> (the Python it stands for, with a and b its arguments; the number of arguments)
FUNCTIONS = {
    "add": ("a + b", 2), "sub": ("a - b", 2), "mul": ("a * b", 2), "truediv": ("a / b", 2),
    "floordiv": ("a // b", 2), "mod": ("a % b", 2), "pow": ("a ** b", 2),
    "lshift": ("a << b", 2), "rshift": ("a >> b", 2),
    "and_": ("a & b", 2), "or_": ("a | b", 2), "xor": ("a ^ b", 2),
    "neg": ("-a", 1), "pos": ("+a", 1), "abs": ("abs(a)", 1), "invert": ("~a", 1), "inv": ("~a", 1),
    "not_": ("not a", 1), "truth": ("bool(a)", 1), "index": ("a.__index__()", 1),
    "eq": ("a == b", 2), "ne": ("a != b", 2), "lt": ("a < b", 2), "le": ("a <= b", 2), "gt": ("a > b", 2),
    "ge": ("a >= b", 2), "is_": ("a is b", 2), "is_not": ("a is not b", 2),
    "contains": ("b in a", 2), "getitem": ("a[b]", 2),
    "concat": ("a + b", 2),
}
NOTES = {
    "index": "an int or a bool: the int; else CPython's TypeError ('float' object cannot be interpreted as an integer)",
    "concat": "a str, list or tuple `a` only (else CPython's TypeError: 'int' object can't be concatenated)",
    "contains": "`a` evaluated first, as the call does",
    "sub": "dates too: `operator.sub(d1, d2)` is a timedelta, as `d1 - d2`",
}

# the classes that make functions (called with their arguments, their result is a function value)
GETTERS = {
    "itemgetter": ("itemgetter(*items)", "obj[item], or a tuple of obj[item] for several items: as key= of "
                                         "sorted/min/max/list.sort/groupby, in map(), kept in a variable and called; "
                                         "CPython's KeyError / IndexError / TypeError"),
    "attrgetter": ("attrgetter(*names)", "the attributes of dates, datetimes, times and timedeltas (`year`, "
                                         "`month`, `day`, `hour`, ..., `days`, `seconds`; dotted names); "
                                         "constant names only; AttributeError for any other value"),
}

# names refused with a rewrite
REFUSED = {
    "methodcaller": "write a lambda: lambda x: x.method(args)",
    "iadd": "write x += y", "isub": "write x -= y", "imul": "write x *= y", "itruediv": "write x /= y",
    "ifloordiv": "write x //= y", "imod": "write x %= y", "ipow": "write x **= y", "iconcat": "write x += y",
    "iand": "write x &= y", "ior": "write x |= y", "ixor": "write x ^= y", "ilshift": "write x <<= y",
    "irshift": "write x >>= y",
    "setitem": "write a[b] = c", "delitem": "write del a[b]", "countOf": "write a.count(b) (or sum(x == b for x in a))",
    "indexOf": "write a.index(b)", "length_hint": "write len(a)", "matmul": "the @ operator is not supported",
    "call": "call the function: f(*args)",
}

# string's constants, inlined as literals (the same on every platform)
STRING_CONSTANTS = {name: getattr(string, name) for name in (
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation",
    "whitespace", "printable")}

STRING_REFUSED = {
    "capwords": "write ' '.join(w.capitalize() for w in s.split())",
    "Template": "use an f-string or str.format",
    "Formatter": "use str.format",
}
