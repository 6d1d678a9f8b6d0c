"""The runtime library: Python-semantics helpers written as real JavaScript.

Helpers live in ``templates/runtime/*.js``. Each top-level ``function py_*`` declaration (or
``var py_* = ...`` statement) is one *unit*. Units reference each other by name; the loader finds
those references structurally with ast-grep, so a generated module ships exactly the units it
uses, plus their transitive dependencies, in a stable order (file order, then source order).

A unit ships compacted (py2cs/compact.py: no comments or indentation, short local names), computed once
when the table is parsed and kept in its cache; PY2CS_READABLE_RUNTIME=1 (``py2cs build
--readable-runtime``) ships the units as written instead.
"""
from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from importlib import resources


HELPER_PREFIX = "py_"
READABLE_ENV = "PY2CS_READABLE_RUNTIME"
_HELPER_RE = "^py_[A-Za-z0-9_]+$"


@dataclass(frozen=True)
class Unit:
    name: str
    source: str
    file: str
    order: int
    deps: frozenset
    compact: str            # the same unit compacted (``source`` itself if the compactor refused it)

    def text(self) -> str:
        """What a generated module ships: the compacted unit, or its source in readable mode."""
        return self.source if readable() else self.compact


def readable() -> bool:
    """Whether generated modules ship the runtime as written (PY2CS_READABLE_RUNTIME=1) instead of compacted."""
    return os.environ.get(READABLE_ENV, "") not in ("", "0")


def _runtime_dir():
    return resources.files("py2cs.templates").joinpath("runtime")


def runtime_files() -> list[str]:
    return sorted(p.name for p in _runtime_dir().iterdir() if p.name.endswith(".js"))


def _declared_name(node) -> str | None:
    kind = node.kind()
    if kind in ("function_declaration", "generator_function_declaration", "class_declaration"):
        name = node.field("name")
        return name.text() if name else None
    if kind in ("variable_declaration", "lexical_declaration"):
        decl = node.find(kind="variable_declarator")
        if decl is not None:
            name = decl.field("name")
            return name.text() if name else None
    return None


def referenced_helpers(js_source: str) -> set[str]:
    """Names of runtime helpers (identifiers ``py_*``) that a piece of JS refers to."""
    from ast_grep_py import SgRoot      # imported when needed: a cached helper table needs no parse
    root = SgRoot(js_source, "javascript").root()
    return {n.text() for n in root.find_all(kind="identifier", regex=_HELPER_RE)}


# One scan over generated code: string literals and comments are consumed whole (so a "py_x" inside
# them is not a reference); a py_* name not preceded by '.' (a property) is an identifier reference,
# and so is one after the spread operator '...'.
# Generated code has no regex or template literals (see jsast.py), so this finds exactly the
# identifiers ast-grep finds, without a parse.
# (The leading lookahead changes nothing: every alternative starts with one of those characters; it
# lets the scan skip other positions without trying each alternative there, about twice as fast.)
_SCAN_RE = re.compile(r'(?=["\'/p])(?:"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*[\s\S]*?\*/'
                      r'|(?:(?<![\w$.])|(?<=\.\.\.))(py_[A-Za-z0-9_]+)(?![\w$]))')


def helpers_in_generated(js_source: str) -> set[str]:
    """``referenced_helpers`` for code that py2cs generated (a fast scan instead of a parse)."""
    return {m for m in _SCAN_RE.findall(js_source) if m}


def _cache_path(texts: dict) -> str | None:
    """Where the parsed unit table of exactly these runtime sources is kept between processes."""
    if os.environ.get("PY2CS_NO_CACHE"):
        return None
    import hashlib
    h = hashlib.sha256()
    for fname, text in sorted(texts.items()):
        h.update(fname.encode() + b"\0" + text.encode("utf-8") + b"\0")
    h.update(resources.files("py2cs").joinpath("compact.py").read_bytes())     # the compactor made the table too
    try:
        from importlib.metadata import version
        h.update(version("ast-grep-py").encode())
    except Exception:  # noqa: BLE001 - no metadata: the content hash alone
        pass
    base = os.environ.get("XDG_CACHE_HOME") or \
        (os.path.join(os.environ["HOME"], ".cache") if os.environ.get("HOME") else None)
    if not base or not os.path.isabs(base):
        return None
    return os.path.join(base, "py2cs", f"runtime-units-{h.hexdigest()[:24]}.json")


