"""Lowering rules for urllib.parse: quote, unquote, parse_qs, urlencode... (templates/runtime/urlparse.js)."""
from __future__ import annotations

import urllib.parse

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..resolve import program_uses, uses_urllib
from ..tables import urlparse_table as UT

UNDEF = E("undefined")
_MODULE = "urllib.parse"


def url_result(kind: str, elem: T.Ty) -> T.Ty:
    """The type of a SplitResult / ParseResult: a tuple (of str as urlsplit makes it; _replace may put anything)."""
    return T.Ty("tuple", elem, None, "url:" + kind)


def url_result_kind(t: T.Ty) -> str | None:
    return t.extra[4:] if t.kind == "tuple" and isinstance(t.extra, str) and t.extra.startswith("url:") else None


class UrlMixin:
    def url_on(self) -> bool:
        """URL results may reach this function as values of unknown type (a helper's parameter, an element of a
        list): its module imports urllib.parse, or a function compiled before it into the same program does."""
        return program_uses(self.program, self.resolver, "uses_urls", uses_urllib)

    def url_any_attr(self, node, base: E, attr: str):
        """``u.netloc`` on a value of unknown type where URL results may be: checked at run time (CPython's
        AttributeError for a value without it); None for a name no URL result has."""
        if attr not in UT.ANY_ATTRS:
            return None
        return J.call("py_url_attr_any", base, J.lit_str(attr)), T.ANY

    def url_any_method(self, node, recv: E, name: str, args):
        """``u.geturl()`` / ``u._replace(...)`` / ``u._asdict()`` on a value of unknown type (checked at run time)."""
        if name not in ("geturl", "_replace", "_asdict"):
            return None
        checked = J.call("py_url_nt_of", recv, J.lit_str(name))
        e, t = self.url_result_method(node, checked, T.Ty("tuple", T.ANY, None, "url:*"), name, args)
        return e, (T.ANY if t.kind == "tuple" else t)      # (which result it is: known at run time only)

    def url_result_attr(self, node, base: E, bt: T.Ty, attr: str):
        kind = url_result_kind(bt)
        fields = UT.RESULT_FIELDS[kind]
        kind = kind if kind != "*" else "SplitResult or ParseResult"
        if attr in fields:
            return J.call("py_url_attr", base, J.lit_str(attr)), bt.elem or T.ANY
        if attr in UT.RESULT_PROPERTIES and url_result_kind(bt) in UT.NETLOC_RESULTS:
            return J.call("py_url_attr", base, J.lit_str(attr)), T.ANY      # (None when absent)
        if url_result_kind(bt) == "*" and attr in UT.ANY_ATTRS:
            return J.call("py_url_attr_any", base, J.lit_str(attr)), T.ANY     # (params: a ParseResult's only)
        if attr in UT.RESULT_METHODS:
            return self.error(node, f"{kind}.{attr} can only be called here",
                              f"call it: u.{attr}(...), or wrap it in a function: lambda: u.{attr}()"), T.ANY
        has = fields + (UT.RESULT_PROPERTIES if url_result_kind(bt) in UT.NETLOC_RESULTS else ())
        hint = f"a {kind} has {', '.join(has)} and {', '.join(m + '()' for m in UT.RESULT_METHODS)}"
        if hasattr(getattr(urllib.parse, url_result_kind(bt), urllib.parse.SplitResult), attr):   # (_fields, encode...)
            return self.error(node, f"{kind}.{attr} is not supported", hint), T.ANY
        return self.error(node, f"'{kind}' object has no attribute {attr!r}", hint), T.ANY

    def url_result_method(self, node, base: E, bt: T.Ty, name: str, args):
        """u.geturl(), u._replace(field=value, ...), u._asdict(); None for the tuple methods (count, index)."""
        kind = url_result_kind(bt)
        kind = kind if kind != "*" else "SplitResult or ParseResult"
        if name in ("count", "index"):
            return None
        if name not in UT.RESULT_METHODS:
            return self.url_result_attr(node, base, bt, name)
        if name == "_replace":
            if args.pos:
                return self.error(node, f"{kind}._replace() takes field names as keywords",
                                  "write u._replace(query='')"), T.ANY
            pairs = [J.array([J.lit_str(k), self.to_any(*v)]) for k, v in args.kw.items()]
            return J.call("py_url_replace", base, E(f"new Map({J.array(pairs).code})", J.POSTFIX)), \
                T.Ty("tuple", T.ANY, None, bt.extra)
        if args.pos or args.kw:
            return self.error(node, f"{kind}.{name}() takes no arguments", f"write u.{name}()"), T.ANY
        if name == "geturl":
            return J.call("py_url_geturl", base), T.ANY
        return J.call("py_url_asdict", base), T.DICT(T.STR, bt.elem or T.ANY)

    def url_module_attr(self, node, name: str):
        if name in UT.FUNCTIONS:
            return self.nonvalue(node, f"{_MODULE}.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda s: {name}(s)",
                                 f"fn:{_MODULE}.{name}"), \
                T.SPECIAL(f"fn:{_MODULE}.{name}")
        return self.error(node, f"{_MODULE}.{name} is not supported",
                          UT.REFUSED.get(name, "supported: " + ", ".join(UT.FUNCTIONS))), T.ANY

    def url_call(self, node, name: str, args):
        sig = UT.FUNCTIONS[name]
        vals = args.bound(self, sig, name)
        if vals is None:
            return UNDEF, T.ANY
        get = {p.name: v for p, v in zip(sig.params, vals)}
        for p in ("encoding", "errors"):
            if get.get(p) is not None:
                return self.error(node, f"{name}({p}=...) is not supported",
                                  "URLs are UTF-8 here: leave encoding and errors at their defaults"), T.ANY
        arg = lambda k: self.to_any(*get[k]) if get[k] is not None else UNDEF  # noqa: E731
        if name in ("urlsplit", "urlparse"):
            # every argument given to the runtime: a None passed (null or undefined) is not an omitted one
            scheme = arg("scheme") if get["scheme"] is not None else J.lit_str("")
            frag = arg("allow_fragments") if get["allow_fragments"] is not None else E("true")
            kind = "SplitResult" if name == "urlsplit" else "ParseResult"
            return J.call("py_url_split", arg("url"), scheme, frag, E(str(name == "urlparse").lower())), \
                url_result(kind, T.STR)
        if name == "urljoin":
            frag = arg("allow_fragments") if get["allow_fragments"] is not None else E("true")
            return J.call("py_url_join", arg("base"), arg("url"), frag), T.ANY
        if name == "urldefrag":
            return J.call("py_url_defrag", arg("url")), url_result("DefragResult", T.STR)
        if name in ("urlunsplit", "urlunparse"):
            # (a str, or what CPython returns for odd components: None for urlunsplit(('', '', None, '', '')))
            return J.call("py_url_unsplit", arg("components"), E(str(name == "urlunparse").lower())), T.ANY
        if name in ("quote", "quote_plus"):
            safe = arg("safe") if get["safe"] is not None else J.lit_str("/" if name == "quote" else "")
            return J.call("py_url_" + name, arg("string"), safe), T.STR
        if name in ("unquote", "unquote_plus"):
            return J.call("py_url_" + name, arg("string")), T.STR
        if name in ("parse_qs", "parse_qsl"):
            out = [arg(k) for k in ("qs", "keep_blank_values", "strict_parsing", "max_num_fields", "separator")]
            while out[-1] is UNDEF:
                out.pop()
            return J.call("py_url_" + name, *out), (T.DICT() if name == "parse_qs" else T.LIST())
        # urlencode
        plus = UNDEF
        via = get["quote_via"]
        if via is not None:
            extra = str(via[1].extra) if via[1].kind == "special" else ""
            if extra not in (f"fn:{_MODULE}.quote", f"fn:{_MODULE}.quote_plus"):
                return self.error(node, "urlencode(quote_via=...) is supported with quote or quote_plus only",
                                  "pass urllib.parse.quote or quote_plus by name"), T.ANY
            plus = E("false") if extra.endswith(".quote") else UNDEF
        out = [arg("query"), arg("doseq"), arg("safe"), plus]
        while out[-1] is UNDEF and len(out) > 1:
            out.pop()
        return J.call("py_url_urlencode", *out), T.STR
