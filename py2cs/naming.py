"""JavaScript names for Python identifiers.

Python identifiers that would mean something else in JavaScript (reserved words, globals the
generated code relies on, anything starting with the runtime's ``py_`` prefix) get a ``$`` suffix;
Python identifiers cannot contain ``$``, so renamed names never collide with user names, and
compiler temporaries (``$1``, ``$2``...) never collide with either.
"""
from __future__ import annotations

JS_RESERVED = frozenset("""
break case catch class const continue debugger default delete do else enum export extends false
finally for function if import in instanceof new null return super switch this throw true try
typeof var void while with yield let static implements interface package private protected public
await async of get set
""".split())

JS_GLOBALS = frozenset("""
arguments eval undefined NaN Infinity Object Array Map Set WeakMap Symbol String Number Boolean Math
JSON Date RegExp Error TypeError RangeError Promise Function globalThis window document console
self parent top location name length constructor prototype __proto__ hasOwnProperty toString valueOf
isNaN isFinite parseInt parseFloat
""".split())


_JS_NAMES: dict = {}      # name -> js_name(name): a pure function of the string, asked for very often


def js_name(name: str) -> str:
    out = _JS_NAMES.get(name)
    if out is None:
        out = _js_name(name)
        if len(_JS_NAMES) < 65536 and name.__class__ is str:
            _JS_NAMES[name] = out
    return out


def _js_name(name: str) -> str:
    if name in JS_RESERVED or name in JS_GLOBALS or name.startswith("py_"):
        return name + "$"
    if not name.isascii():
        return "".join(c if c.isascii() else f"$u{ord(c):x}$" for c in name)
    return name
