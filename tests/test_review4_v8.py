"""tests/programs/p_review4.py in V8 too, the browser's engine (QuickJS is checked by tests/test_programs.py):
tuple/date keys, in-place operators, Counter arithmetic, urllib.parse, isocalendar, statistics and itertools
through the runtime helpers. geo_mean is left out: exp/log are the engine's (docs/subset.md, Known limits).
Skipped without node."""
import importlib
import json
import shutil
import subprocess

import pytest

import py2cs
from difftest import _HARNESS, _jsonable, browser_json, py_run, same_outcome
from py2cs import runtime

V8_DIFFERS = {"geo_mean"}


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_review4_programs_in_v8(tmp_path):
    mod = importlib.import_module("programs.p_review4")
    funcs = [o for n, o in vars(mod).items() if callable(o) and hasattr(o, "cases")
             and getattr(o, "__module__", "") == mod.__name__ and n not in V8_DIFFERS]
    assert len(funcs) >= 40
    parts = [runtime.bundle(["py_exc_type", "py_exc_str"]), _HARNESS, "var __out = [];"]
    expected = []
    for i, func in enumerate(funcs):
        parts.append(f"var __f{i} = {py2cs.transpile(func)};")
        for args in func.cases:
            args = tuple(browser_json(_jsonable(list(args))))
            for undef in ([False, True] if any(a is None for a in args) else [False]):
                mask = [undef and a is None for a in args]
                parts.append(f"__out.push(__run(__f{i}, {json.dumps(json.dumps(list(args)))}, {json.dumps(mask)}));")
                expected.append((func.__name__, args, undef, py_run(func, args)))
    parts.append("console.log(JSON.stringify(__out));")
    script = tmp_path / "review4_v8.js"
    script.write_text("\n".join(parts), encoding="utf-8")
    proc = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout)
    assert len(got) == len(expected)
    failures = []
    for (name, args, undef, p), raw in zip(expected, got):
        out = json.loads(raw)
        j = ("err", out["err"][0], out["err"][1]) if "err" in out else ("ok", json.loads(out["ok"]))
        if not same_outcome(p, j):
            failures.append(f"{name}{args!r}{' (undefined)' if undef else ''}: python {p!r}, v8 {j!r}")
    assert not failures, "\n".join(failures)
