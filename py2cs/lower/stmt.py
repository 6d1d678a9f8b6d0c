"""Lowering rules for statements."""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..naming import js_name
from .walk import walk, walk_function

_REFUSED = {
    "ClassDef": ("class definitions are not supported", "use dicts and functions"),
    "With": ("'with' statements are not supported", "there are no files or locks in the browser; remove the with block"),
    "AsyncWith": ("'async with' is not supported", "remove the async with block"),
    "AsyncFor": ("'async for' is not supported", "await each item in a plain for loop"),
    "Import": ("'import' inside a callback is not supported", "import at module level (only math, json, dash, py2cs.js)"),
    "ImportFrom": ("'import' inside a callback is not supported", "import at module level (only math, json, dash, py2cs.js)"),
    "Global": ("'global' is not supported", "callbacks must not change module state; return the value or keep it in a dcc.Store"),
    "TryStar": ("'except*' is not supported", "use a plain try/except"),
}


_MUTATORS = {"pop", "popitem", "update", "setdefault", "clear", "__setitem__", "__delitem__"}


_CONST_RE = __import__("re").compile(r'-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|"(?:[^"\\\n]|\\.)*"|null|true|false')


def _is_const(e: E) -> bool:
    return _CONST_RE.fullmatch(e.code) is not None


def _fusable_dict(node) -> bool:
    """A dict display whose keys are distinct constant strs that a JS object literal keeps as Python does:
    not '__proto__' (a literal would set the prototype) and not Dash's '_dash_no_update' (the no_update
    test looks for that dict)."""
    if node.__class__ is not ast.Dict:
        return False
    keys = []
    for k in node.keys:
        if k is None or k.__class__ is not ast.Constant or k.value.__class__ is not str or \
                k.value in ("__proto__", "_dash_no_update"):
            return False
        keys.append(k.value)
    return len(set(keys)) == len(keys)


def _fusable(node) -> bool:
    """A display worth building as JSON directly: a fusable dict, or a list/tuple display holding one."""
    if _fusable_dict(node):
        return True
    return node.__class__ in (ast.Tuple, ast.List) and not any(e.__class__ is ast.Starred for e in node.elts) \
        and any(_fusable(e) for e in node.elts)


def strict_zip(node):
    """True or False for ``zip(..., strict=<constant bool>)`` with positional arguments (no *args), else None."""
    if node.__class__ is ast.Call and node.func.__class__ is ast.Name and node.func.id == "zip" \
            and len(node.keywords) == 1 and node.keywords[0].arg == "strict" \
            and node.keywords[0].value.__class__ is ast.Constant and node.keywords[0].value.value in (True, False) \
            and not any(isinstance(a, ast.Starred) for a in node.args):
        return bool(node.keywords[0].value.value)
    return None


def _may_mutate(body) -> bool:
    """Could these statements change a dict's size: item assignment or deletion, a mutating method,
    or a call to a function (which may do either)?"""
    for n in (sub for st in body for sub in walk(st)):
        c = n.__class__
        if c is ast.Subscript:
            if isinstance(n.ctx, (ast.Store, ast.Del)):
                return True
        elif c is ast.AugAssign:
            if isinstance(n.op, ast.BitOr):        # d |= other adds keys
                return True
        elif c is ast.Call:
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in _MUTATORS:
                return True
            if not (isinstance(f, ast.Attribute) or (isinstance(f, ast.Name) and f.id in _PURE_BUILTINS)):
                return True
            for k in n.keywords:
                # a function passed by name (sorted(xs, key=helper), xs.sort(key=helper)) is called there
                if k.arg == "key" and isinstance(k.value, ast.Name) and k.value.id not in _PURE_BUILTINS:
                    return True
    return False


def _pure_path(node) -> bool:
    """A name, or items of one (``d["sub"][0]``) with constant or name indexes: evaluating it again right
    after the loop evaluated it gives the same object and has no effect."""
    while isinstance(node, ast.Subscript):
        if not isinstance(node.slice, (ast.Constant, ast.Name)):
            return False
        node = node.value
    return isinstance(node, ast.Name)


_PURE_BUILTINS = {"len", "str", "repr", "int", "float", "bool", "abs", "min", "max", "sum", "round", "divmod",
                  "pow", "range", "enumerate", "zip", "sorted", "reversed", "list", "dict", "tuple", "set", "any",
                  "all", "isinstance", "print", "chr", "ord", "hex", "oct", "bin", "format"}


_HIGHER_ORDER = {"map", "filter", "reduce", "starmap", "accumulate", "filterfalse", "takewhile", "dropwhile",
                 "groupby", "min", "max", "sorted"}


def _may_change_values(body) -> bool:
    """Could these statements change a dict's values (_may_mutate, or a function passed by name to map(),
    filter(), reduce()... that may)? A loop over d.items() / d.values() whose body cannot reads a snapshot of
    the items (faster than the live view CPython's semantics need otherwise)."""
    if _may_mutate(body):
        return True
    for n in (sub for st in body for sub in walk(st)):
        if n.__class__ is ast.Call:
            f = n.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name in _HIGHER_ORDER and any(isinstance(a, ast.Name) and a.id not in _PURE_BUILTINS for a in n.args):
                return True
    return False


def mark_now_view(n) -> bool:
    """Mark ``n`` if it is a d.items() / d.values() call to be lowered as the items as they are now
    (calls.py _view_suffix) instead of the live view: what a builtin reading it whole, or a loop whose body
    cannot change the dict, iterates."""
    if isinstance(n, ast.Call) and not n.args and not n.keywords and isinstance(n.func, ast.Attribute) \
            and n.func.attr in ("items", "values"):
        n._py2cs_plain_view = True
        return True
    return False


def _mark_plain_views(iter_node) -> None:
    """Mark the d.items() / d.values() calls a for loop iterates (directly or as arguments of enumerate(),
    zip(), reversed()) to be lowered as snapshots (calls.py)."""
    todo = [iter_node]
    while todo:
        n = todo.pop()
        if not mark_now_view(n) and isinstance(n, ast.Call) and isinstance(n.func, ast.Name) \
                and n.func.id in ("enumerate", "zip", "reversed"):
            todo.extend(n.args)


