"""Step 3 of the pipeline: the restricted-subset checker.

Structural rules, written as ast-grep rules over the Python source, refuse constructs the subset
does not have before any lowering happens. Each rule is data: an ast-grep rule, the message and
what to write instead. (Semantic refusals, such as an unknown name or method, come from the
lowering, which knows types and scopes; both kinds are reported together.)
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from .resolve import AVAILABLE_MODULES


@dataclass(frozen=True)
class Rule:
    id: str
    rule: dict
    message: str
    hint: str


RULES = [
    Rule("class", {"kind": "class_definition"}, "class definitions are not supported",
         "use dicts and functions"),
    Rule("generator", {"kind": "yield"}, "generators ('yield') are not supported",
         "build and return a list instead"),
    Rule("global", {"kind": "global_statement"}, "'global' is not supported",
         "callbacks must not change module state; keep state in a dcc.Store"),
    Rule("async-with", {"kind": "with_statement", "regex": r"^async\s"}, "'async with' is not supported",
         "remove the async with block"),
    Rule("with", {"kind": "with_statement"}, "'with' statements are not supported",
         "there are no files or locks in the browser; remove the with block"),
    Rule("import", {"any": [{"kind": "import_statement"}, {"kind": "import_from_statement"}]},
         "'import' inside a callback is not supported",
         f"import at module level ({AVAILABLE_MODULES})"),
    Rule("decorator", {"kind": "decorator", "inside": {"kind": "block", "stopBy": "end"}},
         "decorators on nested functions are not supported", "call the wrapper function explicitly"),
    Rule("async-for", {"kind": "for_statement", "regex": r"^async\s"}, "'async for' is not supported",
         "await each item inside a plain for loop"),
    Rule("del-name", {"kind": "delete_statement", "has": {"kind": "identifier"}},
         "'del' of a variable is not supported", "assign None instead; del d[key] is supported"),
    Rule("kwargs-param", {"kind": "dictionary_splat_pattern", "inside": {"kind": "parameters", "stopBy": "end"}},
         "'**kwargs' parameters are not supported", "list the keyword parameters explicitly"),
    Rule("bytes", {"kind": "string", "regex": r"^[rR]?[bB]"}, "bytes literals are not supported", "use str"),
    Rule("matmul", {"kind": "binary_operator", "has": {"field": "operator", "regex": "^@$"}},
         "the @ operator is not supported", "write the product with loops"),
    Rule("ellipsis", {"kind": "ellipsis"}, "'...' (Ellipsis) is not supported", "use None or pass"),
    Rule("exec", {"kind": "exec_statement"}, "exec is not supported", "write the code directly"),
]


_SUSPECT_NODES = (ast.ClassDef, ast.Yield, ast.YieldFrom, ast.Global, ast.With, ast.AsyncWith, ast.Import,
                  ast.ImportFrom, ast.AsyncFor, ast.Delete, ast.MatMult)


def _may_violate(node) -> bool:
    """Conservative pre-filter on the Python AST we already have: False only when no rule can match.

    Every rule names a construct with a Python AST counterpart (class, yield, global, with, import,
    match, a decorator of a nested def, async for, del, ``**kwargs``, bytes, ``@``, ``...``); when the
    function contains none of them, the ast-grep parse is skipped. Otherwise the rules run as before,
    so the diagnostics are unchanged.

    The function's nodes come from walk_function (the list the lowering walks too, made once); the node
    classes present are looked at first (a suspect class decides at once), then one pass looks closer at
    constants, nested functions and comprehensions.
    """
    from .lower.walk import node_classes, walk, walk_function
    if node.__class__ in (ast.FunctionDef, ast.AsyncFunctionDef):
        nodes, classes = walk_function(node), node_classes(node)
    else:
        nodes = walk(node)
        classes = set(map(type, nodes))
    table = _CLASS_FLAGS
    flags = 0
    for c in classes:
        f = table.get(c)
        if f is None:
            f = _class_flags(c)
        flags |= f
    if flags & 1:
        return True
    if not flags:
        return False
    for n in nodes:                     # one pass, looking only at the nodes of flagged classes
        f = table[n.__class__]
        if not f:
            continue
        if f & 2 and (isinstance(n.value, bytes) or n.value is Ellipsis):
            return True
        if f & 4 and (n.args.kwarg is not None or (n is not node and getattr(n, "decorator_list", None))):
            return True
        if f & 8 and n.is_async:
            return True
    return False


_CLASS_FLAGS: dict = {}


def _class_flags(c) -> int:
    """What _may_violate must do about nodes of class ``c``: 1 suspect, 2 a constant, 4 a function or lambda,
    8 a comprehension (look at such nodes one by one)."""
    f = _CLASS_FLAGS[c] = (1 if issubclass(c, _SUSPECT_NODES) else 0) | (2 if issubclass(c, ast.Constant) else 0) | \
        (4 if issubclass(c, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else 0) | \
        (8 if issubclass(c, ast.comprehension) else 0)
    return f


# Text that every rule's construct needs somewhere in the function's source (keywords, '@', '...',
# '**' opening a parameter, a bytes prefix); more than needed is fine, it only decides whether to look.
_TRIGGER = re.compile(r"\b(?:class|yield|global|with|import|match|async|del|exec)\b|@|\.\.\.|(?:[(,]|\blambda)\s*\*\*"
                      r"|(?<![\w])(?:[bB][rR]?|[rR][bB])['\"]")
_KEYWORDS = ("class", "yield", "global", "with", "import", "match", "async", "del", "exec")
_TRIGGER_KW = re.compile(r"\b(?:class|yield|global|with|import|match|async|del|exec)\b")
_TRIGGER_STARS = re.compile(r"(?:[(,]|\blambda)\s*\*\*")
_TRIGGER_BYTES = re.compile(r"(?<![\w])(?:[bB][rR]?|[rR][bB])['\"]")
_TRIGGER_QUOTE = re.compile(r"[bBrR]['\"]")       # in every match of _TRIGGER_BYTES


def _may_trigger(text: str, node) -> bool:
    region = text
    end = getattr(node, "end_lineno", None)
    if end is not None and text.count("\n") > end - node.lineno + 50:     # a whole file: the function's lines
        region = "".join(text.splitlines(keepends=True)[max(node.lineno - 1 - len(node.decorator_list), 0):end])
    # _TRIGGER.search(region) is not None, alternative by alternative: each rare one is looked for only
    # when the text has the characters it needs (a quote after b/B/r/R, '**'), about three times faster
    if "@" in region or "..." in region:
        return True
    # substring tests first (about 1 us each): the word regex only when one of the words occurs at all
    if any(k in region for k in _KEYWORDS) and _TRIGGER_KW.search(region) is not None:
        return True
    if "**" in region and _kwargs_stars(region):
        return True
    return _TRIGGER_QUOTE.search(region) is not None and _bytes_prefix(region)


def _word(ch: str) -> bool:
    """re's \w for one character of a str pattern."""
    return ch.isalnum() or ch == "_"


