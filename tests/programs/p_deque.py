"""collections.deque: an Array with its maxlen and CPython's state (templates/runtime/deque.js)."""
import json
from collections import deque

from difftest import cases


def err(e):
    return type(e).__name__ + ": " + str(e)


# the realistic corpus idiom: a bounded history kept in a dcc.Store
@cases(([1, 2, 3], "e"), (None, "e"), ([], None), (list(range(15)), {"k": 1}))
def history_store(stored, entry):
    hist = deque(stored or [], maxlen=10)
    hist.append(entry)
    return list(hist)


@cases((["a", "b", "c", "d", "e", "f", "g"],), ([],), (None,))
def recent_items(clicks):
    recent = deque(maxlen=5)
    for x in clicks or []:
        recent.appendleft(x)
    return ["<br>".join(recent), len(recent), recent.maxlen, bool(recent), str(recent)]


# construction: deque(), deque(iterable), maxlen by position and keyword, iterable by keyword, strs and dicts
@cases(([1, 2, 3], 2), ([], 0), ([1, 2], None), ("abc", 5), ({"a": 1, "b": 2}, 1), ([1, 2, 3], True))
def construct(xs, n):
    out = [repr(deque()), repr(deque(xs)), repr(deque(xs, n)), repr(deque(xs, maxlen=n)),
           repr(deque(iterable=xs, maxlen=n)), repr(deque(maxlen=n)), deque(xs, n).maxlen, deque(xs).maxlen]
    out.append(repr(deque(x for x in xs)))
    out.append(repr(deque((x for x in xs), n)))
    return out


# construction errors: maxlen negative, not an int; the iterable not iterable (None too)
@cases(([1], -1), ([1], 1.5), ([1], "3"), (5, 2), (None, 2), (None, -1), (5, -1), ([1], 2.0))
def construct_errors(xs, n):
    out = []
    try:
        out.append(repr(deque(xs, n)))
    except (TypeError, ValueError) as e:
        out.append(err(e))
    try:
        out.append(repr(deque(xs)))
    except TypeError as e:
        out.append(err(e))
    return out


@cases(([1, 2, 3], 3), ([], 2), ([1], 0), ([1, 2, 3, 4], None))
def append_pop(xs, n):
    d = deque(xs, n)
    out = []
    d.append(9)
    out.append(repr(d))
    d.appendleft(8)
    out.append(repr(d))
    for _ in range(6):
        try:
            out.append(d.pop())
            out.append(d.popleft())
        except IndexError as e:
            out.append(err(e))
    out.append(repr(d))
    return out


# extend / extendleft (reversed order!), with maxlen, from strs, dicts, generators, the deque itself
@cases(([1, 2], [3, 4, 5], None), ([1, 2], [3, 4, 5], 3), ([], "abc", 2), ([1], [], 0), ([1, 2], {"x": 1, "y": 2}, 4))
def extend_both(xs, ys, n):
    d = deque(xs, n)
    d.extend(ys)
    out = [repr(d)]
    d.extendleft(ys)
    out.append(repr(d))
    d.extend(y for y in ys)
    out.append(repr(d))
    d.extend(d)
    out.append(repr(d))
    d.extendleft(d)
    out.append(repr(d))
    for bad in (5, None):
        try:
            d.extend(bad)
        except TypeError as e:
            out.append(err(e))
        try:
            d.extendleft(bad)
        except TypeError as e:
            out.append(err(e))
    return out


@cases(([1, 2, 3, 4, 5], 1), ([1, 2, 3, 4, 5], -2), ([1, 2, 3], 7), ([1, 2, 3], -10), ([], 3), ([1], 5),
       ([1, 2, 3], 0), ([1, 2], True))
def rotate(xs, n):
    d = deque(xs)
    d.rotate(n)
    out = [repr(d)]
    d.rotate()
    out.append(repr(d))
    d.rotate(-n)
    out.append(repr(d))
    for bad in (1.0, None, "1"):
        try:
            d.rotate(bad)
        except TypeError as e:
            out.append(err(e))
    return out


