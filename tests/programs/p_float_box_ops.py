"""A value statically a float (total = 0.0, x / y) meeting a value of unknown type that is an integral float
(1.25 * 4 == 5.0, kept boxed as a float) or something else: + - * and the comparisons on both sides."""
from difftest import cases


@cases(([{"p": 1.25, "q": 4}, {"p": 12.99, "q": 2}, {"p": 3, "q": 1}, {"p": 0.5, "q": 3}],),
       ([{"p": 2.5, "q": 2}, {"p": -1.5, "q": 2}, {"p": True, "q": 3}],), ([],),
       ([{"p": 2.5, "q": 2}, {"p": 1.25, "q": 4}],))           # 5.0 against half == 5.0
def float_with_boxes(items):
    total = 0.0
    out = []
    for it in items:
        amount = it["p"] * it["q"]          # unknown type: 5.0 stays a float
        total += amount
        half = total / 2                    # statically a float
        out.append([str(total), str(half + amount), str(amount + half), str(half - amount), str(amount - half),
                    str(half * amount), str(amount * half), half < amount, amount < half, half <= amount,
                    amount >= half, half > amount, amount > half, half >= amount, amount <= half])
    return out, str(total)


@cases((5.0,), (2,), (True,), ("s",), (None,), ([1],), (-0.0,), (2.5,))
def float_with_unknown(v):
    f = 1.5 * 2                             # the float 3.0
    out = []
    for op in ("+", "-", "*", "<", "<=", ">", ">="):
        try:
            if op == "+":
                r = [f + v, v + f]
            elif op == "-":
                r = [f - v, v - f]
            elif op == "*":
                r = [f * v, v * f]
            elif op == "<":
                r = [f < v, v < f]
            elif op == "<=":
                r = [f <= v, v <= f]
            elif op == ">":
                r = [f > v, v > f]
            else:
                r = [f >= v, v >= f]
            out.append([str(x) for x in r])
        except TypeError as e:
            out.append(str(e))
    return out
