"""urlsplit / urlparse / urlunsplit on hypothesis-generated URLs (CPython vs QuickJS): schemes valid and not,
netlocs with user info, ports, brackets (IPv6, IPvFuture, IPv4), percent signs, C0 controls and the characters
removed or stripped, params, queries and fragments in every order; plus the results py2cs refuses at run time."""
import unicodedata
from urllib.parse import urlsplit, urlunsplit

import pytest
import quickjs
from hypothesis import given, settings
from hypothesis import strategies as st

from difftest import check_function, Compiled, compiled_once
from programs import p_urlsplit

PIECES = st.sampled_from([
    "http", "HTTPS", "ftp", "mailto", "tel", "svn+ssh", "a.b-c", "1x", "x y", ":", "//", "/", "///", "?", "#", ";",
    "@", "[", "]", "%", "%25", "::", "::1", "1.2.3.4", "v1.a", "fe80", "ffff", "12345", "0", "00", "65535", "65536",
    "80", "user", "pw", "Host", "ΣΑ", "İ", "ä", "\u2100", "\uff03", "\u2474", "😀", "\t", "\r\n", "\x00", " ", "\x1f",
    "\u3000", "\x85", "=", "&", "x", "-", ".", "..", "ab",
])
URL = st.lists(PIECES, max_size=10).map("".join)

@settings(max_examples=500, deadline=None, derandomize=True)
@given(URL)
def test_urlsplit_random(url):
    check_function(p_urlsplit.split_fields, [(url,)], compiled=compiled_once(p_urlsplit.split_fields))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(URL)
def test_urlparse_params_random(url):
    check_function(p_urlsplit.parse_params, [(url,)], compiled=compiled_once(p_urlsplit.parse_params))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(URL, st.none(), st.sampled_from(["", "//", "/x", "http"])), min_size=4, max_size=6))
def test_urlunsplit_random(parts):
    if not isinstance(parts[0], str) and not any(parts):
        return      # all falsy and not str: CPython returns bytes (py2cs refuses: test_bytes_results_refused)
    check_function(p_urlsplit.unsplit, [(parts,)], compiled=compiled_once(p_urlsplit.unsplit))


SEGMENTS = st.sampled_from(["", ".", "..", "a", "b", "g;x", "?y", "#s", "http:", "//h", "/", "%2e", "..g", "g."])
REL = st.lists(SEGMENTS, max_size=6).map("/".join)
BASE = st.builds(lambda scheme, rest: scheme + rest, st.sampled_from(["http://a", "https://u@h:1", "ftp://h", "",
                                                                      "mailto:", "file://", "x://h"]), REL)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(BASE, st.one_of(REL, URL))
def test_urljoin_random(base, url):
    check_function(p_urlsplit.join_one, [(base, url)], compiled=compiled_once(p_urlsplit.join_one))


def bytes_split(x):
    return urlsplit(x).path


def bytes_unsplit(x):
    return urlunsplit((x, "", "", "", ""))


@pytest.mark.parametrize("func", [bytes_split, bytes_unsplit])
@pytest.mark.parametrize("arg", [None, 0, False])
def test_bytes_results_refused(func, arg):
    # CPython returns bytes for falsy non-str arguments; py2cs has no bytes and says so when it runs
    assert isinstance(func(arg), bytes)
    c = Compiled(func)
    out = c.run((arg,))
    assert out[0] == "err" and out[1] == "TypeError" and "returns bytes in CPython" in out[2], out


def test_nfkc_netloc_check_matches_cpython_for_every_code_point():
    # _checknetloc: the JS engine's NFKC (String.prototype.normalize) must add one of / ? # @ : for exactly the
    # characters CPython's unicodedata (Unicode 14) does; one character at a time is enough: none of these five
    # takes part in a composition
    bad_py = [cp for cp in range(0x80, 0x110000) if not 0xD800 <= cp <= 0xDFFF
              and any(c in unicodedata.normalize("NFKC", chr(cp)) for c in "/?#@:")]
    ctx = quickjs.Context()
    bad_js = ctx.eval("""(function () {
      var out = [];
      for (var cp = 0x80; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        if (/[\\/?#@:]/.test(String.fromCodePoint(cp).normalize('NFKC'))) out.push(cp);
      }
      return JSON.stringify(out);
    })()""")
    import json
    assert json.loads(bad_js) == bad_py


@pytest.mark.parametrize("src, message", [
    ("from urllib.parse import urlsplit\ndef f(u):\n    return urlsplit(u).nope\n",
     "'SplitResult' object has no attribute 'nope'"),
    # (a name CPython's class has, which py2cs does not support: not "has no attribute")
    ("from urllib.parse import urlsplit\ndef f(u):\n    return urlsplit(u)._fields\n",
     "SplitResult._fields is not supported"),
    ("from urllib.parse import urldefrag\ndef f(u):\n    return urldefrag(u).encode()\n",
     "DefragResult.encode is not supported"),
    ("from urllib.parse import urlsplit\ndef f(u):\n    return urlsplit(u).geturl\n",
     "SplitResult.geturl can only be called here"),
    ("from urllib.parse import urlparse\ndef f(u):\n    return urlparse(u)._replace('x')\n",
     "ParseResult._replace() takes field names as keywords"),
    ("from urllib.parse import urlparse\ndef f(u):\n    return urlparse(u).geturl(1)\n",
     "ParseResult.geturl() takes no arguments"),
    # (xs[0].path is read at run time: tests/programs/p_review5_url.py; a name no URL result has stays refused)
    ("from urllib.parse import urlsplit\ndef f(u):\n    xs = [urlsplit(u)]\n    return xs[0].nope\n",
     "attribute access '.nope'"),
])
def test_refusals(tmp_path, src, message):
    from refusal import transpile_refused
    path, err = transpile_refused(tmp_path, "urlres", src)
    assert len(err.diagnostics) == 1 and message in str(err) and f"{path}:" in str(err), str(err)
