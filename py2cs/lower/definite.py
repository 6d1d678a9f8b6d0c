"""Definite assignment: which reads of a local variable may happen before it is bound.

Python raises ``UnboundLocalError`` (or ``NameError`` for a free variable of an enclosing function)
when such a read runs; JavaScript would read ``undefined`` (None) and carry on silently. The
analysis walks one function body in evaluation order with the set of names that are bound on
*every* path so far. A read of a local outside that set is flagged; the lowering then initialises
that variable with the runtime's ``py_UNBOUND`` sentinel and checks the flagged reads
(``py_chk_local`` / ``py_chk_free``). It is conservative: a flagged read costs a runtime check,
never a wrong answer; reads that are definitely bound (the common case) stay plain JS.

Nested functions, lambdas and comprehensions read the enclosing function's variables as free
variables: such a read is flagged unless the variable is bound where the nested scope is created.
"""
from __future__ import annotations

import ast

from .matchlow import irrefutable, pattern_names
from .scope import _target_names, bindings, param_names
from .walk import node_classes, walk_function

TOP = None      # the state after return/raise/break/continue: nothing runs here


def _meet(a, b):
    if a is TOP:
        return b
    if b is TOP:
        return a
    return a & b


class Result:
    __slots__ = ("flags", "needs_init")

    def __init__(self):
        self.flags: dict = {}            # id(Name node) -> (node, "local" | "free")
        self.needs_init: set = set()     # locals read while possibly unbound

    def flag(self, node, kind: str) -> None:
        self.flags[id(node)] = (node, kind)
        self.needs_init.add(node.id)

    def kind_of(self, node):
        hit = self.flags.get(id(node))
        return hit[1] if hit is not None and hit[0] is node else None


# expression types whose children are plain expressions evaluated in this order (no bindings, no scopes)
_PLAIN = {
    ast.Attribute: ("value",), ast.Subscript: ("value", "slice"), ast.BinOp: ("left", "right"),
    ast.UnaryOp: ("operand",), ast.Call: ("func", "args", "keywords"), ast.Tuple: ("elts",),
    ast.List: ("elts",), ast.Set: ("elts",), ast.Starred: ("value",),
    ast.Slice: ("lower", "upper", "step"), ast.JoinedStr: ("values",),
    ast.FormattedValue: ("value", "format_spec"), ast.Await: ("value",),
}


