"""Builtins, unbound methods and module functions as values (py2cs/lower/bvalue.py): the programs of
tests/programs/p_builtin_values.py in V8, what stays refused (at compile time, or at run time with a py2cs
TypeError where CPython's result holds an address or py2cs refuses the direct call too), and the generated code of
direct calls (unchanged: no value is declared for them)."""
import json
import shutil
import statistics
from datetime import date

import pytest

import py2cs
from difftest import Compiled, program_functions, v8_mismatches
from refusal import assert_one_diagnostic, transpile_refused


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_programs_in_v8():
    assert v8_mismatches(program_functions("p_builtin_values.py")) == []


REFUSED = [
    ("enumerate_value", "def f(xs):\n    g = [enumerate]\n    return list(g[0](xs))\n", 2, "enumerate() returns an iterator"),
    ("zip_in_list", "def f(xs):\n    return [zip, xs]\n", 2, "zip() returns an iterator"),
    ("print_value", "def f(xs):\n    log = [print]\n    return xs\n", 2, "print() as a value"),
    ("isinstance_value", "def f(x):\n    fs = [isinstance]\n    return fs[0](x, int)\n", 2, "isinstance()"),
    ("dict_keys_value", "def f(d):\n    g = [dict.keys]\n    return g[0](d)\n", 2, "dict.keys can only be passed as key="),
    ("timedelta_value", "from datetime import timedelta\n\n\ndef f(x):\n    return [timedelta]\n", 5,
     "datetime.timedelta can only be called"),
    ("re_function_value", "import re\n\n\ndef f(s):\n    fs = [re.sub]\n    return fs\n", 5, "re.sub can only be called"),
]


@pytest.mark.parametrize("name,src,line,words", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(tmp_path, name, src, line, words):
    path, err = transpile_refused(tmp_path, name, src)
    assert_one_diagnostic(path, err, line, words)


def _mean_repr(i):
    return repr([statistics.mean, json.dumps][i])


def _str_with_encoding(x):
    fs = [str, len]
    return fs[0](x, "utf-8")


def _dumps_skipkeys(x):
    fs = [json.dumps]
    return fs[0](x, skipkeys=True)


def _sorted_bad_keyword(xs):
    fs = [sorted]
    return fs[0](xs, zzz=1)


def _date_two_arguments(y):
    fs = [date]
    return fs[0](y, 1)


@pytest.mark.parametrize("func, args, words", [
    # CPython: "function missing required argument 'day' (pos 3)" for ints, "'str' object cannot be interpreted as
    # an integer" for a str: its text depends on the values
    (_date_two_arguments, [2024], "datetime.date() called through a value with these arguments"),
    (_mean_repr, [0], "holds its memory address"),          # CPython: '<function mean at 0x7f...>'
    (_mean_repr, [1], "holds its memory address"),
    (_str_with_encoding, ["x"], "str() called through a value with these arguments"),   # (its TypeError for a str)
    (_dumps_skipkeys, [{"a": 1}], "skipkeys= is not supported"),
    # CPython's text depends on the argument: 'int' object is not iterable / invalid keyword argument for sort()
    (_sorted_bad_keyword, [[1]], "sorted() called through a value with these arguments"),
])
def test_refused_at_run_time(func, args, words):
    kind, cls, msg = Compiled(func).run(args)
    assert (kind, cls) == ("err", "TypeError") and msg.startswith("py2cs: ") and words in msg, msg


def _direct_calls(xs):
    return [len(xs), sorted(xs, key=len), list(map(str, xs)), max(xs, key=str.lower), sum(map(int, xs))]


def test_direct_calls_declare_no_value():
    # key=len, map(str, xs), key=str.lower stay one-argument functions; no $bv_ value is declared
    assert "$bv_" not in py2cs.transpile(_direct_calls)


def _value_once(xs):
    a, b = [len, sum], [len]
    return [a[0](xs), b[0] is a[0]]


def test_one_declaration_per_value():
    js = py2cs.transpile(_value_once)
    assert js.count("var $bv_len = ") == 1 and js.count("var $bv_sum = ") == 1


def test_module_constant_read_without_running_the_file():
    # py2cs transpile FILE.py reads module constants without running the file: a display of builtins, unbound
    # methods and module functions is evaluated from the names (was: "'AGG' is not a literal constant")
    src = ("import statistics\nimport urllib.parse\nfrom math import floor\n"
           "AGG = {'sum': sum, 'mean': statistics.mean, 'q': urllib.parse.quote, 'f': floor, 'u': str.upper, 'n': -1}\n"
           "\n\ndef f(xs, how):\n    return AGG[how](xs)\n")
    js = py2cs.transpile_source(src, filename="s.py")
    for name in ("$bv_sum", "$bv_statistics_mean", "$bv_urllib_parse_quote", "$bv_math_floor", "$bv_str_upper"):
        assert f"var {name} = py_bfn(" in js
    # a shadowed builtin is not the builtin: refused as before
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source("sum = 3\nAGG = {'s': sum}\n\n\ndef f(xs):\n    return AGG['s'](xs)\n", filename="t.py")
    assert "'AGG' is not a literal constant" in str(info.value)
