"""textwrap as py2cs supports it (lowering: py2cs/lower/twlow.py, runtime: templates/runtime/textwrap.js).

``FUNCTIONS`` are the signatures as CPython 3.11 spells them (what ``py2cs docs`` shows); wrap, fill and shorten
pass their ``**kwargs`` to TextWrapper, whose keyword arguments are ``OPTIONS`` (name, default as Python source,
default as JavaScript), in the order of ``TextWrapper.__init__``, which is the order the runtime reads them in."""
from __future__ import annotations

from . import Sig

OPTIONS = (
    ("width", "70", "70"),
    ("initial_indent", "''", '""'),
    ("subsequent_indent", "''", '""'),
    ("expand_tabs", "True", "true"),
    ("replace_whitespace", "True", "true"),
    ("fix_sentence_endings", "False", "false"),
    ("break_long_words", "True", "true"),
    ("drop_whitespace", "True", "true"),
    ("break_on_hyphens", "True", "true"),
    ("tabsize", "8", "8"),
    ("max_lines", "None", "null"),
    ("placeholder", "' [...]'", '" [...]"'),
)


def _kw_only(skip: tuple) -> str:
    return ", ".join(f"{n}={d}" for n, d, _ in OPTIONS if n not in skip)


# the signatures the lowering binds a call with (TextWrapper's keywords spelled out)
BIND = {
    "wrap": Sig("text, width=70, *, " + _kw_only(("width",)), "list[str]"),
    "fill": Sig("text, width=70, *, " + _kw_only(("width",)), "str"),
    "shorten": Sig("text, width, *, " + _kw_only(("width", "max_lines")), "str"),
    "dedent": Sig("text", "str"),
    "indent": Sig("text, prefix, predicate=None", "str"),
}

_KW = "keyword arguments: TextWrapper's (below)"

FUNCTIONS = {
    "wrap": Sig("text, width=70, **kwargs", "list[str]",
                note="the lines of the paragraph, each at most width code points (longer when break_long_words "
                     "is false); " + _KW),
    "fill": Sig("text, width=70, **kwargs", "str", note="'\\n'.join(wrap(text, width, **kwargs))"),
    "shorten": Sig("text, width, **kwargs", "str",
                   note="whitespace collapsed (str.split(): any Unicode space), then cut to one line ending in "
                        "placeholder; " + _KW + " but max_lines"),
    "dedent": Sig("text", "str", note="the common leading spaces and tabs removed; lines of only spaces and tabs "
                                      "emptied"),
    "indent": Sig("text, prefix, predicate=None", "str",
                  note="prefix added to the lines (str.splitlines(True)) that are not blank, or for which "
                       "predicate(line) is true (a lambda or a function)"),
}

OPTION_NOTES = {
    "width": "an int (or a float, which CPython accepts until it slices a long word); `<= 0` raises CPython's "
             "ValueError `invalid width 0 (must be > 0)`",
    "initial_indent": "prefix of the first line, counted in its width",
    "subsequent_indent": "prefix of the other lines",
    "expand_tabs": "tabs expanded with str.expandtabs(tabsize) first",
    "replace_whitespace": "each of `\\t\\n\\x0b\\x0c\\r` becomes a space (ASCII only: U+00A0, U+3000... stay "
                          "inside words, as in CPython)",
    "fix_sentence_endings": "two spaces after a sentence end (`[a-z][.!?][\"']?` then a space: ASCII lower case)",
    "break_long_words": "cut words longer than the width",
    "drop_whitespace": "drop the whitespace at the start and end of lines",
    "break_on_hyphens": "break after the hyphens of compound words (CPython's wordsep_re, its `\\w` Unicode); "
                        "only `True` itself selects it, as CPython tests `is True`",
    "tabsize": "an int",
    "max_lines": "at most this many lines, the last ending in placeholder; a placeholder that cannot fit raises "
                 "CPython's ValueError `placeholder too large for max width`",
    "placeholder": "a str",
}

# textwrap names py2cs refuses, with what to write instead
REFUSED = {
    "TextWrapper": "call textwrap.wrap(text, width, ...) or textwrap.fill(...) with the same keyword arguments "
                   "(a TextWrapper object is not supported)",
}
