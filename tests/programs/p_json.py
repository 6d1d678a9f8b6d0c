import json

from difftest import cases


@cases(({"a": 1, "b": [1, 2.5, None, True]},), ([],), ("é😀",), (1e16,), (0.1,), ({"x": {"y": {}}},))
def dumps_default(v):
    return [json.dumps(v), json.dumps(v, sort_keys=True), json.dumps(v, ensure_ascii=False)]


@cases(({"b": 1, "a": [1, {"c": 2}]},), ([],), ({},))
def dumps_indent(v):
    return [json.dumps(v, indent=2), json.dumps(v, indent=0), json.dumps(v, separators=(",", ":"))]


@cases(('{"a": 1, "b": [1.0, 2.5, null]}',), ("[]",), ('"x"',), ("1e3",), ("{bad",), ("NaN",))
def loads_basic(s):
    try:
        v = json.loads(s)
        return [v, str(v), repr(v)]
    except ValueError:
        return "ValueError"


@cases((1,), (1.0,), (2.5,))
def dumps_float_int(x):
    return [json.dumps(x), json.dumps(x * 1.0), json.dumps([x / 2])]


@cases(({"k": 1},),)
def roundtrip(d):
    s = json.dumps(d)
    back = json.loads(s)
    back["new"] = [1, 2]
    return [s, back == d, json.dumps(back)]


@cases((1,),)
def dumps_nonstr_keys(n):
    return json.dumps({1: "a", 2.5: "b", None: "c", False: "d"})


@cases(([1, 2],),)
def dumps_set_error(xs):
    try:
        return json.dumps(set(xs))
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(("\x00\n\t\"\\",), ("\u2028",))
def dumps_escapes(s):
    return [json.dumps(s), json.dumps(s, ensure_ascii=False)]


@cases(("inf",), ("nan",))
def dumps_nonfinite(t):
    return json.dumps([float(t), -float(t)])
