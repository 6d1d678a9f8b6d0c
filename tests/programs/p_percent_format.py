from difftest import cases


@cases(("a", 1), ("é😀", -2), ("", 0))
def pct_basic(s, n):
    return ["%s=%d" % (s, n), "%r" % s, "%5s|%-5s|" % (s, s), "%03d" % n, "%+d" % n]


@cases((3.14159,), (-0.5,), (1e20,), (0,), (2.5,))
def pct_float(x):
    return ["%f" % x, "%.2f" % x, "%e" % x, "%g" % x, "%10.3f|" % x, "%-10.1e|" % x, "%G" % x]


@cases((255,), (-1,), (0,))
def pct_hex(n):
    return ["%x" % n, "%X" % n, "%#x" % n, "%o" % n, "%#o" % n, "%c" % 65]


@cases(({"name": "bob", "age": 3},), ({"name": "é", "age": 1.5},))
def pct_mapping(d):
    return "%(name)s is %(age)s (%(age)5.1f)" % d


@cases((5, 2.5), (1, 1))
def pct_star(w, x):
    return "%*.*f|" % (w, 2, x)


@cases(([1, 2],), (None,), (True,), ({"a": 1},))
def pct_single_non_tuple(v):
    return ["%s" % (v,), "%r" % (v,), "val: %s" % str(v)]


@cases((1,), (2,))
def pct_percent_literal(n):
    return "%d%% done" % (n * 10)


@cases(("%d", "x"), ("%s %s", 1), ("%s", (1, 2)), ("%d", 1.7), ("%z", 1))
def pct_errors(fmt, v):
    try:
        return fmt % v
    except (TypeError, ValueError) as e:
        return "err: " + str(e)


@cases((1.5,), (2,), (-3.7,))
def pct_int_of_float(x):
    return ["%d" % x, "%i" % x, "%s" % x, "%r" % x]


@cases(("abc",), ("😀é",))
def pct_precision_str(s):
    return ["%.2s" % s, "%5.1s|" % s, "%-6r|" % s]
