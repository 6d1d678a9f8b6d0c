"""urllib.parse: urlsplit / urlparse (SplitResult / ParseResult: fields, username, password, hostname, port,
geturl, _replace, _asdict, repr), urlunsplit / urlunparse; CPython's parsing and errors (ipaddress's rules for
bracketed hosts, the NFKC netloc check, ports)."""
from urllib import parse as up
from urllib.parse import parse_qs, urlparse, urlsplit, urlunparse, urlunsplit

from difftest import cases

URLS = (
    "", "https://example.com/a/b?x=1&y=2#frag", "http://user:pw@Host.Example:8080/p;params?q#f",
    "HTTP://EXAMPLE.com", "/relative/path?q=1", "?only=query", "#only-frag", "//netloc/only", "mailto:a@b.c",
    "path:123", "a1+-.b://x", "1http://x", "ht tp://x", "http:", "http://", "http://h:", "http://h:0/",
    "http://h:65535", "http://h:65536", "http://h:80x", "http://h:-1", "http://h:٣", "http://h:0080",
    "http://[::1]:8000/x", "http://[::1]", "http://[fe80::1%25eth0]/", "http://[fe80::1%eth0]/", "http://[::FFFF:1.2.3.4]/",
    "http://[1.2.3.4]/", "http://[v1.abc]/", "http://[vz.x]/", "http://[v1.]/", "http://[::1/", "http://::1]/",
    "http://[zz]/", "http://[1:2:3:4:5:6:7:8]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[1::2::3]/",
    "http://[:1:2:3:4:5:6:7]/", "http://[1:2:3:4:5:6:7:]/", "http://[::1:2:3:4:5:6:7]/", "http://[1::]/",
    "http://[12345::]/", "http://[::1.2.3]/", "http://[::01.2.3.4]/", "http://[%x]/", "http://[::1%]/",
    "http://[::1%a%b]/", "http://a@b@c:1/", "http://u@h", "http://u:@h", "http://:p@h", "http://HOST%ZONE",
    "http://[FE80::A%ZoNe]:1/", "  \x00http://x/ y ", "ht\ttp://x\r\ny/\n", "\x1f  x", "javascript:alert(1)",
    "file:///etc/passwd", "http://h/a;b;c/d;e", "http://h/a;b/c", "ftp://h/x;type=a", "svn://h/x;y",
    "tel:+1;ext=2", "http://h?x#y?z", "http://h#x?y", "http://h/ä?ö#ü", "http://bücher.example/",
    "http://ex\u2100ample/", "http://a\uff03b/", "http://a\u2474/", "http://ÅNGSTRÖM.se/", "http://İ.example/",
    "http://ΣΊΣΥΦΟΣ.gr/", "http://x\ufe55y/", "data:text/plain;base64,SGk=", "//[::1]:99", "x://[::1]:99",
)


@cases(*[(u,) for u in URLS])
def split_fields(url):
    out = []
    for which in range(2):
        try:
            u = urlsplit(url) if which == 0 else urlparse(url)
        except ValueError as e:
            out.append(["ValueError", str(e)])
            continue
        row = list(u) + [u.scheme, u.netloc, u.path, u.query, u.fragment, u.username, u.password, u.geturl(),
                         str(u), repr(u), type(u).__name__, len(u), u == tuple(u), u[0], u[-1]]
        try:
            row.append(u.hostname)
        except ValueError as e:
            row.append("hostname: " + str(e))
        try:
            row.append(u.port)
        except ValueError as e:
            row.append("port: " + str(e))
        out.append(row)
    return out


@cases(*[(u,) for u in URLS])
def parse_params(url):
    try:
        u = urlparse(url)
    except ValueError as e:
        return str(e)
    return [u.params, u.path, urlunparse(u), urlunsplit(urlsplit(url)), f"{u}", u._asdict(), str(u._asdict())]


@cases(("https://a.b/c?x=1&x=2&y=#top",), ("/?q=caf%C3%A9+au+lait",), (None,), ("",))
def dash_location(href):
    # the dcc.Location idiom: read the query of href
    if not href:
        return {}
    q = urlparse(href).query
    return parse_qs(q)


