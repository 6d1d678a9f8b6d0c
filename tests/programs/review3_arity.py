"""Review 3: a lambda whose parameters do not take the arguments the runtime calls it with (re.sub's repl with one match object, filter's function with one item): CPython raises TypeError at the call; the JS ran it with a parameter missing or an argument dropped."""
import re

from difftest import cases


@cases((['ab1'],),)
def ar1(xs):
    try:
        return re.sub(r"\d", lambda a, b: "x", xs[0])
    except TypeError as e:
        return str(e)


@cases(([1, 0, 2],),)
def ar2(xs):
    try:
        return list(filter(lambda a, b: True, xs))
    except TypeError as e:
        return str(e)


@cases((['ab1'],),)
def ar5(xs):
    p = re.compile(r"\d")
    try:
        return p.sub(lambda: "x", xs[0]), re.subn(r"\d", lambda *a: "y", xs[0]), re.sub(r"\d", lambda m, k=1: "z", xs[0])
    except TypeError as e:
        return str(e)


@cases((['a1'],),)

def b2(xs):
    def rep(m, extra):
        return "x"
    try:
        return re.sub(r"\d", rep, xs[0])
    except TypeError as e:
        return str(e)


@cases(([3, 1],),)
def b3(xs):
    def k(a, b):
        return a
    try:
        return sorted(xs, key=k)
    except TypeError as e:
        return str(e)


@cases(([3, 1],),)
def b4(xs):
    g = lambda a, b: a
    h = g
    try:
        return sorted(xs, key=h), max(xs, key=g)
    except TypeError as e:
        return str(e)


@cases(([3, 1],),)
def b5(xs):
    fs = [lambda a, b: a, lambda: 0]
    out = []
    for g in fs:
        try:
            out.append(list(filter(g, xs)))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(list(map(g, xs)))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(min(xs, key=g))
        except TypeError as e:
            out.append(str(e))
    return out
