"""Adversarial review of py2cs.js interop: JavaScript values used by Python code and Python values handed to
JavaScript. Each function runs in CPython with a fake ``window`` (py2cs.js.fake) and, transpiled, in QuickJS with
the same window as a JavaScript object; the outcomes must agree (after a JSON round trip, as tests/difftest.py
compares them). The divergences found are marked 'was:'; the other cases are edges that held."""
import copy
import json

import pytest

import py2cs
import py2cs.js
from difftest import Compiled, py_run, same_outcome
from py2cs.js import to_py, window

# The page's window: JSON data, plus functions (given in JavaScript and as their Python twins).
DATA = {"items": ["a", "b"], "empty": [], "obj": {}, "cfg": {"k": 1}, "n": 0, "nan": float("nan"), "s": "ab",
        "w": 1024, "z": None, "nums": [1, 2.5], "t": True}

JS_FUNCTIONS = r"""
window.apply = function (f, v) { return f(v); };
window.describe = function (f, v) {
  var r = f(v);
  if (r === null) return 'null';
  if (Array.isArray(r)) return 'array:' + r.length;
  if (typeof r === 'object') return 'object:' + JSON.stringify(r);
  return typeof r + ':' + r;
};
window.mapArray = function (xs, f) { return xs.map(function (x) { return f(x); }); };
window.callWith = function (f, what) { return f(what === 'object' ? {} : what === 'array' ? [] : what === 'full' ? {a: 1} : undefined); };
window.handlers = [];
window.listen = function (f) { window.handlers.push(f); };
window.unlisten = function (f) { var i = window.handlers.indexOf(f); if (i >= 0) window.handlers.splice(i, 1); return i >= 0; };
"""


class FakeWindow:
    """The CPython twin of the window above: attribute access reads the data, the functions are methods."""

    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        return self.data[name]

    def apply(self, f, v):
        return f(v)

    def describe(self, f, v):
        r = f(v)
        if r is None:
            return "null"
        if isinstance(r, (list, tuple)):
            return f"array:{len(r)}"
        if isinstance(r, dict):
            return "object:" + json.dumps(r, separators=(",", ":"))
        if isinstance(r, bool):
            return f"boolean:{str(r).lower()}"
        if isinstance(r, float) and r.is_integer():
            return f"number:{int(r)}"
        return f"{'number' if isinstance(r, (int, float)) else 'string'}:{r}"

    def mapArray(self, xs, f):
        return [f(x) for x in xs]

    def callWith(self, f, what):
        return f({} if what == "object" else [] if what == "array" else {"a": 1} if what == "full" else None)

    def listen(self, f):
        self.data.setdefault("handlers", []).append(f)

    def unlisten(self, f):
        hs = self.data.setdefault("handlers", [])
        if f in hs:
            hs.remove(f)
            return True
        return False


def run_both(func, args=(1,)):
    c = Compiled(func)
    c.ctx.eval("var window = " + json.dumps(DATA, allow_nan=True) + ";" + JS_FUNCTIONS)
    with py2cs.js.fake(window=FakeWindow(copy.deepcopy(DATA))):
        p = py_run(func, args)
    j = c.run(args)
    return p, j


# ---------------------------------------------------------------- JavaScript values in Python operations

# Truth of a JavaScript value is Python's truth of what to_py() gives (was JavaScript's: [] and {} true, NaN false).
def truth_of_js_values(x):
    return ["yes" if window.empty else "no", "yes" if window.obj else "no", "yes" if window.nan else "no",
            not window.empty, bool(window.obj), window.empty or "default", window.s or "d", bool(window.z),
            bool(window.items), bool(window.cfg)]


def while_on_js_value(x):
    n = 0
    while window.items and n < 3:
        n += 1
    while window.empty:
        n += 100
    return n


# `in` on a JavaScript array compares the items, on an object looks at its own keys (was JavaScript's `in`:
# the indexes of an array, inherited names such as 'toString' of an object).
def membership_in_js_values(x):
    return ["a" in window.items, 0 in window.items, "toString" in window.cfg, "k" in window.cfg,
            "constructor" not in window.cfg, 2.5 in window.nums, "a" in window.s, "z" in window.s]


# == between a JavaScript object and a dict compares as dicts (was False).
def equality_with_js_values(x):
    return [window.cfg == {"k": 1}, {"k": 1} == window.cfg, window.cfg != {"k": 1}, window.items == ["a", "b"],
            window.w == 1024, window.w == 1024.0, window.nan == window.nan, window.t == 1, window.s == "ab",
            window.z == None, window.z is None]  # noqa: E711