@cases(([1, 2, 3, 2, 1], 2), ([], 1), (["a", "b"], "b"), ([1, 2.0, True], 1))
def count_index_remove(xs, v):
    d = deque(xs)
    out = [d.count(v), d.count("zz"), v in d, "zz" in d, "zz" not in d]
    for f in (lambda: d.index(v), lambda: d.index(v, 1), lambda: d.index(v, -2), lambda: d.index(v, 0, 2),
              lambda: d.index(v, 1, -1), lambda: d.index(v, -100, 100), lambda: d.index(v, 3, 1),
              lambda: d.index(v, None), lambda: d.index(v, 1.5), lambda: d.index(v, 0, "x")):
        try:
            out.append(f())
        except (ValueError, TypeError) as e:
            out.append(err(e))
    try:
        d.remove(v)
        out.append(repr(d))
        d.remove("zz")
    except ValueError as e:
        out.append(err(e))
    return out


@cases(([1, 2, 3], None), ([1, 2, 3], 4), ([1, 2], 2), ([], None), ([], 0))
def insert(xs, n):
    d = deque(xs, n)
    out = []
    for i, v in ((1, "a"), (-1, "b"), (100, "c"), (-100, "d"), (0, "e"), (True, "f")):
        try:
            d.insert(i, v)
            out.append(repr(d))
        except IndexError as e:
            out.append(err(e))
    for bad in (1.0, None):
        try:
            d.insert(bad, 0)
        except (TypeError, IndexError) as e:
            out.append(err(e))
    return out


@cases(([1, 2, 3], 3), ([], None), (["x"], 1))
def clear_reverse_copy(xs, n):
    d = deque(xs, n)
    c = d.copy()
    d.reverse()
    out = [repr(d), repr(c), c == d, c is d]
    c.clear()
    out.append(repr(c))
    out.append(repr(d))
    c.clear()
    out.append(repr(c))
    out.append(c.maxlen)
    return out


# indexing: d[i], d[-1], errors; d[i] = x, del d[i]; a slice is a TypeError
@cases(([10, 20, 30],), ([],), (["a"],))
def indexing(xs):
    d = deque(xs)
    out = []
    for i in (0, -1, 1, 2, 3, -3, -4, True, 2.0):
        try:
            out.append(d[i])
        except (IndexError, TypeError) as e:
            out.append(err(e))
    for k in ("a", 1.5, None):
        try:
            out.append(d[k])
        except TypeError as e:
            out.append(err(e))
    try:
        out.append(d[1:2])
    except TypeError as e:
        out.append(err(e))
    try:
        out.append(d[::-1])
    except TypeError as e:
        out.append(err(e))
    for i in (0, -1, 5):
        try:
            d[i] = "set"
            out.append(repr(d))
        except IndexError as e:
            out.append(err(e))
    try:
        d["k"] = 1
    except TypeError as e:
        out.append(err(e))
    try:
        d[0:1] = [1]
    except TypeError as e:
        out.append(err(e))
    for i in (-1, 0, 7):
        try:
            del d[i]
            out.append(repr(d))
        except IndexError as e:
            out.append(err(e))
    try:
        del d[0:1]
    except TypeError as e:
        out.append(err(e))
    return out


# comparisons: deques among themselves (== ignores maxlen), with lists (== False, < TypeError)
@cases(([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1], [1, 2]), ([], []), (["a"], [1]))
def compare(xs, ys):
    a, b = deque(xs), deque(ys, 5)
    out = [a == b, a != b, a == xs, xs == a, a != xs, a == tuple(xs), a == a]
    for f in (lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b, lambda: a < xs, lambda: xs >= a,
              lambda: a < 1):
        try:
            out.append(f())
        except TypeError as e:
            out.append(err(e))
    out.append(sorted([deque([2]), deque([1, 5]), deque([1])]) == [deque([1]), deque([1, 5]), deque([2])])
    out.append(max(deque(xs), default=None) if all(type(x) is int for x in xs) else None)
    return out


