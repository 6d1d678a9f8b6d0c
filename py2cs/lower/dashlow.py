"""Lowering rules for special names: modules (math, json, dash, py2cs.js), Dash objects, Patch."""
from __future__ import annotations

import ast
import math

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import builtins as BT
from ..tables import methods as MT

CTX_ATTRS = {
    "triggered": T.LIST(), "triggered_id": T.ANY, "triggered_prop_ids": T.DICT(), "inputs": T.DICT(),
    "states": T.DICT(), "inputs_list": T.LIST(), "states_list": T.LIST(), "outputs_list": T.ANY,
    "args_grouping": T.ANY,
}
PATCH = T.SPECIAL("patch")
PATCH_METHODS = {"append", "prepend", "extend", "insert", "remove", "clear", "reverse", "update"}
_PATCH_IOPS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.BitOr: "merge"}


class DashMixin:
    def module_attr(self, node, module: str, name: str):
        if module == "math":
            if name in BT.MATH_CONSTANTS:
                return J.lit_num(getattr(math, name)), T.FLOAT
            if name in BT.MATH:
                # a call consumes the marker; as a value (key=math.fabs, map(math.floor, xs)) it is refused
                return self.nonvalue(node, f"math.{name} can only be called here",
                                     f"to pass or store it, wrap it in a function: lambda x: math.{name}(x)"), \
                    T.SPECIAL("fn:math." + name)
            return self.error(node, f"math.{name} is not supported",
                              "supported: " + ", ".join(sorted(BT.MATH) + sorted(BT.MATH_CONSTANTS))), T.ANY
        if module == "json":
            if name in BT.JSON:
                return E("undefined"), T.SPECIAL("fn:json." + name)
            return self.error(node, f"json.{name} is not supported", "use json.dumps or json.loads"), T.ANY
        if module == "dash":
            if name == "no_update":
                return J.call("py_dash_no_update"), T.ANY
            if name == "ctx":
                self.uses_ctx = True
                return E("$ctx"), T.SPECIAL("dash:ctx")
            if name in ("ALL", "MATCH", "ALLSMALLER"):
                return self.error(node, f"dash.{name} inside a callback body is not supported",
                                  "use wildcards in Input/Output/State; in the body use concrete ids"), T.ANY
            return E("undefined"), T.SPECIAL("dash:" + name)
        if module == "py2cs.js":
            if name in ("new", "to_py", "to_js"):
                return E("undefined"), T.SPECIAL("jsfn:" + name)
            return E(name), T.JS
        return self.error(node, f"{module}.{name} is not supported"), T.ANY

    def special_attr(self, node, extra: str, attr: str):
        if extra.startswith("module:"):
            mod = extra[7:]
            if mod == "dash" and attr == "exceptions":
                return E("undefined"), T.SPECIAL("module:dash.exceptions")
            if mod == "dash.exceptions":
                if attr == "PreventUpdate":
                    return E("undefined"), T.SPECIAL("dash:PreventUpdate")
                return self.error(node, f"dash.exceptions.{attr} is not supported", "raise PreventUpdate"), T.ANY
            if mod == "dash" and attr == "callback_context":
                attr = "ctx"
            if mod == "py2cs" and attr == "js":
                return E("undefined"), T.SPECIAL("module:py2cs.js")
            return self.module_attr(node, mod, attr)
        if extra.startswith("builtin:") and extra[8:] in MT.BY_TYPE and attr in MT.BY_TYPE[extra[8:]]:
            sig = MT.BY_TYPE[extra[8:]][attr]
            if all(p.default is not None for p in sig.params):
                return E("undefined"), T.SPECIAL(f"unbound:{extra[8:]}.{attr}")
        if extra == "dash:ctx":
            if attr in CTX_ATTRS:
                return J.member(E("$ctx"), attr), CTX_ATTRS[attr]
            return self.error(node, f"ctx.{attr} is not available in clientside callbacks",
                              "available: " + ", ".join(sorted(CTX_ATTRS))), T.ANY
        if extra == "patch":   # p.data is p["data"], as in dash/_patch.py
            base, _ = self.expr(node.value)
            return J.call("py_patch_getitem", base, J.lit_str(attr)), PATCH
        return self.error(node, f"attribute '.{attr}' of {extra.split(':')[-1]} is not supported"), T.ANY

    def special_subscript(self, node, extra: str, base: E):
        if extra == "patch":
            if isinstance(node.slice, ast.Slice):
                return self.error(node, "Patch does not support slices", "use an index"), PATCH
            k, kt = self.expr(node.slice)
            return J.call("py_patch_getitem", base, self.to_any(k, kt)), PATCH
        return self.error(node, f"{extra.split(':')[-1]} is not subscriptable"), T.ANY

    def special_setitem(self, target, extra, base, value, vt):
        if extra == "patch":
            k, kt = self.expr(target.slice)
            return [J.ExprStmt(expr=J.call("py_patch_setitem", base, self.to_any(k, kt), self.to_any(value, vt)))]
        self.error(target, f"cannot assign items of {extra.split(':')[-1]}")
        return []

    def special_setattr(self, target, extra, base, value, vt):
        if extra == "patch":
            return [J.ExprStmt(expr=J.call("py_patch_setitem", base, J.lit_str(target.attr), self.to_any(value, vt)))]
        self.error(target, f"cannot assign attributes of {extra.split(':')[-1]}")
        return []

    def special_delitem(self, target, extra, base):
        if extra == "patch":
            k, kt = self.expr(target.slice)
            return [J.ExprStmt(expr=J.call("py_patch_delitem", base, self.to_any(k, kt)))]
        self.error(target, f"cannot delete items of {extra.split(':')[-1]}")
        return []

    def special_augassign(self, node, extra, base, target, op, val, vt):
        if extra == "patch" and op in _PATCH_IOPS:
            if isinstance(target, ast.Subscript):
                k, kt = self.expr(target.slice)
                item = J.call("py_patch_getitem", base, self.to_any(k, kt))
            elif isinstance(target, ast.Attribute):
                item = J.call("py_patch_getitem", base, J.lit_str(target.attr))
            else:
                item = base
            return [J.ExprStmt(expr=J.call("py_patch_iop", item, J.lit_str(_PATCH_IOPS[op]), self.to_any(val, vt)))]
        self.error(node, "unsupported augmented assignment on a Patch", "use +=, -=, *=, /= or |=")
        return []

    def special_method(self, node, extra: str, name: str, base: E):
        if extra.startswith("module:"):
            e, t = self.special_attr(node.func, extra, name)
            if t.kind == "special":
                return self.special_call(node, t.extra, self.call_args(node))
            if t.kind == "js":
                return self.js_call(e, self.call_args(node)), T.JS
            return self.error(node, f"{extra[7:]}.{name} is not callable"), T.ANY
        if extra == "patch":
            if name not in PATCH_METHODS:
                return self.error(node, f"Patch.{name}() is not supported",
                                  "supported: " + ", ".join(sorted(PATCH_METHODS))), T.NONE
            args = self.call_args(node)
            if args.kw:
                return self.error(node, "keyword arguments to Patch methods", "pass them by position"), T.NONE
            vals = [self.to_any(e, t) for e, t in args.pos]
            return J.call("py_patch_method", base, J.lit_str(name), J.array(vals)), T.NONE
        if extra == "builtin:dict" and name in MT.DICT_CLASSMETHODS:
            sig = MT.DICT_CLASSMETHODS[name]
            vals = self.call_args(node).bound(self, sig, f"dict.{name}")
            if vals is None:
                return E("undefined"), T.ANY
            return J.call(f"py_dict_{name}", *self.sig_values(sig, vals)), T.from_name(sig.returns)
        owner = extra.split(':')[-1]
        hint = (f"call methods on values (x.{name}(...)); {owner}.{name} has no browser equivalent"
                if extra.startswith("builtin:") else f"see docs/subset.md for what {owner} supports")
        return self.error(node, f"method '{name}' of {owner} is not supported", hint), T.ANY

    def dash_call(self, node, extra: str, args):
        if extra == "dash:set_props":
            if args.kw or len(args.pos) != 2:
                return self.error(node, "set_props takes exactly two positional arguments: (component_id, props)"), T.NONE
            (i, it), (p, pt) = args.pos
            self.program.uses_set_props = True     # the callbacks hold set_props until they return
            return J.call("py_set_props", self.to_any(i, it), p), T.NONE
        if extra == "dash:Patch":
            if args.pos or args.kw:
                return self.error(node, "Patch() takes no arguments in a clientside callback", "use Patch()"), PATCH
            return J.call("py_patch_new"), PATCH
        if extra == "dash:PreventUpdate":
            return J.call("py_dash_prevent_update"), T.EXC
        if extra == "jsfn:new":
            if not args.pos or args.kw:
                return self.error(node, "new(Class, *args) needs a class", "new(Date, 2024, 0, 1)"), T.JS
            cls, rest = args.pos[0], args.pos[1:]
            return E(f"new {cls[0].at(J.POSTFIX)}({', '.join(self.js_arg(e, t).code for e, t in rest)})", J.POSTFIX), T.JS
        if extra == "jsfn:to_py":
            return J.call("py_from_js", args.pos[0][0]), T.ANY
        if extra == "jsfn:to_js":
            return J.call("py_to_js", args.pos[0][0]), T.JS
        return self.error(node, f"{extra.split(':')[-1]} cannot be called here"), T.ANY
