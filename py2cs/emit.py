"""Step 5 of the pipeline: print the JS tree as readable, deterministic source.

Every statement that starts a new Python line carries a ``// py:LINE`` comment, so a reader (or a
stack trace in the browser) leads back to the Python source.
"""
from __future__ import annotations

from . import jsast as J

INDENT = "  "


class Emitter:
    def __init__(self, line_comments: bool = True):
        self.out: list[str] = []
        self.line_comments = line_comments
        self._last_line = None

    def _put(self, depth: int, text: str, line: int = 0) -> None:
        if self.line_comments and line and line != self._last_line:
            text = f"{text}  // py:{line}"
            self._last_line = line
        if "\n" in text:   # a multi-line expression (comprehension thunk) follows the statement's indentation
            text = text.replace("\n", "\n" + INDENT * depth)
        self.out.append(INDENT * depth + text)

    def block(self, stmts, depth: int) -> None:
        for s in stmts:
            self.stmt(s, depth)

    def stmt(self, s: J.Stmt, depth: int) -> None:
        try:
            rule = _RULES[s.__class__]
        except KeyError:  # pragma: no cover - a programming error in the lowering
            raise TypeError(f"cannot emit {type(s).__name__}") from None
        rule(self, s, depth)

    def _ExprStmt(self, s, depth):
        self._put(depth, s.expr.code + ";", s.line)

    def _Raw(self, s, depth):
        code = s.code
        if "\n" not in code:
            self._put(depth, code, s.line)
            return
        for i, part in enumerate(code.split("\n")):
            self._put(depth, part, s.line if i == 0 else 0)

    def _VarDecl(self, s, depth):
        if s.names:
            self._put(depth, "var " + ", ".join(s.names) + ";", s.line)

    def _Return(self, s, depth):
        self._put(depth, "return;" if s.expr is None else f"return {s.expr.code};", s.line)

    def _Throw(self, s, depth):
        self._put(depth, f"throw {s.expr.code};", s.line)

    def _If(self, s, depth):
        self._put(depth, f"if ({s.test.code}) {{", s.line)
        self.block(s.body, depth + 1)
        orelse = s.orelse
        while len(orelse) == 1 and isinstance(orelse[0], J.If):
            inner = orelse[0]
            self._put(depth, f"}} else if ({inner.test.code}) {{", inner.line)
            self.block(inner.body, depth + 1)
            orelse = inner.orelse
        if orelse:
            self._put(depth, "} else {")
            self.block(orelse, depth + 1)
        self._put(depth, "}")

    def _While(self, s, depth):
        label = f"{s.label}: " if s.label else ""
        self._put(depth, f"{label}while ({s.test.code}) {{", s.line)
        self.block(s.body, depth + 1)
        self._put(depth, "}")

    def _For(self, s, depth):
        label = f"{s.label}: " if s.label else ""
        self._put(depth, f"{label}for ({s.init}; {s.test}; {s.update}) {{", s.line)
        self.block(s.body, depth + 1)
        self._put(depth, "}")

    def _Jump(self, s, depth):
        self._put(depth, f"{s.kind}{' ' + s.label if s.label else ''};", s.line)

    def _Try(self, s, depth):
        self._put(depth, "try {", s.line)
        self.block(s.body, depth + 1)
        if s.catch_var:
            self._put(depth, f"}} catch ({s.catch_var}) {{")
            self.block(s.handler, depth + 1)
        if s.final or not s.catch_var:
            self._put(depth, "} finally {")
            self.block(s.final, depth + 1)
        self._put(depth, "}")

    def _Block(self, s, depth):
        self._put(depth, f"{s.label}: {{" if s.label else "{", s.line)
        self.block(s.body, depth + 1)
        self._put(depth, "}")

    def _FuncDecl(self, s, depth):
        ln = s.line
        if s.comment:
            self._put(depth, f"// {s.comment}")
        kw = "async function" if s.is_async else "function"
        wrap = getattr(s, "wrap_args", None)
        if getattr(s, "assign", False) and wrap:
            names = ", ".join(n for n, _ in wrap)
            self._put(depth, f"{s.name} = (function ({names}) {{", ln)
            self._put(depth + 1, f"return {kw} ({', '.join(s.params)}) {{")
            self.block(s.body, depth + 2)
            self._put(depth + 1, "};")
            self._put(depth, f"}})({', '.join(e.at(2) for _, e in wrap)});")
        elif getattr(s, "assign", False):
            self._put(depth, f"{s.name} = {kw} ({', '.join(s.params)}) {{", ln)
            self.block(s.body, depth + 1)
            self._put(depth, "};")
        else:
            self._put(depth, f"{kw} {s.name}({', '.join(s.params)}) {{", ln)
            self.block(s.body, depth + 1)
            self._put(depth, "}")

    def text(self) -> str:
        return "\n".join(self.out)


# statement class -> Emitter method (exact classes: the lowering makes no subclasses of these)
_RULES = {cls: getattr(Emitter, "_" + cls.__name__)
          for cls in (J.ExprStmt, J.Raw, J.VarDecl, J.Return, J.Throw, J.If, J.While, J.For, J.Jump, J.Try,
                      J.Block, J.FuncDecl)}


def emit_lines(stmts, depth: int = 0) -> tuple:
    """``emit_statements(stmts, depth)`` as its lines (joined by newlines it is that text), and where each
    statement's lines start: ``lines[starts[i]:starts[i + 1]]`` are statement ``i``'s."""
    em = Emitter(True)
    starts = []
    for s in stmts:
        starts.append(len(em.out))
        em.stmt(s, depth)
    starts.append(len(em.out))
    return em.out, starts


def emit_statements(stmts, depth: int = 0, line_comments: bool = True) -> str:
    em = Emitter(line_comments)
    em.block(stmts, depth)
    return em.text()


def func_expr(fe: J.FuncExpr, depth: int) -> str:
    """Inline function expression text (for lambdas and comprehension thunks)."""
    kw = "async function" if fe.is_async else "function"
    if len(fe.body) == 1 and isinstance(fe.body[0], J.Return) and fe.body[0].expr is not None:
        return f"{kw} ({', '.join(fe.params)}) {{ return {fe.body[0].expr.code}; }}"
    em = Emitter(line_comments=False)
    em.block(fe.body, depth + 1)
    return f"{kw} ({', '.join(fe.params)}) {{\n" + em.text() + "\n" + INDENT * depth + "}"
