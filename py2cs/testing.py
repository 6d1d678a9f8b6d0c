"""Helpers for users' own test suites.

    from py2cs.testing import assert_equivalent

    def test_my_callback():
        assert_equivalent(my_callback)                      # examples= from the decorator, then 200 generated
        assert_equivalent(my_callback, examples=[(3,), (None,)], max_examples=50)

``assert_equivalent`` runs the same check as ``py2cs check`` for one ``@py2cs.clientside`` callback: the
module the build ships for its namespace, loaded into QuickJS with the dash-renderer imitation, against
the Python function with a faked callback context. It raises ``AssertionError`` with the same report
(minimal counterexample, both outcomes side by side, nearest Python line) when they differ, when the
JavaScript runs away (time/memory limit), or when the callback cannot be checked. In examples,
``py2cs.testing.UNSET`` is a prop the layout leaves unset (``undefined`` in JS, ``None`` in Python).
"""
from __future__ import annotations

from .equiv.runner import DEFAULT_MAX_EXAMPLES, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, CallbackResult, Checker
from .equiv.strategies import UNSET

__all__ = ["assert_equivalent", "check_callback", "UNSET"]


def _entry_for(callback):
    from . import decorator as cs
    for e in reversed(cs.registry()):
        if e.func is callback:
            return e
    raise TypeError(f"{getattr(callback, '__name__', callback)!r} is not a @py2cs.clientside callback "
                    "(decorate it with @py2cs.clientside(...) first)")


def check_callback(callback, examples=None, max_examples: int = DEFAULT_MAX_EXAMPLES, seed: int | None = None,
                   timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB) -> CallbackResult:
    """Check one decorated callback; returns the result (see ``py2cs.equiv.runner.CallbackResult``)."""
    from . import build
    from . import decorator as cs
    from .equiv.spec import spec_for_entry

    entry = _entry_for(callback)
    if entry.error is not None:
        raise AssertionError(entry.error.render())
    # the module text the build ships for this namespace: every callback of the namespace, same order
    group = [e for e in cs.registry() if e.namespace == entry.namespace and e.error is None
             and e.app is entry.app and (entry.app is not None or e.file == entry.file)]
    modules = build.render_modules(group)
    spec = spec_for_entry(entry, entry.app)
    if examples is not None:
        spec.examples = list(spec.examples) + list(examples)
    from .equiv.harness import PageError
    try:
        checker = Checker(modules, timeout=timeout, memory_mb=memory_mb)
    except PageError as e:
        raise AssertionError(f"py2cs: {e}") from None
    with checker:
        return checker.check(spec, build.file_name(entry.namespace), max_examples=max_examples, seed=seed)


def assert_equivalent(callback, examples=None, max_examples: int = DEFAULT_MAX_EXAMPLES, seed: int | None = None,
                      timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB) -> CallbackResult:
    """Fail (AssertionError with the readable report) unless the shipped JS agrees with the Python callback."""
    from .equiv.report import callback_text

    result = check_callback(callback, examples=examples, max_examples=max_examples, seed=seed,
                            timeout=timeout, memory_mb=memory_mb)
    if result.failed:
        __tracebackhide__ = True  # noqa: F841 - pytest: hide this frame
        raise AssertionError("py2cs: the JavaScript of this callback differs from Python\n" + callback_text(result))
    return result
