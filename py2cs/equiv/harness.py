"""Running one call on both sides.

``JSPage``: a QuickJS context that imitates the page of a Dash 4 app: ``window === globalThis``, the
app's generated modules (exactly the text ``py2cs build`` writes) evaluated as assets, then an imitation
of dash-renderer (``templates/check/renderer.js.j2``). Each call has a time limit and the context a
memory limit; after a runaway the context is rebuilt.

``run_python``: the original function with the same payload (deep copies, as Dash's server would get
them), a faked Dash callback context (``dash._callback_context.context_value``), the response built the
way Dash's server builds it, and ``set_props`` recorded.

Python-side runaways are bounded too: the JS side always runs first and, when it hits the time or memory
limit, the Python side is not run for that case (the check reports the runaway). Otherwise Python runs
under its recursion limit and, on the main thread, a wall-clock alarm of the same time limit.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime
import inspect
import io
import json
import math
import re
import secrets
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field

import quickjs

from .. import compiler

NUM_MARKER = "\u0000py2cs-num-" + secrets.token_hex(6) + ":"
UNDEF_MARKER = "\u0000py2cs-undefined-" + secrets.token_hex(6)


class _UndefinedType:
    def __repr__(self):
        return "undefined"

    def __reduce__(self):          # one instance across the worker process boundary
        return "UNDEFINED"


UNDEFINED = _UndefinedType()


@dataclass
class Outcome:
    """What one side did. kind: return | prevent | error | timeout | memory | js_only."""
    kind: str
    response: dict | None = None          # {stringified id: {prop: value}}; outputs left out were no_update
    side: dict = field(default_factory=dict)   # set_props: {stringified id: {prop: value}}
    error_type: str = ""
    message: str = ""
    line: int | None = None               # Python source line (if known)
    overflow: bool = False                 # stack overflow / RecursionError
    detail: str = ""

    def to_dict(self) -> dict:
        d = {"kind": self.kind}
        if self.kind == "return":
            d["response"] = _plain(self.response)
        if self.kind == "error":
            d["type"], d["message"] = self.error_type, self.message
        if self.side:
            d["set_props"] = _plain(self.side)
        if self.line:
            d["line"] = self.line
        if self.detail:
            d["detail"] = self.detail
        return d


def _plain(v):
    if v is UNDEFINED:
        return "<undefined>"
    if isinstance(v, float) and not math.isfinite(v):
        return repr(v)
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def _decode_js(text: str):
    def fix(v):
        if isinstance(v, str):
            if v == UNDEF_MARKER:
                return UNDEFINED
            if v.startswith(NUM_MARKER):
                return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}[v[len(NUM_MARKER):]]
            return v
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v
    return fix(json.loads(text))


def _drop_empty(response) -> dict:
    """Components whose every output was no_update: the renderer keeps an empty entry, Dash's server none."""
    return {k: v for k, v in response.items() if v != {}} if isinstance(response, dict) else response


def fold_side(calls) -> dict:
    """set_props calls [(id, props), ...] merged per component like Dash's ctx.set_props."""
    from dash._utils import stringify_id
    out: dict = {}
    for cid, props in calls:
        key = stringify_id(cid) if isinstance(cid, (dict, str)) else json.dumps(cid)
        if not isinstance(props, dict):
            props = {"<props>": props}
        out[key] = {**out[key], **props} if key in out else dict(props)
    return out


# ---------------------------------------------------------------- the JS side

_PY_LINE = re.compile(r"//\s*py:(\d+)\s*$")
_FRAME = re.compile(r"at (\S+) \(<input>:(\d+)\)")


class PageError(Exception):
    """The generated modules could not be loaded into QuickJS."""


