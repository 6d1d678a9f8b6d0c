"""Review 3: a caught exception returned from a callback (alone or inside a list or dict): Dash's JSON encoder raises CPython's TypeError 'Object of type ValueError is not JSON serializable'; the JS sent the exception object's fields."""
from difftest import cases


@cases(([1, 2, 3],),)
def e1(xs):
    try:
        raise ValueError("v")
    except ValueError as e:
        return [e]


@cases(([1, 2, 3],),)
def e2(xs):
    try:
        xs[10]
    except IndexError as e:
        return {"k": e}


@cases(([1, 2, 3],),)
def e3(xs):
    try:
        return 1 / 0
    except Exception as e:
        return e


@cases(([1, 2, 3],),)
def e4(xs):
    try:
        return next(iter([]))
    except StopIteration as e:
        return "S", e, e.args


@cases(([1, 2, 3],),)
def e5(xs):
    errs = []
    for x in xs:
        try:
            int("a" * x)
        except ValueError as e:
            errs.append(e)
    return [str(e) for e in errs], len(errs)


@cases(([1, 2, 3],),)
def e6(xs):
    try:
        raise KeyError("k")
    except KeyError as e:
        return {"e": [e.args, str(e)]}
