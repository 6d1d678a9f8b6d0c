"""Review 5: URL results reaching code as values of unknown type (a helper's parameter, a list's element): their
attributes and methods are checked at run time in a module that uses urllib.parse."""
from urllib.parse import urlsplit, urlparse, urldefrag

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
