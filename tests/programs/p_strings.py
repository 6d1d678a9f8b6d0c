from difftest import cases


@cases(("hello",), ("",), ("é😀x",), ("a😀😀b",), ("\u00e9\u0301",))
def str_len_index(s):
    out = [len(s)]
    if s:
        out += [s[0], s[-1], s[len(s) // 2]]
    return out


@cases(("abc", 5), ("abc", -4), ("", 0), ("😀", 1))
def str_index_error(s, i):
    try:
        return s[i]
    except IndexError as e:
        return "IndexError: " + str(e)


@cases(("abc",), ("é😀x",), ("",), ("ab😀cd",))
def str_iter(s):
    return [c for c in s] + [ord(c) for c in s]


@cases(("ab", 3), ("ab", 0), ("x", -1), ("😀", 2))
def str_repeat(s, n):
    return [s * n, n * s, s + s]


@cases(("abc", 1), ("abc", None), ("a", [1]))
def str_concat_error(s, x):
    try:
        return s + x
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(("hello world",), ("",), ("a,b,,c",), ("  x  ",))
def str_reverse(s):
    return [s[::-1], s[::2], s[1:-1], s[-3:]]


@cases(("hello",), ("😀é",), ("a\nb",), ("it's",), ('say "hi"',), ("back\\slash",), ("tab\there",))
def str_repr(s):
    return [repr(s), str(s), repr([s]), str({s: s})]


@cases(("x\x00y",), ("\x7f",), ("\u200b",), ("\ud7ff",), ("é\u0085",))
def str_repr_control(s):
    return repr(s)


@cases((65,), (233,), (128512,), (0x10FFFF,), (-1,), (0x110000,))
def chr_ord(n):
    try:
        c = chr(n)
        return [c, ord(c), len(c)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(("",), ("ab",), ("😀",))
def ord_error(s):
    try:
        return ord(s)
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(("abc", "b"), ("", "a"), ("aaa", "aa"))
def str_methods_mix(s, sub):
    return [s.count(sub), s.find(sub), s.replace(sub, "X"), s.split(sub) if sub else s.split()]


@cases((["a", "b"],), ([],), (["😀", "é"],))
def str_join(xs):
    return ["-".join(xs), "".join(xs), ", ".join(reversed(xs))]


@cases(([1, 2],), (["a", 2],))
def str_join_error(xs):
    try:
        return ",".join(xs)
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(("Hello World",), ("ÉCOLE",), ("ß",), ("ǅ",), ("İ",))
def str_case(s):
    return [s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize()]


@cases(("abc",), ("",), ("a😀",))
def str_multiline_const(s):
    t = """line1
line2 {}"""
    return t + s + 'x' "y"