# Held: len, iteration of arrays, str/f-strings, slices, sorted/max, to_py of arrays, conversions.
def builtins_on_js_values(x):
    return [len(window.items), [v for v in window.items], str(window.items), f"{window.items}|{window.w}|{window.z}",
            window.items[0:1], window.items[0], sorted(window.items), max(window.w, 5), int(window.w), str(window.w),
            abs(window.w), isinstance(window.items, list), to_py(window.items)[-1], window.cfg["k"], window.w < 2000]


def helper(xs):
    return [xs[-1], len(xs), "a" in xs, xs + ["c"]]


def js_array_to_helper(x):
    return helper(window.items)


@pytest.mark.parametrize("func", [truth_of_js_values, while_on_js_value, membership_in_js_values,
                                  equality_with_js_values, builtins_on_js_values, js_array_to_helper])
def test_js_values_in_python_operations(func):
    p, j = run_both(func)
    assert same_outcome(p, j), (p, j)


# A negative index on a JavaScript value reads the property '-1' (undefined): refused at compile time (was None,
# where CPython's fake gives the last item).
def negative_index_on_js(x):
    return window.items[-1]


def test_negative_index_on_js_value_refused():
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile(negative_index_on_js)
    text = str(info.value)
    assert "a negative index on a JavaScript value" in text and "return window.items[-1]" in text, text
    assert "hint: convert it first: to_py(x)[-1]" in text, text


def zero_index_on_js(x):
    return [window.items[-0], window.items[0]]


def test_minus_zero_index_on_js_value_kept():
    p, j = run_both(zero_index_on_js)
    assert same_outcome(p, j) and p == ("ok", ["a", "a"]), (p, j)


# ---------------------------------------------------------------- Python functions handed to JavaScript

# JavaScript gets what a Python function returns as to_js() gives it (was the Python value itself: a dict was a
# Map, JSON.stringify gave '{}'; a float was a boxed object, 'object:{"v":2}').
def python_function_results_in_js(x):
    return [window.describe(lambda v: {"a": v}, 1), window.describe(lambda v: (v, v), 1),
            window.describe(lambda v: v / 2, 4), window.describe(lambda v: None, 4),
            window.describe(lambda v: [v, {"b": [1.5]}], 2), window.describe(lambda v: str(v), 3)]


# A Python function called by JavaScript sees its arguments as to_py() gives them (was the raw object: {} was
# true, len() of it a TypeError).
def python_function_arguments_from_js(x):
    def size(o):
        return len(o) if o else -1

    return [window.callWith(lambda o: "full" if o else "empty", "object"),
            window.callWith(lambda o: "full" if o else "empty", "array"), window.callWith(size, "object"),
            window.callWith(size, "full"), window.callWith(lambda o: o is None, "undefined"),
            window.callWith(lambda o: o == {"a": 1} and o["a"], "full"),
            to_py(window.mapArray(["a", "b"], lambda s: s.upper()))]


# The same Python function handed to JavaScript twice is the same JavaScript function (removeEventListener).
def same_function_twice(x):
    def on_event(e):
        return e

    window.listen(on_event)
    return [window.unlisten(on_event), window.unlisten(on_event)]


@pytest.mark.parametrize("func", [python_function_results_in_js, python_function_arguments_from_js,
                                  same_function_twice])
def test_python_functions_handed_to_js(func):
    p, j = run_both(func)
    assert same_outcome(p, j), (p, j)


# A JavaScript number has no int/float distinction: a float a Python function gives JavaScript comes back as
# the int to_py() makes of an integral number (CPython's fake keeps 2.0). The boundary's documented conversion.
def float_through_js(x):
    return str(to_py(window.apply(lambda v: v / 2, 4)))


def test_float_through_js_becomes_a_js_number():
    p, j = run_both(float_through_js)
    assert p == ("ok", "2.0") and j == ("ok", "2"), (p, j)


# A JavaScript object that reaches Python code untyped (in a list, through a helper's parameter) is true only when
# it has keys, as the dict to_py() gives (was always true).
def is_set(d):
    return "set" if d else "empty"


def js_object_through_python_values(x):
    xs = [window.obj, window.cfg, window.empty]
    return [is_set(window.obj), is_set(window.cfg), [bool(v) for v in xs], not xs[0]]


def test_js_object_through_python_values():
    p, j = run_both(js_object_through_python_values)
    assert same_outcome(p, j), (p, j)
