"""Human-readable reports of ``py2cs check`` (the CLI and ``py2cs.testing`` print the same text)."""
from __future__ import annotations

import os
import shutil
import sys

from .compare import short
from .harness import Outcome
from .runner import AppReport, CallbackResult
from .strategies import UNSET


def _output_slots(outputs) -> list:
    """(stringified id, clean property) of every output in a payload's ``outputs`` (nested for ALL)."""
    from dash._utils import stringify_id
    flat = []
    stack = [outputs] if isinstance(outputs, dict) else list(outputs or [])
    for o in stack:
        for item in (o if isinstance(o, list) else [o]):
            if isinstance(item, dict) and "id" in item:
                flat.append((stringify_id(item["id"]), str(item.get("property", "")).split("@")[0]))
    return flat


def describe(o: Outcome, outputs=None) -> list:
    """Lines describing one side's outcome; with ``outputs`` (the payload's), every output is listed,
    ``no_update`` where the callback left it alone."""
    if o is None:
        return ["(not run)"]
    if o.kind == "return":
        lines = []
        resp = o.response or {}
        slots = _output_slots(outputs)
        listed = set()
        for cid, prop in slots:
            props = resp.get(cid, {})
            listed.add((cid, prop))
            lines.append(f"{cid}.{prop} = {short(props[prop], 160)}" if prop in props else f"{cid}.{prop} = no_update")
        for cid, props in resp.items():
            for prop, v in props.items():
                if (cid, prop) not in listed:
                    lines.append(f"{cid}.{prop} = {short(v, 160)}")
        if not lines:
            lines.append("no output updated")
    elif o.kind == "prevent":
        lines = ["raised PreventUpdate"]
    elif o.kind == "error":
        lines = [f"raised {o.error_type}: {short(o.message, 160)[1:-1] if o.message else ''}".rstrip(": ")]
    elif o.kind in ("timeout", "memory"):
        lines = [f"runaway: {o.detail}"]
    elif o.kind == "js_only":
        lines = [f"skipped: {o.detail}"]
    else:
        lines = [o.kind]
    for cid, props in (o.side or {}).items():
        lines.append(f"set_props({cid!r}, {short(props, 140)})")
    return lines


def side_by_side(left: list, right: list, titles=("Python", "JavaScript")) -> list:
    width = max([len(titles[0])] + [len(x) for x in left])
    cols = shutil.get_terminal_size((120, 24)).columns
    if width + 3 + max([len(titles[1])] + [len(x) for x in right]) > cols or width > 70:
        out = [f"    {titles[0]}:"] + [f"      {x}" for x in left]
        out += [f"    {titles[1]}:"] + [f"      {x}" for x in right]
        return out
    out = [f"    {titles[0].ljust(width)} | {titles[1]}", f"    {'-' * width}-+-{'-' * max(len(titles[1]), 10)}"]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        mark = "" if a == b else "  <-- differs"
        out.append(f"    {a.ljust(width)} | {b}{mark}")
    return out


def _fmt_value(v) -> str:
    if v is UNSET:
        return "undefined"
    if isinstance(v, list) and any(x is UNSET for x in v):
        return "[" + ", ".join(_fmt_value(x) for x in v) + "]"
    return short(v, 120)


def _fmt_args(names, case) -> str:
    """Arguments as the JavaScript side got them (an unset prop is undefined; Python gets None)."""
    return ", ".join(f"{n}={_fmt_value(v)}" for n, v in zip(names, case.args()))