# + and * (new deques, the left one's maxlen), += any iterable, *= n in place (aliases see it)
@cases(([1, 2], [3], None), ([1, 2, 3], [4, 5], 4), ([], [], 2), ([7], [8], 3))
def arithmetic(xs, ys, n):
    a, b = deque(xs, n), deque(ys)
    out = [repr(a + b), repr(b + a), repr(a * 2), repr(3 * a), repr(a * 0), repr(a * -1), repr(a * 5)]
    for f in (lambda: a + ys, lambda: ys + a, lambda: tuple(ys) + a, lambda: "s" + a, lambda: 1 + a,
              lambda: a * 2.0, lambda: a * a, lambda: a - b, lambda: -a):
        try:
            out.append(repr(f()))
        except TypeError as e:
            out.append(err(e))
    alias = a
    a += ys
    a += "z"
    out.append([repr(a), alias is a, repr(alias)])
    a *= 2
    out.append([repr(a), alias is a])
    a *= 0
    out.append([repr(a), alias is a])
    b *= 3
    out.append(repr(b))
    try:
        a += 5
    except TypeError as e:
        out.append(err(e))
    return out


# consumers: list, sorted, sum, join, reversed, tuple, enumerate, zip, min/max, any/all, set, dict, unpacking
@cases(([3, 1, 2],), ([],), ([5],))
def consumers(xs):
    d = deque(xs)
    out = [list(d), sorted(d), sum(d), tuple(d), list(reversed(d)), list(enumerate(d)), list(zip(d, d)),
           any(d), all(d), len(d), [x * 2 for x in d], sorted(set(d)), dict.fromkeys(d, 0), list(map(str, d))]
    s = deque(str(x) for x in xs)
    out.append("-".join(s))
    if len(d) == 3:
        a, b, c = d
        out.append([a, b, c])
        first, *rest = d
        out.append([first, rest])
    out.append(min(d) if d else None)
    out.append(list(d) is d)
    out.append(type(list(d)).__name__)
    return out


# iteration: a loop over a deque whose body changes it raises RuntimeError (also at the last item);
# d[i] = x and reverse() do not count as changes; a reverse loop ends quietly after its last item
@cases(([1, 2, 3],), ([],), ([1],))
def mutated_during_iteration(xs):
    out = []
    d = deque(xs)
    try:
        for x in d:
            out.append(x)
            if x == xs[-1]:
                d.append(99)
        out.append("no error")
    except RuntimeError as e:
        out.append(err(e))
    d = deque(xs)
    try:
        for x in d:
            d.popleft()
    except RuntimeError as e:
        out.append(err(e))
    d = deque(xs)
    for i, x in enumerate(d):
        d[i] = x * 10
        d.reverse()
        d.reverse()
    out.append(repr(d))
    d = deque(xs)
    for x in reversed(d):
        out.append(x)
        if x == xs[0]:
            d.append(5)
    out.append(repr(d))
    d = deque(xs)
    try:
        for x in reversed(d):
            d.appendleft(x)
    except RuntimeError as e:
        out.append(err(e))
    d = deque(xs)
    try:
        out.append([d.append(x) for x in d])
    except RuntimeError as e:
        out.append(err(e))
    d = deque(xs, 2)
    try:
        for x in d:
            d.rotate(0)
    except RuntimeError as e:
        out.append(err(e))
    d = deque(xs)
    try:
        for x in d:
            d.clear()
    except RuntimeError as e:
        out.append(err(e))
    return out


