"""Python scoping rules, computed before lowering: which names a function binds locally."""
from __future__ import annotations

import ast


def _target_names(t, out: set) -> None:
    if isinstance(t, ast.Name):
        out.add(t.id)
    elif isinstance(t, (ast.Tuple, ast.List)):
        for e in t.elts:
            _target_names(e, out)
    elif isinstance(t, ast.Starred):
        _target_names(t.value, out)


class _Binder(ast.NodeVisitor):
    """Collects names bound in one function body (not descending into nested scopes)."""

    def __init__(self):
        self.bound: set[str] = set()
        self.nonlocals: set[str] = set()
        self.globals: set[str] = set()

    def visit_FunctionDef(self, node):
        self.bound.add(node.name)
        for d in node.args.defaults + node.args.kw_defaults:
            if d is not None:
                self.visit(d)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.bound.add(node.name)

    def visit_Lambda(self, node):
        for d in node.args.defaults:
            self.visit(d)

    def _comp(self, node):
        # the first iterable is evaluated in the enclosing scope; walrus targets bind here
        self.visit(node.generators[0].iter)
        for sub in ast.walk(node):
            if isinstance(sub, ast.NamedExpr) and isinstance(sub.target, ast.Name):
                self.bound.add(sub.target.id)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comp

    def visit_Assign(self, node):
        for t in node.targets:
            _target_names(t, self.bound)
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        _target_names(node.target, self.bound)
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            _target_names(node.target, self.bound)
        self.generic_visit(node)

    def visit_NamedExpr(self, node):
        _target_names(node.target, self.bound)
        self.generic_visit(node)

    def visit_For(self, node):
        _target_names(node.target, self.bound)
        self.generic_visit(node)

    visit_AsyncFor = visit_For

    def visit_With(self, node):
        for item in node.items:
            if item.optional_vars is not None:
                _target_names(item.optional_vars, self.bound)
        self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        if node.name:
            self.bound.add(node.name)
        self.generic_visit(node)

    def visit_Import(self, node):
        for a in node.names:
            self.bound.add((a.asname or a.name).split(".")[0])

    visit_ImportFrom = visit_Import

    def visit_Delete(self, node):
        for t in node.targets:
            _target_names(t, self.bound)
        self.generic_visit(node)

    def visit_Nonlocal(self, node):
        self.nonlocals.update(node.names)

    def visit_Global(self, node):
        self.globals.update(node.names)


def bindings(node, body) -> tuple:
    """(bound, nonlocals, globals) of the scope ``node`` whose statements are ``body``, computed once per
    node (the fixpoint lowers a function several times, definite.py asks too)."""
    cached = getattr(node, "_py2cs_bound", None)
    if cached is None:
        b = _Binder()
        for stmt in body or ():
            b.visit(stmt)
        cached = (frozenset(b.bound), frozenset(b.nonlocals), frozenset(b.globals))
        try:
            node._py2cs_bound = cached
        except AttributeError:
            pass
    return cached


def param_names(args: ast.arguments) -> list[str]:
    names = [a.arg for a in args.posonlyargs + args.args]
    if args.vararg:
        names.append(args.vararg.arg)
    names += [a.arg for a in args.kwonlyargs]
    if args.kwarg:
        names.append(args.kwarg.arg)
    return names


class Scope:
    """One Python scope (function, lambda or comprehension) during lowering."""

    def __init__(self, node, kind: str, parent: "Scope | None", params=(), body=None):
        self.node = node
        self.kind = kind                 # "function" | "lambda" | "comprehension"
        self.parent = parent
        self.params = list(params)
        bound, self.nonlocals, self.globals = bindings(node, body)
        self.locals: set[str] = (set(params) | bound) - self.nonlocals - self.globals
        self.temps: list[str] = []
        self.hoisted: list[str] = []     # JS names to declare with var at the top of this scope

    def function_scope(self) -> "Scope":
        s = self
        while s.kind == "comprehension":
            s = s.parent
        return s

    def lookup(self, name: str) -> "Scope | None":
        s = self
        while s is not None:
            if name in s.locals:
                return s
            s = s.parent
        return None
