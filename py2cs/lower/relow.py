"""Lowering of the re module for constant patterns (templates/runtime/re.js, py2cs/re_translate.py).

A pattern is known at compile time: a string literal, a module-level constant string, or a compiled pattern
(``re.compile(constant)`` in the function or at module level). Its translation is declared once per module
(``var $re_N = py_re_pat(...)``). A compiled pattern has the static type ``special re:pattern:<json>``; a
match object (or None) has ``special re:match``.
"""
from __future__ import annotations

import ast
import json
import re

from .. import jsast as J
from .. import re_template as RTM
from .. import re_translate as RT
from .. import types as T
from ..jsast import E

MATCH = T.SPECIAL("re:match")
PATTERN_PREFIX = "re:pattern:"
UNDEF = E("undefined")

# the module's functions: parameters after the pattern (pattern first, flags last unless noted)
RE_FUNCS = {
    "match": ("string",), "search": ("string",), "fullmatch": ("string",), "findall": ("string",),
    "finditer": ("string",), "sub": ("repl", "string", "count"), "subn": ("repl", "string", "count"),
    "split": ("string", "maxsplit"),
}
RE_NAMES = set(RE_FUNCS) | {"compile", "escape"}
MATCH_METHODS = {"group", "groups", "groupdict", "start", "end", "span", "expand"}
REFUSED_NAMES = {
    "purge": "there is no cache to purge in the browser", "template": "use re.compile",
    "Pattern": "use re.compile(...) and its methods", "Match": "test a match with `m is not None`",
    "RegexFlag": "use re.IGNORECASE, re.MULTILINE, re.DOTALL, re.ASCII, re.VERBOSE",
}
_MODES = {"search": 0, "match": 1, "fullmatch": 2}
_POS_METHODS = ("match", "search", "fullmatch", "findall", "finditer")     # Pattern methods with pos, endpos


def pattern_type(pattern: str, flags: int) -> T.Ty:
    return T.SPECIAL(PATTERN_PREFIX + json.dumps([pattern, flags]))


def is_pattern(t: T.Ty) -> bool:
    return t.kind == "special" and str(t.extra).startswith(PATTERN_PREFIX)


def _src_expr(src: str) -> E:
    """A translated source as a JS expression: literal parts and the runtime class strings (py_RE_D/W/S)."""
    parts = src.split("\0")
    items = []
    for i, p in enumerate(parts):
        if i % 2:
            items.append("py_RE_" + p)
        elif p or len(parts) == 1:
            items.append(J.lit_str(p).code)
    return E(" + ".join(items), J.ADD if len(items) > 1 else J.PRIMARY)


