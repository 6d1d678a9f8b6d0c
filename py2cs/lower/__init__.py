"""Step 4 of the pipeline: lower checked Python ASTs to the JS tree.

One :class:`FunctionLowerer` per Python function, assembled from small mixins, one per concern:
``stmt.py`` (statements), ``expr.py`` (expressions, operators, literals, comprehensions,
f-strings), ``calls.py`` (calls: builtins, methods, math/json, user functions), ``dashlow.py``
(Dash names, ``py2cs.js`` interop). Each ``visit_<Node>`` method is one small rule.

Types are inferred by running the lowering to a fixpoint: the first pass knows nothing about local
variables, each pass records the join of the types assigned to every variable, and the next pass
uses them, until nothing changes (see types.py).
"""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..naming import js_name
from .calls import CallsMixin, mark_iter_uses, mark_view_uses
from .dashlow import DashMixin
from .definite import analyse as analyse_definite
from .dtlow import DatetimeMixin
from .itlow import ItertoolsMixin
from .expr import ExprMixin
from .relow import ReMixin, mark_finditer
from .scope import Scope, param_names
from .matchlow import MatchMixin
from .statlow import StatisticsMixin
from .stmt import StmtMixin
from .urllow import UrlMixin

MAX_PASSES = 6
_MIXED = object()        # a variable whose reads saw different types within one pass
_MUTABLE = {"list": T.LIST(), "dict": T.DICT(), "set": T.SET()}    # variables hold these without element types


class Program:
    """Everything one generated module holds besides callbacks: helper functions, constants."""

    def __init__(self):
        self.decls: list[J.Stmt] = []          # module-level function declarations and constants
        self._funcs: dict = {}                 # key -> js name
        self._fn_values: set = set()           # module-level functions used as values (py_fn attached)
        self._consts: dict = {}                # id(value) -> js name (module-level container constants)
        self._paths: dict = {}                 # id(container) -> (container, JS expression reaching it)
        self._used: set[str] = set()
        self.reporters: list = []              # reporters of helper functions (their diagnostics)
        self.uses_set_props = False            # some function lowered so far calls set_props

    def unique(self, base: str) -> str:
        name, n = base, 2
        while name in self._used:
            name = f"{base}{n}"
            n += 1
        self._used.add(name)
        return name

    def declared_names(self) -> set[str]:
        """Names of the module-level declarations made so far, which every later pass and callback must keep
        clear of: a pass restarts the names it allocates, but helpers, constants and regular expression
        patterns made by an earlier pass stay declared (and cached) for the module."""
        pats = self.__dict__.get("_re_pats", {})
        return set(self._funcs.values()) | set(self._consts.values()) | {name for name, _ in pats.values()}

    def function(self, key, make_source) -> str:
        """JS name of a module-level Python function, lowering it (once) on first use."""
        if key in self._funcs:
            return self._funcs[key]
        fs = make_source()
        from ..check import check
        check(fs)
        self.reporters.append(fs.reporter)
        name = self.unique("$f_" + js_name(fs.name))
        self._funcs[key] = name
        decl = lower_function(fs, self, name, is_callback=False)
        self.decls.extend(decl.pre)
        self.decls.append(decl)
        return name

    def fn_value(self, jsname: str, make_meta) -> None:
        """A module-level function used as a value: attach its signature (py_fn) once, at module level."""
        if jsname not in self._fn_values:
            self._fn_values.add(jsname)
            self.decls.append(J.Raw(code=f"{make_meta().code};"))

    def constant(self, pyname: str, value, make_expr) -> str:
        """JS name of a module-level container constant, declared once per object: a callback or helper may
        mutate it, and CPython shares the object between every name (and container) that holds it."""
        key = id(value)
        if key not in self._consts:
            name = self.unique("$c_" + js_name(pyname))
            self._consts[key] = name
            path = self._paths.get(key)
            if path is not None:          # a part of a constant declared before: the same object
                self.decls.append(J.Raw(code=f"var {name} = {path[1]};"))
            else:
                self.decls.append(J.Raw(code=f"var {name} = {make_expr(value).code};"))
                self._share(value, name, make_expr)
        return self._consts[key]

    def _share(self, value, path: str, make_expr) -> None:
        """Record where each container inside a constant lives (``$c_X[0].get("k")``); a container met
        again (twice in one constant, or in two constants) is made the same JS object, as in CPython."""
        self._paths[id(value)] = (value, path)     # the value is kept: its id() stays its own
        if isinstance(value, dict):
            parts = [(f".get({make_expr(k).code})", f"{path}.set({make_expr(k).code}, %s);", v) for k, v in value.items()]
        elif isinstance(value, (list, tuple)):
            parts = [(f"[{i}]", f"{path}[{i}] = %s;", v) for i, v in enumerate(value)]
        else:
            return
        for acc, fix, v in parts:
            if not isinstance(v, (list, tuple, dict)):
                continue
            seen = self._paths.get(id(v))
            if seen is not None:
                self.decls.append(J.Raw(code=fix % seen[1]))
            else:
                self._share(v, path + acc, make_expr)