@functools.lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    """All helper units of the runtime, keyed by name.

    Parsing the runtime with ast-grep takes tens of milliseconds, a large part of a ``py2cs build``
    process; the table is kept in a content-addressed cache file (the key hashes every runtime
    source), so it is only recomputed when the runtime changes. PY2CS_NO_CACHE=1 disables it.
    """
    texts = {fname: _runtime_dir().joinpath(fname).read_text(encoding="utf-8") for fname in runtime_files()}
    path = _cache_path(texts)
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                rows = json.load(fh)
            return {r[0]: Unit(r[0], r[1], r[2], r[3], frozenset(r[4]), r[5]) for r in rows}
        except (OSError, ValueError, IndexError, TypeError):
            pass
    found = _parse_units(texts)
    if path:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump([[u.name, u.source, u.file, u.order, sorted(u.deps), u.compact] for u in found.values()], fh)
            os.replace(tmp, path)
            d = os.path.dirname(path)
            for other in os.listdir(d):      # tables of earlier runtime versions
                if other.startswith("runtime-units-") and other.endswith(".json") and \
                        other != os.path.basename(path):
                    os.unlink(os.path.join(d, other))
        except OSError:
            pass
    return found


def _parse_units(texts: dict) -> dict[str, Unit]:
    from .compact import compact_or_original
    found: dict[str, Unit] = {}
    order = 0
    for fname in sorted(texts):
        text = texts[fname]
        from ast_grep_py import SgRoot
        root = SgRoot(text, "javascript").root()
        for node in root.children():
            if node.kind() == "comment":
                continue
            name = _declared_name(node)
            if name is None or not name.startswith(HELPER_PREFIX):
                raise RuntimeError(f"runtime/{fname}: top-level statement is not a py_* helper: {node.text()[:60]!r}")
            if name in found:
                raise RuntimeError(f"runtime/{fname}: helper {name} defined twice")
            src = node.text()
            deps = referenced_helpers(src) - {name}
            found[name] = Unit(name, src, fname, order, frozenset(deps), compact_or_original(src))
            order += 1
    return found


def missing_dependencies() -> dict[str, set[str]]:
    """Helpers referenced by a runtime unit but defined nowhere (a test keeps this empty)."""
    table = units()
    return {u.name: set(u.deps - table.keys()) for u in table.values() if u.deps - table.keys()}


def closure(names) -> list[Unit]:
    """The units named plus everything they depend on, in stable runtime order."""
    global _CLOSURES_OF
    table = units()
    key = frozenset(names)
    if _CLOSURES_OF is not table or len(_CLOSURES) > 1024:
        _CLOSURES.clear()
        _CLOSURES_OF = table
    hit = _CLOSURES.get(key)
    if hit is None:
        hit = _CLOSURES[key] = _closure(key, table)
    return list(hit)


_CLOSURES: dict = {}       # frozenset of names -> closure (callbacks use few distinct sets of helpers)
_CLOSURES_OF = None        # the unit table those were computed from


# Hook units: ``var py_dthook_X = ...`` (templates/runtime/datetime.js) wraps the generic helper ``py_X`` so that it
# knows date values. One ships when the bundle has both ``py_X`` and the date class ``py_Dt``, never otherwise: an
# app without dates ships none, an app with dates only the hooks of the helpers it has. urlparse.js's
# ``py_urlhook_X`` do the same for URL results (made by ``py_url_nt``), deque.js's ``py_dqhook_X`` for deques (made
# by ``py_deque``).
HOOKS = {"py_dthook_": "py_Dt", "py_urlhook_": "py_url_nt", "py_dqhook_": "py_deque"}


def _closure(names: frozenset, table: dict) -> tuple:
    seen: set[str] = set()
    stack = [n for n in names if n in table]
    while stack:
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            stack.extend((table[n].deps & table.keys()) - seen)
        for prefix, cls in HOOKS.items():   # the hooks of the helpers shipped (a hook's own dependencies may add more)
            if cls in seen:
                stack += [h for h in table if h.startswith(prefix) and h not in seen
                          and "py_" + h[len(prefix):] in seen]
    return tuple(sorted((table[n] for n in seen), key=lambda u: u.order))


def bundle(names) -> str:
    """JS source defining the named helpers and their dependencies (as a generated module ships them)."""
    return "\n".join([u.text() for u in closure(names)])


def bundle_for(js_source: str) -> str:
    """JS source of exactly the helpers ``js_source`` needs (tree shaking)."""
    return bundle(referenced_helpers(js_source) & units().keys())


def unknown_helpers(js_source: str) -> set[str]:
    return referenced_helpers(js_source) - units().keys()

