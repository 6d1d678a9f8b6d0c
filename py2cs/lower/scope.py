"""Python scoping rules, computed before lowering: which names a function binds locally."""
from __future__ import annotations

import ast

from .walk import _CHILDREN, _children_fn, node_classes, walk


def _target_names(t, out: set) -> None:
    if isinstance(t, ast.Name):
        out.add(t.id)
    elif isinstance(t, (ast.Tuple, ast.List)):
        for e in t.elts:
            _target_names(e, out)
    elif isinstance(t, ast.Starred):
        _target_names(t.value, out)


_COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
# node classes _scan_bindings treats specially: 1 a nested scope or import (not descended into),
# 2 a binding statement or expression (its targets bind; then descended into as any other node)
_SPECIAL = dict.fromkeys((ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, *_COMPS, ast.Import,
                          ast.ImportFrom, ast.Nonlocal, ast.Global), 1)
_SPECIAL.update(dict.fromkeys((ast.Assign, ast.Delete, ast.AugAssign, ast.NamedExpr, ast.For, ast.AsyncFor,
                               ast.AnnAssign, ast.With, ast.ExceptHandler, ast.MatchAs, ast.MatchStar,
                               ast.MatchMapping), 2))


# every expression node class: without a walrus (NamedExpr) in a scope no expression binds a name there
# (lambda parameters and comprehension targets bind in their own scopes)
_EXPRS = frozenset(c for c in vars(ast).values() if isinstance(c, type) and issubclass(c, ast.expr))


def _scan_bindings(body, no_walrus: bool = False) -> tuple:
    """Names bound in one scope's statements, not descending into nested scopes (except the first
    iterable of a comprehension, evaluated here, and walrus targets inside it, which bind here), by one
    explicit-stack walk (the results are sets: the visiting order does not matter). ``no_walrus``: the
    caller knows the statements hold no NamedExpr, so expressions (and what they hold) are skipped."""
    bound: set = set()
    nonlocals: set = set()
    globals_: set = set()
    stack = list(body or ())
    pop, push = stack.pop, stack.append
    extend = stack.extend
    children = _CHILDREN
    special = _SPECIAL
    exprs = _EXPRS if no_walrus else ()
    while stack:
        n = pop()
        c = n.__class__
        if c in exprs:
            continue
        k = special.get(c)
        if k == 1:
            if c is ast.FunctionDef or c is ast.AsyncFunctionDef:
                bound.add(n.name)
                stack.extend(d for d in n.args.defaults + n.args.kw_defaults if d is not None)
            elif c is ast.ClassDef:
                bound.add(n.name)
            elif c is ast.Lambda:
                stack.extend(n.args.defaults)
            elif c is ast.Import or c is ast.ImportFrom:
                for a in n.names:
                    bound.add((a.asname or a.name).split(".")[0])
            elif c is ast.Nonlocal:
                nonlocals.update(n.names)
            elif c is ast.Global:
                globals_.update(n.names)
            else:
                # a comprehension: the first iterable is evaluated in the enclosing scope; walrus targets bind here
                push(n.generators[0].iter)
                for sub in walk(n):
                    if sub.__class__ is ast.NamedExpr and isinstance(sub.target, ast.Name):
                        bound.add(sub.target.id)
            continue
        if k == 2:
            if c is ast.Assign or c is ast.Delete:
                for t in n.targets:
                    _target_names(t, bound)
            elif c is ast.AnnAssign:
                if n.value is not None:
                    _target_names(n.target, bound)
            elif c is ast.With:
                for item in n.items:
                    if item.optional_vars is not None:
                        _target_names(item.optional_vars, bound)
            elif c is ast.ExceptHandler or c is ast.MatchAs or c is ast.MatchStar:
                if n.name:
                    bound.add(n.name)
            elif c is ast.MatchMapping:
                if n.rest:
                    bound.add(n.rest)
            else:                       # AugAssign, NamedExpr, For, AsyncFor
                _target_names(n.target, bound)
        fn = children.get(c)            # every child (walk.py's function for the class)
        if fn is None:
            fn = _children_fn(c)
        fn(n, push, extend)
    return frozenset(bound), frozenset(nonlocals), frozenset(globals_)


def bindings(node, body) -> tuple:
    """(bound, nonlocals, globals) of the scope ``node`` whose statements are ``body``, computed once per
    node (the fixpoint lowers a function several times, definite.py asks too)."""
    cached = getattr(node, "_py2cs_bound", None)
    if cached is None:
        # the list of every node of a function, when walk.walk_function made it already (the lowering of a
        # top-level function): with no walrus anywhere in it, its expressions need not be scanned
        nodes = node.__dict__.get("_py2cs_walk") if body is getattr(node, "body", None) else None
        no_walrus = nodes is not None and ast.NamedExpr not in node_classes(node)
        cached = _scan_bindings(body, no_walrus)
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