class JSPage:
    """One QuickJS context with the app's modules and the renderer imitation."""

    def __init__(self, modules: dict, timeout: float = 2.0, memory_mb: int = 256):
        self.modules = modules
        self.timeout = timeout
        self.memory = memory_mb * 1024 * 1024
        self._line_maps = {name: self._py_lines(text) for name, text in modules.items()}
        self.contexts_created = 0
        self._new_context()

    @staticmethod
    def _py_lines(text: str) -> list:
        """For each JS line (1-based index), the nearest Python line announced above it."""
        out, cur = [None], None
        for line in text.split("\n"):
            m = _PY_LINE.search(line)
            if m:
                cur = int(m.group(1))
            elif line.startswith("(function") or "function py_" in line:
                cur = None
            out.append(cur)
        return out

    def _new_context(self):
        ctx = quickjs.Context()
        ctx.set_memory_limit(self.memory)
        ctx.set_time_limit(max(self.timeout, 1.0) * 5)   # loading the modules: generous
        ctx.eval(compiler.render("check/page.js.j2"))
        for name in sorted(self.modules):
            try:
                ctx.eval(self.modules[name])
            except quickjs.JSException as e:
                raise PageError(f"the generated module {name} failed to load in QuickJS: {str(e).splitlines()[0]}") from None
        import dash
        ctx.eval(compiler.render("check/renderer.js.j2", dash_version=dash.__version__,
                                 num_marker=NUM_MARKER, undefined_marker=UNDEF_MARKER))
        ctx.set_time_limit(self.timeout)
        self.ctx = ctx
        self._run = ctx.get("__py2cs_run")
        self._settled = ctx.get("__py2cs_settled")
        self.contexts_created += 1

    def js_line(self, stack: str, module: str | None) -> int | None:
        lines = self._line_maps.get(module) if module else None
        if not lines:
            return None
        for fn, ln in _FRAME.findall(stack or ""):
            if fn.startswith("py_"):
                continue
            ln = int(ln)
            if 0 < ln < len(lines) and lines[ln] is not None:
                return lines[ln]
        return None

    def run(self, namespace: str, function_name: str, payload_json: str, module: str | None = None) -> Outcome:
        try:
            out = self._run(namespace, function_name, payload_json)
            if out == '{"kind":"pending"}':
                for _ in range(100000):
                    if not self.ctx.execute_pending_job():
                        break
                out = self._settled()
        except quickjs.StackOverflow as e:
            self._new_context()
            return Outcome("error", error_type="RecursionError", message=str(e).split("\n")[0], overflow=True)
        except quickjs.JSException as e:
            text = str(e)
            self._new_context()
            if "interrupted" in text:
                return Outcome("timeout", detail=f"JavaScript ran longer than {self.timeout:g} s")
            if "out of memory" in text or text.strip() == "null":
                return Outcome("memory", detail=f"JavaScript exceeded {self.memory // (1024 * 1024)} MB")
            return Outcome("error", error_type="Exception", message=text.split("\n")[0],
                           detail="the renderer imitation failed: " + text.split("\n")[0])
        except MemoryError:
            self._new_context()
            return Outcome("memory", detail="JavaScript result too large")
        d = _decode_js(out)
        side = fold_side(d.get("side", []))
        kind = d["kind"]
        if kind == "return":
            return Outcome("return", response=_drop_empty(d["response"]), side=side)
        if kind == "prevent":
            return Outcome("prevent", side=side)
        if d.get("oom"):
            self._new_context()
            return Outcome("memory", detail=f"JavaScript exceeded {self.memory // (1024 * 1024)} MB")
        return Outcome("error", side=side, error_type=d.get("type", "Exception"), message=d.get("message", ""),
                       overflow=bool(d.get("overflow")), line=self.js_line(d.get("stack", ""), module))


