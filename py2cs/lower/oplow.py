"""Lowering rules for the operator module and the string module's constants (tables: py2cs/tables/operators.py,
runtime: templates/runtime/operator.js).

``operator.add`` (also ``from operator import add``, ``import operator as op``) is a special name, as a builtin is:
called, it is the operator itself, lowered by the same rules as ``a + b`` (ExprMixin.binop / compare / unary), so
its results and TypeErrors are the operator's; passed as an argument (``key=operator.neg``,
``functools.reduce(operator.mul, xs, 1)``, ``map(operator.add, a, b)``) it becomes a JS function of the same
body that raises CPython's TypeError for another count of arguments (py_op_argc). Anywhere else (stored,
returned, compared) it is refused, as a builtin is. ``itemgetter(...)`` and ``attrgetter(...)`` make function
values (py_itemgetter / py_attrgetter), which may be kept in variables like any function.
"""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import dates as DT
from ..tables import operators as OT

UNDEF = E("undefined")

_BINARY = {"add": ast.Add, "sub": ast.Sub, "mul": ast.Mult, "truediv": ast.Div, "floordiv": ast.FloorDiv,
           "mod": ast.Mod, "pow": ast.Pow, "lshift": ast.LShift, "rshift": ast.RShift, "and_": ast.BitAnd,
           "or_": ast.BitOr, "xor": ast.BitXor}
_COMPARE = {"eq": ast.Eq, "ne": ast.NotEq, "lt": ast.Lt, "le": ast.LtE, "gt": ast.Gt, "ge": ast.GtE,
            "is_": ast.Is, "is_not": ast.IsNot}
_UNARY = {"neg": ast.USub, "pos": ast.UAdd, "invert": ast.Invert, "inv": ast.Invert, "not_": ast.Not}


def operator_name(name: str) -> str:
    """operator.__add__ is operator.add (and __and__ is and_, __not__ not_...)."""
    if name.startswith("__") and name.endswith("__") and len(name) > 4:
        plain = name[2:-2]
        if plain + "_" in OT.FUNCTIONS:
            return plain + "_"
        if plain in OT.FUNCTIONS:
            return plain
    return name