class ReMixin:
    # ------------------------------------------------------------ patterns

    def re_pattern_decl(self, node, pattern: str, flags: int):
        """The module-level JS name of a translated pattern, or None after reporting why it cannot be."""
        try:
            tr = RT.translate(pattern, flags)
        except RT.PatternError as e:
            self.error(self.re_error_node(node, e.pos), f"invalid regular expression: re.error: {e}",
                       "fix the pattern (CPython rejects it)")
            return None, None
        except RT.Unsupported as e:
            self.error(node, f"regular expression: {e.what} is not supported", e.hint)
            return None, None
        except ValueError as e:
            self.error(node, f"regular expression: {e}", "use a str pattern without re.LOCALE")
            return None, None
        prog = self.program
        cache = prog.__dict__.setdefault("_re_pats", {})
        key = (pattern, tr.flags)      # one object per pattern and flags: equal patterns are one object (==)
        if key not in cache:
            name = prog.unique("$re")
            names = J.array([J.array([J.lit_str(k), J.lit_num(v)]) for k, v in tr.groupindex])
            args = [_src_expr(tr.source), _src_expr(tr.ne_source) if tr.ne_source is not None else E("null"),
                    J.lit_num(tr.groups), names, J.lit_str(pattern), J.lit_num(tr.flags),
                    J.lit_str(repr(re.compile(pattern, flags))), J.lit_num(tr.minwidth), J.lit_num(tr.maxwidth),
                    E("true" if tr.local else "false")]
            if tr.close_order != tuple(range(1, tr.groups + 1)):       # (m.lastindex)
                args.append(J.array([J.lit_num(g) for g in tr.close_order]))
            prog.decls.append(J.Raw(code=f"var {name} = {J.call('py_re_pat', *args).code};"))
            cache[key] = (name, tr)
        return cache[key]

    def re_tpl_decl(self, node, key: str, flags: int):
        """(JS name, re_template.Template) of a pattern made at run time from constant pieces and escaped texts,
        or (None, None) after reporting why it cannot be."""
        pieces, kinds = json.loads(key)
        try:
            t = RTM.analyze(tuple(pieces), tuple(kinds), flags)
        except RT.PatternError as e:
            self.error(node, f"invalid regular expression: re.error: {e}", "fix the pattern (CPython rejects it)")
            return None, None
        except RT.Unsupported as e:
            self.error(node, f"regular expression made at run time: {e.what} is not supported", e.hint)
            return None, None
        prog = self.program
        cache = prog.__dict__.setdefault("_re_tpls", {})
        k = (key, flags)
        if k not in cache:
            name = prog.unique("$rt")
            tr = t.tr

            def variant(v):
                if v is None:
                    return E("null")
                if v[0] == "ok":
                    return J.array([J.array([_src_expr(x) for x in v[1]]), J.array([_src_expr(x) for x in v[2]]),
                                    J.array([J.lit_num(x) for x in v[3]])])
                if v[0] == "error":
                    return J.array([J.lit_str("error"), J.lit_str(v[1]), J.lit_num(v[2]),
                                    J.array([J.lit_num(x) for x in v[3]]), J.array([J.lit_num(x) for x in v[4]])])
                return J.array([J.lit_str("unsupported"), J.lit_str(v[1]), J.lit_str(v[2])])
            names = J.array([J.array([J.lit_str(n), J.lit_num(v)]) for n, v in tr.groupindex])
            co = J.array([J.lit_num(g) for g in tr.close_order]) \
                if tr.close_order != tuple(range(1, tr.groups + 1)) else UNDEF
            args = [J.array([J.lit_str(x) for x in t.pieces]), J.lit_str("".join(t.kinds)),
                    J.array([J.lit_num(m) for m in t.modes]), J.array([variant(v) for v in t.variants]),
                    J.lit_num(tr.groups), names, J.lit_num(tr.flags), J.lit_str(t.rsuffix),
                    E("true" if tr.local else "false"), co]
            prog.decls.append(J.Raw(code=f"var {name} = {J.call('py_re_tdecl', *args).code};"))
            cache[k] = (name, t)
        return cache[k]

    def re_tpl_parts(self, node):
        """The pieces of a pattern assembled from constant strings and escaped texts, in the order Python
        evaluates them: str, ("e", node of x in re.escape(x)), ("j", node of xs in "|".join(map(re.escape, xs)));
        None when the expression is not of that form."""
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else None
        if isinstance(node, ast.Name):
            if self.scope is None or self.scope.lookup(node.id) is None:
                sym = self.resolver.lookup(node.id)
                if sym.kind == "const" and isinstance(sym.value, str):
                    return [sym.value]
            return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a = self.re_tpl_parts(node.left)
            b = self.re_tpl_parts(node.right) if a is not None else None
            return None if b is None else a + b
        if isinstance(node, ast.JoinedStr):
            out = []
            for v in node.values:
                if isinstance(v, ast.Constant):
                    out.append(v.value)
                elif isinstance(v, ast.FormattedValue) and v.conversion == -1 and v.format_spec is None:
                    sub = self.re_tpl_parts(v.value)
                    if sub is None:
                        return None
                    out.extend(sub)
                else:
                    return None
            return out
        if self.re_is_escape(node):
            return [("e", node.args[0])]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                and len(node.args) == 1 and not node.keywords:
            it = self._re_escaped_iterable(node.args[0])
            if it is None:
                return None
            if node.func.value.value != "|":
                return [("j?", node)]
            return [("j", it)]
        return None

    def _re_escaped_iterable(self, a):
        """xs of map(re.escape, xs), (re.escape(x) for x in xs) or [re.escape(x) for x in xs]; else None."""
        if isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == "map" and len(a.args) == 2 \
                and not a.keywords and (self.scope is None or self.scope.lookup("map") is None) \
                and self.resolver.lookup("map").kind == "builtin":
            f = a.args[0]
            fake = ast.Call(func=f, args=[ast.Constant("")], keywords=[])
            return a.args[1] if self.re_is_escape(fake) else None
        if isinstance(a, (ast.GeneratorExp, ast.ListComp)) and len(a.generators) == 1:
            g = a.generators[0]
            if g.ifs or g.is_async or not isinstance(g.target, ast.Name):
                return None
            if self.re_is_escape(a.elt) and isinstance(a.elt.args[0], ast.Name) and a.elt.args[0].id == g.target.id:
                return g.iter
        return None

    def re_marked(self, node, tag):
        """A node marked by mark_finditer: a pattern argument (or the value of a variable holding a pattern)
        assembled at run time. (E, type) or None: lower it as any expression."""
        if tag[0] == "ref":
            info = tag[2].__dict__.get("_py2cs_re_ok")
            owner = self.re_local_owner(node)
            if info is None or owner is None or owner.node is not info[1]:
                return None
            return E(tag[1]), T.SPECIAL("re:tplv:" + info[0])
        parts = self.re_tpl_parts(node)
        if parts is None or not any(isinstance(p, tuple) for p in parts):
            return None
        bad = next((p for p in parts if isinstance(p, tuple) and p[0] == "j?"), None)
        if bad is not None:
            return self.error(bad[1], "regular expression made at run time: a join of escaped texts with a separator "
                                      "other than \"|\" is not supported",
                              "join them with \"|\" inside a group: \"(?:\" + \"|\".join(map(re.escape, words)) + "
                              "\")\""), T.ANY
        pieces, kinds, holes = [""], [], []
        for p in parts:
            if isinstance(p, str):
                pieces[-1] += p
            else:
                kinds.append(p[0])
                e = self.to_any(*self.expr(p[1]))
                holes.append(J.call("py_re_escape" if p[0] == "e" else "py_re_jesc", e))
                pieces.append("")
        key = json.dumps([pieces, "".join(kinds)])
        arr = J.array(holes)
        if tag[0] == "def":
            hv = tag[1]
            fs = self.scope.function_scope()
            if hv not in fs.temps:
                fs.temps.append(hv)
            node._py2cs_re_ok = (key, self.scope.node)
            return J.call("py_re_tstr", J.array([J.lit_str(x) for x in pieces]), J.lit_str("".join(kinds)),
                          E(f"({hv} = {arr.code})", J.PRIMARY)), T.STR
        return arr, T.SPECIAL("re:tplv:" + key)

    def re_local_owner(self, node):
        """The function scope of which the name read by node is a local, when the read is in that function or in
        a lambda or comprehension inside it, and the name is bound where the read (or the lambda) happens
        (definite.py); else None."""
        sc = self.scope
        if sc is None or id(node) in self.unbound_reads:
            return None
        owner = sc.lookup(node.id)
        if owner is None or owner.kind != "function":
            return None
        while sc is not owner:
            if sc.kind not in ("comprehension", "lambda"):
                return None
            sc = sc.parent
        return owner

    def re_is_escape(self, node) -> bool:
        """``re.escape(x)`` (one positional argument) written as the pattern argument."""
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords
                and not isinstance(node.args[0], ast.Starred)):
            return False
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "escape" and isinstance(f.value, ast.Name) \
                and (self.scope is None or self.scope.lookup(f.value.id) is None):
            sym = self.resolver.lookup(f.value.id)
            return sym.kind == "module" and sym.value == "re"
        if isinstance(f, ast.Name) and (self.scope is None or self.scope.lookup(f.id) is None):
            sym = self.resolver.lookup(f.id)
            return sym.kind == "attr" and sym.value == ("re", "escape")
        return False

    def re_error_node(self, node, pos):
        """Where CPython's re.error points: inside the string literal when its text is the pattern as written
        (no escapes processed), else at the literal."""
        if pos is None or not isinstance(node, ast.Constant) or node.lineno != getattr(node, "end_lineno", None):
            return node
        rep = self.reporter
        i = node.lineno + rep.line_offset - 1
        if not 0 <= i < len(rep.lines):
            return node
        raw = rep.lines[i].encode("utf-8", "surrogatepass")
        text = raw[node.col_offset + rep.col_offset:node.end_col_offset + rep.col_offset].decode("utf-8", "replace")
        m = _LITERAL_START.match(text)
        if m is None or not text.endswith(m.group(2)) or text[m.end():len(text) - len(m.group(2))] != node.value:
            return node
        at = ast.Constant(node.value)
        at.lineno, at.end_lineno = node.lineno, node.lineno
        at.col_offset = node.col_offset + len(m.group(0)) + len(node.value[:pos].encode("utf-8", "surrogatepass"))
        at.end_col_offset = at.col_offset + 1
        return at

    def re_const_flags(self, node):
        """The value of a constant flags expression (re.I | re.M, 0), or None after an error."""
        if node is None:
            return 0
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            a, b = self.re_const_flags(node.left), self.re_const_flags(node.right)
            return None if a is None or b is None else a | b
        name = None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            sym = self.resolver.lookup(node.value.id) if self.scope is None or self.scope.lookup(node.value.id) is None \
                else None
            if sym is not None and sym.kind == "module" and sym.value == "re":
                name = node.attr
        elif isinstance(node, ast.Name) and (self.scope is None or self.scope.lookup(node.id) is None):
            sym = self.resolver.lookup(node.id)
            if sym.kind == "attr" and sym.value[0] == "re":
                name = sym.value[1]
            elif sym.kind == "const" and type(sym.value) is int:
                return sym.value
        if name in RT.FLAG_NAMES:
            return int(RT.FLAG_NAMES[name])
        if name in RT.REFUSED_FLAGS:
            self.error(node, f"re.{name} is not supported", "str patterns are Unicode; drop the flag")
            return None
        self.error(node, "the flags of a regular expression must be a constant (re.I | re.M ...)",
                   "write the flags in place: re.IGNORECASE | re.MULTILINE")
        return None

    def re_const_pattern(self, node, t: T.Ty, flags_node):
        """(js name, Translated) of a pattern argument, or (None, None) after an error."""
        if is_pattern(t):
            if flags_node is not None:
                fl = self.re_const_flags(flags_node)
                if fl is None:
                    return None, None
                if fl:
                    self.error(flags_node, "ValueError: cannot process flags argument with a compiled pattern",
                               "give the flags to re.compile")
                    return None, None
            pattern, flags = json.loads(t.extra[len(PATTERN_PREFIX):])
            return self.re_pattern_decl(node, pattern, flags)
        value = None
        if isinstance(node, ast.Constant):
            value = node.value
        elif isinstance(node, ast.Name) and (self.scope is None or self.scope.lookup(node.id) is None):
            sym = self.resolver.lookup(node.id)
            if sym.kind == "const":
                value = sym.value
        elif isinstance(node, ast.Name) and self.re_local_owner(node) is not None \
                and node.id not in self.re_local_owner(node).params:
            value = _local_constant(self.re_local_owner(node).node, node.id)   # pattern = r"..." once, then re.match
        if isinstance(value, bytes):
            self.error(node, "a bytes pattern is not supported", "use a str pattern")
            return None, None
        if not isinstance(value, str):
            self.error(node, "the pattern of a regular expression must be a constant string here (py2cs translates "
                             "it at compile time)", "write it in place (r\"...\"), as a module-level constant, as a "
                                                     "variable of the function assigned once (p = r\"...\"), or "
                                                     "compile it: PAT = re.compile(r\"...\"); text given at run time "
                                                     "goes in escaped: r\"\\b\" + re.escape(text) + r\"\\b\"")
            return None, None
        flags = self.re_const_flags(flags_node)
        if flags is None:
            return None, None
        return self.re_pattern_decl(node, value, flags)

    # ------------------------------------------------------------ re.X(...) and pattern.X(...)

    def re_call(self, node, name, args, pat=None):
        """re.<name>(...) (pat None) or <compiled pattern>.<name>(...) (pat: (js name, Translated))."""
        if name not in RE_NAMES:
            return self.error(node, f"re.{name} is not supported", "supported: " + ", ".join(sorted(RE_NAMES))), T.ANY
        what = f"re.{name}" if pat is None else f"Pattern.{name}"
        if name == "escape":
            params = ("pattern",)
        elif name == "compile":
            params = ("pattern", "flags")
        else:
            params = (("pattern",) if pat is None else ()) + RE_FUNCS[name] + (("flags",) if pat is None else ())
            if pat is not None and name in _POS_METHODS:
                params += ("pos", "endpos")
        bound = self.re_bind(node, params, args, what)
        if bound is None:
            return UNDEF, T.ANY
        if name == "escape":
            return J.call("py_re_escape", self.to_any(*bound["pattern"][1])), T.STR
        if pat is None:
            pnode, (pe, pt) = bound["pattern"]
            fnode = bound["flags"][0] if "flags" in bound else None
            if pt.kind == "special" and str(pt.extra).startswith("re:tplv:"):
                # a pattern made at run time from constant pieces and escaped texts (re_template.py)
                fl = self.re_const_flags(fnode)
                if fl is None:
                    return UNDEF, T.ANY
                jsname, tpl = self.re_tpl_decl(pnode, pt.extra[8:], fl)
                if jsname is None:
                    return UNDEF, T.ANY
                P, tr = J.call("py_re_tpl", E(jsname), pe), tpl.tr
                if name == "compile":
                    return P, T.SPECIAL(PATTERN_PREFIX + json.dumps([tr.pattern, tr.flags & ~re.U, jsname]))
                pat = (P, tr)
            elif is_pattern(pt) and len(json.loads(pt.extra[len(PATTERN_PREFIX):])) == 3:
                # a compiled pattern made at run time
                if fnode is not None and self.re_const_flags(fnode):
                    return self.error(fnode, "ValueError: cannot process flags argument with a compiled pattern",
                                      "give the flags to re.compile"), T.ANY
                if name == "compile":
                    return pe, pt
                pat = (pe, self._re_tpat_tr(pt.extra))
        if pat is None:
            pnode, (pe, pt) = bound["pattern"]
            fnode = bound["flags"][0] if "flags" in bound else None
            if name == "compile":
                if is_pattern(pt):
                    if fnode is not None and self.re_const_flags(fnode):
                        return self.error(fnode, "ValueError: cannot process flags argument with a compiled pattern",
                                          "give the flags to re.compile"), T.ANY
                    return pe, pt
                jsname, tr = self.re_const_pattern(pnode, pt, fnode)
                if jsname is None:
                    return UNDEF, T.ANY
                return E(jsname), pattern_type(tr.pattern, tr.flags & ~re.U)
            jsname, tr = self.re_const_pattern(pnode, pt, fnode)
            if jsname is None:
                return UNDEF, T.ANY
            P = E(jsname)
        else:
            jsname, tr = pat
            P = jsname if isinstance(jsname, E) else E(jsname)
        s = bound["string"][1]
        se = self.to_any(*s)
        # pos and endpos as given (an omitted pos before endpos is its default 0; the helpers count arguments,
        # so None from the page, undefined in JS, is not taken for an omitted one)
        bounds = [self.to_any(*bound[k][1]) if k in bound else E("0") for k in ("pos", "endpos")]
        bounds = bounds[:2 if "endpos" in bound else 1 if "pos" in bound else 0]
        if name in _MODES:
            return J.call("py_re_search", P, se, E(str(_MODES[name])), *bounds), MATCH
        if name == "findall":
            return J.call("py_re_findall", P, se, *bounds), (T.LIST(T.STR) if tr.groups <= 1 else T.LIST())
        if name == "finditer":
            if not getattr(node, "_py2cs_re_consumed", False):
                return self.error(node, f"{what}() is supported only where it is consumed at once: a for loop, a "
                                        "comprehension, enumerate() there, list() or tuple()",
                                  "loop over it in place, or use re.findall"), T.ANY
            return J.call("py_re_finditer", P, se, *bounds), T.LIST(MATCH)
        if name == "split":
            ms = bound.get("maxsplit")
            out = [P, se] + ([self.to_any(*ms[1])] if ms else [])
            return J.call("py_re_split", *out), T.LIST()
        # sub / subn
        rnode, (re_, rt) = bound["repl"]
        tpl = self.re_template(rnode, re_, rt, tr)
        helper = "py_re_sub"
        if tpl is None:        # parsed at run time (a str), or a function value
            tpl, helper = self.to_any(re_, rt), "py_re_subr"
        cnt = bound.get("count")
        out = [P, tpl, se, self.to_any(*cnt[1]) if cnt else UNDEF, E("true" if name == "subn" else "false")]
        while out[-1].code == "false" and out[-2] is UNDEF:
            out = out[:-2]
        return J.call(helper, *out), (T.TUPLE() if name == "subn" else T.STR)

    def re_bind(self, node, params, args, what):
        """{param: (ast node, (E, Ty))} in CPython's binding, or None after an error (a call with * or ** is
        refused by the caller)."""
        out = {}
        if len(node.args) > len(params):
            self.error(node, f"{what}() takes at most {len(params)} arguments ({len(node.args)} given)",
                       f"{what}({', '.join(params)})")
            return None
        for p, a, v in zip(params, node.args, args.pos):
            out[p] = (a, v)
        for k in node.keywords:
            if k.arg not in params:
                self.error(node, f"{what}() got an unexpected keyword argument '{k.arg}'", f"{what}({', '.join(params)})")
                return None
            if k.arg in out:
                self.error(node, f"{what}() got multiple values for argument '{k.arg}'")
                return None
            out[k.arg] = (k.value, args.kw[k.arg])
        required = [p for p in params if p not in ("flags", "count", "maxsplit", "pos", "endpos")]
        missing = [p for p in required if p not in out]
        if missing:
            self.error(node, f"{what}() missing required argument '{missing[0]}'", f"{what}({', '.join(params)})")
            return None
        if len(args.kw) > 1:       # evaluated in the order written, placed in parameter order
            args.in_source_order(self, [p for p in params if p in args.kw])
            for k in node.keywords:
                out[k.arg] = (k.value, args.kw[k.arg])
        return out

    def re_template(self, rnode, e, t, tr):
        """The replacement of sub/subn parsed now (a string literal: CPython's parse_template) or a function
        written here; None: parse it at run time (py_re_rtpl)."""
        if isinstance(rnode, ast.Constant) and isinstance(rnode.value, str):
            try:
                groups, literals = RT.P.parse_template(rnode.value, re.compile(tr.pattern, tr.flags))
            except re.error as err:
                return J.call("py_err", J.lit_str("error"), J.lit_str(str(err)))
            except IndexError as err:        # an unknown group name
                return J.call("py_err", J.lit_str("IndexError"), J.lit_str(str(err)))
            literals = list(literals)
            for i, g in groups:
                literals[i] = g
            items = [J.lit_num(x) if isinstance(x, int) else J.lit_str(x) for x in literals if x is not None and x != ""]
            return J.array(items)
        if isinstance(rnode, ast.Lambda) or t.kind == "func":
            return self.bound_callable(rnode, e, t, 1)[0]
        return None

    # ------------------------------------------------------------ compiled patterns and match objects

    def _re_tpat_tr(self, extra):
        """The translation (groups, names, flags) of a compiled pattern made at run time (its marker text)."""
        pattern, flags, _ = json.loads(extra[len(PATTERN_PREFIX):])
        return RT.translate(pattern, flags)

    def re_pattern_method(self, node, extra, name, base=None):
        info = json.loads(extra[len(PATTERN_PREFIX):])
        pattern, flags = info[0], info[1]
        if name not in RE_FUNCS:
            return self.error(node, f"method '{name}' of a compiled pattern is not supported",
                              "supported: " + ", ".join(sorted(RE_FUNCS))), T.ANY
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return self.error(node, "* or ** arguments to a pattern method", "pass the arguments one by one"), T.ANY
        if len(info) == 3:
            return self.re_call(node, name, self.call_args(node), pat=(base, self._re_tpat_tr(extra)))
        decl = self.re_pattern_decl(node, pattern, flags)
        if decl[0] is None:
            return UNDEF, T.ANY
        return self.re_call(node, name, self.call_args(node), pat=decl)

    def re_pattern_attr(self, node, extra, attr, base=None):
        info = json.loads(extra[len(PATTERN_PREFIX):])
        pattern, flags = info[0], info[1]
        if attr == "pattern":
            if len(info) == 3:
                return J.member(base, "pattern"), T.STR
            return J.lit_str(pattern), T.STR
        if attr == "flags":
            return J.lit_num(re.compile(pattern, flags).flags), T.INT
        if attr == "groups":
            return J.lit_num(re.compile(pattern, flags).groups), T.INT
        return self.error(node, f"attribute '{attr}' of a compiled pattern is not supported",
                          "supported: pattern, flags, groups and the methods"), T.ANY

    def re_match_method(self, node, base, name):
        if name not in MATCH_METHODS:
            hint = "supported: " + ", ".join(sorted(MATCH_METHODS)) + ", m[g], m.string, m.pos, m.endpos"
            return self.error(node, f"method '{name}' of a match object is not supported", hint), T.ANY
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return self.error(node, "* or ** arguments to a match method", "pass the arguments one by one"), T.ANY
        args = self.call_args(node)
        return self.re_match_call(node, base, name, args)

    def re_match_call(self, node, base, name, args):
        if name == "group":
            if args.kw:
                return self.error(node, "group() takes no keyword arguments"), T.ANY
            return J.call("py_re_group", base, J.array([self.to_any(e, t) for e, t in args.pos])), \
                (T.STR if not args.pos else T.ANY)
        if name == "expand":
            if len(args.pos) != 1 or args.kw:
                return self.error(node, "Match.expand() takes exactly one argument (template)"), T.ANY
            return J.call("py_re_expand", base, self.to_any(*args.pos[0])), T.STR
        params = ("default",) if name in ("groups", "groupdict") else ("group",)
        if len(args.pos) > 1 or any(k not in params for k in args.kw) or (args.pos and args.kw):
            return self.error(node, f"Match.{name}() takes at most 1 argument ({params[0]})"), T.ANY
        v = args.pos[0] if args.pos else args.kw.get(params[0])
        if name in ("groups", "groupdict"):
            out = [base] + ([self.to_any(*v)] if v is not None else [])
            return J.call(f"py_re_{name}", *out), (T.TUPLE() if name == "groups" else T.DICT())
        out = [base] + ([self.to_any(*v)] if v is not None else [])
        helper = {"start": "py_re_start", "end": "py_re_end", "span": "py_re_mspan"}[name]
        return J.call(helper, *out), (T.INT if name != "span" else T.TUPLE(T.INT))

    def re_match_attr(self, node, base, attr):
        if attr == "string":
            return J.call("py_re_attr", base, J.lit_str(attr)), T.STR
        if attr in ("pos", "endpos"):
            return J.call("py_re_attr", base, J.lit_str(attr)), T.INT
        if attr in ("lastindex", "lastgroup"):
            return J.call("py_re_attr", base, J.lit_str(attr)), T.ANY
        if attr in MATCH_METHODS:
            return self.nonvalue(node, f"m.{attr} can only be called here", f"call it: m.{attr}(...)"), T.ANY
        return self.error(node, f"attribute '{attr}' of a match object is not supported",
                          "supported: string, pos, endpos, lastindex, lastgroup and the methods " + ", ".join(sorted(MATCH_METHODS))), T.ANY


