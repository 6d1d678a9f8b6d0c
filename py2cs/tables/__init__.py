"""Table-driven knowledge of Python's builtins, methods and modules.

Each table maps a Python name to a :class:`Sig` (its parameters, as CPython spells them, and the
static type of its result). The lowering uses the tables to place keyword arguments and infer
types; ``py2cs docs`` renders them into docs/subset.md, so the reference cannot drift.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None = None      # Python source of the default, None when required
    kind: str = "pos_or_kw"          # "pos_only", "pos_or_kw", "kw_only", "var_pos", "var_kw"


@dataclass(frozen=True)
class Sig:
    """A callable's signature written like Python's: ``Sig("sep=None, maxsplit=-1", "list[str]")``."""
    spec: str
    returns: str = "any"
    note: str = ""
    mutates: bool = False
    params: tuple = field(default=(), compare=False)

    def __post_init__(self):
        object.__setattr__(self, "params", tuple(parse_params(self.spec)))

    def bind(self, nargs: int, keywords: list[str]):
        """``_bind``, remembered per (positional count, keyword names): the answer never changes."""
        key = (nargs, tuple(keywords))
        cache = self.__dict__.get("_binds")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_binds", cache)
        hit = cache.get(key)
        if hit is None:
            slots, err = self._bind(nargs, keywords)
            hit = cache[key] = (tuple(slots) if slots is not None else None, err)
        slots, err = hit
        return (list(slots) if slots is not None else None), err

    def _bind(self, nargs: int, keywords: list[str]):
        """Map a call's positional count and keyword names onto parameter slots.

        Returns ``(slots, error)``: ``slots`` is a list with, for each parameter, ``("pos", i)``,
        ``("kw", name)``, ``("star", start_index)`` (rest of positionals) or ``None`` (omitted).
        """
        slots: list = [None] * len(self.params)
        pos = 0
        for i, p in enumerate(self.params):
            if p.kind == "var_pos":
                slots[i] = ("star", pos)
                pos = nargs
                continue
            if p.kind in ("pos_only", "pos_or_kw") and pos < nargs:
                slots[i] = ("pos", pos)
                pos += 1
        if pos < nargs:
            return None, f"takes at most {pos} positional argument{'s' if pos != 1 else ''} ({nargs} given)"
        names = {p.name: i for i, p in enumerate(self.params) if p.kind in ("pos_or_kw", "kw_only")}
        var_kw = next((i for i, p in enumerate(self.params) if p.kind == "var_kw"), None)
        for kw in keywords:
            if kw not in names and var_kw is not None:
                slots[var_kw] = ("kwmap", (slots[var_kw][1] if slots[var_kw] else ()) + (kw,))
                continue
            if kw not in names:
                if any(p.name == kw for p in self.params):
                    return None, f"argument '{kw}' is positional-only"
                return None, f"got an unexpected keyword argument '{kw}'"
            i = names[kw]
            if slots[i] is not None:
                return None, f"got multiple values for argument '{kw}'"
            slots[i] = ("kw", kw)
        for i, p in enumerate(self.params):
            if slots[i] is None and p.default is None and p.kind not in ("var_pos", "var_kw"):
                return None, f"missing required argument '{p.name}'"
        return slots, None


def parse_params(spec: str) -> list[Param]:
    out: list[Param] = []
    kind = "pos_or_kw"
    raw = [s.strip() for s in spec.split(",")] if spec.strip() else []
    if "/" in raw:
        cut = raw.index("/")
        for j in range(cut):
            raw[j] = "\0" + raw[j]
        raw.pop(cut)
    for item in raw:
        pos_only = item.startswith("\0")
        item = item.lstrip("\0")
        if item == "*":
            kind = "kw_only"
            continue
        if item.startswith("**"):
            out.append(Param(item[2:], "{}", "var_kw"))
            continue
        if item.startswith("*"):
            out.append(Param(item[1:], "()", "var_pos"))
            kind = "kw_only"
            continue
        name, _, default = item.partition("=")
        out.append(Param(name.strip(), default.strip() or None, "pos_only" if pos_only else kind))
    return out
