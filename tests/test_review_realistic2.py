"""review-realistic2: a second corpus of realistic callbacks (tests/fixtures/realistic2/app.py): dates, regular
expressions, match on ctx.triggered_id and data shapes, Counter/defaultdict, DataTable, Patch, set_props, ALL/MATCH.
Checked with `py2cs check`, plain-function differential cases with edge inputs, and the findings on the way."""
from __future__ import annotations

import importlib.util
import os
import re

import pytest
from dash import set_props

import py2cs
from py2cs.testing import assert_equivalent
from py2cs.equiv import check_app
from py2cs.equiv.report import app_text
from py2cs.errors import TranspileError
from tests.test_dash_runtime import compile_cb, js_run, py_run

HERE = os.path.dirname(__file__)
APP = os.path.join(HERE, "fixtures", "realistic2", "app.py")


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


A = _load(APP, "realistic2_app")


def test_realistic2_app_agrees():
    report = check_app(APP, max_examples=12, seed=11)
    assert report.ok, app_text(report)
    assert len(report.results) == 55 and not report.errors


# ------------------------------------------------------------------ plain-function differential cases

O = A.ORDERS
CASES = {
    "range_label": [("2024-02-29", "2025-02-28"), ("2024-02-30", "2024-03-01"), ("2024-1-1", "2024-01-02"),
                    ("２０２４-01-01", "2024-01-02"), ("0001-01-01", "9999-12-31"), (None, None)],
    "orders_in_range": [(O, "2024-02-29", "2024-02-29"), (O, "", ""), ([{"id": 1, "date": "2024-02-30"}], None, None),
                        ([{"id": 1, "date": " 2024-01-01"}], None, None)],
    "week_label": ["2024-12-30", "2023-01-01", "", "2024-02-29", "2023-02-29", "1999-12-31", "2024-1-5"],
    "due_date": [("2024-02-29", 365), ("9999-12-30", 5), ("0001-01-02", -1), ("2024-01-01", 0)],
    "age_from_birthdate": [("2004-02-29", "2024-02-28"), ("2004-02-29", "2024-02-29"), ("", "2024-01-01"),
                           ("2024-02-30", "2024-03-01")],
    "timestamp_label": ["2024-03-05T00:00", "2024-03-05T12:00:00.5", "2024-03-05T24:00", "2024-03-05 12", "2024-W10",
                        "20240305", "2024-03-05T12:30:00+01:00"],
    "shift_duration": [("2024-03-05 09:00", "2024-03-05 09:00"), ("2024-02-28 23:00", "2024-03-01 01:00"),
                       ("2024-03-05 9:0", "2024-03-05 10:00"), ("2024-03-05 09:00 ", "2024-03-05 10:00")],
    "monthly_figure": [[{"date": "2024-12-31", "amount": 1.005}, {"date": "2025-01-01", "amount": None}]],
    "limit_range": ["2024-12-31T23:59:59", "2024-01-01 00:00", "bad"],
    "days_until": [("2024-03-06", "2024-03-05"), ("2024-03-04", "2024-03-05"), ("2024-03-05x", "2024-03-05")],
    "countdown": [(0, 0), (1, 1.5), (3, 86400 * 400), (-5, 10)],
    "month_calendar": ["2024-02", "1900-02", "2000-02", "9999-12", "2024-13"],
    "validate_email": ["ann@example", "ann@@example.com", "ann@exa_mple.com", "a\n@b.c", "ann@example.com\n"],
    "uk_postcode": ["sw1a 1aa", "ＳＷ1A 1AA", "SW1A\u00a01AA", "M1 1AE", "ſw1a 1aa"],
    "slugify": ["Ünïcode Ümlauts", "İstanbul", "a--b", "  ", "😀 party"],
    "top_hashtags": ["#dash #Dash #DASH #plotly", "#élan #Élan", "#٣", "#a_b #a-b"],
    "sum_numbers": ["1.5.6 7", "-", "--3", "10 -10", "١٢٣"],
    "options_from_csv": ["a ,b;;c", " ; ", "x,\ty", "ǆ"],
    "password_strength": ["ÄBCDEFGH1", "abcdefgh", "abc_defg1A", "Pass word1"],
    "highlight": [("o", "foo boo"), ("(", "a(b(c"), ("\\", "a\\b"), ("😀", "x😀y😀")],
    "parse_query": ["?a=1=2&b=", "&&", "?=x", "?ä=ö"],
    "word_count": ["a\u00a0b", "a\u2003b c", "x\x1cy"],
    "color_swatch": ["#ABCDEF", "#abcd", " fff ", "#١٢٣"],
    "upload_check": ["a.CSV", "a.csv ", [], ["a.xlsx", "b.XLS"], ".csv"],
    "normalize_data": [{"rows": "x"}, [[]], [None], {"a": []}, 5, 1.5, True],
    "click_info": [{"points": [{"x": 1, "y": 2, "customdata": []}]}, {"points": [{"x": 1, "y": 2}]}, {}],
    "zoom_info": [{"xaxis.range[0]": "2024-01-01", "xaxis.range[1]": "2024-02-01"}, {"xaxis.autorange": False}],
    "order_detail": [({"row": 1, "column": 0, "column_id": "id", "row_id": 2}, O), ({}, O)],
    "sort_orders": [("date", ["desc"], O), ("status", [], O), ("id", ["desc"], [])],
    "validate_config": [{}, {"threshold": None, "labels": None}, {"threshold": 1.0, "labels": [1]}, "x", 3, 1.5],
    "pager": [(1, 1), (2, 0), (3, -4), (100, 100), (5, 2.0)],
    "status_pie": [[{"status": "OPEN"}, {"status": "ΣΊΣΥΦΟΣ"}, {"status": None}]],
    "orders_by_city": [[{"city": "b"}, {"city": "B"}, {"city": "a", "customer": "é"}, {"city": "a", "customer": "e"}]],
    "filter_table": [("{customer} contains ANN", O), ("{amount} >= 80", O), ("{amount} <= 15.25 && {city} != Berlin", O),
                     ("{status} = 'open'", O), ("{amount} > -inf", O), ("{amount} > nan", O)],
    "page_table": [(1, 3, [{"column_id": "customer", "direction": "asc"}], O),
                   (0, 10, [{"column_id": "status", "direction": "desc"}, {"column_id": "amount", "direction": "asc"}], O)],
    "highlight_selected": [[5, 0]],
    "table_columns": [["order_date", "amount"]],
    "moving_average": [([1, 2, 3], 0), ([1, 2, 3], 1.9), ([0.1, 0.2, 0.3], 2), ([1, 2], -3)],
    "histogram": [([1, 2, 3], 1), ([1.5, 1.5], 3), ([-1, 1], 4), ([0.1, 0.2, 0.7], 3)],
    "city_options": [[{"city": "é"}, {"city": "E"}, {"city": "e"}]],
    "format_metrics": [{"revenue": 1e21, "margin": -0.0005, "orders": 2.5}, {"revenue": 0.125, "orders": 1.5}],
    "kpis": [[{"amount": 0.1}, {"amount": 0.2}, {}]],
    "add_tag": [("##x", []), ("ÄÖ", ["äö"]), ("b", ["c", "a"])],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_callback_on_edge_inputs(name):
    # the callback as the browser calls it (assert_equivalent: no_update, PreventUpdate, outputs as Dash sends them)
    assert_equivalent(getattr(A, name), examples=CASES[name], max_examples=0)


# ------------------------------------------------------------------ finding: regular expression names per module

def test_regex_names_stay_unique_across_callbacks():
    # BUG (fixed): a pattern allocated in an earlier type-inference pass (a loop rebinding `rows`) and reused from
    # the cache lost its $reN name from the pass's reset, so a later callback's new pattern got the same name and
    # replaced it: filter_table split its filter_query with add_tag's r"^#" and kept every row
    from py2cs import compiler
    cbs = [compiler.callback_for(f, {"n_outputs": None}, f.__name__) for f in (A.filter_table, A.add_tag)]
    js = compiler.compile_unit(cbs).body_js
    names = re.findall(r"var (\$re\d*) = ", js)
    assert len(names) == len(set(names)) == 3, names


# ------------------------------------------------------------------ finding: set_props with a list id

def set_props_list_id(ids):
    try:
        for i in ids:
            set_props(i, {"value": 0})
    except TypeError as e:
        return f"TypeError: {e}"
    return "ok"


@pytest.mark.parametrize("ids", [[{"type": "qty", "index": 0}], [[]], [["a"]], ["x", [1]]])
def test_set_props_with_a_list_id_is_unhashable(ids):
    # CPython: ctx.updated_props.get(stringify_id([])) raises "unhashable type: 'list'"; the JS sent set_props('[]')
    c = compile_cb(set_props_list_id)
    py, py_side = py_run(set_props_list_id, (ids,))
    js, js_side = js_run(c, ids)
    assert py == js


# ------------------------------------------------------------------ refusals of code a user would write

_HEADER = ("import re\nfrom collections import Counter\nfrom datetime import date, datetime, timedelta\n\n\n")

REFUSED = [
    # (source of f, a piece of the diagnostic); right = CPython semantics JS cannot match, gap = could be exact
    ("def f(d):\n    return date.fromisoformat(d).strftime('%-d %b')\n", "%-"),                           # right
    ("def f(s):\n    return datetime.strptime(s, '%Y %U %w')\n", "%U in a strptime format"),       # gap
    ("def f(a, b, s):\n    return list(zip(a, b, strict=s))\n", "zip(..., strict=...) is supported with a literal"),
    ("import json\n\n\ndef f(s):\n    raise json.JSONDecodeError('x', s, 0)\n", "can only be caught (except json.JSONDecodeError) or tested"),  # right
]


@pytest.mark.parametrize("src,needle", REFUSED)
def test_refused_with_a_diagnostic(tmp_path, src, needle):
    path = tmp_path / "refused_mod.py"
    path.write_text(_HEADER + src)
    mod = _load(str(path), "refused_mod")
    with pytest.raises(TranspileError) as ei:
        py2cs.transpile(mod.f)
    msg = str(ei.value)
    assert needle in msg and "refused_mod.py:" in msg and "hint:" in msg, msg


DATE_KEYS = ("def f(days):\n    counts = {}\n    for s in days:\n        d = date.fromisoformat(s)\n"
             "        counts[d] = counts.get(d, 0) + 1\n    return [[k.isoformat(), v] for k, v in sorted(counts.items())]\n")


def test_dates_as_dict_keys(tmp_path):
    # grouping rows by date (a py2cs TypeError until dates became keys): CPython and the JS agree
    path = tmp_path / "date_keys.py"
    path.write_text(_HEADER + DATE_KEYS)
    mod = _load(str(path), "date_keys")
    from difftest import check_function
    check_function(mod.f, [(["2024-01-02", "2024-01-01", "2024-01-02"],), ([],)])


@pytest.mark.parametrize("ids", [[False, 0], [0, False, 0.0], [True, 1], [1.0, True], [None, "None"], ["1", 1],
                                 ["a", {"type": "qty", "index": 1}, "a"], [{"type": "qty", "index": 0}, False, 0]])
def test_set_props_ids_that_python_takes_for_one_key(ids):
    # CPython merges updates whose ids are equal dict keys (False == 0 == 0.0, True == 1): one set_props with the
    # first id; the JS keyed them by their JSON text ('false', '0') and sent two (found by py2cs check, seed 3)
    assert_equivalent(A.reset_quantities, examples=[(1, ids)], max_examples=0)