@cases(("https://a.b/c?x=1#f",), ("http://u:p@h:1/p;q?r#s",), ("",), ("x",))
def replace_and_geturl(url):
    u = urlparse(url)
    v = u._replace(query="", fragment="")
    w = urlsplit(url)._replace(scheme="https", netloc="example.org")
    out = [v.geturl(), w.geturl(), repr(v), v.query, w.hostname]
    for bad in range(4):
        try:
            if bad == 0:
                out.append(u._replace(nope=1, other=2))
            elif bad == 1:
                out.append(u._replace(path=None).geturl())
            elif bad == 2:
                out.append(repr(u._replace(netloc=None)))
                out.append(u._replace(netloc=None).hostname)
            else:
                out.append(urlsplit(url)._replace(path=7, query=None).geturl())
        except (ValueError, TypeError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


@cases((["http", "h", "/p", "q", "f"],), (["", "", "p", "", ""],), (["http", "", "p", "", ""],),
       (["http", "", "//p", "", ""],), (["mailto", "", "a@b", "", ""],), (["", "", None, "", ""],),
       (["http", "", None, "", ""],), (["", "", None, "q", ""],), (["", None, "x", None, None],),
       ([None, "h", "", "", ""],), ([5, "", "", "", ""],), (["http", 5, "", "", ""],),
       (["a", "b", "c", "d"],), (["a", "b", "c", "d", "e", "f"],), ([],), (["a", 1],), (5,), ("abcde",), ([None, "", "x"],),
       (["https", "h", "p", "q", "f", "x"],), (["x", "", "p", "", "#"],), ([0, "", "", "", "", "", 7],), ([[], "x", "", "", ""],))
def unsplit(parts):
    out = []
    for which in range(3):
        arg = tuple(parts) if isinstance(parts, list) else parts
        try:
            out.append(urlunsplit(arg) if which == 0 else urlunparse(arg) if which == 1 else up.urlunsplit(arg))
        except (ValueError, TypeError, AttributeError, IndexError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(urlunparse(parts[:3] + ["params"] + parts[3:5] if isinstance(parts, list) else parts))
    except (ValueError, TypeError, AttributeError, IndexError) as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


@cases(("http://x/#f",), ("http://x/?q#f",), ("//x#f?q",))
def arguments(url):
    out = []
    for u, scheme, frag in ((url, "", False), (url, "ftp", True), (url, " Ftp\t", 1), (url, None, True),
                            (url, "", None), (url, "", 0), (url, "", []), (url, 5, True), (5, "", True),
                            ([1], "", True), ("", "", ""), (url, "", "x"), ([1], [2], True), (url, "", {}),
                            ("", [], 0), (url, "", (1, [2])), (url, "", (1, 2)), (None, "", [])):
        for which in range(2):
            try:
                out.append(list(urlsplit(u, scheme, frag) if which == 0 else urlparse(u, scheme, allow_fragments=frag)))
            except (ValueError, TypeError, AttributeError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    out.append(list(urlsplit(url, allow_fragments=False)))
    out.append(list(urlparse(url=url, scheme="x", allow_fragments=False)))
    return out


@cases(("http://a/b?c#d",))
def as_values(url):
    # results as dict keys, in containers, compared, returned to the page (a list)
    a, b = urlsplit(url), urlsplit(url + "x")
    d = {a: 1, tuple(a): 2}
    s = sorted([b, a])
    scheme, netloc, *rest = a
    return [len(d), d[a], repr(list(d)), s, a < b, a == b, scheme, netloc, rest, tuple(a), a.count("a"),
            a.index("b"), [x for x in a], a + ("y",), str([a]), urlsplit(url)]



@cases(("http://a/b",), ("x",))
def checks(url):
    u = urlsplit(url)
    return [isinstance(u, tuple), type(u) is tuple, bool(u), u != ("http",), u.count("x"), max(u), "".join(u)]


JOINS = ("", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", ".", "./",
         "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.",
         ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
         "g#s/./x", "g#s/../x", "http:g", "http:", "https:g", "ftp://h/x", "mailto:x", "a//b", "//", "///x",
         "http://[::1]/x", "ä/ö", "%2e%2e/x", "\tg\n", " g")
BASES = ("http://a/b/c/d;p?q", "http://a/b/c/", "http://a", "https://u@h:1/x?y#z", "ftp://h/a/b", "mailto:a@b",
         "/rel/base", "rel/base/", "", "file:///tmp/x", "svn+ssh://h/r/", "unknown://h/a/b", "http://a/b/../c/./d")


@cases(*[(b,) for b in BASES])
def joins(base):
    out = []
    for url in JOINS:
        try:
            out.append(up.urljoin(base, url))
            out.append(up.urljoin(base, url, allow_fragments=False))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out


@cases(("http://a/b#c",), ("x#",), ("#",), ("http://a/b;p?q#f",), ("nofrag",), ("",), ("http://[::1]/#x",))
def defrag(url):
    d = up.urldefrag(url)
    e = d._replace(fragment=None)
    return [d.url, d.fragment, list(d), repr(d), str(d), d.geturl(), type(d).__name__, d._asdict(), e.geturl(),
            d._replace(fragment="z").geturl()]


@cases(("http://a", "b"), (None, "x"), ("x", None), (0, "x"), ("", ""), (5, 6), ("x", 5), ([], []), ("a", "b"))
def join_args(base, url):
    try:
        return [up.urljoin(base, url)]
    except (TypeError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


@cases(("http://a/b/c", "../d"))
def join_one(base, url):
    try:
        return up.urljoin(base, url)
    except ValueError as e:
        return "ValueError: " + str(e)