# repr / str, nested, self-containing, in f-strings and format(); json and Dash output raise
@cases(([1, "a", None, 2.5, [1]],), ([],))
def text(xs):
    d = deque(xs, 7)
    out = [repr(d), str(d), f"{d}", f"{d!r}", "%s" % (d,), str([d, deque()]), repr({"k": deque([d])}),
           format(d, "")]
    try:
        format(d, ">10")
    except TypeError as e:
        out.append(err(e))
    e = deque([1])
    e.append(e)
    out.append(repr(e))
    out.append(repr([e]))
    try:
        json.dumps(d)
    except TypeError as ex:
        out.append(err(ex))
    try:
        json.dumps({"a": [1, d]})
    except TypeError as ex:
        out.append(err(ex))
    out.append(type(d).__name__)
    out.append([isinstance(d, list), isinstance(d, tuple), isinstance(d, (dict, object))])
    try:
        {d: 1}
    except TypeError as ex:
        out.append(err(ex))
    try:
        out.append(len({1, d}))
    except TypeError as ex:
        out.append(err(ex))
    return out


@cases(([1, 2],), ([],))
def returned_to_dash(xs):
    return deque(xs)


@cases(([1, 2],),)
def returned_nested(xs):
    return {"hist": deque(xs, 3)}


# method errors: argument counts, list methods a deque lacks, attributes
@cases(([1, 2],),)
def method_errors(xs):
    d = deque(xs)
    out = []
    for f in (lambda: d.append(), lambda: d.append(1, 2), lambda: d.appendleft(), lambda: d.pop(0),
              lambda: d.popleft(1), lambda: d.extend(), lambda: d.extendleft([1], [2]), lambda: d.count(),
              lambda: d.index(), lambda: d.index(1, 0, 1, 2), lambda: d.insert(1), lambda: d.rotate(1, 2),
              lambda: d.clear(1), lambda: d.copy(1), lambda: d.reverse(1), lambda: d.remove(), lambda: d.sort(),
              lambda: d.upper(), lambda: xs.appendleft(1), lambda: xs.maxlen, lambda: d.get(1),
              lambda: d.popleft(), lambda: d.popleft(), lambda: d.popleft()):
        try:
            out.append(f())
        except (TypeError, AttributeError, ValueError, IndexError) as e:
            out.append(err(e))
    out.append(repr(d))
    return out


# a deque passed to a helper (a value of unknown type there) and back
def push_all(q, items):
    for it in items:
        q.append(it)
    return q


@cases(([1, 2, 3, 4],), ([],))
def through_helper(xs):
    d = push_all(deque(maxlen=2), xs)
    lst = push_all([], xs)
    return [repr(d), lst, d.maxlen, len(d), repr(push_all(d.copy(), "ab"))]


# undo / redo stacks as a Dash callback keeps them (stored as lists)
@cases(({"undo": [1, 2], "redo": []}, "undo"), ({"undo": [], "redo": [5]}, "redo"), (None, "undo"),
       ({"undo": [1, 2, 3, 4], "redo": [9]}, "push"))
def undo_redo(store, action):
    store = store or {"undo": [], "redo": []}
    undo = deque(store["undo"], maxlen=3)
    redo = deque(store["redo"], maxlen=3)
    if action == "undo" and undo:
        redo.append(undo.pop())
    elif action == "redo" and redo:
        undo.append(redo.pop())
    elif action == "push":
        undo.append(len(undo))
        redo.clear()
    return {"undo": list(undo), "redo": list(redo), "top": undo[-1] if undo else None}


# match: a deque is a sequence (sequence patterns match it; class patterns of list do not)
@cases(([1, 2],), ([1, 2, 3],), ([],))
def match_deque(xs):
    d = deque(xs)
    match d:
        case [a, b]:
            r = ["two", a, b]
        case [a, *rest]:
            r = ["many", a, rest]
        case _:
            r = ["other"]
    match d:
        case list():
            r.append("list")
        case _:
            r.append("not list")
    return r


