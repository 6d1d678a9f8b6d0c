"""Lowering rules for calls: builtins, methods of str/list/dict/set, math/json, user functions."""
from __future__ import annotations

import ast
import re

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import Sig
from ..tables import builtins as BT
from ..tables import dates as DT
from ..tables import methods as MT
from .bvalue import BuiltinValueMixin
from .relow import MATCH_METHODS as RE_MATCH_METHODS
from .stmt import mark_now_view, strict_zip
from .urllow import url_result_kind
from .walk import walk, walk_function

# rewrites of Counter methods py2cs does not have, for the diagnostic
_COUNTER_REWRITES = {
    "subtract": "; for c.subtract(xs): for x in xs: c[x] -= 1",
    "elements": "; for c.elements(): [k for k, n in c.items() for _ in range(n)]",
}
COUNTER_TYPE = T.Ty("dict", T.ANY, T.ANY, "counter")     # a collections.Counter (a dict with most_common...)

UNDEF = E("undefined")
_LITERAL_RE = re.compile(r'-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|"(?:[^"\\\n]|\\.)*"|null|true|false|undefined')


def num_compare(helper: str, sym: str, a: E, b: E) -> E:
    """a < b (<=, >, >=) of values of unknown type: the helper, whose first test (two JS numbers: the
    plain comparison) is written inline when both operands are variables, so a loop over numbers makes no
    call (QuickJS calls cost as much as the comparison)."""
    if J.is_ident(a) and J.is_ident(b) and a.code not in ("null", "true", "false", "undefined") \
            and b.code not in ("null", "true", "false", "undefined"):
        return E(f'typeof {a.code} === "number" && typeof {b.code} === "number" ? {a.code} {sym} {b.code} : '
                 f'{helper}({a.code}, {b.code})', J.COND)
    return J.call(helper, a, b)


_DEFER_ATOM = r'(?:"(?:[^"\\\n]|\\.)*"|-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|[A-Za-z_$][A-Za-z0-9_$]*|String\([A-Za-z_$][A-Za-z0-9_$]*\))'
_DEFERRABLE_RE = re.compile(_DEFER_ATOM + r'(?: \+ ' + _DEFER_ATOM + r')*')


_EMPTY_NEW = ("new Map()", "[]", "py_tuple([])", "new Set()")     # built, cannot raise


def _is_literal(e: E) -> bool:
    return _LITERAL_RE.fullmatch(e.code) is not None


class Args:
    """A call's arguments, lowered: positional ``(E, Ty)`` pairs and keywords by name."""

    def __init__(self, pos, kw, node):
        self.pos = pos
        self.kw = kw
        self.node = node

    def bound(self, low, sig: Sig, what: str):
        """Values for each parameter of ``sig`` (None when omitted), or None after reporting an error."""
        slots, err = sig.bind(len(self.pos), list(self.kw))
        if err and what == "zip" and "strict" in self.kw:
            # CPython 3.10+ accepts strict=; "unexpected keyword argument" would read as a mistake of the user's
            low.error(self.node, "zip(..., strict=...) is supported with a literal True or False only",
                      "write strict=True, or compare the lengths first (if len(a) != len(b): raise ValueError(...))")
            return None
        if err:
            low.error(self.node, f"{what}() {err}", f"{what}({sig.spec})")
            return None
        if len(self.kw) > 1:      # (one keyword argument has no order to keep)
            self.in_source_order(low, [n for s in slots if s and s[0] in ("kw", "kwmap")
                                       for n in ((s[1],) if s[0] == "kw" else s[1])])
        out = []
        for p, slot in zip(sig.params, slots):
            if slot is None:
                out.append(None)
            elif slot[0] == "pos":
                out.append(self.pos[slot[1]])
            elif slot[0] == "kw":
                out.append(self.kw[slot[1]])
            elif slot[0] == "kwmap":
                out.append({k: self.kw[k] for k in slot[1]})
            else:
                out.append(self.pos[slot[1]:])
        return out

    def in_source_order(self, low, placed: list) -> None:
        """Keyword arguments are placed in parameter order, but CPython evaluates them in the order written:
        when that matters (``f(b=log(1), a=log(2))``, ``f(b=(x := 5), a=x)``), they are evaluated in source
        order into temporaries by the one placed first, and every keyword argument reads its temporary."""
        names = [k for k in self.kw if not _is_literal(self.kw[k][0])]
        if [k for k in placed if k in names] == names or all(J.is_pure(self.kw[k][0]) for k in names):
            return
        temps = {k: low.temp() for k in names}
        first = next(k for k in placed if k in names)
        sets = ", ".join(f"{temps[k]} = {self.kw[k][0].at(J.ASSIGN)}" for k in names)
        for k in names:
            self.kw[k] = (E(f"({sets}, {temps[k]})", J.PRIMARY) if k == first else E(temps[k]), self.kw[k][1])


_VIEW_METHODS = ("keys", "values", "items")


def _view_suffix(node, kind: str, name: str) -> str:
    """'_now' for d.items() / d.values() iterated by a loop whose body cannot change the dict's values
    (stmt._mark_plain_views): a snapshot of the items, cheaper than the live view (py_dict_live)."""
    return "_now" if kind == "dict" and name in ("items", "values") and getattr(node, "_py2cs_plain_view", False) else ""
# builtins that only iterate over an argument (a dict view there behaves as the list py2cs makes of it)
_VIEW_BUILTINS = ("list", "tuple", "set", "dict", "sorted", "len", "bool", "min", "max", "sum", "any", "all",
                  "enumerate", "zip", "reversed", "map", "filter")
# methods (and math functions) that only iterate over their arguments
_VIEW_METHOD_CONSUMERS = {"join", "extend", "extendleft", "update", "union", "intersection", "difference", "symmetric_difference",
                          "issubset", "issuperset", "isdisjoint", "fromkeys", "fsum", "prod"}


# the node classes mark_view_uses looks at
_VIEW_PARENTS = frozenset((ast.For, ast.AsyncFor, ast.comprehension, ast.Compare, ast.Starred, ast.Assign, ast.If,
                           ast.While, ast.IfExp, ast.Assert, ast.UnaryOp, ast.Call))


def _is_view_call(node) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _VIEW_METHODS
            and not node.args and not node.keywords)


def mark_view_uses(root) -> None:
    """Mark the ``d.keys()`` / ``d.values()`` / ``d.items()`` calls whose view is only iterated right away
    (a for loop, a comprehension, ``x in view``, unpacking, ``*view``, list()/sorted()/len()..., ``"".join``):
    there the list py2cs makes behaves as CPython's view. A builtin consumer is recorded and checked when the
    call is lowered (its name may be shadowed). Runs once per function (the fixpoint lowers it again)."""
    if getattr(root, "_py2cs_views_marked", False):
        return
    root._py2cs_views_marked = True
    nodes = walk_function(root)
    if not any(n.__class__ is ast.Call and n.func.__class__ is ast.Attribute and n.func.attr in _VIEW_METHODS
               for n in nodes):
        return                                  # no d.keys() / .values() / .items() call at all
    for parent in nodes:
        if parent.__class__ not in _VIEW_PARENTS:
            continue
        if isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)):
            kids = [parent.iter]
        elif isinstance(parent, ast.Compare):
            # x in d.keys(): not a view that is then compared again (a chained comparison)
            # (directly: visit_Compare lowers x in d.keys() / d.items() as membership of d)
            last = parent.comparators[-1]
            if isinstance(parent.ops[-1], (ast.In, ast.NotIn)) and _is_view_call(last):
                last._py2cs_view_ok = True
            continue
        elif isinstance(parent, ast.Starred):
            kids = [parent.value]
        elif isinstance(parent, ast.Assign) and all(isinstance(t, (ast.Tuple, ast.List)) for t in parent.targets):
            kids = [parent.value]
        elif isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)):
            kids = [parent.test]                    # truthiness: a view is true when the list is
        elif isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            kids = [parent.operand]
        elif isinstance(parent, ast.Call):
            f = parent.func
            if isinstance(f, ast.Name):
                # (view_ok decides: a builtin that only iterates, or collections.deque under any name)
                for a in parent.args:
                    for v in _view_results(a):
                        v._py2cs_view_consumer = parent
                continue
            kids = list(parent.args) if isinstance(f, ast.Attribute) and f.attr in _VIEW_METHOD_CONSUMERS else []
        else:
            continue
        for k in kids:
            for v in _view_results(k):
                v._py2cs_view_ok = True


# builtins that return a one-shot iterator in CPython (py2cs makes a list), and the builtins that consume one
_ITER_BUILTINS = ("map", "filter", "zip", "enumerate", "reversed")
_ITER_CONSUMERS = ("list", "tuple", "set", "dict", "sorted", "sum", "min", "max", "any", "all", "enumerate", "zip",
                   "map", "filter")


# builtins whose first argument, a generator expression / map() / filter(), is pulled one item at a time
_STREAM_BUILTINS = frozenset(f"builtin:{n}" for n in ("sum", "min", "max", "set", "dict"))

_ITER_PARENTS = frozenset((ast.For, ast.AsyncFor, ast.comprehension, ast.Starred, ast.Assign, ast.Call))


def _iter_results(node) -> list:
    """The iterator-making calls and generator expressions whose value ``node`` may evaluate to."""
    if isinstance(node, (ast.GeneratorExp, ast.Call, ast.Name)):
        return [node]       # (any call or name: itertools under any name, a groupby() group; iter_ok decides)
    if isinstance(node, ast.IfExp):
        return _iter_results(node.body) + _iter_results(node.orelse)
    if isinstance(node, ast.BoolOp):
        return _iter_results(node.values[-1])    # the others are tested for truth
    return []


def mark_iter_uses(root) -> None:
    """Mark the map()/filter()/zip()/enumerate()/reversed() calls and generator expressions whose iterator is
    consumed right away (a for loop, a comprehension, unpacking, ``*it``, list()/sorted()/sum()/any()...,
    ``"".join``): there the list py2cs makes behaves as CPython's iterator. Elsewhere (kept in a variable,
    returned, tested for truth, len()...) a one-shot, always-true iterator and a list differ."""
    if getattr(root, "_py2cs_iters_marked", False):
        return
    root._py2cs_iters_marked = True
    for parent in walk_function(root):
        if parent.__class__ not in _ITER_PARENTS:
            continue
        if isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)):
            kids = [parent.iter]
        elif isinstance(parent, ast.Starred):
            kids = [parent.value]
        elif isinstance(parent, ast.Assign) and all(isinstance(t, (ast.Tuple, ast.List)) for t in parent.targets):
            kids = [parent.value]
        elif isinstance(parent, ast.Call):
            f = parent.func
            if isinstance(f, ast.Name):
                # a builtin consumer, or collections.Counter / defaultdict under any name: checked by iter_ok
                for a in parent.args:
                    for v in _iter_results(a):
                        v._py2cs_iter_consumer = parent
                continue
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
                # module.function(gen): a statistics function consumes it right away (iter_ok: stat_consumer)
                for a in list(parent.args) + [k.value for k in parent.keywords]:
                    for v in _iter_results(a):
                        v._py2cs_iter_consumer = parent
            kids = list(parent.args) if isinstance(f, ast.Attribute) and f.attr in _VIEW_METHOD_CONSUMERS else []
        else:
            continue
        for k in kids:
            for v in _iter_results(k):
                v._py2cs_iter_ok = True


