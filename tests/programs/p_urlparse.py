"""urllib.parse: quote / quote_plus / unquote / unquote_plus / parse_qs / parse_qsl / urlencode (UTF-8, CPython's
'replace' decoding, argument errors)."""
import urllib.parse
from urllib import parse as up
from urllib.parse import parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode

from difftest import cases

STRINGS = ("", "abc", "a b+c", "?page=2&q=caf%C3%A9", "é ü/ß~_.-!*'();:@&=+$,/?#[]", "日本語 テキスト",
           "emoji 😀 x", "%", "%4", "%zz%41", "%E2%82", "%E2%82%AC%", "%C3%28", "%ED%A0%80", "%F0%9F%98",
           "%F0%9F%98%80", "%C0%AF", "%80%BF%FE%FF", "%F4%90%80%80", "%E0%80%AF", "a%20é%20b", "%e2%82%ac",
           "%C3é%A9", "\t\n\x00\x7f", "%%41", "+%2B+")


@cases(*[(s,) for s in STRINGS])
def quoting(s):
    return [quote(s), quote(s, safe=""), quote(s, "/:?=&"), quote_plus(s), quote_plus(s, safe="/+"),
            urllib.parse.quote(s, safe="é~"), unquote(s), unquote_plus(s), up.unquote(quote(s)),
            unquote_plus(quote_plus(s)) == s]


@cases(*[(s,) for s in STRINGS], ("a=1&b=2&a=3",), ("a=&b&=c&&d=4",), ("x=1;y=2",), ("k=v=w",),
       ("name=J%C3%BCrgen+M&tags=a,b",), ("?page=1",), (None,), ("=",), ("&&",))
def query_parsing(qs):
    out = [parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, True),
           parse_qs(qs, separator=";"), parse_qsl(qs, max_num_fields=10)]
    for which in range(3):
        try:
            if which == 0:
                out.append(parse_qsl(qs, strict_parsing=True))
            elif which == 1:
                out.append(parse_qsl(qs, max_num_fields=1))
            else:
                out.append(parse_qsl(qs, separator=""))
        except ValueError as e:
            out.append(["ValueError", str(e)])
    return out


@cases(({"page": 2, "q": "café au lait", "tags": ["a", "b"], "none": None, "f": 1.5, "t": True},),
       ({},), ({"a/b": "c d+e", "x": [1, 2.0], "y": (3, "4")},), ({"s": "ab", "e": []},))
def encoding(d):
    pairs = list(d.items())
    return [urlencode(d), urlencode(d, doseq=True), urlencode(d, True, "/"), urlencode(pairs),
            urlencode(d, quote_via=quote), urlencode(d, doseq=True, safe="+", quote_via=urllib.parse.quote_plus),
            urlencode(tuple(pairs)), urlencode([]), urlencode("")]


@cases((None,), (5,), (1.5,), (True,), (["a", "%"],), (["a"],), ({"%": 1},), ({"a": 1},), ([("k", "v")],),
       ([["k", "v"]],), ("ab",), ([("k", "v"), "xy"],), ([("k", "v"), [1, 2, 3]],), ([],), (0,), ([0],))
def bad_arguments(x):
    out = []
    for fn in (lambda v: quote(v), lambda v: quote_plus(v), lambda v: unquote(v), lambda v: unquote_plus(v),
               lambda v: parse_qs(v), lambda v: parse_qsl(v), lambda v: urlencode(v)):
        try:
            out.append(fn(x))
        except (TypeError, AttributeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    for sep in (None, 0, 5, "", "&"):
        try:
            out.append(parse_qsl("a=1&b=2", separator=sep))
        except (AttributeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    try:
        out.append(parse_qsl("a=1&b=2", max_num_fields="3"))
    except TypeError as e:
        out.append(["TypeError", str(e)])
    return out


@cases(("?page=3&sort=name&dir=desc&filter=city%3DBerlin",), ("",), (None,), ("?page=x",))
def location_search(search):
    """The dcc.Location idiom: read the query of the page's URL, build links back."""
    params = parse_qs((search or "").lstrip("?"))
    page = params.get("page", ["1"])[0]
    try:
        page = int(page)
    except ValueError:
        page = 1
    sort = params.get("sort", ["id"])[0]
    links = [f"?{urlencode({'page': p, 'sort': sort})}" for p in range(max(1, page - 1), page + 2)]
    return {"page": page, "sort": sort, "filter": dict(parse_qsl(params.get("filter", [""])[0])), "links": links}
