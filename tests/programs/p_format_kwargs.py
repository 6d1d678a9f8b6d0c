"""fmt.format(*args, **row): the positionals spread and the keywords merged in the order written (refused before),
with CPython's TypeErrors for a value after * that is not iterable, after ** that is not a dict, a keyword given twice."""
from difftest import cases

@cases(({"name": "pen", "price": 1.5},), ({"name": "x"},), ({},), (None,), (5,), ({"a": 1, "1": 2},))
def format_kwargs(row):
    out = []
    for f in (lambda: "{name} costs {price:.2f}".format(**row),
              lambda: "{name}/{0}".format("p", **row),
              lambda: "{name}{price}".format(name="n", **row),
              lambda: "{0}{1}".format(*[1, 2], **row),
              lambda: "{}".format(*5),
              lambda: "{}{}".format(1, *row) if isinstance(row, list) else "{}".format(*[row]),
              lambda: "{a}".format(**row, **{"b": 2})):
        try:
            out.append(f())
        except TypeError as e:
            out.append("TypeError: " + str(e))
        except KeyError as e:
            out.append("KeyError: " + str(e))
        except (ValueError, IndexError) as e:
            out.append("VI: " + str(e))
    return out
