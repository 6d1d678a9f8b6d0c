from difftest import cases


@cases((3, 3), (300, 301))
def is_certain_answers(a, b):
    out = []
    for x, y in [(a, b), (1, 1), (a, a + 1), ("x", "y"), ("a", "a"), ("", ""), (None, None), (True, True), ([1], [1])]:
        out.append(x is y)
    l = [1]
    out.append(l is l)
    return out


@cases((5,),)
def is_small_int_cached(a):
    c = a
    c |= 0
    try:
        return c is a
    except TypeError as e:
        return str(e)


@cases((2 ** 53,), (2 ** 53 + 2,), (255,), (2 ** 60,))
def big_int_radix_format_chr_dict_ior(a):
    out = []
    try:
        out.append(f"{a:x}|{a:#o}|{a:b}|{hex(a)}|{oct(a)}|{bin(-a)}|{'%x' % a}|{'%#X' % a}")
    except Exception as e:
        out.append(str(e))
    for spec in [None, "x", 3]:
        try:
            out.append(format(a, spec))
        except TypeError as e:
            out.append(str(e))
    for n in [2**31, -2**31 - 1, 0x110000]:
        try:
            out.append(chr(n))
        except (ValueError, OverflowError) as e:
            out.append(str(e))
    d = {}
    d |= [["k", 1]]
    d |= {"z": 2}
    out.append(d)
    return out
