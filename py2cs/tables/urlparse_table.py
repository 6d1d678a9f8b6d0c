"""urllib.parse as py2cs supports it (lowering: py2cs/lower/urllow.py, runtime: templates/runtime/urlparse.js).

Signatures as CPython 3.11 spells them; ``encoding=`` and ``errors=`` are refused (UTF-8 with CPython's
defaults is what a browser URL holds)."""
from __future__ import annotations

from . import Sig

_STR = "a non-str argument raises CPython's TypeError/AttributeError"

FUNCTIONS = {
    "quote": Sig("string, safe='/', encoding=None, errors=None", "str",
                 note="UTF-8, `%XX` in upper case; `safe` a str (its ASCII characters); " + _STR),
    "quote_plus": Sig("string, safe='', encoding=None, errors=None", "str", note="as quote, spaces become `+`"),
    "unquote": Sig("string, encoding='utf-8', errors='replace'", "str",
                   note="invalid UTF-8 becomes U+FFFD exactly where CPython puts it"),
    "unquote_plus": Sig("string, encoding='utf-8', errors='replace'", "str", note="as unquote, `+` becomes a space"),
    "parse_qsl": Sig("qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', "
                     "max_num_fields=None, separator='&'", "list",
                     note="a list of (name, value) tuples; `None` (the `search` of a fresh `dcc.Location`) is an "
                          "empty query, as in CPython"),
    "parse_qs": Sig("qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', "
                    "max_num_fields=None, separator='&'", "dict",
                    note="a dict of lists of values, in the order names first appear"),
    "urlencode": Sig("query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus", "str",
                     note="a dict or a sequence of 2-tuples; values through str(); `quote_via` quote_plus or quote "
                          "named directly"),
}

# names of urllib.parse py2cs refuses, with what to write instead
REFUSED = {
    "urlparse": "split the URL string: dcc.Location gives pathname, search and hash as separate properties",
    "urlsplit": "split the URL string: dcc.Location gives pathname, search and hash as separate properties",
    "urlunparse": "join the parts with +",
    "urlunsplit": "join the parts with +",
    "urljoin": "join the parts with +",
    "urldefrag": "s.partition('#')",
    "quote_from_bytes": "bytes are not supported: use quote(str)",
    "unquote_to_bytes": "bytes are not supported: use unquote(str)",
}
