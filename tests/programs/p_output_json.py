"""What a callback returns must be JSON that Dash can send: values with no JSON form fail as CPython's encoder
fails (before: a function in the result was dropped or sent as null, a list holding itself overflowed the
stack)."""
import json

from difftest import cases


# (was a strict xfail) a list that contains itself: CPython's json encoder raises ValueError at once
@cases(([1, 2],),)
def returns_circular_list(a):
    a.append(a)
    return a


# cycles through dicts and deeper levels; a value shared twice (no cycle) is fine
@cases((1,), ("x",))
def circular_and_shared(x):
    shared = [x]
    out = [{"a": shared, "b": shared}]
    d = {"k": [x]}
    d["k"].append({"back": d})
    try:
        out.append(json.dumps(d))
    except ValueError as e:
        out.append(str(e))
    return out, d


# a function in the result: TypeError "Object of type function is not JSON serializable" (was {"x": 1} / [null])
@cases((1,),)
def returns_function_in_dict(x):
    def f(v):
        return v
    return {"f": f, "x": x}


@cases((1,),)
def returns_lambda_in_list(x):
    return [x, lambda v: v]


@cases((1,),)
def returns_function(x):
    return lambda v: v + x
