"""Shared checks of compile-time refusals: a source file py2cs must refuse, and its one diagnostic."""
import re

import pytest

import py2cs


def transpile_refused(tmp_path, name: str, src: str):
    """Write ``src`` as NAME.py, transpile it expecting a TranspileError; (path, error)."""
    path = tmp_path / f"{name}.py"
    path.write_text(src, encoding="utf-8")
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(src, filename=str(path))
    return str(path), info.value


def assert_one_diagnostic(path: str, err, line: int, words: str, hint: str = ""):
    """One diagnostic, at ``line`` of ``path`` (``file:line:col: error:``), its message holding ``words`` and
    a hint (holding ``hint``)."""
    text = str(err)
    assert len(err.diagnostics) == 1, text
    d = err.diagnostics[0]
    assert d.line == line, text
    assert re.search(re.escape(f"{path}:{line}:") + r"\d+: error: ", text), text
    assert words.lower() in d.message.lower(), text
    assert d.hint and hint.lower() in d.hint.lower(), text
    return d
