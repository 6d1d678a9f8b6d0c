"""Lowering rules for itertools and functools.reduce (signatures: py2cs/tables/itertools.py, runtime:
templates/runtime/itertools.js).

Every itertools function makes a JS iterator object, as map() and filter() do when pulled lazily (py_it_map):
a call is a "lazy node" (stmt.is_lazy_node), so for loops, comprehensions, sum()/min()/max()/any()/all(),
``x in it``, enumerate()/zip() of it and the itertools functions themselves pull one item at a time, as CPython
does; other consumers that build a list at once (list(), sorted(), tuple(), ''.join(), unpacking...) get
``py_it_list(...)``; anywhere else (kept in a variable, returned, tested for truth) the call is refused, as for
map() (iter_ok). A groupby() group bound by ``for k, g in groupby(...)`` is typed ``itgroup`` and is a lazy
node too: used only where consumed right away.
"""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..jsast import E
from ..tables import itertools as IT

UNDEF = E("undefined")
GROUP = T.SPECIAL("itgroup")          # a groupby() group (a JS iterator object sharing groupby's input)

# the itertools functions whose items are tuples
_TUPLES = {"zip_longest", "pairwise", "product", "combinations", "combinations_with_replacement", "permutations",
           "groupby"}
# parameters that are iterables (read as sources), and functions with the count of arguments they are called with
_SOURCES = {"iterables", "iterable", "data", "selectors"}
_FUNCS = {("accumulate", "func"): 2, ("groupby", "key"): 1, ("takewhile", "predicate"): 1,
          ("dropwhile", "predicate"): 1, ("filterfalse", "function"): 1, ("reduce", "function"): 2,
          ("starmap", "function"): -1}
_VIEWS = ("keys", "values", "items")        # d.keys() / d.values() / d.items() as an iterable argument
# builtins of two (or more) arguments that are common as reduce()/accumulate()/starmap() functions
_VARIADIC_BUILTINS = {"max": "py_max", "min": "py_min"}