def mark_finditer(fnode, resolver=None) -> None:
    """One walk over a function: mark the finditer() calls consumed at once (for loop, comprehension, also
    through enumerate(), list()/tuple()), the lambdas given to re.sub/re.subn (their parameter is a match object)
    and whether its module refers to re at all (``_py2cs_uses_re``: then a value of unknown type may be a match
    object: ``x[i]`` may read a group, ``if x:`` may test one)."""
    if resolver is not None and not _module_has_re(resolver):
        fnode._py2cs_uses_re = False
        return
    names, calls = set(), []
    for n in ast.walk(fnode):
        t = type(n)
        if t is ast.Name:
            names.add(n.id)
        elif t is ast.Call:
            calls.append(n)
        elif t is ast.For or t is ast.comprehension:
            it = n.iter
            if _is_finditer(it):
                it._py2cs_re_consumed = True
            elif type(it) is ast.Call and type(it.func) is ast.Name and it.func.id == "enumerate" and it.args \
                    and _is_finditer(it.args[0]):
                it.args[0]._py2cs_re_consumed = True      # for i, m in enumerate(re.finditer(...))
    for n in calls:
        if type(n.func) is ast.Name and n.func.id in ("list", "tuple") and len(n.args) == 1 and not n.keywords \
                and _is_finditer(n.args[0]):
            n.args[0]._py2cs_re_consumed = True
    syms = {}
    if resolver is not None:
        for name in names:
            try:
                syms[name] = resolver.lookup(name)
            except Exception:      # noqa: BLE001 - a name the resolver cannot read is not re's
                pass
    # the module uses re: a value of unknown type may be a match object (returned by a helper, kept in a list)
    fnode._py2cs_uses_re = True
    _mark_sub_lambdas(calls, syms)
    _mark_patterns(fnode, calls, syms)


