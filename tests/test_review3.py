"""Review 3: differential programs in tests/programs/review3_*.py, run in CPython and, transpiled, in QuickJS
(check_function) and in V8 (node, the engine of Chromium; skipped without node): the engines differ in RegExp
Unicode support, Date and number formatting, so each program is checked in both."""
import copy
import importlib
import json
import pathlib
import shutil
import subprocess

import pytest

import py2cs
from difftest import _HARNESS, _jsonable, browser_json, check_function, py_run, same_outcome
from py2cs import runtime

PROGRAMS = pathlib.Path(__file__).parent / "programs"
NODE = shutil.which("node")


def _collect():
    out = []
    for path in sorted(PROGRAMS.glob("review3_*.py")):
        mod = importlib.import_module(f"programs.{path.stem}")
        for name, obj in vars(mod).items():
            if callable(obj) and hasattr(obj, "cases") and getattr(obj, "__module__", "") == mod.__name__:
                out.append(obj)
    return out


FUNCS = _collect()


@pytest.mark.parametrize("func", [pytest.param(f, id=f"{f.__module__}.{f.__name__}") for f in FUNCS])
def test_quickjs(func):
    check_function(func, func.cases)


def _v8_outcomes(funcs):
    """Every case of every function run in one node process: {(function index, case index, undef): outcome}."""
    parts = [runtime.bundle(["py_exc_type", "py_exc_str"]), _HARNESS, "var __out = [];"]
    keys = []
    for i, func in enumerate(funcs):
        parts.append(f"var __f{i} = {py2cs.transpile(func)};")
        for j, args in enumerate(func.cases):
            args = browser_json(_jsonable(list(args)))
            for undef in ([False, True] if any(a is None for a in args) else [False]):
                mask = [undef and a is None for a in args]
                parts.append(f"__out.push(__run(__f{i}, {json.dumps(json.dumps(args))}, {json.dumps(mask)}));")
                keys.append((i, j, undef))
    parts.append("console.log('__R3__' + JSON.stringify(__out));")      # (print() writes to stdout too)
    res = subprocess.run([NODE, "-"], input="\n".join(parts), capture_output=True, text=True, timeout=120,
                         encoding="utf-8")
    assert res.returncode == 0, res.stderr
    outs = {}
    line = [ln for ln in res.stdout.splitlines() if ln.startswith("__R3__")][-1]
    for key, text in zip(keys, json.loads(line[len("__R3__"):])):
        o = json.loads(text)
        outs[key] = ("err", o["err"][0], o["err"][1]) if "err" in o else \
            ("ok", "<undefined>") if o["ok"] == "__undefined__" else ("ok", json.loads(o["ok"]))
    return outs


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_v8():
    outs = _v8_outcomes(FUNCS)
    failures = []
    for (i, j, undef), j_out in outs.items():
        func = FUNCS[i]
        args = tuple(browser_json(_jsonable(list(func.cases[j]))))
        p = py_run(func, copy.deepcopy(args))
        if not same_outcome(p, j_out):
            failures.append(f"{func.__module__}.{func.__name__}{args!r}{' (None as undefined)' if undef else ''}:\n"
                            f"    python: {p!r}\n    v8:     {j_out!r}")
    assert not failures, "CPython and V8 differ:\n" + "\n".join(failures)


# ------------------------------------------------------------------ refusals (message, line, column)

REFUSED = [
    # CPython 3.11's search looks for a first character in the pattern's ASCII classes: re.search(r'(?u:\w)', 'é',
    # re.A) is None where re.match(...) finds 'é' (and findall/finditer/sub skip such characters)
    ("re_u_in_ascii", 'import re\n\n\ndef f(s):\n    return re.findall(r"(?u:\\w)+", s, re.A)\n', 5, 23,
     "regular expression: (?u:...) inside an ASCII pattern (re.ASCII or (?a)) is not supported", "drop re.ASCII"),
    # a Counter's missing method was reported as "'dict' object has no supported method 'subtract'"
    ("counter_subtract", "from collections import Counter\n\n\ndef f(xs):\n    c = Counter(xs)\n    c.subtract(xs)\n"
     "    return c\n", 6, 5, "'Counter' object has no supported method 'subtract'", "c[x] -= 1"),
    ("counter_elements", "from collections import Counter\n\n\ndef f(xs):\n    return sorted(Counter(xs).elements())\n",
     5, 19, "'Counter' object has no supported method 'elements'", "most_common"),
    ("re_u_in_inline_ascii", 'import re\n\n\ndef f(s):\n    return re.search(r"(?a)x(?u:\\s)", s)\n', 5, 22,
     "(?u:...) inside an ASCII pattern", "inconsistently"),
]


@pytest.mark.parametrize("name,src,line,col,message,hint", [pytest.param(*c, id=c[0]) for c in REFUSED])
def test_refused(tmp_path, name, src, line, col, message, hint):
    path = tmp_path / f"{name}.py"
    path.write_text(src, encoding="utf-8")
    with pytest.raises(py2cs.TranspileError) as info:
        py2cs.transpile_source(src, filename=str(path))
    err = info.value
    assert len(err.diagnostics) == 1, str(err)
    d = err.diagnostics[0]
    assert (d.line, d.col) == (line, col), str(err)
    assert message in d.message, str(err)
    assert hint in d.hint, str(err)