def _has_return(node) -> bool:
    """A return statement of this function inside ``node`` (not of a nested function)."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Return):
            return True
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(n))
    return False


def _simple(n) -> bool:
    """An expression whose evaluation has no effects and cannot raise (evaluation order is moot)."""
    return isinstance(n, (ast.Constant, ast.Name)) or (
        isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant))



_NUMERIC = ("int", "float", "bool")
# x op= y where x may be changed in place (list +=, dict |=, set -= &= ^= |=, Counter += -= |= &=)
_INPLACE = {ast.Add: "py_iadd", ast.Sub: "py_isub", ast.BitAnd: "py_iand", ast.BitOr: "py_ior", ast.BitXor: "py_ixor"}
# the augmented operators lowered with binop() (+= and *= of lists and |= of dicts have their own helpers)
_AUG_SYMS = {ast.Sub: "-", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<",
             ast.RShift: ">>", ast.BitAnd: "&", ast.BitXor: "^", ast.BitOr: "|", ast.Add: "+", ast.Mult: "*",
             ast.MatMult: "@"}

class StmtMixin:
    def stmts(self, body) -> list:
        out: list = []
        for s in body:
            out.extend(self.stmt(s))
        return out

    def line(self, node) -> int:
        return getattr(node, "lineno", 0) + self.reporter.line_offset

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._stmt_rules = {}       # node class -> this class's stmt_<Node> function (or None), found once

    def stmt(self, node) -> list:
        name = type(node).__name__
        if name in _REFUSED:
            msg, hint = _REFUSED[name]
            self.error(node, msg, hint)
            return []
        try:
            method = self._stmt_rules[node.__class__]
        except KeyError:
            method = self._stmt_rules[node.__class__] = getattr(type(self), "stmt_" + name, None)
        if method is None:
            self.error(node, f"the statement {name} is not supported", "see docs/subset.md")
            return []
        out = method(self, node)
        if out:
            out[0].line = out[0].line or self.line(node)
        return out

    # ------------------------------------------------------------ simple statements

    def stmt_Pass(self, node):
        return []

    def stmt_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return []  # a string statement (docstring-like) does nothing
        self.stmt_value = node.value      # lets calls know their result is discarded
        e, _ = self.expr(node.value)
        return [J.ExprStmt(expr=e)]

    def stmt_Nonlocal(self, node):
        for n in node.names:
            if self.scope.parent is None or self.scope.parent.lookup(n) is None:
                self.error(node, f"no binding for nonlocal '{n}' found", "assign it in the enclosing function first")
        return []

    def stmt_Return(self, node):
        if node.value is not None and self.is_callback and self.ret_region is None and \
                self.scope.function_scope() is getattr(self, "top_scope", None):
            fused = self.fused_return(node.value)
            if fused is not None:
                return [J.Return(expr=fused)]
        if node.value is None:
            e, t = E("null"), T.NONE
        else:
            e, t = self.expr(node.value)
        if self.scope.function_scope() is getattr(self, "top_scope", None):
            region = self.ret_region
            if region is not None:   # inside try/finally: convert for the page after the finally block ran
                label, rv, flag = region
                return [J.ExprStmt(expr=J.assign(rv, self.to_any(e, t))), J.ExprStmt(expr=J.assign(flag, E("true"))),
                        J.Jump(kind="break", label=label)]
            return [J.Return(expr=self.return_value(e, t, node.value))]
        return [J.Return(expr=self.to_any(e, t))]

    # ------------------------------------------------------------ returned literals built as JSON directly

    def fused_return(self, node):
        """``return {...}`` / ``return a, {...}`` of a callback: dict displays with distinct constant str keys (and
        list/tuple displays inside them) are built as the plain JS objects and arrays the page gets, instead of
        Maps that the result conversion then copies. Every value is evaluated first, left to right as Python
        does; then each value of unknown type is converted as the whole result would have been (same order,
        same errors), and values statically str/int/bool (already JSON) are used as they are. None when the
        return value has no such display (the ordinary path)."""
        dash = "n_outputs" in self.options
        if dash:
            n = self.options["n_outputs"]
            if self.options.get("wildcard_outputs") or n == 0:
                return None
            if n is None:            # one output: a dict display is the value (py_dash_return passes objects)
                if not _fusable_dict(node):
                    return None
            elif not (node.__class__ in (ast.Tuple, ast.List) and len(node.elts) == n
                      and not any(e.__class__ is ast.Starred for e in node.elts)
                      and any(_fusable_dict(e) for e in node.elts)):
                # N outputs: only the displays among N returned values (py_dash_return checks the rest; a wrong
                # count is Dash's ValueError before any value is serialized)
                return None
        elif not (_fusable(node) or (node.__class__ in (ast.Tuple, ast.List) and node.elts and
                                      not any(e.__class__ is ast.Starred for e in node.elts))):
            return None
        leaves = []                  # (E, Ty, output) of every value, in evaluation order

        def build(nd, top):
            # top: the returned value itself; for a multi-output Dash callback its items are the outputs, which
            # py_dash_return converts (no_update, counts), so only their dict displays are built here
            if _fusable_dict(nd):
                parts = [(k.value, build(v, False)) for k, v in zip(nd.keys, nd.values)]
                return lambda: E("{" + ", ".join(f"{J.lit_str(k).code}: {f().at(J.ASSIGN)}" for k, f in parts) + "}")
            if nd.__class__ in (ast.Tuple, ast.List) and not any(e.__class__ is ast.Starred for e in nd.elts):
                if dash and top:
                    outs = [build(x, False) if _fusable_dict(x) else leaf(x, True) for x in nd.elts]
                    return lambda: J.array([f() for f in outs])
                items = [build(x, False) for x in nd.elts]
                return lambda: J.array([f() for f in items])
            return leaf(nd, False)

        def leaf(nd, output):
            e, t = self.expr(nd)
            leaves.append([e, t])
            i = len(leaves) - 1
            return lambda: self.fused_leaf(leaves[i][0], leaves[i][1], dash, output)

        make = build(node, True)
        pre = []
        if not all(J.is_pure(lf[0]) for lf in leaves):
            # a value with effects: every earlier value is read before it runs (a temporary), so that
            # converting (which may raise) happens after all values were evaluated
            for lf in leaves:
                if not _is_const(lf[0]):
                    tmp = self.temp()
                    pre.append(J.assign(tmp, lf[0]))
                    lf[0] = E(tmp)
        out = make()
        if dash:
            out = self.return_value(out, T.ANY, None)
        return J.comma(*pre, out) if pre else out

    def fused_leaf(self, e: E, t: T.Ty, dash: bool, output: bool) -> E:
        if output:                   # an output of a multi-output callback: py_dash_return converts it
            return self.to_any(e, t)
        if t.kind in ("str", "int", "bool") or e.code == "null":
            return e
        if t.kind == "float" and not dash:
            return e                 # unboxed: the number py_to_js_ret gives for a float
        return J.call("py_dash_to_js" if dash else "py_to_js_ret", self.to_any(e, t))

    def return_value(self, e: E, t: T.Ty, node=None) -> E:
        """What the top-level function returns: plain JS for Dash (or a Promise of it)."""
        if not self.is_callback:
            return self.to_any(e, t)
        if isinstance(node, ast.Tuple) and not any(isinstance(x, ast.Starred) for x in node.elts) \
                and e.code.startswith("py_tuple([") and e.code.endswith("])"):
            # `return a, b`: the page gets a plain array either way, so skip marking the tuple
            e = E(e.code[len("py_tuple("):-1])
        if "n_outputs" in self.options:   # a Dash callback: None = single output, N = list of N, 0 = none
            n = self.options["n_outputs"]
            wild = self.options.get("wildcard_outputs")
            if wild:   # ALL/ALLSMALLER Outputs: lists checked against the outputs_list taken at entry
                flags = J.array([E("true" if w else "false") for w in wild])
                return J.call("py_dash_return", e, E("null" if n is None else str(n)), flags, E("$outs"))
            return J.call("py_dash_return", e, E("null" if n is None else str(n)))
        if t.kind in ("int", "float", "str", "bool", "none"):
            return e
        return J.call("py_to_js_ret", e)

    def stmt_Assert(self, node):
        test, tt = self.expr(node.test)
        args = []
        if node.msg is not None:
            m, mt = self.expr(node.msg)
            args.append(self.to_any(m, mt))
        err = J.call("py_err", J.lit_str("AssertionError"), *args)
        return [J.If(test=J.unop("!", self.truthy(test, tt)), body=[J.Throw(expr=err)])]

    def stmt_Raise(self, node):
        if node.exc is None:
            if not self.handler_stack:
                self.error(node, "bare 'raise' outside an except block", "raise a specific exception")
                return []
            return [J.Throw(expr=E(self.handler_stack[-1]))]
        return [J.Throw(expr=self.exception_value(node.exc))]

    def exception_value(self, exc) -> E:
        target, args = exc, []
        if isinstance(exc, ast.Call):
            target, args = exc.func, exc.args
        e, t = self.expr(target)
        if t.kind == "special" and t.extra == "dash:PreventUpdate":
            # PreventUpdate(msg): its message kept (lower/dashlow.py prevent_update)
            return self.expr(exc)[0] if isinstance(exc, ast.Call) else J.call("py_dash_prevent_update")
        if isinstance(exc, ast.Call) and exc.keywords:
            self.error(exc, "keyword arguments to an exception", "pass positional arguments only")
        if t.kind == "special" and str(t.extra).startswith("exc:"):
            vals = [self.to_any(*self.expr(a)) for a in args]
            return J.call("py_err", J.lit_str(t.extra[4:]), *vals)
        if t.kind == "exc" and not args:
            return e
        self.error(exc, "only built-in exception classes (ValueError, KeyError, ...) and PreventUpdate can be raised",
                   "raise ValueError('...') or another built-in exception")
        return E("undefined")

    # ------------------------------------------------------------ assignment

    def stmt_Assign(self, node):
        value, vt = self.expr(node.value)
        if len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, (ast.Subscript, ast.Attribute)) and not _simple(node.value) and \
                    not (_simple(t.value) and (isinstance(t, ast.Attribute) or _simple(t.slice))):
                # Python evaluates the value before the target's container and index
                tmp = self.temp()
                return [J.ExprStmt(expr=J.assign(tmp, value))] + self.assign_to(t, E(tmp), vt, None)
            return self.assign_to(t, value, vt, node.value)
        tmp = self.temp()
        out = [J.ExprStmt(expr=J.assign(tmp, self.to_any(value, vt) if vt.kind == "float" else value))]
        for t in node.targets:
            out.extend(self.assign_to(t, E(tmp), vt if vt.kind != "float" else T.ANY, None))
        return out

    def stmt_AnnAssign(self, node):
        if node.value is None:
            return []
        value, vt = self.expr(node.value)
        return self.assign_to(node.target, value, vt, node.value)

    def assign_name(self, name: str, value: E, vt: T.Ty) -> J.Stmt:
        scope = self.scope.lookup(name)
        if scope is None:
            scope = self.scope
        self.record_type(scope, name, vt)
        final = self.var_type(scope, name)
        v = value if (final.kind == "float" or vt.kind != "float") else self.to_any(value, vt)
        if vt.kind == "special" and final == vt and ("/*!nv" in value.code or value.code.startswith("$bv_")):
            v = E("undefined")   # an alias (h = abs): calls through h lower statically; reads re-mark it
        return J.ExprStmt(expr=J.assign(js_name(name), v))

    def assign_to(self, target, value: E, vt: T.Ty, value_node) -> list:
        if isinstance(target, ast.Name):
            return [self.assign_name(target.id, value, vt)]
        if isinstance(target, ast.Subscript):
            base, bt = self.expr(target.value)
            if bt.kind == "special":
                return self.special_setitem(target, bt.extra, base, value, vt)
            if isinstance(target.slice, ast.Slice):
                s = target.slice
                lo, hi, st = (self.slice_part(p) for p in (s.lower, s.upper, s.step))
                return [J.ExprStmt(expr=J.call("py_setslice", base, lo, hi, st, value))]
            idx, it = self.expr(target.slice)
            if bt.kind == "js":
                return [J.ExprStmt(expr=J.assign(J.index(base, idx).code, self.js_arg(value, vt)))]
            return [J.ExprStmt(expr=J.call("py_setitem", base, self.to_any(idx, it), self.to_any(value, vt)))]
        if isinstance(target, ast.Attribute):
            base, bt = self.expr(target.value)
            if bt.kind == "js":
                return [J.ExprStmt(expr=J.assign(J.member(base, target.attr).code, self.js_arg(value, vt)))]
            if bt.kind == "special":
                return self.special_setattr(target, bt.extra, base, value, vt)
            self.error(target, "assigning to an attribute of a Python value is not supported",
                       "use a dict and d['key'] = value")
            return []
        if isinstance(target, (ast.Tuple, ast.List)):
            return self.unpack_to(target, value, vt, value_node)
        self.error(target, f"cannot assign to {type(target).__name__}", "assign to a name, item or tuple of names")
        return []

    def unpack_to(self, target, value: E, vt: T.Ty, value_node) -> list:
        elts = target.elts
        star = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
        out: list = []
        # a, b = b, a: evaluate the right side fully first, without building a tuple
        if not star and isinstance(value_node, (ast.Tuple, ast.List)) and \
                len(value_node.elts) == len(elts) and not any(isinstance(e, ast.Starred) for e in value_node.elts):
            temps = []
            for v in value_node.elts:
                e, t = self.expr(v)
                tmp = self.temp()
                out.append(J.ExprStmt(expr=J.assign(tmp, e)))
                temps.append((tmp, t))
            for tgt, (tmp, t) in zip(elts, temps):
                out.extend(self.assign_to(tgt, E(tmp), t, None))
            return out
        tmp = self.temp()
        et = (vt.elem or T.ANY) if vt.kind in ("list", "tuple") else T.ANY
        if star:
            if len(star) > 1:
                self.error(target, "multiple starred expressions in assignment",
                           "use one starred target: first, *rest = items")
                return []
            i = star[0]
            out.append(J.ExprStmt(expr=J.assign(tmp, J.call("py_unpack_star", value, E(str(i)),
                                                             E(str(len(elts) - i - 1))))))
            for k, tgt in enumerate(elts):
                if k == i:
                    out.extend(self.assign_to(tgt.value, J.index(E(tmp), E(str(k))), T.LIST(et), None))
                else:
                    out.extend(self.assign_to(tgt, J.index(E(tmp), E(str(k))), et, None))
            return out
        # py_unpack returns a list/tuple of the right length as it is: that case is tested inline (no call)
        out.append(J.ExprStmt(expr=J.assign(tmp, value)))
        out.append(J.If(test=E(f"!Array.isArray({tmp}) || {tmp}.length !== {len(elts)}", J.OR),
                        body=[J.ExprStmt(expr=J.assign(tmp, J.call("py_unpack", E(tmp), E(str(len(elts))))))]))
        for k, tgt in enumerate(elts):
            out.extend(self.assign_to(tgt, J.index(E(tmp), E(str(k))), et, None))
        return out

    def aug_try(self, body, sym):
        """CPython names the augmented operator in the TypeError of x -= y ('-=', not '-'): the operation runs in a
        try that renames it (py_aug_err; only the operation's own 'unsupported operand' message)."""
        return J.Try(body=body, catch_var="$e", handler=[J.Throw(expr=J.call("py_aug_err", E("$e"), J.lit_str(sym)))])

    def value_first(self, val: E, pre: list) -> E:
        """The right operand of an augmented operation computed first, by a statement added to ``pre`` (unless it
        is pure): outside aug_try's try, its own TypeError keeps its message."""
        if J.is_pure(val):
            return val
        vtmp = self.temp()
        pre.append(J.ExprStmt(expr=J.assign(vtmp, val)))
        return E(vtmp)

    def target_first(self, cur: E, val: E, pre: list) -> E:
        """The target's current value (d[k], a local that may be unbound) read before value_first computes the
        right operand, as CPython reads it: d[missing] -= f() raises KeyError without calling f()."""
        if J.is_pure(val) or J.is_pure(cur):
            return cur
        ctmp = self.temp()
        pre.append(J.ExprStmt(expr=J.assign(ctmp, cur)))
        return E(ctmp)

    def stmt_AugAssign(self, node):
        op = type(node.op)
        tgt = node.target
        if isinstance(tgt, ast.Name):
            load = ast.copy_location(ast.Name(tgt.id, ast.Load()), tgt)
            hit = self.unbound_reads.get(id(tgt))
            if hit is not None and hit[0] is tgt:
                self.unbound_reads[id(load)] = (load, hit[1])
            cur, ct = self.expr(load)
            val, vt = self.expr(node.value)
            if ct.kind == "special" and ct.extra == "patch":
                return self.special_augassign(node, "patch", cur, tgt, op, val, vt)
            pre: list = []
            sym = None
            inplace = _INPLACE.get(op)
            if ct.extra == "counter" and op in _INPLACE:
                # Counter.__iadd__ / __isub__ / __ior__ / __iand__ change the Counter in place (aliases see it)
                res, rt = J.call(inplace, cur, self.to_any(val, vt)), ct
            elif op in (ast.Sub, ast.BitAnd, ast.BitXor) and (ct.kind in ("set", "dict") or (
                    ct.kind in ("any", "never") and vt.kind not in _NUMERIC)):
                # a set (or a Counter) changes in place: set.__isub__ / __iand__ / __ixor__
                res, rt = J.call(inplace, cur, self.to_any(val, vt)), (ct if ct.kind != "never" else T.ANY)
            elif op is ast.Add and (ct.kind == "list" or ct.kind in ("any", "never")):
                # list += iterable extends in place (aliases see it); also with a float on the right, for the
                # message of an unknown list ('float' object is not iterable) or Counter (no attribute 'items')
                res, rt = J.call("py_iadd", cur, self.to_any(val, vt)), (ct if ct.kind == "list" else T.ANY)
            elif op is ast.Mult and ct.kind in ("list", "any", "never") and vt.kind in ("int", "bool", "any", "never"):
                res, rt = J.call("py_imul_inplace", cur, val), (ct if ct.kind == "list" else T.ANY)
            elif op is ast.BitOr and (ct.kind in ("dict", "set") or (ct.kind in ("any", "never") and vt.kind not in ("int", "bool"))):
                res, rt = J.call("py_ior", cur, self.to_any(val, vt)), (ct if ct.kind in ("dict", "set") else T.ANY)
            else:
                if not (ct.kind in _NUMERIC and vt.kind in _NUMERIC) and \
                        not (op is ast.Add and ct.kind == "str" and vt.kind == "str"):   # (str += str: JS +, no error)
                    sym = _AUG_SYMS.get(op)
                if sym:
                    cur = self.target_first(cur, val, pre)
                    val = self.value_first(val, pre)
                res, rt = self.binop(node, op, cur, ct, val, vt)
            if ct.kind == "never":
                rt = T.NEVER          # nothing known yet (first fixpoint pass)
            st = self.assign_name(tgt.id, res, rt)
            return pre + [self.aug_try([st], sym) if sym else st]
        if isinstance(tgt, ast.Subscript):
            base, bt = self.expr(tgt.value)
            if bt.kind == "special":
                val, vt = self.expr(node.value)
                return self.special_augassign(node, bt.extra, base, tgt, op, val, vt)
            if isinstance(tgt.slice, ast.Slice):
                self.error(tgt, "augmented assignment to a slice is not supported", "assign the slice explicitly")
                return []
            ob, key = self.temp(), self.temp()
            idx, it = self.expr(tgt.slice)
            val, vt = self.expr(node.value)
            cur = J.call("py_getitem", E(ob), E(key))
            elem = (bt.elem or T.ANY) if bt.kind in ("list", "dict") else T.ANY
            if op in (ast.Add, ast.Mult) or (op in _INPLACE and elem.kind not in _NUMERIC):
                # lists, dicts, sets and Counters change in place: aliases of the item see it
                res, rt = J.call("py_imul_inplace" if op is ast.Mult else _INPLACE[op], cur, self.to_any(val, vt)), T.ANY
                return [J.ExprStmt(expr=J.assign(ob, base)), J.ExprStmt(expr=J.assign(key, self.to_any(idx, it))),
                        J.ExprStmt(expr=J.call("py_setitem", E(ob), E(key), res))]
            pre = [J.ExprStmt(expr=J.assign(ob, base)), J.ExprStmt(expr=J.assign(key, self.to_any(idx, it)))]
            sym = _AUG_SYMS.get(op)
            if sym:
                cur = self.target_first(cur, val, pre)
                val = self.value_first(val, pre)
            res, rt = self.binop(node, op, cur, elem, val, vt)
            st = J.ExprStmt(expr=J.call("py_setitem", E(ob), E(key), self.to_any(res, rt)))
            return pre + [self.aug_try([st], sym) if sym else st]
        if isinstance(tgt, ast.Attribute):
            base, bt = self.expr(tgt.value)
            val, vt = self.expr(node.value)
            if bt.kind == "special":
                return self.special_augassign(node, bt.extra, base, tgt, op, val, vt)
            if bt.kind == "js":
                sym = {ast.Add: "+=", ast.Sub: "-=", ast.Mult: "*="}.get(op)
                if sym:
                    return [J.ExprStmt(expr=E(f"{J.member(base, tgt.attr).code} {sym} {val.at(J.ASSIGN)}", J.ASSIGN))]
        self.error(tgt, "unsupported augmented assignment target", "write x = x + y")
        return []

    def stmt_Delete(self, node):
        out = []
        for t in node.targets:
            if isinstance(t, ast.Subscript):
                base, bt = self.expr(t.value)
                if bt.kind == "special":
                    out.extend(self.special_delitem(t, bt.extra, base))
                    continue
                if isinstance(t.slice, ast.Slice):
                    s = t.slice
                    lo, hi, st = (self.slice_part(p) for p in (s.lower, s.upper, s.step))
                    out.append(J.ExprStmt(expr=J.call("py_delslice", base, lo, hi, st)))
                else:
                    idx, it = self.expr(t.slice)
                    out.append(J.ExprStmt(expr=J.call("py_delitem", base, self.to_any(idx, it))))
            elif isinstance(t, ast.Attribute):
                self.error(t, "'del' of an attribute is not supported", "use a dict and del d['key']")
            elif not isinstance(t, ast.Name):   # `del name` is refused by check.py's del-name rule
                self.error(t, "'del' of this target is not supported", "delete items one at a time: del d[k]")
        return out

    # ------------------------------------------------------------ control flow

    def stmt_If(self, node):
        test, tt = self.expr(node.test)
        return [J.If(test=self.truthy(test, tt), body=self.stmts(node.body), orelse=self.stmts(node.orelse))]

    def _loop(self, node, make):
        flag = self.temp() if node.orelse else None
        self.loops.append(flag)
        rec = {"label": "", "region": self.ret_region}
        self.loop_records.append(rec)
        try:
            loop_stmts = make()
        finally:
            self.loops.pop()
            self.loop_records.pop()
        if rec["label"]:
            loop_stmts[-1].label = rec["label"]
        if not flag:
            return loop_stmts
        return [J.ExprStmt(expr=J.assign(flag, E("false")))] + loop_stmts + \
            [J.If(test=J.unop("!", E(flag)), body=self.stmts(node.orelse))]

    def stmt_While(self, node):
        def make():
            test, tt = self.expr(node.test)
            return [J.While(test=self.truthy(test, tt), body=self.stmts(node.body))]
        return self._loop(node, make)

    def stmt_Break(self, node):
        if not self.loops:
            self.error(node, "'break' outside a loop", "use return to leave the function")
            return []
        flag = self.loops[-1]
        if flag:
            return [J.ExprStmt(expr=J.assign(flag, E("true"))), J.Jump(kind="break", label=self.loop_label())]
        return [J.Jump(kind="break", label=self.loop_label())]

    def stmt_Continue(self, node):
        if not self.loops:
            self.error(node, "'continue' not properly in loop", "continue only works inside for/while loops")
            return []
        return [J.Jump(kind="continue", label=self.loop_label())]

    def loop_label(self) -> str:
        """A label for the innermost loop when a jump to it crosses a labelled try/finally block (QuickJS
        takes an unlabelled break there as leaving the block), else "" (a plain break/continue)."""
        rec = self.loop_records[-1]
        if self.ret_region is rec["region"]:
            return ""
        if not rec["label"]:
            rec["label"] = f"$loop{self.tmp_counter + 1}"
            self.tmp_counter += 1
        return rec["label"]

    def stmt_For(self, node):
        if not _may_change_values(node.body):
            _mark_plain_views(node.iter)

        def make():
            body: list = []
            header = self.lazy_loop(node.target, node.iter, body)
            it_t = T.ANY        # (a lazy loop: guarded for the dicts a zip() of it reads by index)
            if header is None:
                it_e, it_t = self.expr(node.iter)
                if it_t.kind == "special" and str(it_t.extra).startswith("component:"):
                    self.error(node.iter, f"iterating over a Dash component ({it_t.extra[10:]}) is not supported in a "
                                          "clientside callback (CPython iterates over the ids in its tree)",
                               "loop over the list of children you build the component from")
                header = self.for_loop_header(node.target, node.iter, it_e, it_t, body, self.line(node))
            body.extend(self.stmts(node.body))
            self.guard_loop(header, self.dict_guards(node, it_t))
            return header
        return self._loop(node, make)

    def guard_loop(self, header: list, guards: list) -> None:
        """CPython raises RuntimeError when an iterated dict changes size during the loop: check the
        size of each guarded dict before every step of the loop ``header[-1]``."""
        for guard in guards:
            loop = header[-1]
            src, n = self.temp(), self.temp()   # the object iterated, even if the name is rebound
            header[len(header) - 1:len(header) - 1] = [J.ExprStmt(expr=J.assign(src, guard)),
                                                        J.ExprStmt(expr=J.assign(n, J.call("py_dsize", E(src))))]
            loop.test = f"py_iter_check({src}, {n}) && {loop.test}"

    def reversed_arg(self, iter_node):
        """The lowered argument of ``reversed(x)`` (a sequence, not a dict), else None."""
        if not (self.builtin_call(iter_node, "reversed")
                and len(iter_node.args) == 1 and not iter_node.keywords and not isinstance(iter_node.args[0], ast.Starred)):
            return None
        e, t = self.expr(iter_node.args[0])
        return (e, t) if t.kind in ("list", "tuple", "str", "any") else None

    def dict_guards(self, node, it_t: T.Ty) -> list:
        """The dicts a for loop iterates (``for k in d``, ``d.items()``, also through ``enumerate``, ``zip``
        and ``reversed``) when the body may change a dict's size. Only names and items of names are guarded
        (evaluating one again has no effect)."""
        mutates = getattr(node, "_py2cs_may_mutate", None)     # the fixpoint lowers a loop several times
        if mutates is None:
            mutates = node._py2cs_may_mutate = _may_mutate(node.body)
        return self.iter_dict_guards(node.iter, it_t) if mutates else []

    def iter_dict_guards(self, iter_node, it_t: T.Ty) -> list:
        """The plain dict names iterated by ``iter_node`` (directly, through a view, ``enumerate``, ``zip``
        or ``reversed``)."""
        out = []

        def visit(it, known_t):
            if self.builtin_call(it, "enumerate", "zip", "reversed") and not it.keywords:
                for a in (it.args if it.func.id == "zip" else it.args[:1]):
                    visit(a, None)
                return
            if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and not it.args and not it.keywords \
                    and it.func.attr in ("items", "keys", "values"):
                it, known_t = it.func.value, None
            if not _pure_path(it):
                return
            e, t = self.expr(it)
            t = known_t or t
            if t.kind in ("dict", "any", "never"):
                out.append(e)

        visit(iter_node, it_t)
        return out

    def for_loop_header(self, target, iter_node, it_e: E, it_t: T.Ty, body: list, line: int) -> list:
        """Statements that loop over ``iter_node``; each iteration binds ``target`` then runs ``body``."""
        k = self.temp()
        # for i in range(...): a counter loop, no array
        rng = self.range_args(iter_node)
        if rng is not None and isinstance(target, ast.Name):
            start, stop, step, positive = rng
            n = self.temp()
            # Python evaluates start before stop, once
            setup = [J.ExprStmt(expr=J.assign(k, start)), J.ExprStmt(expr=J.assign(n, stop))]
            cmp = "<" if positive else ">"
            loop = J.For(init="", test=f"{k} {cmp} {n}", update=f"{k} += {step.code}" if step.code != "1" else f"{k}++", body=body)
            body.insert(0, self.assign_name(target.id, E(k), T.INT))
            return setup + [loop]
        # (loops over a generator, map() or filter(), or enumerate()/zip() of one: lazy_loop, which the callers
        # try first)
        # for i, x in enumerate(seq[, start])
        enum = self.enumerate_args(iter_node, target)
        if enum is not None:
            seq_e, seq_t, start, backwards = enum
            arr = self.temp()
            if backwards:      # enumerate(reversed(xs)): xs's items from the end, checked against its current length
                setup = [J.ExprStmt(expr=J.assign(arr, seq_e if seq_t.kind == "list" else J.call("py_reversible", seq_e)))]
            else:
                setup = [J.ExprStmt(expr=J.assign(arr, seq_e if seq_t.kind == "list" else J.call("py_iter", seq_e)))]
            if start is not None and not start.code.lstrip("-").isdigit():
                st = self.temp()       # evaluated once, after the sequence
                setup.append(J.ExprStmt(expr=J.assign(st, start)))
                start = E(st)
            if backwards:
                j = self.temp()
                setup.append(J.ExprStmt(expr=J.assign(j, E(f"{arr}.length - 1"))))
                loop = J.For(init=f"{k} = 0", test=f"{j} >= 0 && {j} < {arr}.length", update=f"{k}++, {j}--", body=body)
            else:
                j = k
                loop = J.For(init=f"{k} = 0", test=f"{k} < {arr}.length", update=f"{k}++", body=body)
            et = T.item_type(seq_t)
            idx_val = E(k) if start is None else J.binop(E(k), "+", start, J.ADD)
            body[0:0] = [self.assign_name(target.elts[0].id, idx_val, T.INT)] + \
                self.assign_to(target.elts[1], J.index(E(arr), E(j)), et, None)
            return setup + [loop]
        # for x in reversed(xs): lazy like CPython's list_reverseiterator (index from the end, checked
        # against the current length at each step)
        rev = self.reversed_arg(iter_node)
        if rev is not None:
            e, t = rev
            arr = self.temp()
            setup = [J.ExprStmt(expr=J.assign(arr, e if t.kind == "list" else J.call("py_reversible", e))),
                     J.ExprStmt(expr=J.assign(k, E(f"{arr}.length - 1")))]
            loop = J.For(init="", test=f"{k} >= 0 && {k} < {arr}.length", update=f"{k}--", body=body)
            body[0:0] = self.assign_to(target, J.index(E(arr), E(k)), T.item_type(t), None)
            return setup + [loop]
        # for a, b in zip(xs, ys): lazy like CPython's zip (a list shrunk in the loop ends it early)
        zipped = self.zip_args(iter_node, target)
        if zipped is not None:
            setup, arrs, test = self.indexed_sources(zipped, k)
            loop = J.For(init=f"{k} = 0", test=test, update=f"{k}++", body=body)
            binds: list = []
            for tgt, (a, et) in zip(target.elts, arrs):
                binds.extend(self.assign_to(tgt, J.index(E(a), E(k)), et, None))
            body[0:0] = binds
            return setup + [loop]
        # for x in map(f, xs) / filter(f, xs): f called once per iteration, between the bodies, as CPython's
        # lazy iterators call it (an exception part way comes after the earlier bodies ran)
        mapped = self.map_args(iter_node)
        if mapped is not None:
            name, (fe, ft), seqs = mapped
            f = self.temp()
            setup, arrs, test = self.indexed_sources(seqs, k)
            setup.insert(0, J.ExprStmt(expr=J.assign(f, self.lazy_fn(name, fe, ft, len(seqs)))))
            loop = J.For(init=f"{k} = 0", test=test, update=f"{k}++", body=body)
            # a StopIteration raised by f ends the loop as the end of the map (CPython's for loop takes it so;
            # the else clause runs): k past the end, then continue
            end = [J.ExprStmt(expr=J.assign(k, E("Infinity"))), J.Jump(kind="continue", label="")]
            if name == "map":
                call = E(f"{f}({', '.join(f'{a}[{k}]' for a, _ in arrs)})", J.POSTFIX)
                val = self.temp()
                guard = J.Try(body=[J.ExprStmt(expr=J.assign(val, call))], catch_var="$e",
                              handler=[J.If(test=J.call("py_is_stop", E("$e")), body=end), J.Throw(expr=E("$e"))])
                body[0:0] = [guard] + self.assign_to(target, E(val), T.ANY, None)
            else:
                item = self.temp()
                a, et = arrs[0]
                if ft.kind == "none":
                    pre = [J.If(test=J.unop("!", J.call("py_bool", E(item))), body=[J.Jump(kind="continue", label="")])]
                else:
                    keep = self.temp()
                    pre = [J.ExprStmt(expr=J.assign(keep, J.call("py_it_keep", E(f), E(item)))),
                           J.If(test=E(f"typeof {keep} === 'object'", J.EQ), body=end),   # (a StopIteration)
                           J.If(test=J.unop("!", E(keep)), body=[J.Jump(kind="continue", label="")])]
                body[0:0] = [J.ExprStmt(expr=J.assign(item, E(f"{a}[{k}]")))] + pre + \
                    self.assign_to(target, E(item), et, None)
            return setup + [loop]
        arr = self.temp()
        if it_t.kind == "list":
            src, et = it_e, it_t.elem or T.ANY
        else:
            src = J.call("py_iter", it_e)
            et = T.NEVER if it_t.kind == "never" else T.INT if self.builtin_call(iter_node, "range") \
                else T.item_type(it_t)                  # (a range object's items are ints)
        setup = [J.ExprStmt(expr=J.assign(arr, src))]
        loop = J.For(init=f"{k} = 0", test=f"{k} < {arr}.length", update=f"{k}++", body=body)
        body[0:0] = self.assign_to(target, J.index(E(arr), E(k)), et, None)
        return setup + [loop]

    def indexed_sources(self, seqs: list, k: str):
        """Iterables a loop reads by the index ``k`` (a list as it is, live; anything else through py_iter):
        the statements putting them in temporaries, their (temporary, item type) pairs, and the loop test
        (each has an item at k)."""
        setup, arrs = [], []
        for e, t in seqs:
            a = self.temp()
            setup.append(J.ExprStmt(expr=J.assign(a, e if t.kind == "list" else J.call("py_iter", e))))
            arrs.append((a, T.item_type(t)))
        return setup, arrs, " && ".join(f"{k} < {a}.length" for a, _ in arrs)

    def is_lazy_node(self, node) -> bool:
        """A generator expression, map() or filter() call (or zip(..., strict=True/False)) that a loop can pull
        one item at a time."""
        if isinstance(node, ast.GeneratorExp) or self.it_lazy(node):
            return True
        if strict_zip(node) is not None and self.builtin_call(node, "zip"):
            return True
        name = self.builtin_call(node, "map", "filter")
        return name is not None and not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args) \
            and (len(node.args) >= 2 if name == "map" else len(node.args) == 2)

    def lazy_loop(self, target, iter_node, body: list):
        """Loops over CPython iterators whose items are computed on demand, interleaved with the loop body:
        a generator expression, and enumerate() / zip() of one (or of map() / filter()). The items come from
        JS iterator objects (a generator, py_it_map, py_it_filter); lists in a zip() are read by index."""
        nested = not isinstance(iter_node, ast.GeneratorExp) and self.is_lazy_node(iter_node) and \
            (self.it_lazy(iter_node)                   # itertools, a groupby() group (lower/itlow.py)
             or any(self.is_lazy_node(a) for a in iter_node.args[1:])      # map(f, gen): both pulled per item
             or strict_zip(iter_node) is not None)     # zip(strict=True) raises when the loop reaches the end
        if isinstance(iter_node, ast.GeneratorExp) or nested:
            s, g = self.temp(), self.temp()
            src = self.generator_object(iter_node) if not nested else self.lazy_source(iter_node)
            setup = [J.ExprStmt(expr=J.assign(g, src))]
            item = E(f"{s}.value", J.POSTFIX)
            body[0:0] = self.it_bind_group(target, iter_node, item) or self.assign_to(target, item, T.ANY, None)
            return setup + [J.For(init="", test=f"!({s} = {g}.next()).done", update="", body=body)]
        if not isinstance(iter_node, ast.Call) or any(isinstance(a, ast.Starred) for a in iter_node.args):
            return None
        name = self.builtin_call(iter_node, "enumerate", "zip")
        kw = [x.arg for x in iter_node.keywords]
        if name == "enumerate" and ((len(iter_node.args) == 1 and kw in ([], ["start"])) or
                                    (len(iter_node.args) == 2 and not kw)) and self.is_lazy_node(iter_node.args[0]):
            start_node = iter_node.args[1] if len(iter_node.args) == 2 else iter_node.keywords[0].value if kw else None
            st = self.expr(start_node) if start_node is not None else None
            if st is not None and st[1].kind != "int":
                return None                    # (the eager enumerate() checks the start's type)
            k, s, g = self.temp(), self.temp(), self.temp()
            setup = [J.ExprStmt(expr=J.assign(g, self.lazy_source(iter_node.args[0])))]
            idx = E(k)
            if st is not None:                 # evaluated once, after the iterable
                start = self.temp()
                setup.append(J.ExprStmt(expr=J.assign(start, st[0])))
                idx = J.call("py_iplus", E(start), E(k))
            items = [(idx, T.INT), (E(f"{s}.value", J.POSTFIX), T.ANY)]
            tests = [f"!({s} = {g}.next()).done"]
        elif name == "zip" and iter_node.args and not kw and any(self.is_lazy_node(a) for a in iter_node.args):
            k = self.temp()
            setup, tests, items = [], [], []
            for a in iter_node.args:
                if self.is_lazy_node(a):
                    v, sv = self.temp(), self.temp()
                    setup.append(J.ExprStmt(expr=J.assign(v, self.lazy_source(a))))
                    tests.append(f"!({sv} = {v}.next()).done")
                    items.append((E(f"{sv}.value", J.POSTFIX), T.ANY))
                else:       # a list read by index, as zip loops over lists are: read when zip() reaches it, before
                    # the next argument is pulled (a function that argument calls may change the list or dict)
                    pre, ((v, et),), test = self.indexed_sources([self.expr(a)], k)
                    setup.extend(pre)
                    ev = self.temp()
                    tests.append(f"{test} && (({ev} = {v}[{k}]), true)")
                    items.append((E(ev), et))
        else:
            # enumerate() / zip() of an enumerate() or zip() of a generator, map() or filter(): one JS iterator
            src = self.first_source(iter_node)
            if src is None:
                return None
            s, g = self.temp(), self.temp()
            body[0:0] = self.assign_to(target, E(f"{s}.value", J.POSTFIX), T.ANY, None)
            return [J.ExprStmt(expr=J.assign(g, src)), J.For(init="", test=f"!({s} = {g}.next()).done", update="",
                                                             body=body)]
        if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == len(items) and \
                not any(isinstance(e, ast.Starred) for e in target.elts):
            binds: list = []
            for tgt, (e, t) in zip(target.elts, items):
                binds.extend(self.assign_to(tgt, e, t, None))
        else:
            binds = self.assign_to(target, J.call("py_tuple", J.array([self.to_any(e, t) for e, t in items])),
                                   T.TUPLE(), None)
        body[0:0] = binds
        loop = J.For(init=f"{k} = 0", test=" && ".join(tests), update=f"{k}++", body=body)
        return setup + [loop]

    # ------------------------------------------------------------ exceptions

    def stmt_Try(self, node):
        if (node.finalbody or node.handlers) and self.is_callback and self.ret_region is None and \
                self.scope.function_scope() is getattr(self, "top_scope", None) and _has_return(node):
            # `return x` in the try must hand the page x as it is AFTER the finally block (which may mutate
            # it), and converting x for the page must not raise inside the try (CPython's server serialises the
            # result after the function returned: `except TypeError` never sees that error): store x, break out
            # of a labelled block (running the finally), then convert and return
            label, rv, flag = f"$fin{self.tmp_counter + 1}", self.temp(), self.temp()
            self.ret_region = (label, rv, flag)
            try:
                inner = self.try_statement(node)
            finally:
                self.ret_region = None
            return [J.ExprStmt(expr=J.assign(flag, E("false"))), J.Block(label=label, body=inner),
                    J.If(test=E(flag), body=[J.Return(expr=self.return_value(E(rv), T.ANY))])]
        return self.try_statement(node)

    def try_statement(self, node):
        out: list = []
        ok = self.temp() if node.orelse else None
        body = self.stmts(node.body)
        if ok:
            body.append(J.ExprStmt(expr=J.assign(ok, E("true"))))
        inner: list
        if node.handlers:
            ev = self.temp()
            chain: list = []
            self.handler_stack.append(ev)
            try:
                catch_all = False
                branches = []
                for h in node.handlers:
                    names = self.handler_names(h)
                    hbody: list = []
                    if h.name:
                        scope = self.scope.lookup(h.name) or self.scope
                        self.record_type(scope, h.name, T.EXC)
                        hbody.append(J.ExprStmt(expr=J.assign(js_name(h.name), E(ev))))
                    if h.name and (id(scope.node), h.name) in self.unbound_init:
                        # Python unbinds `e` when the handler ends; a later read must raise
                        hbody.append(J.Try(body=self.stmts(h.body),
                                           final=[J.ExprStmt(expr=J.assign(js_name(h.name), E("py_UNBOUND")))]))
                    else:
                        hbody.extend(self.stmts(h.body))
                    if names is None:
                        catch_all = True
                        branches.append((None, hbody))
                        break
                    test = J.call("py_exc_match", E(ev), J.array([J.lit_str(n) for n in names]))
                    branches.append((test, hbody))
            finally:
                self.handler_stack.pop()
            # build if / else if / else throw
            tail: list = [] if catch_all else [J.Throw(expr=E(ev))]
            for test, hbody in reversed(branches):
                if test is None:
                    tail = hbody
                else:
                    tail = [J.If(test=test, body=hbody, orelse=tail)]
            chain = tail
            inner = [J.Try(body=body, catch_var=ev, handler=chain)]
        else:
            inner = body
        if ok:
            out.append(J.ExprStmt(expr=J.assign(ok, E("false"))))
            inner = inner + [J.If(test=E(ok), body=self.stmts(node.orelse))]
        if node.finalbody:
            out.append(J.Try(body=inner, final=self.stmts(node.finalbody)))
        else:
            out.extend(inner)
        return out

    def handler_names(self, h) -> list[str] | None:
        if h.type is None:
            return None
        nodes = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        names = []
        for n in nodes:
            self._in_handler = True
            try:
                e, t = self.expr(n)
            finally:
                self._in_handler = False
            if t.kind == "special" and str(t.extra).startswith("exc:"):
                names.append(t.extra[4:])
            elif t.kind == "special" and t.extra == "dash:PreventUpdate":
                names.append("PreventUpdate")
            else:
                self.error(n, "only built-in exception classes can be caught",
                           "catch ValueError, KeyError, TypeError, Exception, ...")
        if "BaseException" in names:
            return None
        return names

    # ------------------------------------------------------------ nested functions

    def stmt_FunctionDef(self, node):
        # decorators, **kwargs and yield in nested functions are refused by check.py's rules
        decl = self.function_decl(node, js_name(node.name), self.scope, is_top=False)
        scope = self.scope.lookup(node.name) or self.scope
        self.record_type(scope, node.name, T.Ty("func", extra=node))
        out = list(getattr(decl, "default_decls", []))
        # a def binds its name when it runs, as in Python (not hoisted)
        decl.name = js_name(node.name)
        decl.assign = True
        out.append(decl)
        if self.used_as_value(node.name):     # called through a value somewhere: it carries its signature
            out.append(J.ExprStmt(expr=self.fn_meta(E(decl.name), node.args, node._py2cs_qualname)))
        return out

    def used_as_value(self, name: str) -> bool:
        """Whether the function being lowered reads ``name`` anywhere other than as the callee of a call
        (stored, passed, returned: it may be called through the value). By name, over all nested scopes."""
        uses = self._name_uses
        if uses is None:
            callees, values = set(), set()
            for n in walk_function(self.fs.node):      # breadth-first: a call comes before its callee name
                c = n.__class__
                if c is ast.Call and n.func.__class__ is ast.Name:
                    callees.add(id(n.func))
                elif c is ast.Name and n.ctx.__class__ is ast.Load and id(n) not in callees:
                    values.add(n.id)
            uses = self._name_uses = values
        return name in uses

    stmt_AsyncFunctionDef = stmt_FunctionDef