class OperatorMixin:
    # ------------------------------------------------------------ names

    def op_module_attr(self, node, name: str):
        name = operator_name(name)
        if name in OT.FUNCTIONS:
            # a call consumes the marker, and so does an argument (as_value); anything else is refused
            params = "a, b" if OT.FUNCTIONS[name][1] == 2 else "a"
            return self.nonvalue(node, f"operator.{name} can only be called or passed as an argument here",
                                 f"to store or compare it, wrap it in a function: lambda {params}: "
                                 f"operator.{name}({params})"), \
                T.SPECIAL("fn:operator." + name)
        if name in OT.GETTERS:
            return self.nonvalue(node, f"operator.{name} can only be called here",
                                 f"call it: operator.{name}(...)"), T.SPECIAL("fn:operator." + name)
        return self.error(node, f"operator.{name} is not supported",
                          OT.REFUSED.get(name, "supported: " + ", ".join(sorted(OT.FUNCTIONS) + sorted(OT.GETTERS)))), \
            T.ANY

    def string_module_attr(self, node, name: str):
        if name in OT.STRING_CONSTANTS:
            return J.lit_str(OT.STRING_CONSTANTS[name]), T.STR
        return self.error(node, f"string.{name} is not supported",
                          OT.STRING_REFUSED.get(name, "supported: the constants string." +
                                                ", string.".join(OT.STRING_CONSTANTS))), T.ANY

    # ------------------------------------------------------------ calls

    def op_call(self, node, name: str, args):
        if args.kw:
            return self.error(node, f"operator.{name}() takes no keyword arguments",
                              "pass the arguments by position"), T.ANY
        if name == "itemgetter":
            if not args.pos:
                return self.error(node, "itemgetter expected 1 argument, got 0", "itemgetter(key, ...)"), T.ANY
            return J.call("py_itemgetter", J.array([self.to_any(e, t) for e, t in args.pos])), T.ANY
        if name == "attrgetter":
            return self.op_attrgetter(node)
        n = OT.FUNCTIONS[name][1]
        if len(args.pos) != n:
            got = len(args.pos)
            return self.error(node, f"operator.{name}() takes exactly one argument ({got} given)" if n == 1 else
                              f"operator.{name} expected {n} arguments, got {got}",
                              f"operator.{name}({'a' if n == 1 else 'a, b'})"), T.ANY
        return self.op_apply(node, name, args.pos)

    def op_attrgetter(self, node, names=None):
        """attrgetter(...) of constant names (``names``: the values of a module-level one)."""
        parts = []
        for a in (node.args if names is None else names):
            name = a.value if isinstance(a, ast.Constant) else a
            if not isinstance(name, str):
                return self.error(a if names is None else node, "attrgetter() takes constant attribute names here",
                                  "write the name: attrgetter('year'), or a lambda: lambda x: x.year"), T.ANY
            dotted = name.split(".")
            bad = next((p for p in dotted if p not in DT.ATTRS), None)
            if bad is not None:
                return self.error(a if names is None else node, f"attrgetter({name!r}): the attribute '{bad}' is not "
                                  "supported", "py2cs values with attributes are dates, datetimes, times and "
                                  "timedeltas (" + ", ".join(DT.ATTRS) + "); for anything else write a lambda"), T.ANY
            parts.append(J.array([J.lit_str(p) for p in dotted]))
        if not parts:
            return self.error(node, "attrgetter expected 1 argument, got 0", "attrgetter('year', ...)"), T.ANY
        return J.call("py_attrgetter", J.array(parts)), T.ANY

    def op_module_getter(self, node, name: str, kind: str, args: tuple, obj):
        """A module-level ``KEY = itemgetter(...)``: one function value, declared once (every use is the same
        object, as in CPython)."""
        if kind == "attrgetter":
            made, _ = self.op_attrgetter(node, list(args))
            if made.code == "undefined":
                return made, T.ANY
        else:
            made = J.call("py_itemgetter", J.array([self.literal_value(a) for a in args]))
        return E(self.program.constant(name, obj, lambda _v: made)), T.ANY

    def op_apply(self, node, name: str, vals):
        """The operator ``name`` on the lowered arguments ``vals`` ((E, Ty) pairs, in the order written)."""
        if name in _BINARY:
            return self.binop(node, _BINARY[name], *vals[0], *vals[1])
        if name in _COMPARE:
            return self.compare(node, _COMPARE[name](), *vals[0], *vals[1]), T.BOOL
        if name in _UNARY:
            return self.unary(node, _UNARY[name](), *vals[0])
        if name == "abs":
            return self.b_abs(node, vals)
        if name == "truth":
            return self.truthy(*vals[0]), T.BOOL
        if name == "index":
            return J.call("py_op_index", self.to_any(*vals[0])), T.INT
        (a, at), (b, bt) = vals
        if name == "getitem":
            return J.call("py_getitem", self.to_any(a, at), self.to_any(b, bt)), T.ANY
        if name == "concat":
            return J.call("py_op_concat", self.to_any(a, at), self.to_any(b, bt)), T.ANY
        assert name == "contains", name
        # b in a, with a evaluated first (as the call does)
        if not (J.is_pure(a) and J.is_pure(b)):
            ta, tb = self.temp(), self.temp()
            test = self.compare(node, ast.In(), E(tb), bt, E(ta), at)
            return E(f"({ta} = {a.at(J.ASSIGN)}, {tb} = {b.at(J.ASSIGN)}, {test.at(J.ASSIGN)})", J.PRIMARY), T.BOOL
        return self.compare(node, ast.In(), b, bt, a, at), T.BOOL

    def op_value(self, node, name: str):
        """``operator.<name>`` passed as an argument: a JS function of its arguments (CPython's TypeError for
        another count of them)."""
        if name not in OT.FUNCTIONS:        # itemgetter / attrgetter themselves: the marker stays (refused)
            return None
        n = OT.FUNCTIONS[name][1]
        params = ["$a", "$b"][:n]
        body, bt = self.op_apply(node, name, [(E(p), T.ANY) for p in params])
        return E(f"py_op_fn(function ({', '.join(params)}) {{ if (arguments.length !== {n}) throw py_op_argc("
                 f"{J.lit_str(name).code}, {n}, arguments.length); return {self.to_any(body, bt).code}; }}, "
                 f"{J.lit_str(name).code})",
                 J.POSTFIX), T.ANY