def _pattern_arg(n, syms):
    """The pattern argument of re.<function>(pattern, ...) or re.compile(pattern), else None."""
    f, ok = n.func, False
    if isinstance(f, ast.Attribute) and (f.attr in RE_FUNCS or f.attr == "compile") and isinstance(f.value, ast.Name):
        s = syms.get(f.value.id)
        ok = s is not None and s.kind == "module" and s.value == "re"
    elif isinstance(f, ast.Name):
        s = syms.get(f.id)
        ok = s is not None and s.kind == "attr" and s.value[0] == "re" and (s.value[1] in RE_FUNCS or
                                                                          s.value[1] == "compile")
    if not ok:
        return None
    if n.args and not isinstance(n.args[0], ast.Starred):
        return n.args[0]
    return next((k.value for k in n.keywords if k.arg == "pattern"), None)


def _tpl_shape(node) -> bool:
    """Whether node may be a pattern assembled from constant pieces and escaped texts (relow.re_tpl_parts
    decides when lowering)."""
    if not isinstance(node, (ast.BinOp, ast.JoinedStr, ast.Call)):
        return False
    for n in ast.walk(node):
        if isinstance(n, ast.Attribute) and n.attr == "escape" or isinstance(n, ast.Name) and n.id == "escape":
            return True
    return False


