"""The ``match`` statement (PEP 634), lowered to an if / else-if chain.

CPython 3.11's semantics, which the lowering follows:

* the subject is evaluated once (a temporary holds it);
* a case's pattern is tried part by part; the names it captures are stored only when the WHOLE pattern
  matched (a pattern failing part way binds nothing), then the guard runs: a case whose guard is false
  leaves its names bound. So each capture goes to a temporary while the pattern is tried, and the names are
  assigned from the temporaries after it matched, before the guard;
* literal patterns compare with ``==`` (``case 1:`` matches ``1.0`` and ``True``), ``None``/``True``/``False``
  with ``is``; value patterns (dotted names such as ``math.pi``) with ``==``, evaluated when reached;
* sequence patterns match lists, tuples and ranges (not str, dict or set); a starred name binds a list;
* mapping patterns match dicts (Counter and defaultdict too) and look keys up as ``get()`` does (a
  defaultdict does not insert, a Counter's missing key is missing); ``**rest`` binds a new dict of the
  other keys, in order;
* class patterns for the builtin classes bool, dict, float, int, list, set, str, tuple (isinstance: ``int()``
  matches True; ``float()`` does not match an int) with at most one positional sub-pattern, matched against
  the subject itself.

What the runtime never sees is refused at compile time: keyword sub-patterns, other classes, value patterns
as mapping keys, complex literals. CPython's own compile errors (an irrefutable case not last, a duplicate
mapping key, names bound twice, alternatives binding different names) are reported as CPython words them.
"""
from __future__ import annotations

import ast

from .. import jsast as J
from .. import types as T
from ..jsast import E

# the builtin classes a class pattern may name; each matches its one positional sub-pattern against the
# subject itself (CPython's "self-matching" classes)
_CLASS_PATTERN = ("bool", "dict", "float", "int", "list", "set", "str", "tuple")
_INLINE_TEST = {"str": "typeof {} === \"string\"", "bool": "typeof {} === \"boolean\"", "dict": "{} instanceof Map",
                "set": "{} instanceof Set"}


def irrefutable(p) -> bool:
    """CPython's notion: a capture or wildcard, alone, in an as-pattern or as one alternative of an or-pattern."""
    if isinstance(p, ast.MatchAs):
        return p.pattern is None or irrefutable(p.pattern)
    if isinstance(p, ast.MatchOr):
        return any(irrefutable(a) for a in p.patterns)
    return False


def pattern_names(p, out: list) -> list:
    """The names a pattern binds, in the order CPython stores them (first occurrence)."""
    for n in ast.walk(p):
        name = None
        if isinstance(n, (ast.MatchAs, ast.MatchStar)):
            name = n.name
        elif isinstance(n, ast.MatchMapping):
            name = n.rest
        if name is not None and name not in out:
            out.append(name)
    return out


def _and(parts: list) -> E:
    parts = [p for p in parts if p.code != "true"]
    if not parts:
        return E("true")
    if len(parts) == 1:
        return parts[0]
    return E(" && ".join(p.at(J.AND + 1) if p.prec != J.AND else p.code for p in parts), J.AND)


