"""A callback's return value is converted for the page after the function returned, as Dash's server serialises
it: a value that cannot be sent (a set, a range, a cycle) raises outside the callback's own try/except."""
from difftest import cases


@cases((1,), (0,))
def return_unsendable_in_try(x):
    try:
        if x:
            return [{x}]
        return [x]
    except TypeError:
        return "caught"


@cases((1,), (2,), (3,))
def return_in_handler_and_loop(x):
    try:
        for i in range(3):
            try:
                if i == x:
                    return {"r": range(i)}
                if i == 2:
                    raise ValueError(i)
            except KeyError:
                return "inner"
    except ValueError:
        return {"v": {x}}
    except TypeError:
        return "outer caught"
    return "end"


@cases((1,),)
def return_ok_in_try(x):
    out = []
    try:
        out.append(x)
        return out
    except TypeError:
        return "caught"
    finally:
        out.append("finally")
