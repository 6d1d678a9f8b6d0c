"""Run one generated program in CPython and, transpiled with ``py2cs.transpile_source``, in QuickJS;
classify the pair of outcomes.

Outcome kinds (``Result.kind``):

* ``match``     same value after a JSON round trip, or the same exception class and message
* ``msg``       same exception class, different message (reported; the contract asks for CPython's
                messages for common errors)
* ``limit``     JS raised a documented py2cs runtime limit (a message starting ``py2cs:``, e.g. ints
                beyond 2**53, iterating a set) where CPython did something else
* ``refused``   py2cs refused the program at compile time (a TranspileError)
* ``rejected``  CPython rejects the source (SyntaxError at compile time) and py2cs refuses it too
* ``ulp``       (V8 only) the values differ only in the last bits of floats: V8's libm (exp, log, pow,
                trig) is not glibc's, which CPython and QuickJS use
* ``skipped``   the program is not a useful test: CPython rejects the source, takes too long, or
                produces a huge value
* ``mismatch``  anything else: a different value, a value on one side and an exception on the
                other, or a different exception class. These are bugs.
"""
from __future__ import annotations

import ast
import contextlib
import copy
import json
import signal
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import quickjs

import py2cs
from py2cs import runtime

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from difftest import _HARNESS, _dash_default, browser_json  # noqa: E402

PY_TIMEOUT = 1.0          # seconds for the CPython run
JS_TIMEOUT = 5            # seconds for the QuickJS run
JS_MEMORY = 256 * 2**20
MAX_JSON = 200_000        # characters of the JSON result


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _alarm(seconds: float):
    if not hasattr(signal, "setitimer"):
        yield
        return

    def handler(signum, frame):
        raise _Timeout()
    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Result:
    kind: str
    detail: str = ""
    py: tuple | None = None
    js: tuple | None = None
    js_source: str = ""


def _is_index_key(k: str) -> bool:
    return k.isascii() and k.isdigit() and (k == "0" or not k.startswith("0")) and int(k) < 2**32 - 1


def js_key_order(v):
    """The arguments as a browser holds them: a JS object lists array-index keys ('0', '123') first, in
    numeric order, so a server callback receives them in that order too; integers are doubles."""
    if isinstance(v, list):
        return [js_key_order(x) for x in v]
    if isinstance(v, dict):
        idx = sorted((k for k in v if _is_index_key(k)), key=int)
        rest = [k for k in v if not _is_index_key(k)]
        return {k: js_key_order(v[k]) for k in idx + rest}
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53:
        try:
            return int(float(v))  # a browser holds a double
        except OverflowError:
            return v
    return v


def json_args(args) -> tuple:
    return tuple(js_key_order(browser_json(json.loads(json.dumps(list(args), allow_nan=True)))))


def same_value(a, b) -> bool:
    """``same_json``, except that numbers compare as the doubles a browser holds: JSON.stringify writes
    the float -3.602879701896397e+16 as -36028797018963970, which Python reads back as an int."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, float) or isinstance(b, float) or abs(a) > 2**53 or abs(b) > 2**53:
            try:
                fa, fb = float(a), float(b)
            except OverflowError:
                return False
            if fa != fa:
                return fb != fb
            return fa == fb
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a.keys()) == list(b.keys()) and all(same_value(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def run_py(src: str, args):
    """("ok", json value) / ("err", class, message) / None when the program is not a useful test."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(src, "fuzzprog.py", "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    ns: dict = {"__name__": "fuzzprog"}
    try:
        with _alarm(PY_TIMEOUT):
            exec(code, ns)
            r = ns["f"](*copy.deepcopy(list(args)))
    except _Timeout:
        return None
    except (MemoryError, RecursionError):
        return None
    except Exception as e:  # noqa: BLE001 - the outcome is what we compare
        try:
            msg = str(e)
        except Exception:  # noqa: BLE001
            return None
        return ("err", type(e).__name__, msg)
    try:
        with _alarm(PY_TIMEOUT):
            # as Dash's encoder sends it: a date, datetime or time as its isoformat()
            text = json.dumps(r, allow_nan=True, default=_dash_default)
    except _Timeout:
        return None
    except (TypeError, ValueError) as e:
        return ("err", "TypeError", str(e))
    except (RecursionError, MemoryError):
        return None
    if len(text) > MAX_JSON:
        return None
    # the browser receives the value as a JS object: array-index keys first, as the JS side returns them
    return ("ok", js_key_order(json.loads(text)))


_PRELUDE = None


def _prelude() -> str:
    global _PRELUDE
    if _PRELUDE is None:
        _PRELUDE = runtime.bundle(["py_exc_type", "py_exc_str"]) + _HARNESS + "\nvar window = {};\n"
    return _PRELUDE


_LIMIT_HOOK = "\n    if (typeof arguments[1] === 'string' && arguments[1].indexOf('py2cs:') === 0) globalThis.__py2cs_limits++;"


