"""``py2cs check``: run every clientside callback of an app in CPython and, as shipped, in QuickJS;
compare the outcomes; shrink a difference to a minimal counterexample.

Per callback: the user's ``examples=`` first, then hypothesis-generated calls (see ``strategies``).
A case whose Python run reaches a ``py2cs.js`` name is skipped (JavaScript-only path). A case whose
JavaScript hits the time or memory limit is a runaway: it is reported, the Python side is not run for
it (it would hang too) and the check moves on to the next callback.
"""
from __future__ import annotations

import json
import linecache
import os
import random
import time
from collections import Counter
from dataclasses import dataclass, field

from .harness import JSWorker, Outcome, agree, run_python, watchdog_installed
from .spec import CallbackSpec, spec_for_entry
from .strategies import UNSET, Case, case_strategy, example_cases, variants

DEFAULT_MAX_EXAMPLES = 200
DEFAULT_TIMEOUT = 2.0
DEFAULT_MEMORY_MB = 256
PYTHON_TIMEOUT_FACTOR = 5      # Python is given more time than JS (CPython may be slower than QuickJS)


@dataclass
class Mismatch:
    case: Case
    py: Outcome
    js: Outcome
    line: int | None = None
    line_text: str = ""
    shrunk: bool = False

    def to_dict(self) -> dict:
        return {"inputs": _args_json(self.case), "trigger": self.case.trigger, "source": self.case.source,
                "python": self.py.to_dict(), "javascript": self.js.to_dict(),
                "line": self.line, "line_text": self.line_text}


@dataclass
class CallbackResult:
    name: str
    qualname: str
    file: str
    status: str = "ok"                      # ok | MISMATCH | RUNAWAY | skipped | ERROR
    reason: str = ""
    cases: int = 0                           # calls compared on both sides
    examples: int = 0                        # of which from examples=
    skipped: Counter = field(default_factory=Counter)   # reason -> count (JavaScript-only paths)
    recursion: int = 0                       # both sides hit the recursion limit
    limits: Counter = field(default_factory=Counter)    # JS refused at run time (py2cs: documented limit)
    limit_example: Case | None = None
    params: list = field(default_factory=list)          # the callback's parameter names
    outcomes: Counter = field(default_factory=Counter)  # compared cases by kind: return / prevent / error
    exc_class_diffs: Counter = field(default_factory=Counter)   # both raised, different exception classes
    mismatch: Mismatch | None = None
    runaway: tuple | None = None             # (Case, Outcome)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status in ("MISMATCH", "RUNAWAY", "ERROR")

    def to_dict(self) -> dict:
        d = {"callback": self.qualname, "name": self.name, "file": self.file, "status": self.status,
             "cases": self.cases, "examples": self.examples, "outcomes": dict(self.outcomes),
             "seconds": round(self.seconds, 3)}
        if self.reason:
            d["reason"] = self.reason
        if self.skipped:
            d["skipped_cases"] = dict(self.skipped)
        if self.recursion:
            d["recursion_limit_cases"] = self.recursion
        if self.exc_class_diffs:
            d["exception_class_differences"] = dict(self.exc_class_diffs)
        if self.limits:
            d["documented_limit_cases"] = dict(self.limits)
            d["documented_limit_example"] = {"inputs": _args_json(self.limit_example),
                                             "trigger": self.limit_example.trigger}
        if self.mismatch:
            d["mismatch"] = self.mismatch.to_dict()
        if self.runaway:
            case, out = self.runaway
            d["runaway"] = {"inputs": _args_json(case), "trigger": case.trigger, "side": out.kind, "detail": out.detail}
        return d


