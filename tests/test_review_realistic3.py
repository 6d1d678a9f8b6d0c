"""review real3: a third corpus of everyday callbacks. The plain-function half is tests/programs/p_realistic3.py
(run by tests/test_programs.py); here: the Dash-level half (tests/fixtures/realistic3/app.py: ctx.triggered_id with
ALL/MATCH, Patch, no_update / PreventUpdate, routing to components, Store state machines) through `py2cs check`,
the findings on the way, and the code of the corpus that py2cs refuses, each with its verdict."""
from __future__ import annotations

import os

import pytest
from dash import Dash, Input, Output, Patch

import py2cs
from py2cs.equiv import check_app
from py2cs.equiv.report import app_text
from py2cs.testing import assert_equivalent
from tests.refusal import transpile_refused

HERE = os.path.dirname(__file__)
APP = os.path.join(HERE, "fixtures", "realistic3", "app.py")


@pytest.mark.parametrize("seed", [3, 11])
def test_realistic3_app_agrees(seed):
    report = check_app(APP, max_examples=12, seed=seed)
    assert report.ok, app_text(report)
    assert len(report.results) == 12 and not report.errors


# ------------------------------------------------------------------ finding: any Patch key, as dash.Patch takes it

_app = Dash(__name__)


@py2cs.clientside(Output("pk-out", "data"), Input("pk-in", "data"), app=_app)
def patch_any_key(k):
    p = Patch()
    del p[k]
    p[k]["x"] = 1
    return p


@py2cs.clientside(Output("pk-out2", "data"), Input("pk-in", "data"), app=_app)
def patch_key_mutated_after(k):
    p = Patch()
    p[k] = 0
    if isinstance(k, list):
        k.append(9)          # the location holds the list itself: CPython sends it as it is when returned
    return p


@py2cs.clientside(Output("pk-out3", "data"), Input("pk-in", "data"), app=_app)
def patch_set_or_tuple_key(k):
    p = Patch()
    p[set(k) if isinstance(k, list) else (k, k)] = 0
    return p


@pytest.mark.parametrize("func,examples", [
    (patch_any_key, [2, "a", {}, [1, 2], {"a": [1]}, None, 1.5, True, [[]], {"1": {"2": 3}}]),
    (patch_key_mutated_after, [[1], {"a": 1}, []]),
    (patch_set_or_tuple_key, [[1], 2, "s"]),
])
def test_patch_keys_of_any_type(func, examples):
    # BUG (fixed): dash.Patch keeps any key but a slice in the operation's location (a dict, list or tuple is sent
    # as its JSON; a set fails in Dash's encoder); the JS raised "TypeError: a Patch index must be a str or an
    # int" (found by py2cs check on del p[i] with generated selected_rows)
    assert_equivalent(func, examples=[(e,) for e in examples], max_examples=0)


# ------------------------------------------------------------------ refusals of code the corpus wrote

_HEADER = "import calendar\nimport re\nimport textwrap\nimport unicodedata\nimport uuid\n" \
          "from collections import OrderedDict, deque\nfrom operator import itemgetter\n\n\n"

# (source of f, a piece of the diagnostic, verdict); right = refusal is right (CPython behaviour the JS cannot
# reproduce, or a clear rewrite), gap = everyday Python that could be exact
REFUSED = [
    ("def f(s):\n    import json\n    return json.loads(s)\n", "'import' inside a callback is not supported", "right"),
    ("def f(s):\n    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')\n",
     "module 'unicodedata' is not available in the browser", "gap"),
    ("def f(items):\n    return list(OrderedDict.fromkeys(items))\n",
     "'OrderedDict' (collections.OrderedDict) is not available in the browser", "gap"),     # the hint (a dict) is exact here
    ("def f(n):\n    return [str(uuid.uuid4()) for _ in range(n)]\n", "module 'uuid' is not available in the browser",
     "right"),
    ("def f(text):\n    return textwrap.TextWrapper(width=10).wrap(text)\n", "textwrap.TextWrapper is not supported",
     "right"),     # (textwrap.wrap(text, 10) works since: tests/programs/p_textwrap.py; the hint names it)
    ("def _pairs(xs):\n    for a, b in zip(xs, xs[1:]):\n        yield b - a\n\n\ndef f(xs):\n    return list(_pairs(xs))\n",
     "generators ('yield') are not supported", "gap"),
]
# (sorted(rows, key=itemgetter('v', 'name')) and s.translate(str.maketrans('el', 'ip')) were refused here: both exact
# now, tests/programs/p_operator.py and p_translate.py)


@pytest.mark.parametrize("src,needle,verdict", REFUSED)
def test_refused_with_a_diagnostic(tmp_path, src, needle, verdict):
    path, err = transpile_refused(tmp_path, "refused_mod", _HEADER + src)
    msg = str(err)
    assert needle in msg and f"{path}:" in msg and "hint:" in msg, msg
