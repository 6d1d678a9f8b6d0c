"""str.maketrans / str.translate on hypothesis-generated inputs (CPython vs QuickJS): texts with code points
beyond U+FFFF, tables with int and 1-character str keys and values of every kind (str, int in and out of
range(0x110000), None, float, list)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once
from programs import p_translate

ALPHABET = st.sampled_from(["a", "b", "z", " ", ".", ",", "!", "é", "😀", "😁", "日", "\t", "\x00", "A", "0"])
TEXT = st.lists(ALPHABET, max_size=12).map("".join)
CHAR = ALPHABET
KEY = st.one_of(CHAR, CHAR.map(ord), st.integers(-2, 130000), st.text(max_size=2))
VALUE = st.one_of(st.none(), TEXT, st.integers(-3, 0x110002), st.sampled_from([0x10FFFF, 0x110000, 1.5, True]),
                  st.lists(st.integers(0, 3), max_size=1))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.tuples(KEY, VALUE).map(list), max_size=6))
def test_translate_tables_random(s, entries):
    f = p_translate.translate_table
    check_function(f, [(s, entries)], compiled=compiled_once(f))


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT)
def test_maketrans_strs_random(s, x, y, z):
    f = p_translate.translate_strs
    check_function(f, [(s, x, y, z)], compiled=compiled_once(f))
    check_function(f, [(s, x, x[::-1], z)], compiled=compiled_once(f))      # equal lengths: a table
