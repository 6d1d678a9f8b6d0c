"""textwrap.wrap / fill / shorten / dedent / indent (the Dash idioms: long axis labels and hover texts wrapped
with "<br>".join(textwrap.wrap(label, 20)), table cells shortened), every TextWrapper keyword, CPython's errors."""
import textwrap
import textwrap as tw
from textwrap import dedent, fill, indent, shorten, wrap

from difftest import cases

TEXTS = (
    "",
    "   ",
    "Hello there -- you goof-ball, use the -b option!",
    "The quick brown fox jumps over the lazy dog. It barked.  Then it ran away.",
    "Revenue (in millions of US dollars), adjusted for inflation",
    "supercalifragilisticexpialidocious is a very-long-hyphenated-compound-word indeed",
    "tabs\there\tand\tthere\nnew lines\r\nand\x0bvertical\x0cfeeds",
    "non\xa0breaking\u3000ideographic\u2003em spaces stay inside words",
    "über-größe Straße naïve café-crème Ελληνικά-κείμενο русский-текст",
    "emoji 😀😀😀😀😀😀😀😀😀😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢-𝔱𝔢𝔵𝔱 beyond U+FFFF",
    "a--b -- c---d e--- ---f 12-34 a1-b2 x-y-z -- --",
    "End. Next! Why? 'Quoted.' \"Double!\" Mr. Smith e.g. this",
    "\n\n  leading and trailing whitespace  \n\n",
    "中文文本没有空格所以会被当作一个很长的单词来处理",
    "blank \u3000 chunks \xa0 of\u3000\u3000 wide \u2003 spaces \u3000",
    "digits ١٢٣-٤٥٦ and ab-١٢ or x١-y٢-z٣ ۱۲-۳۴ ab-cd-ef",
    "Sentences in the U.S. End here. OK. I am. You? Fine! Sure.\" Right.' X.",
)


@cases(*[(t, w) for t in TEXTS for w in (1, 5, 12, 20, 70)])
def wrap_widths(text, width):
    return [textwrap.wrap(text, width), tw.fill(text, width), wrap(text, width=width)]


@cases(*[(t,) for t in TEXTS])
def wrap_default(text):
    return [textwrap.wrap(text), textwrap.fill(text), fill(text)]


@cases(("Total revenue by region and quarter (USD)",), ("short",), (None,), ("",))
def axis_label(label):
    # the plotly idiom: a long axis label or hover text broken with <br>
    if not label:
        return ""
    return "<br>".join(textwrap.wrap(label, 20))


@cases(*[(t, w, i, s) for t in TEXTS[2:9] for w, i, s in ((12, "> ", ""), (20, "* ", "  "), (8, "", "...."),
                                                           (10, "\u3000\u3000", "😀"), (3, "ab", "abc"))])
def indents(text, width, first, rest):
    try:
        return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest)
    except (ValueError, TypeError) as e:
        return [type(e).__name__, str(e)]


FLAGS = ("expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words", "drop_whitespace",
         "break_on_hyphens")


@cases(*[(t, w, m) for t in TEXTS[2:] for w in (6, 15) for m in range(0, 64, 5)])
def flags(text, width, mask):
    # every boolean option on and off (mask: one bit each, in FLAGS order)
    on = [bool(mask >> i & 1) for i in range(6)]
    return textwrap.wrap(text, width, expand_tabs=on[0], replace_whitespace=on[1], fix_sentence_endings=on[2],
                         break_long_words=on[3], drop_whitespace=on[4], break_on_hyphens=on[5])


@cases(*[(t, ts) for t in ("a\tb\tc", "\tx\n\ty", "abc\tdefgh\tij\r\tk", "😀\t😀\t") for ts in (0, 1, 4, 8, -1, True)])
def tabs(text, tabsize):
    return [textwrap.wrap(text, 12, tabsize=tabsize), textwrap.fill(text, 40, tabsize=tabsize, expand_tabs=True),
            textwrap.wrap(text, 12, tabsize=tabsize, replace_whitespace=False, drop_whitespace=False)]


