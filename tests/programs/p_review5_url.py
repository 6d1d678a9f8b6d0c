"""Review 5: URL results reaching code as values of unknown type (a helper's parameter, a list's element): their
attributes and methods are checked at run time in a module that uses urllib.parse."""
from urllib.parse import urldefrag, urlparse, urlsplit

from difftest import cases

def safe(f):
    try:
        return f()
    except (TypeError, ValueError, AttributeError) as e:
        return [type(e).__name__, str(e)]

def host(u):
    return u.hostname

def parts(u):
    return [safe(lambda: getattr_like(u, n)) for n in range(11)]

def getattr_like(u, n):
    if n == 0: return u.scheme
    if n == 1: return u.netloc
    if n == 2: return u.path
    if n == 3: return u.params
    if n == 4: return u.query
    if n == 5: return u.fragment
    if n == 6: return u.url
    if n == 7: return u.username
    if n == 8: return u.password
    if n == 9: return u.hostname
    return u.port

@cases(("http://A:p@B:80/c;d?e#f",), ("x",), ("http://h:99999/",))
def helper(url):
    return [host(urlsplit(url)), parts(urlsplit(url)), parts(urlparse(url)), parts(urldefrag(url)), parts({"a": 1}),
            parts(None), parts([1]), parts(("a", "b", "c", "d", "e")), parts(url), parts(3)]

@cases((["http://A/b", "https://b:8/x", "z", "http://u@[::1]:5/"],),)
def comp(urls):
    parsed = [urlsplit(x) for x in urls]
    out = [p.netloc for p in parsed]
    out.append(sorted(parsed, key=lambda p: p.port or 0))
    out.append([p._replace(scheme="ftp").geturl() for p in parsed])
    out.append([repr(p._replace(path="/z")) for p in parsed])
    out.append([p._asdict() for p in parsed])
    d = {p.hostname: p for p in parsed}
    out.append(repr(d))
    return out

def meth(u, which):
    if which == 0: return u.geturl()
    if which == 1: return u._asdict()
    if which == 2: return repr(u._replace(fragment="z"))
    if which == 3: return repr(u._replace(nope=1))
    return u._replace(scheme=None).geturl()

@cases(("http://a/b;c?d#e",), ("",))
def methods_any(url):
    out = []
    for v in (urlsplit(url), urlparse(url), urldefrag(url), None, {"a": 1}, [1, 2], "s", (1, 2)):
        for w in range(5 if url else 4):
            out.append(safe(lambda: meth(v, w)))
    return out


@cases(("http://a/b",), ("",))
def list_element(u):
    xs = [urlsplit(u)]
    return [xs[0].path, xs[-1].scheme]


# a new tuple made from a URL result (u[:5], u * 1, u + (...), tuple(u)) is a plain tuple; a name that may
# hold either (joined branches, nonlocal, walrus) reads its attributes at run time
@cases(("http://a/b?c#d",),)
def aug(url):
    u = urlsplit(url)
    u += ("x",)
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def add(url):
    u = urlsplit(url)
    u = u + ("x",)
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def sl(url):
    u = urlsplit(url)
    u = u[:5]
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def mul(url):
    u = urlsplit(url)
    u = u * 1
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def tup(url):
    u = urlsplit(url)
    u = tuple(u)
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d", True), ("http://a/b?c#d", False))
def cond(url, c):
    u = urlsplit(url) if c else urlsplit(url)[:]
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def minmax(url):
    u = max(urlsplit(url), urlsplit(url + "x"))
    v = min([urlsplit(url)])
    w = sorted([urlsplit(url)])[0]
    return [safe(lambda: u.scheme), safe(lambda: v.path), safe(lambda: w.netloc)]

@cases(("http://a/b?c#d",),)
def loopvar(url):
    out = []
    for u in (urlsplit(url), urlparse(url)):
        out.append(safe(lambda: u.netloc))
    for u in [urlsplit(url)]:
        out.append(safe(lambda: u.hostname))
    return out


@cases(("http://a/b?c#d",),)
def nonloc(url):
    u = urlsplit(url)
    def g():
        nonlocal u
        u = ("a", "b")
    g()
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",),)
def walrus(url):
    u = urlsplit(url)
    out = [(u := ("x",)) for _ in range(1)]
    return safe(lambda: u.scheme)

@cases(("http://a/b?c#d",), ("http://[x",))
def tryexc(url):
    try:
        u = urlsplit(url)
    except ValueError:
        u = urlparse("x")
    return [safe(lambda: u.scheme), repr(u)]

@cases(("http://a/b?c#d",),)
def loopre(url):
    u = urlsplit(url)
    for i in range(2):
        if i:
            u = tuple(u)
    return safe(lambda: u.scheme)


@cases(("http://a/b;p?c#d", True), ("http://a/b;p?c#d", False))
def params_of_either(url, c):
    u = urlsplit(url) if c else urlparse(url)
    return safe(lambda: u.params)


@cases(("http://a/b",),)
def identity(url):
    # (urlsplit(url) is urlsplit(url): CPython's lru_cache, a py2cs TypeError: tests/test_review5.py)
    u = urlsplit(url)
    v = urlsplit(url + "x")
    return [u is u, u is v, u is not v, urlparse(url) is urlparse(url), urldefrag(url) is urldefrag(url), tuple(u) is u,
            u is None, u is tuple(u)]