class ItertoolsMixin:
    # ------------------------------------------------------------ names

    def it_module_attr(self, node, module: str, name: str):
        """``itertools.<name>`` / ``functools.<name>`` (also imported by name): a function only called."""
        table = IT.ITERTOOLS if module == "itertools" else IT.FUNCTOOLS
        if name in table:
            return self.nonvalue(node, f"{module}.{name} can only be called here",
                                 f"to pass or store it, wrap it in a function: lambda *a: {name}(*a)"), \
                T.SPECIAL(f"fn:{module}.{name}")
        hint = IT.REFUSED.get((module, name)) or "supported: " + ", ".join(sorted(table))
        return self.error(node, f"{module}.{name} is not supported", hint), T.ANY

    def it_special_attr(self, node, extra: str, attr: str):
        if extra == "fn:itertools.chain" and attr == "from_iterable":
            return self.nonvalue(node, "itertools.chain.from_iterable can only be called here",
                                 "call it: chain.from_iterable(lists)"), T.SPECIAL("fn:itertools.chain.from_iterable")
        return self.error(node, f"attribute '.{attr}' of {extra[3:]} is not supported",
                          "call the function"), T.ANY

    def it_callee(self, node) -> str | None:
        """'itertools.<name>' / 'functools.reduce' when the call ``node`` calls a supported function of those
        modules (by name, through the module, or chain.from_iterable), else None. Read from the names alone:
        nothing is lowered."""
        if node.__class__ is not ast.Call:
            return None
        f = node.func
        if f.__class__ is ast.Attribute and f.attr == "from_iterable":
            inner = self.it_callee(ast.Call(func=f.value, args=[], keywords=[]))
            return "itertools.chain.from_iterable" if inner == "itertools.chain" else None
        callee = self.module_callee(node)
        if callee is None or not self._it_supported(*callee):
            return None
        return f"{callee[0]}.{callee[1]}"

    @staticmethod
    def _it_supported(mod: str, name: str) -> bool:
        return name in IT.ITERTOOLS if mod == "itertools" else mod == "functools" and name in IT.FUNCTOOLS

    def it_consumer(self, consumer, node) -> bool:
        """Whether the call ``consumer`` is of an itertools function (or reduce) taking ``node`` as an iterable
        (not as a value it keeps: repeat(gen) yields the generator itself)."""
        callee = self.it_callee(consumer)
        if callee is None:
            return False
        name = callee.partition(".")[2]
        sig = IT.ITERTOOLS.get(name) or IT.FUNCTOOLS[name]
        if any(isinstance(a, ast.Starred) for a in consumer.args) or any(k.arg is None for k in consumer.keywords):
            return False
        slots, err = sig.bind(len(consumer.args), [k.arg for k in consumer.keywords])
        if err:
            return False
        for p, slot in zip(sig.params, slots):
            if slot is None or p.name not in _SOURCES:
                continue
            if slot[0] == "pos" and consumer.args[slot[1]] is node or slot[0] == "star" and \
                    any(a is node for a in consumer.args[slot[1]:]) or \
                    slot[0] == "kw" and any(k.arg == slot[1] and k.value is node for k in consumer.keywords):
                return True
        return False

    def it_lazy(self, node) -> bool:
        """An itertools iterator call, or a groupby() group variable: a JS iterator object pulled lazily."""
        if node.__class__ is ast.Name:
            return self.it_is_group(node)
        c = self.it_callee(node)
        return c is not None and c.startswith("itertools.")

    def it_is_group(self, node) -> bool:
        if node.__class__ is not ast.Name or not isinstance(node.ctx, ast.Load) or self.scope is None:
            return False
        scope = self.scope.lookup(node.id)
        return scope is not None and self.var_type(scope, node.id) == GROUP

    # ------------------------------------------------------------ calls

    def it_call(self, node, callee: str):
        """A call of an itertools function or functools.reduce where its value is used (not pulled by a loop):
        reduce's result, or the list a consumer that takes every item at once builds (else refused)."""
        name = callee.partition(".")[2]
        if name == "reduce":
            got = self.it_args(node, name)
            if got is None:
                return UNDEF, T.ANY
            vals, _ = got
            f, src, init = vals
            return J.call("py_reduce", f, src, *([init, E("true")] if init is not None else [])), T.ANY
        if not self.iter_ok(node, f"{name}()"):
            return UNDEF, T.ANY
        if name in IT.ENDLESS and not (name == "repeat" and (len(node.args) > 1 or node.keywords)):
            return self.error(node, f"{name}() never ends: a list of its items cannot be built (CPython would run "
                                    "out of memory)",
                              "consume it where the consumer stops: zip(count(), xs), islice(cycle(xs), n), or a "
                              "for loop with break"), T.ANY
        return J.call("py_it_list", self.it_source(node)), T.LIST(T.TUPLE() if name in _TUPLES else T.ANY)

    def it_source(self, node):
        """The JS iterator object of an itertools call (or a groupby group's variable); undefined after reporting
        a problem."""
        if node.__class__ is ast.Name:
            return self.expr_group(node)
        name = self.it_callee(node).partition(".")[2]
        got = self.it_args(node, name)
        if got is None:
            return UNDEF
        vals, nargs = got
        if name == "chain":
            return J.call("py_it_chain", vals[0])
        if name == "chain.from_iterable":
            return J.call("py_it_chain_from", vals[0])
        if name == "islice":
            return J.call("py_it_islice", vals[0], E(str(nargs)), *[v if v is not None else UNDEF for v in vals[1:]])
        if name == "accumulate":
            return J.call("py_it_accumulate", vals[0], vals[1] or E("null"), vals[2] or E("null"))
        if name == "zip_longest":
            return J.call("py_it_zip_longest", vals[0], *([vals[1]] if vals[1] is not None else []))
        if name == "pairwise":
            return J.call("py_it_pairwise", vals[0])
        if name == "product":
            return J.call("py_it_product", vals[0], vals[1] or E("1"))     # (a None given arrives as null/undefined)
        if name in ("combinations", "combinations_with_replacement"):
            return J.call("py_it_combinations", vals[0], vals[1],
                          E("true" if name == "combinations_with_replacement" else "false"))
        if name == "permutations":
            return J.call("py_it_permutations", vals[0], vals[1] or E("null"))
        if name == "groupby":
            if not self.it_group_loop(node):
                return UNDEF
            return J.call("py_it_groupby", vals[0], vals[1] or E("null"))
        if name == "starmap":
            return J.call("py_it_starmap", vals[0], vals[1])
        if name in ("takewhile", "dropwhile"):
            return J.call("py_it_takewhile", vals[0], vals[1], E("true" if name == "dropwhile" else "false"))
        if name == "filterfalse":
            return J.call("py_it_filterfalse", vals[0], vals[1])
        if name == "compress":
            return J.call("py_it_compress", vals[0], vals[1])
        if name == "repeat":
            return J.call("py_it_repeat", vals[0], *([vals[1], E("true")] if vals[1] is not None else []))
        if name == "count":
            return J.call("py_it_count", vals[0] or E("0"), vals[1] or E("1"))
        if name == "cycle":
            return J.call("py_it_cycle", vals[0])
        raise AssertionError(name)

    def it_args(self, node, name: str):
        """The JS values of the call's parameters in signature order (None for an omitted one), each argument
        lowered in the order written; a var-positional parameter is a JS array. Also the count of positional
        arguments. None after reporting an error."""
        sig = IT.ITERTOOLS.get(name) or IT.FUNCTOOLS[name]
        star = any(isinstance(a, ast.Starred) for a in node.args)
        if any(k.arg is None for k in node.keywords) or \
                (star and not (sig.params and sig.params[0].kind == "var_pos")):
            self.error(node, f"{name}() with *args / **kwargs is not supported here", "pass the arguments explicitly")
            return None
        slots, err = sig.bind(len(node.args), [k.arg for k in node.keywords])
        if err:
            if name in ("chain", "islice", "reduce", "chain.from_iterable") and node.keywords:
                err = "takes no keyword arguments"
            self.error(node, f"{name}() {err}", f"{name}({sig.spec})")
            return None
        owner = {}      # id(argument node) -> parameter name
        for p, slot in zip(sig.params, slots):
            if slot is None:
                continue
            if slot[0] == "pos":
                owner[id(node.args[slot[1]])] = p.name
            elif slot[0] == "kw":
                owner[id(next(k.value for k in node.keywords if k.arg == slot[1]))] = p.name
            elif slot[0] == "star":
                for a in node.args[slot[1]:]:
                    owner[id(a)] = p.name
        self._it_node = node
        pos = [(self.it_arg(name, owner[id(a)], a), T.ANY) for a in node.args]
        kw = {k.arg: (self.it_arg(name, owner[id(k.value)], k.value), T.ANY) for k in node.keywords}
        from .calls import Args
        vals = Args(pos, kw, node).bound(self, sig, name)
        if vals is None:
            return None
        out = []
        for p, v in zip(sig.params, vals):
            if p.kind == "var_pos":
                parts = [e.code if not isinstance(a, ast.Starred) else "..." + e.code
                         for (e, _), a in zip(v, node.args[len(node.args) - len(v):])]
                out.append(E(f"[{', '.join(parts)}]", J.PRIMARY))
            else:
                out.append(v[0] if v is not None else None)
        return out, len(node.args) + len(node.keywords)

    def it_arg(self, name: str, param: str, a) -> E:
        """One argument: an iterable (a lazy one as its JS iterator object), a function (called with as many
        arguments as the itertools function gives it) or a plain value."""
        if isinstance(a, ast.Starred):
            v, _ = self.expr(a.value)
            return J.call("py_star_iter", v, J.lit_str("itertools." + name) if len(self._it_node.args) == 1 else E("null"))
        if param in _SOURCES:
            if a.__class__ is ast.Call and a.func.__class__ is ast.Attribute and not a.args and not a.keywords \
                    and a.func.attr in _VIEWS:
                # d.keys() / d.values() / d.items(): read live, as CPython's dict view iterators are
                return J.call("py_it_view", self.to_any(*self.expr(a.func.value)), E(str(_VIEWS.index(a.func.attr))))
            if self.is_lazy_node(a):
                src = self.lazy_source(a)
                return src if src is not None else UNDEF
            if self.builtin_call(a, "zip") and a.args and not a.keywords \
                    and not any(isinstance(x, ast.Starred) for x in a.args):
                return self.zip_source(a)       # zip(xs, ys): its lists read live, as CPython's zip reads them
            return self.to_any(*self.expr(a))
        n = _FUNCS.get((name, param))
        if n is not None:
            if isinstance(a, ast.Constant) and a.value is None:
                return E("null")
            if isinstance(a, ast.Attribute) and n > 0:
                a._py2cs_bound_arity = n         # key=counts.get: a method of a value (visit_Attribute)
            e, t = self.expr(a)
            if t.kind == "special" and t.extra in ("builtin:max", "builtin:min") and n != 1:
                fn = _VARIADIC_BUILTINS[t.extra[8:]]
                return E(f"(function () {{ return {fn}(Array.prototype.slice.call(arguments), null, undefined, "
                         "false); })")
            e, t = self.as_value(a, e, t)
            if t.kind == "func" and isinstance(t.extra, tuple) and len(t.extra) == 3 and \
                    not (isinstance(a, ast.Attribute) and t.extra[1] == n):
                # a builtin or an unbound method (str.upper): one argument only (a py2cs TypeError otherwise);
                # a method of a value (counts.get, "{}-{}".format) takes the n arguments it is made for
                return J.call("py_fn_builtin", e, J.lit_str(t.extra[2]))
            return self.to_any(e, t)
        return self.to_any(*self.expr(a))

    # ------------------------------------------------------------ groupby groups

    def _it_loops(self) -> dict:
        """id(iterable) -> the for loop or comprehension generator iterating it, in the function being lowered."""
        loops = getattr(self.fs.node, "_py2cs_it_loops", None)
        if loops is None:
            from .walk import walk_function
            loops = {id(n.iter): n for n in walk_function(self.fs.node) if n.__class__ in (ast.For, ast.comprehension)}
            self.fs.node._py2cs_it_loops = loops
        return loops

    def _it_listed_first(self, loop, g: str) -> bool:
        """The body of the for loop ``loop`` starts with ``g = list(g)`` (or tuple(g), sorted(g, ...))."""
        if not isinstance(loop, ast.For) or not loop.body:
            return False
        s = loop.body[0]
        return isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) \
            and s.targets[0].id == g and self.builtin_call(s.value, "list", "tuple", "sorted") is not None \
            and len(s.value.args) >= 1 and isinstance(s.value.args[0], ast.Name) and s.value.args[0].id == g

    def it_group_loop(self, node) -> bool:
        """groupby() is supported as the iterable of a for loop or comprehension whose target is ``k, g`` (g a
        name): its groups are iterator objects, which py2cs keeps only in such a variable (else reported)."""
        loop = self._it_loops().get(id(node))
        target = loop.target if loop is not None else None
        if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 2 \
                and isinstance(target.elts[1], ast.Name) and not isinstance(target.elts[0], ast.Starred):
            return True
        self.error(node, "groupby() is supported only as the iterable of `for key, group in groupby(...)` (a loop "
                         "or a comprehension): each group is an iterator over groupby's input, which py2cs keeps "
                         "only in the loop's group variable",
                   "for k, g in groupby(rows, key=...): out.append([k, list(g)])")
        return False

    def it_bind_group(self, target, iter_node, item: E):
        """``for k, g in groupby(...)``: bind k, and g as a group (its own type, so that it is used only where
        consumed right away). None when the loop is not of that form."""
        if not (isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 2
                and isinstance(target.elts[1], ast.Name) and not isinstance(target.elts[0], ast.Starred)
                and self.it_callee(iter_node) == "itertools.groupby"):
            return None
        g = target.elts[1].id
        if not self.used_as_value(g):      # a group never read (`for k, _ in groupby(xs)`): an ordinary variable
            return None
        pair = self.temp()
        out = [J.ExprStmt(expr=J.assign(pair, item))]
        out += self.assign_to(target.elts[0], E(f"{pair}[0]", J.POSTFIX), T.ANY, None)
        if self._it_listed_first(self._it_loops().get(id(iter_node)), g):
            # `for k, g in groupby(...): g = list(g)`: the group is read whole by the body's first statement, so it
            # is read whole now (nothing runs in between) and g is an ordinary list from the start
            out += self.assign_to(target.elts[1], J.call("py_it_list", E(f"{pair}[1]", J.POSTFIX)), T.LIST(), None)
            return out
        out += self.assign_to(target.elts[1], E(f"{pair}[1]", J.POSTFIX), GROUP, None)
        scope = self.scope.lookup(g) or self.scope
        if self.var_types.get((id(scope.node), g), GROUP) not in (GROUP, T.NEVER):
            self.error(target.elts[1], f"'{g}' holds a groupby() group here and is assigned something else "
                                       "elsewhere in the function",
                       "give the group variable a name of its own (items = list(g)), or make g = list(g) the "
                       "first statement of the loop body")
        return out

    def expr_group(self, node):
        """A group variable where a consumer pulls it (the JS iterator object itself)."""
        self._it_raw = True
        try:
            return self.expr(node)[0]
        finally:
            self._it_raw = False

    def it_group_name(self, node, e: E):
        """A group variable read: the JS iterator object where a consumer pulls it (expr_group), else a list of
        its remaining items where a consumer takes them all at once (list(g), sorted(g), ''.join(g),
        unpacking...); refused elsewhere (kept, returned, len()...)."""
        if getattr(self, "_it_raw", False):
            return e, GROUP
        if self.iter_ok(node, "a groupby() group"):
            return J.call("py_it_list", e), T.LIST()
        return UNDEF, T.ANY