def _mark_patterns(fnode, calls, syms) -> None:
    """Mark the pattern arguments assembled at run time (``_py2cs_re``: ("arg",)), and the variables holding one:
    ``p = r"\b" + re.escape(q)`` as a statement of the function's body, p's only binding, read as a pattern
    argument (its value ("def", hidden variable of the texts), those reads ("ref", hidden variable, value))."""
    names = {}
    for n in calls:
        a = _pattern_arg(n, syms)
        if a is None:
            continue
        if _tpl_shape(a):
            a._py2cs_re = ("arg",)
        elif isinstance(a, ast.Name):
            names.setdefault(a.id, []).append(a)
    if not names or not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return
    for st in _own_nodes(fnode):      # (the hidden variable is set with the variable, wherever that is)
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and st.targets[0].id in names and _tpl_shape(st.value) and _bound_once(fnode, st.targets[0].id):
            name = st.targets[0].id
            hv = "$rh_" + name if name.isascii() and name.isidentifier() else f"$rh_{st.lineno}_{st.col_offset}"
            st.value._py2cs_re = ("def", hv)
            for ref in names[name]:
                ref._py2cs_re = ("ref", hv, st.value)


def _module_has_re(resolver) -> bool:
    """Whether any name the function can see is the re module, one of its functions or a compiled pattern (once
    per resolver: most modules do not use re, and their functions need no walk)."""
    hit = getattr(resolver, "_py2cs_has_re", None)
    if hit is None:
        table = getattr(resolver, "table", None)
        if table is not None:
            hit = any(s.kind == "module" and s.value == "re" or s.kind == "attr" and s.value[0] == "re"
                      or s.kind == "repat" for s in table.values())
        else:
            values = list(getattr(resolver, "globals", {}).values()) + list(getattr(resolver, "closure", {}).values())
            hit = not hasattr(resolver, "globals") or any(
                v is re or isinstance(v, re.Pattern) or getattr(v, "__module__", None) == "re" for v in values)
        try:
            resolver._py2cs_has_re = hit
        except AttributeError:
            pass
    return hit


