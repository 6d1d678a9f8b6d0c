"""A faster ``ast.walk`` for the analyses that run before and during lowering.

``walk(node)`` returns the nodes ``ast.walk(node)`` yields, in the same (breadth-first) order, except
the ``ctx`` markers (Load/Store/Del) that no analysis looks at. It reads only the fields of each
node class that can hold nodes (identifiers, numbers and constant values are skipped), and builds a
list instead of chaining generators: about three times faster on a typical callback.
"""
from __future__ import annotations

import ast
import re

_AST = ast.AST

# fields that never hold AST nodes (identifiers, flags, constants)
_SCALAR = frozenset({"id", "attr", "name", "arg", "kind", "type_comment", "level", "module", "conversion",
                     "is_async", "tag", "simple", "ctx", "lineno", "col_offset", "end_lineno", "end_col_offset"})
_SCALAR_IN = {ast.Constant: {"value"}, ast.Global: {"names"}, ast.Nonlocal: {"names"}}

_FIELDS: dict = {}


def _fields(cls) -> tuple:
    skip = _SCALAR_IN.get(cls, ())
    f = _FIELDS[cls] = tuple(x for x in cls._fields if x not in _SCALAR and x not in skip)
    return f


# What each field of a node class holds, from the class's ASDL signature (``BinOp(expr left, operator op, expr
# right)``): 1 one node or None, 2 a list of nodes, 3 a list of nodes and Nones (a dict's ``**`` keys, keyword-only
# parameters without default). Types that are not nodes (identifiers, strings, constants, ints) and the ctx
# markers are left out. A class whose signature cannot be read is walked as before (_fields, isinstance tests).
_NOT_NODES = frozenset({"identifier", "string", "constant", "int", "object", "expr_context"})
_NONE_IN_LIST = {(ast.Dict, "keys"), (ast.arguments, "kw_defaults")}
_SIGNATURE = re.compile(r"(\w+)\((.*)\)$")
_PLAN: dict = {}


def _plan(cls):
    doc = (cls.__doc__ or "").split("\n")[0]
    m = _SIGNATURE.match(doc)
    plan = None
    if m and m.group(1) == cls.__name__ and cls._fields:
        parts = [p.split(" ") for p in m.group(2).split(", ")] if m.group(2) else []
        if all(len(p) == 2 for p in parts) and tuple(p[1] for p in parts) == tuple(cls._fields):
            plan = []
            for typ, name in parts:
                if typ.rstrip("*?") in _NOT_NODES:
                    continue
                if typ.endswith("*"):
                    plan.append((name, 3 if (cls, name) in _NONE_IN_LIST else 2))
                else:
                    plan.append((name, 1))
            plan = tuple(plan)
    elif m is None and not cls._fields:
        plan = ()                       # operators, contexts: no fields
    _PLAN[cls] = plan
    return plan


def _generic_children(n, add, extend):
    """Any field may hold nodes: a class whose signature could not be read."""
    c = n.__class__
    fields = _FIELDS.get(c)
    if fields is None:
        fields = _fields(c)
    for f in fields:
        v = getattr(n, f, None)
        if v.__class__ is list:
            for x in v:
                if isinstance(x, _AST):
                    add(x)
        elif isinstance(v, _AST):
            add(v)


def _no_children(n, add, extend):
    pass


def _children_fn(cls):
    """A function adding the children of a node of class ``cls``, in field order (made from its plan)."""
    plan = _plan(cls)
    if plan is None:
        fn = _generic_children
    elif not plan:
        fn = _no_children
    else:
        names = [f"v{i}" for i in range(len(plan))]
        lines = ["def children(n, add, extend):", "    try:"]
        lines += [f"        {v} = n.{name}" for v, (name, _) in zip(names, plan)]
        lines.append("    except AttributeError:      # a node made without every field")
        lines += [f"        {v} = getattr(n, {name!r}, None)" for v, (name, _) in zip(names, plan)]
        for v, (name, kind) in zip(names, plan):
            if kind == 1:
                lines.append(f"    if {v} is not None: add({v})")
            elif kind == 2:
                lines.append(f"    if {v} is not None: extend({v})")
            else:
                lines.append(f"    if {v} is not None:")
                lines.append(f"        for x in {v}:")
                lines.append("            if x is not None: add(x)")
        ns: dict = {}
        exec(compile("\n".join(lines), f"<py2cs walk {cls.__name__}>", "exec"), ns)   # noqa: S102 - our own text
        fn = ns["children"]
    _CHILDREN[cls] = fn
    return fn


_CHILDREN: dict = {}


def walk(node) -> list:
    """``list(ast.walk(node))`` without the expression-context nodes."""
    out = [node]
    add = out.append
    extend = out.extend
    table = _CHILDREN
    for n in out:                       # the list grows while it is read: breadth-first, as ast.walk
        try:
            fn = table[n.__class__]
        except KeyError:
            fn = _children_fn(n.__class__)
        fn(n, add, extend)
    return out


def node_classes(node) -> frozenset:
    """The classes of the nodes in ``walk_function(node)``, computed once (the checker's pre-filter and the
    scope analysis ask whether a function has nodes of some class at all)."""
    classes = node.__dict__.get("_py2cs_classes")
    if classes is None:
        classes = node._py2cs_classes = frozenset(map(type, walk_function(node)))
    return classes


def walk_function(node) -> list:
    """``walk(node)`` of a whole function, computed once: the analyses that each read every node of the
    function (views, iterators, counters, unbound names) share one list (the tree does not change)."""
    nodes = node.__dict__.get("_py2cs_walk")
    if nodes is None:
        nodes = node._py2cs_walk = walk(node)
    return nodes
