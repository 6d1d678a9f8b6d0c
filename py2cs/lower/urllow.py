"""Lowering rules for urllib.parse: quote, unquote, parse_qs, urlencode... (templates/runtime/urlparse.js)."""
from __future__ import annotations

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import urlparse_table as UT

UNDEF = E("undefined")
_MODULE = "urllib.parse"


class UrlMixin:
    def url_module_attr(self, node, name: str):
        if name in UT.FUNCTIONS:
            return self.nonvalue(node, f"{_MODULE}.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda s: {name}(s)"), \
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
