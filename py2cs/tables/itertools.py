"""itertools and functools.reduce (signatures as CPython 3.11 accepts them); lowered by py2cs/lower/itlow.py,
run by templates/runtime/itertools.js."""
from . import Sig

# (every iterator: see docs/subset.md's introduction to the itertools section, py2cs/docgen.py)
_ENDLESS = ("endless: use it where the consumer stops (zip(), islice(), a loop with break); list(), sorted()... of it "
            "are refused")

ITERTOOLS = {
    "chain": Sig("*iterables", "list", note="each iterable is started (iter()) when reached"),
    "chain.from_iterable": Sig("iterable, /", "list", note="each inner iterable is started when reached"),
    "islice": Sig("iterable, start, stop=<unset>, step=None, /", "list",
                  note="islice(it, stop) or islice(it, start, stop[, step]); CPython's ValueErrors for bad indices; "
                       "the items are pulled as CPython pulls them (the skipped ones too, none after stop)"),
    "accumulate": Sig("iterable, func=None, *, initial=None", "list", note="func(total, item), + by default"),
    "zip_longest": Sig("*iterables, fillvalue=None", "list", note="tuples; an iterable that ended is not pulled again"),
    "pairwise": Sig("iterable, /", "list", note="tuples"),
    "product": Sig("*iterables, repeat=1", "list",
                   note="each iterable is read whole when product() is called (none when repeat is 0); tuples"),
    "combinations": Sig("iterable, r", "list", note="tuples in CPython's order; r > len: no items"),
    "combinations_with_replacement": Sig("iterable, r", "list", note="tuples in CPython's order"),
    "permutations": Sig("iterable, r=None", "list", note="tuples in CPython's order; r > len: no items"),
    "groupby": Sig("iterable, key=None", "list",
                   note="only as `for k, g in groupby(...)` (a loop or comprehension), with g used only where consumed "
                        "right away (list(g), sum(... for x in g), for x in g, next(g), ...) or made a list by the loop body's "
                        "first statement (g = list(g), tuple(g) or sorted(g, ...)): each group shares "
                        "groupby's input as in CPython (a group read after the loop moved on is empty); the key "
                        "function runs item by item as CPython calls it"),
    "starmap": Sig("function, iterable, /", "list",
                   note="function(*item), bound as CPython binds it; a builtin as the function: max and min, others "
                        "raise a py2cs TypeError"),
    "takewhile": Sig("predicate, iterable, /", "list", note="the item that ends it is pulled"),
    "dropwhile": Sig("predicate, iterable, /", "list"),
    "filterfalse": Sig("function, iterable, /", "list", note="function None: the false items"),
    "compress": Sig("data, selectors", "list", note="a datum is pulled before its selector"),
    "repeat": Sig("object, times=<unset>", "list",
                  note="the same object each time; without times: " + _ENDLESS),
    "count": Sig("start=0, step=1", "list",
                 note=_ENDLESS + "; ints from an int start by 1, else start, start + step, ... by +, as CPython"),
    "cycle": Sig("iterable, /", "list", note=_ENDLESS),
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
