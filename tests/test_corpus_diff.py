"""The benchmark corpus callbacks agree with CPython (realistic inputs)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))

import corpus  # noqa: E402
from difftest import check_function  # noqa: E402

ROWS = [{"name": "a", "value": 3}, {"name": "b", "value": 10.5}, {"value": None}, {"name": "c", "value": -2},
        {"name": "d", "value": 7.25}, {"name": "e", "value": 1e-3}, {"name": "f", "value": 1234567.891}]


def test_summarize():
    check_function(corpus.summarize, [
        (ROWS, 0, "kg", "log"), (ROWS, None, "m", "linear"), ([], 1, "x", "log"), (None, 0, "", "linear"),
        (ROWS[:1], 0, "u", "log"), (ROWS, 1e9, "u", "log"), ([{"value": 2}, {"value": 2.0}], 2, "€", "lin"),
    ])


def test_celsius():
    check_function(corpus.celsius, [(None,), (20,), (-40,), (36.6,), (0.1,), (1e22,)])
