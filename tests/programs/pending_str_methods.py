from difftest import cases


# BUG: str.format keyword arguments refused ("str.format() got an unexpected keyword argument 'a'"); **d in call refused
@cases(({"a": 1, "b": [1, 2]},), ({"a": "x", "b": {"k": 2}},))
def str_format_kw(d):
    return ["{a} and {b}".format(**d), "{a!r:>6}".format(a=d["a"]), "{0[a]}".format(d), "{{}} {x}".format(x=1)]


@cases(({"a": 1},), ({"a": "é"},))
def str_format_kw_only(d):
    return "{a!r:>6}|{x}".format(a=d["a"], x=2)
