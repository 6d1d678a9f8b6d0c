"""JavaScript interop for py2cs callbacks.

    from py2cs.js import window, document, console, new, to_py

In generated code these names are the JavaScript globals of the same name: attribute access,
calls, subscripts and ``new(Cls, *args)`` pass through to JavaScript untouched. Python values
passed to JavaScript calls are converted (dicts become plain objects, tuples arrays); values
coming back are JavaScript values: use ``to_py(value)`` to turn a JS object/array into a
Python dict/list.

In CPython these names raise :class:`JSInteropError` when used, because there is no browser.
Tests can install a fake: ``with py2cs.js.fake(window=my_fake): ...``.
"""
from __future__ import annotations

import contextlib
import copy


class JSInteropError(RuntimeError):
    """A JavaScript-only name was used while running in CPython."""


_FAKES: dict[str, object] = {}


class JSName:
    """A JavaScript global, or an attribute path below one (``window.location.href``)."""

    __slots__ = ("_path",)

    def __init__(self, path: str):
        object.__setattr__(self, "_path", path)

    def _target(self):
        root, _, rest = self._path.partition(".")
        if root not in _FAKES:
            raise JSInteropError(
                f"'{self._path}' is a JavaScript name from py2cs.js; it only exists in the browser. "
                f"In tests, install a fake: with py2cs.js.fake({root}=...):")
        obj = _FAKES[root]
        for part in filter(None, rest.split(".")):
            obj = getattr(obj, part) if not isinstance(obj, dict) else obj[part]
        return obj

    def __getattr__(self, name):
        if (name.startswith("__") and name.endswith("__")) or name == "_path":
            raise AttributeError(name)
        if self._path.partition(".")[0] in _FAKES:
            return getattr(self._target(), name) if not isinstance(self._target(), dict) else self._target()[name]
        return JSName(f"{self._path}.{name}")

    def __setattr__(self, name, value):
        target = self._target()
        if isinstance(target, dict):
            target[name] = value
        else:
            setattr(target, name, value)

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __bool__(self):
        return bool(self._target())

    def __repr__(self):
        return f"<JavaScript {self._path}>"

    def __deepcopy__(self, memo):   # to_py(window.innerWidth): the (fake) value it stands for
        return copy.deepcopy(self._target(), memo)

    def __copy__(self):
        return self._target()


def new(cls, *args):
    """``new(Date, 2024, 0, 1)`` is ``new Date(2024, 0, 1)`` in JavaScript."""
    if isinstance(cls, JSName):
        cls = cls._target()
    return cls(*args)


def to_py(value):
    """Convert a JavaScript object/array to a Python dict/list (in CPython: a deep copy)."""
    return copy.deepcopy(value)


def to_js(value):
    """Convert a Python value to a plain JavaScript value (in CPython: a deep copy)."""
    return copy.deepcopy(value)


@contextlib.contextmanager
def fake(**globals_):
    """Install fake JavaScript globals for running callbacks in CPython (tests)."""
    old = dict(_FAKES)
    _FAKES.update(globals_)
    try:
        yield
    finally:
        _FAKES.clear()
        _FAKES.update(old)


def __getattr__(name: str) -> JSName:
    if name.startswith("__"):
        raise AttributeError(name)
    return JSName(name)


window = JSName("window")
document = JSName("document")
console = JSName("console")
setTimeout = JSName("setTimeout")
setInterval = JSName("setInterval")
clearTimeout = JSName("clearTimeout")
localStorage = JSName("localStorage")
sessionStorage = JSName("sessionStorage")
fetch = JSName("fetch")
Plotly = JSName("Plotly")
JSON = JSName("JSON")
Date = JSName("Date")
Math = JSName("Math")
Promise = JSName("Promise")
navigator = JSName("navigator")