def _view_results(node) -> list:
    """The view calls whose value ``node`` may evaluate to (through ``and``/``or`` and ``if``-``else``)."""
    if _is_view_call(node):
        return [node]
    if isinstance(node, ast.BoolOp):
        return [v for x in node.values for v in _view_results(x)]
    if isinstance(node, ast.IfExp):
        return _view_results(node.body) + _view_results(node.orelse)
    return []


def _signature_args(target):
    """The ast.arguments of a user function (a nested def's node, a captured or live function), or None."""
    if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        return target.args
    if hasattr(target, "node"):
        return target.node.args
    if hasattr(target, "__code__"):
        try:
            from ..capture import capture_function
            return capture_function(target).node.args
        except Exception:  # reported when the function itself is lowered
            return None
    return None


# isinstance(x, C) for one class C that a single JS test decides (as py_isinstance does).
_ISINSTANCE_INLINE = {"str": ("typeof", '"string"'), "bool": ("typeof", '"boolean"'), "dict": ("instanceof", "Map"),
                      "set": ("instanceof", "Set"), "NoneType": ("null", None)}


# Methods whose dispatcher py_m_<name>(self, ...) only checks the receiver type and the argument count
# before calling py_<type>_<name>(self, ...) with the same arguments.
_TYPED_DISPATCH = {"str": {"lower", "upper", "strip", "lstrip", "rstrip", "split", "startswith", "endswith",
                           "replace", "join"},
                   "dict": {"keys", "values", "items"}}


_MATERIALIZING = ("sorted", "list", "tuple", "set", "dict", "sum", "len", "any", "all")


def _mark_direct_lambdas(node) -> None:
    """The lambdas written in place as key= or as map's / filter's function: the runtime calls them with the
    arguments their arity was checked against at compile time, so they need no signature (py_fn)."""
    for k in node.keywords:
        if k.arg == "key" and isinstance(k.value, ast.Lambda) and not k.value.args.vararg:
            k.value._py2cs_direct = True        # one argument: key_lambda_arity (missing ones take defaults)
    f = node.func
    if isinstance(f, ast.Name) and f.id in ("map", "filter") and node.args and isinstance(node.args[0], ast.Lambda):
        lam = node.args[0].args
        # map: one argument per iterable (b_map checks a plain lambda's count); filter: one argument
        n = len(node.args) - 1 if f.id == "map" else 1
        npos = len(lam.posonlyargs) + len(lam.args)
        plain = not (lam.vararg or lam.kwonlyargs or lam.defaults or lam.posonlyargs)
        if (f.id == "map" and plain) or (not lam.vararg and npos - len(lam.defaults) <= n <= npos
                                         and all(d is not None for d in lam.kw_defaults)):
            node.args[0]._py2cs_direct = True


def _builtin_value(low, arg):
    """An argument (E, Ty); a builtin's one-argument wrapper (as_value) passed to a Python function: the builtin's
    value (lower/bvalue.py), which binds any arguments as CPython's builtin does."""
    e, t = arg
    if t.kind == "func" and isinstance(t.extra, tuple) and len(t.extra) == 3:
        name = t.extra[2]
        bv = low.builtin_value(("unbound:" if "." in name else "builtin:") + name)
        if bv is not None:
            return bv, T.ANY
        return J.call("py_fn_builtin", e, J.lit_str(name)), t
    return arg


def _mark_bound_methods(node, name: str) -> None:
    """A method of a value passed as key= or as map's / filter's function (``key=counts.get``,
    ``map(", ".join, rows)``): visit_Attribute makes it a function of the arity the builtin calls it with."""
    for k in node.keywords:
        if k.arg == "key" and isinstance(k.value, ast.Attribute):
            k.value._py2cs_bound_arity = 1
    if name in ("map", "filter") and len(node.args) >= 2 and isinstance(node.args[0], ast.Attribute) \
            and not node.keywords:
        node.args[0]._py2cs_bound_arity = len(node.args) - 1 if name == "map" else 1


# builtins called with *args: their positional arguments are any number of values
_STAR_BUILTINS = ("builtin:zip", "builtin:print", "builtin:max", "builtin:min")


def node_kw(node, name: str):
    """The value node of keyword ``name`` in a call."""
    return next(k.value for k in node.keywords if k.arg == name)


# builtins that iterate over their first argument (a component iterates over the ids of its tree in CPython)
_COMPONENT_ITER_BUILTINS = {"list", "tuple", "set", "dict", "sorted", "enumerate", "zip", "map", "filter", "sum",
                            "min", "max", "any", "all", "reversed"}


