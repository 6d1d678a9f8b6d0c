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
    from py2cs import runtime
    ctx = quickjs.Context()
    ctx.set_time_limit(120)
    with open(os.path.join(HERE, "handwritten", "corpus.js"), encoding="utf-8") as fh:
        ctx.eval(fh.read())
    ctx.eval(f"var generated = {py2cs.transpile(func)};")
    ctx.eval(TIMER_JS)
    args = [list(a) for a in corpus.INPUTS[func.__name__]]
    ctx.eval(f"var args = JSON.parse({json.dumps(json.dumps(args))});")
    ctx.eval(f"var hand = handwritten[{json.dumps(func.__name__)}];")
    # what the generated function does first: each argument converted to a Python value (a JSON object
    # becomes a Map, arrays are copied), timed on its own to show its share of the generated time
    ctx.eval("var __to_py = (function () {\n" + runtime.bundle(["py_from_js"]) + "\nreturn py_from_js;\n})();"
             "")
    params = [f"a{i}" for i in range(func.__code__.co_argcount)]
    ctx.eval(f"function convert({', '.join(params)}) {{ {' '.join(f'{p} = __to_py({p});' for p in params)} }}")
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
    iters = {fn: calibrate(ctx, fn, min_ms) for fn in ("generated", "hand", "convert")}
    per_call = {"generated": [], "hand": [], "convert": []}
    ratios, others = [], []
    for r in range(rounds):
        order = ("generated", "hand", "convert") if r % 2 == 0 else ("convert", "hand", "generated")
        got = {}
        for fn in order:
            ms = _time_ms(ctx, fn, iters[fn])
            got[fn] = ms * 1e3 / iters[fn]                 # microseconds per call
            per_call[fn].append(got[fn])
        ratios.append(got["generated"] / got["hand"])
        others.append((got["generated"] - got["convert"]) / got["hand"])
    g = statistics.median(per_call["generated"])
    h = statistics.median(per_call["hand"])
    # the ratio is the median of per-round ratios (adjacent measurements), robust to load changes
    return {"callback": func.__name__, "generated_us": round(g, 3), "handwritten_us": round(h, 3),
            "ratio": round(statistics.median(ratios), 3), "iterations": iters, "rounds": rounds,
            "input_conversion_us": round(statistics.median(per_call["convert"]), 3),
            "ratio_without_conversion": round(statistics.median(others), 3)}


def run(rounds: int = 15, min_ms: float = 25, names=None) -> dict:
    rows = [measure(f, rounds, min_ms) for f in corpus.CALLBACKS if not names or f.__name__ in names]
    geo = math.exp(sum(math.log(r["ratio"]) for r in rows) / len(rows))
    geo_wo = math.exp(sum(math.log(r["ratio_without_conversion"]) for r in rows) / len(rows))
    return {"callbacks": rows, "geomean_ratio": round(geo, 3), "max_ratio": max(r["ratio"] for r in rows),
            "geomean_ratio_without_conversion": round(geo_wo, 3),
            "engine": "QuickJS (python quickjs module)", "clock": "process CPU time",
            "targets": {"geomean_ratio": 1.5, "max_ratio": 3.0}}


V8_TIMER_JS = r"""
(function (rounds, minMs) {
  function loop(f, args, n) { for (var i = 0; i < n; i++) f.apply(null, args[i % args.length]); }
  function time(f, args, n) { var t = performance.now(); loop(f, args, n); return performance.now() - t; }
  var out = {};
  for (var name in window.__bench) {
    var b = window.__bench[name], iters = {};
    ['generated', 'hand'].forEach(function (k) {
      var n = 16;
      while (time(b[k], b.args, n) < minMs && n < (1 << 24)) n *= 2;
      iters[k] = n;
    });
    var ratios = [], gs = [], hs = [];
    for (var r = 0; r < rounds; r++) {
      var g = time(b.generated, b.args, iters.generated) * 1000 / iters.generated;
      var h = time(b.hand, b.args, iters.hand) * 1000 / iters.hand;
      gs.push(g); hs.push(h); ratios.push(g / h);
    }
    var med = function (a) { a = a.slice().sort(function (x, y) { return x - y; }); return a[a.length >> 1]; };
    out[name] = {generated_us: med(gs), handwritten_us: med(hs), ratio: med(ratios)};
  }
  return out;
})
"""


def run_v8(rounds: int = 9, min_ms: float = 20, names=None) -> dict:
    """The same comparison in headless Chromium (V8, with its JIT), when Playwright and Chromium exist."""
    import py2cs
    from playwright.sync_api import sync_playwright
    funcs = [f for f in corpus.CALLBACKS if not names or f.__name__ in names]
    with open(os.path.join(HERE, "handwritten", "corpus.js"), encoding="utf-8") as fh:
        hand = fh.read()
    parts = [hand, "window.__bench = {};"]
    for f in funcs:
        args = [list(a) for a in corpus.INPUTS[f.__name__]]
        parts.append(f"window.__bench[{json.dumps(f.__name__)}] = {{generated: {py2cs.transpile(f)}, "
                     f"hand: handwritten[{json.dumps(f.__name__)}], args: JSON.parse({json.dumps(json.dumps(args))})}};")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = b.new_page()
        page.set_content("<html><body></body></html>")
        page.add_script_tag(content="\n".join(parts))
        for f in funcs:                  # same JSON results first
            got = page.evaluate(f"(n) => [window.__bench[n].generated, window.__bench[n].hand].map("
                                f"fn => JSON.stringify(window.__bench[n].args.map(a => fn.apply(null, a))))", f.__name__)
            if json.loads(got[0]) != json.loads(got[1]):
                raise AssertionError(f"{f.__name__}: py2cs and hand-written results differ in Chromium")
        res = page.evaluate(V8_TIMER_JS + f"({rounds}, {min_ms})")
        version = b.version
        b.close()
    rows = [{"callback": f.__name__, **{k: round(v, 3) for k, v in res[f.__name__].items()}} for f in funcs]
    geo = math.exp(sum(math.log(r["ratio"]) for r in rows) / len(rows))
    return {"callbacks": rows, "geomean_ratio": round(geo, 3), "max_ratio": max(r["ratio"] for r in rows),
            "engine": f"V8 (headless Chromium {version})", "clock": "performance.now()"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--min-ms", type=float, default=25)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--v8", action="store_true", help="also run the comparison in headless Chromium")
    args = ap.parse_args()
    out = run(args.rounds, args.min_ms, args.names)
    if args.v8:
        out["v8"] = run_v8(args.rounds, 20, args.names)
        for r in out["v8"]["callbacks"]:
            print(f"V8 {r['callback']:13s} py2cs {r['generated_us']:9.2f} us   hand {r['handwritten_us']:9.2f} us   "
                  f"ratio {r['ratio']:.2f}")
        print(f"V8 geometric mean ratio {out['v8']['geomean_ratio']:.2f}, max {out['v8']['max_ratio']:.2f}")
    for r in out["callbacks"]:
        print(f"{r['callback']:16s} py2cs {r['generated_us']:9.2f} us   hand {r['handwritten_us']:9.2f} us   "
              f"ratio {r['ratio']:.2f}   (input conversion {r['input_conversion_us']:.2f} us; ratio without "
              f"{r['ratio_without_conversion']:.2f})")
    print(f"geometric mean ratio {out['geomean_ratio']:.2f}, max {out['max_ratio']:.2f} "
          f"(without input conversion {out['geomean_ratio_without_conversion']:.2f})")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "exec.json"), "w") as fh:
        json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