class _Analysis:
    def __init__(self, locals_: set, result: Result):
        self.locals = locals_
        self.res = result
        self.breaks: list[list] = []
        self.unbinds: set = set()        # names an except handler deletes at its end

    # ------------------------------------------------------------ statements

    def block(self, stmts, s):
        for st in stmts:
            if s is TOP:
                return TOP
            s = self.stmt(st, s)
        return s

    def stmt(self, st, s):
        c = st.__class__
        try:
            m = _S_RULES[c]
        except KeyError:
            m = _S_RULES[c] = getattr(_Analysis, "s_" + c.__name__, None)
        if m is not None:
            return m(self, st, s)
        if c is ast.Expr:
            return self.expr(st.value, s)
        for child in ast.iter_child_nodes(st):     # the rest
            if isinstance(child, ast.expr):
                s = self.expr(child, s)
        return s

    def s_Assign(self, st, s):
        s = self.expr(st.value, s)
        for t in st.targets:
            s = self.target(t, s)
        return s

    def s_AnnAssign(self, st, s):
        if st.value is None:
            return s
        return self.target(st.target, self.expr(st.value, s))

    def s_AugAssign(self, st, s):
        if isinstance(st.target, ast.Name):
            self.read(st.target, s)
            s = self.expr(st.value, s)
            return s | {st.target.id}
        s = self.target_reads(st.target, s)
        return self.expr(st.value, s)

    def s_Return(self, st, s):
        if st.value is not None:
            self.expr(st.value, s)
        return TOP

    def s_Raise(self, st, s):
        for e in (st.exc, st.cause):
            if e is not None:
                s = self.expr(e, s)
        return TOP

    def s_Break(self, st, s):
        if self.breaks:
            self.breaks[-1].append(s)
        return TOP

    def s_Continue(self, st, s):
        return TOP

    def s_If(self, st, s):
        s = self.expr(st.test, s)
        return _meet(self.block(st.body, s), self.block(st.orelse, s))

    def _loop(self, body_start, body, orelse, s, infinite=False):
        self.breaks.append([])
        self.block(body, body_start)
        breaks = self.breaks.pop()
        out = TOP if infinite else self.block(orelse, s)
        for b in breaks:
            out = _meet(out, b)
        return out

    def s_While(self, st, s):
        s = self.expr(st.test, s)
        infinite = isinstance(st.test, ast.Constant) and bool(st.test.value) and not st.orelse
        return self._loop(s, st.body, st.orelse, s, infinite)

    def s_For(self, st, s):
        s = self.expr(st.iter, s)
        return self._loop(self.target(st.target, s), st.body, st.orelse, s)

    s_AsyncFor = s_For

    def s_Try(self, st, s):
        body_end = self.block(st.body, s)
        normal = self.block(st.orelse, body_end) if body_end is not TOP else TOP
        for h in st.handlers:
            hs = s
            if h.type is not None:
                hs = self.expr(h.type, hs)
            if h.name:
                hs = hs | {h.name}
            end = self.block(h.body, hs)
            if end is not TOP and h.name:
                end = end - {h.name}              # Python deletes the name at the end of the handler
            normal = _meet(normal, end)
        if st.finalbody:
            self.block(st.finalbody, s)           # reads in finally: any path may get there
            return self.block(st.finalbody, normal) if normal is not TOP else TOP
        return normal

    s_TryStar = s_Try

    def s_Match(self, st, s):
        # a case's names are bound when its pattern matched (before the guard); a false guard leaves them
        # bound, but later cases do not count on it (a read there is checked at run time)
        s = self.expr(st.subject, s)
        out = TOP
        for case in st.cases:
            cs = s
            for n in ast.walk(case.pattern):
                if isinstance(n, ast.MatchValue):
                    cs = self.expr(n.value, cs)
            cs = cs | set(pattern_names(case.pattern, []))
            if case.guard is not None:
                cs = self.expr(case.guard, cs)
            out = _meet(out, self.block(case.body, cs))
        last = st.cases[-1]
        if not (last.guard is None and irrefutable(last.pattern)):
            out = _meet(out, s)          # no case matched
        return out

    def s_FunctionDef(self, st, s):
        for d in st.args.defaults + [d for d in st.args.kw_defaults if d is not None]:
            s = self.expr(d, s)
        for d in st.decorator_list:
            s = self.expr(d, s)
        self.free_reads(st, s)
        return s | {st.name}

    s_AsyncFunctionDef = s_FunctionDef

    def s_ClassDef(self, st, s):
        return s | {st.name}

    def s_Delete(self, st, s):
        for t in st.targets:
            if isinstance(t, ast.Name):
                s = s - {t.id}
            else:
                s = self.target_reads(t, s)
        return s

    def s_Nonlocal(self, st, s):
        return s

    s_Global = s_Import = s_ImportFrom = s_Pass = s_Nonlocal

    # ------------------------------------------------------------ targets

    def target(self, t, s):
        s = self.target_reads(t, s)
        names: set = set()
        _target_names(t, names)
        return s | names

    def target_reads(self, t, s):
        if isinstance(t, (ast.Subscript, ast.Attribute)):
            return self.expr(t, s)
        if isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                s = self.target_reads(e, s)
        elif isinstance(t, ast.Starred):
            s = self.target_reads(t.value, s)
        return s

    # ------------------------------------------------------------ expressions

    def read(self, node, s):
        if node.id in self.locals and node.id not in s:
            self.res.flag(node, "local")

    def expr(self, e, s):
        """Check the reads of ``e`` against ``s``; return ``s`` plus unconditional walrus bindings."""
        t = type(e)
        if t is ast.Constant:
            return s
        if t is ast.Name:
            if type(e.ctx) is ast.Load and e.id in self.locals and e.id not in s:
                self.res.flag(e, "local")
            return s
        if t in _PLAIN:           # evaluates its children in order, binds nothing itself
            for f in _PLAIN[t]:
                v = getattr(e, f)
                if type(v) is list:
                    for c in v:
                        if c is not None:
                            if type(c) is ast.keyword:
                                c = c.value
                            tc = type(c)       # (the leaves' cases of expr() inline: most children are leaves)
                            if tc is ast.Constant:
                                continue
                            if tc is ast.Name:
                                if type(c.ctx) is ast.Load and c.id in self.locals and c.id not in s:
                                    self.res.flag(c, "local")
                                continue
                            s = self.expr(c, s)
                elif v is not None:
                    tc = type(v)
                    if tc is ast.Constant:
                        continue
                    if tc is ast.Name:
                        if type(v.ctx) is ast.Load and v.id in self.locals and v.id not in s:
                            self.res.flag(v, "local")
                        continue
                    s = self.expr(v, s)
            return s
        if t is ast.Dict:         # key, value, key, value... in order
            for k, v in zip(e.keys, e.values):
                if k is not None:
                    s = self.expr(k, s)
                s = self.expr(v, s)
            return s
        if isinstance(e, ast.NamedExpr):
            s = self.expr(e.value, s)
            return s | {e.target.id}
        if isinstance(e, ast.BoolOp):
            s = self.expr(e.values[0], s)
            cur = s
            for v in e.values[1:]:
                cur = self.expr(v, cur)   # later operands see earlier bindings, but may not run
            return s
        if isinstance(e, ast.IfExp):
            s = self.expr(e.test, s)
            return _meet(self.expr(e.body, s), self.expr(e.orelse, s))
        if isinstance(e, ast.Compare):
            s = self.expr(e.left, s)
            s = self.expr(e.comparators[0], s)
            cur = s
            for c in e.comparators[1:]:
                cur = self.expr(c, cur)
            return s
        if isinstance(e, ast.Lambda):
            for d in e.args.defaults + [d for d in e.args.kw_defaults if d is not None]:
                s = self.expr(d, s)
            self.free_reads(e, s)
            return s
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            s = self.expr(e.generators[0].iter, s)
            self.free_reads(e, s)
            return s
        for child in ast.iter_child_nodes(e):
            if isinstance(child, ast.expr):
                s = self.expr(child, s)
            elif isinstance(child, ast.keyword):
                s = self.expr(child.value, s)
        return s

    # ------------------------------------------------------------ nested scopes

    def free_reads(self, node, s):
        """Flag reads, inside a nested scope, of this function's locals not bound in ``s``. A def or lambda may
        run later, after an ``except ... as name`` handler has deleted the name: such reads are flagged too."""
        unbinds = self.unbinds if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else ()
        for name_node in _free_loads(node, frozenset()):
            if name_node.id in self.locals and (name_node.id not in s or name_node.id in unbinds):
                self.res.flag(name_node, "free")


