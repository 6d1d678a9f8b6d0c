"""Hash of the generated JS of every function py2cs has test programs for, to prove a change to the
transpiler left the generated output byte-identical (for speed work on the compiler itself).

    python3 benchmarks/output_hashes.py --write before.json     # record
    python3 benchmarks/output_hashes.py --compare before.json   # after a change: lists what differs

Covers every ``@cases`` function of tests/programs/*.py (``py2cs.transpile``), every clientside callback of
the apps in tests/fixtures/*/app.py and examples/*/app.py (each alone, and each app's namespace modules as the
build renders them) and benchmarks/corpus.py. A refusal is hashed as its error text, so messages are covered
too. Run it from the repository root (the py2cs of the current directory is the one imported).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import json
import os
import pathlib
import sys
import contextlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
for p in (str(ROOT / "tests"), str(ROOT / "benchmarks"), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import py2cs  # noqa: E402
from py2cs import build, compiler  # noqa: E402
from py2cs.errors import TranspileError  # noqa: E402


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _transpile(func, **options) -> str:
    try:
        return py2cs.transpile(func, **options)
    except TranspileError as e:
        return "ERROR " + str(e)


def collect() -> dict:
    out: dict = {}
    assert pathlib.Path(py2cs.__file__).resolve().parent == ROOT / "py2cs", py2cs.__file__
    for path in sorted((ROOT / "tests" / "programs").glob("p_*.py")):
        mod = importlib.import_module(f"programs.{path.stem}")
        for name, obj in vars(mod).items():
            if callable(obj) and hasattr(obj, "cases") and getattr(obj, "__module__", "") == mod.__name__:
                out[f"programs/{path.stem}.{name}"] = _h(_transpile(obj))
    import corpus
    for func in corpus.CALLBACKS:
        out[f"corpus.{func.__name__}"] = _h(_transpile(func))
    apps = sorted((ROOT / "tests" / "fixtures").glob("*/app.py")) + sorted((ROOT / "examples").glob("*/app.py"))
    for app in apps:
        rel = app.relative_to(ROOT).as_posix()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                _module, entries, errors = build.load_app(str(app))
            except Exception as e:  # noqa: BLE001 - recorded as such
                out[rel] = _h("LOAD ERROR " + str(e))
                continue
        if errors:
            out[rel + " errors"] = _h("\n".join(map(str, errors)))
        for e in entries:
            cb = compiler.callback_for(e.func, e.options, e.function_name)
            try:
                unit = compiler.compile_unit([cb])
                text = compiler.render("function.js.j2", body=unit.indented(), name=cb.jsname)
            except TranspileError as err:
                text = "ERROR " + str(err)
            out[f"{rel}:{e.namespace}.{e.function_name}"] = _h(text)
        try:
            for name, text in build.render_modules(entries).items():
                out[f"{rel} module {name}"] = _h(text)
        except Exception as err:  # noqa: BLE001
            out[f"{rel} modules"] = _h("ERROR " + str(err))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write")
    g.add_argument("--compare")
    a = ap.parse_args(argv)
    hashes = collect()
    if a.write:
        pathlib.Path(a.write).write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
        print(f"{len(hashes)} hashes written to {a.write}")
        return 0
    old = json.loads(pathlib.Path(a.compare).read_text())
    bad = sorted(k for k in old.keys() | hashes.keys() if old.get(k) != hashes.get(k))
    for k in bad:
        print("DIFFERS:", k, old.get(k), hashes.get(k))
    print(f"{len(hashes)} hashes, {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