def _params(func) -> list:
    import inspect
    try:
        return list(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return []


def _args_json(case: Case):
    def conv(v):
        if v is UNSET:
            return "<unset>"
        if isinstance(v, list):
            return [conv(x) for x in v]
        return v
    return [conv(a) for a in case.args()]


class _Found(Exception):
    def __init__(self, case, py, js):
        super().__init__("mismatch")
        self.case, self.py, self.js = case, py, js


class Checker:
    """Checks callbacks against one page (the app's modules in one QuickJS context, in a worker process).
    Call ``close()`` (or use it as a context manager) to end the worker."""

    def __init__(self, modules: dict, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB):
        self.page = JSWorker(modules, timeout=timeout, memory_mb=memory_mb)
        self.timeout = timeout
        self.py_memory = max(4 * memory_mb, 512) * 1024 * 1024

    def close(self):
        self.page.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run_case(self, spec: CallbackSpec, case: Case, module: str | None):
        """('agree' | 'mismatch' | 'skipped' | 'runaway' | 'recursion', python outcome, js outcome)."""
        pj = json.dumps(case.payload, ensure_ascii=False)
        js = self.page.run(spec.namespace, spec.function_name, pj, module)
        if js.kind in ("timeout", "memory"):
            return "runaway", None, js
        if js.kind == "error" and js.message.startswith("py2cs:"):
            # a documented limit refused loudly by the runtime (e.g. a sequence too large to repeat): not a
            # silent difference whatever Python does, and Python may be about to allocate gigabytes for it
            return "limit", None, js
        py = run_python(spec, pj, timeout=self.timeout * PYTHON_TIMEOUT_FACTOR, memory=self.py_memory)
        if py.kind == "js_only":
            return "skipped", py, js
        if py.kind in ("timeout", "memory"):
            return "runaway", py, js
        if agree(py, js):
            return ("recursion" if py.overflow and js.overflow else "agree"), py, js
        return "mismatch", py, js

    def check(self, spec: CallbackSpec, module: str | None, max_examples: int = DEFAULT_MAX_EXAMPLES,
              seed: int | None = None, progress=None) -> CallbackResult:
        from hypothesis import HealthCheck, Phase, Verbosity, given, settings
        from hypothesis import seed as hseed
        from hypothesis.errors import Flaky

        res = CallbackResult(spec.name, spec.qualname, spec.file, params=_params(spec.func))
        t0 = time.perf_counter()
        total = max_examples + len(spec.examples)   # progress counts inputs; each may run as several cases
        done = [0]

        def tick():
            done[0] += 1
            if progress is not None:
                progress(min(done[0], total), total)

        def record(kind, case, py, js):
            if kind == "skipped":
                res.skipped[py.detail] += 1
                return
            if kind == "limit":
                res.limits[f"{js.error_type}: {js.message}"] += 1
                if res.limit_example is None:
                    res.limit_example = case
                return
            if kind == "runaway":
                if res.runaway is None:
                    res.runaway = (case, js if js is not None and js.kind in ("timeout", "memory") else py)
                return
            res.cases += 1
            res.outcomes[py.kind] += 1
            if py.kind == "error" and js.kind == "error" and py.error_type != js.error_type:
                key = f"Python {py.error_type} / JavaScript {js.error_type}"
                res.exc_class_diffs[key] += 1
            if case.source == "example":
                res.examples += 1
            if kind == "recursion":
                res.recursion += 1

        try:
            examples = example_cases(spec)
        except ValueError as e:
            res.status, res.reason = "ERROR", str(e)
            return res
        for case in examples:
            tick()
            kind, py, js = self.run_case(spec, case, module)
            record(kind, case, py, js)
            if kind == "mismatch":
                res.mismatch = Mismatch(case, py, js)
                break
            if kind == "runaway":
                break

        if res.mismatch is None and res.runaway is None and max_examples > 0:
            last: list = []

            @settings(max_examples=max_examples, database=None, deadline=None, derandomize=False,
                      suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
                      report_multiple_bugs=False, verbosity=Verbosity.quiet, print_blob=False)
            @given(case_strategy(spec))
            def prop(base):
                tick()
                for case in variants(spec, base):
                    if res.runaway is not None:
                        return
                    kind, py, js = self.run_case(spec, case, module)
                    record(kind, case, py, js)
                    if kind == "mismatch":
                        last[:] = [case, py, js]
                        raise _Found(case, py, js)

            if seed is not None:
                prop = hseed(seed)(prop)
            try:
                with watchdog_installed():
                    prop()
            except _Found as found:
                res.mismatch = Mismatch(found.case, found.py, found.js, shrunk=True)
            except Flaky:
                if last:
                    res.mismatch = Mismatch(*last)
        if res.mismatch is not None:
            res.status = "MISMATCH"
            self._locate(spec, res.mismatch, module)
        elif res.runaway is not None:
            res.status = "RUNAWAY"
            res.reason = res.runaway[1].detail
        elif res.cases == 0 and (res.skipped or res.limits):
            res.status = "skipped"
            res.reason = ("every path reaches a JavaScript-only name: " + ", ".join(sorted(res.skipped)) if res.skipped
                          else "every case hit a documented limit of the JavaScript side")
        res.seconds = time.perf_counter() - t0
        return res

    def _locate(self, spec: CallbackSpec, m: Mismatch, module: str | None):
        """The Python source line nearest the divergence: where one side raised, else the return that ran."""
        line = None
        if m.py.kind == "error" and m.js.kind != "error":
            line = m.py.line
        elif m.js.kind == "error" and m.py.kind != "error":
            line = m.js.line
        if line is None:
            pj = json.dumps(m.case.payload, ensure_ascii=False)
            again = run_python(spec, pj, timeout=self.timeout * PYTHON_TIMEOUT_FACTOR, trace_return=True)
            line = again.line or m.py.line or m.js.line
        m.line = line
        if line:
            m.line_text = linecache.getline(spec.file, line).rstrip("\n")


# ---------------------------------------------------------------- whole apps

@dataclass
class AppReport:
    app: str
    seed: int
    results: list = field(default_factory=list)
    errors: list = field(default_factory=list)      # app-level problems (import/transpile)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors and not any(r.failed for r in self.results)

    def to_dict(self) -> dict:
        counts = Counter(r.status for r in self.results)
        return {"app": self.app, "ok": self.ok, "seed": self.seed, "seconds": round(self.seconds, 3),
                "summary": dict(counts), "errors": self.errors, "callbacks": [r.to_dict() for r in self.results]}


class CheckError(Exception):
    """A user-facing failure before any callback could be checked."""


def check_app(path: str, max_examples: int = DEFAULT_MAX_EXAMPLES, seed: int | None = None, only: str | None = None,
              timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB, progress=None,
              on_result=None) -> AppReport:
    from .. import build
    from ..errors import TranspileError

    if seed is None:
        seed = random.randrange(2 ** 31)
    t0 = time.perf_counter()
    try:
        module, entries, errors = build.load_app(path)
    except build.BuildError as e:
        raise CheckError(str(e)) from None
    except TranspileError as e:
        raise CheckError(e.render()) from None
    report = AppReport(os.path.abspath(path), seed)
    if errors:
        report.errors.append(TranspileError(errors).render())
    app = build.find_dash_app(module)
    shipped = list(entries)
    if only:
        entries = [e for e in entries if only in (e.function_name, f"{e.namespace}.{e.function_name}", e.func.__name__)]
        if not entries:
            raise CheckError(f"no clientside callback named {only!r} in {path}")
    if not entries:
        if not errors:
            raise CheckError(f"{path}: no @py2cs.clientside callbacks found")
        report.seconds = time.perf_counter() - t0
        return report
    try:
        modules = build.render_modules(shipped)
    except TranspileError as e:
        raise CheckError(e.render()) from None
    from .harness import PageError
    try:
        checker = Checker(modules, timeout=timeout, memory_mb=memory_mb)
    except PageError as e:
        raise CheckError(str(e)) from None
    with checker:
        _check_entries(checker, entries, app, report, max_examples, seed, progress, on_result)
    report.seconds = time.perf_counter() - t0
    return report


def _check_entries(checker, entries, app, report, max_examples, seed, progress, on_result):
    from .. import build
    for i, entry in enumerate(entries):
        spec_or_err = _spec(entry, app)
        if isinstance(spec_or_err, CallbackResult):
            report.results.append(spec_or_err)
        else:
            cb_progress = None
            if progress is not None:
                def cb_progress(done, total, _i=i, _n=spec_or_err.qualname):
                    progress(_i, len(entries), _n, done, total)
            r = checker.check(spec_or_err, build.file_name(entry.namespace), max_examples=max_examples,
                              seed=seed, progress=cb_progress)
            report.results.append(r)
        if on_result is not None:
            on_result(report.results[-1])


def _spec(entry, app):
    try:
        return spec_for_entry(entry, app)
    except Exception as e:  # noqa: BLE001 - report and go on with the other callbacks
        r = CallbackResult(entry.func.__name__, f"{entry.namespace}.{entry.function_name}", entry.file,
                           status="ERROR", reason=f"cannot read the callback's dependencies: {e}")
        return r