class FunctionLowerer(StmtMixin, MatchMixin, ExprMixin, CallsMixin, DashMixin, DatetimeMixin, ReMixin,
                      StatisticsMixin, UrlMixin, ItertoolsMixin):
    def __init__(self, fs, program: Program, var_types: dict, is_callback: bool, options=None):
        self.fs = fs
        self.reporter = fs.reporter
        self.resolver = fs.resolver
        self.program = program
        self.var_types = var_types            # (id(scope node), name) -> Ty, from the previous pass
        self.new_types: dict = {}
        self.reads: dict = {}                 # key -> the type every read of it saw in this pass (or _MIXED)
        self.is_callback = is_callback
        self.options = options or {}
        self.scope: Scope | None = None
        self.loops: list = []                 # stack of loop records for break/continue
        self.tmp_counter = 0
        self.uses_ctx = False
        self.is_async = isinstance(fs.node, ast.AsyncFunctionDef)
        self.handler_stack: list[str] = []    # JS names of caught exceptions (for bare raise)
        self.unbound_reads: dict = {}         # reads that may precede the binding (definite.py)
        self.unbound_init: set = set()        # (id(function node), name) starting as py_UNBOUND
        self.nonvalues: list = []             # (node, message, hint) of names that are not JS values (expr.py)
        self.loop_records: list = []          # per enclosing loop: the label it needs, the try/finally region
        self.ret_region = None                # (label, value temp, flag temp) inside a callback's try/finally
        self._counters = None                 # names known to stay small ints (expr.counters)
        self._name_uses = None                # names read other than as a callee (stmt.used_as_value)
        self.dt_on()                          # a module importing datetime: the program's functions may get dates

    # ------------------------------------------------------------ diagnostics

    def error(self, node, message: str, hint: str = "") -> J.E:
        self.reporter.error(node, message, hint)
        return J.E("undefined")

    # ------------------------------------------------------------ temporaries and variables

    def temp(self) -> str:
        self.tmp_counter += 1
        name = f"${self.tmp_counter}"
        self.scope.function_scope().temps.append(name) if self.scope.kind != "lambda" else self.scope.temps.append(name)
        return name

    def var_key(self, scope: Scope, name: str):
        return (id(scope.node), name)

    def var_type(self, scope: Scope, name: str) -> T.Ty:
        # The previous pass's type joined with what this pass has recorded so far (Gauss-Seidel rather
        # than Jacobi iteration): a chain x -> y -> z of assignments is typed in one pass instead of
        # one pass per link. In the final pass what was recorded is below the previous pass's type
        # (the two are equal at the fixpoint), so every read sees exactly var_types.
        key = (id(scope.node), name)
        t = self.var_types.get(key, T.NEVER)
        seen = self.new_types.get(key)
        if seen is not None and seen is not t and seen != t:
            t = T.join(t, seen)
        reads = self.reads
        prev = reads.get(key)
        if prev is None:
            reads[key] = t
        elif prev is not t and prev is not _MIXED and prev != t:
            reads[key] = _MIXED
        return t

    def self_consistent(self) -> bool:
        """Every read in this pass saw the type its variable ended the pass with: another pass with
        these types would make the same decisions (each read would see the same type), so it would
        produce the same code and the same types, i.e. this pass already is the fixpoint's."""
        new = self.new_types
        return all(t is not _MIXED and t == new.get(k, T.NEVER) for k, t in self.reads.items())

    def record_type(self, scope: Scope, name: str, ty: T.Ty) -> None:
        if ty.kind in _MUTABLE and ty != _MUTABLE[ty.kind] and ty.extra != "counter":   # a Counter stays one
            # a list, dict or set in a variable can be changed (append, d[k] = v, a helper, an alias): what it
            # holds when it is bound says nothing about what it holds when it is read
            ty = _MUTABLE[ty.kind]
        key = (id(scope.node), name)             # var_key()
        new = self.new_types
        old = new.get(key)
        new[key] = ty if old is None else T.join(old, ty)

    # ------------------------------------------------------------ functions

    def live_default(self, node, arg, d, e, t):
        """A module-level function's default is the value its def computed: a name rebound later in the module
        (CACHE = [2] after def h(acc=CACHE)) no longer gives it, and a list default already shared (the
        module's CACHE) is the same object. JSON-like values only; others keep the lowered expression."""
        from ..resolve import int_float_key, is_json_like
        from .expr import _const_type
        func = getattr(self.fs, "pyfunc", None)
        if func is None or isinstance(d, ast.Constant):
            return e, t
        v = _live_default(func, node, arg)
        if v is _MIXED or not is_json_like(v) or int_float_key(v) is not None:
            return e, t
        if isinstance(v, (list, tuple, dict)):
            ct = T.LIST() if isinstance(v, list) else T.DICT() if isinstance(v, dict) else _const_type(v)
            return J.E(self.program.constant(arg.arg, v, self.literal_value)), ct
        return self.literal_value(v), _const_type(v)

    def lower_body(self, node, scope: Scope) -> list:
        outer, self.scope = self.scope, scope
        try:
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                body = body[1:]  # docstring
            stmts = self.stmts(body)
        finally:
            self.scope = outer
        return stmts

    def function_decl(self, node, jsname: str, scope_parent, is_top: bool) -> J.FuncDecl:
        """Lower a def (top-level or nested) to a JS function declaration."""
        args = node.args
        params = param_names(args)
        scope = Scope(node, "function", scope_parent, params, node.body)
        if not is_top and scope_parent is not None:   # CPython names nested functions f.<locals>.g in messages
            outer_q = getattr(scope_parent.function_scope().node, "_py2cs_qualname", None)
            try:
                node._py2cs_qualname = f"{outer_q or scope_parent.function_scope().node.name}.<locals>.{node.name}"
            except AttributeError:
                pass
        elif is_top:
            node._py2cs_qualname = node.name
        unbound = analyse_definite(node, scope.locals)
        self.unbound_reads.update(unbound.flags)
        self.unbound_init.update((id(node), n) for n in unbound.needs_init)
        js_params: list[str] = []
        prologue: list[J.Stmt] = []
        from_js = self.is_callback and is_top   # called by Dash with positional arguments only
        for a in args.posonlyargs + args.args:
            js_params.append(js_name(a.arg))
        if args.vararg:
            js_params.append(("..." if from_js else "") + js_name(args.vararg.arg))
        if not from_js:
            for a in args.kwonlyargs:
                js_params.append(js_name(a.arg))
        elif args.kwonlyargs:
            for a, d in zip(args.kwonlyargs, args.kw_defaults):
                if d is None:
                    self.error(a, "a callback's keyword-only parameter needs a default (Dash passes arguments by position)",
                               "give it a default value or make it positional")
        for p in params:
            self.record_type(scope, p, T.ANY)
        # defaults are evaluated once, when the def runs (as in Python)
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        default_decls: list[J.Stmt] = []
        wrap_args: list = []
        # a top-level function's defaults are evaluated once, at module level (temporaries declared there)
        module_scope = Scope(ast.Module(body=[], type_ignores=[]), "function", None, (), []) \
            if scope_parent is None else None
        outer, self.scope = self.scope, scope_parent if scope_parent is not None else module_scope
        try:
            for a, d in list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults)):
                if d is None:
                    continue
                e, t = self.expr(d)
                if is_top:
                    e, t = self.live_default(node, a, d, e, t)
                    holder = self.program.unique(f"$d_{jsname.lstrip('$')}_{js_name(a.arg)}")
                    default_decls.append(J.Raw(line=d.lineno + self.reporter.line_offset,
                                               code=f"var {holder} = {self.to_any(e, t).code};"))
                else:   # captured per def execution (a def in a loop keeps its own defaults)
                    holder = f"$dflt{len(wrap_args) + 1}"
                    wrap_args.append((holder, self.to_any(e, t)))
                prologue.append(J.Raw(code=f"if ({js_name(a.arg)} === undefined) {js_name(a.arg)} = {holder};"))
        finally:
            self.scope = outer
        if module_scope is not None and module_scope.temps:
            default_decls.insert(0, J.VarDecl(names=list(module_scope.temps)))
        if args.vararg and from_js:
            v = js_name(args.vararg.arg)
            prologue.append(J.Raw(code=f"{v} = py_tuple({v});"))
        if self.is_callback and is_top:
            for p in params:
                prologue.append(J.Raw(code=f"{js_name(p)} = py_from_js({js_name(p)});"))
        if is_top:
            self.top_scope = scope
        body = self.lower_body(node, scope)
        if is_top and self.uses_ctx:
            prologue.insert(0, J.Raw(code="var $ctx = py_dash_ctx();"))
        dash_cb = is_top and self.is_callback and "n_outputs" in self.options
        if dash_cb and self.options.get("wildcard_outputs"):
            prologue.insert(0, J.Raw(code="var $outs = py_dash_outputs();"))
        decls = sorted(js_name(n) + (" = py_UNBOUND" if n in unbound.needs_init else "")
                       for n in scope.locals - set(params))
        head: list[J.Stmt] = []
        names = decls + scope.temps
        if names:
            head.append(J.VarDecl(names=names))
        body = prologue + body
        if not body or not isinstance(body[-1], (J.Return, J.Throw)):
            body.append(J.Return(expr=self.return_value(J.E("null"), T.NONE) if is_top else J.E("null")))
        is_async = isinstance(node, ast.AsyncFunctionDef)
        if dash_cb and not is_async and self.program.uses_set_props:
            # set_props updates are sent with the outputs, as Dash's server does: held until the callback
            # returns (py_dash_return sends them), dropped when it raises (PreventUpdate or an error).
            # Only when set_props is called at all: the callback's body, and the helpers it calls (lowered
            # on its first call, before this point), have been lowered by now.
            body = [J.Raw(code="var $setp = py_dash_sp_begin();"),
                    J.Try(body=body, final=[J.ExprStmt(expr=J.call("py_dash_sp_end", J.E("$setp")))])]
        body = head + body
        fd = J.FuncDecl(line=node.lineno + self.reporter.line_offset, name=jsname, params=js_params,
                        body=body, is_async=is_async)
        fd.default_decls = default_decls
        fd.wrap_args = wrap_args
        return fd