def transpile(src: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)   # `0 is None` in generated code
        return py2cs.transpile_source(src, "fuzzprog.py", namespace="fz")


def instrument(js: str) -> str:
    """Count documented py2cs runtime limits (errors whose message starts 'py2cs:') even when the program
    catches them, so a caught OverflowError for an int beyond 2**53 is classified as a limit."""
    text = runtime.units()["py_err"].text()           # as shipped (compacted unless in readable mode)
    head = text[:text.index("{") + 1]                   # "function py_err(b,d,e){"
    assert head in js or "py_err" not in js, "py_err is shipped in a form instrument() does not know"
    return js.replace(head, head + _LIMIT_HOOK, 1)


def run_js(js: str, args, undefined_for_none: bool = False):
    ctx = quickjs.Context()
    ctx.set_time_limit(JS_TIMEOUT)
    ctx.set_memory_limit(JS_MEMORY)
    ctx.set_max_stack_size(4 * 2**20)
    try:
        ctx.eval(_prelude() + "\nglobalThis.__py2cs_limits = 0;")
        ctx.eval(instrument(js))
        ctx.eval("var __f = window.dash_clientside.fz.f;")
        mask = [undefined_for_none and a is None for a in args]
        out = json.loads(ctx.eval(f"__run(__f, {json.dumps(json.dumps(list(args)))}, {json.dumps(mask)})"))
    except quickjs.JSException as e:
        return ("err", "JSException", str(e), 0)
    limits = ctx.eval("globalThis.__py2cs_limits")
    if "err" in out:
        res = ("err", out["err"][0], out["err"][1])
    elif out["ok"] == "__undefined__":
        res = ("ok", "<undefined>")
    else:
        res = ("ok", json.loads(out["ok"]))
    return res + (limits,)


def _ulps(a: float, b: float) -> int:
    import struct
    ia = struct.unpack("<q", struct.pack("<d", a))[0]
    ib = struct.unpack("<q", struct.pack("<d", b))[0]
    if (ia < 0) != (ib < 0):
        return abs(ia) + abs(ib)
    return abs(ia - ib)


