"""Adversarial review of module-level state and helper functions (constants captured by callbacks, their mutation
across calls, helpers calling helpers, defaults, names from other modules): the divergences found, fixed, plus a
sample of the edges that held. Each mutating function has its own constants: the cases run in order, once in
CPython and once in JS (no None arguments, which would run the JS twice), and the state carries over."""
import math
import math as m
from math import floor
from math import pi as PI

from difftest import cases
from programs.review_module_state_helpers import CACHE as H_CACHE
from programs.review_module_state_helpers import LABELS as H_LABELS
from programs.review_module_state_helpers import TAX as H_TAX
from programs.review_module_state_helpers import label, remember, taxed

# ---------------------------------------------------------------- one object, one JS object

# Two names for one list: a mutation through one is seen through the other (each name was its own copy).
ALIAS_A = [0]
ALIAS_B = ALIAS_A


@cases((1,), (2,))
def alias_two_names(x):
    ALIAS_A.append(x)
    return [ALIAS_A, ALIAS_B, ALIAS_A is ALIAS_B]


# The same list twice inside one constant (the second occurrence was a separate copy).
SHARED_INNER = [1]
SHARED_OUTER = [SHARED_INNER, SHARED_INNER]


@cases((7,), (8,))
def shared_inside_one_constant(x):
    SHARED_OUTER[0].append(x)
    return [SHARED_OUTER, SHARED_OUTER[0] is SHARED_OUTER[1]]


# A list that is both a module constant and a value inside another (a dict of styles reusing one style).
STYLE = {"color": "red"}
STYLES = {"a": STYLE, "b": {"inner": STYLE}, "c": (STYLE,)}


@cases(("blue",), ("green",))
def shared_between_constants(color):
    STYLE["color"] = color
    return [STYLES, STYLES["b"]["inner"] is STYLE, STYLES["c"][0] is STYLES["a"]]


# The other way round: the containing constant read first, then the part by its own name.
PART = [1]
WHOLE = {"k": [PART]}


@cases((2,), (3,))
def shared_whole_first(x):
    WHOLE["k"][0].append(x)
    return [PART, WHOLE]


# Two modules' lists of one name and one value: CPython has two objects (the JS had one, `CACHE` keyed by name
# and repr: the helper's appends showed up in this module's list and the helper's own list stayed []).
CACHE = []


@cases((1,), (2,))
def same_name_two_modules(x):
    CACHE.append(x * 10)
    n = remember(x)
    return [CACHE, H_CACHE, n]


# ---------------------------------------------------------------- element types of mutable constants

# A constant's contents at build time say nothing about what a callback puts in it: a list of str that gets an
# int (''.join took the JS join fast path and returned 'ab1'; CPython raises TypeError).
WORDS = ["a", "b"]


@cases((1,),)
def str_list_gets_int(x):
    WORDS.append(x)
    try:
        return "".join(WORDS)
    except TypeError as e:
        return str(e)


# A list of ints that gets a float, a dict of int values that gets str and float values (typed as ints: integer
# arithmetic on a boxed float or a string raised 'integer result exceeds 2**53').
INTS = [1, 2]


