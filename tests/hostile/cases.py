"""The hostile-input corpus: invalid, unsupported or odd source files, each of which py2cs must refuse with
a clean diagnostic (file:line:col, the source line, a hint), never a traceback, never a written asset.

``REFUSED``: (id, source bytes, words expected in the message or None, bug note or None). A bug note marks a
case py2cs currently gets wrong (a strict xfail, so a fix shows up); the note says what happens.
``ACCEPTED``: odd but valid sources that must transpile to JS that loads, and behave as in CPython.
Cases of test_refusals.py are not repeated here; these are variants and file-level problems.
"""
from __future__ import annotations


def _src(text: str) -> bytes:
    return text.encode("utf-8")


def _nested_for(n: int) -> str:
    lines = ["def f(x):"]
    for i in range(n):
        lines.append("    " * (i + 1) + f"for i{i} in x:")
    lines.append("    " * (n + 1) + "pass")
    lines.append("    return 1")
    return "\n".join(lines) + "\n"


CRASH = "py2cs bug: "

REFUSED = [
    # ---------------------------------------------------------------- file level: syntax
    ("syntax_missing_colon", _src("def f(x)\n    return x\n"), "syntax", None),
    ("syntax_unterminated_string", _src("def f(x):\n    return 'abc\n"), "syntax", None),
    ("syntax_unbalanced_paren", _src("def f(x):\n    return (x + 1\n"), "syntax", None),
    ("syntax_bad_indent", _src("def f(x):\nreturn x\n"), "syntax", None),
    ("syntax_unindent_mismatch", _src("def f(x):\n        y = 1\n    return y\n"), "syntax", None),
    ("syntax_tabs_and_spaces", b"def f(x):\n\tif x:\n        return 1\n\treturn 2\n", "syntax", None),
    ("syntax_python2_print", _src("def f(x):\n    print 'x'\n"), "syntax", None),
    ("syntax_trailing_backslash", _src("def f(x):\n    return x \\"), "syntax", None),
    ("syntax_return_outside_function", _src("def f(x):\n    return x\nreturn 1\n"), "return",
     None),
    ("syntax_assign_to_call", _src("def f(x):\n    f(x) = 1\n"), "syntax", None),
    ("syntax_bad_unicode_escape", _src("def f(x):\n    return '\\N{NO SUCH NAME}'\n"), "syntax", None),
    ("syntax_mixed_bytes_str", _src("def f(x):\n    return 'a' b'b'\n"), "syntax", None),
    ("syntax_unparenthesized_genexp", _src("def f(x):\n    return sum(y for y in x, 1)\n"), "syntax", None),
    ("syntax_nul_byte", b"def f(x):\n    return x\x00\n", "null", None),
    ("syntax_deep_parens", _src("def f(x):\n    return " + "(" * 300 + "x" + ")" * 300 + "\n"), "parenthes", None),
    ("syntax_huge_int_literal_5000_digits", _src("def f(x):\n    return " + "9" * 5000 + "\n"), "digits", None),
    ("syntax_walrus_in_comprehension_iterable", _src("def f(x):\n    return [z for z in (y := x)]\n"), "iterable",
     None),
    ("syntax_duplicate_argument", _src("def f(x, x):\n    return x\n"), "duplicate",
     None),
    ("syntax_too_many_nested_blocks", _src(_nested_for(25)), "nested",
     None),
    ("syntax_nonlocal_at_top_level_def", _src("def f(x):\n    nonlocal x\n    return x\n"), "nonlocal", None),
    ("syntax_break_outside_loop", _src("def f(x):\n    if x:\n        break\n    return x\n"), "break",
     None),
    ("syntax_continue_outside_loop", _src("def f(x):\n    continue\n"), "continue",
     None),
    ("syntax_await_outside_async", _src("def f(x):\n    return await x\n"), "await",
     None),
    ("syntax_yield_in_comprehension", _src("def f(x):\n    return [(yield) for y in x]\n"), "yield", None),
    # ---------------------------------------------------------------- file level: encodings
    ("encoding_latin1_without_cookie", b"def f(x):\n    return '\xe9' + x\n", "UTF-8",
     None),
    ("encoding_utf16_bom", "def f(x):\n    return x\n".encode("utf-16"), "UTF-8",
     None),
    ("encoding_cesu_surrogate", b"def f(x):\n    return '\xed\xa0\x80'\n", "UTF-8",
     None),
    ("encoding_truncated_utf8", b"def f(x):\n    return 'caf\xc3'\n", "UTF-8",
     None),
    # ---------------------------------------------------------------- file level: nothing to transpile
    ("empty_file", b"", "no top-level functions", None),
    ("only_comments", _src("# a comment\n# another\n"), "no top-level functions", None),
    ("only_main_guard", _src("if __name__ == '__main__':\n    def f(x):\n        return x\n"), "no top-level functions", None),
    # ---------------------------------------------------------------- deep or huge ASTs
    ("deep_expression_5000_terms", _src("def f(x):\n    return " + " + ".join(["x"] * 5000) + "\n"), "nested", None),
    ("deep_unary_3000", _src("def f(x):\n    return " + "-" * 3000 + "x\n"), None, None),
    # ---------------------------------------------------------------- constructs outside the subset (variants)
    ("class_inside_loop", _src("def f(x):\n    for i in x:\n        class A:\n            pass\n    return 1\n"), "class", None),
    ("global_in_nested_def", _src("N = 1\n\n\ndef f(x):\n    def g():\n        global N\n        N = 2\n    g()\n    return N\n"),
     "global", None),
    ("with_open_file", _src("def f(x):\n    with open(x) as fh:\n        return fh.read()\n"), "with", None),
    ("import_star_inside", _src("def f(x):\n    from math import *\n    return x\n"), "import", None),
    ("match_class_pattern", _src("def f(x):\n    match x:\n        case int(real=1):\n            return 1\n    return 0\n"),
     "class pattern", None),
    ("generator_lambda", _src("def f(x):\n    g = lambda: (yield)\n    return 1\n"), "yield", None),
    ("async_generator", _src("async def f(x):\n    yield x\n"), "yield", None),
    ("lambda_kwargs", _src("def f(x):\n    g = lambda **kw: kw\n    return g()\n"), "lambda", None),
    ("unknown_name_typo", _src("def f(x):\n    return lenn(x)\n"), "lenn", None),
    ("unknown_exception_in_isinstance", _src("def f(x):\n    return isinstance(x, Foo)\n"), "Foo", None),
    ("json_load_not_loads", _src("import json\n\n\ndef f(x):\n    return json.load(x)\n"), "json.load", None),
    ("json_without_import", _src("def f(x):\n    return json.dumps(x)\n"), "json", None),
    # (s.translate(table) is supported now; str.maketrans only as a static method of str)
    ("str_maketrans_instance", _src("def f(x):\n    return 'a'.maketrans(x)\n"), "maketrans", None),
    # a map() lambda of the wrong arity where its items are pulled lazily (was a traceback inside py2cs)
    ("map_arity_lazy_consumers", _src("def f(xs):\n    return [set(map(lambda x, y: x, xs)), sum(map(lambda a, b: a, xs)), "
                                      "1 in map(lambda a, b: a, xs), next(map(lambda a, b: a, xs))]\n"), "map()", None),
    ("map_arity_lazy_loops", _src("def f(xs):\n    for y in map(lambda a, b: a, (x for x in xs)):\n        pass\n"
                                  "    return list(map(lambda a, b: a, (x for x in xs)))\n"), "map()", None),
    ("str_encode_in_loop", _src("def f(x):\n    out = []\n    for s in ['a']:\n        out.append(s.encode())\n    return out\n"),
     "encode", None),
    ("dict_iteritems", _src("def f(x):\n    d = {}\n    return d.iteritems()\n"), "iteritems", None),
    ("set_unknown_method", _src("def f(x):\n    s = set()\n    return s.frozen()\n"), "frozen", None),
    ("str_maketrans_four", _src("def f(x):\n    return str.maketrans('a', 'b', 'c', x)\n"), "maketrans", None),
    ("int_from_bytes", _src("def f(x):\n    return int.from_bytes(x)\n"), "from_bytes", None),
    ("builtin_vars", _src("def f(x):\n    return vars()\n"), "vars", None),
    ("builtin_setattr", _src("def f(x):\n    setattr(x, 'a', 1)\n    return x\n"), "setattr", None),
    ("builtin_memoryview", _src("def f(x):\n    return memoryview(x)\n"), "memoryview", None),
    ("builtin_compile", _src("def f(x):\n    return compile(x, 'f', 'exec')\n"), "compile", None),
    ("builtin_breakpoint", _src("def f(x):\n    breakpoint()\n    return x\n"), "breakpoint", None),
    ("builtin_dunder_import", _src("def f(x):\n    return __import__('os').system(x)\n"), "__import__", None),
    ("name_dunder_builtins", _src("def f(x):\n    return __builtins__\n"), "__builtins__", None),
    ("attr_dunder_proto", _src("def f(x):\n    return x.__proto__\n"), "__proto__", None),
    ("attr_dunder_class", _src("def f(x):\n    return x.__class__.__name__\n"), "__class__", None),
    ("attr_assign_constructor", _src("def f(x):\n    x.constructor = 1\n    return x\n"), "attribute", None),
    ("ellipsis_subscript", _src("def f(x):\n    return x[...]\n"), "Ellipsis", None),
    ("bytes_in_fstring", _src("def f(x):\n    return f'{b\"x\"}'\n"), "bytes", None),
    ("kwargs_to_user_function", _src("def g(a):\n    return a\n\n\ndef f(x):\n    return g(**x)\n"), "kwargs", None),
    # ---------------------------------------------------------------- non-JSON module constants
    ("const_set_global", _src("S = {1, 2}\n\n\ndef f(x):\n    return x in S\n"), "'S'", None),
    ("const_datetime_global", _src("import datetime\nD = datetime.date(2020, 1, 1)\n\n\ndef f(x):\n    return D\n"), "'D'", None),
    ("const_object_global", _src("O = object()\n\n\ndef f(x):\n    return O\n"), "'O'", None),
    ("const_bytes_global", _src("B = b'abc'\n\n\ndef f(x):\n    return B\n"), "'B'", None),
    ("const_complex_global", _src("C = 1j\n\n\ndef f(x):\n    return C\n"), "'C'", None),
    ("const_tuple_key_dict_global", _src("D = {(1, 2): 3}\n\n\ndef f(x):\n    return D\n"), "'D'", None),
    ("const_nan_call_global", _src("N = float('nan')\n\n\ndef f(x):\n    return N\n"), "'N'", None),
    ("const_range_global", _src("R = range(3)\n\n\ndef f(x):\n    return R\n"), "'R'", None),
    ("const_frozenset_global", _src("F = frozenset([1])\n\n\ndef f(x):\n    return F\n"), "'F'", None),
    ("const_lambda_global", _src("L = lambda y: y\n\n\ndef f(x):\n    return L(x)\n"), "'L'", None),
    ("const_rebound_global", _src("N = 1\nN = 2\n\n\ndef f(x):\n    return N\n"), "'N'", None),
    ("const_rebound_in_if", _src("N = 1\nif True:\n    N = 2\n\n\ndef f(x):\n    return N\n"), "'N'",
     None),
    ("const_augmented_in_loop", _src("N = 1\nfor i in range(3):\n    N += 1\n\n\ndef f(x):\n    return N\n"), "'N'",
     None),
    ("const_list_mutated_at_module_level", _src("L = []\nL.append(1)\n\n\ndef f(x):\n    return L\n"), "'L'",
     None),
    ("const_dict_mutated_at_module_level", _src("D = {'a': 1}\nD['b'] = 2\n\n\ndef f(x):\n    return D\n"), "'D'",
     None),
    ("const_list_augmented_at_module_level", _src("L = [1]\nL += [2]\n\n\ndef f(x):\n    return L\n"), "'L'",
     None),
    # ---------------------------------------------------------------- odd parameters
    ("default_object_call", _src("def f(x=object()):\n    return x\n"), "default",
     None),
    ("default_unknown_name", _src("def f(x=zz):\n    return x\n"), "zz",
     None),
    ("keyword_only_without_default", _src("def f(*, x):\n    return x\n"), "keyword-only", None),
]

