"""Compacting a runtime unit: the same JavaScript program in fewer bytes.

The runtime (templates/runtime/*.js) is written to be read: comments, indentation, descriptive local
names. A generated module ships it as it is unless compacted here, once per unit when the runtime table is
parsed (py2cs/runtime.py keeps the result in its cache file). ast-grep (tree-sitter JavaScript) is the
parser; nothing here lexes JavaScript with regular expressions.

Two rewrites, both token-level:

* Layout. Comments go, and so does the whitespace between two tokens unless the tokens would otherwise
  run together (``return x``, ``a - -b``, ``a / /re/``, ``1 .toString``) or a line break could matter for
  automatic semicolon insertion. A line break in the source (or in a comment) between tokens P and N is
  kept unless one of these holds, each of which means no semicolon was inserted there and none of the
  restricted productions (``return``/``break``/``continue``/``throw``/``yield``/``async`` before the
  break, postfix ``++``/``--`` after it) is involved:
  - P is a punctuator or keyword after which a statement cannot end (``{ ( [ , ; . = + &&`` ...,
    ``else``, ``var``, ``typeof`` ...; never ``++``/``--``, ``)``, ``]`` or a name or literal);
  - N is a token that cannot start a statement and so cannot follow an inserted semicolon
    (``) ] } , ; . : ?`` and binary-only operators such as ``*``, ``===``, ``&&``, ``in``);
  - P is the ``}`` that closes a statement block (the body of a function declaration, if, loop, try ...):
    the statement is complete there, a semicolon after it would be an empty statement, which is never
    inserted.
  Strings, template strings and regular expression literals are copied verbatim.

* Local names. Bindings of function scopes and blocks (parameters, var/let/const, inner function
  declarations, catch parameters) get short names. Top-level names (``py_*`` units reference each other
  and generated code calls them by name), property names, object keys and labels keep theirs. A new name
  is never one of the unit's names that stays (globals such as ``Math``, ``arguments``, top-level names),
  and two bindings get different new names whenever one is declared in a scope that a reference to the
  other passes through on its way to its declaration: every reference still finds its own binding, a
  closure's free names are not captured. Units this scope model does not describe keep their names: any
  use of ``eval``, ``with`` or ``Function``, destructuring and default parameters, classes, shorthand
  properties, function declarations in nested blocks, template substitutions, a binding named
  ``arguments``, a ``var`` redeclaring a catch parameter, or a node kind not listed in ``_KNOWN``.

Safety net (``compact`` raises CompactError, ``compact_or_original`` returns the unit unchanged): the
compacted text is parsed again; it must have no ERROR or MISSING node, the same tree (node kinds, nesting,
every leaf's text, identifiers through the renaming map) and, identifier by identifier, the same binding
each one resolves to.
"""
from __future__ import annotations

from ast_grep_py import SgRoot


class CompactError(Exception):
    pass


# Nodes copied whole: their text is the literal (a string's quotes and escapes, a regex with its flags).
_ATOMIC = frozenset({"string", "template_string", "regex"})

_LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")

# A line break after these is never where a statement ended.
_SAFE_AFTER = frozenset("""
    { ( [ , ; : ? . ?. => ... = += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??=
    == === != !== < > <= >= << >> >>> + - * / % ** & | ^ ! ~ && || ??
    var const new typeof void delete in instanceof else do case function if for while switch try catch
    finally class extends with
""".split())

# A line break before these is never where a statement ended.
_SAFE_BEFORE = frozenset("""
    ) ] } , ; . ?. : ? => = += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??=
    == === != !== > <= >= << >> >>> * ** % & | ^ && || ?? in instanceof
""".split())

# The parents of a statement_block whose closing brace ends a statement.
_STATEMENT_BLOCK_PARENTS = frozenset({
    "program", "statement_block", "function_declaration", "generator_function_declaration", "if_statement",
    "else_clause", "for_statement", "for_in_statement", "while_statement", "do_statement", "try_statement",
    "catch_clause", "finally_clause", "labeled_statement", "switch_case", "switch_default"})

# Two characters that, written together, would start a longer token (or a comment) than the two tokens.
_JOINS = frozenset("=> == != <= >= && || ?? ?. ++ -- += -= *= /= %= &= |= ^= << >> ** .. // /* <! ->".split())


def _identchar(c: str) -> bool:
    return c.isalnum() or c in "_$\\" or c > "\x7f"