@cases((4,), (3,))
def int_list_gets_float(x):
    INTS.append(x / 2)
    return [str(INTS[-1]), repr(INTS), sum(INTS), str(max(INTS)), f"{INTS[-1]}", INTS[-1] // 1, str(INTS[-1] * 1)]


INTS2 = [1, 2]


@cases(("a",), ("b",))
def int_list_gets_str(x):
    INTS2.append(x)
    try:
        s = sorted(INTS2)
    except TypeError as e:
        s = str(e)
    return [INTS2[-1] + "!", s, INTS2[-1] * 2]


COUNTS = {"a": 1}


@cases(("s",), ("t",))
def int_dict_gets_str(x):
    COUNTS["b"] = x
    COUNTS["c"] = 2 / 1
    COUNTS[7] = True
    return [COUNTS["b"] + "x", str(COUNTS["c"]), [str(v) for v in COUNTS.values()], COUNTS["b"] * 3,
            [str(k) for k in COUNTS]]


EMPTY = []


@cases((1,), (2,))
def empty_list_filled(x):
    EMPTY.append(x / 1)
    return [str(EMPTY[0]), EMPTY[0] + 1, repr(EMPTY), [str(v) for v in EMPTY]]


# ---------------------------------------------------------------- state across calls (held)

LOG = []


@cases((1,), (2,), (3,))
def list_across_calls(x):
    LOG.append(x)
    return LOG


SEEN = {}


@cases(("a",), ("b",), ("a",))
def dict_across_calls(k):
    SEEN[k] = SEEN.get(k, 0) + 1
    return SEEN


BOX = {"items": []}


@cases((1,), (2,))
def nested_across_calls(x):
    BOX["items"].append(x)
    return BOX


PAIR = ([], [])


@cases((1,), (2,))
def list_in_tuple_across_calls(x):
    PAIR[0].append(x)
    return [PAIR, str(PAIR)]


def _acc(x, acc=[]):
    acc.append(x)
    return acc


# A mutable default is created once, when the def runs, and shared by every call.
@cases((1,), (2,), (3,))
def helper_mutable_default(x):
    return _acc(x)


def _tally(x, seen={}):
    seen[x] = seen.get(x, 0) + 1
    return dict(seen)


@cases(("a",), ("a",), ("b",))
def helper_dict_default(x):
    return _tally(x)


@cases((1,), (2,))
def callback_own_default(x, acc={"n": 0}):
    acc["n"] += x
    return acc


STATE = [0]


def _grow(xs):
    xs.append(len(xs))
    return xs


@cases((1,), (2,))
def helper_mutates_global_through_argument(x):
    _grow(STATE)
    return STATE


@cases(("a",), ("b",))
def other_module_helpers(k):
    H_LABELS[k] = k.upper() * 2
    return [label(k), taxed(10), H_LABELS, H_TAX]


# ---------------------------------------------------------------- constants (held)

ONE = 1.0
NEG_ZERO = -0.0
BIG = 2 ** 53
TUP = (1, (2, 3), [4])
MIXED = {1: "a", 2.5: "b", "x": (1, 2), None: 3, True: 4}
NESTED = {"a": [1, {"b": (1.0, -0.0)}]}
TEXT = "h\u00e9\U0001F600"


@cases((0,), (1,))
def float_constants(x):
    return [ONE, str(ONE), repr(ONE), ONE + x, NEG_ZERO, str(NEG_ZERO), repr(NEG_ZERO), math.copysign(1, NEG_ZERO),
            BIG, str(BIG), BIG - x]


@cases((0,), (1,))
def container_constants(x):
    return [TUP, repr(TUP), str(TUP[1]), TUP == (1, (2, 3), [4]), repr(MIXED), list(MIXED), MIXED.get(True),
            MIXED.get(2.5), MIXED.get(None), str(MIXED["x"]), repr(NESTED), str(NESTED["a"][1]["b"]),
            TEXT, len(TEXT), repr(TEXT), TEXT[-1]]


# Float keys that are not int-valued stay floats (an int-valued one, 1.0 or -0.0, is refused: tests/test_refusals.py).
FLOAT_KEYS = {2.5: "a", float("inf"): "b", -1.5: "c", 3: "d"}


@cases((2.5,), (3,), (-1.5,))
def float_key_constants(x):
    return [repr(FLOAT_KEYS), FLOAT_KEYS.get(x), [str(k) for k in FLOAT_KEYS], FLOAT_KEYS.get(float("inf"))]


@cases((0,), (2,))
def imported_names(x):
    return [m.floor(2.5), m.pi, PI, floor(x + 0.5), m.inf, str(m.nan), m.sqrt(x)]


# ---------------------------------------------------------------- helpers (held)

MODE = "first"


def _mode():
    return MODE


# CPython reads a global when the function runs: the value at the end of the module.
@cases((1,),)
def global_reassigned_later(x):
    return [MODE, _mode()]


MODE = "second"


@cases((0,), (1,), (5,))
def helpers_defined_later(x):
    return [_later(x), _fact(x)]


def _later(x):
    return _is_even(x)


def _is_even(n):
    return True if n == 0 else _is_odd(n - 1)


def _is_odd(n):
    return False if n == 0 else _is_even(n - 1)


def _fact(n):
    return 1 if n <= 1 else n * _fact(n - 1)


LIMIT = 3


@cases((1,),)
def constant_shadowed_by_local(x):
    LIMIT = 10
    return LIMIT + x


COUNT = 5


@cases((1,),)
def constant_read_before_local_binding(x):
    try:
        y = COUNT
        COUNT = 3
        return y + COUNT
    except UnboundLocalError as e:
        return str(e)


def _defaults(a, b=LIMIT, c=(1, 2), d=None, e=-0.0, f=1.0):
    return [a, b, c, d, str(e), str(f)]


@cases((1,),)
def helper_constant_defaults(x):
    return _defaults(x)


# A helper's defaults are the values its def computed: names rebound later in the module do not change them (the
# JS evaluated the default expression with the names' final values: [[2], 5, 5]).
REBOUND = [1]
REBOUND_N = 3


def _rebound_defaults(x, acc=REBOUND, lim=REBOUND_N, *, k=REBOUND_N + 1):
    return [acc, lim, k]


REBOUND = [2]
REBOUND_N = 5


@cases((0,),)
def helper_default_name_rebound_later(x):
    return [_rebound_defaults(x), REBOUND, REBOUND_N]


# A default that is a module list is that list: the helper's appends show through the module name.
SHARED_DEFAULT = []


def _append_default(x, acc=SHARED_DEFAULT):
    acc.append(x)
    return len(acc)


@cases((1,), (2,))
def helper_default_is_module_list(x):
    n = _append_default(x)
    return [n, SHARED_DEFAULT]


# ---------------------------------------------------------------- element types of mutable variables

# The same for local variables: a list, dict or set in a variable is typed without element types (it was typed
# by what it was bound to, and a later append/item assignment/helper/alias did not widen it). Before:
# str() of a float appended to [1] gave '[object Object]', ''.join of ['a'] plus an int gave 'a1', item
# arithmetic on a str put in a list or dict of ints raised OverflowError.
@cases((2,),)
def local_int_list_gets_float(x):
    xs = [1]
    xs.append(x / 1)
    return [str(xs[-1]), str(sum(xs)), repr(xs)]


@cases((1,),)
def local_str_list_gets_int(x):
    xs = ["a"]
    xs.append(x)
    ys = [str(i) for i in range(2)]
    ys.insert(0, x)
    out = []
    try:
        out.append("".join(xs))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(",".join(ys))
    except TypeError as e:
        out.append(str(e))
    return out


@cases(("s",),)
def local_item_assignment(x):
    xs = [1, 2]
    xs[0] = x
    d = {"a": 1}
    d["b"] = x
    return [xs[0] * 2, str(xs[0]), d["b"] * 2, [str(v) for v in d.values()]]


def _put(ys, v):
    ys.append(v)


@cases((1,),)
def local_list_mutated_by_helper_or_alias(x):
    xs = ["a", "b"]
    _put(xs, x)
    zs = ["c"]
    alias = zs
    alias.append(x / 1)
    out = [str(zs[-1])]
    try:
        out.append("".join(xs))
    except TypeError as e:
        out.append(str(e))
    return out

