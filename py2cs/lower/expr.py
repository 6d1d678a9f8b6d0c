"""Lowering rules for expressions: names, literals, operators, subscripts, comprehensions, f-strings."""
from __future__ import annotations

import ast
import re

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..naming import js_name
from ..resolve import BUILTIN_EXCEPTIONS
from .calls import _is_view_call, _signature_args, num_compare
from ..tables import urlparse_table as UT
from .urllow import url_result_kind
from .bvalue import NOT_VALUES, extra_of_object
from .walk import walk, walk_function

# the special kinds of values that exist only where they are used (called, indexed, caught...): a name bound to
# one (h = abs, q = urllib.parse.quote) is re-marked when read, so that any other use is refused, not undefined
_NONVALUE_KINDS = frozenset({"builtin", "exc", "module", "fn", "dtcls", "classes", "dashcls", "calendar"})

# builtin classes type(x) is compared with (type(None) is NoneType)
_TYPE_CLASSES = frozenset({"int", "float", "str", "bool", "list", "tuple", "dict", "set"})


MAX_SAFE = 2 ** 53

_COUNTER_OPS = (ast.Add, ast.Sub, ast.BitAnd, ast.BitOr)     # Counter arithmetic (py_counter_op)
_ARITH = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
          ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "bitand",
          ast.BitOr: "bitor", ast.BitXor: "bitxor"}
_OPSYM = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
          ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
          ast.MatMult: "@"}
_CMP = {ast.Lt: ("py_lt", "<"), ast.LtE: ("py_le", "<="), ast.Gt: ("py_gt", ">"), ast.GtE: ("py_ge", ">=")}

_PLAIN_EQ = ("int", "float", "str", "bool")
_FIXED_SPEC = re.compile(r'^"(,?)\.([0-9])f"$')   # the lowered spec of {x:.Nf} / {x:,.Nf}


def num_like(t: T.Ty) -> bool:
    return t.kind in ("int", "float")


def _small_literal(n, limit: int) -> bool:
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, (ast.USub, ast.UAdd)):
        n = n.operand
    return isinstance(n, ast.Constant) and type(n.value) is int and abs(n.value) < limit


def _small_range(it) -> bool:
    def small(a):
        return _small_literal(a, 2 ** 31) or (isinstance(a, ast.Call) and isinstance(a.func, ast.Name)
                                              and a.func.id == "len" and len(a.args) == 1 and not a.keywords)
    return (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and not it.keywords
            and 1 <= len(it.args) <= 3 and all(small(a) for a in it.args))


# the node classes counter_names looks at besides Name
_BINDERS = frozenset({ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.Assign, ast.AnnAssign, ast.AugAssign,
                      ast.For, ast.AsyncFor, ast.comprehension, ast.NamedExpr, ast.ExceptHandler, ast.With,
                      ast.AsyncWith, ast.Import, ast.ImportFrom, ast.Delete, ast.MatchAs, ast.MatchStar,
                      ast.MatchMapping})


def counter_names(func_node, builtins_ok: bool) -> frozenset:
    """Names bound only to small int literals and changed only by small literal steps (see counters()),
    plus loop variables of ``range(len(...))``/``range(literal)`` when ``builtins_ok`` (range and len are
    the builtins) and the function binds neither name itself. One walk over the function."""
    from .scope import _target_names, param_names
    ok: set = set()
    bad: set = set()
    ranged: set = set()       # for-targets of small ranges
    bound: set = set()        # every name bound anywhere

    def targets(t, good):
        if isinstance(t, ast.Name) and good:
            ok.add(t.id)
        else:
            _target_names(t, bad)

    for n in walk_function(func_node):
        c = n.__class__
        if c is ast.Name:
            if n.ctx.__class__ is not ast.Load:
                bound.add(n.id)
        elif c not in _BINDERS:
            continue
        elif c is ast.FunctionDef or c is ast.AsyncFunctionDef or c is ast.Lambda:
            names = param_names(n.args) + ([] if c is ast.Lambda else [n.name])
            bad.update(names)
            bound.update(names)
        elif c is ast.Assign:
            for t in n.targets:
                targets(t, _small_literal(n.value, 2 ** 31))
        elif c is ast.AnnAssign:
            targets(n.target, n.value is not None and _small_literal(n.value, 2 ** 31))
        elif c is ast.AugAssign:
            targets(n.target, isinstance(n.op, (ast.Add, ast.Sub)) and _small_literal(n.value, 2 ** 16))
        elif c is ast.For or c is ast.AsyncFor or c is ast.comprehension:
            if isinstance(n.target, ast.Name) and _small_range(n.iter):
                ranged.add(n.target.id)
            else:
                _target_names(n.target, bad)
        elif c is ast.NamedExpr:
            _target_names(n.target, bad)
        elif c is ast.ExceptHandler or c is ast.MatchAs or c is ast.MatchStar:
            if n.name:
                bad.add(n.name)
                bound.add(n.name)
        elif c is ast.MatchMapping:
            if n.rest:
                bad.add(n.rest)
                bound.add(n.rest)
        elif c is ast.With or c is ast.AsyncWith:
            for item in n.items:
                if item.optional_vars is not None:
                    _target_names(item.optional_vars, bad)
        elif c is ast.Import or c is ast.ImportFrom:
            names = [(a.asname or a.name).split(".")[0] for a in n.names]
            bad.update(names)
            bound.update(names)
        elif c is ast.Delete:
            for t in n.targets:
                _target_names(t, bad)
    if builtins_ok and not ({"range", "len"} & bound):
        ok |= ranged
    else:
        bad |= ranged
    return frozenset(ok - bad)


def _lambda_qualname(scope) -> str:
    """CPython's __qualname__ of a lambda defined in ``scope``: f.<locals>.<lambda>, f.<locals>.<listcomp>.<lambda>,
    f.<locals>.<lambda>.<locals>.<lambda> (``.<locals>`` follows a function or lambda, not a comprehension)."""
    chain = []        # (name, is a function or lambda) from the lambda outwards
    while scope is not None:
        kind = scope.kind
        if kind == "function":
            node = scope.node
            if not isinstance(node, ast.Module):      # (a top-level function's defaults: module level)
                chain.append((getattr(node, "_py2cs_qualname", None) or node.name, True))
            break
        chain.append(("<lambda>", True) if kind == "lambda" else
                     (_COMP_NAMES.get(type(scope.node), "<genexpr>"), False))
        scope = scope.parent
    q = ""
    for name, is_func in reversed(chain):
        q += name + (".<locals>." if is_func else ".")
    return q + "<lambda>"


_COMP_NAMES = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>", ast.DictComp: "<dictcomp>",
               ast.GeneratorExp: "<genexpr>"}


# the attributes of Dash's AttributeDict (ctx.triggered_id of a dict id) that are not its keys: dict's
# methods and its own (dash/_utils.py)
_ATTRIBUTEDICT_ATTRS = frozenset(["clear", "copy", "finalize", "first", "fromkeys", "get", "items", "keys", "pop",
                                  "popitem", "set_read_only", "setdefault", "unset_read_only", "update", "values"])


