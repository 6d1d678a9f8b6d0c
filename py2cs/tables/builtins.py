"""Python builtins py2cs supports (signatures as CPython 3.11 accepts them) and the ones it refuses.

The lowering rule for each supported builtin is the method ``b_<name>`` in py2cs/lower/calls.py.
"""
from . import Sig

SUPPORTED = {
    "len": Sig("obj, /", "int"),
    "str": Sig("object='', /", "str", note="str(bytes, encoding) is not supported"),
    "repr": Sig("obj, /", "str"),
    "int": Sig("x=0, /, base=10", "int"),
    "float": Sig("x=0.0, /", "float"),
    "bool": Sig("x=False, /", "bool"),
    "abs": Sig("x, /", "any"),
    "min": Sig("*args, key=None, default=<unset>", "any"),
    "max": Sig("*args, key=None, default=<unset>", "any"),
    "sum": Sig("iterable, /, start=0", "any"),
    "round": Sig("number, ndigits=None", "any", note="half-to-even on the exact binary value, as CPython"),
    "divmod": Sig("x, y, /", "tuple"),
    "pow": Sig("base, exp, mod=None", "any", note="the three-argument form is not supported"),
    "range": Sig("start, stop=None, step=1, /", "any", note="a range object as in CPython (its repr, == between "
                 "ranges, slices that are ranges, not JSON serializable, not a list for isinstance); built from its "
                 "items, at most 10**8; for loops over range() count without building it"),
    "enumerate": Sig("iterable, start=0", "list", note="returns a list of tuples; an iterator in CPython: only where consumed right away (for, list(), sorted(), join...)"),
    "zip": Sig("*iterables", "list", note="returns a list of tuples; strict= a literal True or False (CPython's ValueError when one argument ends first, raised when the iteration gets there); an iterator in CPython: only where consumed right away (for, list(), sorted(), join...)"),
    "sorted": Sig("iterable, /, *, key=None, reverse=False", "list", note="stable, Python ordering"),
    "reversed": Sig("sequence, /", "list", note="returns a list; an iterator in CPython: only where consumed right away (for, list(), sorted(), join...)"),
    "list": Sig("iterable=(), /", "list"),
    "tuple": Sig("iterable=(), /", "tuple"),
    "dict": Sig("iterable=None, /, **kwargs", "dict"),
    "set": Sig("iterable=(), /", "set"),
    "any": Sig("iterable, /", "bool", note="short-circuits over a generator expression"),
    "all": Sig("iterable, /", "bool", note="short-circuits over a generator expression"),
    "isinstance": Sig("obj, class_or_tuple, /", "bool", note="classes: int float str bool list tuple dict set type(None), collections.deque, and module-level "
                                                           "constants naming them (NUMERIC = (int, float); also in type(x) in NUMERIC); "
                                                           "nested tuples and | unions (int | float, str | None); the dates' classes; "
                                                           "the exception classes py2cs raises and catches (ValueError, LookupError, "
                                                           "Exception, json.JSONDecodeError, PreventUpdate...), true for a caught or "
                                                           "made exception of that class or a subclass, as except matches it"),
    "map": Sig("function, iterable, /, *iterables", "list", note="an iterator in CPython: only where consumed right away (for, list(), sorted(), join...); lazy in for loops, comprehensions, enumerate()/zip() of it and any()/all() (the function runs per item, between loop bodies), a list elsewhere"),
    "filter": Sig("function, iterable, /", "list", note="an iterator in CPython: only where consumed right away (for, list(), sorted(), join...); lazy in for loops, comprehensions, enumerate()/zip() of it and any()/all(), a list elsewhere"),
    "print": Sig("*args, sep=' ', end='\\n'", "none", note="writes to the browser console"),
    "chr": Sig("i, /", "str"),
    "ord": Sig("c, /", "int"),
    "hex": Sig("number, /", "str"),
    "oct": Sig("number, /", "str"),
    "bin": Sig("number, /", "str"),
    "format": Sig("value, format_spec='', /", "str"),
    "ascii": Sig("obj, /", "str"),
    "callable": Sig("obj, /", "bool"),
    "next": Sig("iterator, default=<unset>, /", "any",
                note="of an iterator made in the call: a generator expression, map(), filter() or iter(x) "
                     "(`next((r for r in rows if r['id'] == k), None)`); its first item, else the default, else "
                     "StopIteration. An iterator kept in a variable is not supported"),
}

