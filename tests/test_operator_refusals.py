"""The operator and string modules and str.maketrans: what stays refused at compile time (an operator function
stored, returned or compared, as a builtin is; methodcaller; the in-place functions; attrgetter of a name py2cs
values do not have; a wrong call), each with its rewrite; and the same modules resolved from source (py2cs build
reads files without running them)."""
import json

import pytest
import quickjs

import py2cs
from refusal import assert_one_diagnostic, transpile_refused

H = "import operator\nimport string\nfrom operator import attrgetter, itemgetter\n\n\ndef f(a, b):\n"
REFUSED = [
    ("returned", H + "    return operator.add\n", 7, "operator.add can only be called or passed as an argument",
     "lambda a, b: operator.add(a, b)"),
    ("stored_in_dict", H + "    ops = {'+': operator.add, '-': lambda x, y: x - y}\n    return ops[a](b, b)\n", 7,
     "operator.add can only be called", "wrap it in a function"),
    ("alias_value", H + "    g = operator.neg\n    return [g(a), g]\n", 8, "'g' stands for operator.neg", "lambda"),
    ("compared", H + "    return operator.add == b\n", 7, "operator.add can only be called", "lambda"),
    ("unary_hint", H + "    return [operator.not_]\n", 7, "operator.not_ can only be called", "lambda a: operator.not_(a)"),
    ("getter_class_value", H + "    return list(map(itemgetter, a))\n", 7, "operator.itemgetter can only be called",
     "itemgetter(...)"),
    ("methodcaller", H + "    return list(map(operator.methodcaller('strip'), a))\n", 7,
     "operator.methodcaller is not supported", "lambda x: x.method(args)"),
    ("iadd", H + "    return operator.iadd(a, b)\n", 7, "operator.iadd is not supported", "x += y"),
    ("unknown", H + "    return operator.nope(a)\n", 7, "operator.nope is not supported", "itemgetter"),
    ("arity", H + "    return operator.add(a)\n", 7, "operator.add expected 2 arguments, got 1", "operator.add(a, b)"),
    ("arity_unary", H + "    return operator.neg(a, b)\n", 7, "operator.neg() takes exactly one argument (2 given)",
     "operator.neg(a)"),
    ("keywords", H + "    return operator.add(a=a, b=b)\n", 7, "operator.add() takes no keyword arguments", "position"),
    ("itemgetter_empty", H + "    return itemgetter()(a)\n", 7, "itemgetter expected 1 argument, got 0", "itemgetter("),
    ("attrgetter_name", H + "    return attrgetter(b)(a)\n", 7, "attrgetter() takes constant attribute names",
     "lambda x: x.year"),
    ("attrgetter_attr", H + "    return sorted(a, key=attrgetter('name'))\n", 7,
     "attrgetter('name'): the attribute 'name' is not supported", "write a lambda"),
    ("attrgetter_dotted", H + "    return attrgetter('year.real')(a)\n", 7, "the attribute 'real' is not supported",
     "lambda"),
    ("capwords", H + "    return string.capwords(a)\n", 7, "string.capwords is not supported", "capitalize()"),
    ("template", H + "    return string.Template(a)\n", 7, "string.Template is not supported", "f-string"),
    ("maketrans_kw", H + "    return a.translate(str.maketrans(x=b))\n", 7, "str.maketrans() takes no keyword arguments",
     "position"),
    ("maketrans_none", H + "    return a.translate(str.maketrans())\n", 7, "maketrans expected at least 1 argument, got 0",
     "str.maketrans(x, y, z)"),
    ("maketrans_on_a_value", H + "    return a.translate(a.maketrans('x', 'y'))\n", 7,
     "a.maketrans(...) on a value is not supported".replace("a.", "s."), "str.maketrans(...)"),
    ("maketrans_many", H + "    return str.maketrans(a, b, a, b)\n", 7, "maketrans expected at most 3 arguments, got 4",
     "str.maketrans("),
    ("module_level_methodcaller", "from operator import methodcaller\nM = methodcaller('strip')\n\n\ndef f(rows):\n"
     "    return list(map(M, rows))\n", 6, "'M' is not a literal constant", ""),
    ("module_level_attrgetter", "from operator import attrgetter\nNAME = attrgetter('name')\n\n\ndef f(rows):\n"
     "    return sorted(rows, key=NAME)\n", 6, "attrgetter('name'): the attribute 'name' is not supported", "lambda"),
    ("module_level_getter_of_a_name", "from operator import itemgetter\nK = 'a'\nKEY = itemgetter(K)\n\n\n"
     "def f(rows):\n    return sorted(rows, key=KEY)\n", 7, "'KEY' is not a literal constant", ""),
]


@pytest.mark.parametrize("name,src,line,words,hint", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(tmp_path, name, src, line, words, hint):
    path, err = transpile_refused(tmp_path, name, src)
    assert_one_diagnostic(path, err, line, words, hint)


SRC = '''import functools
import operator as op
import string
from operator import itemgetter, mul
from string import punctuation

BY_NAME = op.itemgetter("name")


def f(rows, xs, s):
    by = sorted(rows, key=itemgetter("date", "name"))
    return [by, functools.reduce(mul, xs, 1), list(map(op.neg, xs)), op.add(len(xs), 1),
            s.translate(str.maketrans("", "", punctuation + string.whitespace)), list(map(BY_NAME, rows))]
'''


def test_resolved_from_source(tmp_path):
    # the static resolver (py2cs build) reads `import operator as op` / `from string import punctuation`
    path = tmp_path / "mod.py"
    path.write_text(SRC, encoding="utf-8")
    js = py2cs.transpile_source(SRC, filename=str(path))
    ctx = quickjs.Context()
    ctx.eval("var window = {dash_clientside: {}};")
    ctx.eval(js)
    rows = [{"date": "2024-02", "name": "b"}, {"date": "2024-01", "name": "z"}]
    out = ctx.eval(f"JSON.stringify(window.dash_clientside.mod.f({json.dumps(rows)}, [2, 3, 4], 'a, b! c.'))")
    assert json.loads(out) == [sorted(rows, key=lambda r: (r["date"], r["name"])), 24, [-2, -3, -4], 4, "abc",
                               ["b", "z"]]