class ExprMixin:
    # ------------------------------------------------------------ entry points

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._expr_rules = {}       # node class -> this class's visit_<Node> function (or None), found once

    def expr(self, node) -> tuple[E, T.Ty]:
        tag = node.__dict__.get("_py2cs_re")
        if tag is not None:     # a pattern made at run time (relow.mark_finditer)
            out = self.re_marked(node, tag)
            if out is not None:
                return out
        try:
            method = self._expr_rules[node.__class__]
        except KeyError:
            method = self._expr_rules[node.__class__] = getattr(type(self), "visit_" + type(node).__name__, None)
        if method is None:
            return self.error(node, f"{_describe(node)} is not supported in clientside callbacks",
                              _hint(node)), T.ANY
        return method(self, node)

    def to_any(self, e: E, t: T.Ty) -> E:
        """A value stored where its static type is lost: integral floats get boxed."""
        return J.call("py_fbox", e) if t.kind == "float" else e

    def truthy(self, e: E, t: T.Ty) -> E:
        if t.kind == "bool":
            return e
        if t.kind == "int":
            return J.binop(e, "!==", E("0"), J.EQ)
        if t.kind == "float":
            return J.binop(e, "!==", E("0"), J.EQ)
        if t.kind == "str":
            return J.binop(J.member(e, "length"), ">", E("0"), J.REL)
        if t.kind == "none":
            if J.is_pure(e):
                return E("false")
            return E(f"({e.at(J.ASSIGN)}, false)", J.PRIMARY)   # keep the call's effects: log.append(x) or y
        if t.kind == "special" and t.extra == "re:match":
            return J.binop(e, "!=", E("null"), J.EQ)       # a match object is true, None false
        if t.kind == "any" and getattr(self.fs.node, "_py2cs_uses_re", False):
            return J.call("py_re_bool", e)     # perhaps a match object (a module using re)
        if t.kind == "js":
            return J.call("py_js_bool", e)     # Python's truth of what to_py() gives ([] and {} false, NaN true)
        return J.call("py_bool", e)

    # ------------------------------------------------------------ literals

    def visit_Constant(self, node):
        v = node.value
        if v is None:
            return E("null"), T.NONE
        if isinstance(v, bool):
            return E("true" if v else "false"), T.BOOL
        if isinstance(v, int):
            if abs(v) > MAX_SAFE:
                return self.error(node, f"integer literal {v} exceeds 2**53, which JavaScript cannot represent exactly",
                                  "use a float literal (e.g. 1e20) or a smaller number"), T.INT
            return J.lit_num(v), T.INT
        if isinstance(v, float):
            return J.lit_num(v), T.FLOAT
        if isinstance(v, str):
            return J.lit_str(v), T.STR
        kind = {bytes: "bytes literals", complex: "complex numbers", type(...): "Ellipsis"}.get(type(v), "this literal")
        return self.error(node, f"{kind} are not supported", "use str, int, float, bool or None"), T.ANY

    def literal_value(self, value) -> E:
        """JS expression building a Python constant (module constants)."""
        if value is None or isinstance(value, (bool, int, float)):
            return J.lit_num(value) if value is not None else E("null")
        if isinstance(value, str):
            return J.lit_str(value)
        if isinstance(value, list):
            return J.array([self.to_any(self.literal_value(v), _const_type(v)) for v in value])
        if isinstance(value, tuple):
            return J.call("py_tuple", J.array([self.to_any(self.literal_value(v), _const_type(v)) for v in value]))
        if isinstance(value, dict):
            pairs = [J.array([self.literal_value(k), self.to_any(self.literal_value(v), _const_type(v))])
                     for k, v in value.items()]
            return E(f"new Map({J.array(pairs).code})", J.POSTFIX)
        extra = extra_of_object(value)
        if extra is not None:       # a builtin held by a module constant (AGG = {"sum": sum}): its value
            return self.builtin_value(extra)
        raise TypeError(type(value))

    def visit_List(self, node):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return self.starred_sequence(node.elts), T.LIST()
        items = [self.expr(e) for e in node.elts]
        return J.array([self.to_any(e, t) for e, t in items]), T.LIST(T.join_all(t for _, t in items))

    def visit_Tuple(self, node):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return J.call("py_tuple", self.starred_sequence(node.elts)), T.TUPLE()
        items = [self.expr(e) for e in node.elts]
        return J.call("py_tuple", J.array([self.to_any(e, t) for e, t in items])), \
            T.TUPLE(T.join_all(t for _, t in items))

    def visit_Set(self, node):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return J.call("py_set", self.starred_sequence(node.elts)), T.SET()
        items = [self.expr(e) for e in node.elts]
        return J.call("py_set", J.array([self.to_any(e, t) for e, t in items])), \
            T.SET(T.join_all(t for _, t in items))

    def starred_sequence(self, elts) -> E:
        parts, run = [], []
        for e in elts:
            if isinstance(e, ast.Starred):
                if run:
                    parts.append(J.array(run))
                    run = []
                parts.append(self.expr(e.value)[0])
            else:
                v, t = self.expr(e)
                run.append(self.to_any(v, t))
        if run:
            parts.append(J.array(run))
        return J.call("py_list_concat", *parts)

    def visit_Dict(self, node):
        if any(k is None for k in node.keys):
            parts, run = [], []
            for k, v in zip(node.keys, node.values):
                if k is None:
                    if run:
                        parts.append(E(f"new Map({J.array(run).code})", J.POSTFIX))
                        run = []
                    parts.append(self.expr(v)[0])
                else:
                    run.append(self.dict_pair(k, v)[0])
            if run:
                parts.append(E(f"new Map({J.array(run).code})", J.POSTFIX))
            return J.call("py_dict_merge", *parts), T.DICT()
        # new Map().set(k1, v1).set(k2, v2): same evaluation order as new Map([[k1, v1], [k2, v2]]) and
        # the same result (later duplicates win, first positions kept), without the entry arrays
        items = [(self.expr(k), self.expr(v)) for k, v in zip(node.keys, node.values)]
        kts = [kt for (_, kt), _ in items]
        rt = T.DICT(T.join_all(kts), T.join_all([vt for _, (_, vt) in items]))
        if len({kt.kind for kt in kts} - {"str"}) > 1 or any(kt.kind not in ("str", "int", "none") for kt in kts):
            # keys that may include True/1 twins (or unknown keys): the runtime merges them as Python does
            return J.call("py_dict", J.array([J.array([self.to_any(ke, kt), self.to_any(ve, vt)])
                                              for (ke, kt), (ve, vt) in items])), rt
        return E("new Map()" + "".join([f".set({self.key_expr(ke, kt).at(J.ASSIGN)}, {self.to_any(ve, vt).at(J.ASSIGN)})"
                                        for (ke, kt), (ve, vt) in items]), J.POSTFIX), rt

    def dict_pair(self, k, v):
        ke, kt = self.expr(k)
        ve, vt = self.expr(v)
        return J.array([self.key_expr(ke, kt), self.to_any(ve, vt)]), kt, vt

    def key_expr(self, e: E, t: T.Ty) -> E:
        if t.kind in ("str", "bool", "none") or (t.kind == "int" and e.code.lstrip("-").isdigit()):
            return e
        if t.kind in ("float", "any", "never"):     # an int-valued float key is refused (see py_nkey)
            return J.call("py_ikey", self.to_any(e, t))
        return J.call("py_key", e)   # (an int too: py_key gives QuickJS's double-tagged integers the int tag)

    # ------------------------------------------------------------ names

    def visit_Name(self, node):
        name = node.id
        if not isinstance(node.ctx, ast.Load):
            return self.error(node, "internal: store context in expression"), T.ANY
        scope = self.scope.lookup(name) if self.scope is not None else None   # None: a top-level default
        if scope is not None:
            t = self.var_type(scope, name)
            prefix, _, what = str(t.extra).partition(":") if t.kind == "special" else ("", "", "")
            if prefix in _NONVALUE_KINDS or prefix == "unbound":
                # a name bound to a function, class or module (h = abs): a builtin's value, else refused as a value
                bv = self.builtin_value(t.extra)
                if bv is not None:
                    hit = self.unbound_reads.get(id(node))
                    if hit is not None and hit[0] is node:     # (read before it is bound: raises as CPython)
                        return E(f"({J.call(f'py_chk_{hit[1]}', E(js_name(name)), J.lit_str(name)).code}, {bv.code})",
                                 J.PRIMARY), t
                    return bv, t
                if prefix == "unbound":
                    return self.nonvalue(node, f"'{name}' stands for {what}, which can only be passed as key= or as "
                                               "map()'s function here", f"call the method on the value: x.{what.split('.')[-1]}()"), t
                if prefix == "calendar":
                    return self.nonvalue(node, f"'{name}' stands for calendar.{what}, which can only be indexed or "
                                               "sliced here", f"write calendar.{what}[i]"), t
                return self.nonvalue(node, f"'{name}' stands for {what}, which can only be called here",
                                     f"to store or compare it, wrap it in a function: lambda x: {what}(x)"), t
            hit = self.unbound_reads.get(id(node))
            e = E(js_name(name)) if hit is None or hit[0] is not node else \
                J.call(f"py_chk_{hit[1]}", E(js_name(name)), J.lit_str(name))  # may run before it is bound (definite.py)
            if t.kind == "special" and t.extra == "itgroup":      # a groupby() group (lower/itlow.py)
                return self.it_group_name(node, e)
            return e, t
        return self.global_name(node, name)

    def global_name(self, node, name: str):
        sym = self.resolver.lookup(name)
        kind = sym.kind
        if kind == "const":
            v = sym.value
            if isinstance(v, (list, tuple, dict)):
                # a list or dict constant may be mutated by any function of the module: its contents now
                # say nothing about its element types when this code runs
                ct = T.LIST() if isinstance(v, list) else T.DICT() if isinstance(v, dict) else _const_type(v)
                return E(self.program.constant(name, v, self.literal_value)), ct
            return self.literal_value(v), _const_type(v)
        if kind == "func":
            jsname = self.user_function_name(node, sym.value)
            if not getattr(node, "_py2cs_callee", False):     # used as a value: give it its signature once
                self.program.fn_value(jsname, lambda: self.fn_meta(E(jsname), _signature_args(sym.value),
                                                                   getattr(sym.value, "__qualname__", name)))
            return E(jsname), T.Ty("func", extra=sym.value)
        if kind == "classes":    # a module-level tuple of builtin classes: for isinstance() and type(x) in
            if getattr(sym.value, "single", False) and sym.value[0] != "NoneType":
                # one class (CONV = int): the builtin itself (called, passed to isinstance, or as a value)
                return self.global_builtin(node, sym.value[0])
            vals = [self.builtin_value("builtin:" + c) for c in sym.value]
            if all(v is not None for v in vals) and not getattr(node, "_py2cs_callee", False):
                # as a value (for conv in CONVERTERS, CONV(x)): the classes' values, used by consumers that
                # read the names (isinstance, type(x) in) through the special type
                e = vals[0] if getattr(sym.value, "single", False) else \
                    J.call("py_tuple", J.array(vals))
                return e, T.SPECIAL("classes:" + ",".join(sym.value))
            return self.nonvalue(node, f"'{name}' (builtin classes) can only be passed to isinstance() or compared "
                                       "with type(x) here", f"isinstance(x, {name}) / type(x) in {name}"), \
                T.SPECIAL("classes:" + ",".join(sym.value))
        if kind == "module":
            return self.nonvalue(node, f"the module '{name}' cannot be used as a value",
                                 f"use its functions and constants directly, e.g. {name}.<name>"), \
                T.SPECIAL("module:" + sym.value)
        if kind == "attr":
            return self.module_attr(node, sym.value[0], sym.value[1])
        if kind == "opgetter":     # a module-level itemgetter(...) / attrgetter(...) of constants (lower/oplow.py)
            return self.op_module_getter(node, name, *sym.value)
        if kind == "repat":     # a module-level re.compile(constant)
            jsname, tr = self.re_pattern_decl(node, *sym.value)
            if jsname is None:
                return E("undefined"), T.ANY
            from .relow import pattern_type
            return E(jsname), pattern_type(tr.pattern, tr.flags & ~32)
        if kind == "js":
            return E(sym.value), T.JS
        if kind == "builtin":
            return self.global_builtin(node, name)
        return self.error(node, sym.value, _name_hint(sym.value)), T.ANY

    def global_builtin(self, node, name: str):
        """A builtin (or a module constant naming one class): its special kind, its value where used as one."""
        if name in BUILTIN_EXCEPTIONS:
            return self.nonvalue(node, f"the exception class {name} can only be raised, caught or passed to "
                                       "isinstance() here", f"raise {name}(...) / except {name}: ..."), \
                T.SPECIAL("exc:" + name)
        return self.nonvalue(node, f"the builtin {name}() can only be called or passed as an argument here"
                                 + (f" ({NOT_VALUES[name]})" if name in NOT_VALUES else ""),
                                 f"to store or compare it, wrap it in a function: lambda x: {name}(x)",
                                 "builtin:" + name), T.SPECIAL("builtin:" + name)

    # Names that are not first-class values in the JS (builtins, exception classes, modules) lower to a
    # marked `undefined`. Their consumers (calls, arguments, isinstance, raise/except, attributes) never
    # emit that expression; if a marker survives into the emitted function, the name was used as a
    # value (stored, compared, returned) and report_nonvalues refuses it instead of shipping `undefined`.
    def nonvalue(self, node, message: str, hint: str, extra: str | None = None) -> E:
        if extra is not None:       # a builtin or module function that has a value (lower/bvalue.py)
            bv = self.builtin_value(extra)
            if bv is not None:
                return bv
        self.nonvalues.append((node, message, hint))
        return E(f"/*!nv{len(self.nonvalues) - 1}*/undefined")

    def report_nonvalues(self, code: str) -> None:
        """Refuse the non-values whose marks are in ``code``, the function's emitted declarations."""
        marks = self.nonvalues
        if not marks:
            return
        for i in sorted({int(m) for m in re.findall(r"/\*!nv(\d+)\*/", code)}):
            self.error(*marks[i])

    def user_function_name(self, node, func) -> str:
        from ..capture import capture_function
        if hasattr(func, "__code__"):
            key = func

            def make():
                return capture_function(func)
        else:
            key = id(func.node)

            def make():
                return func
        try:
            return self.program.function(key, make)
        except Exception as exc:  # a TranspileError from the other function: merge its diagnostics
            from ..errors import TranspileError
            if isinstance(exc, TranspileError):
                for d in exc.diagnostics:
                    self.reporter.diagnostics.append(d)
                return "undefined"
            raise

    # ------------------------------------------------------------ attributes and subscripts

    def type_of_arg(self, node):
        """The argument node of ``type(x)`` (the builtin, one positional argument), else None."""
        if node.__class__ is ast.Call and node.func.__class__ is ast.Name and node.func.id == "type" \
                and len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred) \
                and self.scope.lookup("type") is None and self.resolver.lookup("type").kind == "builtin":
            return node.args[0]
        return None

    def type_name_of(self, arg):
        """``type(arg).__name__`` as a JS string expression."""
        v, t = self.expr(arg)
        if t.kind == "js":
            return self.error(arg, "type() of a JavaScript value is not supported",
                              "test it with py2cs.js (js.typeof(x)) or convert it with to_py() first")
        return J.call("py_type_name", self.to_any(v, t))

    def class_names(self, node):
        """The builtin classes named by ``node`` (a class, type(None), or a tuple/list/set of them) as their
        type names, else None."""
        elts = node.elts if node.__class__ in (ast.Tuple, ast.List, ast.Set) else [node]
        names = []
        for e in elts:
            if e.__class__ is ast.Name and e.id in _TYPE_CLASSES and self.scope.lookup(e.id) is None \
                    and self.resolver.lookup(e.id).kind == "builtin":
                names.append(e.id)
            elif e.__class__ is ast.Name and self.scope.lookup(e.id) is None and \
                    (sym := self.resolver.lookup(e.id)).kind == "classes":
                names.extend(sym.value)
            elif e.__class__ is ast.Name and self.scope.lookup(e.id) is None and \
                    self.resolver.lookup(e.id).is_attr("collections", "deque"):
                names.append("deque")         # type(x) is deque: its type(x).__name__
            elif self.type_of_arg(e) is not None and e.args[0].__class__ is ast.Constant and e.args[0].value is None:
                names.append("NoneType")
            else:
                return None
        return names

    def type_compare(self, node):
        """``type(x) is int``, ``==``, ``!=``, ``is not`` with a builtin class (or type(None)), ``type(x) in
        (int, float)``: x's exact class (a bool is not an int, a Counter is not a dict), by its name."""
        if len(node.ops) != 1:
            return None
        op, left, right = node.ops[0], node.left, node.comparators[0]
        if op.__class__ in (ast.In, ast.NotIn):
            arg, names = self.type_of_arg(left), (self.class_names(right) if right.__class__ in
                                                    (ast.Tuple, ast.List, ast.Set, ast.Name) else None)
        elif op.__class__ in (ast.Is, ast.IsNot, ast.Eq, ast.NotEq):
            arg, names = self.type_of_arg(left), self.class_names(right)
            if arg is None or names is None:
                arg, names = self.type_of_arg(right), self.class_names(left)
            if names is not None and len(names) != 1:
                names = None
        else:
            return None
        if arg is None or names is None:
            return None
        tn = self.type_name_of(arg)
        if len(names) == 1:
            test = J.binop(tn, "===", J.lit_str(names[0]), J.EQ)
        else:
            test = J.binop(J.call(J.member(J.array([J.lit_str(n) for n in names]), "indexOf"), tn), ">=", E("0"), J.REL)
        negate = op.__class__ in (ast.NotIn, ast.IsNot, ast.NotEq)
        return (J.unop("!", test) if negate else test), T.BOOL

    def visit_Attribute(self, node):
        if node.attr == "__name__" and self.type_of_arg(node.value) is not None:
            return self.type_name_of(node.value.args[0]), T.STR
        base, bt = self.expr(node.value)
        attr = node.attr
        if bt.kind == "special":
            if bt.extra == "re:match":
                return self.re_match_attr(node, base, attr)
            if str(bt.extra).startswith("re:pattern:"):
                return self.re_pattern_attr(node, bt.extra, attr, base)
            return self.special_attr(node, bt.extra, attr)
        if bt.kind == "js":
            return J.member(base, attr) if attr.isidentifier() and attr.isascii() else J.index(base, J.lit_str(attr)), T.JS
        if bt.kind == "exc" and attr == "args":
            return J.call("py_exc_args", base), T.TUPLE()
        if bt.kind == "never":
            return E("undefined"), T.NEVER
        if bt.kind == "any" and attr in ("string", "pos", "endpos", "lastindex", "lastgroup") and getattr(self.fs.node, "_py2cs_uses_re", False):
            return self.re_match_attr(node, base, attr)       # perhaps a match object (a module using re)
        if base.code == "$ctx.triggered_id":
            return self.triggered_id_attr(node, base, attr)
        arity = getattr(node, "_py2cs_bound_arity", None)
        if arity is not None and bt.kind in ("any", "str", "list", "tuple", "dict", "set") \
                and attr not in ("keys", "values", "items"):
            bound = self.bound_method_value(node, base, bt, attr, arity)
            if bound is not None:
                return bound
        if url_result_kind(bt) is not None:
            return self.url_result_attr(node, base, bt, attr)
        if bt.kind in ("any", "tuple") and attr in UT.ANY_ATTRS and self.url_on():     # (a tuple: perhaps one)
            return self.url_any_attr(node, base, attr)
        if bt.kind == "any" and self.dt_on():
            hit = self.dt_value_attr(node, base, attr)
            if hit is not None:
                return hit
        if bt.kind == "any" and attr == "maxlen" and isinstance(node.ctx, ast.Load):
            return J.call("py_dq_maxlen", base), T.ANY        # a deque's (runtime/deque.js), else AttributeError
        return self.error(node, f"attribute access '.{attr}' on a Python {bt.kind if bt.kind != 'any' else 'value'} is not supported",
                          "Python values here are dicts, lists, strings and numbers: use d['key'] for dict items"), T.ANY

    def triggered_id_attr(self, node, base: E, attr: str):
        """``ctx.triggered_id.index``: Dash's triggered_id of a dict id is an AttributeDict, whose attributes
        read its keys (AttributeError(name) for a missing one). An attribute that dicts or AttributeDict have
        themselves (.get, .first...) is a method there: refused. On a string id a str method cannot be
        reproduced (CPython gives a bound method): the runtime raises."""
        if attr.startswith("__") or attr in _ATTRIBUTEDICT_ATTRS:
            return self.error(node, f"ctx.triggered_id.{attr} is a method of Dash's AttributeDict, not the key {attr!r}",
                              f"read the key: ctx.triggered_id[{attr!r}]"), T.ANY
        return J.call("py_dash_tid_attr", base, J.lit_str(attr), E("true" if attr in dir(str) else "false")), T.ANY

    def bound_method_value(self, node, base: E, bt: T.Ty, attr: str, arity: int):
        """``counts.get`` passed as key= (or map's / filter's function), called with ``arity`` arguments.
        As in CPython the receiver is evaluated, and a value without the method raises AttributeError, where
        the argument is written; the runtime dispatcher checks the argument count when it is called."""
        from ..tables import methods as MT
        if attr == "__getitem__" and arity == 1 and bt.kind in ("any", "str", "list", "tuple", "dict"):
            # key=ys.__getitem__ (the index of the largest item), key=d.__getitem__: x[k] as a function; a value
            # without subscription (None, a number, a set, a function) raises AttributeError where it is written
            check = J.call("py_mcheck", base, J.lit_str(attr), J.array([J.lit_str(o) for o in ("str", "list", "tuple", "dict")]))
            fn = E(f"(function ($r) {{ return function ($a0) {{ return py_getitem($r, $a0); }}; }})({check.code})", J.POSTFIX)
            return fn, T.Ty("func", extra=("lambda", 1, attr))
        owners = MT.receivers_of(attr)
        if not owners or (bt.kind != "any" and bt.kind not in owners):
            return None
        params = ", ".join(f"$a{i}" for i in range(arity))
        fn = E(f"(function ($r) {{ return function ({params}) {{ return py_m_{attr}($r{', ' if params else ''}{params}); }}; }})"
               f"({J.call('py_bound_method', base, J.lit_str(attr), J.array([J.lit_str(o) for o in owners])).code})",
               J.POSTFIX)
        return fn, T.Ty("func", extra=("lambda", arity, attr))

    def visit_Subscript(self, node):
        base, bt = self.expr(node.value)
        if bt.kind == "special" and str(bt.extra).startswith("classes:") and "$bv_" in base.code:
            bt = T.TUPLE()          # a module-level tuple of classes, indexed: its value (lower/bvalue.py)
        if bt.kind == "special":
            return self.special_subscript(node, bt.extra, base)
        if isinstance(node.slice, ast.Slice):
            lo, hi, st = (self.slice_part(p) for p in (node.slice.lower, node.slice.upper, node.slice.step))
            rt = T.plain(bt) if bt.kind in ("list", "tuple", "str") else T.ANY     # (u[1:] is a tuple, not a URL result)
            return J.call("py_slice", base, lo, hi, st), rt
        idx, it = self.expr(node.slice)
        if bt.kind == "js" and idx.code.startswith("-") and idx.code[1:].isdigit() and idx.code.strip("-0"):
            return self.error(node, "a negative index on a JavaScript value reads the property "
                                    f"'{idx.code}' (undefined), not an item from the end",
                              f"convert it first: to_py(x)[{idx.code}], or x[len(x) {idx.code.replace('-', '- ')}]"), T.JS
        if bt.kind == "js":
            return J.index(base, J.call("py_to_js", idx) if it.kind not in ("int", "str") else idx), T.JS
        if bt.kind == "str":
            return J.call("py_getitem", base, idx), T.STR
        rt = (bt.elem or T.ANY) if bt.kind in ("list", "tuple", "dict") else T.ANY
        if bt.kind == "never":
            rt = T.NEVER
        fast = self.known_seq_index(node, base, bt, idx)
        if fast is not None:
            return fast, rt
        if bt.kind == "any" and getattr(self.fs.node, "_py2cs_uses_re", False):
            return J.call("py_re_getitem", base, self.to_any(idx, it)), rt    # perhaps a match object's group
        if it.kind == "str" and bt.kind in ("any", "never", "dict"):
            return J.call("py_getstr", base, idx), rt          # d["key"]: the Map lookup first
        return J.call("py_getitem", base, self.to_any(idx, it)), rt

    def known_seq_index(self, node, base: E, bt: T.Ty, idx: E) -> E | None:
        """``xs[2]`` / ``xs[-1]`` on a known list or tuple held in a variable: plain JS indexing when in
        range, py_getitem (which raises the IndexError) otherwise."""
        if bt.kind not in ("list", "tuple") or not J.is_ident(base):
            return None
        k = node.slice
        neg = isinstance(k, ast.UnaryOp) and isinstance(k.op, ast.USub)
        if neg:
            k = k.operand
        if not (isinstance(k, ast.Constant) and type(k.value) is int and k.value < 2 ** 31) or (neg and k.value == 0):
            return None
        n = k.value
        length = J.member(base, "length")
        if neg:
            test = J.binop(length, ">=", E(str(n)), J.REL)
            item = J.index(base, J.binop(length, "-", E(str(n)), J.ADD))
        else:
            test = J.binop(length, ">", E(str(n)), J.REL)
            item = J.index(base, E(str(n)))
        return J.cond(test, item, J.call("py_getitem", base, idx))

    def slice_part(self, p) -> E:
        if p is None:
            return E("undefined")
        e, t = self.expr(p)
        return self.to_any(e, t)      # an integral float bound must still raise TypeError

    # ------------------------------------------------------------ operators

    def visit_BinOp(self, node):
        chain = [node]                       # a + b + c + ... nests to the left
        while isinstance(chain[-1].left, ast.BinOp):
            chain.append(chain[-1].left)
        if len(chain) >= 32:
            return self.binop_chain(chain[::-1])
        a, at = self.expr(node.left)
        b, bt = self.expr(node.right)
        return self.binop(node, type(node.op), a, at, b, bt)

    def binop_chain(self, chain):
        """A long left-nested chain (x + x + ... + x) as one flat comma expression through a temporary, so
        neither this compiler nor a JS parser recurses once per term."""
        acc, at = self.expr(chain[0].left)
        tmp = self.temp()
        parts = []
        for n in chain:
            b, bt = self.expr(n.right)
            parts.append(f"{tmp} = {self.to_any(acc, at).at(J.ASSIGN) if at.kind == 'float' else acc.at(J.ASSIGN)}")
            acc, at = self.binop(n, type(n.op), E(tmp), at if at.kind != "float" else T.ANY, b, bt)
        parts.append(acc.at(J.ASSIGN))
        return E("(" + ", ".join(parts) + ")", J.PRIMARY), at

    def binop(self, node, op, a, at, b, bt):
        if op is ast.MatMult:
            return self.error(node, "the @ operator is not supported", "write the matrix product with loops"), T.ANY
        if at.kind == "never" or bt.kind == "never":
            return J.call("py_" + _ARITH[op], a, b), T.NEVER
        if at.kind == "js" or bt.kind == "js":
            return self.error(node, f"operator {_OPSYM[op]} on a JavaScript value",
                              "convert it first: to_py(x), or float()/str() of it"), T.ANY
        if op in _COUNTER_OPS and (at.extra == "counter" or bt.extra == "counter"):
            # Counter + - | & Counter: a new Counter (py_counter_op through the Counter's policy); a plain dict
            # on one side: CPython's TypeError, or dict.__or__'s plain dict for |
            both = at.extra == "counter" and bt.extra == "counter"
            return J.call("py_" + _ARITH[op], self.to_any(a, at), self.to_any(b, bt)), \
                (at if both else T.DICT() if op is ast.BitOr else T.ANY)
        name = _ARITH[op]
        if at.kind == "int" and bt.kind == "int":
            if op in (ast.Add, ast.Sub):
                # plain JS when both operands are small (no result beyond 2**53), else checked for overflow
                left = getattr(node, "left", None) or getattr(node, "target", None)   # BinOp or AugAssign
                right = getattr(node, "right", None) or getattr(node, "value", None)
                if self.small_int(left) and self.small_int(right):
                    return J.binop(a, "+" if op is ast.Add else "-", b, J.ADD), T.INT
                return J.call("py_iplus" if op is ast.Add else "py_iminus", a, b), T.INT
            if op is ast.Mult:
                return J.call("py_imul", a, b), T.INT
            if op is ast.FloorDiv:
                return J.call("py_ifloordiv", a, b), T.INT
            if op is ast.Mod:
                return J.call("py_imod", a, b), T.INT
            if op is ast.Div:
                return J.call("py_fdiv", a, b), T.FLOAT
            if op is ast.Pow:
                exp = getattr(node, "right", None) or getattr(node, "value", None)   # BinOp or AugAssign
                if isinstance(exp, ast.Constant) and isinstance(exp.value, int) and exp.value >= 0:
                    return J.call("py_ipow", a, b), T.INT
                return J.call("py_pow", a, b), T.ANY
            return J.call("py_" + name, a, b), T.INT
        if num_like(at) and num_like(bt):
            if op in (ast.Add, ast.Sub, ast.Mult):
                return J.binop(a, _OPSYM[op], b, J.ADD if op is not ast.Mult else J.MUL), T.FLOAT
            if op is ast.Div:
                isf = "float" in (at.kind, bt.kind)
                return J.call("py_fdiv", a, b, *([E("true")] if isf else [])), T.FLOAT
            if op is ast.FloorDiv:
                return J.call("py_ffloordiv", a, b), T.FLOAT
            if op is ast.Mod:
                return J.call("py_fmod", a, b), T.FLOAT
            if op is ast.Pow:
                return J.call("py_fpow", a, b), T.FLOAT
            return J.call("py_" + name, self.to_any(a, at), self.to_any(b, bt)), T.ANY   # bitwise: a float raises
        dates = self.dt_on()     # a value of unknown type may be a timedelta: td * 1.5 and td / 2 are timedeltas
        if op in (ast.Add, ast.Sub, ast.Mult) and _float_and_unknown(at, bt) and not dates:
            # a float with a value of unknown type: a float or a TypeError, so the float stays unboxed
            return J.call(f"py_{name}f", a, b), T.FLOAT
        if op is ast.Div:
            if dates:
                return J.call("py_dt_div", self.to_any(a, at), self.to_any(b, bt)), T.ANY
            return J.call("py_truediv", self.to_any(a, at), self.to_any(b, bt)), T.FLOAT
        if at.kind == "str" and bt.kind == "str" and op is ast.Add:
            return J.binop(a, "+", b, J.ADD), T.STR
        if at.kind == "str" and op is ast.Mod:
            return J.call("py_percent_format", a, self.to_any(b, bt)), T.STR
        rt = T.ANY
        if op is ast.Add and at.kind == bt.kind and at.kind in ("list", "tuple"):
            rt = T.Ty(at.kind, T.join(at.elem or T.ANY, bt.elem or T.ANY))
        elif op is ast.Mult and at.kind in ("str", "list", "tuple") and bt.kind in ("int", "bool"):
            rt = T.plain(at)
        return J.call("py_" + name, self.to_any(a, at), self.to_any(b, bt)), rt

    def small_int(self, node) -> bool:
        """An int expression known to stay below 2**31 in magnitude (a literal, len(), ord())."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, int) and abs(node.value) < 2 ** 31
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return self.small_int(node.operand)
        if isinstance(node, ast.Name):
            return node.id in self.counters()
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("len", "ord")
                and self.scope.lookup(node.func.id) is None and self.resolver.lookup(node.func.id).kind == "builtin")

    def counters(self) -> frozenset:
        """Counter variables of this callback: every binding of the name, in any of its scopes, is a small
        int literal or ``+=``/``-=`` of one below 2**16. Such a variable needs 2**37 steps to leave the
        exact range, so ``count + 1`` stays plain JS."""
        c = self._counters
        if c is None:
            node = self.fs.node
            cached = getattr(node, "_py2cs_counters", None)     # the fixpoint lowers a function several times
            builtin = all(self.resolver.lookup(n).kind == "builtin" for n in ("range", "len"))
            if cached is None or cached[0] != builtin:
                # loop variables of range(len(...)) are bounded only if range and len are the builtins
                cached = (builtin, counter_names(node, builtin))
                node._py2cs_counters = cached
            self._counters = c = cached[1]
        return c

    def visit_UnaryOp(self, node):
        v, t = self.expr(node.operand)
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
                and isinstance(node.operand.value, (int, float)) and not isinstance(node.operand.value, bool) \
                and t.kind != "js":
            return J.lit_num(-node.operand.value), t
        return self.unary(node, node.op, v, t)

    def unary(self, node, op, v: E, t: T.Ty):
        """``op`` (an ast.unaryop instance) applied to the lowered operand ``v`` of type ``t`` (also operator.neg
        and co., lower/oplow.py)."""
        if isinstance(op, ast.Not):
            return J.unop("!", self.truthy(v, t)), T.BOOL
        if t.kind == "js":
            return self.error(node, "unary operator on a JavaScript value", "convert it with float() first"), T.ANY
        if t.extra == "counter" and isinstance(op, (ast.USub, ast.UAdd)):    # a new Counter (py_counter_unary)
            return J.call("py_neg" if isinstance(op, ast.USub) else "py_pos", v), t
        if isinstance(op, ast.USub):
            if t.kind == "int":   # 0 - x, not -x: an int 0 must not become -0 (the float -0.0 to the runtime)
                return J.binop(E("0"), "-", v, J.ADD), t
            if t.kind == "float":
                return J.unop("-", v), t
            return J.call("py_neg", v), (t if t.kind == "never" else T.ANY)
        if isinstance(op, ast.UAdd):
            if t.kind in ("int", "float"):
                return v, t
            return J.call("py_pos", v), T.ANY
        return J.call("py_invert", self.to_any(v, t)), T.INT if t.kind in ("int", "bool") else T.ANY

    def visit_BoolOp(self, node):
        op_and = isinstance(node.op, ast.And)
        vals = [self.expr(v) for v in node.values]
        rt = T.join_all(t for _, t in vals)
        if all(t.kind == "bool" for _, t in vals):
            out = vals[0][0]
            for e, _ in vals[1:]:
                out = J.binop(out, "&&" if op_and else "||", e, J.AND if op_and else J.OR)
            return out, T.BOOL
        # Python returns the deciding operand: a or b -> (py_bool($t = a) ? $t : b)
        out = self.to_any(*vals[-1])
        for e, t in reversed(vals[:-1]):
            tmp = self.temp()
            test = self.truthy(E(f"({tmp} = {e.at(J.ASSIGN)})"), t)
            ev = self.to_any(E(tmp), t)
            out = J.cond(test, out, ev) if op_and else J.cond(test, ev, out)
        return out, rt

    def visit_IfExp(self, node):
        t, tt = self.expr(node.test)
        a, at = self.expr(node.body)
        b, bt = self.expr(node.orelse)
        rt = T.join(at, bt)
        if rt != at:
            a = self.to_any(a, at)
        if rt != bt:
            b = self.to_any(b, bt)
        return J.cond(self.truthy(t, tt), a, b), rt

    def visit_Compare(self, node):
        typed = self.type_compare(node)
        if typed is not None:
            return typed
        left, lt = self.expr(node.left)
        parts = []
        n = len(node.ops)
        for i, (op, right) in enumerate(zip(node.ops, node.comparators)):
            if i == n - 1 and isinstance(op, (ast.In, ast.NotIn)) and _is_view_call(right) \
                    and right.func.attr in ("keys", "items"):
                # x in d.keys() hashes x as x in d does (unhashable: TypeError); x in d.items() looks the key up
                recv, recv_t = self.expr(right.func.value)
                if recv_t.kind in ("dict", "any"):
                    e = J.call("py_in_view", self.to_any(left, lt), recv, J.lit_str(right.func.attr))
                    parts.append(J.unop("!", e) if isinstance(op, ast.NotIn) else e)
                    break
            src = self.first_source(right) if i == n - 1 and isinstance(op, (ast.In, ast.NotIn)) else None
            if src is not None:
                # x in (generator) / map() / filter() (or zip() / enumerate() of one): stops at the first equal
                # item, as CPython's search does
                e = J.call("py_in_it", self.to_any(left, lt), src)
                parts.append(J.unop("!", e) if isinstance(op, ast.NotIn) else e)
                break
            r, rt = self.expr(right)
            if i < n - 1 and not _simple(right):
                tmp = self.temp()
                r_use = E(f"({tmp} = {r.at(J.ASSIGN)})")
                parts.append(self.compare(node, op, left, lt, r_use, rt))
                left = E(tmp)
            else:
                parts.append(self.compare(node, op, left, lt, r, rt))
                left = r
            lt = rt
        out = parts[0]
        for p in parts[1:]:
            out = J.binop(out, "&&", p, J.AND)
        return out, T.BOOL

    def none_compare(self, a, at, b, bt, sym: str) -> E:
        """a == b / a is b where one operand is typed None: the other compared with null. The None-typed operand
        is still evaluated, in Python's order (xs.append(0) == 2 appends)."""
        if at.kind == "none":
            res = J.binop(b, sym, E("null"), J.EQ)
            return res if J.is_pure(a) else E(f"({a.at(J.ASSIGN)}, {res.at(J.ASSIGN)})", J.PRIMARY)
        if J.is_pure(b):
            return J.binop(a, sym, E("null"), J.EQ)
        if J.is_pure(a) and a.code in ("null", "undefined", "true", "false") or a.code.lstrip("-").isdigit():
            return E(f"({b.at(J.ASSIGN)}, {J.binop(a, sym, E('null'), J.EQ).at(J.ASSIGN)})", J.PRIMARY)
        tmp = self.temp()
        return E(f"({tmp} = {a.at(J.ASSIGN)}, {b.at(J.ASSIGN)}, {tmp} {sym} null)", J.PRIMARY)

    def compare(self, node, op, a, at, b, bt) -> E:
        if isinstance(op, (ast.Is, ast.IsNot)):
            neg = isinstance(op, ast.IsNot)
            if bt.kind == "none" or at.kind == "none":
                return self.none_compare(a, at, b, bt, "!=" if neg else "==")
            if bt.kind == "bool" and isinstance(getattr(node, "comparators", [None])[0], ast.Constant):
                return J.binop(a, "!==" if neg else "===", b, J.EQ)
            e = J.call("py_is", a, b)
            return J.unop("!", e) if neg else e
        if isinstance(op, (ast.In, ast.NotIn)):
            neg = isinstance(op, ast.NotIn)
            if bt.kind == "str" and at.kind == "str":
                if J.is_pure(a):
                    e = J.binop(J.call(J.member(b, "indexOf"), a), ">=", E("0"), J.REL)
                else:   # Python evaluates the left operand first
                    tmp = self.temp()
                    e = E(f"({tmp} = {a.at(J.ASSIGN)}, {J.call(J.member(b, 'indexOf'), E(tmp)).code} >= 0)", J.PRIMARY)
            elif bt.kind == "js":   # Python's membership (items of an array, own keys of an object)
                e = J.call("py_js_in", self.to_any(a, at), b)
            elif bt.kind in ("set", "dict"):
                e = J.call("py_in_keyed", self.to_any(a, at), b)
            else:
                e = J.call("py_in", self.to_any(a, at), b)
            return J.unop("!", e) if neg else e
        if isinstance(op, (ast.Eq, ast.NotEq)):
            neg = isinstance(op, ast.NotEq)
            # a str equals only an equal str (a JS string), whatever the other operand is
            if at.kind == bt.kind and at.kind in _PLAIN_EQ or (num_like(at) and num_like(bt)) \
                    or at.kind == "str" or bt.kind == "str":
                return J.binop(a, "!==" if neg else "===", b, J.EQ)
            if at.kind == "none" or bt.kind == "none":
                return self.none_compare(a, at, b, bt, "!=" if neg else "==")
            if at.kind == "js" or bt.kind == "js":   # a JavaScript object equals the dict to_py() gives
                a, b = (J.call("py_from_js", a) if at.kind == "js" else a), (J.call("py_from_js", b) if bt.kind == "js" else b)
            e = J.call("py_eq", self.to_any(a, at), self.to_any(b, bt))
            return J.unop("!", e) if neg else e
        helper, sym = _CMP[type(op)]
        if num_like(at) and num_like(bt):
            return J.binop(a, sym, b, J.REL)
        if _float_and_unknown(at, bt):     # no box for the float: py_ltf and co. box it only to raise
            return J.call(helper + "f", a, b)
        return num_compare(helper, sym, self.to_any(a, at), self.to_any(b, bt))

    def visit_NamedExpr(self, node):
        v, t = self.expr(node.value)
        name = node.target.id
        scope = self.scope.lookup(name)
        if scope is None:
            return self.error(node, "walrus target is not a local variable"), T.ANY
        if scope.kind == "lambda":   # the lambda's own local: the JS arrow would have no variable for it
            return self.error(node, "an assignment expression (:=) inside a lambda is not supported",
                              "use a nested def"), T.ANY
        self.record_type(scope, name, t)
        vt = self.var_type(scope, name)
        val = v if vt.kind == t.kind == "float" else self.to_any(v, t) if vt.kind != t.kind else v
        return E(f"({js_name(name)} = {val.at(J.ASSIGN)})"), t

    def visit_Await(self, node):
        if not self.is_async_scope():
            return self.error(node, "'await' outside an async function", "declare the function with async def"), T.ANY
        v, t = self.expr(node.value)
        return E(f"(await {v.at(J.UNARY)})", J.PRIMARY), T.JS if t.kind == "js" else T.ANY

    def is_async_scope(self) -> bool:
        s = self.scope
        while s is not None and s.kind == "comprehension":
            s = s.parent
        return s is not None and isinstance(s.node, ast.AsyncFunctionDef)

    # ------------------------------------------------------------ lambdas and comprehensions

    def visit_Lambda(self, node):
        from ..emit import func_expr
        from .scope import Scope, param_names
        args = node.args
        if args.kwarg:
            return self.error(node, "a lambda with **kwargs", "use a nested def with keyword parameters"), T.FUNC
        simple = not (args.vararg or args.kwonlyargs or args.defaults or args.posonlyargs)
        params = param_names(args)
        # defaults are evaluated when the lambda is created, in the enclosing scope, left to right
        dflts = []
        positional = args.posonlyargs + args.args
        for a, d in list(zip(positional[len(positional) - len(args.defaults):], args.defaults)) + \
                [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]:
            dflts.append((a.arg, self.to_any(*self.expr(d))))
        scope = Scope(node, "lambda", self.scope, params, [ast.Return(node.body)])
        for p in params:
            self.record_type(scope, p, getattr(node, "_py2cs_param_type", T.ANY))     # re.sub(p, lambda m: ...)
        outer, self.scope = self.scope, scope
        try:
            v, t = self.expr(node.body)
        finally:
            self.scope = outer
        body = []
        if scope.temps:
            body.append(J.VarDecl(names=scope.temps))
        holders = [f"$dflt{i + 1}" for i in range(len(dflts))]
        for (name, _), h in zip(dflts, holders):
            body.append(J.Raw(code=f"if ({js_name(name)} === undefined) {js_name(name)} = {h};"))
        body.append(J.Return(expr=self.to_any(v, t)))
        fe = J.FuncExpr([js_name(p) for p in params], body)
        code = func_expr(fe, 0)
        if dflts:       # the defaults' values, captured per evaluation of the lambda (a lambda in a loop)
            code = (f"(function ({', '.join(holders)}) {{ return {code}; }})"
                    f"({', '.join(e.at(J.ASSIGN) for _, e in dflts)})")
        out = E("(" + code + ")")
        if not getattr(node, "_py2cs_direct", False):     # a value: it carries its signature (py_fn)
            out = self.fn_meta(out, args, _lambda_qualname(self.scope))
        # a lambda with defaults, *args or keyword-only parameters binds its arguments as a def does
        return out, T.Ty("func", extra=("lambda", len(params), None, node) if simple else node)

    def first_source(self, node):
        """A JS iterator object for the first iterable of a generator expression whose items are computed on
        demand: a generator, map(), filter() or zip(..., strict=) (lazy_source), zip() or enumerate() of one;
        None for any other iterable (it is made a list when the generator is
        created, which no consumer can tell apart)."""
        if self.is_lazy_node(node):
            return self.lazy_source(node)
        if node.__class__ is not ast.Call or any(isinstance(a, ast.Starred) for a in node.args):
            return None
        if self.builtin_call(node, "zip") and node.args and not node.keywords:
            srcs = [self.first_source(a) for a in node.args]
            if all(x is None for x in srcs):
                return None
            return J.call("py_it_zip", J.array([x if x is not None else self.expr(a)[0] for x, a in zip(srcs, node.args)]),
                          E("false"))
        kw = [k.arg for k in node.keywords]
        if self.builtin_call(node, "enumerate") and node.args and (
                (len(node.args) == 1 and kw in ([], ["start"])) or (len(node.args) == 2 and not kw)):
            src = self.first_source(node.args[0])
            if src is None:
                return None
            start_node = node.args[1] if len(node.args) == 2 else node.keywords[0].value if kw else None
            st = self.to_any(*self.expr(start_node)) if start_node is not None else E("0")
            return J.call("py_it_enumerate", src, st)
        return None

    def comprehension(self, node, make_result, add_item, result_type, lazy: bool = False):
        """Lower a comprehension to an immediately invoked function (its own scope, as in Python). ``lazy``:
        a JS generator object instead, yielding each item when the consumer asks for it (add_item yields)."""
        from ..emit import emit_statements
        from .scope import Scope
        if any(g.is_async for g in node.generators):
            return self.error(node, "async comprehensions are not supported", "use a for loop"), T.ANY
        facts = getattr(node, "_py2cs_comp", None)      # the fixpoint lowers a comprehension several times
        if facts is None:
            names = set()
            for g in node.generators:
                from .scope import _target_names
                _target_names(g.target, names)
            awaits = [sub for sub in walk(node) if sub.__class__ is ast.Await]
            shadowed = any(n.__class__ is ast.Name and n.id in names for n in walk(node.generators[0].iter))
            from .stmt import _may_mutate
            gens = node.generators
            rest = [node.elt] if hasattr(node, "elt") else [node.key, node.value]
            # for generator i: may its ifs, the later generators or the element change a dict's size?
            mutates = tuple(_may_mutate(list(g.ifs) + [x for h in gens[i + 1:] for x in [h.iter, *h.ifs]] + rest)
                            for i, g in enumerate(gens))
            facts = node._py2cs_comp = (awaits[0] if awaits else None, frozenset(names), shadowed, mutates)
        if facts[0] is not None:
            return self.error(facts[0], "'await' inside a comprehension is not supported", "use a for loop"), T.ANY
        names = set(facts[1])
        # the first iterable is evaluated in the enclosing scope: when it mentions a name the comprehension
        # binds ([q * 2 for q in q]), it is passed in as the thunk's argument so the inner var can't shadow it
        first_node = node.generators[0].iter
        thunk_arg = None
        gen_expr = node.__class__ is ast.GeneratorExp
        # (a generator expression pulls its first iterable's items one per step too: any() or next() of it may
        # stop before the end, and its items are computed between theirs; an itertools iterator is always made
        # outside, as CPython evaluates the first iterable in the enclosing scope)
        first_src = self.first_source(first_node) if facts[2] or lazy or gen_expr or self.it_lazy(first_node) else None
        first_lazy = first_src is not None
        if first_lazy:
            # a generator, map() or filter() (or zip() / enumerate() of one) as the first iterable of the thunk:
            # created with it (as CPython creates it with the generator), then pulled one item per step, between
            # the items of this one
            thunk_arg, first_iter = first_src, (E("$it"), T.ANY)
        else:
            first_iter = self.expr(first_node)
            if lazy and first_iter[1].kind in ("dict", "set", "any"):
                # a generator object the consumer pulls after evaluating its other arguments (next(gen, default),
                # sum(gen, start)): CPython's iter() of the first iterable ran when the generator was made (a
                # TypeError then, a dict's size recorded then)
                thunk_arg, first_iter, first_lazy = J.call("py_itx", first_iter[0]), (E("$it"), T.ANY), True
        if facts[2] or lazy or gen_expr or first_lazy:    # (a generator evaluates its first iterable when created)
            if not first_lazy:
                thunk_arg, first_iter = first_iter[0], (E("$it"), first_iter[1])
            first_node = ast.copy_location(ast.Name("$it", ast.Load()), first_node)
        scope = Scope(node, "comprehension", self.scope, ())
        scope.locals = names
        outer, self.scope = self.scope, scope
        try:
            res = "$r"
            inner: list = []
            body_slot = inner
            for i, g in enumerate(node.generators):
                it_node = first_node if i == 0 else g.iter
                loop_body: list = []
                header = self.lazy_loop(g.target, it_node, loop_body)
                it_t = T.ANY
                if i == 0 and first_lazy:        # $it is a JS iterator object (it guards its own dicts)
                    s = self.temp()
                    item = E(f"{s}.value", J.POSTFIX)
                    loop_body[0:0] = self.it_bind_group(g.target, node.generators[0].iter, item) or \
                        self.assign_to(g.target, item, T.ANY, None)
                    header = [J.For(init="", test=f"!({s} = $it.next()).done", update="", body=loop_body)]
                elif header is None:
                    it_e, it_t = first_iter if i == 0 else self.expr(g.iter)
                    header = self.for_loop_header(g.target, it_node, it_e, it_t, loop_body, node.lineno)
                # the rest of the comprehension may change a dict's size (a lazy one: the consumer too)
                if (facts[3][i] or lazy) and not (i == 0 and first_lazy):
                    if i == 0 and thunk_arg is not None:     # the iterated object came in as $it
                        guards = [E("$it")] if it_t.kind in ("dict", "any", "never") else []
                    else:
                        guards = self.iter_dict_guards(first_node if i == 0 else g.iter, it_t)
                    self.guard_loop(header, guards)
                body_slot.extend(header)
                target_slot = loop_body
                for cond in g.ifs:
                    c, ct = self.expr(cond)
                    inner_if = J.If(test=self.truthy(c, ct), body=[])
                    target_slot.append(inner_if)
                    target_slot = inner_if.body
                body_slot = target_slot
            body_slot.append(add_item(res))
            if gen_expr and self.may_raise_stop(node):
                # PEP 479: StopIteration raised inside a generator's body leaves it as RuntimeError
                inner = [J.Try(body=inner, catch_var="$e", handler=[J.Throw(expr=J.call("py_gen_stop", E("$e")))],
                               final=[])]
            decls = sorted(js_name(n) for n in names) + scope.temps
        finally:
            self.scope = outer
        if lazy:
            body = ([J.VarDecl(names=decls)] if decls else []) + inner
        else:
            body = [J.VarDecl(names=decls + [res]), J.Raw(code=f"{res} = {make_result};")] + inner + \
                [J.Return(expr=E(res))]
        text = emit_statements(body, 1, line_comments=False)
        kw = "function*" if lazy else "function"
        if thunk_arg is not None:
            return E(f"({kw} ($it) {{\n{text}\n}})({thunk_arg.at(J.ASSIGN)})", J.POSTFIX), result_type
        return E(f"({kw} () {{\n{text}\n}})()", J.POSTFIX), result_type

    def may_raise_stop(self, gen) -> bool:
        """Whether StopIteration can escape the body of generator expression ``gen`` (not its first iterable,
        evaluated outside): only a Python function can raise it (called there, or called by a builtin as
        its key= or map()/filter() function, by re.sub as its replacement, or by a JS function), or next(). Builtins and methods of Python
        values cannot, so common generators (str(x) for x in xs) need no PEP 479 handler."""
        def builtin(name):
            return self.scope.lookup(name) is None and self.resolver.lookup(name).kind == "builtin"

        def js_root(node):
            while node.__class__ is ast.Attribute:
                node = node.value
            if node.__class__ is not ast.Name or self.scope.lookup(node.id) is not None:
                return False
            sym = self.resolver.lookup(node.id)
            return sym.kind == "js" or (sym.kind in ("module", "attr") and "py2cs" in str(sym.value))

        def safe_callee(c):       # a function value a builtin will call
            return c.__class__ is ast.Lambda or (c.__class__ is ast.Name and builtin(c.id)) or \
                (c.__class__ is ast.Attribute and not js_root(c))

        # d[k] of a defaultdict calls its factory, which may be a Python function
        factories = any(self.resolver.lookup(n).kind != "error" for n in ("defaultdict", "collections"))
        parts = [gen.elt] + [x for i, g in enumerate(gen.generators) for x in ([g.iter] if i else []) + list(g.ifs)]
        for part in parts:
            for n in walk(part):
                if n.__class__ is ast.Subscript and factories:
                    return True
                if n.__class__ is not ast.Call:
                    continue
                f = n.func
                if f.__class__ is ast.Name:
                    if f.id == "next" or not builtin(f.id):
                        return True
                    called = n.args[:1] if f.id in ("map", "filter") else []
                elif f.__class__ is ast.Attribute:
                    if js_root(f):
                        return True         # a JS function may call back a Python function
                    # re.sub / Pattern.sub (and subn) call a function given as the replacement
                    called = [a for a in n.args if a.__class__ not in (ast.Constant, ast.JoinedStr)] \
                        if f.attr in ("sub", "subn") else []
                else:
                    return True
                called += [k.value for k in n.keywords if k.arg == "key"]
                if not all(safe_callee(c) for c in called):
                    return True
        return False

    def generator_object(self, node):
        """A generator expression as CPython runs it: a JS generator object computing one item per next()."""
        def add(res):
            v, t = self.expr(node.elt)
            return J.ExprStmt(expr=E(f"(yield {self.to_any(v, t).at(J.ASSIGN)})", J.PRIMARY))
        e, _ = self.comprehension(node, None, add, None, lazy=True)
        return e

    def visit_ListComp(self, node):
        holder = {}

        def add(res):
            v, t = self.expr(node.elt)
            holder["t"] = t
            # $r[$r.length] = item: no call (QuickJS), and nothing but this comprehension sees $r
            return J.ExprStmt(expr=E(f"{res}[{res}.length] = {self.to_any(v, t).at(J.ASSIGN)}", J.ASSIGN))
        e, _ = self.comprehension(node, "[]", add, None)
        return e, T.LIST(holder.get("t", T.ANY))

    def visit_GeneratorExp(self, node):
        if not self.iter_ok(node, "a generator expression"):
            return E("undefined"), T.ANY
        return self.visit_ListComp(node)

    def visit_SetComp(self, node):
        def add(res):
            v, t = self.expr(node.elt)
            return J.ExprStmt(expr=J.call(J.member(E(res), "add"), J.call("py_nkey", E(res), self.to_any(v, t))))
        e, _ = self.comprehension(node, "new Set()", add, None)
        return e, T.SET()

    def visit_DictComp(self, node):
        def add(res):
            k, kt = self.expr(node.key)
            v, vt = self.expr(node.value)
            # True/1 twins are one key; a new int-valued float key is refused
            key = k if kt.kind == "str" else J.call("py_nkey", E(res), self.to_any(k, kt))
            return J.ExprStmt(expr=J.call(J.member(E(res), "set"), key, self.to_any(v, vt)))
        e, _ = self.comprehension(node, "new Map()", add, None)
        return e, T.DICT()

    # ------------------------------------------------------------ f-strings

    def visit_JoinedStr(self, node):
        parts: list[E] = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                if v.value:
                    parts.append(J.lit_str(v.value))
            else:
                parts.append(self.formatted(v))
        if not parts:
            return E('""'), T.STR
        out = parts[0]
        if len(parts) == 1 and not out.code.startswith('"'):
            out = J.binop(E('""'), "+", out, J.ADD)
        for p in parts[1:]:
            out = J.binop(out, "+", p, J.ADD)
        return out, T.STR

    def formatted(self, v: ast.FormattedValue) -> E:
        val, t = self.expr(v.value)
        self.no_function_text(v.value, t)
        conv = {-1: "", 115: "s", 114: "r", 97: "a"}[v.conversion]
        if v.format_spec is None:
            spec = None
        else:
            spec, _ = self.visit_JoinedStr(v.format_spec)
        if spec is None and conv in ("", "s"):
            return self.to_str(val, t)
        if spec is None and conv == "r":
            return self.to_repr(val, t)
        fixed = _FIXED_SPEC.match(spec.code) if conv == "" and spec is not None else None
        if fixed:   # f'{x:.2f}' / f'{x:,.2f}': the spec is known, no parse at run time
            return J.call("py_fixed", val if t.kind == "float" else self.to_any(val, t), E(fixed.group(2)),
                          E("true" if fixed.group(1) else "false"))
        return J.call("py_fstr", self.to_any(val, t) if t.kind != "float" else val, J.lit_str(conv),
                      spec if spec is not None else E('""'), E("true" if t.kind == "float" else "false"))

    def to_str(self, e: E, t: T.Ty) -> E:
        if t.kind == "str":
            return e
        if t.kind == "int":
            return J.call("String", e)
        if t.kind == "float":
            return J.call("py_str_f", e)
        if t.kind == "exc":
            return J.call("py_exc_str", e)
        return J.call("py_str", e)

    def to_repr(self, e: E, t: T.Ty) -> E:
        if t.kind == "int":
            return J.call("String", e)
        if t.kind == "float":
            return J.call("py_float_repr", e)
        return J.call("py_repr", e)