def _kwargs_stars(text: str) -> bool:
    """``_TRIGGER_STARS.search(text) is not None`` (a '**' after '(', ',' or the word lambda), found from
    the '**' occurrences: the regex tries its alternatives at every position (~40 us on 2 KB)."""
    i = text.find("**")
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] in "(,":
            return True
        if j >= 5 and text[j - 5:j + 1] == "lambda" and (j < 6 or not _word(text[j - 6])):
            return True
        i = text.find("**", i + 1)
    return False


def _bytes_prefix(text: str) -> bool:
    """``_TRIGGER_BYTES.search(text) is not None`` (a bytes literal's prefix b, br, rb... and its quote, not
    inside a longer word), found from the matches of _TRIGGER_QUOTE (a prefix letter and a quote)."""
    for m in _TRIGGER_QUOTE.finditer(text):
        p = m.start()
        c = text[p]
        if c in "bB" and (p == 0 or not _word(text[p - 1])):
            return True
        if p >= 1 and (text[p - 1:p + 1].lower() in ("br", "rb")) and (p == 1 or not _word(text[p - 2])):
            return True
    return False


def check(fs) -> None:
    """Report every rule violation in the function's source through its reporter."""
    text = getattr(fs, "text", None)
    if not text:
        return
    if not _may_violate(fs.node) or not _may_trigger(text, fs.node):     # (both pure: the cheaper first)
        return
    from ast_grep_py import SgRoot
    root = SgRoot(text, "python").root()
    first = fs.node.lineno
    last = getattr(fs.node, "end_lineno", None) or 10 ** 9
    func_root = None
    for n in root.find_all(kind="function_definition"):
        if n.range().start.line + 1 <= first <= n.range().end.line + 1 and \
                n.range().start.line + 1 >= first - len(fs.node.decorator_list) - 1:
            func_root = n
            break
    scope = func_root or root
    for rule in RULES:
        for n in scope.find_all(**rule.rule):
            line = n.range().start.line + 1
            if not first <= line <= last:
                continue
            fs.reporter.error(_Pos(line, n.range().start.column), rule.message, rule.hint)


class _Pos:
    def __init__(self, line, col):
        self.lineno = line
        self.col_offset = col
