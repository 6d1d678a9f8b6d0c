"""Diagnostics: what py2cs refuses, where, and what to write instead."""
from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int
    col: int          # 1-based column
    message: str
    hint: str = ""
    source_line: str = ""

    def render(self) -> str:
        out = [f"{self.file}:{self.line}:{self.col}: error: {self.message}"]
        if self.source_line:
            line = self.source_line.rstrip("\r\n")
            out.append("    " + _display(line))
            # the caret under the same character: measure the shown prefix (tabs expanded, form feeds shown as spaces)
            out.append("    " + " " * len(_display(line[:max(0, self.col - 1)])) + "^")
        if self.hint:
            out.append(f"  hint: {self.hint}")
        return "\n".join(out)


def _display(text: str) -> str:
    return text.replace("\x0c", " ").expandtabs(4)


class TranspileError(ValueError):
    """Raised when a function is outside the supported subset. ``.diagnostics`` lists every problem."""

    def __init__(self, diagnostics):
        self.diagnostics = list(diagnostics)
        super().__init__(self.render())

    def render(self) -> str:
        n = len(self.diagnostics)
        head = f"py2cs: {n} problem{'s' if n != 1 else ''} found"
        return head + "\n" + "\n".join(d.render() for d in self.diagnostics)

    def __str__(self) -> str:
        return self.render()


class Reporter:
    """Collects diagnostics for a parsed snippet.

    ``line_offset`` and ``col_offset`` map positions in the (dedented) snippet back to the file;
    ``lines`` are the lines of the original file (or of the snippet when no file exists).
    """

    def __init__(self, filename: str, lines: list[str], line_offset: int = 0, col_offset: int = 0):
        self.filename = filename
        self.lines = lines
        self.line_offset = line_offset
        self.col_offset = col_offset
        self.diagnostics: list[Diagnostic] = []
        self._seen: set = set()

    def error(self, node, message: str, hint: str = "") -> None:
        line = getattr(node, "lineno", 1) or 1
        col = getattr(node, "col_offset", 0) or 0
        abs_line = line + self.line_offset
        abs_col = col + self.col_offset + 1
        if isinstance(node, ast.AST) and 0 < abs_line <= len(self.lines):
            # ast columns are UTF-8 byte offsets; report (and point at) characters
            raw = self.lines[abs_line - 1].encode("utf-8", "surrogatepass")
            abs_col = len(raw[:abs_col - 1].decode("utf-8", "ignore")) + 1
        key = (abs_line, abs_col)  # one problem per position: the first rule that fires explains it
        if key in self._seen:
            return
        self._seen.add(key)
        src = self.lines[abs_line - 1] if 0 < abs_line <= len(self.lines) else ""
        self.diagnostics.append(Diagnostic(self.filename, abs_line, abs_col, message, hint, src))

    def raise_if_any(self) -> None:
        if self.diagnostics:
            self.diagnostics.sort(key=lambda d: (d.file, d.line, d.col))
            raise TranspileError(self.diagnostics)
