"""Lowering rules for special names: modules (math, json, dash, py2cs.js), Dash objects, Patch."""
from __future__ import annotations

import ast
import math

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..resolve import COMPONENT_MODULES, component_class
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
                                     f"to pass or store it, wrap it in a function: lambda x: math.{name}(x)",
                                     "fn:math." + name), \
                    T.SPECIAL("fn:math." + name)
            return self.error(node, f"math.{name} is not supported",
                              "supported: " + ", ".join(sorted(BT.MATH) + sorted(BT.MATH_CONSTANTS))), T.ANY
        if module == "json":
            if name in BT.JSON:
                return self.builtin_value("fn:json." + name) or E("undefined"), T.SPECIAL("fn:json." + name)
            if name == "JSONDecodeError":
                # the class json.loads raises (a ValueError): catching it is exact, anything else is refused
                if getattr(self, "_in_handler", False):
                    return E("undefined"), T.SPECIAL("exc:JSONDecodeError")
                return self.error(node, "json.JSONDecodeError can only be caught (except json.JSONDecodeError) or "
                                        "tested (isinstance(e, json.JSONDecodeError)) here",
                                  "catch it with except json.JSONDecodeError as e, or catch ValueError"), T.ANY
            return self.error(node, f"json.{name} is not supported", "use json.dumps or json.loads"), T.ANY
        if module == "collections":
            if name in ("defaultdict", "Counter", "deque"):
                return self.nonvalue(node, f"{name} can only be called here",
                                     f"to pass or store it, wrap it in a function: lambda: {name}(...)"), \
                    T.SPECIAL("fn:collections." + name)
            return self.error(node, f"collections.{name} is not supported",
                              "supported: collections.defaultdict, collections.Counter and collections.deque"), T.ANY
        if module == "datetime":
            return self.dt_module_attr(node, name)
        if module == "statistics":
            return self.stat_module_attr(node, name)
        if module in ("itertools", "functools"):
            return self.it_module_attr(node, module, name)
        if module == "re":
            return self.re_module_attr(node, name)
        if module == "urllib.parse":
            return self.url_module_attr(node, name)
        if module == "calendar":
            return self.cal_module_attr(node, name)
        if module == "operator":
            return self.op_module_attr(node, name)
        if module == "string":
            return self.string_module_attr(node, name)
        if module == "textwrap":
            return self.tw_module_attr(node, name)
        if module == "urllib":
            if name == "parse":
                return E("undefined"), T.SPECIAL("module:urllib.parse")
            return self.error(node, f"urllib.{name} is not available in the browser",
                              "only urllib.parse is supported"), T.ANY
        if module == "dash" and name in ("html", "dcc", "dash_table"):
            return E("undefined"), T.SPECIAL("module:dash." + name)
        if module in COMPONENT_MODULES:
            short = module.rpartition(".")[2]
            if component_class(module, name) is None:
                return self.error(node, f"{short}.{name} is not a Dash component class",
                                  f"build components with the classes of {module}, e.g. {short}.Div(...)"), T.ANY
            # a call consumes the marker; as a value (isinstance(x, html.Div), key=html.P) it is refused
            return self.nonvalue(node, f"{short}.{name} can only be called here",
                                 f"build the component in place: {short}.{name}(...)"), \
                T.SPECIAL(f"dashcls:{module}.{name}")
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

    def re_module_attr(self, node, name: str):
        from .. import re_translate as RT
        from .relow import RE_NAMES, REFUSED_NAMES
        if name in RT.FLAG_NAMES:
            return J.lit_num(int(RT.FLAG_NAMES[name])), T.INT
        if name == "error":       # raised for a bad replacement template; caught as CPython's re.error
            return self.nonvalue(node, "re.error can only be raised or caught here", "except re.error: ..."), \
                T.SPECIAL("exc:error")
        if name in RE_NAMES:
            return self.nonvalue(node, f"re.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda s: re.{name}(...)"), \
                T.SPECIAL("fn:re." + name)
        if name in RT.REFUSED_FLAGS:
            return self.error(node, f"re.{name} is not supported", "str patterns are Unicode; drop the flag"), T.INT
        return self.error(node, f"re.{name} is not supported",
                          REFUSED_NAMES.get(name, "supported: " + ", ".join(sorted(RE_NAMES)) + " and the flags")), T.ANY

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
            bv = self.builtin_value(f"unbound:{extra[8:]}.{attr}")
            if all(p.default is not None for p in sig.params):   # (key=str.lower: a one-argument function)
                return bv or self.nonvalue(node, f"{extra[8:]}.{attr} can only be passed as key= or as map()'s "
                                                 "function here", f"call the method on the value: x.{attr}()"), \
                    T.SPECIAL(f"unbound:{extra[8:]}.{attr}")
            if bv is not None:       # dict.get, list.append as values (lower/bvalue.py)
                return bv, T.ANY
        if extra.startswith("dtcls:"):
            return self.dt_class_attr(node, extra[6:], attr)
        if extra.startswith("fn:itertools."):
            return self.it_special_attr(node, extra, attr)
        if extra == "dash:ctx":
            if attr in CTX_ATTRS:
                return J.member(E("$ctx"), attr), CTX_ATTRS[attr]
            return self.error(node, f"ctx.{attr} is not available in clientside callbacks",
                              "available: " + ", ".join(sorted(CTX_ATTRS))), T.ANY
        if extra == "patch":   # p.data is p["data"], as in dash/_patch.py
            base, _ = self.expr(node.value)
            return J.call("py_patch_getitem", base, J.lit_str(attr)), PATCH
        if extra.startswith("component:"):
            return self.error(node, f"reading the attribute '.{attr}' of a Dash component ({extra[10:]}) is not "
                                    "supported in a clientside callback",
                              "keep the value in a variable and use it where you build the component"), T.ANY
        return self.error(node, f"attribute '.{attr}' of {extra.split(':')[-1]} is not supported"), T.ANY

    def special_subscript(self, node, extra: str, base: E):
        if extra == "re:match":
            if isinstance(node.slice, ast.Slice):
                return self.error(node, "a match object does not support slices", "use m.group(n)"), T.ANY
            return J.call("py_re_item", base, self.to_any(*self.expr(node.slice))), T.ANY
        if extra == "patch":
            if isinstance(node.slice, ast.Slice):
                return self.error(node, "Patch does not support slices", "use an index"), PATCH
            k, kt = self.expr(node.slice)
            return J.call("py_patch_getitem", base, self.to_any(k, kt)), PATCH
        if extra.startswith("calendar:"):       # calendar.month_name[i] (the names: runtime py_CAL_NAMES)
            names = J.member(E("py_CAL_NAMES"), extra[9:])
            if isinstance(node.slice, ast.Slice):
                lo, hi, st = (self.slice_part(p) for p in (node.slice.lower, node.slice.upper, node.slice.step))
                return J.call("py_slice", names, lo, hi, st), T.LIST(T.STR)
            return J.call("py_getitem", names, self.to_any(*self.expr(node.slice))), T.STR
        if extra.startswith("component:"):
            return self.error(node, f"item access by id on a Dash component ({extra[10:]}) is not supported in a "
                                    "clientside callback", "keep the child in a variable where you build it"), T.ANY
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
            if t.kind == "special" and str(t.extra).startswith("fn:statistics."):
                return self.stat_call(node, t.extra[14:], self.stat_args(node, t.extra[14:]))
            if t.kind == "special":
                return self.special_call(node, t.extra, self.call_args(node))
            if t.kind == "js":
                return self.js_call(e, self.call_args(node)), T.JS
            return self.error(node, f"{extra[7:]}.{name} is not callable"), T.ANY
        if extra.startswith("dtcls:"):
            return self.dt_class_method(node, extra[6:], name)
        if extra == "re:match":
            return self.re_match_method(node, base, name)
        if extra.startswith("re:pattern:"):
            return self.re_pattern_method(node, extra, name, base)
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
        if extra == "builtin:str" and name in MT.STR_STATICMETHODS:
            args = self.call_args(node)
            if args.kw:
                return self.error(node, f"str.{name}() takes no keyword arguments", "pass the arguments by position"), \
                    T.ANY
            if not 1 <= len(args.pos) <= 3:
                n = len(args.pos)
                return self.error(node, f"maketrans expected at {'least 1 argument' if n < 1 else 'most 3 arguments'}, "
                                        f"got {n}", "str.maketrans(x, y, z)"), T.ANY
            vals = [self.to_any(e, t) for e, t in args.pos]
            vals += [E("py_NOARG")] * (3 - len(vals))
            return J.call("py_str_maketrans", *vals), T.DICT()
        if extra.startswith("component:"):
            return self.error(node, f"method '{name}' of a Dash component ({extra[10:]}) is not supported in a "
                                    "clientside callback", "build the component with all its props at once"), T.ANY
        owner = extra.split(':')[-1]
        hint = (f"call methods on values (x.{name}(...)); {owner}.{name} has no browser equivalent"
                if extra.startswith("builtin:") else f"see docs/subset.md for what {owner} supports")
        return self.error(node, f"method '{name}' of {owner} is not supported", hint), T.ANY

    def prevent_update(self, node, args) -> E:
        """``PreventUpdate(msg)``: Dash's sentinel when the message (DashException keeps
        ``textwrap.dedent(msg).strip()``) is empty; else an exception that carries it (str(e), e.args, repr(e) of
        a caught one are CPython's), turned into the sentinel when it leaves a Dash callback (the renderer
        recognizes the sentinel by identity; see function_decl)."""
        msg = [v for v in args.pos]
        for k, v in args.kw.items():
            if k != "msg":
                return self.error(node, f"DashException.__init__() got an unexpected keyword argument '{k}'",
                                  "PreventUpdate(msg)")
            if msg:
                return self.error(node, "DashException.__init__() got multiple values for argument 'msg'",
                                  "PreventUpdate(msg)")
            msg.append(v)
        if len(msg) > 1:
            return self.error(node, f"DashException.__init__() takes from 1 to 2 positional arguments but "
                                    f"{len(msg) + 1} were given", "PreventUpdate(msg)")
        if not msg:
            return J.call("py_dash_prevent_update")
        arg = node.args[0] if node.args else node.keywords[0].value
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            import textwrap
            if textwrap.dedent(arg.value).strip() == "":
                return J.call("py_dash_prevent_update")
        self.program.prevent_msgs = True       # the Dash callbacks turn it into the sentinel when it leaves them
        return J.call("py_dash_prevent_msg", self.to_any(*msg[0]))

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
            return self.prevent_update(node, args), T.EXC
        if extra == "jsfn:new":
            if not args.pos or args.kw:
                return self.error(node, "new(Class, *args) needs a class", "new(Date, 2024, 0, 1)"), T.JS
            cls, rest = args.pos[0], args.pos[1:]
            return E(f"new {cls[0].at(J.POSTFIX)}({', '.join(self.js_arg(e, t).code for e, t in rest)})", J.POSTFIX), T.JS
        if extra == "jsfn:to_py":
            return J.call("py_from_js", args.pos[0][0]), T.ANY
        if extra == "jsfn:to_js":
            return J.call("py_to_js", args.pos[0][0]), T.JS
        if extra.startswith("dashcls:"):
            return self.component_call(node, extra[8:], args)
        if extra.startswith(("fn:itertools.", "fn:functools.")):      # through a variable (lower/itlow.py)
            return self.error(node, f"{extra[3:]} cannot be called here",
                              f"call it by its name: {extra[3:].partition('.')[2]}(...)"), T.ANY
        return self.error(node, f"{extra.split(':')[-1]} cannot be called here"), T.ANY

    def component_call(self, node, qual: str, args):
        """``html.Div(children, id=..., className=...)``: a Dash component, built as Dash's server would
        serialize it (Component.to_plotly_json: the props passed explicitly, in the class's _prop_names order,
        plus those the generated __init__ always passes, such as html's children). The binding of the
        arguments is checked at compile time by calling the class itself with placeholders, so an unknown
        keyword, a missing required prop or too many positionals are refused with Dash's own message."""
        import inspect
        import warnings
        module, _, name = qual.rpartition(".")
        short = f"{module.rpartition('.')[2]}.{name}"
        cls = component_class(module, name)
        params = [p for p in inspect.signature(cls).parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.POSITIONAL_ONLY)]
        ph_id = "\x00py2cs-id"
        kwnodes = {k.arg: k.value for k in node.keywords}
        ph = {}
        names = []          # the explicit props in call order (positionals by the signature)
        for i in range(len(args.pos)):
            names.append(params[i].name if i < len(params) else None)
        names.extend(args.kw)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                inst = cls(*[ph_id if n == "id" else "x" for n in names[:len(args.pos)]],
                           **{k: ph_id if k == "id" else "x" for k in args.kw})
        except Exception as e:        # Dash's TypeError: unknown keyword, missing required prop, arity
            msg = str(e).replace(f' with the ID "{ph_id}"', "").replace(ph_id, "...")
            return self.error(node, msg.split("\n")[0] if "unexpected keyword" in msg else msg,
                              msg.split("\n", 1)[1] if "\n" in msg else f"see help({short})"), T.ANY
        del ph
        present = list(inst.to_plotly_json()["props"])
        base = list(getattr(cls, "_base_nodes", ["children"]))
        vals = list(args.pos) + list(args.kw.values())
        for n, (e, t) in zip(names, vals):
            src = kwnodes.get(n) if n in kwnodes else node.args[names.index(n)]
            if n not in base and t.kind == "special" and str(t.extra).startswith("component:"):
                return self.error(src, f"{short} received a Dash component ({t.extra[10:]}) for the prop "
                                       f"`{n}`: only {' and '.join(f'`{b}`' for b in base)} can hold components",
                                  f"wrap multiple children in a list: {short}([a, b])"), T.ANY
            if n == "id" and t.kind not in ("str", "dict", "any", "never", "js"):
                return self.error(src, f"`id` prop must be a string or dict, not {t.kind}",
                                  "pass a str id or a dict id such as {'type': 'item', 'index': i}"), T.ANY
        perm = [names.index(p) if p in names else -1 for p in present]
        if any(n not in present for n in names):       # (a wildcard prop cannot be passed by keyword)
            return self.error(node, f"internal: {short} does not serialize a prop it was given"), T.ANY
        prefix = f"The `{short}` component (version {_dash_version()})"
        return J.call("py_dash_component", J.lit_str(cls._type), J.lit_str(cls._namespace), J.lit_str(prefix),
                      J.array([J.lit_str(p) for p in present]),
                      J.array([self.to_any(e, t) for e, t in vals]),
                      E("null") if perm == list(range(len(perm))) else J.array([E(str(i)) for i in perm]),
                      *([] if base == ["children"] else [J.array([J.lit_str(b) for b in base])])), \
            T.SPECIAL(f"component:{short}")


def _dash_version() -> str:
    import dash
    return dash.__version__
