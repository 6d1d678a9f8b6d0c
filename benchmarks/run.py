"""Run every py2cs benchmark, print one table, save JSON (issue #6). From the repository root:

    python3 -m benchmarks                 # everything (about 2-4 minutes)
    python3 -m benchmarks --quick         # fewer runs
    python3 -m benchmarks --skip latency --skip build
    python3 -m benchmarks --publish       # also update the committed benchmarks/RESULTS.md

PScript (``pip install -e ".[bench]"``) adds the transpile comparison; Chromium (Playwright) the latency
section and the V8 columns of the exec section; benchmarks/bench_check.py the check throughput;
benchmarks/ab_exec.py --base OTHER_CHECKOUT compares the exec section of two checkouts (a change's effect).

Sections: transpile (in process, vs PScript when installed), build (whole ``py2cs build`` process of a
20-callback app, bytes shipped per example app), exec (generated vs hand-written JS in QuickJS),
check (equivalence-check throughput and QuickJS context cost), latency (click-to-DOM in headless
Chromium, py2cs vs a server callback). Results: benchmarks/results/all.json (+ one file per section);
the table printed is also written to benchmarks/results/RESULTS.md.
"""
from __future__ import annotations

import argparse
import datetime
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "results")
for p in (HERE, ROOT):
    if p not in sys.path:
        sys.path.insert(0, p)

import corpus  # noqa: E402

SECTIONS = ("transpile", "build", "exec", "check", "latency")