REFUSED = {
    "type": "compare type(x) is int (or ==, !=, in (int, float)), read type(x).__name__, or use isinstance(x, int)",
    "open": "there are no files in the browser; load data through a dcc.Store",
    "eval": "not available: write the expression directly",
    "exec": "not available: write the code directly",
    "input": "read the value from a component (Input/State)",
    "getattr": "Python values here are dicts: use d.get('key')",
    "setattr": "use a dict and d['key'] = value",
    "hasattr": "use 'key' in d",
    "globals": "module state is not available in the browser",
    "locals": "use the variables directly",
    "vars": "use a dict",
    "id": "object identity differs between CPython and the browser",
    "hash": "hash values differ between CPython and the browser",
    "iter": "loop with for instead",
    "super": "classes are not supported",
    "object": "use a dict",
    "frozenset": "use set or a sorted list",
    "bytes": "bytes are not supported; use str",
    "bytearray": "bytes are not supported; use str",
    "complex": "complex numbers are not supported",
    "memoryview": "not supported",
    "slice": "use a[i:j] syntax",
    "property": "classes are not supported",
    "staticmethod": "classes are not supported",
    "classmethod": "classes are not supported",
    "__import__": "import at module level",
    "compile": "not available",
    "breakpoint": "use print() to the browser console",
    "dir": "not available",
    "help": "not available",
    "delattr": "use del d['key']",
    "issubclass": "classes are not supported",
    "aiter": "async iterators are not supported",
    "anext": "async iterators are not supported",
}

ISINSTANCE_CLASSES = {"int", "float", "str", "bool", "list", "tuple", "dict", "set", "object"}

MATH = {
    "floor": Sig("x, /", "int"), "ceil": Sig("x, /", "int"), "trunc": Sig("x, /", "int"),
    "sqrt": Sig("x, /", "float"), "log": Sig("x, base=<e>, /", "float"), "log10": Sig("x, /", "float"),
    "log2": Sig("x, /", "float"), "exp": Sig("x, /", "float"), "pow": Sig("x, y, /", "float"),
    "fabs": Sig("x, /", "float"), "isnan": Sig("x, /", "bool"), "isinf": Sig("x, /", "bool"),
    "isfinite": Sig("x, /", "bool"),
    "isclose": Sig("a, b, *, rel_tol=1e-09, abs_tol=0.0", "bool"), "hypot": Sig("*coordinates", "float"),
    "sin": Sig("x, /", "float"), "cos": Sig("x, /", "float"), "tan": Sig("x, /", "float"),
    "asin": Sig("x, /", "float"), "acos": Sig("x, /", "float"), "atan": Sig("x, /", "float"),
    "atan2": Sig("y, x, /", "float"), "degrees": Sig("x, /", "float"), "radians": Sig("x, /", "float"),
    "fsum": Sig("seq, /", "float"), "prod": Sig("iterable, /, *, start=1", "any"), "gcd": Sig("*integers", "int"),
    "copysign": Sig("x, y, /", "float"),
}

MATH_CONSTANTS = {"pi", "e", "tau", "inf", "nan"}

# collections: `from collections import defaultdict, Counter, deque` (lowered by calls.py collections_call)
COLLECTIONS = {
    "defaultdict": Sig("default_factory=None, iterable=<unset>, /, **kwargs", "dict",
                       note="default_factory: list, int, float, str, dict, set, tuple, bool, None, a lambda or a "
                            "function taking no arguments (given directly); d[k] of a missing key inserts the "
                            "factory's value, everything else as a dict (get() does not insert; dict(d) is a plain "
                            "dict, d.copy() keeps the factory); str()/repr() exact for the builtin factories and "
                            "None, a py2cs TypeError for a function (CPython's text holds its address); "
                            "d.default_factory is refused"),
    "Counter": Sig("iterable=None, /, **kwds", "dict",
                   note="a str counts its characters, a dict is copied as it is; c[k] of a missing key is 0 without inserting "
                        "it; del c[k] ignores a missing key; Counter == Counter treats a missing key as 0, "
                        "Counter == dict is dict equality; str()/repr() in most_common order; JSON output as a dict "
                        "in insertion order; + - | & between Counters and unary + - make a new Counter, += -= |= &= "
                        "change it in place (aliases see it), as collections.py computes them; Counter | dict is "
                        "a plain dict; <, <=, >, >= between Counters, elements(), subtract() and other attributes "
                        "are refused"),
    "deque": Sig("iterable=<unset>, maxlen=None", "deque",
                 note="maxlen an int >= 0 or None (ValueError / TypeError as CPython); its methods as listed under "
                      "deque; len, truth, `in`, iteration (RuntimeError 'deque mutated during iteration' when the "
                      "loop's body adds, removes or rotates items; d[i] = x and reverse() are not changes), reversed(), d[i] / d[-1] / d[i] = x / del d[i] "
                      "(IndexError 'deque index out of range'; a slice is CPython's TypeError), == and < <= > >= "
                      "between deques (== with a list is False, < a TypeError), d + deque, d * n, d += iterable, "
                      "d *= n, d.maxlen, str()/repr() (deque([1, 2], maxlen=3)), list(d), sorted(d), sum(d), "
                      "join(d)...; as a callback's output or in json.dumps it raises TypeError ('Object of type "
                      "deque is not JSON serializable'), as Dash's server does; a dict key or set element raises "
                      "'unhashable type'; isinstance(x, deque) and type(x) is deque work, deque as a value and class patterns "
                      "(case deque()) are refused"),
}

JSON = {
    "dumps": Sig("obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, "
                 "indent=None, separators=None, default=None, sort_keys=False", "str",
                 note="skipkeys, check_circular, allow_nan, cls and default are not supported"),
    "loads": Sig("s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, "
                 "object_pairs_hook=None", "any", note="only the s argument is supported"),
}