# one random operation sequence (tests/test_deque_hypothesis.py): each operation's result or error, then the deque
@cases(([1, 2, 3], None, [["append", 4], ["rotate", -2], ["popleft"], ["index", 4, 0, 9], ["loop", 1]]),
       ([], 2, [["pop"], ["extendleft", [1, 2, 3]], ["insert", 0, 9], ["imul", 3], ["getitem", -3]]))
def apply_ops(init, maxlen, ops):
    d = deque(init, maxlen)
    out = []
    for op in ops:
        name = op[0]
        try:
            if name == "append":
                r = d.append(op[1])
            elif name == "appendleft":
                r = d.appendleft(op[1])
            elif name == "pop":
                r = d.pop()
            elif name == "popleft":
                r = d.popleft()
            elif name == "extend":
                r = d.extend(op[1])
            elif name == "extendleft":
                r = d.extendleft(op[1])
            elif name == "rotate":
                r = d.rotate(op[1])
            elif name == "clear":
                r = d.clear()
            elif name == "count":
                r = d.count(op[1])
            elif name == "index":
                r = d.index(op[1], op[2], op[3])
            elif name == "insert":
                r = d.insert(op[1], op[2])
            elif name == "remove":
                r = d.remove(op[1])
            elif name == "reverse":
                r = d.reverse()
            elif name == "copy":
                r = repr(d.copy())
            elif name == "getitem":
                r = d[op[1]]
            elif name == "setitem":
                d[op[1]] = op[2]
                r = None
            elif name == "delitem":
                del d[op[1]]
                r = None
            elif name == "contains":
                r = op[1] in d
            elif name == "iadd":
                d += op[1]
                r = None
            elif name == "imul":
                d *= op[1]
                r = None
            elif name == "add":
                r = repr(d + deque(op[1]))
            elif name == "mul":
                r = repr(d * op[1])
            elif name == "eq":
                r = [d == deque(op[1]), d < deque(op[1]), d >= deque(op[1]), d == op[1]]
            elif name == "loop":
                r = []
                for i, x in enumerate(d):
                    r.append(x)
                    if i == op[1]:
                        d.append(x)
            else:
                r = [len(d), bool(d), d.maxlen, list(reversed(d))]
            out.append([name, r])
        except (IndexError, ValueError, TypeError, RuntimeError) as e:
            out.append([name, type(e).__name__, str(e)])
    out.append(repr(d))
    return out


# deque bound to another name and called; a deque's method as key=; defaultdict of deques (a lambda factory)
@cases((["b", "a", "c", "a"],), ([],))
def names_and_bound_methods(xs):
    make = deque
    d = make(xs, 3)
    order = deque(reversed(xs))
    groups = {}
    for x in xs:
        groups.setdefault(x, deque(maxlen=2)).append(len(groups))
    from_lambda = list(map(lambda q: repr(q), groups.values()))
    return [repr(d), sorted(set(xs), key=order.index), from_lambda, list(filter(d.count, ["a", "z"]))]


def nothing():
    pass


# None made by the runtime (a function without return: undefined in JS) as an argument is still None;
# printf-style formatting does not take a deque as a mapping
@cases(([1, 2, 3],),)
def none_arguments_and_percent(xs):
    d = deque(xs)
    out = []
    for f in (lambda: d.index(2, nothing()), lambda: d.index(2, 0, nothing()), lambda: d.rotate(nothing()),
              lambda: d.insert(nothing(), 0), lambda: deque(nothing()), lambda: "%s" % d, lambda: "x" % d,
              lambda: "%(a)s" % d, lambda: "%s %s" % d, lambda: "%s" % (d,), lambda: "x" % []):
        try:
            out.append(f())
        except TypeError as e:
            out.append(err(e))
    d.append(nothing())
    out.append(repr(deque([nothing()], nothing())))
    out.append(repr(d))
    return out


