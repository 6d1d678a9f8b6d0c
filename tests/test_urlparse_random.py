"""urllib.parse on hypothesis-generated strings (CPython vs QuickJS): percent escapes of every kind, invalid
UTF-8 byte sequences between ASCII and non-ASCII text, separators, '+' and '='."""
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, compiled_once
from programs import p_urlparse

# escapes biased towards UTF-8 lead/continuation bytes and their boundaries (C0-C2, E0/ED, F0/F4, F5+)
BYTES = st.sampled_from([0x00, 0x20, 0x25, 0x2B, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                         0xC2, 0xDF, 0xE0, 0xE2, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF])
ESCAPE = st.builds(lambda b, lower: ("%%%02x" if lower else "%%%02X") % b, BYTES, st.booleans())
PIECE = st.one_of(ESCAPE, ESCAPE, ESCAPE, st.sampled_from(["%", "%4", "%G1", "+", "=", "&", ";", " ", "a", "Z",
                                                          "~", "/", "é", "😀", "日", "\x00", "?"]),
                  st.text(max_size=3))
QUERY = st.lists(PIECE, max_size=12).map("".join)

@settings(max_examples=400, deadline=None)
@given(QUERY)
def test_quote_unquote_random(s):
    check_function(p_urlparse.quoting, [(s,)], compiled=compiled_once(p_urlparse.quoting))


@settings(max_examples=300, deadline=None)
@given(QUERY)
def test_parse_qs_random(s):
    check_function(p_urlparse.query_parsing, [(s,)], compiled=compiled_once(p_urlparse.query_parsing))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=4), st.one_of(st.text(max_size=6), st.integers(-2**53, 2**53), st.none(),
                                                       st.lists(st.text(max_size=3), max_size=3)), max_size=4))
def test_urlencode_random(d):
    check_function(p_urlparse.encoding, [(d,)], compiled=compiled_once(p_urlparse.encoding))