def _worker_main(conn, modules, timeout, memory_mb):
    """The child process: one JSPage, calls from the pipe until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent handles Ctrl-C and ends the worker
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        page = JSPage(modules, timeout=timeout, memory_mb=memory_mb)
    except PageError as e:
        conn.send(("page-error", str(e)))
        return
    conn.send(("ready", None))
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", page.run(*args)))
        except Exception as e:  # noqa: BLE001 - report, keep serving
            conn.send(("ok", Outcome("error", error_type="Exception", message=f"{type(e).__name__}: {e}",
                                     detail="the QuickJS page failed")))


class JSWorker:
    """A JSPage in a child process.

    QuickJS can crash the whole process when a callback runs it out of memory (seen with the python
    ``quickjs`` binding at the memory limit). The page therefore lives in a forked worker: a crash is
    reported as a runaway of that call and a fresh worker takes over. A call that does not answer within
    ``10 * timeout + 5`` seconds (stuck outside the interpreter's time checks) is ended the same way.
    """

    def __init__(self, modules: dict, timeout: float = 2.0, memory_mb: int = 256):
        import multiprocessing
        self.modules, self.timeout, self.memory_mb = modules, timeout, memory_mb
        methods = multiprocessing.get_all_start_methods()
        self._mp = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.proc = None
        self.conn = None
        self.restarts = 0
        self._start()

    def _start(self):
        parent, child = self._mp.Pipe()
        proc = self._mp.Process(target=_worker_main, args=(child, self.modules, self.timeout, self.memory_mb),
                                daemon=True, name="py2cs-check-quickjs")
        proc.start()
        child.close()
        self.proc, self.conn = proc, parent
        try:
            if not parent.poll(60):
                raise PageError("the QuickJS worker did not start")
            status, detail = parent.recv()
        except (EOFError, OSError):
            self.close()
            raise PageError("the QuickJS worker ended while loading the generated modules") from None
        if status == "page-error":
            self.close()
            raise PageError(detail)

    def run(self, namespace: str, function_name: str, payload_json: str, module: str | None = None) -> Outcome:
        try:
            self.conn.send((namespace, function_name, payload_json, module))
            if self.conn.poll(self.timeout * 10 + 5):
                status, out = self.conn.recv()
                return out
            detail = f"JavaScript did not return within {self.timeout * 10 + 5:g} s; the QuickJS worker was ended"
        except (EOFError, OSError, BrokenPipeError):
            detail = (f"the JavaScript engine crashed (QuickJS ends the process when a callback exhausts its "
                      f"{self.memory_mb} MB memory limit at an unlucky moment)")
        self.close()
        self.restarts += 1
        self._start()
        return Outcome("memory", detail=detail)

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(5)
            self.proc = None

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


# ---------------------------------------------------------------- the Python side

class PythonTimeout(BaseException):
    """Raised by the alarm: a BaseException so `except Exception` in a callback cannot swallow it."""


class _JSOnly(BaseException):
    pass


@contextlib.contextmanager
def _js_guard(flag: list):
    """Note every use of a py2cs.js name (JSInteropError), even when the callback catches it."""
    from .. import js as jsmod
    original = jsmod.JSName._target

    def _target(self):
        try:
            return original(self)
        except jsmod.JSInteropError:
            flag.append(self._path)
            raise

    jsmod.JSName._target = _target
    try:
        yield
    finally:
        jsmod.JSName._target = original


class PythonMemory(BaseException):
    """Raised by the watchdog when the Python side grows past its memory budget."""


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


try:
    import os as _os
    PAGE = _os.sysconf("SC_PAGE_SIZE")
except (ValueError, OSError, AttributeError):  # pragma: no cover
    PAGE = 4096


class _Watch:
    """State of the running watchdog (one Python run at a time)."""
    active = False
    start = 0.0
    seconds = 0.0
    base = 0
    memory = 0
    rss_at = -1.0
    rss = 0


def _watch_handler(signum, frame):
    w = _Watch
    if not w.active:
        return
    if time.monotonic() - w.start > w.seconds:
        w.active = False
        raise PythonTimeout()
    if w.base and w.memory and _rss() - w.base > w.memory:
        w.active = False
        raise PythonMemory()


def _watch_available() -> bool:
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextlib.contextmanager
def watchdog_installed():
    """Install the SIGALRM handler once around many runs (restored afterwards)."""
    if not _watch_available() or signal.getsignal(signal.SIGALRM) is _watch_handler:
        yield
        return
    old = signal.signal(signal.SIGALRM, _watch_handler)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextlib.contextmanager
def _alarm(seconds: float, memory: int):
    """Bound the Python side: a watchdog (SIGALRM every 20 ms, main thread only) raising PythonTimeout after
    ``seconds`` and PythonMemory when the resident size grows by more than ``memory`` bytes."""
    if not seconds or not _watch_available():
        yield
        return
    with watchdog_installed():
        w = _Watch
        now = time.monotonic()
        if now - w.rss_at > 0.5:                 # the baseline, refreshed at most twice a second
            w.rss, w.rss_at = _rss(), now
        w.start, w.seconds, w.base, w.memory, w.active = now, seconds, w.rss, memory, True
        signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
        try:
            yield
        finally:
            w.active = False
            signal.setitimer(signal.ITIMER_REAL, 0)


def _drive(coro):
    """Run a coroutine that awaits only other coroutines (the transpilable subset) to completion."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    finally:
        coro.close()


def _to_json(v, where: str):
    from dash._no_update import NoUpdate

    from ..js import JSName

    def default(o):
        if isinstance(o, JSName):
            o._target()           # raises JSInteropError (noted by the guard) unless a fake is installed
        if isinstance(o, NoUpdate):
            return o.to_plotly_json()
        if hasattr(o, "to_plotly_json"):
            return o.to_plotly_json()
        if isinstance(o, (datetime.date, datetime.time)):    # isoformat(), as plotly's to_json_plotly
            return o.isoformat()
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
    try:
        # Dash's server encoder (plotly.io.json.to_json_plotly) sends NaN and +-Infinity as null
        return json.loads(json.dumps(v, allow_nan=True, default=default), parse_constant=lambda _c: None)
    except (TypeError, ValueError, RecursionError) as e:
        raise _Unserializable(f"{where}: {e}", type(e).__name__) from None


class _Unserializable(Exception):
    """A value Dash's encoder cannot send: not JSON serializable (TypeError), circular (ValueError), too deep."""

    def __init__(self, message: str, error_type: str):
        super().__init__(message)
        self.error_type = error_type


def _response(spec, value, payload) -> dict:
    """Dash's _prepare_response: the updates a return value makes (no_update skipped, shapes validated)."""
    from dash._no_update import NoUpdate
    from dash._utils import stringify_id
    from dash.exceptions import InvalidCallbackReturnValue
    if spec.no_output:
        if value is not None:
            raise InvalidCallbackReturnValue(f"No-output callback received return value: {value}")
        return {}
    outputs = payload["outputs"]
    if not spec.multi_output:
        values, specs = [value], [outputs]
    else:
        values = list(value) if isinstance(value, (list, tuple)) else value
        specs = outputs
        if NoUpdate.is_no_update(values):
            return {}
    if not NoUpdate.is_no_update(values):
        if not isinstance(values, (list, tuple)):
            raise InvalidCallbackReturnValue(f"The callback is a multi-output; expected a list or tuple, got {values!r}")
        if len(values) != len(specs):
            raise InvalidCallbackReturnValue(f"Invalid number of output values: expected {len(specs)}, got {len(values)}")
        for v, s in zip(values, specs):
            if isinstance(s, list) and not NoUpdate.is_no_update(v):
                if not isinstance(v, (list, tuple)):
                    raise InvalidCallbackReturnValue(f"A wildcard output expects a list or tuple, got {v!r}")
                if len(v) != len(s):
                    raise InvalidCallbackReturnValue(f"Invalid number of wildcard output values: expected {len(s)}, got {len(v)}")
    out: dict = {}
    for v, s in zip(values, specs):
        if NoUpdate.is_no_update(v):
            continue
        for vi, si in (zip(v, s) if isinstance(s, list) else [(v, s)]):
            key = stringify_id(si["id"])
            slot = out.setdefault(key, {})
            if not NoUpdate.is_no_update(vi):
                slot[si["property"].split("@")[0]] = vi
    # the renderer creates the id entry even when every value is no_update
    return out


def _context(payload, grouping: bool = True) -> object:
    from dash._utils import AttributeDict, convert_to_AttributeDict, inputs_to_dict
    g = AttributeDict({})
    g.inputs_list = payload["inputs"]
    g.states_list = payload["state"]
    g.outputs_list = payload["outputs"]
    g.input_values = inputs_to_dict(g.inputs_list)
    g.state_values = inputs_to_dict(g.states_list)
    changed = payload.get("changedPropIds", [])
    g.triggered_inputs = [{"prop_id": x, "value": g.input_values.get(x)} for x in changed]
    g.updated_props = {}
    if grouping:           # only for callbacks that read ctx.args_grouping (costly to build)
        groups = convert_to_AttributeDict(g.inputs_list + g.states_list)
        for s in groups:
            for item in (s if isinstance(s, list) else [s]):
                _update_group(item, changed)
        g.args_grouping, g.using_args_grouping = groups, False
    g.outputs_grouping, g.using_outputs_grouping = g.outputs_list, False
    g.custom_data = AttributeDict({})
    return g


def _update_group(item, changed):
    from dash._utils import stringify_id
    if not isinstance(item, dict):
        return
    sid = stringify_id(item.get("id"))
    item["str_id"] = sid
    item["triggered"] = f"{sid}.{item.get('property')}" in changed
    item.setdefault("value", None)


def _python_line(tb, file: str) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == file or _same_file(frame.f_code.co_filename, file):
            line = lineno
    return line


def _same_file(a: str, b: str) -> bool:
    import os
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, ValueError):
        return False


