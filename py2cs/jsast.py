"""A small JavaScript tree: expressions carry their precedence, statements their Python line.

The lowering builds these nodes; emit.py prints them. Expressions are kept as code text plus a
precedence (enough to parenthesize correctly); statements are real nodes so the emitter controls
layout and line comments.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _encode_ascii

# Precedence, higher binds tighter.
PRIMARY = 20
POSTFIX = 18      # member access, call, new with args
UNARY = 15
EXP = 14
MUL = 13
ADD = 12
SHIFT = 11
REL = 10
EQ = 9
BAND = 8
BXOR = 7
BOR = 6
AND = 5
OR = 4
COND = 3
ASSIGN = 2
COMMA = 1


class E:
    """An expression: code text and its precedence. Treated as immutable; a plain slotted class
    because the lowering creates many and a frozen dataclass is slower to construct."""

    __slots__ = ("code", "prec")

    def __init__(self, code: str, prec: int = PRIMARY):
        self.code = code
        self.prec = prec

    def __eq__(self, other):
        return other.__class__ is E and self.code == other.code and self.prec == other.prec

    def __hash__(self):
        return hash((self.code, self.prec))

    def __repr__(self):
        return f"E(code={self.code!r}, prec={self.prec!r})"

    def at(self, min_prec: int) -> str:
        return self.code if self.prec >= min_prec else f"({self.code})"

    def __str__(self) -> str:
        return self.code


def lit_str(s: str) -> E:
    """A JS string literal that is safe for any content (ASCII-only output)."""
    # for a str, json.dumps(s, ensure_ascii=True) is this C function (called without the wrappers)
    text = _encode_ascii(s) if s.__class__ is str else json.dumps(s, ensure_ascii=True)
    text = text.replace("</", "<\\/").replace("<!--", "<\\!--")
    return E(text)


def lit_num(v) -> E:
    if isinstance(v, bool):
        return E("true" if v else "false")
    if isinstance(v, int):
        return E(str(v), PRIMARY if v >= 0 else UNARY)
    if v != v:
        return E("NaN")
    if v in (float("inf"), float("-inf")):
        return E("Infinity" if v > 0 else "-Infinity", PRIMARY if v > 0 else UNARY)
    r = repr(v)
    return E(r, PRIMARY if not r.startswith("-") else UNARY)


def call(fn: str | E, *args: E | str) -> E:
    f = fn.at(POSTFIX) if isinstance(fn, E) else fn
    return E(f"{f}({', '.join([a.at(ASSIGN) if isinstance(a, E) else a for a in args])})", POSTFIX)


def binop(a: E, op: str, b: E, prec: int, right_assoc: bool = False) -> E:
    left = a.at(prec + 1 if right_assoc else prec)
    right = b.at(prec if right_assoc else prec + 1)
    return E(f"{left} {op} {right}", prec)


def unop(op: str, a: E) -> E:
    sep = " " if op.isalpha() or (op in "+-" and a.code.startswith(op)) else ""
    return E(f"{op}{sep}{a.at(UNARY)}", UNARY)


def member(a: E, name: str) -> E:
    return E(f"{a.at(POSTFIX)}.{name}", POSTFIX)


def index(a: E, i: E) -> E:
    return E(f"{a.at(POSTFIX)}[{i.code}]", POSTFIX)


def array(items) -> E:
    return E("[" + ", ".join(i.at(ASSIGN) for i in items) + "]")


def cond(t: E, a: E, b: E) -> E:
    return E(f"{t.at(OR)} ? {a.at(ASSIGN)} : {b.at(ASSIGN)}", COND)


def assign(target: str, value: E) -> E:
    return E(f"{target} = {value.at(ASSIGN)}", ASSIGN)


def comma(*items: E) -> E:
    return E(", ".join(i.at(ASSIGN) for i in items), COMMA)


_IDENT_RE = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_PURE_RE = re.compile(r'[A-Za-z_$][A-Za-z0-9_$]*|-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|"(?:[^"\\\n]|\\.)*"')


def is_ident(e: E) -> bool:
    """A JS identifier (a variable, a temporary, null/true/false): reading it again reads the same thing."""
    return _IDENT_RE.fullmatch(e.code) is not None


def is_pure(e: E) -> bool:
    """An identifier or a literal: evaluating it has no effect and cannot raise, so where it is evaluated
    relative to other operands (or whether it is evaluated at all) does not matter."""
    return _PURE_RE.fullmatch(e.code) is not None


# ---------------------------------------------------------------- statements

@dataclass
class Stmt:
    line: int = 0


@dataclass
class ExprStmt(Stmt):
    expr: E = None


@dataclass
class Raw(Stmt):
    code: str = ""


@dataclass
class VarDecl(Stmt):
    names: list = field(default_factory=list)


@dataclass
class Return(Stmt):
    expr: E | None = None


@dataclass
class Throw(Stmt):
    expr: E = None


@dataclass
class If(Stmt):
    test: E = None
    body: list = field(default_factory=list)
    orelse: list = field(default_factory=list)


@dataclass
class While(Stmt):
    test: E = None
    body: list = field(default_factory=list)
    label: str = ""


@dataclass
class For(Stmt):
    init: str = ""
    test: str = ""
    update: str = ""
    body: list = field(default_factory=list)
    label: str = ""


@dataclass
class Jump(Stmt):
    kind: str = "break"      # break | continue
    label: str = ""


@dataclass
class Try(Stmt):
    body: list = field(default_factory=list)
    catch_var: str = ""
    handler: list = field(default_factory=list)
    final: list = field(default_factory=list)


@dataclass
class Block(Stmt):
    body: list = field(default_factory=list)
    label: str = ""


@dataclass
class FuncDecl(Stmt):
    name: str = ""
    params: list = field(default_factory=list)
    body: list = field(default_factory=list)
    is_async: bool = False
    comment: str = ""


@dataclass
class FuncExpr:
    """A function expression (lambda, comprehension thunk); printed inline."""
    params: list
    body: list
    is_async: bool = False
