"""Module-level constants naming builtin classes (NUMERIC = (int, float)) passed to isinstance() and compared with
type(x) in ...; anything else done with them is refused."""
from difftest import cases

NUMERIC = (int, float)
TEXTUAL = str
OPTIONAL_INT = (int, type(None))
CONTAINERS = (list, tuple, dict, set)


@cases((1,), (1.5,), (True,), ("s",), (None,), ([1],), ({"a": 1},))
def classify(x):
    return [isinstance(x, NUMERIC), isinstance(x, TEXTUAL), isinstance(x, OPTIONAL_INT),
            isinstance(x, CONTAINERS), type(x) in NUMERIC, type(x) not in CONTAINERS, type(x) in OPTIONAL_INT,
            isinstance(x, (NUMERIC, str))]


@cases(([1, "a", 2.5, None, True, [3]],))
def keep_numbers(xs):
    return [x for x in xs if isinstance(x, NUMERIC) and not isinstance(x, bool)]


@cases((1,), (1.5,), (True,), ("s",), (None,), ([1],))
def unions_and_nested_tuples(x):
    return [isinstance(x, int | float), isinstance(x, int | None), isinstance(x, str | None | list),
            isinstance(x, ((int, float), str)), isinstance(x, (list | dict, type(None))), isinstance(x, bool | str)]
