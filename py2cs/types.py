"""Static types used by the lowering to pick plain JS over runtime helpers where that is safe.

The lattice is deliberately small. ``ANY`` means "a Python value of unknown type" and always goes
through runtime helpers. ``FLOAT`` is tracked because printing depends on it (``str(2.0)`` is
``'2.0'``): a FLOAT value flowing into an ANY position is boxed with ``py_fbox`` so the runtime
still knows it is a float. Container element types are only tracked for INT, STR and BOOL.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ty:
    kind: str
    elem: "Ty | None" = None     # element type of list/tuple/set, value type of dict
    key: "Ty | None" = None      # key type of dict
    extra: object = None         # payload for special kinds (e.g. the Dash object name)

    def __eq__(self, other):
        # the dataclass's field-tuple comparison, with a shortcut for the same object (types are
        # compared very often during lowering, and most comparisons are of the shared constants)
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.kind == other.kind and (self.elem is other.elem or self.elem == other.elem) and \
            (self.key is other.key or self.key == other.key) and (self.extra is other.extra or self.extra == other.extra)

    def __repr__(self) -> str:
        if self.kind in ("list", "tuple", "set") and self.elem is not None:
            return f"{self.kind}[{self.elem!r}]"
        if self.kind == "dict" and self.elem is not None:
            return f"dict[{self.key!r}, {self.elem!r}]"
        return self.kind

    @property
    def is_num(self) -> bool:
        return self.kind in ("int", "float")

    @property
    def is_seq(self) -> bool:
        return self.kind in ("list", "tuple")


NEVER = Ty("never")       # no value yet (fixpoint start)
ANY = Ty("any")
INT = Ty("int")
FLOAT = Ty("float")
BOOL = Ty("bool")
STR = Ty("str")
NONE = Ty("none")
JS = Ty("js")             # a JavaScript value from py2cs.js interop
EXC = Ty("exc")           # a caught exception
FUNC = Ty("func")


def LIST(elem: Ty = ANY) -> Ty:
    e = elem_of(elem)
    return _SHARED_LIST.get(id(e)) or Ty("list", e)


def TUPLE(elem: Ty = ANY) -> Ty:
    e = elem_of(elem)
    return _SHARED_TUPLE.get(id(e)) or Ty("tuple", e)


def SET(elem: Ty = ANY) -> Ty:
    e = elem_of(elem)
    return _SHARED_SET.get(id(e)) or Ty("set", e)


def DICT(key: Ty = ANY, val: Ty = ANY) -> Ty:
    v, k = elem_of(val), elem_of(key)
    return _SHARED_DICT.get((id(k), id(v))) or Ty("dict", v, k)


def SPECIAL(name: str) -> Ty:
    """Dash objects and module handles: ``Ty('special', extra='ctx')``."""
    return Ty("special", extra=name)


# Types are immutable values: the containers of the shared element types above are made once (keyed by the id of
# those module-level objects, which live as long as the module) instead of at every use during lowering.
_ELEMS = (ANY, INT, STR, BOOL, NEVER)
_SHARED_LIST = {id(e): Ty("list", e) for e in _ELEMS}
_SHARED_TUPLE = {id(e): Ty("tuple", e) for e in _ELEMS}
_SHARED_SET = {id(e): Ty("set", e) for e in _ELEMS}
_SHARED_DICT = {(id(k), id(v)): Ty("dict", v, k) for k in _ELEMS for v in _ELEMS}


def elem_of(t: Ty | None) -> Ty:
    """What a container can promise about its elements."""
    if t is None or t.kind in ("int", "str", "bool", "never") or (t.kind == "special" and t.extra == "re:match"):
        return t if t is not None else ANY
    return ANY


def item_type(t: Ty) -> Ty:
    """The type of what iterating a value of type ``t`` yields: elements, characters or dict keys."""
    if t.kind in ("list", "tuple", "set"):
        return t.elem or ANY
    if t.kind == "str":
        return STR
    if t.kind == "dict":
        return t.key or ANY
    return ANY


_NETLOC_URLS = ("url:SplitResult", "url:ParseResult", "url:*")


def plain(t: Ty) -> Ty:
    """``t`` without what marks a URL result (lower/urllow.py): the type of a new tuple made from one (u[1:], u * 2)."""
    return Ty(t.kind, t.elem, t.key) if t.kind == "tuple" and isinstance(t.extra, str) and t.extra.startswith("url:") \
        else t


def join(a: Ty, b: Ty) -> Ty:
    if a is b or a == b:
        return a
    if a.kind == "never":
        return b
    if b.kind == "never":
        return a
    if a.kind == b.kind and a.kind in ("list", "tuple", "set", "dict"):
        # (a SplitResult or a ParseResult, lower/urllow.py: still a URL result, its common attributes known)
        extra = None if a.kind != "tuple" else a.extra if a.extra == b.extra else \
            "url:*" if a.extra in _NETLOC_URLS and b.extra in _NETLOC_URLS else None
        return Ty(a.kind, join(a.elem or ANY, b.elem or ANY) if a.elem != b.elem else a.elem,
                  join(a.key or ANY, b.key or ANY) if a.key != b.key else a.key, extra)
    if a.kind == "js" or b.kind == "js":
        return JS
    if {a.kind, b.kind} == {"none", "special"} and (a.extra == "re:match" or b.extra == "re:match"):
        return a if a.kind == "special" else b     # re.match(...): a match object or None
    return ANY


def join_all(types) -> Ty:
    out = NEVER
    for t in types:
        out = join(out, t)
    return out


_NAMES = {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "none": NONE, "any": ANY,
          "list": LIST(), "tuple": TUPLE(), "dict": DICT(), "set": SET(), "list[str]": LIST(STR),
          "list[int]": LIST(INT), "tuple[str]": TUPLE(STR)}


def from_name(name: str, receiver: Ty | None = None) -> Ty:
    """Result types written in the tables (py2cs/tables)."""
    if name in _NAMES:
        return _NAMES[name]
    r = receiver or ANY
    if name == "self":
        return r if r.kind != "never" else ANY
    if name in ("elem", "value"):
        return (r.elem or ANY) if r.kind in ("list", "tuple", "set", "dict") else ANY
    if name == "value?":
        return ANY
    if name == "list[key]":
        return LIST(r.key or ANY) if r.kind == "dict" else LIST()
    if name == "list[value]":
        return LIST(r.elem or ANY) if r.kind == "dict" else LIST()
    if name == "list[tuple]":
        return LIST(TUPLE())
    if name == "list[elem]":
        return LIST(r.elem or ANY)
    return ANY
