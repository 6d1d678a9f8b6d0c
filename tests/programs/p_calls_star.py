from difftest import cases


@cases(([1, 2],), ([3, 4, 5],))
def star_calls_bind_like_cpython(xs):
    def k(a, *rest):
        return len(rest)
    def h(a, b=2):
        return a + b
    def m(a, b):
        return a * b
    out = [k(*xs), k(1, *xs), k(*xs, 5), h(*xs[:1]), m(*xs[:2])]
    for args in [[], [1, 2, 3], [1]]:
        try:
            out.append(h(*args))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(m(*args))
        except TypeError as e:
            out.append(str(e))
    try:
        out.append(k(*[]))
    except TypeError as e:
        out.append(str(e))
    return out


@cases((None,), (3,), ("s",), (2.5,))
def pow_augassign_and_isinstance_none(x):
    n = 10
    n **= 2
    return [n, isinstance(x, type(None)), isinstance(x, (int, type(None))), isinstance(x, str)]