def _float_and_unknown(at: T.Ty, bt: T.Ty) -> bool:
    """One operand statically a float, the other of unknown type (or a bool)."""
    return (at.kind == "float" and bt.kind in ("any", "bool")) or (bt.kind == "float" and at.kind in ("any", "bool"))


def _simple(node) -> bool:
    return isinstance(node, (ast.Name, ast.Constant))


def _const_type(v) -> T.Ty:
    if v is None:
        return T.NONE
    if isinstance(v, bool):
        return T.BOOL
    if isinstance(v, int):
        return T.INT
    if isinstance(v, float):
        return T.FLOAT
    if isinstance(v, str):
        return T.STR
    if isinstance(v, list):
        return T.LIST(T.join_all(_const_type(x) for x in v))
    if isinstance(v, tuple):
        return T.TUPLE(T.join_all(_const_type(x) for x in v))
    if isinstance(v, dict):
        return T.DICT(T.join_all(_const_type(x) for x in v), T.join_all(_const_type(x) for x in v.values()))
    return T.ANY


def _describe(node) -> str:
    names = {"Yield": "'yield' (generators)", "YieldFrom": "'yield from' (generators)",
             "Starred": "a starred expression here", "Slice": "a slice here"}
    return names.get(type(node).__name__, f"the expression {type(node).__name__}")


