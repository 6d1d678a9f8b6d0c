"""Module-level class constants: also from source (py2cs transpile FILE.py), and refused where used as values."""
import pytest

import py2cs

SRC = "NUMERIC = (int, float)\nTEXT = str\n\n\ndef f(x):\n{body}\n"


def test_static_source_isinstance():
    js = py2cs.transpile_source(SRC.format(body="    return isinstance(x, NUMERIC) or type(x) in TEXT,"),
                                filename="s.py")
    assert "py_isinstance(x, [\"int\", \"float\"])" in js.replace("'", '"')


@pytest.mark.parametrize("body", ["    return NUMERIC", "    return [NUMERIC]", "    return NUMERIC == (int, float)"])
def test_used_as_a_value_is_refused(body):
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(SRC.format(body=body), filename="s.py")
    assert "'NUMERIC' (builtin classes) can only be passed to isinstance()" in str(info.value)


def test_tuple_constant_in_a_union_is_refused():
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(SRC.format(body="    return isinstance(x, NUMERIC | str)"), filename="s.py")
    assert "a tuple of classes in a | union" in str(info.value)
    js = py2cs.transpile_source(SRC.format(body="    return isinstance(x, TEXT | int | None)"), filename="s.py")
    assert "NoneType" in js