_S_RULES: dict = {}     # statement class -> its _Analysis.s_<Name> rule (or None), found once


def _own_bindings(node) -> set:
    """Names a nested scope binds itself (so they shadow the enclosing function's)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        bound, nonlocals, globals_ = bindings(node, node.body)
        return (set(param_names(node.args)) | bound) - nonlocals - globals_
    if isinstance(node, ast.Lambda):
        return set(param_names(node.args))     # (a walrus inside a lambda is refused by the lowering)
    names: set = set()
    for g in node.generators:
        _target_names(g.target, names)
    return names


def _free_loads(node, shadow: frozenset):
    """Name loads inside nested scope ``node`` that refer to an enclosing scope."""
    shadow = shadow | _own_bindings(node)
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        roots = list(node.body)
    elif isinstance(node, ast.Lambda):
        roots = [node.body]
    else:   # comprehension: the first iterable belongs to the enclosing scope
        roots = [node.elt] if not isinstance(node, ast.DictComp) else [node.key, node.value]
        for i, g in enumerate(node.generators):
            if i:
                roots.append(g.iter)
            roots.extend(g.ifs)
    stack = roots[::-1]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Name):
            if isinstance(n.ctx, ast.Load) and n.id not in shadow:
                yield n
            continue
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = n.args
            stack.extend(d for d in args.defaults + args.kw_defaults if d is not None)
            stack.extend(getattr(n, "decorator_list", []))
            yield from _free_loads(n, shadow)
            continue
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            stack.append(n.generators[0].iter)
            yield from _free_loads(n, shadow)
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(n))))


def analyse(func_node, locals_: set) -> Result:
    """Flag the possibly-unbound reads of ``locals_`` in one function (cached on the node)."""
    key = frozenset(locals_)
    cached = getattr(func_node, "_py2cs_definite", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    res = Result()
    params = set(param_names(func_node.args))
    a = _Analysis(set(locals_) - params, res)
    a.unbinds = {h.name for h in walk_function(func_node) if h.__class__ is ast.ExceptHandler and h.name} \
        if ast.ExceptHandler in node_classes(func_node) else set()
    a.block(func_node.body, frozenset(params))
    try:
        func_node._py2cs_definite = (key, res)
    except AttributeError:
        pass
    return res
