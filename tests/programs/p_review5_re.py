"""Review 5: re.escape of every ASCII character and of characters a line splitter would cut at (U+2028, U+0085)."""
import re

from difftest import cases


@cases(("".join(chr(i) for i in range(128)),), ("é😀\u00a0\u2028\u2029\x85ß",), ("",))
def escape_all(s):
    e = re.escape(s)
    return [e, len(e), re.fullmatch(re.escape(s), s) is not None, re.escape(s) + "x", [re.escape(c) for c in s],
            re.findall(re.escape(s), s + s)]
