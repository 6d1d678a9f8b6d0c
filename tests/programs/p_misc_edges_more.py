from difftest import cases


# Was a bug: augmented assignment on a list is not always in place: `ys *= 2` rebinds a new list (CPython mutates the
# object, so aliases see it), and `zs[0] += [9]` / `d['k'] += [8]` store a new list instead of extending the
# stored one (plain-name `ys += [...]` IS in place). Python: [[1, 2, 1, 2, 9], True, [[1, 2, 1, 2, 9]]]; JS: [[1, 2], False, [[1, 2, 9]]]
@cases(([1, 2],), ([],))
def list_aug_mul(xs):
    ys = xs
    ys *= 2
    zs = [xs]
    zs[0] += [9]
    return [xs, ys is xs, zs]


@cases(([1, 2],),)
def list_subscript_iadd(xs):
    zs = [xs]
    zs[0] += [9]
    d = {"k": xs}
    d["k"] += [8]
    return [xs, zs[0] is xs]


@cases(([1, 2],),)
def list_imul_alias(xs):
    ys = xs
    ys *= 2
    return [xs, ys is xs]


# Was a bug: .format() on a receiver whose type is not static (a str parameter): the call lowers to
# py_m_format(fmt, [1234, "x"], new Map(...)), passing the positional array as ONE argument, so '{:,}' formats
# a list. Python '1,234,567|7_654_321|   x'; JS TypeError "unsupported format string passed to list.__format__".
# (A literal format string lowers to py_str_format(...) and works; without keyword arguments it works too.)
@cases(("{:,}|{:_}|{:>{w}}",),)
def str_format_nested(fmt):
    return fmt.format(1234567, 7654321, "x", w=4)


@cases(("{}-{k}",), ("{0}",))
def str_format_dynamic_receiver_kw(fmt):
    return fmt.format("a", k="b")
