"""Python functions called through values: a def or lambda stored in a container, passed to another function,
used as a key or as map()'s function. CPython binds the arguments against the signature at each call (a wrong
count raises TypeError naming the function's qualified name, *args packs into a tuple, defaults fill in); the JS
function used to ignore extra arguments and bind None to missing ones, returning a value where CPython raises.
Direct calls by name are checked at compile time; calls through values go through py_callv / py_fn_n."""
from difftest import cases


def _catch(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return "TypeError: " + str(e)


# (was a strict xfail) map() over two iterables with a one-parameter def
@cases(([1, 5], [3, 2]), ([], []), ([1], []))
def map_def_extra_argument(a, b):
    def f(x):
        return x * 2
    try:
        return list(map(f, a, b))
    except TypeError as e:
        return str(e)


# (was a strict xfail) a lambda taken out of a list and called with too many arguments
@cases((1,), (None,))
def lambda_from_list_wrong_arity(n):
    fs = [lambda x: x, lambda x, y: y]
    try:
        return [fs[0](n, 2)]
    except TypeError as e:
        return str(e)


# too few, too many, defaults, *args and keyword-only parameters, through a dict of functions
@cases((1,), (2.5,), ("s",))
def dispatch_table(x):
    def one(a):
        return [a]

    def two(a, b=10):
        return [a, b]

    def star(a, *rest):
        return [a, list(rest), len(rest)]

    def kwonly(a, *, scale=3):
        return [a, scale]

    def needs_kw(a, *, k):
        return [a, k]

    def none():
        return "none"

    table = {"one": one, "two": two, "star": star, "kwonly": kwonly, "needs_kw": needs_kw, "none": none}
    out = []
    for name in ["one", "two", "star", "kwonly", "needs_kw", "none"]:
        f = table[name]
        out.append([_catch(f), _catch(f, x), _catch(f, x, x), _catch(f, x, x, x)])
    return out


# a function parameter called inside a helper; lambdas defined in comprehensions and in other lambdas name
# their qualified names as CPython does
@cases((3,), (0,))
def passed_to_helper(n):
    def apply(g, *args):
        try:
            return g(*args) if len(args) != 2 else g(args[0], args[1])
        except TypeError as e:
            return str(e)

    adders = [lambda v: v + i for i in range(2)]
    make = lambda: (lambda a, b: a * b)   # noqa: E731
    return [apply(adders[0], n), apply(adders[1], n, n), apply(make(), n), apply(make(), n, 2),
            apply(lambda: n), apply(lambda: n, 1, 2)]


# key functions and filter functions given by name: the first call raises (an empty input never calls them)
@cases(([3, 1, 2],), ([],))
def key_and_filter_by_name(xs):
    def two_args(a, b):
        return a

    def one_arg(a):
        return -a

    out = [sorted(xs, key=one_arg), list(filter(one_arg, xs))]
    for f in (lambda: sorted(xs, key=two_args), lambda: min(xs, key=two_args, default=None),
              lambda: list(filter(two_args, xs)), lambda: list(map(two_args, xs, xs)),
              lambda: list(map(one_arg, xs, xs))):
        try:
            out.append(f())
        except TypeError as e:
            out.append(str(e))
    ys = list(xs)
    try:
        ys.sort(key=two_args)
        out.append(ys)
    except TypeError as e:
        out.append(str(e))
    return out


# not callable: CPython's "'list' object is not callable"
@cases((1,), ([1],), (None,), ("f",), ({"a": 1},), (2.5,))
def call_a_non_function(x):
    fs = [x]
    try:
        return fs[0](1)
    except TypeError as e:
        return str(e)


# a module-level function passed as a value
def _scale(a, b):
    return a * b


@cases((2,),)
def module_function_as_value(x):
    fs = [_scale]
    out = [fs[0](x, 3)]
    try:
        out.append(fs[0](x))
    except TypeError as e:
        out.append(str(e))
    return out


# a builtin passed to a Python function is the builtin's value (py2cs/lower/bvalue.py): called with any arguments
# it binds them as CPython does (len(a, b) raises CPython's TypeError; round(x, 2) and max(a, b) are in
# tests/test_compiler.py; more in p_builtin_values.py)
@cases(([3, 1, 2],), ("ab",))
def builtin_passed_to_helper(xs):
    def apply1(g, a):
        return g(a)

    def apply2(g, a, b):
        try:
            return g(a, b)
        except TypeError as e:
            return "TypeError"

    return [apply1(len, xs), apply1(sorted, xs), apply1(max, xs), apply1(str.upper, "x"),
            apply2(len, xs, xs)]


# a lambda default of a module-level helper is a module-level lambda: '<lambda>()' in messages
def _helper_with_lambda_default(x, f=lambda v: v):
    return f


@cases((1,),)
def module_level_lambda_qualname(x):
    g = _helper_with_lambda_default(x)
    try:
        return g(x, x)
    except TypeError as e:
        return str(e)
