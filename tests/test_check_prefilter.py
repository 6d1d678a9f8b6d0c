"""The checker's text pre-filter helpers agree with the regexes they replace (py2cs/check.py)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from py2cs import check

PIECES = ["*", "**", "(", ",", " ", "\t", "\n", "lambda", "xlambda", "_", "b", "B", "r", "R", "'", '"', "a", "é",
          "1", "\xa0", "\x1c", "λ", "br", "Rb"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_kwargs_stars_is_the_regex(text):
    assert check._kwargs_stars(text) == (check._TRIGGER_STARS.search(text) is not None)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_bytes_prefix_is_the_regex(text):
    assert check._bytes_prefix(text) == (check._TRIGGER_BYTES.search(text) is not None)


def test_examples():
    assert check._kwargs_stars("def f(a, **kw):")
    assert check._kwargs_stars("lambda **kw: 1")
    assert not check._kwargs_stars("x = a ** 2")
    assert check._bytes_prefix("x = b'abc'")
    assert check._bytes_prefix("x = rb'abc'")
    assert not check._bytes_prefix("row['value']")


def _may_violate_reference(node) -> bool:
    """The AST pre-filter as first written (ast.walk, isinstance tests), which check._may_violate must agree with."""
    import ast
    for n in ast.walk(node):
        if isinstance(n, check._SUSPECT_NODES):
            return True
        if isinstance(n, ast.Constant):
            if isinstance(n.value, bytes) or n.value is Ellipsis:
                return True
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            if n.args.kwarg is not None or (n is not node and getattr(n, "decorator_list", None)):
                return True
        elif isinstance(n, ast.comprehension) and n.is_async:
            return True
    return False


def test_may_violate_is_the_reference():
    """check._may_violate (node classes first, then only the nodes that need a look) gives the verdict of the
    plain walk, on every function of the test programs, the examples and one snippet per suspect construct."""
    import ast
    import pathlib
    root = pathlib.Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "programs").glob("*.py"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*/app.py"))]
    texts += ["def f():\n    class A: pass\n", "def f():\n    yield 1\n", "def f():\n    yield from g\n",
              "def f():\n    global x\n", "def f():\n    with a: pass\n", "async def f():\n    async with a: pass\n",
              "def f():\n    import m\n", "def f():\n    from m import x\n", "async def f():\n    async for x in y: pass\n",
              "def f():\n    del x\n", "def f(a, b):\n    return a @ b\n", "def f():\n    return b'x'\n",
              "def f():\n    return ...\n", "def f(**kw):\n    pass\n", "def f():\n    return lambda **k: 1\n",
              "def f():\n    @d\n    def g(): pass\n", "@d\ndef f():\n    pass\n",
              "async def f():\n    return [x async for x in y]\n", "def f(x):\n    return [y for y in x], (lambda: 1)\n"]
    n = violations = 0
    for text in texts:
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                expected = _may_violate_reference(node)
                assert check._may_violate(node) == expected, ast.unparse(node)[:200]
                n += 1
                violations += expected
    assert n > 1000 and 15 < violations < n