def _live_default(func, node, arg):
    """The default a live function holds for a parameter (evaluated when its def ran), else _MIXED."""
    args = node.args
    if any(a is arg for a in args.kwonlyargs):
        return (getattr(func, "__kwdefaults__", None) or {}).get(arg.arg, _MIXED)
    positional = args.posonlyargs + args.args
    live = getattr(func, "__defaults__", None) or ()
    i = next((k for k, a in enumerate(positional) if a is arg), None)
    k = None if i is None else i - (len(positional) - len(live))
    return live[k] if k is not None and 0 <= k < len(live) else _MIXED


def lower_function(fs, program: Program, jsname: str, is_callback: bool, options=None) -> J.FuncDecl:
    """Lower one Python function to a JS function declaration, inferring types to a fixpoint."""
    var_types: dict = {}
    used = set(program._used)
    mark_view_uses(fs.node)
    mark_iter_uses(fs.node)
    mark_finditer(fs.node, fs.resolver)
    for _ in range(MAX_PASSES):
        program._used = set(used) | program.declared_names()
        mark = len(fs.reporter.diagnostics)
        low = FunctionLowerer(fs, program, var_types, is_callback, options)
        decl = low.function_decl(fs.node, jsname, None, is_top=True)
        if low.new_types == var_types or low.self_consistent():
            break
        # discard this pass's diagnostics and retry with the better types
        del fs.reporter.diagnostics[mark:]
        fs.reporter._seen = {(d.line, d.col) for d in fs.reporter.diagnostics}
        var_types = low.new_types
    else:
        var_types = {k: T.ANY for k in low.new_types}
        low = FunctionLowerer(fs, program, var_types, is_callback, options)
        decl = low.function_decl(fs.node, jsname, None, is_top=True)
    # names that are not JS values but were used as one: refused when their mark is in the function's code
    # (compile_unit looks for them in the unit's emitted code: report_nonvalues)
    decl.nonvalue_lowerer = low if low.nonvalues else None
    out = []
    out.extend(getattr(decl, "default_decls", []))
    decl.uses_ctx = low.uses_ctx
    decl.pre = out
    return decl
