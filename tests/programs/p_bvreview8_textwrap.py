"""bvreview8: textwrap edge cases (huge, float, bool and sub-1 widths, soft hyphens, em-dashes, combining marks,
astral text, empty and spaced placeholders, indent predicates returning non-bools or builtins, dedent with mixed
tabs / spaces, form feeds, CR line ends). All agreed with CPython; kept as differential cases."""
import textwrap

from difftest import cases


def _t(thunk):
    try:
        return thunk()
    except (TypeError, ValueError, AttributeError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


@cases(("a b c d e f", 1e308), ("a b", 10 ** 20), ("ab cd", 2.0), ("ab cd", 2.5), ("ab cd", True), ("abc", 0.5),
       ("a\u00adb c", 2), ("ab---cd ef", 3), ("ab\u2014cd ef", 3), ("e\u0301e\u0301e\u0301 x", 2), ("😀😀😀 x", 2))
def widths(text, w):
    return [_t(lambda: textwrap.wrap(text, w)), _t(lambda: textwrap.shorten(text, w)),
            _t(lambda: textwrap.fill(text, width=w, max_lines=1, placeholder="")),
            _t(lambda: textwrap.shorten(text, w, placeholder="")), _t(lambda: textwrap.shorten(text, w, placeholder="  x"))]


@cases(("a\n\n b\n \n",), ("",), ("x",))
def predicates(text):
    return [_t(lambda: textwrap.indent(text, "> ", lambda line: line.strip())),
            _t(lambda: textwrap.indent(text, "> ", lambda line: len(line))),
            _t(lambda: textwrap.indent(text, "> ", lambda line: None)),
            _t(lambda: textwrap.indent(text, "> ", lambda line: [line])),
            _t(lambda: textwrap.indent(text, "> ", str.strip)),
            _t(lambda: textwrap.indent(text, "> ", str.isspace)),
            _t(lambda: textwrap.indent(text, "> ", len)),
            _t(lambda: textwrap.indent(text, "> ", bool))]


@cases(("\t a\n\t  b\n",), ("  a\n\tb\n",), (" \t\n  x\n   \n  y",), ("\ta\n    b",), ("\u3000a\n\u3000b",),
       ("\x0ca\n\x0cb",), ("  a\r\n  b\r\n",), ("  a\r  b",), ("\xa0a\n\xa0b",))
def dedents(text):
    return [textwrap.dedent(text), textwrap.indent(textwrap.dedent(text), "+")]


@cases(("Hello world foo bar", 11, "...", 1), ("Hello world", 5, " [...]", 1), ("aaa bbb ccc", 7, "..", 2),
       ("x " * 10, 4, "…", 3), ("  ", 3, "..", 1), ("word", 3, "", 1), ("ab cd ef", 5, " .", 2))
def placeholders(text, w, ph, ml):
    return [_t(lambda: textwrap.fill(text, w, max_lines=ml, placeholder=ph)),
            _t(lambda: textwrap.shorten(text, w, placeholder=ph)),
            _t(lambda: textwrap.wrap(text, w, max_lines=ml, placeholder=ph, initial_indent="-", subsequent_indent="--"))]
