"""Lowering rules for the statistics module (templates/runtime/statistics.js; signatures in
py2cs/tables/statistics.py). Each function is one runtime helper ``py_stat_<name>``; every optional argument
is passed explicitly (its default when omitted), so ``undefined`` reaching the runtime is a None."""
from __future__ import annotations

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import statistics as ST

UNDEF = E("undefined")

# the JS of each default (ST.FUNCTIONS spells them as CPython does)
_DEFAULTS = {"None": E("null"), "1.0": E("1"), "4": E("4"), "'exclusive'": J.lit_str("exclusive")}

# the arguments CPython consumes as iterables (a generator expression or map() there is used up at once)
ITER_PARAMS = ("data", "weights")

# the type of a data argument passed as a lazy iterator (stat_args)
LAZY = T.SPECIAL("statistics:lazy")


class StatisticsMixin:
    def stat_module_attr(self, node, name: str):
        if name == "StatisticsError":
            return self.nonvalue(node, "statistics.StatisticsError can only be raised or caught here",
                                 "except statistics.StatisticsError: ... (or except ValueError)"), \
                T.SPECIAL("exc:StatisticsError")
        if name in ST.FUNCTIONS:
            # a call consumes the marker; as a value (map(statistics.mean, rows)) it is refused
            return self.nonvalue(node, f"statistics.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda xs: statistics.{name}(xs)",
                                 "fn:statistics." + name), \
                T.SPECIAL("fn:statistics." + name)
        return self.error(node, f"statistics.{name} is not supported",
                          ST.REFUSED.get(name, "supported: " + ", ".join(sorted(ST.FUNCTIONS)))), T.ANY

    def stat_args(self, node, name: str):
        """The call's arguments; a generator expression or map()/filter() as data or weights becomes a JS iterator
        object (py_st_gen) that the runtime pulls one item at a time, when CPython does: an item that is not a
        number raises before the generator computes the next one, and geometric_mean's ValueError handler sees
        the generator's own ValueErrors, as in CPython."""
        from .calls import Args
        sig = ST.FUNCTIONS.get(name)
        names = [p.name for p in sig.params] if sig else []

        def lower(a, pname):
            if pname in ITER_PARAMS and self.is_lazy_node(a):
                return J.call("py_st_gen", self.lazy_source(a)), LAZY
            return self.as_value(a, *self.expr(a))
        pos = [lower(a, names[i] if i < len(names) else None) for i, a in enumerate(node.args)]
        kw = {k.arg: lower(k.value, k.arg) for k in node.keywords}
        return Args(pos, kw, node)

    def stat_call(self, node, name: str, args):
        sig = ST.FUNCTIONS[name]
        vals = args.bound(self, sig, f"statistics.{name}")
        if vals is None:
            return UNDEF, T.ANY
        out = [(v[0] if v[1] is LAZY else self.to_any(*v)) if v is not None else _DEFAULTS[p.default]
               for p, v in zip(sig.params, vals)]
        return J.call("py_stat_" + name, *out), T.from_name(sig.returns)

    def stat_consumer(self, consumer, node) -> bool:
        """``consumer`` calls a statistics function and ``node`` is its data (or weights) argument, which
        CPython consumes right away."""
        callee = self.module_callee(consumer)
        if callee is None or callee[0] != "statistics":
            return False
        sig = ST.FUNCTIONS.get(callee[1])
        if sig is None:
            return False
        params = [p.name for p in sig.params]
        for i, a in enumerate(consumer.args):
            if a is node or node in _iter_nodes(a):
                return i < len(params) and params[i] in ITER_PARAMS
        return any(k.arg in ITER_PARAMS and (k.value is node or node in _iter_nodes(k.value))
                   for k in consumer.keywords)


def _iter_nodes(n) -> list:
    from .calls import _iter_results
    return _iter_results(n)
