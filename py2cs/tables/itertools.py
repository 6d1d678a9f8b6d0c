"""itertools and functools.reduce (signatures as CPython 3.11 accepts them); lowered by py2cs/lower/itlow.py,
run by templates/runtime/itertools.js."""
from . import Sig

_ONE_SHOT = ("an iterator in CPython: pulled one item at a time where consumed right away (for loops, "
             "comprehensions, list(), sorted(), sum(), any(), ''.join(), ...); refused where it would be kept in a "
             "variable")

ITERTOOLS = {
    "chain": Sig("*iterables", "list", note="each iterable is started when reached; " + _ONE_SHOT),
    "chain.from_iterable": Sig("iterable, /", "list", note="each inner iterable is started when reached; " + _ONE_SHOT),
    "islice": Sig("iterable, start, stop=<unset>, step=None, /", "list",
                  note="islice(it, stop) or islice(it, start, stop[, step]); CPython's ValueErrors for bad indices; "
                       "items are pulled exactly as CPython pulls them; " + _ONE_SHOT),
    "accumulate": Sig("iterable, func=None, *, initial=None", "list",
                      note="func(total, item) (default +); " + _ONE_SHOT),
    "zip_longest": Sig("*iterables, fillvalue=None", "list", note="tuples; " + _ONE_SHOT),
    "pairwise": Sig("iterable, /", "list", note="tuples; " + _ONE_SHOT),
    "product": Sig("*iterables, repeat=1", "list",
                   note="the iterables are read when product() is called (as CPython's tuple() of each); tuples; "
                        + _ONE_SHOT),
    "combinations": Sig("iterable, r", "list", note="tuples in CPython's order; r > len: no items; " + _ONE_SHOT),
    "combinations_with_replacement": Sig("iterable, r", "list", note="tuples in CPython's order; " + _ONE_SHOT),
    "permutations": Sig("iterable, r=None", "list", note="tuples in CPython's order; r > len: no items; " + _ONE_SHOT),
    "groupby": Sig("iterable, key=None", "list",
                   note="in `for k, g in groupby(...)` (a loop or comprehension) with g used only where consumed "
                        "right away (list(g), sum(... for x in g), for x in g, next(g), ...): each group shares "
                        "groupby's input as in CPython (a group read after the loop advanced is empty); the key "
                        "function runs item by item as CPython calls it"),
    "starmap": Sig("function, iterable, /", "list",
                   note="function(*item); a builtin passed as the function raises a py2cs TypeError; " + _ONE_SHOT),
    "takewhile": Sig("predicate, iterable, /", "list", note=_ONE_SHOT),
    "dropwhile": Sig("predicate, iterable, /", "list", note=_ONE_SHOT),
    "filterfalse": Sig("function, iterable, /", "list", note="function None: the false items; " + _ONE_SHOT),
    "compress": Sig("data, selectors", "list", note=_ONE_SHOT),
    "repeat": Sig("object, times=<unset>", "list",
                  note="the same object each time; without times only where the consumer stops (zip(), islice(), "
                       "a loop with break); " + _ONE_SHOT),
    "count": Sig("start=0, step=1", "list",
                 note="endless: only where the consumer stops (zip(), islice(), a loop with break); " + _ONE_SHOT),
    "cycle": Sig("iterable, /", "list",
                 note="endless: only where the consumer stops (zip(), islice(), a loop with break); " + _ONE_SHOT),
}

# endless iterators: refused where a consumer would build a list of them
ENDLESS = ("count", "cycle", "repeat")

FUNCTOOLS = {
    "reduce": Sig("function, iterable, initial=<unset>, /", "any",
                  note="CPython's TypeError for an empty iterable without initial; the items are pulled one at a "
                       "time (a generator, map() or another itertools iterator is not built first)"),
}

# names of the modules that are refused with a hint (the rest of itertools and functools)
REFUSED = {
    ("itertools", "tee"): "loop over a list: xs = list(it), then use xs as often as needed",
    ("functools", "partial"): "use a lambda: lambda x: f(a, x)",
    ("functools", "lru_cache"): "cache in a dict: cache.setdefault(key, value)",
    ("functools", "cache"): "cache in a dict: cache.setdefault(key, value)",
    ("functools", "cmp_to_key"): "sort with a key function: key=lambda row: (row['a'], row['b'])",
    ("functools", "wraps"): "decorators are not supported in callbacks",
}
