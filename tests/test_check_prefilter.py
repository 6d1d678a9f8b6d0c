"""The checker's text pre-filter helpers agree with the regexes they replace (py2cs/check.py)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from py2cs import check

PIECES = ["*", "**", "(", ",", " ", "\t", "\n", "lambda", "xlambda", "_", "b", "B", "r", "R", "'", '"', "a", "é",
          "1", "\xa0", "\x1c", "λ", "br", "Rb"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_kwargs_stars_is_the_regex(text):
    assert check._kwargs_stars(text) == (check._TRIGGER_STARS.search(text) is not None)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_bytes_prefix_is_the_regex(text):
    assert check._bytes_prefix(text) == (check._TRIGGER_BYTES.search(text) is not None)


def test_examples():
    assert check._kwargs_stars("def f(a, **kw):")
    assert check._kwargs_stars("lambda **kw: 1")
    assert not check._kwargs_stars("x = a ** 2")
    assert check._bytes_prefix("x = b'abc'")
    assert check._bytes_prefix("x = rb'abc'")
    assert not check._bytes_prefix("row['value']")
