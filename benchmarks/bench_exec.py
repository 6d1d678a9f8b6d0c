"""Execution speed of py2cs-generated JS vs hand-written idiomatic JS, in QuickJS.

For every corpus callback (benchmarks/corpus.py) the benchmark loads the transpiled function and the
hand-written one (benchmarks/handwritten/corpus.js) into one QuickJS context, checks that both return
the same JSON as CPython on the corpus inputs (passed as parsed JSON, as Dash passes them), then times
many calls of each, alternating rounds, and reports the median per-call time and the ratio
generated/hand-written per callback plus the geometric mean.

    python benchmarks/bench_exec.py [--rounds 15] [--min-ms 25] [NAME ...]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import corpus  # noqa: E402

TIMER_JS = r"""
function __loop(f, args, iters) {
  for (var i = 0; i < iters; i++) f.apply(null, args[i % args.length]);
  return iters;
}
function __json(f, args) { return JSON.stringify(args.map(function (a) { return f.apply(null, a); })); }
"""


def _norm(x):
    """JSON value with tuples as lists and numbers compared numerically (1 == 1.0)."""
    return json.loads(json.dumps(x))


def context_for(func):
    import quickjs

    import py2cs
    ctx = quickjs.Context()
    ctx.set_time_limit(120)
    with open(os.path.join(HERE, "handwritten", "corpus.js"), encoding="utf-8") as fh:
        ctx.eval(fh.read())
    ctx.eval(f"var generated = {py2cs.transpile(func)};")
    ctx.eval(TIMER_JS)
    args = [list(a) for a in corpus.INPUTS[func.__name__]]
    ctx.eval(f"var args = JSON.parse({json.dumps(json.dumps(args))});")
    ctx.eval(f"var hand = handwritten[{json.dumps(func.__name__)}];")
    return ctx


def check_same(ctx, func) -> None:
    expected = _norm([func(*json.loads(json.dumps(a))) for a in corpus.INPUTS[func.__name__]])
    gen = json.loads(ctx.eval("__json(generated, args)"))
    hand = json.loads(ctx.eval("__json(hand, args)"))
    if gen != expected:
        raise AssertionError(f"{func.__name__}: py2cs result differs from CPython:\n{gen}\n{expected}")
    if hand != expected:
        raise AssertionError(f"{func.__name__}: hand-written result differs from CPython:\n{hand}\n{expected}")


def _time_ms(ctx, fn: str, iters: int) -> float:
    """CPU milliseconds of ``iters`` calls (QuickJS runs in this thread; process CPU time is less
    disturbed by other processes on a shared machine than wall time)."""
    t = time.process_time()
    ctx.eval(f"__loop({fn}, args, {iters})")
    return (time.process_time() - t) * 1e3


def calibrate(ctx, fn: str, min_ms: float) -> int:
    iters = 16
    while True:
        ms = _time_ms(ctx, fn, iters)
        if ms >= min_ms or iters >= 1 << 22:
            return max(iters, int(iters * min_ms / max(ms, 1)))
        iters *= 4 if ms < min_ms / 8 else 2


def measure(func, rounds: int, min_ms: float) -> dict:
    ctx = context_for(func)
    check_same(ctx, func)
    iters = {fn: calibrate(ctx, fn, min_ms) for fn in ("generated", "hand")}
    per_call = {"generated": [], "hand": []}
    ratios = []
    for r in range(rounds):
        order = ("generated", "hand") if r % 2 == 0 else ("hand", "generated")
        got = {}
        for fn in order:
            ms = _time_ms(ctx, fn, iters[fn])
            got[fn] = ms * 1e3 / iters[fn]                 # microseconds per call
            per_call[fn].append(got[fn])
        ratios.append(got["generated"] / got["hand"])
    g = statistics.median(per_call["generated"])
    h = statistics.median(per_call["hand"])
    # the ratio is the median of per-round ratios (adjacent measurements), robust to load changes
    return {"callback": func.__name__, "generated_us": round(g, 3), "handwritten_us": round(h, 3),
            "ratio": round(statistics.median(ratios), 3), "iterations": iters, "rounds": rounds}


def run(rounds: int = 15, min_ms: float = 25, names=None) -> dict:
    rows = [measure(f, rounds, min_ms) for f in corpus.CALLBACKS if not names or f.__name__ in names]
    geo = math.exp(sum(math.log(r["ratio"]) for r in rows) / len(rows))
    return {"callbacks": rows, "geomean_ratio": round(geo, 3), "max_ratio": max(r["ratio"] for r in rows),
            "engine": "QuickJS (python quickjs module)", "clock": "process CPU time",
            "targets": {"geomean_ratio": 1.5, "max_ratio": 3.0}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--min-ms", type=float, default=25)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    out = run(args.rounds, args.min_ms, args.names)
    for r in out["callbacks"]:
        print(f"{r['callback']:16s} py2cs {r['generated_us']:9.2f} us   hand {r['handwritten_us']:9.2f} us   "
              f"ratio {r['ratio']:.2f}")
    print(f"geometric mean ratio {out['geomean_ratio']:.2f}, max {out['max_ratio']:.2f}")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "exec.json"), "w") as fh:
        json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