@cases(*[(t, w, m, p) for t in TEXTS[2:11] for w, m, p in ((10, 1, " [...]"), (12, 2, "..."), (20, 3, " …"),
                                                           (8, 2, ""), (15, 1, "  ~~"), (6, 0, "."), (30, 2, " [...]"))])
def max_lines(text, width, lines, placeholder):
    try:
        return [textwrap.wrap(text, width, max_lines=lines, placeholder=placeholder),
                textwrap.fill(text, width, max_lines=lines, placeholder=placeholder, subsequent_indent="  "),
                textwrap.wrap(text, width, max_lines=lines, placeholder=placeholder, drop_whitespace=False)]
    except ValueError as e:
        return ["ValueError", str(e)]


@cases(*[(t, w) for t in TEXTS for w in (5, 10, 12, 25, 80)])
def shorten_cells(text, width):
    try:
        return [textwrap.shorten(text, width), shorten(text, width, placeholder="..."),
                tw.shorten(text, width=width, break_long_words=False)]
    except ValueError as e:
        return ["ValueError", str(e)]


@cases(("Hello  world!", 12), ("Hello  world!", 11), ("Hello world!", 6), ("Hello world!", 5), ("  a  b  ", 3),
       ("x", 1), ("\u3000lead\u3000and\xa0nbsp\u2028line sep\x85", 9))
def shorten_doc(text, width):
    try:
        return textwrap.shorten(text, width)
    except ValueError as e:
        return ["ValueError", str(e)]


DEDENTS = (
    "    hello\n      world\n    !",
    "\thello\n\t\tthere\n",
    "  hello\n\thello",
    "  \t x\n  \t y\n  z",
    "    a\n\n    b\n   \n      c\n",
    "no indent\n  here",
    "  \r\n  x\r\n",
    "   \n  \n",
    "",
    "\n    only\n",
    "    \u3000wide\n    \xa0nbsp",
    " \t a\n \t  b\n \tc",
)


@cases(*[(t,) for t in DEDENTS])
def dedents(text):
    return [textwrap.dedent(text), dedent(text)]


@cases(*[(t, p) for t in DEDENTS + ("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j\n",) for p in ("> ", "", "\t")])
def indents_plain(text, prefix):
    return [textwrap.indent(text, prefix), indent(text, prefix, None)]


def _has_b(line):
    return "b" in line


@cases(("a\n\nb\n  \nc\n",), ("x\ny\n",), ("",), ("   \n\u3000\n",))
def indent_predicates(text):
    return [textwrap.indent(text, "+ ", lambda line: True),
            textwrap.indent(text, "+ ", predicate=lambda line: line.strip() == ""),
            indent(text, "# ", predicate=_has_b),
            indent(text, "* ", lambda line: len(line)),
            indent(text, "* ", str.strip)]


@cases(("a b", 0), ("a b", -3), ("", 0), ("a b", "10"), ("a b", None), ("a b", [5]), ("a b", True), ("a b", False),
       ("a b c", 2.5))
