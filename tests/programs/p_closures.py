from difftest import cases


@cases((0,), (5,))
def counter_nonlocal(start):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count
    inc()
    inc(10)
    return [count, inc()]


@cases((3,),)
def make_adders(n):
    def make(k):
        def add(x):
            return x + k
        return add
    adders = [make(i) for i in range(n)]
    return [a(100) for a in adders]


@cases(([1, 2, 3],), ([],))
def closure_mutates_list(xs):
    acc = []

    def push(v):
        acc.append(v * 2)
    for x in xs:
        push(x)
    return acc


@cases((2,),)
def nested_three_levels(n):
    def a():
        x = n

        def b():
            nonlocal x
            x += 1

            def c():
                return x * 10
            return c()
        return [b(), x]
    return a()


@cases((1,),)
def closure_sees_later_binding(n):
    def f():
        return v
    v = n
    r1 = f()
    v = n + 1
    return [r1, f()]


@cases((3,),)
def memo_with_dict(n):
    memo = {}

    def fib(k):
        if k in memo:
            return memo[k]
        r = k if k < 2 else fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    return [fib(n * 10), len(memo)]


@cases(("a",),)
def shadowing(x):
    def f(x):
        return x + "!"
    y = f("inner")
    return [x, y]


@cases((2,),)
def nonlocal_in_loop(n):
    total = 0

    def add_all(xs):
        nonlocal total
        for v in xs:
            total += v
    add_all(range(n))
    add_all([10])
    return total
