from difftest import cases


@cases((1, 2), (0, None), ("a", "b"))
def nested_defaults(a, b):
    def f(x, y=10, z="z"):
        return [x, y, z]
    return [f(a), f(a, b), f(a, z=b), f(y=a, x=b), f(a, b, None)]


@cases(([1, 2, 3],), ([],))
def star_args(xs):
    def total(*args):
        return [len(args), sum(args), list(args)]
    def head(first, *rest):
        return [first, rest]
    return [total(), total(1, 2), head(0), head(1, 2, 3)]


@cases((5,), (0,), (10,))
def recursion(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    return [fact(n), fib(n)]


@cases((3,), (-1,))
def lambdas(n):
    sq = lambda x: x * x  # noqa: E731
    add = lambda a, b: a + b  # noqa: E731
    return [sq(n), add(n, 1), list(map(lambda x: x + n, [1, 2])), list(filter(lambda x: x > n, [0, 5, -3]))]


@cases((1,), (None,))
def none_default(x):
    def f(a=None):
        if a is None:
            a = []
        a.append(1)
        return a
    return [f(), f(), f([x])]


@cases((2,), (5,))
def mutual_recursion(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return [is_even(n), is_odd(n)]


@cases((1, 2, 3),)
def kwonly_like_call(a, b, c):
    def f(a, b=2, c=3):
        return a * 100 + b * 10 + c
    return [f(a), f(a, c=c), f(c=a, b=b, a=c)]


@cases(([3, 1, 2],), ([],))
def map_filter_builtin(xs):
    return [list(map(str, xs)), list(filter(None, [0, 1, "", "a", None])), list(map(lambda a, b: a * b, xs, xs))]


@cases((1,),)
def wrong_arity_runtime(n):
    def f(a, b):
        return a + b
    g = f
    return g(n, 2)


@cases((2,), (0,))
def docstring_fn(n):
    """Docstring is ignored."""
    def inner():
        """inner doc"""
        return n * 2
    return inner()


@cases((10,), (0,))
def deep_recursion(n):
    def depth(k):
        return 0 if k == 0 else 1 + depth(k - 1)
    return depth(n * 25)


@cases((4,),)
def callable_check(n):
    def f():
        return 1
    return [callable(f), callable(n), callable(len), callable(lambda: 0)]


@cases((3,),)
def higher_order(n):
    def compose(f, g):
        return lambda x: f(g(x))
    inc = lambda x: x + 1  # noqa: E731
    dbl = lambda x: x * 2  # noqa: E731
    return [compose(inc, dbl)(n), compose(dbl, inc)(n)]


@cases(([1, 2],), ([],))
def print_plain_returns_none(xs):
    r = print("hello", xs)
    return r


@cases(([1, 2, 3],),)
def named_function_as_value(xs):
    def double(x):
        return x * 2
    g = double
    return [g(xs[0]), [h(1) for h in [double, g]], sorted(xs, key=lambda v: -v)]


@cases((-3,), (0,))
def builtin_alias(n):
    h = abs
    return h(n)