def bad_width(text, width):
    out = []
    for f in range(3):
        try:
            if f == 0:
                out.append(textwrap.wrap(text, width))
            elif f == 1:
                out.append(textwrap.fill(text, width=width))
            else:
                out.append(textwrap.shorten(text, width))
        except (ValueError, TypeError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases((None,), (5,), (["a b"],), ({"a": 1},), ("ok text",))
def bad_text(text):
    out = []
    for f in range(7):
        try:
            if f == 0:
                out.append(textwrap.wrap(text, 5))
            elif f == 1:
                out.append(textwrap.wrap(text, 5, expand_tabs=False))
            elif f == 2:
                out.append(textwrap.wrap(text, 5, expand_tabs=False, replace_whitespace=False))
            elif f == 3:
                out.append(textwrap.shorten(text, 5))
            elif f == 4:
                out.append(textwrap.dedent(text))
            elif f == 5:
                out.append(textwrap.indent(text, "> "))
            else:
                out.append(textwrap.fill(text))
        except (AttributeError, TypeError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(("a\tb",), ("x",), ("",))
def bad_options(text):
    out = []
    for f in range(12):
        try:
            if f == 0:
                out.append(textwrap.wrap(text, 5, tabsize=2.5))
            elif f == 1:
                out.append(textwrap.wrap(text, 5, tabsize="4"))
            elif f == 2:
                out.append(textwrap.wrap(text, 5, tabsize=None))
            elif f == 3:
                out.append(textwrap.wrap(text, 5, initial_indent=None))
            elif f == 4:
                out.append(textwrap.wrap(text, 5, initial_indent=["x"]))
            elif f == 5:
                out.append(textwrap.wrap(text, 5, max_lines="2"))
            elif f == 6:
                out.append(textwrap.wrap(text, 5, max_lines=1, placeholder=None))
            elif f == 7:
                out.append(textwrap.wrap(text, 3, max_lines=1))
            elif f == 8:
                out.append(textwrap.indent(text, 3))
            elif f == 9:
                out.append(textwrap.indent(text, ["> "]))
            elif f == 10:
                out.append(textwrap.indent(text, "> ", predicate=3))
            else:
                out.append(textwrap.wrap(text, 5, max_lines=2.5, placeholder="~", subsequent_indent={"k": 1}))
        except (AttributeError, TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(("abcdefghij kl", 4.5, True, True), ("abcdefghij kl", 4.5, True, False), ("abcdefghij kl", 4.5, False, True),
       ("abc defgh", 10.5, True, True), ("abcdefghij", 0.5, True, True), ("ab-cdefgh", 4.5, 1, True),
       ("a b c", 1e300, True, True))
def float_width(text, width, hyphens, long_words):
    # a float width works until a long word is cut (CPython slices with it)
    try:
        return textwrap.wrap(text, width, break_on_hyphens=hyphens, break_long_words=long_words)
    except TypeError as e:
        return ["TypeError", str(e)]


@cases(*[(t, w, v) for t in ("one-two-three four", "x--y a-b", "long-hyphenated-compound-word")
         for w in (4, 7, 12) for v in (True, False, 1, 0, "yes", None)])
def hyphen_values(text, width, value):
    # CPython splits with wordsep_re only when break_on_hyphens is True itself, but cuts long words at hyphens
    # whenever it is truthy
    return textwrap.wrap(text, width, break_on_hyphens=value)


@cases(("word " * 30, 10, None), ("word " * 30, 10, 2), ("", 10, 2), ("a", 10, 0), ("abc " * 5, 4, 3))
def option_values(text, width, lines):
    # options passed as values of unknown type (None arrives as null or undefined)
    return textwrap.wrap(text, width=width, max_lines=lines, placeholder=" ...")


@cases(("Item one is long enough to wrap", ["a", "b"]), ("x", []))
def in_dash_children(label, extra):
    # html.Div(children) built from the lines
    lines = textwrap.wrap(label, 10) + extra
    return [{"type": "Br" if i else "Span", "text": line} for i, line in enumerate(lines)]


@cases(("abcdefghijklmnop qr",), ("ab cd",), ("",))
def float_literals(text):
    # integral floats written in the code stay floats (CPython slices a long word with 10.0: TypeError)
    out = []
    for f in range(4):
        try:
            if f == 0:
                out.append(textwrap.wrap(text, 10.0))
            elif f == 1:
                out.append(textwrap.wrap(text, 0.0))
            elif f == 2:
                out.append(textwrap.wrap(text, 5, max_lines=2.0, placeholder="~"))
            else:
                out.append(textwrap.fill(text, 5, tabsize=4.0))
        except (TypeError, ValueError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(("a\nb\n",), ("",))
def bad_predicates(text):
    out = []
    for f in range(3):
        try:
            if f == 0:
                out.append(textwrap.indent(text, "> ", lambda a, b: True))
            elif f == 1:
                out.append(textwrap.indent(text, "> ", lambda: True))
            else:
                out.append(textwrap.indent(text, "> ", lambda line: line + 1))
        except (TypeError, AttributeError) as e:
            out.append([type(e).__name__, str(e)])
    return out


@cases(("a\ud800b c\udc00-d e\ud83d",), ("\udfff\udfff\udfff\udfff x-y",))
def lone_surrogates(text):
    return [textwrap.wrap(text, 3), textwrap.shorten(text, 6), textwrap.indent(text, "\ud800"), textwrap.dedent(text)]
