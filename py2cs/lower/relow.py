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
            prog.decls.append(J.Raw(code=f"var {name} = {J.call('py_re_pat', *args).code};"))
            cache[key] = (name, tr)
        return cache[key]

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
        elif isinstance(node, ast.Name) and self.scope.lookup(node.id) is self.scope and self.scope.kind == "function" \
                and node.id not in self.scope.params and id(node) not in self.unbound_reads:
            value = _local_constant(self.scope.node, node.id)     # pattern = r"..." once, then re.match(pattern, s)
        if isinstance(value, bytes):
            self.error(node, "a bytes pattern is not supported", "use a str pattern")
            return None, None
        if not isinstance(value, str):
            self.error(node, "the pattern of a regular expression must be a constant string here (py2cs translates "
                             "it at compile time)", "write it in place (r\"...\"), as a module-level constant, as a "
                                                     "variable of the function assigned once (p = r\"...\"), or "
                                                     "compile it: PAT = re.compile(r\"...\"); to match text given at "
                                                     "run time literally, compare strings (in, startswith, ==)")
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
            if self.re_is_escape(pnode):
                # re.X(re.escape(text), ...): the text itself, known at run time (py_re_lit)
                fl = self.re_const_flags(fnode)
                if fl is None:
                    return UNDEF, T.ANY
                if fl & re.I:
                    return self.error(fnode, "IGNORECASE with a pattern made at run time (re.escape) is not supported",
                                      "Python's case-insensitive matching needs its Unicode case data at run time; "
                                      "if lowercase comparison is what you mean, write t.lower() in s.lower() or "
                                      "re.findall(re.escape(t.lower()), s.lower())"), T.ANY
                P, tr = J.call("py_re_lit", pe), RT.translate("", 0)
            else:
                jsname, tr = self.re_const_pattern(pnode, pt, fnode)
                if jsname is None:
                    return UNDEF, T.ANY
                P = E(jsname)
        else:
            jsname, tr = pat
            P = E(jsname)
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

    def re_pattern_method(self, node, extra, name):
        pattern, flags = json.loads(extra[len(PATTERN_PREFIX):])
        if name not in RE_FUNCS:
            return self.error(node, f"method '{name}' of a compiled pattern is not supported",
                              "supported: " + ", ".join(sorted(RE_FUNCS))), T.ANY
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return self.error(node, "* or ** arguments to a pattern method", "pass the arguments one by one"), T.ANY
        decl = self.re_pattern_decl(node, pattern, flags)
        if decl[0] is None:
            return UNDEF, T.ANY
        return self.re_call(node, name, self.call_args(node), pat=decl)

    def re_pattern_attr(self, node, extra, attr):
        pattern, flags = json.loads(extra[len(PATTERN_PREFIX):])
        if attr == "pattern":
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
        if attr in MATCH_METHODS:
            return self.nonvalue(node, f"m.{attr} can only be called here", f"call it: m.{attr}(...)"), T.ANY
        return self.error(node, f"attribute '{attr}' of a match object is not supported",
                          "supported: string, pos, endpos and the methods " + ", ".join(sorted(MATCH_METHODS))), T.ANY


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
    if not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
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
        return None
    if any(isinstance(n, ast.Nonlocal) and name in n.names for n in ast.walk(fnode)):
        return None       # a nested function may rebind it (nonlocal): its value is not known at compile time
    for st in fnode.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and st.targets[0].id == name and isinstance(st.value, ast.Constant) and isinstance(st.value.value, str):
            return st.value.value
    return None


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