def _is_finditer(n) -> bool:
    return type(n) is ast.Call and isinstance(n.func, (ast.Attribute, ast.Name)) and \
        (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id) == "finditer"


def _mark_sub_lambdas(calls, syms) -> None:
    """re.sub(p, lambda m: ..., s): the lambda's parameter is a match object."""
    for n in calls:
        f, at = n.func, None
        if isinstance(f, ast.Attribute) and f.attr in ("sub", "subn") and isinstance(f.value, ast.Name):
            s = syms.get(f.value.id)
            if s is not None and s.kind == "module" and s.value == "re":
                at = 1
            elif s is not None and s.kind == "repat":
                at = 0
        elif isinstance(f, ast.Name):
            s = syms.get(f.id)
            if s is not None and s.kind == "attr" and s.value in (("re", "sub"), ("re", "subn")):
                at = 1
        if at is None:
            continue
        repl = n.args[at] if len(n.args) > at else next((k.value for k in n.keywords if k.arg == "repl"), None)
        if isinstance(repl, ast.Lambda) and len(repl.args.args) == 1 and not repl.args.defaults \
                and not repl.args.posonlyargs and not repl.args.vararg and not repl.args.kwonlyargs:
            repl._py2cs_param_type = MATCH


_LITERAL_START = re.compile(r"""(?i)([ru]*)('''|\"\"\"|'|")""")