# Odd but valid sources: they must transpile to JS that loads (checked against CPython in test_hostile.py).
ACCEPTED = [
    ("encoding_latin1_coding_cookie", b"# -*- coding: latin-1 -*-\ndef f(x):\n    return '\xe9' + str(x)\n", None),
    ("utf8_bom", b"\xef\xbb\xbfdef f(x):\n    return x\n",
     None),
    ("crlf_line_endings", b"def f(x):\r\n    return [x, 'a\\r\\nb']\r\n", None),
    ("lone_cr_line_endings", b"def f(x):\r    return x\r", None),
    ("form_feed_in_indent", b"def f(x):\n\x0c    return x\n", None),
    ("expression_1000_terms", _src("def f(x):\n    return " + " + ".join(["x"] * 1000) + "\n"),
     None),
    ("expression_150_terms", _src("def f(x):\n    return " + " + ".join(["x"] * 150) + "\n"), None),
    ("nested_lists_90", _src("def f(x):\n    return " + "[" * 90 + "x" + "]" * 90 + "\n"), None),
    ("very_long_line_200k", _src("def f(x):\n    return '" + "a" * 200000 + "' + str(x)\n"), None),
    ("many_parameters_300", _src("def f(" + ", ".join(f"p{i}" for i in range(300)) + "):\n    return p0\n"), None),
    ("annotations_that_raise", _src("def f(x: 1 / 0) -> '</script>':\n    return x\n"), None),
    ("float_literal_overflow_is_inf", _src("def f(x):\n    return [str(1e400), repr(-1e400), 1e400 > 1e308, -1e400 < 0]\n"), None),
    ("js_named_functions", _src("def constructor(x):\n    return x\n\n\ndef __proto__(x):\n    return x\n\n\n"
                                "def toString(x):\n    return x\n"), None),
    ("non_ascii_identifiers", _src("def café(naïve):\n    ünï = naïve\n    return ünï\n"), None),
    ("redefined_function_last_wins", _src("def f(x):\n    return 1\n\n\ndef f(x):\n    return 2\n"), None),
    ("self_recursion", _src("def f(x):\n    return 0 if x <= 0 else 1 + f(x - 1)\n"), None),
]