class CallsMixin(BuiltinValueMixin):       # (builtins as values: lower/bvalue.py)
    def visit_Call(self, node):
        f = node.func
        callee = self.it_callee(node)       # itertools / functools.reduce (lower/itlow.py)
        if callee is not None:
            return self.it_call(node, callee)
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return self.star_call(node)
        if node.keywords and self.key_lambda_arity(node):
            return E("undefined"), T.ANY
        if node.args and (self.builtin_call(node, *_MATERIALIZING) or (isinstance(f, ast.Attribute) and f.attr == "join")
                          or (self.builtin_call(node, "min", "max") and not node.keywords)):
            # d.items() / d.values() read whole before any code of the program runs (sorted() lists its
            # argument before it calls the key): the items as they are now, not the live view a loop needs
            mark_now_view(node.args[0])
        if isinstance(f, ast.Name):
            f._py2cs_callee = True        # a function named here is called, not used as a value
            if self.builtin_call(node, "sorted", "min", "max", "map", "filter"):
                _mark_direct_lambdas(node)
                _mark_bound_methods(node, f.id)
        elif isinstance(f, ast.Attribute) and f.attr == "sort":
            _mark_direct_lambdas(node)
            _mark_bound_methods(node, "sort")
        if isinstance(f, ast.Attribute):
            base, bt = self.expr(f.value)
            if f.attr in ("extend", "update", "extendleft") and len(node.args) == 1 and not node.keywords \
                    and bt.kind not in ("special", "js") and self.is_lazy_node(node.args[0]):
                # adding a generator's items one by one, as CPython does (a failure part way keeps the earlier)
                return J.call("py_consume_lazy", base, self.lazy_source(node.args[0]), J.lit_str(f.attr)), T.NONE
            if bt.kind == "special":
                return self.special_method(node, bt.extra, f.attr, base)
            args = self.call_args(node)
            if bt.kind == "js":
                return self.js_call(J.member(base, f.attr), args), T.JS
            if f.attr == "sort" and "key" in args.kw:
                args.kw["key"] = self.bound_callable(node_kw(node, "key"), *args.kw["key"], 1)
            return self.method_call(node, base, bt, f.attr, args)
        fe, ft = self.expr(f)
        if ft.kind == "special" and ft.extra == "builtin:isinstance" and len(node.args) == 2 and not node.keywords \
                and not any(isinstance(a, ast.Starred) for a in node.args):
            # the classes (int, (str, type(None))) are read by b_isinstance, not lowered as values
            obj = node.args[0]
            return self.special_call(node, ft.extra, Args([self.as_value(obj, *self.expr(obj)), (UNDEF, T.ANY)], {}, node))
        if ft.kind == "special" and ft.extra == "builtin:zip" and (strict_zip(node) is not None or (
                node.args and not node.keywords and any(self.is_lazy_node(a) for a in node.args))):
            # zip() of generators / map() / filter() (one item of each in turn, as CPython's zip pulls them), or
            # zip(..., strict=True) (its length check raises when the iteration gets there): its tuples as a list
            if not self.iter_ok(node, "zip()"):
                return UNDEF, T.ANY
            return J.call("py_it_list", self.zip_source(node)), T.LIST(T.TUPLE())
        if ft.kind == "special" and ft.extra in ("builtin:map", "builtin:filter") and self.is_lazy_node(node) \
                and any(self.is_lazy_node(a) for a in node.args[1:]):
            # map(f, gen) made a list: each item of gen computed just before f is called with it, as in CPython
            if not self.iter_ok(node, f"{ft.extra[8:]}()"):
                return UNDEF, T.ANY
            return J.call("py_it_list", self.lazy_source(node)), T.LIST()
        if ft.kind == "special" and ft.extra in ("fn:collections.Counter", "fn:collections.defaultdict") \
                and not node.keywords and len(node.args) == (1 if ft.extra.endswith("Counter") else 2) \
                and self.is_lazy_node(node.args[-1]):
            # Counter(gen) / defaultdict(f, gen): counted or inserted as each item is produced
            if ft.extra.endswith("Counter"):
                made, mt = J.call("py_counter"), COUNTER_TYPE
            else:
                f0 = node.args[0]
                factory, fname = self.default_factory(f0, self.as_value(f0, *self.expr(f0)))
                if factory is None:
                    return UNDEF, T.ANY
                made, mt = J.call("py_defaultdict", factory, fname), T.DICT()
            return J.call("py_filled", made, self.lazy_source(node.args[-1])), mt
        if ft.kind == "special" and ft.extra == "fn:collections.deque" and node.args \
                and not isinstance(node.args[0], ast.Starred) and self.is_lazy_node(node.args[0]) \
                and len(node.args) + len(node.keywords) <= 2 and all(k.arg == "maxlen" for k in node.keywords):
            # deque(gen[, maxlen]): the generator made, maxlen evaluated and checked, then each item appended as it
            # is produced (a generator reading the deque sees it grow)
            src = self.lazy_source(node.args[0])
            rest = node.args[1:] + [k.value for k in node.keywords]
            ml = [self.to_any(*self.expr(rest[0]))] if rest else []
            return J.call("py_deque", src, E("true"), *ml), T.ANY
        if ft.kind == "special" and ft.extra == "builtin:next":
            return self.next_call(node)
        if ft.kind == "special" and ft.extra in _STREAM_BUILTINS and node.args and self.is_lazy_node(node.args[0]):
            got = self.stream_call(node, ft.extra[8:])
            if got is not None:
                return got
        if ft.kind == "special" and str(ft.extra).startswith("fn:statistics."):
            return self.stat_call(node, ft.extra[14:], self.stat_args(node, ft.extra[14:]))
        args = self.call_args(node)
        if ft.kind == "special" and str(ft.extra).startswith("unbound:"):
            bv = self.builtin_value(ft.extra)      # u = str.upper; u(s): through the method's value (lower/bvalue.py)
            if bv is not None:
                fe, ft = bv, T.ANY
        pre = []
        if ft.kind == "special" and ft.extra == "builtin:sorted" and len(node.args) == 1 and len(args.pos) == 1 \
                and isinstance(node.args[0], ast.GeneratorExp) \
                and not all(isinstance(k.value, (ast.Lambda, ast.Name, ast.Constant, ast.Attribute)) for k in node.keywords):
            # sorted(gen, key=make_key()): CPython makes the generator, evaluates key= and reverse=, then pulls the
            # items (a key factory's effects or exception come before the generator's)
            g = self.temp()
            pre.append(J.assign(g, self.generator_object(node.args[0])))
            for k in list(args.kw):
                kt = self.temp()
                pre.append(J.assign(kt, args.kw[k][0]))
                args.kw[k] = (E(kt), args.kw[k][1])
            args.pos[0] = (J.call("py_it_list", E(g)), T.LIST())
        if ft.kind == "special":
            name = ft.extra[8:] if ft.extra.startswith("builtin:") else None
            if name in ("sorted", "min", "max") and "key" in args.kw:
                args.kw["key"] = self.bound_callable(node_kw(node, "key"), *args.kw["key"], 1)
            if pre:
                e, t = self.special_call(node, ft.extra, args)
                return E("(" + J.comma(*pre, e).code + ")", J.PRIMARY), t
            elif name in ("map", "filter") and len(args.pos) >= 2 and not args.kw:
                n = len(args.pos) - 1 if name == "map" else 1
                args.pos[0] = self.bound_callable(node.args[0], *args.pos[0], n)
            return self.special_call(node, ft.extra, args)
        if ft.kind == "js":
            return self.js_call(fe, args), T.JS
        if ft.kind in ("func", "any"):   # a builtin passed to a Python function carries its one-argument arity
            args.pos[:] = [_builtin_value(self, a) for a in args.pos]
            for k, a in args.kw.items():
                args.kw[k] = _builtin_value(self, a)
        if ft.kind == "func":
            return self.user_call(node, fe, ft, args)
        if ft.kind == "never":
            return J.call(fe, *[self.to_any(e, t) for e, t in args.pos]), T.NEVER
        if args.kw:
            # a value called with keywords (f(xs, key=len, reverse=True)): py_callkw binds them as CPython would
            args.in_source_order(self, list(args.kw))
            pairs = [J.array([J.lit_str(k), self.to_any(e, t)]) for k, (e, t) in args.kw.items()]
            return J.call("py_callkw", fe, J.array([self.to_any(e, t) for e, t in args.pos]),
                          E(f"new Map({J.array(pairs).code})", J.POSTFIX)), T.ANY
        # a value called: py_callv binds the arguments as CPython would (or raises its TypeError)
        return J.call("py_callv", fe, J.array([self.to_any(e, t) for e, t in args.pos])), T.ANY

    def stream_call(self, node, name: str):
        """sum(), min()/max(), set() or dict() of a generator expression, map() or filter(): CPython's builtin
        takes one item at a time, so an item that cannot be added, compared or hashed raises before later
        items are computed, and a key function runs between them. None where the ordinary lowering is
        already exact and faster (a generator's inline sum/min/max loop) or the call is malformed."""
        src = node.args[0]
        kws = {k.arg: k.value for k in node.keywords}
        gen = isinstance(src, ast.GeneratorExp)
        if name in ("set", "dict"):
            if len(node.args) != 1 or node.keywords:
                return None
            if gen and name == "set":           # set(f(x) for x in xs) adds as {f(x) for x in xs} does
                return self.visit_SetComp(src)
            return J.call(f"py_{name}_it", self.lazy_source(src)), T.SET() if name == "set" else T.DICT()
        if name == "sum":
            if len(node.args) + len(kws) > 2 or set(kws) - {"start"} or (len(node.args) == 2 and kws):
                return None
            start = node.args[1] if len(node.args) == 2 else kws.get("start")
            if gen and (start is None or isinstance(start, ast.Constant)):
                return None                     # b_sum's inline loop
            it = self.lazy_source(src)
            return J.call("py_sum_it", it, *([self.to_any(*self.expr(start))] if start is not None else [])), T.ANY
        # min / max of one iterable
        if len(node.args) != 1 or set(kws) - {"key", "default"} or (gen and not kws):
            return None
        it = self.lazy_source(src)
        key = E("null")
        if "key" in kws:
            kn = kws["key"]
            key = self.bound_callable(kn, *self.as_value(kn, *self.expr(kn)), 1)[0]
        dflt = self.to_any(*self.expr(kws["default"])) if "default" in kws else UNDEF
        return J.call("py_minmax_it", it, key, dflt, E("true" if "default" in kws else "false"),
                      E("true" if name == "max" else "false")), T.ANY

    def next_call(self, node):
        """next() of an iterator made in the call: a generator expression, map() or filter() computes only its
        first item (as CPython's next pulls one); next(iter(x)) is x's first item. CPython evaluates the
        iterator, then the default, then takes the item."""
        if node.keywords:
            return self.error(node, "next() takes no keyword arguments", "pass the default by position"), T.ANY
        if not 1 <= len(node.args) <= 2:
            return self.error(node, f"next expected at least 1 argument, got {len(node.args)}" if not node.args else
                              f"next expected at most 2 arguments, got {len(node.args)}",
                              "next(iterator) or next(iterator, default)"), T.ANY
        src = node.args[0]
        if self.is_lazy_node(src):
            it, helper = self.lazy_source(src), "py_next"
        elif self.builtin_call(src, "iter") and len(src.args) == 1 and not src.keywords \
                and not isinstance(src.args[0], ast.Starred):
            it, helper = self.to_any(*self.expr(src.args[0])), "py_next_first"
        else:
            return self.error(src, "next() is supported only of an iterator made in the call",
                              "write the generator in the call, next((r for r in rows if r['id'] == k), None), "
                              "use next(iter(xs)) for the first item, or index a list (xs[0])"), T.ANY
        if helper == "py_next_first" and len(node.args) == 2:
            # iter(x) runs before the default is evaluated: its TypeError first, a dict's size recorded
            return J.call("py_next_snap", J.call("py_iter_snap", it), self.to_any(*self.expr(node.args[1]))), T.ANY
        dflt = [self.to_any(*self.expr(node.args[1])), E("true")] if len(node.args) == 2 else []
        return J.call(helper, it, *dflt), T.ANY

    def fn_meta(self, fe: E, fargs, qual: str) -> E:
        """``py_fn(f, ...)``: the function value ``fe`` with its signature attached, for calls through
        values (py_callv, py_fn_n)."""
        names = J.array([J.lit_str(a.arg) for a in fargs.posonlyargs + fargs.args])
        req = [a.arg for a, d in zip(fargs.kwonlyargs, fargs.kw_defaults) if d is None]
        kwnames = [J.array([J.lit_str(a.arg) for a in fargs.kwonlyargs])] if fargs.kwonlyargs else []
        return J.call("py_fn", fe, names, E(str(len(fargs.defaults))), E("true" if fargs.vararg else "false"),
                      E(str(len(fargs.kwonlyargs))), J.lit_str(qual),
                      J.array([J.lit_str(r) for r in req]) if req else E("null"), *kwnames)

    def bound_callable(self, arg_node, e: E, t: T.Ty, n: int):
        """A function argument the runtime calls with ``n`` positional arguments (a key function, map's or
        filter's function). A lambda written in place or a builtin passed by name takes them as is (their
        arity is checked at compile time); any other value may be a Python function whose parameters do
        not take ``n`` arguments: py_fn_n binds through its signature, so the call raises as in CPython."""
        if (isinstance(arg_node, ast.Lambda) and getattr(arg_node, "_py2cs_direct", False)) \
                or (t.kind == "func" and isinstance(t.extra, tuple) and t.extra[1] == n) or t.kind in ("none", "js"):
            return e, t
        # (a lambda with another number of parameters, re.sub(p, lambda a, b: ..., s) or filter(lambda: ..., xs):
        # py_fn_n binds through its signature, so the call raises CPython's TypeError)
        return J.call("py_fn_n", e, E(str(n))), t

    def call_args(self, node) -> Args:
        # a builtin in a function position (key=len, map(int, xs), defaultdict(list), quote_via=quote) is read by
        # the callee (as_value); anywhere else it is the builtin's value (lower/bvalue.py): out.append(len), repr(int)
        f = node.func
        fname = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        first_fn = fname in ("map", "filter", "defaultdict")
        pos = [self.as_value(a, *self.expr(a)) if i == 0 and first_fn else self.value_arg(a, *self.expr(a))
               for i, a in enumerate(node.args)]
        kw = {k.arg: self.as_value(k.value, *self.expr(k.value)) if k.arg in ("key", "quote_via")
              else self.value_arg(k.value, *self.expr(k.value))
              for k in node.keywords}
        return Args(pos, kw, node)

    def value_arg(self, node, e: E, t: T.Ty):
        """An argument that is not called by the callee: a builtin (or unbound method) there is its value, an
        operator function (reduce(operator.mul, xs), a user's apply(operator.add, a, b)) its JS function."""
        if t.kind == "special" and e.code.startswith("$bv_"):
            return e, T.ANY
        if t.kind == "special" and t.extra.startswith("fn:operator."):
            return self.as_value(node, e, t)      # its JS function, as where it is called by the callee
        return e, t

    FUNCTION_VALUES = ("len", "str", "repr", "int", "float", "bool", "abs", "ord", "chr", "list", "tuple",
                       "sorted", "reversed", "sum", "min", "max", "round", "hex", "bin", "oct", "set", "dict")

    def as_value(self, node, e: E, t: T.Ty):
        """A builtin or an unbound method used as a value (``key=len``, ``map(str.upper, xs)``)."""
        if t.kind != "special":
            return e, t
        extra = t.extra
        if extra.startswith("builtin:") and extra[8:] in self.FUNCTION_VALUES:
            call = ast.Call(func=ast.Name(extra[8:], ast.Load()), args=[ast.Name("$x", ast.Load())], keywords=[])
            ast.copy_location(call, node)
            ast.fix_missing_locations(call)
            body, bt = self.special_call(call, extra, Args([(E("$x"), T.ANY)], {}, call))
            return E(f"(function ($x) {{ return {self.to_any(body, bt).code}; }})"), \
                T.Ty("func", extra=("lambda", 1, extra[8:]))
        if extra.startswith("fn:operator."):     # key=operator.neg, reduce(operator.mul, xs) (lower/oplow.py)
            got = self.op_value(node, extra[12:])
            return got if got is not None else (e, t)
        if extra.startswith("unbound:"):
            typ, _, meth = extra[8:].partition(".")
            # the receiver checked as CPython's descriptor does (map(str.lower, ["a", None]): its TypeError text,
            # not the engine's "cannot read property"; list.copy of a tuple a TypeError, not a copy)
            check = f"py_bv_self($x, '{typ}', '{typ}.{meth}'); " if typ in ("str", "dict", "set", "list", "tuple") else ""
            return E(f"(function ($x) {{ {check}return py_{typ}_{meth}($x); }})"), \
                T.Ty("func", extra=("lambda", 1, f"{typ}.{meth}"))
        return e, t

    def star_call(self, node):
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return self.star_format(node)
        getter = isinstance(node.func, ast.Attribute) and node.func.attr == "itemgetter"   # operator.itemgetter(*keys)
        fe, ft = self.expr(node.func) if not isinstance(node.func, ast.Attribute) or getter else (None, None)
        if ft is not None and ft.kind == "special" and ft.extra in _STAR_BUILTINS and not node.keywords:
            return self.star_builtin(node, ft.extra[8:])
        if ft is not None and ft.kind == "special" and ft.extra == "fn:operator.itemgetter" and not node.keywords:
            # itemgetter(*keys): its items spread (none: CPython's TypeError when it is made)
            return J.call("py_itemgetter", E(f"[{', '.join(self.spread_args(node, 'operator.itemgetter'))}]",
                                             J.PRIMARY)), T.ANY
        if node.keywords or ft is None or ft.kind not in ("func", "js", "any"):
            return self.error(node, "*args / **kwargs in this call are not supported",
                              "pass the arguments explicitly"), T.ANY
        is_js = ft.kind == "js"
        parts = []
        for a in node.args:
            if isinstance(a, ast.Starred):
                v, _ = self.expr(a.value)
                it = J.call("py_iter", v)
                parts.append("..." + (J.call("py_to_js", it) if is_js else it).code)
            else:
                v, t = self.expr(a)
                parts.append((self.js_arg(v, t) if is_js else self.to_any(v, t)).at(J.ASSIGN))
        if is_js:
            return E(f"{fe.at(J.POSTFIX)}({', '.join(parts)})", J.POSTFIX), T.JS
        if ft.kind == "any":        # a value called: py_callv binds the arguments through its signature
            return J.call("py_callv", fe, E(f"[{', '.join(parts)}]", J.PRIMARY)), T.ANY
        # a Python function: the runtime binds the spread positionals to its parameters (*args packed in a tuple)
        target = ft.extra
        if isinstance(target, tuple) and target[0] == "lambda":
            names, n_dflt, vararg, n_kwonly, qual = [f"arg{i}" for i in range(target[1])], 0, False, 0, "<lambda>"
        else:
            fargs = _signature_args(target)
            if fargs is None:
                return self.error(node, "*args in a call to this function is not supported",
                                  "pass the arguments explicitly"), T.ANY
            names = [a.arg for a in fargs.posonlyargs + fargs.args]
            n_dflt, vararg, n_kwonly = len(fargs.defaults), fargs.vararg is not None, len(fargs.kwonlyargs)
            missing_kw = [a.arg for a, d in zip(fargs.kwonlyargs, fargs.kw_defaults) if d is None]
            if missing_kw:
                return self.error(node, f"missing required keyword-only argument '{missing_kw[0]}'",
                                  f"pass it: {missing_kw[0]}=..."), T.ANY
            qual = getattr(target, "_py2cs_qualname", None) or getattr(target, "__qualname__", None) or \
                getattr(target, "name", None) or "function"
        sig = J.array([J.lit_str(n) for n in names])
        return J.call("py_star_call", fe, E(f"[{', '.join(parts)}]", J.PRIMARY), sig, E(str(n_dflt)),
                      E("true" if vararg else "false"), E(str(n_kwonly)), J.lit_str(qual)), T.ANY

    def star_format(self, node):
        """``fmt.format(*args, **fields)`` (``"{name}: {price:.2f}".format(**row)``): the positionals spread and
        the keywords merged in the order written, as CPython builds them (its TypeError for a value after *
        that is not iterable, after ** that is not a dict, or a keyword given twice)."""
        recv, rt = self.expr(node.func.value)
        if rt.kind not in ("str", "any"):
            return self.error(node, f"'{rt.kind}' object has no attribute 'format'",
                              "str.format is a method of str"), T.ANY
        parts = self.spread_args(node, "str.format")
        entries = []
        for k in node.keywords:
            v, t = self.expr(k.value)
            entries.append(J.array([E('"m"'), self.to_any(v, t)]) if k.arg is None
                           else J.array([E('"k"'), J.lit_str(k.arg), self.to_any(v, t)]))
        kw = J.call("py_kwargs", J.lit_str("str.format"), J.array(entries)) if entries else E("null")
        return J.call("py_m_format_kw", recv, E(f"[{', '.join(parts)}]", J.PRIMARY), kw), T.STR

    def spread_args(self, node, name: str) -> list:
        """The positional arguments of a call of the builtin or method ``name`` with ``*iterable`` among them,
        as JS argument texts (``...py_star_iter(v, label)`` for each starred one: CPython's TypeError names
        ``name`` when the starred iterable is the only argument, else it says 'Value after *')."""
        label = J.lit_str(name) if len(node.args) == 1 else E("null")
        parts = []
        for a in node.args:
            if isinstance(a, ast.Starred):
                v, _ = self.expr(a.value)
                parts.append("..." + J.call("py_star_iter", v, label).code)
            else:
                parts.append(self.to_any(*self.expr(a)).at(J.ASSIGN))
        return parts

    def star_builtin(self, node, name: str):
        """zip(*rows) (a transpose), print(*xs), max(*xs), min(*xs): the positional arguments spread from
        the iterables, each checked as CPython checks an argument after * (its TypeError when not iterable)."""
        if name == "zip" and not self.iter_ok(node, "zip()"):
            return E("undefined"), T.ANY
        parts = self.spread_args(node, name)
        if name == "zip":
            return E(f"py_zip({', '.join(parts)})", J.POSTFIX), T.LIST(T.TUPLE())
        if name == "print":
            return E(f"py_print({', '.join(parts)})", J.POSTFIX), T.NONE
        return J.call(f"py_{name}", E(f"[{', '.join(parts)}]", J.PRIMARY), E("null"), E("undefined"), E("false")), T.ANY

    def js_arg(self, e: E, t: T.Ty) -> E:
        if t.kind in ("int", "float", "str", "bool", "none", "js"):
            return e
        return J.call("py_to_js", e)     # a function too: py_js_fn converts what goes in and out of it

    def js_call(self, fe: E, args: Args) -> E:
        if args.kw:
            self.error(args.node, "keyword arguments in a call to a JavaScript function",
                       "JavaScript has no keyword arguments: pass them by position or as a dict")
        return J.call(fe, *[self.js_arg(e, t) for e, t in args.pos])

    # ------------------------------------------------------------ user functions

    def user_call(self, node, fe: E, ft: T.Ty, args: Args):
        target = ft.extra
        fargs = None
        if isinstance(target, tuple) and target[0] == "lambda" and len(target) == 4 and args.kw:
            target = target[3]                  # keywords: bound through the lambda's parameters, as a def's
        if isinstance(target, tuple) and target[0] == "lambda":
            if args.kw or len(args.pos) != target[1]:
                return self.error(node, f"the lambda takes {target[1]} positional arguments",
                                  "pass exactly those arguments by position"), T.ANY
            return J.call(fe, *[self.to_any(e, t) for e, t in args.pos]), T.ANY
        fargs = _signature_args(target)
        if fargs is None:
            return J.call("py_callv", fe, J.array([self.to_any(e, t) for e, t in args.pos])), T.ANY
        positional = fargs.posonlyargs + fargs.args
        n_pos = len(positional)
        values: list = [None] * n_pos
        extra = []
        for i, a in enumerate(args.pos):
            if i < n_pos:
                values[i] = self.to_any(*a)
            elif fargs.vararg:
                extra.append(self.to_any(*a))
            else:
                return self.error(node, f"{getattr(target, 'name', '<lambda>')}() takes {n_pos} positional arguments "
                                        f"but {len(args.pos)} were given", "remove the extra arguments"), T.ANY
        names = {a.arg: i for i, a in enumerate(positional) if i >= len(fargs.posonlyargs)}
        kwonly = {a.arg: i for i, a in enumerate(fargs.kwonlyargs)}
        args.in_source_order(self, [k for k in list(names) + list(kwonly) if k in args.kw])
        kwvals: list = [None] * len(fargs.kwonlyargs)
        for k, v in args.kw.items():
            if k in names:
                if values[names[k]] is not None:
                    return self.error(node, f"got multiple values for argument '{k}'"), T.ANY
                values[names[k]] = self.to_any(*v)
            elif k in kwonly:
                kwvals[kwonly[k]] = self.to_any(*v)
            elif fargs.kwarg is not None:   # **kwargs is refused where it is declared (check.py)
                return E("undefined"), T.ANY
            else:
                return self.error(node, f"got an unexpected keyword argument '{k}'",
                                  "check the function's parameter names"), T.ANY
        n_defaults = len(fargs.defaults)
        for i, v in enumerate(values):
            if v is None and i < n_pos - n_defaults:
                return self.error(node, f"missing required argument '{positional[i].arg}'"), T.ANY
        for i, v in enumerate(kwvals):
            if v is None and fargs.kw_defaults[i] is None:
                return self.error(node, f"missing required keyword argument '{fargs.kwonlyargs[i].arg}'"), T.ANY
        out = [v if v is not None else UNDEF for v in values]
        if fargs.vararg:
            out.append(J.call("py_tuple", J.array(extra)))
        if fargs.kwonlyargs:
            out.extend(v if v is not None else UNDEF for v in kwvals)
        while out and out[-1] is UNDEF:
            out.pop()
        call = J.call(fe, *out)
        return call, T.ANY

    # ------------------------------------------------------------ methods

    def method_call(self, node, recv: E, rt: T.Ty, name: str, args: Args):
        kind = rt.kind
        if kind == "tuple" and url_result_kind(rt) is not None:
            hit = self.url_result_method(node, recv, rt, name, args)
            if hit is not None:
                return hit
        if kind == "dict" and rt.extra == "counter" and name in MT.COUNTER:
            sig = MT.COUNTER[name]
            vals = args.bound(self, sig, f"Counter.{name}")
            if vals is None:
                return UNDEF, T.ANY
            return J.call(f"py_counter_{name}", recv, *self.sig_values(sig, vals)), T.from_name(sig.returns, rt)
        if name in _VIEW_METHODS and kind in ("dict", "any") and _is_view_call(node) and not self.view_ok(node):
            return self.error(node, f"dict.{name}() is a view in CPython: it follows later changes of the dict, compares "
                              f"{'by identity' if name == 'values' else 'as a set'}, has its own repr and is not JSON "
                              "serializable; py2cs makes a list of it only where it is iterated right away",
                              f"iterate it directly (for, a comprehension, `in`, len(), sorted(), ...) or make a list: "
                              f"list(d.{name}())"), T.ANY
        if kind in ("any", "tuple") and name in ("geturl", "_replace", "_asdict") and self.url_on():
            hit = self.url_any_method(node, recv, name, args)
            if hit is not None:
                return hit
        if kind in ("any", "never") and (name in DT.METHODS or name in DT.REFUSED) and self.dt_on():
            hit = self.dt_method(node, recv, name, args)
            if hit is not None:
                return hit
        if kind == "never":
            if name == "get" and not args.kw and 1 <= len(args.pos) <= 2:   # as for a value of unknown type
                return self.dict_get_any(recv, [self.to_any(e, t) for e, t in args.pos]), T.NEVER
            return J.call(f"py_m_{name}", recv, *[self.to_any(e, t) for e, t in args.pos]), T.NEVER
        if kind == "exc":
            return self.error(node, f"exception objects have no method '{name}' here", "use str(e) or e.args"), T.ANY
        if name in MT.STR_STATICMETHODS and kind in ("str", "any"):
            return self.error(node, f"s.{name}(...) on a value is not supported (a static method of str)",
                              f"call it on the class: str.{name}(...)"), T.ANY
        if kind in MT.BY_TYPE:
            table = MT.BY_TYPE[kind]
            if name not in table:
                if kind == "dict" and rt.extra == "counter":      # (it read "'dict' object has no ... 'subtract'")
                    return self.error(node, f"'Counter' object has no supported method '{name}'",
                                      f"supported Counter methods: {', '.join(sorted(set(table) | set(MT.COUNTER)))}"
                                      + _COUNTER_REWRITES.get(name, "")), T.ANY
                return self.error(node, f"'{kind}' object has no supported method '{name}'",
                                  f"supported {kind} methods: {', '.join(sorted(table))}"), T.ANY
            sig = table[name]
            vals = args.bound(self, sig, f"{kind}.{name}")
            if vals is None:
                return UNDEF, T.ANY
            fast = self.method_fast_path(node, recv, rt, name, vals)
            if fast is not None:
                return fast
            return J.call(f"py_{kind}_{name}{_view_suffix(node, kind, name)}", recv, *self.sig_values(sig, vals)), \
                T.from_name(sig.returns, rt)
        if kind in ("any", "none", "int", "float", "bool", "func"):
            owners = MT.receivers_of(name)
            if not owners and name in RE_MATCH_METHODS and kind == "any":     # a match object (re.js checks)
                return self.re_match_call(node, recv, name, args)
            if not owners and name in MT.COUNTER and kind == "any":
                if args.kw:
                    return self.error(node, f"keyword arguments to .{name}() on a value of unknown type"), T.ANY
                return J.call(f"py_m_{name}", recv, *[self.to_any(e, t) for e, t in args.pos]), \
                    T.from_name(MT.COUNTER[name].returns)
            if not owners and name in ("match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split"):
                return self.error(node, f"unknown method '.{name}()' (if this is a compiled pattern, py2cs cannot follow it "
                                        "here)", "call the methods of a compiled pattern on a name bound once to "
                                                 f"re.compile(...) (one name per pattern), or call re.{name}(pattern, ...)"), T.ANY
            if not owners:
                return self.error(node, f"unknown method '.{name}()'",
                                  "py2cs supports the methods of str, list, tuple, dict, set and deque listed in docs/subset.md"), T.ANY
            if kind != "any":
                return self.error(node, f"'{kind}' object has no attribute '{name}'",
                                  f".{name}() is a method of {' and '.join(owners)}; convert first, e.g. str(x).{name}()"
                                  if "str" in owners else f".{name}() is a method of {' and '.join(owners)}"), T.ANY
            sigs = {MT.BY_TYPE[o][name].spec for o in owners}
            if args.kw and name == "update" and owners == ["dict", "set"]:
                # d.update(key=value) on a value of unknown type: a dict (or Counter) takes the keywords, a set raises
                vals = args.bound(self, MT.BY_TYPE["dict"][name], name)
                if vals is None:
                    return UNDEF, T.ANY
                jsargs = self.sig_values(MT.BY_TYPE["dict"][name], vals)
                if not all(_is_literal(a) or J.is_ident(a) or a.code in _EMPTY_NEW for a in jsargs):
                    recv = self.method_check(recv, name, owners)
                return J.call("py_m_update_kw", recv, *jsargs), T.NONE
            if args.kw and len(sigs) > 1:
                return self.error(node, f"keyword arguments to .{name}() on a value of unknown type",
                                  "pass them by position, or make the type clear (e.g. x = list(x))"), T.ANY
            sig = MT.BY_TYPE[owners[0]][name]
            js_name = name
            if args.kw:
                vals = args.bound(self, sig, name)
                if vals is None:
                    return UNDEF, T.ANY
                jsargs = self.sig_values(sig, vals)
                if any(p.kind in ("var_pos", "var_kw") for p in sig.params):
                    # the dispatcher takes spread positionals; this form takes (array, Map)
                    js_name = f"{name}_kw"
            else:
                jsargs = [self.to_any(e, t) for e, t in args.pos]
            rets = {MT.BY_TYPE[o][name].returns for o in owners}
            ret = T.from_name(rets.pop()) if len(rets) == 1 else T.ANY
            if ret.kind in ("list", "tuple", "dict", "set") and len(owners) > 1:
                ret = T.ANY
            # CPython looks the method up before it evaluates the arguments: when they can raise or have an effect,
            # a receiver of a type without the method raises first (py_mcheck)
            check = None if all(_is_literal(a) or J.is_ident(a) or a.code in _EMPTY_NEW or _DEFERRABLE_RE.fullmatch(a.code)
                                for a in jsargs) else owners     # (_DEFERRABLE_RE: cannot raise, no effect)
            if not args.kw and owners in (["str"], ["dict"]) and name in _TYPED_DISPATCH[owners[0]] \
                    and not MT.BY_TYPE[owners[0]][name].bind(len(jsargs), [])[1]:
                return self.typed_dispatch(owners[0], name, recv, jsargs, check, node), ret
            if check:
                recv = self.method_check(recv, name, check)
            if name == "get" and owners == ["dict"] and not args.kw and 1 <= len(jsargs) <= 2:
                # the common d.get(k[, default]) with a valid count: no arity check (no arguments object)
                return self.dict_get_any(recv, jsargs), ret
            return J.call(f"py_m_{js_name}", recv, *jsargs), ret
        return self.error(node, f"method '.{name}()' on this value is not supported"), T.ANY

    def dict_get_any(self, recv: E, jsargs: list) -> E:
        """x.get(key[, default]) on a value of unknown type. A default that is computed but cannot raise and has no
        effect (a concatenation of literals, variables and String(variable), as f"row {i}" with i an int) is
        computed only when the key is missing: nothing can tell it was not computed before the lookup."""
        if len(jsargs) == 2 and not _is_literal(jsargs[1]) and not J.is_ident(jsargs[1]) \
                and _DEFERRABLE_RE.fullmatch(jsargs[1].code):
            t = self.temp()
            call = J.call("py_dict_get_any", recv, jsargs[0], E("py_NOITEM"))
            return E(f"(({t} = {call.code}) !== py_NOITEM ? {t} : {jsargs[1].code})", J.PRIMARY)
        return J.call("py_dict_get_any", recv, *jsargs)

    def method_check(self, recv: E, name: str, owners: list) -> E:
        return J.call("py_mcheck", recv, J.lit_str(name), J.array([J.lit_str(o) for o in owners]))

    def typed_dispatch(self, kind: str, name: str, recv: E, jsargs: list, check=None, node=None) -> E:
        """``x.lower()`` on a value of unknown type, with an argument count valid for the only type that
        has the method: the typed helper behind a one-test type check, else the dispatcher (which raises
        the AttributeError). Skips the dispatcher's arity check and its arguments object."""
        if J.is_ident(recv):
            x, pre = recv, None
        else:
            x = E(self.temp())
            pre = J.assign(x.code, recv)
        test = J.binop(J.unop("typeof", x), "===", E('"string"'), J.EQ) if kind == "str" \
            else J.binop(x, "instanceof", E("Map"), J.REL)
        other = self.method_check(x, name, check) if check else x
        out = J.cond(test, J.call(f"py_{kind}_{name}{_view_suffix(node, kind, name)}", x, *jsargs),
                     J.call(f"py_m_{name}", other, *jsargs))
        return out if pre is None else E(f"({pre.code}, {out.code})", J.PRIMARY)

    def sig_values(self, sig: Sig, vals) -> list:
        out = []
        for p, v in zip(sig.params, vals):
            if p.kind == "var_pos":
                out.append(J.array([self.to_any(e, t) for e, t in (v or [])]))
            elif p.kind == "var_kw":
                pairs = [J.array([J.lit_str(k), self.to_any(*kv)]) for k, kv in (v or {}).items()]
                out.append(E(f"new Map({J.array(pairs).code})", J.POSTFIX) if pairs else E("null"))
            elif p.default == "<unset>":
                out.append(self.to_any(*v) if v is not None else UNDEF)
                out.append(E("true" if v is not None else "false"))
            else:
                out.append(self.to_any(*v) if v is not None else UNDEF)
        while out and out[-1] is UNDEF:
            out.pop()
        return out

    def method_fast_path(self, node, recv, rt, name, vals):
        in_stmt = node is getattr(self, "stmt_value", None)
        if rt.kind == "list" and name == "append" and in_stmt:
            v = self.to_any(*vals[0])
            if J.is_ident(recv):     # xs[xs.length] = v with v evaluated first (it may change xs): no call
                if not J.is_pure(v):
                    t = self.temp()
                    return E(f"{t} = {v.at(J.ASSIGN)}, {recv.code}[{recv.code}.length] = {t}", J.COMMA), T.NONE
                return E(f"{recv.code}[{recv.code}.length] = {v.at(J.ASSIGN)}", J.ASSIGN), T.NONE
            return J.call(J.member(recv, "push"), v), T.NONE
        if rt.kind == "str" and name == "join" and vals[0][1].kind == "list" and vals[0][1].elem == T.STR \
                and J.is_pure(recv):   # xs.join(sep) evaluates xs first
            return J.call(J.member(vals[0][0], "join"), recv), T.STR
        return None

    # ------------------------------------------------------------ builtins and module functions

    def special_call(self, node, extra: str, args: Args):
        if extra.startswith("builtin:"):
            name = extra[8:]
            if name in BT.REFUSED:
                return self.error(node, f"the builtin {name}() is not supported", BT.REFUSED[name]), T.ANY
            if name not in BT.SUPPORTED:
                return self.error(node, f"the builtin {name}() is not supported",
                                  "see docs/subset.md for the supported builtins"), T.ANY
            if name == "dict" and args.kw:
                vals = args.bound(self, BT.SUPPORTED[name], name)
                if vals is None:
                    return UNDEF, T.ANY
                pairs = [J.array([J.lit_str(k), self.to_any(*v)]) for k, v in args.kw.items()]
                src = vals[0][0] if vals[0] is not None else E("new Map()", J.POSTFIX)
                return J.call("py_dict", src, E(f"new Map({J.array(pairs).code})", J.POSTFIX)), T.DICT()
            vals = args.bound(self, BT.SUPPORTED[name], name)
            if vals is None:
                return UNDEF, T.ANY
            if name in _COMPONENT_ITER_BUILTINS and args.pos and args.pos[0][1].kind == "special" \
                    and str(args.pos[0][1].extra).startswith("component:"):
                return self.error(node, f"{name}() of a Dash component ({args.pos[0][1].extra[10:]}) is not supported "
                                        "in a clientside callback (CPython iterates over the ids in its tree)",
                                  "keep the list of children you build the component from"), T.ANY
            if name in _ITER_BUILTINS and not self.iter_ok(node, f"{name}()"):
                return UNDEF, T.ANY
            return getattr(self, "b_" + name)(node, vals)
        if extra.startswith("exc:"):
            if args.kw:
                return self.error(node, "keyword arguments to an exception"), T.EXC
            return J.call("py_err", J.lit_str(extra[4:]), *[self.to_any(e, t) for e, t in args.pos]), T.EXC
        if extra.startswith("fn:math."):
            return self.math_call(node, extra[8:], args)
        if extra.startswith("fn:json."):
            return self.json_call(node, extra[8:], args)
        if extra.startswith("fn:collections."):
            return self.collections_call(node, extra[15:], args)
        if extra.startswith("dtcls:"):
            return self.dt_construct(node, extra[6:], args)
        if extra.startswith("fn:re."):
            return self.re_call(node, extra[6:], args)
        if extra.startswith("fn:urllib.parse."):
            return self.url_call(node, extra[16:], args)
        if extra.startswith("fn:calendar."):
            return self.cal_call(node, extra[12:], args)
        if extra.startswith("fn:operator."):
            return self.op_call(node, extra[12:], args)
        if extra.startswith("fn:textwrap."):
            return self.tw_call(node, extra[12:], args)
        if extra.startswith("fn:statistics."):
            return self.stat_call(node, extra[14:], args)
        return self.dash_call(node, extra, args)

    # collections.defaultdict and Counter: Maps carrying their policy (templates/runtime/methods.js)
    DEFAULT_FACTORIES = {"list": "[]", "int": "0", "float": "py_fbox(0)", "str": '""', "dict": "new Map()",
                         "set": "new Set()", "tuple": "py_tuple([])", "bool": "false"}

    def collections_call(self, node, name, args):
        if name == "deque":
            # deque(iterable, maxlen): an Array with its maxlen and state (templates/runtime/deque.js), of unknown
            # type to the lowering (every operation goes through the runtime's helpers and dispatchers)
            sig = BT.COLLECTIONS["deque"]
            vals = args.bound(self, sig, "deque")
            if vals is None:
                return UNDEF, T.ANY
            return J.call("py_deque", *self.sig_values(sig, vals)), T.ANY
        kw = None
        if args.kw:
            pairs = [J.array([J.lit_str(k), self.to_any(*v)]) for k, v in args.kw.items()]
            kw = E(f"new Map({J.array(pairs).code})", J.POSTFIX)
        if name == "Counter":
            if len(args.pos) > 1:
                return self.error(node, f"Counter() takes at most 1 positional argument ({len(args.pos)} given)",
                                  "pass one iterable or mapping; counts by name as keywords: Counter(a=1)"), T.ANY
            src = self.to_any(*args.pos[0]) if args.pos else UNDEF
            out = [src] + ([kw] if kw is not None else [])
            while out and out[-1] is UNDEF:
                out.pop()
            return J.call("py_counter", *out), COUNTER_TYPE
        if len(args.pos) > 2:
            return self.error(node, "defaultdict() takes at most 2 positional arguments here",
                              "pass the factory and one mapping or iterable of pairs"), T.ANY
        factory, fname = self.default_factory(node.args[0] if node.args else None, args.pos[0] if args.pos else None)
        if factory is None:
            return UNDEF, T.ANY
        src = self.to_any(*args.pos[1]) if len(args.pos) > 1 else UNDEF
        out = [factory, fname, src, kw if kw is not None else UNDEF]
        while out and out[-1] is UNDEF:
            out.pop()
        return J.call("py_defaultdict", *out), T.DICT()

    def default_factory(self, fnode, val):
        """The JS factory of ``defaultdict(fnode)`` and the name its repr shows (E('null') for a function)."""
        hint = "use list, int, float, str, dict, set, tuple, bool, None, a lambda or a function taking no arguments"
        if fnode is None or (isinstance(fnode, ast.Constant) and fnode.value is None):
            return E("null"), E("null")
        e, t = val
        if isinstance(fnode, ast.Name) and t.kind == "func" and isinstance(t.extra, tuple) and len(t.extra) == 3 \
                and "." not in t.extra[2]:        # a builtin passed by name (as_value)
            b = t.extra[2]
            if b in self.DEFAULT_FACTORIES:
                return E(f"(function () {{ return {self.DEFAULT_FACTORIES[b]}; }})"), J.lit_str(b)
            self.error(fnode, f"defaultdict({b}) is not supported", hint)
            return None, None
        if t.kind == "func":
            target = t.extra
            if isinstance(target, tuple) and target[0] == "lambda":
                if target[1] != 0:
                    self.error(fnode, f"the default factory is called with no arguments, but the lambda takes {target[1]}",
                               "write lambda: value")
                    return None, None
            else:
                fargs = _signature_args(target)
                if fargs is None or len(fargs.posonlyargs + fargs.args) > len(fargs.defaults) or \
                        any(d is None for d in fargs.kw_defaults):
                    self.error(fnode, "the default factory is called with no arguments, but this function requires some",
                               hint)
                    return None, None
            return e, E("null")       # called through py_callv (its arguments bound as CPython binds them)
        self.error(fnode, "this defaultdict factory is not supported", hint)
        return None, None

    def math_call(self, node, name, args):
        sig = BT.MATH.get(name)
        if sig is None:
            return self.error(node, f"math.{name} is not supported",
                              "supported: " + ", ".join(sorted(BT.MATH))), T.ANY
        vals = args.bound(self, sig, f"math.{name}")
        if vals is None:
            return UNDEF, T.ANY
        if name == "prod":
            start = vals[1]
            return J.call("py_math_prod", vals[0][0], self.to_any(*start) if start else UNDEF), T.ANY
        jsargs = self.sig_values(sig, vals)
        if sig.params and sig.params[0].kind == "var_pos":
            return J.call(f"py_math_{name}", *[self.to_any(e, t) for e, t in vals[0]]), T.from_name(sig.returns)
        return J.call(f"py_math_{name}", *jsargs), T.from_name(sig.returns)

    def json_call(self, node, name, args):
        sig = BT.JSON.get(name)
        if sig is None:
            return self.error(node, f"json.{name} is not supported", "use json.dumps or json.loads"), T.ANY
        vals = args.bound(self, sig, f"json.{name}")
        if vals is None:
            return UNDEF, T.ANY
        names = [p.name for p in sig.params]
        allowed = {"dumps": {"obj", "ensure_ascii", "indent", "separators", "sort_keys"}, "loads": {"s"}}[name]
        for p, v in zip(names, vals):
            if v is not None and p not in allowed:
                return self.error(node, f"json.{name}({p}=...) is not supported",
                                  f"supported: {', '.join(sorted(allowed))}"), T.ANY
        get = dict(zip(names, vals))
        if name == "loads":
            return J.call("py_json_loads", get["s"][0]), T.ANY
        arg = lambda k: self.to_any(*get[k]) if get[k] is not None else UNDEF  # noqa: E731
        obj = self.to_any(*get["obj"])
        if get["obj"][1].kind == "special" and str(get["obj"][1].extra).startswith("re:"):
            obj = J.call("py_re_jsonarg", obj)    # json names the class Match / Pattern, not re.Match
        return J.call("py_json_dumps", obj, arg("indent"), arg("sort_keys"),
                      arg("ensure_ascii"), arg("separators")), T.STR

    # one small rule per builtin -------------------------------------------------------

    def b_len(self, node, v):
        e, t = v[0]
        if t.kind in ("list", "tuple"):
            return J.member(e, "length"), T.INT
        if t.kind in ("dict", "set"):
            return J.member(e, "size"), T.INT
        if t.kind == "str":
            return J.call("py_op_strlen", e), T.INT           # code points: no type dispatch
        return J.call("py_len", e), T.INT

    def b_str(self, node, v):
        if v[0] is None:
            return E('""'), T.STR
        self.no_function_text(node, v[0][1])
        return self.to_str(*v[0]), T.STR

    def b_repr(self, node, v):
        self.no_function_text(node, v[0][1])
        return self.to_repr(*v[0]), T.STR

    def no_function_text(self, node, t: T.Ty) -> None:
        """str()/repr()/an f-string of a function: CPython's text holds a memory address (run-time: py_repr raises)."""
        if t.kind == "special" and str(t.extra).startswith("component:"):
            self.error(node, f"the str/repr/f-string of a Dash component ({t.extra[10:]}) is not supported in a "
                             "clientside callback", "format the values you build the component from instead")
        if t.kind == "func":
            self.error(node, "the str/repr of a function holds its memory address in CPython, which the browser "
                             "cannot reproduce", "use a name or label string instead")

    def b_ascii(self, node, v):
        return J.call("py_ascii", self.to_any(*v[0])), T.STR

    def b_int(self, node, v):
        if v[0] is None and v[1] is not None:
            return self.error(node, "int() missing string argument", "int(s, base=16)"), T.ANY
        if v[0] is None:
            return E("0"), T.INT
        e, t = v[0]
        if v[1] is None and t.kind == "int":
            return e, T.INT
        return J.call("py_int", self.to_any(e, t), *([v[1][0]] if v[1] else [])), T.INT

    def b_float(self, node, v):
        if v[0] is None:
            return E("0"), T.FLOAT
        e, t = v[0]
        if t.kind in ("int", "float"):
            return e, T.FLOAT
        return J.call("py_float", e), T.FLOAT

    def b_bool(self, node, v):
        if v[0] is None:
            return E("false"), T.BOOL
        return self.truthy(*v[0]), T.BOOL

    def b_abs(self, node, v):
        e, t = v[0]
        if t.kind in ("int", "float"):
            return J.call("Math.abs", e), t
        return J.call("py_abs", e), T.ANY

    def _minmax(self, name, node, v):
        items, key, dflt = v
        if not items:
            return self.error(node, f"{name} expected at least 1 argument, got 0"), T.ANY
        arr = J.array([self.to_any(e, t) for e, t in items])
        types = [t for _, t in items]
        if len(items) == 1:
            t0 = types[0]
            rt = T.item_type(t0)
        else:
            rt = T.join_all(types)
            if rt.kind == "float":
                arr = J.array([e for e, _ in items])
        if dflt is not None:
            rt = T.join(rt, dflt[1]) if dflt[1] != rt else rt
        if len(items) == 1 and key is None and dflt is None and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], ast.GeneratorExp):
            return self.minmax_stream(node.args[0], name), rt
        keyf = key[0] if key is not None else E("null")
        return J.call(f"py_{name}", arr, keyf, self.to_any(*dflt) if dflt else UNDEF,
                      E("true" if dflt is not None else "false")), rt

    def minmax_stream(self, gen, name: str) -> E:
        """min()/max() of a generator expression: one pass that keeps the best item so far, as CPython does
        (each new item compared with the best by < or >, items evaluated one at a time), no list built."""
        def add(res):
            v, t = self.expr(gen.elt)
            tmp = self.temp()
            cmp = num_compare("py_lt", "<", E(tmp), E(res)) if name == "min" else num_compare("py_gt", ">", E(tmp), E(res))
            return J.Raw(code=f"{tmp} = {self.to_any(v, t).at(J.ASSIGN)}; "
                              f"if ({res} === py_NOITEM || {cmp.at(J.OR)}) {res} = {tmp};")
        e, _ = self.comprehension(gen, "py_NOITEM", add, None)
        return J.call("py_minmax_end", e, J.lit_str(name))

    def sum_stream(self, gen, start) -> E:
        """sum() of a generator expression: each item is added as it is produced, as in CPython (an
        incompatible addition raises before a later item is evaluated), no list built. Only with no start
        or a number literal as start (CPython evaluates the generator's first iterable before start)."""
        def add(res):
            v, t = self.expr(gen.elt)
            return J.ExprStmt(expr=J.call("py_sum_push", E(res), self.to_any(v, t)))
        e, _ = self.comprehension(gen, J.call("py_sum_acc", *([start] if start is not None else [])).code, add, None)
        return J.call("py_sum_end", e)

    def b_min(self, node, v):
        return self._minmax("min", node, v)

    def b_max(self, node, v):
        return self._minmax("max", node, v)

    def b_sum(self, node, v):
        (e, t), start = v
        if isinstance(node.args[0], ast.GeneratorExp) and (start is None or (
                len(node.args) + len(node.keywords) == 2 and isinstance((node.args[1:] or [node.keywords[0].value])[0], ast.Constant)
                and start[1].kind in ("int", "float"))):
            return self.sum_stream(node.args[0], self.to_any(*start) if start else None), T.ANY
        rt = T.INT if t.kind in ("list", "tuple") and t.elem == T.INT and (start is None or start[1].kind == "int") else T.ANY
        return J.call("py_sum", e, *([self.to_any(*start)] if start else [])), rt

    def b_round(self, node, v):
        (e, t), nd = v
        if nd is None or nd[1].kind == "none":
            if t.kind == "int":
                return e, T.INT
            return J.call("py_round", e), T.INT
        if t.kind in ("int", "float"):
            return J.call("py_round", e, self.to_any(*nd), E("true" if t.kind == "float" else "false")), t
        return J.call("py_round_any", e, self.to_any(*nd)), T.ANY

    def b_divmod(self, node, v):
        return J.call("py_divmod", self.to_any(*v[0]), self.to_any(*v[1])), T.TUPLE()

    def b_pow(self, node, v):
        if v[2] is not None:
            return self.error(node, "pow() with a modulus is not supported", "write (b ** e) % m"), T.ANY
        return self.binop(node, ast.Pow, v[0][0], v[0][1], v[1][0], v[1][1])

    def b_range(self, node, v):
        # a range object (not a list: its own repr, ==, slices, JSON...); typed as unknown so every use goes
        # through the runtime helpers, which tell it from a list or tuple
        return J.call("py_range", *[self.to_any(*x) for x in v if x is not None]), T.ANY

    def iter_ok(self, node, what: str) -> bool:
        """False (after reporting it) for an iterator that is not consumed right away (mark_iter_uses)."""
        if getattr(node, "_py2cs_iter_ok", False):
            return True
        consumer = getattr(node, "_py2cs_iter_consumer", None)
        if consumer is not None and (self.builtin_call(consumer, *_ITER_CONSUMERS) is not None
                                     or self.collections_consumer(consumer) or self.stat_consumer(consumer, node)
                                     or self.it_consumer(consumer, node)):
            return True
        self.error(node, f"{what} is a one-shot iterator in CPython: it is used up by the first loop over it, is "
                         "always true, has no len() and is not JSON serializable; py2cs makes a list of it only where "
                         "it is consumed right away",
                   "consume it directly (for, a comprehension, list(), sorted(), sum(), ''.join(), ...) or make a "
                   "list: " + ("[... for ...] instead of (... for ...)" if what == "a generator expression"
                               else f"list({what[:-1]}...))"))
        return False

    def view_ok(self, node) -> bool:
        if getattr(node, "_py2cs_view_ok", False):
            return True
        consumer = getattr(node, "_py2cs_view_consumer", None)
        if consumer is not None and consumer.args and any(node is v for v in _view_results(consumer.args[0])) \
                and self.module_callee(consumer) == ("collections", "deque"):
            return True              # deque(d.items()): its items read right away
        return consumer is not None and self.builtin_call(consumer, *_VIEW_BUILTINS) is not None

    def module_callee(self, node):
        """(module, name) when the call ``node`` calls a function of a module py2cs lowers, by the name it was
        imported as (``from statistics import mean``; ``mean(xs)``) or through the module (``statistics.mean(xs)``);
        None for anything else (a local name, another callee). Read from the names alone: nothing is lowered."""
        if node.__class__ is not ast.Call:
            return None
        f = node.func
        name = f.id if f.__class__ is ast.Name else \
            f.value.id if f.__class__ is ast.Attribute and f.value.__class__ is ast.Name else None
        if name is None or (self.scope is not None and self.scope.lookup(name) is not None):
            return None
        sym = self.resolver.lookup(name)
        if f.__class__ is ast.Name:
            return sym.value if sym.kind == "attr" else None
        return (sym.value, f.attr) if sym.kind == "module" else None

    def collections_consumer(self, node) -> bool:
        """``node`` calls collections.Counter or defaultdict (which consume an iterable argument right away)."""
        callee = self.module_callee(node) if isinstance(node.func, ast.Name) else None
        return callee is not None and callee[0] == "collections"

    def builtin_call(self, node, *names):
        """The name when ``node`` calls one of the Python builtins ``names`` (not a local or module-level name
        that shadows it), else None."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names \
                and self.scope.lookup(node.func.id) is None and self.resolver.lookup(node.func.id).kind == "builtin":
            return node.func.id
        return None

    def range_args(self, iter_node):
        """(start, stop, step, positive) for ``range(...)`` with int arguments and a literal step."""
        if not (self.builtin_call(iter_node, "range") and not iter_node.keywords
                and 1 <= len(iter_node.args) <= 3 and not any(isinstance(a, ast.Starred) for a in iter_node.args)):
            return None
        vals = [self.expr(a) for a in iter_node.args]
        if any(t.kind != "int" for _, t in vals):
            return None
        if len(vals) == 1:
            return E("0"), vals[0][0], E("1"), True
        step, positive = E("1"), True
        if len(vals) == 3:
            s = iter_node.args[2]
            lit = s.value if isinstance(s, ast.Constant) else (-s.operand.value if isinstance(s, ast.UnaryOp) and
                                                               isinstance(s.op, ast.USub) and isinstance(s.operand, ast.Constant) else None)
            if not isinstance(lit, int) or isinstance(lit, bool) or lit == 0:
                return None
            step, positive = J.lit_num(lit), lit > 0
            if not positive:
                step = E(f"({lit})")
        return vals[0][0], vals[1][0], step, positive

    def enumerate_args(self, iter_node, target):
        if not (self.builtin_call(iter_node, "enumerate") and
                isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[0], ast.Name)
                and not any(isinstance(e, ast.Starred) for e in target.elts)):
            return None
        if any(isinstance(a, ast.Starred) for a in iter_node.args):
            return None
        kw = [k.arg for k in iter_node.keywords]
        if not ((len(iter_node.args) == 1 and kw in ([], ["start"])) or (len(iter_node.args) == 2 and not kw)):
            return None
        rev = self.reversed_arg(iter_node.args[0])     # enumerate(reversed(xs)): lazy over xs itself
        e, t = rev if rev is not None else self.expr(iter_node.args[0])
        start = None
        start_node = iter_node.args[1] if len(iter_node.args) == 2 else iter_node.keywords[0].value if kw else None
        if start_node is not None:
            s, st = self.expr(start_node)
            if st.kind != "int":
                return None
            start = s
        return e, t, start, rev is not None

    def zip_args(self, iter_node, target):
        """The lowered arguments of ``zip(a, b, ...)`` unpacked into as many targets, else None."""
        if not (self.builtin_call(iter_node, "zip") and iter_node.args
                and not iter_node.keywords and isinstance(target, (ast.Tuple, ast.List))
                and len(target.elts) == len(iter_node.args)
                and not any(isinstance(e, ast.Starred) for e in list(target.elts) + list(iter_node.args))):
            return None
        return [self.expr(a) for a in iter_node.args]

    def b_enumerate(self, node, v):
        return J.call("py_enumerate", v[0][0], *([self.to_any(*v[1])] if v[1] else [])), T.LIST(T.TUPLE())

    def b_zip(self, node, v):
        args = [e for e, _ in v[0]]
        return J.call("py_zip2" if len(args) == 2 else "py_zip", *args), T.LIST(T.TUPLE())

    def b_sorted(self, node, v):
        (e, t), key, rev = v
        et = T.item_type(t)
        # reverse= is an int (a float or str raises TypeError): truthiness only for bool/int operands
        flag = (self.truthy(*rev) if rev[1].kind in ("bool", "int") else J.call("py_methods_flag", self.to_any(*rev))) \
            if rev else E("false")
        return J.call("py_sorted", e, key[0] if key else E("null"), flag), T.LIST(et)

    def b_reversed(self, node, v):
        e, t = v[0]
        return J.call("py_reversed", e), T.LIST((t.elem or T.ANY) if t.kind in ("list", "tuple") else T.ANY)

    def b_list(self, node, v):
        if v[0] is None:
            return E("[]"), T.LIST(T.NEVER)
        e, t = v[0]
        et = (t.elem or T.ANY) if t.kind in ("list", "tuple", "set") else T.STR if t.kind == "str" else \
            (t.key or T.ANY) if t.kind == "dict" else T.ANY
        if node.args and not node.keywords and (self.builtin_call(node.args[0], "zip", "enumerate") and
                                                not node.args[0].keywords or self.it_lazy(node.args[0])):
            return e, T.LIST(et)      # list(zip(...)), list(chain(...)): already a fresh list, no copy
        return J.call("py_list", e), T.LIST(et)

    def b_tuple(self, node, v):
        if v[0] is None:
            return J.call("py_tuple", E("[]")), T.TUPLE()
        e, t = v[0]
        return J.call("py_tuple_of", e), T.TUPLE((t.elem or T.ANY) if t.kind in ("list", "tuple") else T.ANY)

    def b_dict(self, node, v):
        if v[0] is None:
            return E("new Map()", J.POSTFIX), T.DICT()
        return J.call("py_dict", v[0][0]), T.DICT()

    def b_set(self, node, v):
        if v[0] is None:
            return E("new Set()", J.POSTFIX), T.SET()
        return J.call("py_set", v[0][0]), T.SET()

    def generator_arg(self, arg):
        return arg if isinstance(arg, (ast.GeneratorExp, ast.ListComp)) else None

    def _anyall(self, node, v, is_any: bool):
        gen = self.generator_arg(node.args[0]) if node.args else None
        if isinstance(gen, ast.GeneratorExp):
            return self.short_circuit(gen, is_any), T.BOOL
        if node.args and not node.keywords and (node.args[0].__class__ is ast.Call or self.it_lazy(node.args[0])):
            # map(), filter(), an itertools iterator, a groupby() group, zip(strict=) or zip() / enumerate() of
            # one: stops at the first deciding item, as CPython's does
            it = self.first_source(node.args[0])
            if it is not None:
                return J.call("py_any_it", it, E("true" if is_any else "false")), T.BOOL
        return J.call("py_any" if is_any else "py_all", v[0][0]), T.BOOL

    def short_circuit(self, gen, is_any: bool) -> E:
        """any()/all() over a generator expression stop at the first deciding item, as in Python."""
        def add(res):
            v, t = self.expr(gen.elt)
            test = self.truthy(v, t)
            return J.If(test=test if is_any else J.unop("!", test), body=[J.Return(expr=E("true" if is_any else "false"))])
        e, _ = self.comprehension(gen, "null", add, None)
        # the thunk returns true/false when an item decided, else its initial null
        return J.binop(e, "===" if is_any else "!==", E("true" if is_any else "false"), J.EQ)

    def b_any(self, node, v):
        return self._anyall(node, v, True)

    def b_all(self, node, v):
        return self._anyall(node, v, False)

    @staticmethod
    def _isinstance_nodes(n, in_union=False) -> list:
        """The class expressions of isinstance()'s second argument, each with whether it stands in a | union: a
        tuple's items, nested tuples and unions (int | float, int | None) flattened, as CPython accepts them;
        None stands for NoneType in a union only."""
        if n.__class__ is ast.Tuple and not in_union:
            return [x for e in n.elts for x in CallsMixin._isinstance_nodes(e)]
        if n.__class__ is ast.BinOp and n.op.__class__ is ast.BitOr:
            return CallsMixin._isinstance_nodes(n.left, True) + CallsMixin._isinstance_nodes(n.right, True)
        if in_union and n.__class__ is ast.Constant and n.value is None:
            return [(ast.copy_location(ast.Call(ast.Name("type", ast.Load()), [n], []), n), True)]
        return [(n, in_union)]

    def b_isinstance(self, node, v):
        cls_node = node.args[1] if len(node.args) > 1 else None
        pairs = self._isinstance_nodes(cls_node)
        nodes = [n for n, _ in pairs]
        unions = [n for n, u in pairs if u]
        names = []
        for n in nodes:
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "type" and \
                    len(n.args) == 1 and isinstance(n.args[0], ast.Constant) and n.args[0].value is None:
                names.append("NoneType")
                continue
            self._in_handler = True          # json.JSONDecodeError may be tested as it may be caught
            try:
                e, t = self.expr(n)
            finally:
                self._in_handler = False
            if t.kind == "special" and t.extra.startswith("builtin:") and t.extra[8:] in BT.ISINSTANCE_CLASSES:
                names.append(t.extra[8:])
            elif t.kind == "special" and t.extra == "fn:collections.deque":   # (py_dqhook_isinstance; no deque: False)
                names.append("deque")
            elif t.kind == "special" and t.extra.startswith("dtcls:"):      # datetime.date, datetime, timedelta
                names.append("datetime." + t.extra[6:])
            elif t.kind == "special" and (t.extra.startswith("exc:") or t.extra == "dash:PreventUpdate"):
                names.append("exc:" + (t.extra[4:] if t.extra.startswith("exc:") else "PreventUpdate"))
            elif t.kind == "special" and t.extra.startswith("classes:"):    # a module-level NUMERIC = (int, float)
                if "," in t.extra and any(n is u for u in unions):   # (a tuple | a class)
                    self.error(n, "a tuple of classes in a | union: CPython raises TypeError (tuple | type)",
                               "write the classes in one tuple: isinstance(x, (NUMERIC, str))")
                names.extend(t.extra[8:].split(","))
            elif t.kind == "any" and len(nodes) == 1 and not unions:
                # a class held by a value (for k, t in (("n", (int, float)), ("l", list))): read at run time
                return J.call("py_isinstance_v", self.to_any(*v[0]), e), T.BOOL
            else:
                self.error(n, "isinstance() supports the classes int, float, str, bool, list, tuple, dict, set, "
                              "object, type(None), the dates' classes, collections.deque and the exception classes",
                           "compare with one of those classes")
        inline = _ISINSTANCE_INLINE.get(names[0]) if len(names) == 1 else None
        if inline is not None:   # one class with a one-test answer: no helper call, no array of names
            x = v[0][0] if v[0][1].kind == "float" else self.to_any(*v[0])
            if inline[0] == "typeof":
                return J.binop(J.unop("typeof", x), "===", E(inline[1]), J.EQ), T.BOOL
            if inline[0] == "instanceof":
                return J.binop(x, "instanceof", E(inline[1]), J.REL), T.BOOL
            return J.binop(x, "==", E("null"), J.EQ), T.BOOL
        helper = "py_dt_isinstance" if any(n.startswith("datetime.") for n in names) else "py_isinstance"
        return J.call(helper, self.to_any(*v[0]), J.array([J.lit_str(n) for n in names])), T.BOOL

    def key_lambda_arity(self, node) -> bool:
        """Report a ``key=lambda`` of sorted()/min()/max()/list.sort() that cannot take exactly one argument
        (a JS-style comparator ``lambda a, b: a - b``): CPython calls the key with one item and raises
        TypeError, while JS would run it with ``b`` missing."""
        kw = next((k for k in node.keywords if k.arg == "key"), None)
        if kw is None or not isinstance(kw.value, ast.Lambda):
            return False
        if not (self.builtin_call(node, "sorted", "min", "max")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "sort")):
            return False
        a = kw.value.args
        npos = len(a.posonlyargs) + len(a.args)
        required = npos - len(a.defaults)
        if required <= 1 and (npos >= 1 or a.vararg) and all(d is not None for d in a.kw_defaults):
            return False
        self.error(kw.value, f"key= is called with one item, but this lambda takes {required or 'no'} required "
                             f"argument{'s' if required != 1 else ''}",
                   "a key function maps one item to what it is sorted by (`key=lambda row: row['value']`); "
                   "rewrite a two-argument comparator as such a key")
        return True

    def b_map(self, node, v):
        if self.map_arity_error(node, v[0][1], 1 + len(v[2] or [])):
            return E("undefined"), T.LIST()
        return J.call("py_map", v[0][0], v[1][0], *[e for e, _ in (v[2] or [])]), T.LIST()

    def map_arity_error(self, node, ft: T.Ty, n: int) -> bool:
        """Report a lambda (or a builtin passed as a one-argument function) given to map() over ``n``
        iterables that does not take ``n`` arguments: it is called with one item of each."""
        extra = ft.extra if ft.kind == "func" else None
        if isinstance(extra, tuple) and extra[0] == "lambda" and extra[1] != n:
            self.error(node, f"map() with {n} iterable{'s' if n > 1 else ''} calls the function with {n} "
                             f"argument{'s' if n > 1 else ''}; this one takes {extra[1]}",
                       "write a lambda with one parameter per iterable, or use zip()")
            return True
        return False

    def lazy_source(self, node):
        """A JS iterator object ({done, value} from next()) computing the items of a generator expression,
        map(), filter() or zip(..., strict=) one at a time, as CPython's iterators do (undefined after reporting
        a map() function of the wrong arity); None for any other expression (a list is then read by index)."""
        if isinstance(node, ast.GeneratorExp):
            return self.generator_object(node)
        if self.it_lazy(node):
            return self.it_source(node)
        if strict_zip(node) is not None and self.builtin_call(node, "zip"):
            return self.zip_source(node)
        mapped = self.map_args(node)
        if mapped is None:
            # a map() whose function takes another number of arguments (map_args reported it), or not lazy
            return UNDEF if self.is_lazy_node(node) else None
        name, (fe, ft), seqs = mapped
        f = self.lazy_fn(name, fe, ft, len(seqs))
        if name == "map":
            return J.call("py_it_map", f, J.array([e for e, _ in seqs]))
        return J.call("py_it_filter", f, seqs[0][0])

    def zip_source(self, node) -> E:
        """zip(...) of a call node as a JS iterator object (py_it_zip): its lazy arguments pulled in turn, the
        others read as CPython's iterators read them; strict= when given as a literal."""
        srcs = [self.lazy_source(a) if self.is_lazy_node(a) else self.expr(a)[0] for a in node.args]
        return J.call("py_it_zip", J.array(srcs), E("true" if strict_zip(node) else "false"))

    def lazy_fn(self, name: str, fe: E, ft: T.Ty, n: int) -> E:
        """The function a lazy map() over ``n`` iterables or filter() calls per item: a lambda (or builtin)
        whose arity is known to fit as it is, filter(None, ...) as null, else bound through py_lazy_fn."""
        if name == "filter" and ft.kind == "none":
            return E("null")
        if ft.kind == "func" and isinstance(ft.extra, tuple) and ft.extra[1] == n:
            return fe
        return J.call("py_lazy_fn", fe, E(str(n)), E("true" if name == "filter" else "false"))

    def map_args(self, iter_node):
        """``for x in map(f, xs, ...)`` / ``filter(f, xs)``: ("map" or "filter", the function (E, Ty), the
        iterables [(E, Ty)]) for a loop that calls f once per iteration as CPython's lazy iterators do;
        else None."""
        name = self.builtin_call(iter_node, "map", "filter")
        if name is None or iter_node.keywords or any(isinstance(a, ast.Starred) for a in iter_node.args) \
                or len(iter_node.args) < 2 or (name == "filter" and len(iter_node.args) != 2):
            return None
        fnode = iter_node.args[0]
        if isinstance(fnode, ast.Lambda) and name == "filter" and \
                len(fnode.args.posonlyargs) + len(fnode.args.args) == 1:
            fnode._py2cs_direct = True
        elif isinstance(fnode, ast.Lambda) and name == "map":
            fnode._py2cs_direct = True
        fe, ft = self.as_value(fnode, *self.expr(fnode))
        # a generator / map() / filter() among the iterables: a JS iterator object pulled one item at a time
        seqs = [(self.lazy_source(a), T.ANY) if self.is_lazy_node(a) else self.expr(a) for a in iter_node.args[1:]]
        if name == "map" and self.map_arity_error(iter_node, ft, len(seqs)):
            return None
        return name, (fe, ft), seqs

    def b_filter(self, node, v):
        f = v[0]
        fe = f[0] if f[1].kind != "none" or not J.is_pure(f[0]) else E("null")
        return J.call("py_filter", fe, v[1][0]), T.LIST()

    def b_print(self, node, v):
        items, sep, end = v
        if sep is not None or end is not None:
            return J.call("py_print_sep", J.array([self.to_any(e, t) for e, t in items]),
                          self.to_any(*sep) if sep is not None else E("null"),
                          self.to_any(*end) if end is not None else E("null")), T.NONE
        return J.call("py_print", *[self.to_any(e, t) for e, t in items]), T.NONE

    def b_chr(self, node, v):
        return J.call("py_chr", self.to_any(*v[0])), T.STR

    def b_ord(self, node, v):
        return J.call("py_ord", v[0][0]), T.INT

    def b_hex(self, node, v):
        return J.call("py_hex", self.to_any(*v[0])), T.STR

    def b_oct(self, node, v):
        return J.call("py_oct", self.to_any(*v[0])), T.STR

    def b_bin(self, node, v):
        return J.call("py_bin", self.to_any(*v[0])), T.STR

    def b_format(self, node, v):
        (e, t), spec = v
        spec_e = E('""') if not spec else spec[0] if spec[1].kind == "str" else J.call("py_format_spec_arg", spec[0])
        return J.call("py_format", e, spec_e, E("true" if t.kind == "float" else "false")), T.STR

    def b_callable(self, node, v):
        return J.call("py_callable", v[0][0]), T.BOOL
