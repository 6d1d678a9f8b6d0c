from difftest import cases


# Was a bug: dict.fromkeys is listed in py2cs/tables/methods.py DICT_CLASSMETHODS but refused:
# "method 'fromkeys' of dict is not supported"
@cases((["a", "b"],), ([],), (["x", "x"],))
def dict_fromkeys(keys):
    return [dict.fromkeys(keys, 0), dict.fromkeys(keys)]


# Was a bug: dict(a=1, b="2") (keyword arguments only) -> JS TypeError "'NoneType' object is not iterable"
@cases((1,), ("x",))
def dict_kwargs_only(v):
    return dict(a=v, b="2")