def ulp_close(a, b, n: int = 4) -> bool:
    """Equal up to a few units in the last place of the floats: the libm of V8 (fdlibm) and of CPython
    (glibc) round exp/log/pow/sin... differently in the last bit."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if same_value(a, b):
            return True
        try:
            fa, fb = float(a), float(b)
        except OverflowError:
            return False
        return fa == fa and fb == fb and _ulps(fa, fb) <= n
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(ulp_close(x, y, n) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(ulp_close(a[k], b[k], n) for k in a)
    return same_value(a, b)


class NodeEngine:
    """Runs programs in V8 (node), Chromium's engine, next to QuickJS: `--engine both` in the long run."""

    RESTART_EVERY = 1000    # a fresh node now and then: thousands of vm contexts grow its heap

    def __init__(self):
        import shutil
        self.node = shutil.which("node")
        if self.node is None:
            raise RuntimeError("node is not installed")
        self.proc = None
        self._start()

    def _start(self):
        import subprocess
        if self.proc is not None:
            try:
                self.proc.kill()
                self.proc.wait(timeout=10)
            except Exception:  # noqa: BLE001
                pass
        self.proc = subprocess.Popen([self.node, "--max-old-space-size=1024",
                                      str(Path(__file__).with_name("node_runner.js"))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self.count = 0

    def _request(self, line: str) -> str:
        if self.count >= self.RESTART_EVERY or self.proc.poll() is not None:
            self._start()
        self.count += 1
        try:
            self.proc.stdin.write(line)
            self.proc.stdin.flush()
            return self.proc.stdout.readline()
        except (BrokenPipeError, OSError):
            return ""

    def run(self, js: str, args, undefined_for_none: bool = False):
        mask = [undefined_for_none and a is None for a in args]
        req = {"prelude": _prelude() + "\nglobalThis.__py2cs_limits = 0;", "js": instrument(js),
               "args": list(args), "mask": mask}
        line = json.dumps(req) + "\n"
        reply = self._request(line)
        if not reply:                      # node died (its heap): once more in a fresh process
            self._start()
            reply = self._request(line)
        if not reply:
            self._start()
            return ("err", "JSException", "node died running this program", 0)
        out = json.loads(reply)
        limits = out.get("limits") or 0
        if "err" in out:
            return ("err", out["err"][0], out["err"][1], limits)
        if out["ok"] == "__undefined__":
            return ("ok", "<undefined>", limits)
        return ("ok", json.loads(out["ok"]), limits)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def classify(p, j) -> tuple[str, str]:
    n = 3 if j[0] == "err" else 2
    limited = len(j) > n and j[n] > 0
    j = j[:n]
    kind, detail = _classify(p, j)
    if kind in ("mismatch", "msg") and limited:
        return "limit", "caught " + detail
    return kind, detail


def _classify(p, j) -> tuple[str, str]:
    if p[0] == "ok" and j[0] == "ok":
        if same_value(p[1], j[1]):
            return "match", ""
        return "mismatch", "value"
    if p[0] == "err" and j[0] == "err":
        if p[1] == j[1]:
            return ("match", "") if p[2] == j[2] else ("msg", f"{p[1]}")
        if j[2].startswith("py2cs:"):
            return "limit", j[1]
        return "mismatch", f"class {p[1]}/{j[1]}"
    if j[0] == "err" and j[2].startswith("py2cs:"):
        return "limit", j[1]
    if p[0] == "ok":
        return "mismatch", f"value/{j[1]}"
    return "mismatch", f"{p[1]}/value"


def cpython_rejects(src: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "fuzzprog.py", "exec")
    except (SyntaxError, ValueError):
        return True
    except (RecursionError, MemoryError):
        return False
    return False


def check_program(src: str, args, node: "NodeEngine | None" = None) -> Result:
    args = json_args(args)
    if cpython_rejects(src):
        # CPython rejects the source: py2cs must refuse it too, never emit JS for it
        try:
            js = transpile(src)
        except py2cs.TranspileError as e:
            return Result("rejected", str(e))
        return Result("mismatch", "accepted a program CPython rejects", js_source=js)
    p = run_py(src, args)
    if p is None:
        return Result("skipped")
    try:
        js = transpile(src)
    except py2cs.TranspileError as e:
        return Result("refused", str(e), p)
    variants = [False, True] if any(a is None for a in args) else [False]
    worst = Result("match", "", p)
    runs = [(undef, "") for undef in variants]
    if node is not None:
        runs += [(undef, " [V8]") for undef in variants]
    for undef, engine in runs:
        j = node.run(js, args, undef) if engine else run_js(js, args, undef)
        kind, detail = classify(p, j)
        if engine and kind == "mismatch" and detail == "value" and ulp_close(p[1], j[1]):
            kind, detail = "ulp", "float last digits (V8 libm)"
        if undef:
            detail += " (None as undefined)"
        detail += engine
        rank = {"match": 0, "ulp": 1, "msg": 1, "limit": 2, "mismatch": 3}
        if rank[kind] > rank[worst.kind]:
            worst = Result(kind, detail, p, j, js)
    return worst


# ---------------------------------------------------------------- minimization

def _same_failure(src: str, args, kind: str, detail: str, node=None) -> bool:
    try:
        r = check_program(src, args, node)
    except Exception:  # noqa: BLE001 - a crash while minimizing: not the same failure
        return False
    return r.kind == kind and r.detail == detail


def _stmt_lists(tree):
    """Every statement list (body/orelse/finalbody/handlers' bodies) inside the function, outermost first."""
    out = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            lst = getattr(node, field, None)
            if isinstance(lst, list) and lst and isinstance(lst[0], ast.stmt):
                out.append(lst)
    return out


def minimize(src: str, args, kind: str, detail: str, budget: int = 300, node=None) -> str:
    """Delete statements (and simplify the return) while the same failure persists."""
    tries = 0
    progress = True
    while progress and tries < budget:
        progress = False
        tree = ast.parse(src)
        lists = _stmt_lists(tree)
        for li, lst in enumerate(lists):
            for si in range(len(lst) - 1, -1, -1):
                if tries >= budget:
                    break
                t2 = ast.parse(src)
                l2 = _stmt_lists(t2)[li]
                if si >= len(l2):
                    continue
                removed = l2.pop(si)
                if not l2:
                    if isinstance(removed, ast.Return) or lst is tree.body:
                        continue
                    l2.append(ast.Pass())
                # also try replacing compound statements by their body
                try:
                    cand = ast.unparse(t2) + "\n"
                except Exception:  # noqa: BLE001
                    continue
                tries += 1
                if _same_failure(cand, args, kind, detail, node):
                    src, progress = cand, True
                    break
            if progress:
                break
        if progress:
            continue
        # simplify the returned list: keep one element at a time
        tree = ast.parse(src)
        func = next(n for n in tree.body if isinstance(n, ast.FunctionDef))
        ret = func.body[-1]
        if isinstance(ret, ast.Return) and isinstance(ret.value, ast.List) and len(ret.value.elts) > 1:
            for k in range(len(ret.value.elts)):
                t2 = ast.parse(src)
                f2 = next(n for n in t2.body if isinstance(n, ast.FunctionDef))
                f2.body[-1].value.elts = [f2.body[-1].value.elts[k]]
                cand = ast.unparse(t2) + "\n"
                tries += 1
                if _same_failure(cand, args, kind, detail, node):
                    src, progress = cand, True
                    break
    # drop unused parameters' values? keep the signature: the args are part of the repro
    return src
