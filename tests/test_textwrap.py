"""textwrap (templates/runtime/textwrap.js, py2cs/lower/twlow.py): hypothesis-generated texts and options run in
CPython and QuickJS (words, hyphens and dashes, tabs, every line break, non-ASCII letters, digits and spaces,
characters beyond U+FFFF, long words, sentence endings), the texts and widths on which CPython loops forever, the
translation of wordsep_re the runtime holds, and the refusals. The differential program is
tests/programs/p_textwrap.py (QuickJS: test_programs.py; V8: below)."""
import pathlib
import shutil
import subprocess
import sys
import textwrap

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from difftest import Compiled, check_function, compiled_once, program_functions, v8_mismatches

PIECES = st.sampled_from([
    "a", "bb", "hello", "Word", "x1", "_", "über", "naïve", "größe", "Ελλάδα", "русский", "中文", "١٢", "٣x", "🙂", "𝔘𝔫",
    "-", "-", "--", "---", "a-b", "x-", "-y", "ab-cd", "1-2",
    ".", "!", "?", "'", '"', ",", "end.", "Mr.", "e.g.", "Why?", "ok!'", 'so."', "A.", "OK?", "U.S.",
    " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\xa0", "\u3000", "\u2003", "\x85", "\u2028", "\x1c",
    "supercalifragilistic", "averyveryverylongword-withahyphen",
])
TEXT = st.lists(PIECES, max_size=24).map("".join)
INDENT = st.sampled_from(["", "", " ", "> ", "\u3000", "🙂", "....", "\t", "- "])
WIDTH = st.one_of(st.integers(1, 30), st.sampled_from([1, 2, 3, 0, -1, 0.5, 2.5, 10.5]))
OPTIONS = st.tuples(INDENT, INDENT, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans(),
                    st.sampled_from([True, False, 1, 0]), st.sampled_from([8, 4, 1, 0, -1]),
                    st.sampled_from([None, None, 0, 1, 2, 3, 5]),
                    st.sampled_from([" [...]", "...", "", " …", "  ~ ", "🙂", "\u3000x"])).map(list)


def wrap_all(text, width, o):
    return [textwrap.wrap(text, width, initial_indent=o[0], subsequent_indent=o[1], expand_tabs=o[2],
                          replace_whitespace=o[3], fix_sentence_endings=o[4], break_long_words=o[5],
                          drop_whitespace=o[6], break_on_hyphens=o[7], tabsize=o[8], max_lines=o[9], placeholder=o[10]),
            textwrap.wrap(text, width, initial_indent=o[0], subsequent_indent=o[1], max_lines=o[9])]


def fill_some(text, width, o):
    return textwrap.fill(text, width, subsequent_indent=o[1], fix_sentence_endings=o[4], break_on_hyphens=o[7],
                         drop_whitespace=o[6], max_lines=o[9], placeholder=o[10])


def shorten_some(text, width, o):
    return textwrap.shorten(text, width, initial_indent=o[0], break_long_words=o[5], break_on_hyphens=o[7],
                            placeholder=o[10])


def dedent_indent(text, prefix):
    return [textwrap.dedent(text), textwrap.indent(text, prefix),
            textwrap.indent(text, prefix, lambda line: len(line) % 2), textwrap.indent(textwrap.dedent(text), prefix)]


def _runs(width, o) -> bool:
    """CPython returns: it loops forever when a line's indent leaves it less than no room (see test_loops_forever)."""
    return width <= 0 or (len(o[0]) <= width and len(o[1]) <= width)


@settings(max_examples=700, deadline=None, derandomize=True)
@given(TEXT, WIDTH, OPTIONS)
def test_wrap_random(text, width, o):
    assume(_runs(width, o))
    check_function(wrap_all, [(text, width, o)], compiled=compiled_once(wrap_all))


@settings(max_examples=250, deadline=None, derandomize=True)
@given(TEXT, WIDTH, OPTIONS)
def test_fill_random(text, width, o):
    assume(_runs(width, o))
    check_function(fill_some, [(text, width, o)], compiled=compiled_once(fill_some))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(TEXT, WIDTH, OPTIONS)
def test_shorten_random(text, width, o):
    assume(_runs(width, o))
    check_function(shorten_some, [(text, width, o)], compiled=compiled_once(shorten_some))


