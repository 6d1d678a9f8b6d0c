"""urllib.parse: what py2cs does not reproduce is refused at compile time with a rewrite; the UTF-8 decoder of
unquote() against CPython's bytes.decode('utf-8', 'replace') on every one- and two-byte sequence and on the
three- and four-byte sequences around each boundary."""
import itertools
import json

import pytest
import quickjs

from py2cs import runtime
from refusal import assert_one_diagnostic, transpile_refused

H = "import urllib.parse\nfrom urllib.parse import quote, urlencode, urlparse\n\n\ndef f(s, d):\n"
REFUSED = [
    ("encoding", H + "    return quote(s, encoding='latin-1')\n", 6, "quote(encoding=...) is not supported"),
    ("errors", H + "    return urllib.parse.unquote(s, errors='strict')\n", 6, "unquote(errors=...)"),
    ("urlparse_attr", H + "    return urlparse(s).nope\n", 6, "'ParseResult' object has no attribute 'nope'"),
    ("defrag_netloc", H + "    return urllib.parse.urldefrag(s).hostname\n", 6,
     "'DefragResult' object has no attribute 'hostname'"),
    ("urlsplit_bytes", H + "    return urllib.parse.quote_from_bytes(s)\n", 6, "quote_from_bytes is not supported"),
    ("quote_via", H + "    return urlencode(d, quote_via=lambda v, *a: v)\n", 6, "quote_via"),
    ("request", "import urllib.request\n\n\ndef f(s):\n    return urllib.request.urlopen(s)\n", 5, "urllib.request"),
    ("wrong_call", H + "    return quote()\n", 6, "missing required argument 'string'"),
]


@pytest.mark.parametrize("name,src,line,words", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(tmp_path, name, src, line, words):
    path, err = transpile_refused(tmp_path, name, src)
    assert_one_diagnostic(path, err, line, words)


def _sequences():
    interesting = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                   0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
    seqs = [[a] for a in range(256)] + [[a, b] for a in range(256) for b in range(256)]
    seqs += [list(p) for n in (3, 4) for p in itertools.product(interesting, repeat=n)]
    return seqs


def test_utf8_replace_matches_cpython():
    seqs = _sequences()
    ctx = quickjs.Context()
    ctx.eval(runtime.bundle(["py_url_utf8"]))
    got = json.loads(ctx.eval(f"JSON.stringify({json.dumps(seqs)}.map(py_url_utf8))"))
    want = [bytes(s).decode("utf-8", "replace") for s in seqs]
    bad = [(s, g, w) for s, g, w in zip(seqs, got, want) if g != w]
    assert not bad, f"{len(bad)} of {len(seqs)} differ, e.g. {bad[:5]}"