def callback_text(r: CallbackResult) -> str:
    rel = os.path.relpath(r.file) if r.file else ""
    head = f"{r.status:<9}{r.qualname}"
    extra = []
    if r.status in ("ok", "MISMATCH", "RUNAWAY"):
        extra.append(f"{r.cases} case{'s' if r.cases != 1 else ''}")
        if r.examples:
            extra.append(f"{r.examples} from examples")
    if r.skipped:
        extra.append(f"{sum(r.skipped.values())} skipped")
    if extra:
        head += "  (" + ", ".join(extra) + ")"
    lines = [head]
    if r.status == "skipped" or (r.status == "ERROR" and r.reason):
        lines.append(f"    {r.reason}")
    for reason, n in sorted(r.skipped.items()):
        if r.status != "skipped":
            lines.append(f"    skipped {n} case{'s' if n != 1 else ''}: {reason} (a JavaScript-only path)")
    if r.cases >= 20 and r.outcomes.get("error", 0) >= 0.9 * r.cases:
        pct = round(100 * r.outcomes["error"] / r.cases)
        lines.append(f"    note: {pct}% of the cases raised on both sides; give the parameters type hints or "
                     "examples= so the check reaches the normal paths")
    for key, n in sorted(r.exc_class_diffs.items()):
        lines.append(f"    note: {n} case(s) raised on both sides but with different exception classes ({key})")
    if r.recursion:
        lines.append(f"    note: {r.recursion} case(s) recursed past the limit on both sides (RecursionError)")
    names = (r.params or []) + [f"arg{i}" for i in range(len(r.params or []), 99)]
    for msg, n in sorted(r.limits.items()):
        lines.append(f"    {n} case{'s' if n != 1 else ''} refused by a documented limit of py2cs: {short(msg, 120)[1:-1]}")
    if r.limit_example is not None:
        lines.append(f"      e.g. {r.name}({_fmt_args(names, r.limit_example)})")
    if r.mismatch is not None:
        m = r.mismatch
        lines.append(f"    {'minimal ' if m.shrunk else ''}counterexample ({m.case.source}): {r.name}({_fmt_args(names, m.case)})")
        lines.append(f"    triggered by: {m.case.trigger or 'the initial call'}")
        outputs = m.case.payload.get("outputs")
        lines.extend(side_by_side(describe(m.py, outputs), describe(m.js, outputs)))
        if m.line:
            lines.append(f"    nearest Python line: {rel}:{m.line}: {m.line_text.strip()}")
    if r.runaway is not None:
        case, out = r.runaway
        if out.detail.startswith("Python"):
            lines.append(f"    runaway: {out.detail} (the JavaScript finished)")
        else:
            lines.append(f"    runaway: {out.detail}; the Python side was not run for this input")
        lines.append(f"    input: {r.name}({_fmt_args(names, case)}), triggered by: {case.trigger or 'the initial call'}")
    return "\n".join(lines)


def app_text(report: AppReport) -> str:
    out = []
    for err in report.errors:
        out.append(err)
    for r in report.results:
        out.append(callback_text(r))
    n_fail = sum(1 for r in report.results if r.failed)
    cases = sum(r.cases for r in report.results)
    verdict = "all callbacks agree" if report.ok else f"{n_fail} callback(s) failed"
    if report.errors:
        verdict = f"the app has callbacks py2cs cannot transpile (see above); {verdict}"
    out.append(f"py2cs check: {len(report.results)} callback(s), {cases} case(s), seed {report.seed}, "
               f"{report.seconds:.1f} s: {verdict}")
    return "\n".join(out)


class ProgressBar:
    """A one-line progress bar on stderr (only on a terminal)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = ""
        self._t = 0.0

    def __call__(self, index, n_callbacks, name, done, total):
        if not self.enabled:
            return
        import time
        now = time.monotonic()
        if now - self._t < 0.1 and done < total:
            return
        self._t = now
        width = 24
        frac = done / total if total else 1.0
        bar = "#" * int(width * frac) + "." * (width - int(width * frac))
        text = f"\r[{bar}] {index + 1}/{n_callbacks} {name[:40]} {done}/{total}"
        if text != self._last:
            self.stream.write(text.ljust(len(self._last)))
            self.stream.flush()
            self._last = text

    def clear(self):
        if self.enabled and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self.stream.flush()
            self._last = ""
