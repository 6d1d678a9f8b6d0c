"""Review 5 findings that are refusals at run time (the differential cases are in tests/programs/p_review5_url.py)."""
from urllib.parse import urlsplit

from difftest import Compiled


def same_split(url):
    a, b = urlsplit(url), [urlsplit(url)]
    return [a is b[0], a is not urlsplit(url)]


def test_is_between_equal_urlsplit_results_is_refused():
    # CPython: [True, False] while urlsplit's lru_cache holds the result (another call with other argument types,
    # _replace or 128 other URLs in between make a new object): py2cs does not follow the cache
    assert same_split("http://a/b") == [True, False]
    out = Compiled(same_split).run(("http://a/b",))
    assert out[0] == "err" and out[1] == "TypeError" and "urlsplit" in out[2] and "use ==" in out[2], out


def test_v8_harness_reads_results_with_line_separators():
    # JSON.stringify leaves U+2028 / U+2029 / U+0085 unescaped: the harness must not split node's output at them
    import shutil

    import pytest

    if shutil.which("node") is None:
        pytest.skip("node (V8) not installed")
    import difftest
    assert difftest.v8_mismatches(difftest.program_functions("p_review5_re.py")) == []
