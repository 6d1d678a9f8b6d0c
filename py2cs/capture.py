"""Step 1 of the pipeline: capture a function's source and parse it.

A :class:`FunctionSource` is one parsed ``def`` together with where it came from (file, line and
column offsets for diagnostics) and how its free names resolve (a resolver from resolve.py).
"""
from __future__ import annotations

import ast
import inspect
import linecache
import re
import textwrap
from dataclasses import dataclass, field

from .errors import Diagnostic, Reporter, TranspileError


@dataclass(eq=False)
class FunctionSource:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    filename: str
    file_lines: list[str]
    line_offset: int
    col_offset: int
    resolver: object = None            # resolve.Resolver
    pyfunc: object = None              # the live function, when captured from one
    qualname: str = ""
    module: str = ""
    reporter: Reporter = field(default=None)
    text: str = ""                     # the parsed text (dedented snippet or whole file)

    def __post_init__(self):
        if self.reporter is None:
            self.reporter = Reporter(self.filename, self.file_lines, self.line_offset, self.col_offset)

    @property
    def name(self) -> str:
        return self.node.name


def _fail(filename: str, line: int, message: str, hint: str, src: str = "") -> TranspileError:
    return TranspileError([Diagnostic(filename, line, 1, message, hint, src)])


def _decode(data: bytes, filename: str) -> str:
    """Source bytes to text as CPython reads them: a UTF-8 BOM or a PEP 263 coding cookie, else UTF-8."""
    import io
    import tokenize
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as e:
        raise _fail(filename, 1, f"cannot determine the source encoding: {e.msg if hasattr(e, 'msg') else e}",
                    "save the file as UTF-8") from None
    try:
        return data.decode(encoding)
    except LookupError:
        raise _fail(filename, 1, f"unknown source encoding {encoding!r}", "save the file as UTF-8") from None
    except UnicodeDecodeError as e:
        # the line and column of the bad byte (the text before it decodes), and that line as far as it decodes
        before = data[:e.start].decode(encoding, errors="replace")
        line = before.count("\n") + 1
        start = before.rfind("\n") + 1
        end = data.find(b"\n", e.start)
        src = data[:len(data) if end < 0 else end].decode(encoding, errors="replace")[start:]
        raise TranspileError([Diagnostic(filename, line, len(before) - start + 1,
                                         f"source is not valid {encoding} ({e.reason} at byte {e.start})",
                                         "save the file as UTF-8", src)]) from None


def source_lines(text: str) -> list[str]:
    """Lines as Python numbers them (split at \\n, \\r\\n and \\r only: str.splitlines also splits at form
    feeds, U+2028 and others, which would show the wrong source line)."""
    import io
    return io.StringIO(text, newline="").readlines()


def parse_source(text: str, filename: str) -> ast.Module:
    """Parse module source; a SyntaxError becomes a diagnostic."""
    try:
        return ast.parse(text, filename=filename, type_comments=False)
    except SyntaxError as e:
        lines = source_lines(text)
        line = e.lineno or 1
        src = lines[line - 1] if 0 < line <= len(lines) else (e.text or "")
        raise TranspileError([Diagnostic(filename, line, e.offset or 1, f"syntax error: {e.msg}",
                                         "fix the Python syntax first", src)]) from None
    except (ValueError, RecursionError, MemoryError) as e:
        raise _fail(filename, 1, f"cannot parse source: {e}", "simplify the source") from None


_SOURCE_CACHE: dict = {}


def _source_lines(func):
    """``inspect.getsourcelines``, remembered per code object (a code object's source does not change;
    a build captures each callback twice: when it is decorated and when its module is rendered)."""
    code = func.__code__
    hit = _SOURCE_CACHE.get(code)
    if hit is None:
        lines, start = inspect.getsourcelines(func)
        if len(_SOURCE_CACHE) > 4096:
            _SOURCE_CACHE.clear()
        hit = _SOURCE_CACHE[code] = (tuple(lines), start)
    return list(hit[0]), hit[1]


_WHITESPACE_ONLY = re.compile("^[ \t]+$", re.MULTILINE)     # textwrap's _whitespace_only_re


def _dedent(snippet: str, first: str) -> str:
    """``textwrap.dedent(snippet)``. When the first line starts with code (a def at module level: the common
    case) the common margin is empty and dedent only blanks the lines of spaces and tabs, done here directly."""
    if first[:1] not in ("", " ", "\t", "\n") and first.strip():
        return _WHITESPACE_ONLY.sub("", snippet)
    return textwrap.dedent(snippet)


def clear_caches() -> None:
    """Forget remembered sources (the benchmarks measure cold transpiles with this)."""
    _SOURCE_CACHE.clear()


def capture_function(func) -> FunctionSource:
    """Source, AST and position of a live function object."""
    from .resolve import LiveResolver

    name = getattr(func, "__name__", repr(func))
    code = getattr(func, "__code__", None)
    if code is None or not inspect.isfunction(func):
        raise _fail("<unknown>", 1, f"{name!r} is not a Python function",
                    "pass a function defined with def")
    filename = code.co_filename
    if name == "<lambda>":
        raise _fail(filename, code.co_firstlineno, "a lambda cannot be a callback or a module-level helper "
                    "(py2cs transpiles module-level functions from their def)",
                    "define the function with def")
    try:
        lines, start = _source_lines(func)
    except (OSError, TypeError):
        raise _fail(filename, code.co_firstlineno,
                    f"the source of function {name!r} is not available (defined in a REPL, notebook cell "
                    "or exec() without a file)",
                    "define the callback in a .py file so py2cs can read its source") from None
    file_lines = linecache.getlines(filename) or lines
    snippet = "".join(lines)
    first = lines[0] if lines else ""
    dedented = _dedent(snippet, first)
    indent = len(first) - len(first.lstrip())
    if dedented == snippet:
        indent = 0
    module = parse_source(dedented, filename)
    node = None
    for stmt in module.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
            node = stmt
            break
    if node is None:
        raise _fail(filename, start, f"could not find 'def {name}' in its source",
                    "define the callback with a plain def statement")
    fs = FunctionSource(node, filename, file_lines, start - 1, indent, text=dedented,
                        pyfunc=func, qualname=getattr(func, "__qualname__", name),
                        module=getattr(func, "__module__", "") or "")
    fs.resolver = LiveResolver(func, fs)
    return fs


def read_file(path: str) -> str:
    with open(path, "rb") as fh:
        data = fh.read()
    return _decode(data, path)