def _local_constant(fnode, name: str):
    """The string of ``name = "..."``, a statement of the function's own body, when it is the name's only binding
    in the function and no nested function declares it nonlocal (else None): the pattern is then known at compile
    time. Reads that may come before it are excluded by the caller (definite assignment)."""
    if not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)) or not _bound_once(fnode, name):
        return None
    for st in fnode.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and st.targets[0].id == name and isinstance(st.value, ast.Constant) and isinstance(st.value.value, str):
            return st.value.value
    return None


def _bound_once(fnode, name: str) -> bool:
    """name has one binding in the function's own body, and no nested function declares it nonlocal."""
    count = 0
    for n in _own_nodes(fnode):
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            count += 1
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == name:
            count += 1
        elif isinstance(n, ast.ExceptHandler) and n.name == name:
            count += 1
        elif isinstance(n, (ast.Import, ast.ImportFrom)) and \
                any((a.asname or a.name.split(".")[0]) == name for a in n.names):
            count += 1
    if count != 1:
        return False
    # a nested function may rebind it (nonlocal): its value is not known at compile time
    return not any(isinstance(n, ast.Nonlocal) and name in n.names for n in ast.walk(fnode))


def _own_nodes(fnode):
    """The nodes of a function's body, not those of nested functions, lambdas or classes (whose names are
    yielded); comprehensions are included (their targets count as bindings: conservative)."""
    stack = list(fnode.body)
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(ast.iter_child_nodes(n))
