"""Transpile time of a ~50-line callback, in process: py2cs vs PScript (when installed).

Usage: python benchmarks/bench_transpile.py [--runs N]. Prints medians; writes
benchmarks/results/transpile.json.
"""
import argparse
import inspect
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402

import py2cs  # noqa: E402


def median_time(fn, runs):
    fn()  # warm up (imports, runtime table, jinja templates)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    func = corpus.summarize
    lines = len(inspect.getsource(func).splitlines())
    out = {"callback": func.__name__, "source_lines": lines, "runs": args.runs}
    out["py2cs_ms"] = median_time(lambda: py2cs.transpile(func), args.runs) * 1e3
    try:
        import pscript
        src = inspect.getsource(func)
        out["pscript_ms"] = median_time(lambda: pscript.py2js(src), args.runs) * 1e3
        out["ratio_py2cs_over_pscript"] = out["py2cs_ms"] / out["pscript_ms"]
    except ImportError:
        out["pscript_ms"] = None
    print(f"{func.__name__} ({lines} lines), median of {args.runs} runs:")
    print(f"  py2cs.transpile : {out['py2cs_ms']:.2f} ms")
    if out["pscript_ms"] is not None:
        print(f"  pscript.py2js   : {out['pscript_ms']:.2f} ms  (py2cs/pscript = {out['ratio_py2cs_over_pscript']:.2f})")
    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    with open(os.path.join(os.path.dirname(__file__), "results", "transpile.json"), "w") as fh:
        json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