def run_python(spec, payload_json: str, timeout: float = 2.0, trace_return: bool = False,
               memory: int = 1024 * 1024 * 1024) -> Outcome:
    """Run the Python original on a payload the way Dash's server would."""
    from dash._callback_context import context_value
    from dash._utils import inputs_to_vals
    from dash.exceptions import PreventUpdate

    payload = json.loads(payload_json)          # a fresh deep copy for every run
    args = inputs_to_vals(payload["inputs"]) + inputs_to_vals(payload["state"])
    g = _context(payload, grouping=getattr(spec, "uses_grouping", True))
    js_used: list = []
    ret_line: list = []
    func = spec.func

    def inner():
        context_value.set(g)
        value = func(*args)
        if inspect.iscoroutine(value):
            value = _drive(value)
        return value

    tracer = None
    if trace_return:
        code = func.__code__

        def tracer(frame, event, arg):
            if frame.f_code is code:
                def local(fr, ev, a):
                    if ev == "return":
                        ret_line.append(fr.f_lineno)
                    return local
                return local
            return None

    sink = io.StringIO()
    response = side = None
    try:
        with _js_guard(js_used), _alarm(timeout, memory), contextlib.redirect_stdout(sink):
            old_trace = sys.gettrace()
            if tracer:
                sys.settrace(tracer)
            try:
                value = contextvars.copy_context().run(inner)
            finally:
                if tracer:
                    sys.settrace(old_trace)
            if not js_used:
                try:
                    response = _to_json(_response(spec, value, payload), "return value")
                    side = _to_json(fold_side([(k, v) for k, v in g.updated_props.items()]), "set_props")
                except _Unserializable as e:
                    if not js_used:
                        return Outcome("error", error_type=e.error_type, message=str(e), side={})
                except Exception as e:  # noqa: BLE001 - InvalidCallbackReturnValue and friends
                    if not js_used:
                        return Outcome("error", error_type=type(e).__name__, message=str(e).strip(),
                                       side={}, line=ret_line[-1] if ret_line else None)
        if js_used:
            return Outcome("js_only", detail=f"reaches the JavaScript-only name '{js_used[0]}'")
        return Outcome("return", response=_drop_empty(response), side=side, line=ret_line[-1] if ret_line else None)
    except PythonTimeout:
        return Outcome("timeout", detail=f"Python ran longer than {timeout:g} s")
    except PreventUpdate:
        if js_used:
            return Outcome("js_only", detail=f"reaches the JavaScript-only name '{js_used[0]}'")
        return Outcome("prevent", side={})      # a 204 response: Dash's server sends no set_props updates
    except (MemoryError, PythonMemory):
        return Outcome("memory", detail=f"Python grew by more than {memory // (1024 * 1024)} MB")
    except Exception as e:  # noqa: BLE001 - the outcome is what we compare
        if js_used:
            return Outcome("js_only", detail=f"reaches the JavaScript-only name '{js_used[0]}'")
        return Outcome("error", error_type=type(e).__name__, message=str(e), side={},   # a 500: no set_props
                       overflow=isinstance(e, RecursionError), line=_python_line(e.__traceback__, spec.file))


def _safe_side(g) -> dict:
    try:
        return _to_json(fold_side([(k, v) for k, v in g.updated_props.items()]), "set_props")
    except _Unserializable:
        return {"<unserializable>": {}}


# ---------------------------------------------------------------- comparison

def agree(py: Outcome, js: Outcome) -> bool:
    from .compare import same_json
    if py.kind != js.kind:
        return False
    if py.kind == "return" and not same_json(py.response, js.response):
        return False
    return same_json(py.side, js.side)
