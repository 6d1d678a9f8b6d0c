"""itertools / functools.reduce: the forms py2cs does not reproduce are refused at compile time, each with its
message and a hint (tests/test_refusals.py style)."""
import re

import pytest

import py2cs

_H = "from itertools import chain, count, cycle, groupby, islice, repeat, combinations, accumulate, zip_longest\n" \
     "import itertools\nimport functools\nfrom functools import reduce\n\n\n"
_L = 7          # the line of `def f` in a source starting with _H

# (id, body lines of def f(xs, ys), line offset of the problem within the body (1 = first body line), words)
REFUSED = [
    ("kept_in_variable", ["it = chain(xs, ys)", "return [x for x in it]"], 1, "chain() is a one-shot iterator"),
    ("returned", ["return islice(xs, 2)"], 1, "islice() is a one-shot iterator"),
    ("truth_value", ["if zip_longest(xs, ys):", "    return 1", "return 0"], 1, "zip_longest() is a one-shot"),
    ("len_of_iterator", ["return len(combinations(xs, 2))"], 1, "combinations() is a one-shot"),
    ("json_output", ["return {'a': accumulate(xs)}"], 1, "accumulate() is a one-shot"),
    ("groupby_list", ["return list(groupby(xs))"], 1, "groupby() is supported only as the iterable of"),
    ("groupby_target", ["out = []", "for pair in groupby(xs):", "    out.append(pair[0])", "return out"], 2,
     "for key, group in groupby"),
    ("groupby_enumerate", ["return [i for i, (k, g) in enumerate(groupby(xs))]"], 1, "groupby() is supported only"),
    ("group_kept", ["out = []", "for k, g in groupby(xs):", "    out.append(g)", "return out"], 3,
     "a groupby() group is a one-shot iterator"),
    ("group_len", ["return [len(g) for k, g in groupby(xs)]"], 1, "a groupby() group is a one-shot iterator"),
    ("group_returned", ["for k, g in groupby(xs):", "    return g", "return None"], 2, "a groupby() group"),
    ("group_reassigned", ["g = []", "for k, g in groupby(xs):", "    ys.append(list(g))", "return ys"], 2,
     "'g' holds a groupby() group here and is assigned something else"),
    ("count_list", ["return list(count())"], 1, "count() never ends"),
    ("cycle_sorted", ["return sorted(cycle(xs))"], 1, "cycle() never ends"),
    ("repeat_tuple", ["return tuple(repeat(1))"], 1, "repeat() never ends"),
    ("tee", ["a, b = itertools.tee(xs)", "return list(a)"], 1, "itertools.tee is not supported"),
    ("partial", ["g = functools.partial(max, 1)", "return g(xs)"], 1, "functools.partial is not supported"),
    ("lru_cache_attr", ["return functools.lru_cache"], 1, "functools.lru_cache is not supported"),
    ("chain_keyword", ["return list(chain(xs, x=1))"], 1, "chain() takes no keyword arguments"),
    ("islice_keyword", ["return list(islice(xs, stop=2))"], 1, "islice() takes no keyword arguments"),
    ("reduce_keyword", ["return reduce(function=max, iterable=xs)"], 1, "reduce() takes no keyword arguments"),
    ("zip_longest_keyword", ["return list(zip_longest(xs, ys, fill=0))"], 1, "unexpected keyword argument 'fill'"),
    ("accumulate_initial_positional", ["return list(accumulate(xs, max, 0))"], 1, "at most 2 positional"),
    ("combinations_missing_r", ["return list(combinations(xs))"], 1, "missing required argument 'r'"),
    ("islice_too_many", ["return list(islice(xs, 1, 2, 3, 4))"], 1, "at most 4 positional"),
    ("reduce_missing", ["return reduce(max)"], 1, "missing required argument 'iterable'"),
    ("islice_starred", ["return list(islice(*xs))"], 1, "*args"),
    ("reduce_kwargs", ["return reduce(max, **ys)"], 1, "*args"),
    ("chain_as_value", ["f = chain", "return list(f(xs))"], 2, "itertools.chain cannot be called here"),
    ("reduce_as_value", ["return list(map(reduce, xs))"], 1, "functools.reduce can only be called"),
    ("chain_attr", ["return chain.__name__"], 1, "attribute '.__name__' of itertools.chain"),
    ("repeat_of_generator", ["return list(repeat((x for x in xs), 2))"], 1, "a generator expression is a one-shot"),
    ("accumulate_initial_map", ["return list(accumulate(xs, initial=map(str, ys)))"], 1, "map() is a one-shot"),
    ("group_reassigned_in_body", ["out = []", "for k, g in groupby(xs):", "    out.append(k)", "    g = list(g)",
                                  "return out"], 2, "'g' holds a groupby() group here"),
    ("next_of_variable", ["it = islice(xs, 1)", "return next(it)"], 1, "islice() is a one-shot iterator"),
]


@pytest.mark.parametrize("name,body,offset,words", [pytest.param(*c, id=c[0]) for c in REFUSED])
def test_refused(tmp_path, name, body, offset, words):
    src = _H + "def f(xs, ys):\n" + "".join(f"    {b}\n" for b in body)
    path = tmp_path / f"{name}.py"
    path.write_text(src, encoding="utf-8")
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(src, filename=str(path))
    err = info.value
    text = str(err)
    line = _L + offset
    hits = [d for d in err.diagnostics if words.lower() in d.message.lower()]
    assert hits, text
    d = hits[0]
    assert d.line == line, text
    assert re.search(re.escape(f"{path}:{line}:") + r"\d+: error: ", text), text
    assert src.splitlines()[line - 1].strip() in text, text
    assert d.hint and len(d.hint) >= 6, text


def test_live_function_refused():
    """The same refusal through a live function (LiveResolver) as through the source (StaticResolver)."""
    from itertools import chain

    def f(xs):
        it = chain(xs, xs)
        return list(it)

    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(f)
    assert "chain() is a one-shot iterator" in str(info.value)


def test_live_unsupported_names():
    import functools
    import itertools

    def f(xs):
        return list(itertools.tee(xs)[0])

    def g(xs):
        return functools.partial(max, 1)(xs)

    for fn, words in ((f, "itertools.tee is not supported"), (g, "functools.partial is not supported")):
        with pytest.raises(py2cs.TranspileError) as info:
            py2cs.transpile(fn)
        assert words in str(info.value)


def test_static_aliases_transpile(tmp_path):
    src = ("import itertools as it\nfrom itertools import chain as ch\nfrom functools import reduce as red\n\n\n"
           "def f(xs):\n    return [list(it.islice(xs, 2)), list(ch(xs, xs)), red(lambda a, b: a + b, xs, 0)]\n")
    js = py2cs.transpile_source(src, filename=str(tmp_path / "a.py"))
    assert "py_it_islice" in js and "py_it_chain" in js and "py_reduce" in js


def test_group_listed_later_refused(tmp_path):
    """`g = list(g)` is taken as a list from the start only as the loop body's first statement."""
    src = _H + "def f(xs, ys):\n    for k, g in groupby(xs):\n        ys.append(k)\n        g = list(g)\n    return ys\n"
    path = tmp_path / "later.py"
    path.write_text(src, encoding="utf-8")
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(src, filename=str(path))
    assert "'g' holds a groupby() group here" in str(info.value)
