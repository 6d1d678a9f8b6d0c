from difftest import cases


@cases((1, 2, 3), (3, 2, 1), (1, 1, 1), (0, -1, 5), (2.5, 2.5, 3))
def chained(a, b, c):
    return [a < b < c, a <= b <= c, a < b > c, a == b == c, a != b != c]


@cases(([1, 2], [1, 2, 0]), ([1, 2], [1, 3]), ([], []), ([2], [1, 9]), (["a"], ["b"]))
def list_compare(a, b):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


@cases(({"a": 1}, {"a": 1}), ({"a": 1, "b": 2}, {"b": 2, "a": 1}), ({"a": 1}, {"a": 1.0}), ({}, {"a": None}))
def dict_eq(a, b):
    return [a == b, a != b]


@cases(("abc", "abd"), ("", "a"), ("Z", "a"), ("é", "z"), ("😀", "\uffff"), ("ab", "ab"))
def str_compare(a, b):
    return [a < b, a > b, a == b, a <= b, max(a, b), min(a, b)]


@cases((1, 1.0), (0, False), (1, True), (None, None), (0, None), ("1", 1))
def eq_mixed(a, b):
    return [a == b, a != b]


@cases((None,), (0,), ([],), ("",), (False,))
def is_none(x):
    return [x is None, x is not None, x == None]  # noqa: E711


@cases((1, "a"), ([1], 2), (None, 1), ("a", None))
def lt_type_error(a, b):
    try:
        return a < b
    except TypeError as e:
        return "TypeError: " + str(e)


@cases(([1, [2, 3]], [1, [2, 4]]), ([1, [2, 3]], [1, [2, 3]]), ([[1], [0]], [[1]]))
def nested_list_compare(a, b):
    return [a < b, a == b, sorted([b, a])]


@cases((True, False), (True, True), (False, False))
def bool_compare(a, b):
    return [a < b, a > b, a == b, a + b, a * 3]


@cases((5,), (0,), (-3,), (10,), (7.5,))
def range_check(x):
    if 0 <= x < 5:
        return "low"
    elif 5 <= x <= 7:
        return "mid"
    elif x > 7:
        return "high"
    return "neg"


@cases(([1, 2, 3], 2), ([1, 2, 3], 4), ([], 0), (["a", "b"], "a"), ([1.0], 1))
def in_list(xs, v):
    return [v in xs, v not in xs]


@cases(({"a": 1}, "a"), ({"a": 1}, "b"), ({}, "x"))
def in_dict(d, k):
    return [k in d, k not in d, k in d.keys(), 1 in d.values()]


@cases(("hello", "ell"), ("hello", ""), ("", "a"), ("é😀x", "😀"))
def in_str(s, sub):
    return [sub in s, sub not in s]


@cases(("nan",), ("1.5",), ("0",), ("-inf",))
def nan_compare(t):
    x = float(t)
    return [x == x, x != x, x < 1, x > 1]


@cases(([1, 2], [1, 2]), ([1, 2], [2, 1]), ([], []))
def list_eq_tuple(a, b):
    return [tuple(a) == tuple(b), a == list(b), tuple(a) < tuple(b)]