class _Tok:
    __slots__ = ("text", "start", "end", "kind", "named", "ends_statement")

    def __init__(self, node, text, ends_statement=False):
        r = node.range()
        self.text, self.start, self.end = text, r.start.index, r.end.index
        self.kind, self.named, self.ends_statement = node.kind(), node.is_named(), ends_statement


def _tokens(root) -> list:
    """The tokens of the tree in source order (comments left out, literals whole)."""
    out = []
    stack = [(root, None, None)]    # (node, its parent's kind, its grandparent's kind)
    while stack:
        node, parent, grandparent = stack.pop()
        kind = node.kind()
        if kind == "comment":
            continue
        children = () if kind in _ATOMIC else node.children()
        if not children:
            ends = kind == "}" and (parent == "switch_body" or
                                    parent == "statement_block" and grandparent in _STATEMENT_BLOCK_PARENTS)
            out.append(_Tok(node, node.text(), ends))
            continue
        stack.extend((c, kind, parent) for c in reversed(children))
    return out


def _keep_line_break(p: _Tok, n: _Tok) -> bool:
    if not p.named and p.kind in _SAFE_AFTER:
        return False
    if not n.named and n.kind in _SAFE_BEFORE:
        return False
    return not p.ends_statement


def _needs_space(p: _Tok, a: str, n: _Tok, b: str) -> bool:
    """Whether tokens with texts ``a`` then ``b`` need whitespace between them to stay two tokens."""
    if _identchar(a[-1]) and _identchar(b[0]):
        return True
    if a[-1] + b[0] in _JOINS:
        return True
    if b[0] == "." and p.kind == "number" and "." not in a:
        return True                 # 1 .toString(): "1." would be a number (0x10.toString: QuickJS refuses it)
    if p.kind == "regex" and _identchar(b[0]):
        return True                 # /x/ in y: "/x/in" would be flags
    return False


def _html_comment(source: str, tokens: list) -> bool:
    """Whether the source has ``<!--`` or ``-->`` outside literals and comments: an HTML-like comment to a browser's
    script parser (Annex B), which the grammar here reads as operators (``a<!--b`` is ``a`` then a comment)."""
    return any(t.kind == "<" and source.startswith("<!--", t.start) or t.kind == "--" and source.startswith("-->", t.start)
               for t in tokens)


def _join(source: str, tokens: list, renames: dict) -> str:
    out = []
    prev = prev_text = None
    for tok in tokens:
        text = renames.get(tok.start, tok.text)
        if prev is not None:
            gap = source[prev.end:tok.start]
            if any(c in gap for c in _LINE_BREAKS) and _keep_line_break(prev, tok):
                out.append("\n")
            elif _needs_space(prev, prev_text, tok, text):
                out.append(" ")
        out.append(text)
        prev, prev_text = tok, text
    return "".join(out)


# --- scopes -------------------------------------------------------------------------------------------

# The node kinds whose scoping the renamer models; a unit with any other kind keeps its names.
_KNOWN = frozenset("""
    program expression_statement variable_declaration lexical_declaration variable_declarator
    function_declaration function_expression function arrow_function formal_parameters rest_pattern
    statement_block if_statement else_clause for_statement for_in_statement while_statement do_statement
    try_statement catch_clause finally_clause switch_statement switch_body switch_case switch_default
    return_statement throw_statement break_statement continue_statement empty_statement labeled_statement
    statement_identifier debugger_statement
    identifier property_identifier this undefined null true false number string string_fragment
    escape_sequence template_string regex regex_pattern regex_flags comment
    call_expression arguments member_expression subscript_expression parenthesized_expression
    binary_expression unary_expression update_expression assignment_expression
    augmented_assignment_expression ternary_expression sequence_expression new_expression
    object pair array spread_element computed_property_name method_definition optional_chain
    await_expression yield_expression
""".split())

_FUNCTIONS = frozenset({"function_declaration", "function_expression", "function", "arrow_function",
                        "generator_function_declaration", "generator_function", "method_definition"})
_BLOCKS = frozenset({"statement_block", "for_statement", "for_in_statement", "catch_clause", "switch_body"})

# Never given to a binding: reserved words, and names with a meaning of their own.
_RESERVED = frozenset("""
    break case catch class const continue debugger default delete do else enum export extends false finally
    for function if import in instanceof new null return super switch this throw true try typeof var void
    while with yield let static implements interface package private protected public await async of get
    set arguments eval undefined NaN Infinity
""".split())


