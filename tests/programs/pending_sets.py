from difftest import cases


# Documented known difference (runtime-contract.md): True and 1 are distinct keys in JS Sets/Maps.
@cases(([1, 1.0, True],), ([0, False, 0.0],))
def set_numeric_merge(xs):
    return len(set(xs))


@cases(({"a": 1},),)
def dict_true_one_key(d):
    e = {1: "int"}
    e[True] = "bool"
    return [len(e), e[1]]


@cases((1,),)
def json_true_one_key(n):
    import_free = {1: "a", True: "d"}
    return len(import_free)