class MatchMixin:
    def stmt_Match(self, node):
        self.match_compile_errors(node)
        subj, st = self.expr(node.subject)
        if st.kind in ("js", "special"):
            self.error(node.subject, "a match subject must be a Python value",
                       "match a Python value (convert a JavaScript value with to_py())")
            return []
        s = self.temp()
        out = [J.ExprStmt(expr=J.assign(s, self.to_any(subj, st)))]
        branches = []
        for case in node.cases:
            caps: dict = {}
            test = self.pattern(case.pattern, s, caps)
            binds = [self.assign_name(name, E(tmp), T.ANY).expr for name, tmp in caps.items()]
            if case.guard is not None:
                g, gt = self.expr(case.guard)
                g = self.truthy(g, gt)
            body = self.stmts(case.body)
            if case.guard is not None:
                if binds:      # the names are bound before the guard runs, and stay bound if it is false
                    g = E("(" + ", ".join([b.at(J.ASSIGN) for b in binds] + [g.at(J.ASSIGN)]) + ")")
                test = _and([test, g])
            else:
                body = [J.ExprStmt(expr=b) for b in binds] + body
            branches.append((test, body))
        tail: list = []
        for i, (test, body) in enumerate(reversed(branches)):
            if test.code == "true" and i == 0:
                tail = body
            else:
                tail = [J.If(test=test, body=body, orelse=tail)]
        return out + tail

    # ------------------------------------------------------------ CPython's compile errors

    def match_compile_errors(self, node) -> None:
        for i, case in enumerate(node.cases[:-1]):
            if case.guard is None and irrefutable(case.pattern):
                p = case.pattern
                while isinstance(p, ast.MatchAs) and p.pattern is not None:
                    p = p.pattern
                if isinstance(p, ast.MatchOr):
                    p = next(a for a in p.patterns if irrefutable(a))
                while isinstance(p, ast.MatchAs) and p.pattern is not None:
                    p = p.pattern
                what = f"name capture '{p.name}'" if getattr(p, "name", None) else "wildcard"
                self.error(case.pattern, f"syntax error: {what} makes remaining patterns unreachable",
                           "put this case last (CPython rejects the function)")

        for case in node.cases:
            self._bound_names(case.pattern)

    def _bound_names(self, p) -> list:
        """The names ``p`` binds; CPython's errors for a name bound twice and alternatives that differ."""
        if isinstance(p, ast.MatchOr):
            first = self._bound_names(p.patterns[0])
            for alt in p.patterns[1:]:
                if set(self._bound_names(alt)) != set(first):
                    self.error(alt, "syntax error: alternative patterns bind different names",
                               "bind the same names in every alternative (CPython rejects the function)")
            return first
        if isinstance(p, ast.MatchAs):
            kids, own = ([p.pattern] if p.pattern is not None else []), [p.name] if p.name else []
        elif isinstance(p, ast.MatchStar):
            kids, own = [], [p.name] if p.name else []
        elif isinstance(p, ast.MatchSequence):
            kids, own = p.patterns, []
        elif isinstance(p, ast.MatchMapping):
            kids, own = p.patterns, [p.rest] if p.rest else []
        elif isinstance(p, ast.MatchClass):
            kids, own = p.patterns + p.kwd_patterns, []
        else:
            kids, own = [], []
        out: list = []
        for n in [x for k in kids for x in self._bound_names(k)] + own:
            if n in out:
                self.error(p, f"syntax error: multiple assignments to name {n!r} in pattern",
                           "use a different name for each capture (CPython rejects the function)")
            out.append(n)
        return out

    # ------------------------------------------------------------ patterns

    def pattern(self, p, subj: str, caps: dict) -> E:
        """A JS test of the pure expression ``subj`` against pattern ``p``; captures assign temporaries
        (recorded in ``caps``: name -> temporary) as the test runs."""
        if isinstance(p, ast.MatchAs):
            test = E("true") if p.pattern is None else self.pattern(p.pattern, subj, caps)
            if p.name is None:
                return test
            return _and([test, E(f"({self.capture(p.name, caps)} = {subj}, true)")])
        if isinstance(p, ast.MatchOr):
            alts = [self.pattern(a, subj, caps) for a in p.patterns]
            if any(a.code == "true" for a in alts):
                alts = alts[:[a.code for a in alts].index("true") + 1]
            return E(" || ".join(a.at(J.OR + 1) for a in alts), J.OR) if len(alts) > 1 else alts[0]
        if isinstance(p, ast.MatchSingleton):
            v = p.value
            if v is None:
                return E(f"{subj} == null", J.EQ)
            return E(f"{subj} === {'true' if v else 'false'}", J.EQ)
        if isinstance(p, ast.MatchValue):
            return self.value_test(p.value, subj)
        if isinstance(p, ast.MatchSequence):
            return self.sequence_test(p, subj, caps)
        if isinstance(p, ast.MatchMapping):
            return self.mapping_test(p, subj, caps)
        if isinstance(p, ast.MatchClass):
            return self.class_test(p, subj, caps)
        self.error(p, f"the pattern {type(p).__name__} is not supported", "use if/elif/else")
        return E("false")

    def capture(self, name: str, caps: dict) -> str:
        tmp = caps.get(name)
        if tmp is None:
            tmp = caps[name] = self.temp()
        return tmp

    def value_test(self, v, subj: str) -> E:
        if isinstance(v, ast.Constant) and isinstance(v.value, str):
            return E(f"{subj} === {J.lit_str(v.value).code}", J.EQ)
        if isinstance(v, ast.Constant) and isinstance(v.value, (bytes, complex)) or \
                isinstance(v, ast.BinOp) or isinstance(v, ast.UnaryOp) and isinstance(v.operand, ast.Constant) \
                and isinstance(v.operand.value, complex):
            self.error(v, "complex and bytes literal patterns are not supported", "match ints, floats and strings")
            return E("false")
        e, t = self.expr(v)
        if t.kind in ("js", "special", "func"):
            self.error(v, "a value pattern must name a Python value (a number, string... constant)",
                       "compare with a constant, or use a guard: case x if x == value")
            return E("false")
        return J.call("py_eq", E(subj), self.to_any(e, t))

    def sequence_test(self, p, subj: str, caps: dict) -> E:
        pats = p.patterns
        star = [i for i, q in enumerate(pats) if isinstance(q, ast.MatchStar)]
        n = len(pats) - len(star)
        if star:
            parts = [E(f"Array.isArray({subj})", J.POSTFIX)] + ([E(f"{subj}.length >= {n}", J.REL)] if n else [])
        else:
            parts = [E(f"Array.isArray({subj})", J.POSTFIX), E(f"{subj}.length === {n}", J.EQ)]
        k = star[0] if star else len(pats)
        for i, q in enumerate(pats):
            if i < k:
                item = f"{subj}[{i}]"
            elif i == k:
                if q.name is not None:
                    end = f"{subj}.length - {len(pats) - k - 1}" if len(pats) - k - 1 else ""
                    sl = f"{subj}.slice({k}{', ' + end if end else ''})"
                    parts.append(E(f"({self.capture(q.name, caps)} = {sl}, true)"))
                continue
            else:
                item = f"{subj}[{subj}.length - {len(pats) - i}]"
            parts.append(self.sub_pattern(q, item, caps))
        return _and(parts)

    def sub_pattern(self, q, item: str, caps: dict) -> E:
        """A sub-pattern of an item expression: a temporary holds the item when the pattern reads it twice."""
        if isinstance(q, ast.MatchAs) and q.pattern is None:
            return self.pattern(q, item, caps)
        if isinstance(q, (ast.MatchSingleton,)) or isinstance(q, ast.MatchValue):
            return self.pattern(q, item, caps)
        tmp = self.temp()
        inner = self.pattern(q, tmp, caps)
        return _and([E(f"({tmp} = {item}, true)"), inner])

    def mapping_test(self, p, subj: str, caps: dict) -> E:
        parts = [E(f"{subj} instanceof Map", J.REL)]
        if p.keys:
            parts.append(E(f"{subj}.size >= {len(p.keys)}", J.REL))
        keys = []
        seen = set()
        for k, q in zip(p.keys, p.patterns):
            if isinstance(k, ast.UnaryOp) and isinstance(k.op, ast.USub) and isinstance(k.operand, ast.Constant):
                kv = -k.operand.value
            elif isinstance(k, ast.Constant):
                kv = k.value
            else:
                self.error(k, "mapping pattern keys must be literals (a string, number, None, True or False)",
                           "write the key as a literal, or test the key in a guard")
                return E("false")
            if isinstance(kv, (complex, bytes)):
                self.error(k, "complex and bytes mapping keys are not supported", "use str or int keys")
                return E("false")
            if kv in seen and not (isinstance(kv, float) and kv != kv):
                self.error(k, f"syntax error: mapping pattern checks duplicate key ({kv!r})",
                           "remove the duplicate key (CPython rejects the function)")
            seen.add(kv)
            ke, kt = self.expr(k)
            ke = self.to_any(ke, kt)
            keys.append(ke)
            tmp = self.temp()
            parts.append(E(f"({tmp} = py_match_key({subj}, {ke.code})) !== py_NOITEM", J.EQ))
            parts.append(self.pattern(q, tmp, caps))
        if p.rest is not None:
            parts.append(E(f"({self.capture(p.rest, caps)} = py_match_rest({subj}, {J.array(keys).code}), true)"))
        return _and(parts)

    def class_test(self, p, subj: str, caps: dict) -> E:
        e, t = self.expr(p.cls)
        name = t.extra[8:] if t.kind == "special" and str(t.extra).startswith("builtin:") else None
        if name not in _CLASS_PATTERN:
            self.error(p.cls, "class patterns support the builtin classes bool, dict, float, int, list, set, str "
                              "and tuple", "use one of those classes, or a guard")
            return E("false")
        if p.kwd_patterns:
            self.error(p, "keyword sub-patterns in a class pattern are not supported",
                       f"match {name}(x) and test x in a guard")
            return E("false")
        if len(p.patterns) > 1:
            self.error(p, f"{name}() accepts 1 positional sub-pattern ({len(p.patterns)} given)",
                       f"write {name}(pattern) with one sub-pattern")
            return E("false")
        inline = _INLINE_TEST.get(name)
        test = E(inline.format(subj), J.EQ if "===" in inline else J.REL) if inline else \
            J.call("py_isinstance", E(subj), J.array([J.lit_str(name)]))
        if not p.patterns:
            return test
        return _and([test, self.pattern(p.patterns[0], subj, caps)])
