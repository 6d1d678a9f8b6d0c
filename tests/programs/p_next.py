"""next() of an iterator made in the call (a generator expression, map(), filter(), iter(x)), and PEP 479 (StopIteration inside a generator expression becomes RuntimeError)."""
import re
from collections import defaultdict

from difftest import cases

ROWS = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3, "name": "c"}]


@cases((2,), (9,), (None,), ("2",))
def next_find(k):
    log = []

    def seen(r):
        log.append(r["id"])
        return r["id"] == k
    row = next((r for r in ROWS if seen(r)), None)
    name = next(map(lambda r: r["name"], filter(lambda r: r["id"] == k, ROWS)), "none")
    first = next(iter(ROWS))
    try:
        nothing = next(r for r in ROWS if r["id"] == k)
    except StopIteration as e:
        nothing = ["stop", str(e), repr(e)]
    return [row, name, first, nothing, log]


@cases(([3, 1],), ([],), ("ab",), ({"x": 1, "y": 2},), (5,), (None,))
def next_iter(xs):
    out = []
    try:
        out.append(next(iter(xs), "empty"))
    except TypeError as e:
        out.append(["err", str(e)])
    try:
        out.append(next(iter(xs)))
    except TypeError as e:
        out.append(["type", str(e)])
    except StopIteration as e:
        out.append(["stop", repr(e)])
    try:
        out.append(next(x * 2 for x in xs))
    except TypeError as e:
        out.append(["type", str(e)])
    except StopIteration as e:
        out.append(["stop", repr(e)])
    return out


@cases(([1, 2, 3],), ([],))
def next_default_order(xs):
    log = []

    def d(v):
        log.append(["default", v])
        return v

    def f(x):
        log.append(["item", x])
        return x
    return [next((f(x) for x in xs), d(0)), next(map(f, xs), d(1)), log]


@cases(([1, 2],), ([],))
def gen_raises_stop(xs):
    def g(x):
        if x == 2:
            raise StopIteration
        return x
    out = []
    try:
        out.append(list(g(x) for x in xs))
    except RuntimeError as e:
        out.append(["rt", str(e)])
    except StopIteration:
        out.append("stop")
    try:
        out.append([g(x) for x in xs])
    except RuntimeError as e:
        out.append(["rt", str(e)])
    except StopIteration:
        out.append("stop")
    try:
        out.append(next(g(x) for x in xs if x > 1))
    except RuntimeError as e:
        out.append(["rt", str(e)])
    except StopIteration:
        out.append("stop")
    try:
        out.append(sum(g(x) for x in xs))
    except RuntimeError as e:
        out.append(["rt", str(e)])
    except StopIteration:
        out.append("stop")
    return out


@cases((["a"],), ([],))
def next_iter_set(xs):
    try:
        return next(iter(set(xs)), None)
    except TypeError as e:
        return str(e)


@cases((["a", "b"],), ([],))
def gen_stop_from_factory(keys):
    def factory():
        raise StopIteration

    d = defaultdict(factory)
    d["a"] = 1
    try:
        return list(d[k] for k in keys)
    except RuntimeError as e:
        return ["rt", str(e)]
    except StopIteration:
        return "stop"


@cases(([1, 2],), ([],))
def gen_stop_from_key(xs):
    def k(v):
        if v == 2:
            raise StopIteration
        return v
    try:
        return list(sorted(xs, key=k) for _ in range(2))
    except RuntimeError as e:
        return ["rt", str(e)]
    except StopIteration:
        return "stop"


@cases((["ab", "cd"],),)
def gen_stop_from_re_sub_replacement(xs):
    def repl(m):
        if m.group(0) == "c":
            raise StopIteration
        return m.group(0).upper()
    pat = re.compile(r"[a-z]")
    out = []
    for make in ("module", "pattern"):
        try:
            if make == "module":
                out.append(list(re.sub(r"[a-z]", repl, s) for s in xs))
            else:
                out.append(list(pat.sub(repl, s) for s in xs))
        except RuntimeError as e:
            out.append(["rt", str(e)])
        except StopIteration:
            out.append("stop")
    return out