class _Refuse(Exception):
    """The unit uses something the scope model does not describe: its names stay."""


class _Scope:
    __slots__ = ("parent", "function", "names")

    def __init__(self, parent, function):
        self.parent, self.function, self.names = parent, function, {}


class _Binding:
    __slots__ = ("name", "scope", "sites", "new")

    def __init__(self, name, scope):
        self.name, self.scope, self.sites, self.new = name, scope, [], None


class _Analysis:
    """Every identifier of the tree with its scope and, once resolved, its binding (None: a global)."""

    def __init__(self, root):
        self.program = _Scope(None, True)
        self.idents = []            # [node start, name, scope, binding or None], in source order
        self._decls = []            # (ident record, scope the name is declared in)
        self._walk(root)
        for rec, scope in self._decls:
            rec[3] = scope.names.setdefault(rec[1], _Binding(rec[1], scope))
        for rec, scope in self._decls:      # a var named like a catch parameter (or a let) between it and its function
            s = rec[2]
            while s is not scope:
                if rec[1] in s.names:
                    raise _Refuse(f"var {rec[1]} inside a scope that declares {rec[1]}")
                s = s.parent
        for rec in self.idents:
            if rec[3] is None:
                s = rec[2]
                while s is not None and rec[1] not in s.names:
                    s = s.parent
                rec[3] = s.names[rec[1]] if s is not None else None
            if rec[3] is not None:
                rec[3].sites.append(rec)
        self.idents.sort(key=lambda r: r[0])

    def _ident(self, node, scope, declare_in=None):
        rec = [node.range().start.index, node.text(), scope, None]
        self.idents.append(rec)
        if declare_in is not None:
            if rec[1] in ("arguments", "eval"):     # `var arguments` is the arguments object's own binding
                raise _Refuse(f"a binding named {rec[1]}")
            self._decls.append((rec, declare_in))

    @staticmethod
    def _function_scope(scope):
        while not scope.function:
            scope = scope.parent
        return scope

    def _binding_name(self, node, scope, declare_in):
        if node.kind() == "rest_pattern":
            node = node.named_children()[0] if len(node.named_children()) == 1 else node
        if node.kind() != "identifier":
            raise _Refuse(node.kind())          # destructuring, default values
        self._ident(node, scope, declare_in)

    def _walk(self, root):
        stack = [(root, self.program)]
        while stack:
            node, scope = stack.pop()
            kind = node.kind()
            if kind not in _KNOWN:
                raise _Refuse(kind)
            if kind == "identifier":
                if node.text() in ("eval", "Function"):
                    raise _Refuse(node.text())
                self._ident(node, scope)
                continue
            children = node.named_children()
            if kind in _FUNCTIONS:
                name = node.field("name")
                if kind in ("function_declaration", "generator_function_declaration"):
                    if not scope.function:
                        raise _Refuse("function declaration in a block")
                    self._ident(name, scope, scope)
                elif name is not None and kind != "method_definition":
                    scope = _Scope(scope, False)            # a named function expression's own name
                    self._ident(name, scope, scope)
                inner = _Scope(scope, True)
                params = node.field("parameters")
                if params is None and node.field("parameter") is not None:
                    self._binding_name(node.field("parameter"), inner, inner)
                elif params is not None:
                    for p in params.named_children():
                        if p.kind() != "comment":
                            self._binding_name(p, inner, inner)
                body = node.field("body")
                if body is not None:
                    if body.kind() == "statement_block":    # the function's own scope, not a block in it
                        stack.extend((c, inner) for c in reversed(body.named_children()))
                    else:
                        stack.append((body, inner))
                if kind == "method_definition" and name is not None and name.kind() != "property_identifier":
                    stack.append((name, scope))             # a computed method name
                continue
            if kind == "variable_declaration" or kind == "lexical_declaration":
                target = self._function_scope(scope) if kind == "variable_declaration" else scope
                for decl in children:
                    if decl.kind() == "comment":
                        continue
                    self._binding_name(decl.field("name"), scope, target)
                    value = decl.field("value")
                    if value is not None:
                        stack.append((value, scope))
                continue
            if kind == "for_in_statement" and node.field("kind") is not None:
                inner = _Scope(scope, False)
                decl_kind = node.field("kind").text()
                self._binding_name(node.field("left"), inner,
                                   self._function_scope(scope) if decl_kind == "var" else inner)
                left = node.field("left").range().start.index
                stack.extend((c, inner) for c in reversed(children) if c.range().start.index != left)
                continue
            if kind == "catch_clause":
                inner = _Scope(scope, False)
                param = node.field("parameter")
                if param is not None:
                    self._binding_name(param, inner, inner)
                stack.append((node.field("body"), inner))
                continue
            if kind == "template_string" and children:
                if any(c.kind() == "template_substitution" for c in children):
                    raise _Refuse("template substitution")
                continue
            if kind in _BLOCKS:
                scope = _Scope(scope, False)
            stack.extend((c, scope) for c in reversed(children))

    def resolution(self) -> list:
        """For each identifier in source order: the index of its binding (numbered by first site) or its
        name when it is global."""
        number, out = {}, []
        for _, name, _, b in self.idents:
            out.append(("global", name) if b is None else number.setdefault(id(b), len(number)))
        return out


