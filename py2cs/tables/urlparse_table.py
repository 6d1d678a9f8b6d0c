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
    "urlsplit": Sig("url, scheme='', allow_fragments=True", "tuple",
                    note="a SplitResult: a tuple (scheme, netloc, path, query, fragment) with those attributes and "
                         "username, password, hostname, port, geturl(), _replace(), _asdict(); CPython's parsing and "
                         "errors (bracketed IPv6 hosts checked, NFKC netloc check); `None` is a py2cs TypeError "
                         "(CPython returns bytes); its attributes and methods also where py2cs does not know the value's type "
                         "(a helper's parameter, a list's element), checked at run time"),
    "urlparse": Sig("url, scheme='', allow_fragments=True", "tuple",
                    note="a ParseResult: as urlsplit, with params (`;...` of the last path segment) after path"),
    "urlunsplit": Sig("components", "str", note="any iterable of 5 values (a SplitResult or a tuple)"),
    "urlunparse": Sig("components", "str", note="any iterable of 6 values (a ParseResult or a tuple)"),
    "urljoin": Sig("base, url, allow_fragments=True", "any",
                   note="CPython's resolution (RFC 3986 dot segments, schemes in uses_relative / uses_netloc); "
                        "`url` as given when it is absolute or `base` is empty"),
    "urldefrag": Sig("url", "tuple", note="a DefragResult (url, fragment), with geturl(), _replace(), _asdict()"),
}

# What a SplitResult / ParseResult / DefragResult has besides its fields (lowering: UrlMixin.url_result_attr / _method).
RESULT_FIELDS = {"SplitResult": ("scheme", "netloc", "path", "query", "fragment"),
                 "ParseResult": ("scheme", "netloc", "path", "params", "query", "fragment"),
                 "DefragResult": ("url", "fragment"),
                 "*": ("scheme", "netloc", "path", "query", "fragment")}     # either (a name joined from both)
NETLOC_RESULTS = ("SplitResult", "ParseResult", "*")      # the ones with username, password, hostname, port
RESULT_PROPERTIES = ("username", "password", "hostname", "port")
RESULT_METHODS = ("geturl", "_replace", "_asdict", "count", "index")
# the attributes read on a value of unknown type in a module using urllib.parse (py_url_attr_any checks them)
ANY_ATTRS = ("scheme", "netloc", "path", "params", "query", "fragment", "url") + RESULT_PROPERTIES

# names of urllib.parse py2cs refuses, with what to write instead
REFUSED = {
    "quote_from_bytes": "bytes are not supported: use quote(str)",
    "unquote_to_bytes": "bytes are not supported: use unquote(str)",
}
