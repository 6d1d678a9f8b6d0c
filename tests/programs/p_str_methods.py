from difftest import cases


@cases(("a b  c",), ("  lead",), ("",), ("a\tb\nc\u3000d",), ("x",))
def split_ws(s):
    return [s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 1)]


@cases(("a,b,,c", ","), ("abc", "b"), ("", ","), ("aaa", "aa"))
def split_sep(s, sep):
    return [s.split(sep), s.split(sep, 1), s.rsplit(sep, 1), s.partition(sep), s.rpartition(sep)]


@cases(("abc", ""),)
def split_empty_sep(s, sep):
    try:
        return s.split(sep)
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(("a\nb\r\nc\rd",), ("",), ("x\n",), ("a\n\nb\x0bc\u2028d",))
def splitlines(s):
    return [s.splitlines(), s.splitlines(True)]


@cases(("  hi  ",), ("xxhixx",), ("",), ("\t\n é \u00a0",))
def strips(s):
    return [s.strip(), s.lstrip(), s.rstrip(), s.strip("x"), s.strip("xh"), s.rstrip(" ")]


@cases(("abcabc", "bc"), ("", ""), ("aaaa", "aa"), ("é😀é", "é"))
def find_family(s, sub):
    return [s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 3), s.count(sub, 1)]


@cases(("abc", "z"), ("abc", "c"))
def index_error(s, sub):
    try:
        return [s.index(sub), s.rindex(sub)]
    except ValueError as e:
        return "ValueError: " + str(e)


@cases(("hello", "he"), ("hello", ("x", "lo")), ("", ""), ("é😀", "😀"))
def starts_ends(s, p):
    if isinstance(p, list):
        p = tuple(p)
    return [s.startswith(p), s.endswith(p), s.startswith(p, 1), s.endswith(p, 0, 2)]


@cases(("42", 5), ("-42", 6), ("+1", 4), ("abc", 2), ("é", 3))
def padding(s, w):
    return [s.zfill(w), s.center(w), s.ljust(w, "*"), s.rjust(w, "."), s.center(w + 1, "😀")]


@cases(("a\tbc\td",), ("\t",), ("abcdefgh\tx",))
def expandtabs(s):
    return [s.expandtabs(), s.expandtabs(4), s.expandtabs(0)]


@cases(("123",), ("١٢٣",), ("½",), ("²",), ("abc",), ("",), ("a1",), (" ",), ("Ab Cd",), ("_x1",), ("1x",))
def predicates(s):
    return [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
            s.islower(), s.isupper(), s.istitle(), s.isidentifier()]


@cases(("prefix_body", "prefix_"), ("body.txt", ".txt"), ("", "x"))
def remove_affix(s, a):
    return [s.removeprefix(a), s.removesuffix(a)]


@cases(("aaa", "a", "b", 2), ("abc", "", "-", -1), ("xyz", "y", "", 0))
def replace_count(s, old, new, n):
    return s.replace(old, new, n)


@cases(("{} + {} = {}", [1, 2, 3]), ("{0}{1}{0}", ["a", "b", 0]), ("{:>5}|{:.2f}", ["x", 2.5, 0]), ("{!r}", ["é", 1, 2]))
def str_format_pos(fmt, args):
    return fmt.format(args[0], args[1], args[2] if len(args) > 2 else None)


@cases(({"a": 1, "b": [1, 2]},), ({"a": "x", "b": {"k": 2}},))
def str_format_index(d):
    return ["{0[a]}".format(d), "{0[b]!r:>12}".format(d), "{{}} {0}".format(1)]


@cases(("{0} {}",), ("{",), ("{5}",), ("{x}",))
def str_format_errors(fmt):
    try:
        return fmt.format(1)
    except (ValueError, IndexError, KeyError) as e:
        return "err: " + str(e)


@cases(("hello world", "o"),)
def method_chain(s, c):
    return s.upper().replace(c.upper(), "0").split()[::-1]


@cases(({"a": 1},), ({"a": "é"},), ({"a": [1.0, None]},))
def str_format_kw(d):
    return ["{a!r:>6}|{x}".format(a=d["a"], x=2), "{a} and {b}".format(a=d["a"], b=d), "{0}{k:^5}".format(0, k="m")]
