"""type(x) compared with builtin classes (is, ==, !=, in) and type(x).__name__."""
from collections import Counter, defaultdict

from difftest import cases


def _one(v):
    return v


@cases((1,), (1.5,), (2.0,), (True,), ("s",), (None,), ([1],), ({"a": 1},), (-0.0,), (10 ** 20,))
def type_checks(x):
    return [type(x).__name__, type(x) is int, type(x) == float, type(x) != bool, type(x) is not str,
            type(x) in (int, float), type(x) not in [list, dict], type(x) is type(None), int is type(x),
            type(x / 1 if isinstance(x, int) else x).__name__, type((x,)).__name__, type({x} if x is None else []) == list]


@cases((3,),)
def type_names_of_values(n):
    def g():
        return n
    out = [type(g).__name__, type(lambda: 1).__name__, type(Counter("ab")).__name__,
           type(defaultdict(int)).__name__, type(Counter()) is dict, type(set()) is set, type(ValueError("x")).__name__]
    try:
        int("z")
    except ValueError as e:
        out.append(type(e).__name__)
    out.append(f"expected a number, got {type('s').__name__}")
    return out


@cases((1,),)
def type_of_builtin_values(n):
    def name_of(f):
        return type(f).__name__
    return [name_of(len), name_of(str), name_of(abs), name_of(sorted), name_of(str.upper), name_of(round)]