LINE_PIECES = st.sampled_from([" ", "  ", "\t", "    ", "x", "word", "\u3000", "\xa0", "\n", "\n", "\n", "\r\n", "\r",
                               "\x0b", "\x85", "\u2028", "🙂"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(LINE_PIECES, max_size=20).map("".join), st.sampled_from(["> ", "", "\t", "🙂 "]))
def test_dedent_indent_random(text, prefix):
    check_function(dedent_indent, [(text, prefix)], compiled=compiled_once(dedent_indent))


def test_wordsep_translation_is_the_runtimes():
    # textwrap.js holds wordsep_re as re_translate writes it; a change of the translator (or of CPython's pattern)
    # shows here
    from py2cs import re_translate
    from py2cs.lower.relow import _src_expr
    rx = textwrap.TextWrapper.wordsep_re
    src = _src_expr(re_translate.translate(rx.pattern, rx.flags).source).code
    js = (pathlib.Path(__file__).parent.parent / "templates" / "runtime" / "textwrap.js").read_text(encoding="utf-8")
    assert f"src: {src}}};" in js
    assert textwrap._whitespace == "\t\n\x0b\x0c\r "          # the class the runtime munges and splits with
    assert textwrap.TextWrapper.sentence_end_re.pattern == r'[a-z][\.\!\?][\"\']?\Z'


def forever_nan(text):
    return textwrap.wrap(text, float("nan"))


def forever_indent(text, first, rest, drop):
    return textwrap.wrap(text, 2, initial_indent=first, subsequent_indent=rest, drop_whitespace=drop)


FOREVER = [
    (forever_nan, ("a b",)),
    (forever_indent, ("    --\xa0", "    ", "", True)),     # the first line's indent leaves -2: a blank chunk cut to ""
    (forever_indent, ("ab cd", "", "abc", False)),          # the next lines' leave -1: an empty line each pass
]


@pytest.mark.parametrize("func,args", FOREVER)
def test_loops_forever(func, args):
    # CPython never returns (checked in a subprocess: still running after 2 s); py2cs raises instead of hanging
    # the browser
    import inspect
    src = inspect.getsource(func) + f"\n{func.__name__}(*{args!r})\n"
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run([sys.executable, "-c", "import textwrap\n" + src], timeout=2, capture_output=True)
    out = Compiled(func).run(args)
    assert out[:2] == ("err", "TypeError") and "py2cs: CPython's textwrap loops forever" in out[2], out


def test_loops_forever_but_max_lines_ends_it():
    # the same empty line each pass, cut by max_lines: CPython returns
    def f(text):
        return textwrap.wrap(text, 2, subsequent_indent="abc", drop_whitespace=False, max_lines=4, placeholder="")
    check_function(f, [("ab cd",), ("",), ("abcdef",)])


REFUSED = [
    ("import textwrap\n\n\ndef f(s):\n    return textwrap.TextWrapper(width=10).wrap(s)\n",
     "textwrap.TextWrapper is not supported", "textwrap.wrap(text, width, ...)"),
    ("from textwrap import TextWrapper\n\n\ndef f(s):\n    return TextWrapper().fill(s)\n",
     "textwrap.TextWrapper is not supported", "same keyword arguments"),
    ("import textwrap\n\n\ndef f(s):\n    return textwrap.whitespace\n", "textwrap.whitespace is not supported",
     "supported: textwrap.wrap"),
    ("import textwrap\n\n\ndef f(s):\n    return list(map(textwrap.dedent, s))\n",
     "textwrap.dedent can only be called here", "lambda s: textwrap.dedent(s)"),
    ("import textwrap as tw\n\n\ndef f(s):\n    return tw.wrap(s, 10, foo=1)\n",
     "textwrap.wrap() got an unexpected keyword argument 'foo'", "placeholder=' [...]'"),
    ("from textwrap import shorten\n\n\ndef f(s):\n    return shorten(s, 10, max_lines=2)\n",
     "textwrap.shorten() got max_lines=", "leave max_lines out"),
    ("import textwrap\n\n\ndef f(s):\n    return textwrap.wrap(s, 10, 3)\n",
     "textwrap.wrap() takes at most 2 positional arguments", ""),
    ("import textwrap\n\n\ndef f(s):\n    return textwrap.shorten(s)\n",
     "textwrap.shorten() missing required argument 'width'", ""),
    ("import textwrap\n\n\ndef f(s, o):\n    return textwrap.fill(s, **o)\n", "**kwargs", ""),
]


@pytest.mark.parametrize("src,words,hint", REFUSED)
def test_refusals(tmp_path, src, words, hint):
    from refusal import assert_one_diagnostic, transpile_refused
    path, err = transpile_refused(tmp_path, "tw", src)
    assert_one_diagnostic(path, err, 5, words, hint)


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_textwrap_program_in_v8():
    funcs = program_functions("p_textwrap.py")
    assert len(funcs) >= 19
    failures = v8_mismatches(funcs)
    assert not failures, "\n".join(failures)
