"""A/B of generated JS speed in QuickJS: the corpus callbacks as another checkout of py2cs transpiles them
(``--base``, e.g. a worktree of main) against this checkout, and the hand-written versions, in one QuickJS
context per callback, timed in alternating rounds (process CPU time, as bench_exec.py). Each side ships its
own runtime helpers (transpile() bundles them), so runtime changes are compared too.

    python3 benchmarks/ab_exec.py --base /work/main [NAME ...]

Prints per callback: median us/call of base, this checkout and hand-written, both ratios to hand-written and
the change. Both sides must return the same JSON on the corpus inputs.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import corpus  # noqa: E402


def transpiled(root: str, name: str) -> str:
    """The callback as the py2cs of checkout ``root`` transpiles it (a separate process: its own modules)."""
    code = (f"import sys; sys.path.insert(0, {root!r}); sys.path.insert(1, {os.path.join(root, 'benchmarks')!r}); "
            f"import corpus, py2cs; print(py2cs.transpile(corpus.{name}))")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def compare(base: str, name: str, rounds: int, min_ms: float) -> dict:
    import quickjs
    ctx = quickjs.Context()
    ctx.set_time_limit(300)
    with open(os.path.join(HERE, "handwritten", "corpus.js"), encoding="utf-8") as fh:
        ctx.eval(fh.read())
    ctx.eval("var A = " + transpiled(base, name) + ";")
    ctx.eval("var B = " + transpiled(ROOT, name) + ";")
    ctx.eval(f"var H = handwritten[{json.dumps(name)}];")
    args = [list(a) for a in corpus.INPUTS[name]]
    ctx.eval(f"var args = JSON.parse({json.dumps(json.dumps(args))});")
    ctx.eval("function __loop(f, n) { for (var i = 0; i < n; i++) f.apply(null, args[i % args.length]); }"
             "function __json(f) { return JSON.stringify(args.map(function (a) { return f.apply(null, a); })); }")
    if ctx.eval("__json(A)") != ctx.eval("__json(B)"):
        raise AssertionError(f"{name}: the two checkouts return different results")
    n = 16
    while True:
        t = time.process_time()
        ctx.eval(f"__loop(A, {n})")
        if (time.process_time() - t) * 1e3 >= min_ms or n >= 1 << 22:
            break
        n *= 2
    got = {"A": [], "B": [], "H": []}
    for r in range(rounds):
        for k in (("A", "B", "H") if r % 2 == 0 else ("B", "A", "H")):
            t = time.process_time()
            ctx.eval(f"__loop({k}, {n})")
            got[k].append((time.process_time() - t) * 1e6 / n)
    a, b, h = (statistics.median(got[k]) for k in "ABH")
    return {"callback": name, "base_us": round(a, 3), "new_us": round(b, 3), "hand_us": round(h, 3),
            "base_ratio": round(a / h, 3), "new_ratio": round(b / h, 3), "change": round(b / a - 1, 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="root of the other py2cs checkout (e.g. a worktree of main)")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--min-ms", type=float, default=20)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    for f in corpus.CALLBACKS:
        if a.names and f.__name__ not in a.names:
            continue
        r = compare(os.path.abspath(a.base), f.__name__, a.rounds, a.min_ms)
        print(f"{r['callback']:15s} base {r['base_us']:9.2f} us  new {r['new_us']:9.2f} us  hand {r['hand_us']:9.2f} us"
              f"   ratio {r['base_ratio']:.2f} -> {r['new_ratio']:.2f}  ({r['change'] * 100:+.1f}%)", flush=True)


if __name__ == "__main__":
    main()