# the other operators, builtins and str.format on a deque: CPython's errors and results
@cases(([1, 2],), (["a", "b"],))
def other_operators(xs):
    d = deque(xs)
    out = []
    for g in (lambda: d % 2, lambda: d // 2, lambda: d ** 2, lambda: d & d, lambda: d | d, lambda: ~d, lambda: abs(d),
              lambda: int(d), lambda: float(d), lambda: round(d), lambda: divmod(d, 2), lambda: d / 2, lambda: 2 - d,
              lambda: d(), lambda: str(d) + d, lambda: min(d, d), lambda: d << 1, lambda: [1] * d, lambda: d * True,
              lambda: chr(d), lambda: ord(d), lambda: sorted([deque([1]), [1]]), lambda: len(d),
              lambda: "".join(d), lambda: dict(d), lambda: set(d), lambda: d[None], lambda: xs.index(d),
              lambda: d == None, lambda: d is d, lambda: d in [d], lambda: [d] == [deque(xs)], lambda: bool(deque()),
              lambda: hex(d), lambda: format(d), lambda: "{}".format(d), lambda: "{0[0]}".format(d), lambda: "{0[9]}".format(d)):
        try:
            out.append(g())
        except Exception as e:
            out.append(err(e))
    return out


# extend / extendleft of a generator reading the deque itself: RuntimeError after the first item added
@cases(([1, 2],), ([],), ([5],))
def extend_from_itself(xs):
    out = []
    d = deque(xs)
    try:
        d.extend(x * 2 for x in d)
    except RuntimeError as e:
        out.append(str(e))
    out.append(repr(d))
    d = deque(xs)
    try:
        d.extendleft(x for x in d)
    except RuntimeError as e:
        out.append(str(e))
    out.append(repr(d))
    d = deque(xs, 2)
    try:
        d.extend(list(x for x in d))
    except RuntimeError as e:
        out.append(str(e))
    out.append(repr(d))
    return out


# deque(...) and extend / extendleft of ranges, enumerate, zip, map, filter, reversed, dict views, dicts, strs
@cases(([1, 0, 2], {"a": 1, "b": [2]}), ([], {}))
def from_iterables(xs, m):
    out = [repr(deque(range(4))), repr(deque(enumerate(xs))), repr(deque(zip(xs, xs), 2)), repr(deque(map(str, xs))),
           repr(deque(sorted(xs))), repr(deque(reversed(xs))), repr(deque(filter(None, xs))), repr(deque(m.items())),
           repr(deque(m.keys(), 1)), repr(deque(m.values())), repr(deque(m)), repr(deque("ab\u00e9"))]
    d = deque()
    d.extend(m.items())
    d.extendleft(m.values())
    d.extend(map(str, xs))
    d.extendleft(range(3))
    out.append(repr(d))
    return out


# isinstance(x, deque) (in tuples and | unions) and type(x) is deque
@cases(([1, 0, 2],), ([],))
def isinstance_and_type(xs):
    d = deque(xs)
    vals = [d, list(xs), tuple(xs), None, 1, "s", {}]
    out = []
    for v in vals:
        out.append([isinstance(v, deque), isinstance(v, (list, deque)), isinstance(v, list), isinstance(v, (dict, deque)),
                    type(v) is deque, type(v) == deque, type(v) is not deque, type(v) in (deque, list),
                    isinstance(v, deque | None)])
    return out


# a function that never makes a deque: isinstance(x, deque) is False for every value it can see
@cases(([1],), ((1,),), ({"a": 1},), (None,), ("s",))
def isinstance_without_deques(x):
    return [isinstance(x, deque), isinstance(x, (deque, list)), type(x) is deque]


# a deque instance (not the class) as isinstance's second argument: CPython's TypeError when the call runs
@cases(([1],), (None,))
def isinstance_of_a_deque_instance(x):
    try:
        return isinstance(x, deque())
    except TypeError as e:
        return str(e)