def _median_time(fn, runs: int) -> float:
    """Median CPU time of this process per call (process_time: less disturbed than wall time by the
    other processes of a shared machine; both sides of every ratio are measured the same way)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


# ------------------------------------------------------------------ 1. transpile time

def bench_transpile(runs: int) -> dict:
    import py2cs
    from py2cs import capture
    try:
        import pscript
    except ImportError:
        pscript = None
    rows = []
    for func in corpus.CALLBACKS:
        src = inspect.getsource(func)
        def cold():
            capture.clear_caches()        # per-function caches: the source lines of the function
            py2cs.transpile(func)
        row = {"callback": func.__name__, "lines": len(src.splitlines()),
               "py2cs_ms": round(_median_time(lambda: py2cs.transpile(func), runs) * 1e3, 3),
               "py2cs_cold_ms": round(_median_time(cold, runs) * 1e3, 3)}
        if pscript is not None:
            try:
                row["pscript_ms"] = round(_median_time(lambda: pscript.py2js(src), runs) * 1e3, 3)
                row["ratio"] = round(row["py2cs_ms"] / row["pscript_ms"], 3)
            except Exception as e:  # noqa: BLE001 - PScript does not support every construct
                row["pscript_error"] = str(e).splitlines()[-1][:80]
        rows.append(row)
    main = rows[0]
    phases = transpile_phases(corpus.CALLBACKS[0], runs)
    return {"runs": runs, "callbacks": rows, "pscript": getattr(pscript, "__version__", None), "phases": phases,
            "main_callback": main["callback"], "main_ratio": main.get("ratio"), "target_ratio": 0.5,
            "total_py2cs_ms": round(sum(r["py2cs_ms"] for r in rows), 3),
            "total_py2cs_ms_both": round(sum(r["py2cs_ms"] for r in rows if "ratio" in r), 3),
            "total_pscript_ms": round(sum(r["pscript_ms"] for r in rows if "ratio" in r), 3) if pscript else None}


def transpile_phases(func, runs: int) -> dict:
    """Where one transpile's time goes: the pipeline's stages, timed by wrapping the functions
    py2cs.compiler calls (restored afterwards), plus ``ast.parse`` of the source alone (what any
    Python-to-JS translator pays first). Medians of ``runs`` transpiles, milliseconds."""
    import ast
    from py2cs import compiler, emit
    stages = [(compiler, "capture_function", "capture: source, ast.parse, name resolution"),
              (compiler, "check", "check: the subset's structural rules"),
              (compiler, "lower_function", "lower: types and JS tree"),
              (emit, "emit_lines", "emit: JS text"),
              (compiler, "render", "render: runtime helpers + template")]
    spent: dict = {}
    originals = [(mod, name, getattr(mod, name)) for mod, name, _ in stages]

    def timed(fn, label):
        def wrapper(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t
        return wrapper

    samples: dict = {label: [] for _, _, label in stages}
    samples["other (runtime closure, glue)"] = []
    try:
        for (mod, name, label), (_, _, fn) in zip(stages, originals):
            setattr(mod, name, timed(fn, label))
        import py2cs
        py2cs.transpile(func)
        for _ in range(runs):
            spent.clear()
            t = time.process_time()
            py2cs.transpile(func)
            total = time.process_time() - t
            for _, _, label in stages:
                samples[label].append(spent.get(label, 0.0))
            samples["other (runtime closure, glue)"].append(total - sum(spent.values()))
    finally:
        for mod, name, fn in originals:
            setattr(mod, name, fn)
    src = inspect.getsource(func)
    out = {label: round(statistics.median(v) * 1e3, 3) for label, v in samples.items()}
    out["ast.parse of the source alone (inside capture)"] = round(_median_time(lambda: ast.parse(src), runs) * 1e3, 3)
    return out


# ------------------------------------------------------------------ 4. equivalence checks

def bench_check(quick: bool) -> dict:
    import quickjs

    from py2cs import runtime
    out: dict = {}
    full = runtime.bundle(runtime.units().keys())
    import py2cs
    one = py2cs.transpile(corpus.summarize)

    def ctx_with(src):
        c = quickjs.Context()
        c.eval(src)
        return c

    n = 20 if quick else 60
    out["quickjs_context_empty_ms"] = round(_median_time(quickjs.Context, n) * 1e3, 3)
    out["quickjs_context_full_runtime_ms"] = round(_median_time(lambda: ctx_with(full), n) * 1e3, 3)
    out["quickjs_context_one_callback_ms"] = round(_median_time(lambda: ctx_with("var f = " + one), n) * 1e3, 3)
    out["full_runtime_bytes"] = len(full.encode())
    path = os.path.join(HERE, "bench_check.py")
    if not os.path.isfile(path):
        out["throughput"] = "pending (benchmarks/bench_check.py, py2cs check, not present yet)"
        return out
    try:
        res = subprocess.run([sys.executable, path] + (["--quick"] if quick else []), cwd=ROOT,
                             capture_output=True, text=True, timeout=900)
        out["bench_check_stdout"] = res.stdout[-3000:]
        if res.returncode != 0:
            out["throughput"] = f"bench_check.py failed (exit {res.returncode}): {res.stderr[-500:]}"
        for name in ("bench_check.json",):
            p = os.path.join(RESULTS, name)
            if os.path.isfile(p) and os.path.getmtime(p) >= time.time() - 1000:
                with open(p) as fh:
                    out["throughput"] = json.load(fh)
                break
    except Exception as e:  # noqa: BLE001
        out["throughput"] = f"bench_check.py failed: {e}"
    return out


# ------------------------------------------------------------------ 5. latency

def bench_latency(clicks: int) -> dict:
    path = os.path.join(RESULTS, "latency.json")
    res = subprocess.run([sys.executable, os.path.join(HERE, "bench_latency.py"), "--clicks", str(clicks)],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    if res.returncode != 0:
        return {"error": res.stderr[-1500:]}
    with open(path) as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.endswith("_samples_ms")}


# ------------------------------------------------------------------ table

def _fmt(x, spec=".2f"):
    return "n/a" if x is None else format(x, spec)


def _ok(cond):
    return "n/a" if cond is None else ("met" if cond else "NOT met")


def table(res: dict) -> str:
    L = []
    add = L.append
    m = res.get("machine", {})
    add(f"py2cs benchmarks — {res.get('date', '')} — Python {m.get('python')}, {m.get('cpus')} CPUs"
        f" (shared; medians of many runs)")
    add("")
    add("| # | measure | result | target | |")
    add("|---|---|---|---|---|")
    t, b, e, c, lat = (res.get(k) for k in ("transpile", "build", "exec", "check", "latency"))
    if t:
        main_row = t["callbacks"][0]
        add(f"| 1 | transpile {main_row['callback']} ({main_row['lines']} lines), in process | "
            f"{main_row['py2cs_ms']:.2f} ms vs PScript {_fmt(main_row.get('pscript_ms'))} ms = "
            f"{_fmt(t.get('main_ratio'))}× | ≤ 0.5× | {_ok(t['main_ratio'] <= 0.5 if t.get('main_ratio') else None)} |")
    if b:
        w = b["whole_process"]
        add(f"| 1 | `py2cs build`, {w['callbacks']} callbacks, whole process | {w['build_s']:.2f} s "
            f"(`import dash` {w['import_dash_s']:.2f} s) | < 0.5 s | {_ok(w['build_s'] < 0.5)} |")
    if e:
        add(f"| 2 | generated vs hand-written JS, QuickJS | geometric mean {e['geomean_ratio']:.2f}×, "
            f"max {e['max_ratio']:.2f}× | ≤ 1.5×, none > 3× | "
            f"{_ok(e['geomean_ratio'] <= 1.5 and e['max_ratio'] <= 3)} |")
    if b and b["bytes"].get("typical_raw") is not None:
        sb = b["bytes"]
        ta = sb["apps"][sb["typical_app"]]
        add(f"| 3 | bytes, 5-callback app ({sb['typical_app']}) | {sb['typical_raw']} B raw, {sb['typical_gzip']} B "
            f"gzip (generated code {ta.get('code_bytes', '?')} B) | < 6 KB raw | {_ok(sb['typical_raw'] < 6144)} |")
    if c:
        thr = c.get("throughput")
        if isinstance(thr, dict) and "harness_cases_per_s" in thr:
            add(f"| 4 | `py2cs check` throughput | {thr['harness_cases_per_s']} cases/s harness, "
                f"{thr.get('end_to_end_cases_per_s')} end to end; QuickJS context {c['quickjs_context_empty_ms']:.2f} ms "
                f"(+ runtime {c['quickjs_context_full_runtime_ms']:.1f} ms) | ≥ 1000 cases/s | "
                f"{_ok(thr.get('meets_target'))} |")
        else:
            add(f"| 4 | `py2cs check` throughput | {thr} | | |")
    if lat and "error" not in lat:
        add(f"| 5 | click-to-DOM, headless Chromium | {lat['clientside_median_ms']:.2f} ms vs server "
            f"{lat['server_median_ms']:.2f} ms ({lat['ratio_server_over_clientside']:.1f}× faster) | ratio | |")
    add("")
    t = res.get("transpile")
    if t:
        add("### 1. Transpile time (in process, median CPU time of %d runs)" % t["runs"])
        add("")
        add("`py2cs.transpile(func)` (source → checked, typed, lowered JS with its tree-shaken runtime) vs "
            "`pscript.py2js(source)`. *cold*: the function's source is read again (inspect) each time.")
        add("")
        add("| callback | lines | py2cs ms | py2cs cold ms | PScript ms | py2cs / PScript |")
        add("|---|---:|---:|---:|---:|---:|")
        for r in t["callbacks"]:
            add(f"| {r['callback']} | {r['lines']} | {r['py2cs_ms']:.2f} | {r['py2cs_cold_ms']:.2f} | "
                f"{_fmt(r.get('pscript_ms'))} | "
                f"{_fmt(r.get('ratio')) if 'pscript_error' not in r else 'PScript refuses'} |")
        add(f"| **all PScript can translate** | | {t['total_py2cs_ms_both']:.2f} | | {_fmt(t.get('total_pscript_ms'))} | "
            f"{_fmt(t['total_py2cs_ms_both'] / t['total_pscript_ms'] if t.get('total_pscript_ms') else None)} |")
        add("")
        add(f"Target: ≤ 0.5× PScript for the ~50-line callback ({t['main_callback']}): ratio "
            f"{_fmt(t.get('main_ratio'))} — {_ok(t['main_ratio'] <= 0.5 if t.get('main_ratio') else None)}.")
        add("")
        if t.get("phases"):
            add(f"Where {t['main_callback']}'s transpile time goes (medians of the stages, ms; the stages are "
                f"timed separately, so they need not add up to the median total):")
            add("")
            add("| stage | ms |")
            add("|---|---:|")
            for label, ms in t["phases"].items():
                add(f"| {label} | {ms:.3f} |")
            add("")
            main_row = t["callbacks"][0]
            if main_row.get("pscript_ms"):
                add(f"Half of PScript's time is {main_row['pscript_ms'] / 2:.2f} ms; `ast.parse` alone takes "
                    f"{t['phases']['ast.parse of the source alone (inside capture)']:.2f} ms of it, before any "
                    f"name resolution, typing or lowering.")
                add("")
    b = res.get("build")
    if b:
        w = b["whole_process"]
        add(f"### 1b. Whole-process `py2cs build` of a {w['callbacks']}-callback app (median of {w['runs']})")
        add("")
        add("With Python's bytecode cache on (the .pyc files an installed package has), after one warm-up build.")
        add("")
        add("| part | seconds |")
        add("|---|---:|")
        add(f"| total `python -m py2cs build` (wall, median) | {w['build_s']:.3f} |")
        add(f"| Python start-up (`python -c pass`) | {w['python_startup_s']:.3f} |")
        add(f"| `import dash` (without its Jupyter/IPython hook, as the build imports it) | {w['import_dash_s']:.3f} |")
        add(f"| `import py2cs` (+ build, cli; before Dash) | {w['import_py2cs_s']:.3f} |")
        add(f"| importing the app: Dash layout + the decorator transpiles each callback | "
            f"{w['import_app_incl_decorator_transpile_s']:.3f} |")
        add(f"| rendering the namespace module (one unit of {w['callbacks']} callbacks) | {w['render_modules_s']:.3f} |")
        add(f"| writing | {w['write_s']:.3f} |")
        if "interpreter_exit_after_dash_s" in w:
            add(f"| (not part of the build: interpreter shutdown with Dash loaded, which the CLI skips with "
                f"`os._exit` after writing) | {w['interpreter_exit_after_dash_s']:.3f} |")
        add("")
        add(f"Target: < 0.5 s — {_ok(w['build_s'] < 0.5)}. Without Python start-up and `import dash` "
            f"(which the app itself needs) the build takes {w['build_minus_startup_and_dash_s']:.3f} s — "
            f"{_ok(w['build_minus_startup_and_dash_s'] < 0.5)}.")
        add("")
        s = b["bytes"]
        add("### 3. Bytes shipped (generated module + tree-shaken runtime, fresh build)")
        add("")
        add("| example app | callbacks | raw bytes | gzip -9 bytes | generated code | runtime helpers |")
        add("|---|---:|---:|---:|---:|---:|")
        for name, a in s["apps"].items():
            add(f"| {name} | {a['callbacks']} | {a['raw']} | {a['gzip']} | {a.get('code_bytes', 'n/a')} | "
                f"{a.get('runtime_bytes', 'n/a')} ({a.get('helpers', '?')}) |")
        add("")
        t_app = s["apps"].get(s.get("typical_app") or "", {})
        if "py_err_closure_bytes" in t_app:
            add(f"Where the bytes go: every helper that can raise pulls in `py_err` and with it exact `repr()` "
                f"(float shortest-repr, string escaping tables): {t_app['py_err_closure_bytes']} B on its own. "
                f"Largest helpers in {s['typical_app']}: "
                + ", ".join(f"{n} {b} B" for n, b in t_app.get("largest_helpers", [])[:6]) + ".")
            add("")
        if s.get("typical_raw") is not None:
            add(f"Target: < 6 KB raw for a typical 5-callback app ({s['typical_app']}): {s['typical_raw']} B raw, "
                f"{s['typical_gzip']} B gzipped — {_ok(s['typical_raw'] < 6144)}. Reference: {s['reference']}.")
            add("")
    e = res.get("exec")
    if e:
        add("### 2. Execution speed in QuickJS: generated vs hand-written JS (same inputs, same JSON result)")
        add("")
        v8 = e.get("v8") if isinstance(e.get("v8"), dict) and "callbacks" in e.get("v8", {}) else None
        v8rows = {r["callback"]: r for r in v8["callbacks"]} if v8 else {}
        add("| callback | py2cs µs/call | of which input conversion µs | hand-written µs/call | ratio | "
            "ratio without input conversion | V8: py2cs µs | V8: hand µs | V8 ratio |")
        add("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in e["callbacks"]:
            w = v8rows.get(r["callback"])
            extra = f"{w['generated_us']:.2f} | {w['handwritten_us']:.2f} | {w['ratio']:.2f}" if w else "n/a | n/a | n/a"
            add(f"| {r['callback']} | {r['generated_us']:.2f} | {r['input_conversion_us']:.2f} | "
                f"{r['handwritten_us']:.2f} | {r['ratio']:.2f} | {r['ratio_without_conversion']:.2f} | {extra} |")
        add(f"| **geometric mean** | | | | **{e['geomean_ratio']:.2f}** | {e['geomean_ratio_without_conversion']:.2f} | "
            f"| | **{v8['geomean_ratio']:.2f}** |" if v8 else
            f"| **geometric mean** | | | | **{e['geomean_ratio']:.2f}** | {e['geomean_ratio_without_conversion']:.2f} | | | |")
        add("")
        add("*Input conversion*: the generated function first turns its arguments into Python values (each JSON "
            "object into a `Map`, the only JS structure with Python's dict semantics: keys of any type, insertion "
            "order for keys like \"1\", no inherited keys); the hand-written code reads the parsed JSON in place. "
            "Measured on its own in the same context (`py_from_js` of the same arguments).")
        add("")
        if v8:
            add(f"The targets are for QuickJS (no JIT), where every helper call and every `Map` costs; the V8 columns "
                f"run the same functions in {v8['engine']} for comparison (geometric mean {v8['geomean_ratio']:.2f}×, "
                f"max {v8['max_ratio']:.2f}×).")
            add("")
        add(f"Targets: geometric mean ≤ 1.5 — {_ok(e['geomean_ratio'] <= 1.5)}; no callback over 3× — "
            f"{_ok(e['max_ratio'] <= 3)} (max {e['max_ratio']:.2f}).")
        add("")
    c = res.get("check")
    if c:
        add("### 4. Equivalence checks")
        add("")
        add("| measure | value |")
        add("|---|---:|")
        add(f"| new QuickJS context | {c['quickjs_context_empty_ms']:.3f} ms |")
        add(f"| context + whole runtime ({c['full_runtime_bytes']} B) | {c['quickjs_context_full_runtime_ms']:.3f} ms |")
        add(f"| context + one transpiled callback (summarize) | {c['quickjs_context_one_callback_ms']:.3f} ms |")
        thr = c.get("throughput")
        if isinstance(thr, dict):
            labels = [("harness_cases_per_s", "`py2cs check` harness, cases/s (pre-generated inputs)", ""),
                      ("end_to_end_cases_per_s", "`py2cs check` end to end with hypothesis, cases/s", ""),
                      ("check_page_ms", "QuickJS check page (shim + app module + renderer)", " ms"),
                      ("js_call_us", "one JS call of the checked callback", " µs"),
                      ("python_call_us", "one Python call of the checked callback", " µs"),
                      ("check_examples_basics_s", "`py2cs check examples/basics/app.py` in process", " s"),
                      ("check_examples_basics_cases", "… cases checked", "")]
            for key, label, unit in labels:
                if key in thr:
                    add(f"| {label} | {thr[key]}{unit} |")
            for k, v in thr.items():
                if k not in {x[0] for x in labels} and isinstance(v, (int, float)) and not isinstance(v, bool):
                    add(f"| check: {k} | {v} |")
            if "target_cases_per_s" in thr:
                add("")
                add(f"Target (issue #4): ≥ {thr['target_cases_per_s']} cases/s — "
                    f"{_ok(thr.get('meets_target'))}. Figures from benchmarks/bench_check.py.")
        else:
            add(f"| check throughput (cases/s) | {thr} |")
        add("")
    lat = res.get("latency")
    if lat:
        add("### 5. Browser latency (headless Chromium, click to DOM update)")
        add("")
        if "error" in lat:
            add(f"failed: {lat['error'][-300:]}")
        else:
            add("| variant | median ms |")
            add("|---|---:|")
            add(f"| py2cs clientside callback | {lat['clientside_median_ms']:.2f} |")
            add(f"| Dash server callback (loopback) | {lat['server_median_ms']:.2f} |")
            add(f"| ratio server / clientside | {lat['ratio_server_over_clientside']:.1f}× |")
            add("")
            add(f"{lat['clicks']} clicks each after 3 warm-up clicks; {lat.get('note', '')}.")
        add("")
    return "\n".join(L)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer runs (noisier)")
    ap.add_argument("--skip", action="append", default=[], choices=SECTIONS, help="skip a section (repeatable)")
    ap.add_argument("--only", action="append", default=[], choices=SECTIONS, help="run only these sections")
    ap.add_argument("--publish", action="store_true",
                    help="also write the table to benchmarks/RESULTS.md (the committed copy)")
    args = ap.parse_args(argv)
    todo = [s for s in SECTIONS if s not in args.skip and (not args.only or s in args.only)]
    q = args.quick
    res: dict = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": {"python": platform.python_version(), "platform": platform.platform(),
                             "cpus": os.cpu_count(),
                             "load_avg": os.getloadavg() if hasattr(os, "getloadavg") else None}}
    os.makedirs(RESULTS, exist_ok=True)
    for section in todo:
        print(f"[benchmarks] {section} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        try:
            if section == "transpile":
                res[section] = bench_transpile(50 if q else 300)
            elif section == "build":
                import bench_build
                res[section] = {"whole_process": bench_build.whole_process(3 if q else 7),
                                "bytes": bench_build.bytes_shipped()}
            elif section == "exec":
                import bench_exec
                res[section] = bench_exec.run(5 if q else 21, 20 if q else 30)
                if "latency" in todo:       # the same comparison in V8 (needs Chromium, like latency)
                    try:
                        res[section]["v8"] = bench_exec.run_v8(5 if q else 9, 20)
                    except Exception as e:  # noqa: BLE001 - optional
                        res[section]["v8"] = {"error": str(e)[-300:]}
            elif section == "check":
                res[section] = bench_check(q)
            elif section == "latency":
                res[section] = bench_latency(15 if q else 40)
        except Exception:  # noqa: BLE001 - report and go on with the other sections
            res[section + "_error"] = traceback.format_exc()
            print(res[section + "_error"], file=sys.stderr)
        print(f"[benchmarks] {section}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
        with open(os.path.join(RESULTS, f"{section}.json"), "w") as fh:
            json.dump(res.get(section), fh, indent=2)
    text = table(res)
    print(text)
    with open(os.path.join(RESULTS, "all.json"), "w") as fh:
        json.dump(res, fh, indent=2)
    with open(os.path.join(RESULTS, "RESULTS.md"), "w") as fh:
        fh.write(text + "\n")
    if args.publish:
        with open(os.path.join(HERE, "RESULTS.md"), "w") as fh:
            fh.write("# py2cs benchmark results\n\nWritten by `python3 -m benchmarks --publish` (issue #6); "
                     "the JSON of the same run is in benchmarks/results/ (not committed). Times are medians; "
                     "the machine is shared, so absolute figures move by tens of percent between runs, ratios "
                     "(measured side by side) much less.\n\n" + text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