def _hint(node) -> str:
    if type(node).__name__ in ("Yield", "YieldFrom"):
        return "build and return a list instead of yielding"
    return "rewrite it with the supported subset (see docs/subset.md)"


def _name_hint(reason: str) -> str:
    from ..resolve import STDLIB_REWRITES
    for (mod, qual), rewrite in STDLIB_REWRITES.items():
        if f"({mod}.{qual})" in reason:
            return rewrite
    if "(statistics." in reason:
        from ..resolve import statistics_hint
        return statistics_hint(reason.split("(statistics.", 1)[1].split(")", 1)[0])
    from ..resolve import STDLIB_SUPPORTED
    if STDLIB_SUPPORTED in reason:
        return "write it with builtins, or compute it on the server and pass it through a dcc.Store"
    if "not defined" in reason:
        return "define it in the module, pass it as an Input/State, or import it from py2cs.js if it is a JS global"
    if "module" in reason:
        from ..resolve import AVAILABLE_MODULES
        return f"available in the browser: {AVAILABLE_MODULES}"
    if "float dict key" in reason:
        return "use int or str keys (int(k) / str(k)) in the constant"
    if "is a datetime." in reason:
        return "build the value inside the function (date(2024, 1, 1)), or keep an ISO string constant and parse it " \
               "there: date.fromisoformat(START)"
    return "pass the data through a dcc.Store and an Input/State, or use a JSON-like constant"