def _names():
    first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
    rest = first + "0123456789"
    level = list(first)
    while True:
        yield from level
        level = [a + b for a in level for b in rest]


def _renames(analysis: _Analysis) -> dict:
    """{identifier start: new name} for every site of every local binding."""
    keep = {name for _, name, _, b in analysis.idents if b is None or b.scope is analysis.program}
    bindings = {id(b): b for _, _, _, b in analysis.idents if b is not None and b.scope is not analysis.program}
    local = sorted(bindings.values(), key=lambda b: (-len(b.sites), b.sites[0][0]))
    # The scopes each binding's sites pass through on their way to its declaration (both ends included).
    paths = {}
    for b in local:
        path = set()
        for site in b.sites:
            s = site[2]
            while s is not b.scope:
                path.add(id(s))
                s = s.parent
        path.add(id(b.scope))
        paths[id(b)] = path
    done = []
    for b in local:
        p = paths[id(b)]
        taken = {o.new for o in done if id(o.scope) in p or id(b.scope) in paths[id(o)]}
        b.new = next(n for n in _names() if n not in taken and n not in keep and n not in _RESERVED)
        done.append(b)
    return {site[0]: b.new for b in local for site in b.sites if b.new != b.name}


# --- the safety net -------------------------------------------------------------------------------------

def _shape(root, renames: dict) -> list:
    """The tree as (depth, kind, leaf text) in pre-order, comments left out, identifiers renamed."""
    out = []
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        kind = node.kind()
        if kind == "comment":
            continue
        if kind == "ERROR":
            raise CompactError(f"a syntax error (ERROR node) at {node.range().start.index}")
        children = node.children()
        if children:
            out.append((depth, kind, None))
            stack.extend((c, depth + 1) for c in reversed(children))
            continue
        text = node.text()
        if not text:
            raise CompactError(f"a missing {kind!r} (MISSING node) at {node.range().start.index}")
        if kind == "identifier":
            text = renames.get(node.range().start.index, text)
        out.append((depth, kind, text))
    return out


def _parse(text: str):
    return SgRoot(text, "javascript").root()


def compact(source: str) -> str:
    """The compacted text of one unit; CompactError if the result would not be the same program."""
    root = _parse(source)
    try:
        analysis = _Analysis(root)
        renames = _renames(analysis)
    except _Refuse:
        analysis, renames = None, {}
    tokens = _tokens(root)
    if _html_comment(source, tokens):
        raise CompactError("an HTML-like comment (<!-- or -->) that the grammar reads as operators")
    out = _join(source, tokens, renames)
    new_root = _parse(out)
    before = _shape(root, renames)      # (raises if the source itself has a syntax error)
    after = _shape(new_root, {})
    if before != after:
        i = next((i for i, (x, y) in enumerate(zip(before, after)) if x != y), min(len(before), len(after)))
        raise CompactError(f"the compacted text parses differently at node {i}: "
                           f"{before[i] if i < len(before) else None} became {after[i] if i < len(after) else None}")
    if analysis is not None:
        try:
            same = analysis.resolution() == _Analysis(new_root).resolution()
        except _Refuse as e:
            raise CompactError(f"the compacted text is not analysable: {e}") from None
        if not same:
            raise CompactError("a renamed identifier resolves to a different binding")
    return out


def compact_or_original(source: str) -> str:
    """``compact(source)``, or ``source`` itself when the safety net refuses (a unit is then shipped as written)."""
    try:
        return compact(source)
    except (CompactError, RecursionError):
        return source
