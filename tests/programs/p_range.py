"""range objects: their repr, == between ranges, slices that are ranges, index messages, no JSON form, not a list."""
import json

from difftest import cases


@cases((3,),)
def r1(n):
    return range(n)


@cases((3,),)
def r2(n):
    x = range(n)
    return [x]


@cases((3,),)
def r3(n):
    return [str(range(n)), repr(range(1, n, 2)), range(n) == range(n), range(n) == [0, 1, 2], len(range(n))]


@cases((3,),)
def r4(n):
    return list(range(10)[::-3]), range(n)[1], 2 in range(n), range(n)[-1]


@cases((3,),)
def r5(n):
    r = range(n)
    return {"k": r[1:]}


@cases((3,), (0,), (7,))
def range_ops(n):
    r = range(1, n * 2, 2)
    out = [str(r), repr(r[::-1]), repr(r[1:]), repr(range(10)[::-3]), repr(range(10)[2:100]), str(range(n, 0, -1)[1::2]),
           len(r), bool(r), list(r), tuple(r), sorted(r, reverse=True), sum(r), 3 in r, 4 in r, 2.0 in range(n),
           r == range(1, n * 2, 2), range(0) == range(5, 5), r == list(r), r != tuple(r), [r] == [r], type(r).__name__,
           isinstance(r, list), isinstance(r, tuple), [x * 2 for x in r], list(zip(r, "abc")), list(reversed(r)),
           str([range(2), (range(1),)]), f"{range(3)}", "%s" % (range(2),), "{}".format(range(4, 1, -1)),
           r.count(3), max(r, default=None), list(enumerate(r)), [*r], dict.fromkeys(r, 0)]
    for op in ("idx", "index", "count", "setitem", "delitem", "add", "radd", "mul", "lt", "append", "str_key",
               "json", "missing", "neg"):
        try:
            if op == "idx":
                out.append(r[5])
            elif op == "index":
                out.append(r.index(5))
            elif op == "count":
                out.append(r.count(1, 2))
            elif op == "setitem":
                r[0] = 1
            elif op == "delitem":
                del r[0]
            elif op == "add":
                out.append(r + r)
            elif op == "radd":
                out.append([1] + r)
            elif op == "mul":
                out.append(r * 2)
            elif op == "lt":
                out.append(r < r)
            elif op == "append":
                r.append(1)
            elif op == "str_key":
                out.append(r["a"])
            elif op == "key":
                out.append({r: 1})
            elif op == "json":
                out.append(json.dumps(r))
            elif op == "neg":
                out.append(r[-1])
            else:
                out.append([r.index(2.5) if n else 0, r.index(True) if n else 0, r.index(False)])
        except (IndexError, ValueError, TypeError, AttributeError) as e:
            out.append([op, str(e)])
    return out


@cases((3,),)
def range_through_helper(n):
    def show(xs):
        return [str(xs), len(xs), xs[0] if xs else None]
    return show(range(n)), show(list(range(n))), show(range(n)[1:])


@cases((0, 0),)
def range_index_messages(a, b):
    out = []
    try:
        out.append(range(a, b)[0])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(range(a, b).index(3))
    except ValueError as e:
        out.append(str(e))
    return out


@cases((3,), (0,))
def range_more(n):
    r = range(n)
    out = [list(reversed(r)), [*r], dict(zip(r, "abc")), " ".join(map(str, r)), max(r, default=-1), min(r, default=-1),
           r[1:2] == range(1, 2), range(n) in [range(n)], isinstance(r, tuple), [x for x in r if x], sum(r[::2]),
           list(r[::-1]), tuple(r[1:]), repr(tuple(r)), repr(list(r)), repr(r[0:0]), len(r[::2]), r[::2] == range(0, n, 2)]
    if n:
        a, *b = r
        out.append([a, b])
    for op in ("startswith", "sorted", "join", "format", "pct"):
        try:
            if op == "startswith":
                out.append("abc".startswith(r))
            elif op == "sorted":
                out.append(sorted([range(2), range(1)]))
            elif op == "join":
                out.append(",".join(r))
            elif op == "format":
                out.append(f"{r!r:>20}|{r}")
            else:
                out.append("%s %s" % (r, r[1:]))
        except TypeError as e:
            out.append([op, str(e)])
    return out
