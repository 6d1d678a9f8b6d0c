"""What stays refused around collections.deque: one diagnostic each, at the right place, with a hint."""
import pytest

from refusal import assert_one_diagnostic, transpile_refused

_HEAD = "from collections import deque\n\n\n"

REFUSED = [
    ("def f(x):\n    match x:\n        case deque():\n            return 1\n    return 0\n", 6,
     "class patterns support the builtin classes", "guard"),
    ("def f(x):\n    return list(deque(x, maxlen=2, size=1))\n", 5, "deque() got an unexpected keyword argument 'size'",
     "maxlen=None"),
    ("def f(x):\n    return list(deque(x, 2, 3))\n", 5, "deque() takes at most 2 positional arguments", "maxlen"),
    ("def f(x):\n    d = deque(x)\n    d.maxlen = 3\n    return list(d)\n", 6, "assigning to an attribute", "dict"),
    ("def f(x):\n    return [deque, x]\n", 5, "deque can only be called here", "lambda"),
    ("def f(x):\n    return 'abc'.popleft()\n", 5, "'str' object has no supported method 'popleft'", "str methods"),
]


@pytest.mark.parametrize("src,line,words,hint", REFUSED)
def test_deque_refusals(tmp_path, src, line, words, hint):
    path, err = transpile_refused(tmp_path, "dq_mod", _HEAD + src)
    assert_one_diagnostic(path, err, line, words, hint)


def test_collections_module_import_still_refused(tmp_path):
    path, err = transpile_refused(tmp_path, "dq_mod2", "import collections\n\n\ndef f(x):\n    return list(collections.deque(x))\n")
    assert_one_diagnostic(path, err, 1 + 4, "module 'collections' is not available", "collections")


def test_module_level_deque_refused(tmp_path):
    src = "from collections import deque\n\nHIST = deque(maxlen=3)\n\n\ndef f(x):\n    return list(HIST)\n"
    path, err = transpile_refused(tmp_path, "dq_mod3", src)
    assert_one_diagnostic(path, err, 7, "'HIST' is not a literal constant", "dcc.Store")


def test_view_passed_to_a_function_still_refused(tmp_path):
    # deque(d.items()) reads the view right away; another function may keep it
    src = _HEAD + "def g(v):\n    return v\n\n\ndef f(d):\n    return [deque(d.items()), g(d.items())]\n"
    path, err = transpile_refused(tmp_path, "dq_mod4", src)
    assert_one_diagnostic(path, err, 9, "dict.items() is a view", "list(d.items())")
