"""Lowering rules for textwrap: wrap, fill, shorten, dedent, indent (templates/runtime/textwrap.js; signatures
in py2cs/tables/textwrap_table.py). wrap, fill and shorten pass TextWrapper's twelve options to the runtime as
one array, every one explicit (its default when omitted), so ``undefined`` reaching the runtime is a None."""
from __future__ import annotations

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import textwrap_table as TT

UNDEF = E("undefined")
_MODULE = "textwrap"


class TextwrapMixin:
    def tw_module_attr(self, node, name: str):
        if name in TT.FUNCTIONS:
            return self.nonvalue(node, f"{_MODULE}.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda s: {_MODULE}.{name}(s)"), \
                T.SPECIAL(f"fn:{_MODULE}.{name}")
        return self.error(node, f"{_MODULE}.{name} is not supported",
                          TT.REFUSED.get(name, "supported: " + ", ".join(f"{_MODULE}.{n}" for n in TT.FUNCTIONS))), \
            T.ANY

    def tw_call(self, node, name: str, args):
        if name == "shorten" and "max_lines" in args.kw:
            return self.error(node, "textwrap.shorten() got max_lines=, which it sets itself (CPython: TypeError "
                                    "'got multiple values for keyword argument')",
                              "leave max_lines out (shorten makes one line), or use textwrap.wrap(text, width, "
                              "max_lines=...)"), T.ANY
        sig = TT.BIND[name]
        vals = args.bound(self, sig, f"{_MODULE}.{name}")
        if vals is None:
            return UNDEF, T.ANY
        get = {p.name: (self.to_any(*v) if v is not None else None) for p, v in zip(sig.params, vals)}
        if name == "dedent":
            return J.call("py_twr_dedent", get["text"]), T.STR
        if name == "indent":
            pred = get["predicate"] if get["predicate"] is not None else E("null")
            return J.call("py_twr_indent", get["text"], get["prefix"], pred), T.STR
        opts = []
        for opt, _, js_default in TT.OPTIONS:
            if opt == "max_lines" and name == "shorten":
                opts.append(E("1"))
            else:
                opts.append(get[opt] if get.get(opt) is not None else E(js_default))
        return J.call("py_twr_" + name, get["text"], J.array(opts)), (T.LIST(T.STR) if name == "wrap" else T.STR)
