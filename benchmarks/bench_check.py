"""Throughput of ``py2cs check`` (issue #4): cases per second and the cost of one QuickJS page.

A "typical 15-line callback" (string formatting, a comprehension, dict lookups, ctx.triggered_id, a
multi-output return with no_update) in a generated app, checked:

* harness: pre-generated cases through ``Checker.run_case`` (JS call in the shared QuickJS page + the
  Python original with a faked callback context + comparison), i.e. without hypothesis's generation;
* end to end: ``Checker.check`` with hypothesis generating the inputs (what ``py2cs check`` does);
* one JS call and one Python call alone;
* the page: a fresh QuickJS context with the page shim, the app's module and the renderer imitation
  (what the check creates once per app, and again after a runaway), next to a bare ``quickjs.Context()``,
  and the forked worker process that hosts it (started once per app, again after a QuickJS crash);
* ``py2cs check examples/basics/app.py`` in process (import, transpile, 4 callbacks x N cases).

Target: at least 1,000 cases per second.

    python3 benchmarks/bench_check.py [--quick]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

APP = '''
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update
import py2cs

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="q", value=""), dcc.Dropdown(id="sort", options=["name", "qty"], value="name"),
                       html.Button("go", id="go"), dcc.Store(id="rows", data=[{"name": "a", "qty": 1}]),
                       html.Div(id="table"), html.Div(id="count")])


@py2cs.clientside(Output("table", "children"), Output("count", "children"),
                  Input("go", "n_clicks"), Input("q", "value"), State("sort", "value"), State("rows", "data"),
                  app=app)
def summarize(n_clicks, query, sort_key, rows):
    if not isinstance(rows, list):
        return no_update, "no data"
    query = (query or "").strip().lower()
    picked = [r for r in rows if isinstance(r, dict) and query in str(r.get("name", "")).lower()]
    key = sort_key if sort_key in ("name", "qty") else "name"
    picked = sorted(picked, key=lambda r: str(r.get(key, "")))
    lines = []
    for i, r in enumerate(picked[:10]):
        qty = r.get("qty") or 0
        lines.append(f"{i + 1}. {r.get('name', '?')}: {qty}")
    who = ctx.triggered_id or "start"
    total = len(picked)
    return "\\n".join(lines), f"{total} row{'s' if total != 1 else ''} ({who}, {n_clicks or 0} clicks)"
'''


def _median(fn, runs):
    fn()
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    n_cases = 1000 if args.quick else 4000
    n_e2e = 300 if args.quick else 1000

    import quickjs
    from hypothesis import HealthCheck, given, settings

    from py2cs import build
    from py2cs.equiv.harness import JSPage, JSWorker, run_python
    from py2cs.equiv.runner import Checker, check_app
    from py2cs.equiv.spec import spec_for_entry
    from py2cs.equiv.strategies import case_strategy

    out: dict = {}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "bench_app.py")
        with open(path, "w") as f:
            f.write(APP)
        module, entries, errors = build.load_app(path)
        assert not errors, errors
        app = build.find_dash_app(module)
        spec = spec_for_entry(entries[0], app)
        modules = build.render_modules(entries)
        mod_name = build.file_name(entries[0].namespace)
        out["module_bytes"] = sum(len(t.encode()) for t in modules.values())
        out["callback_lines"] = 15

        # the page
        runs = 20 if args.quick else 60
        out["quickjs_context_empty_ms"] = round(_median(quickjs.Context, runs) * 1e3, 3)
        out["check_page_ms"] = round(_median(lambda: JSPage(modules), runs) * 1e3, 3)
        out["check_worker_start_ms"] = round(_median(lambda: JSWorker(modules).close(), max(5, runs // 4)) * 1e3, 3)

        # cases, generated once
        cases = []

        @settings(max_examples=n_cases, database=None, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case_strategy(spec))
        def gen(case):
            cases.append(case)
        gen()
        payloads = [json.dumps(c.payload, ensure_ascii=False) for c in cases]

        checker = Checker(modules)
        kinds: dict = {}
        t = time.perf_counter()
        for c in cases:
            kind, _, _ = checker.run_case(spec, c, mod_name)
            kinds[kind] = kinds.get(kind, 0) + 1
        dt = time.perf_counter() - t
        out["harness_cases"] = len(cases)
        out["harness_cases_per_s"] = round(len(cases) / dt)
        out["harness_outcomes"] = json.dumps(kinds, sort_keys=True)

        page = checker.page
        t = time.perf_counter()
        for p in payloads:
            page.run(spec.namespace, spec.function_name, p, mod_name)
        out["js_call_us"] = round((time.perf_counter() - t) / len(payloads) * 1e6, 1)
        t = time.perf_counter()
        for p in payloads:
            run_python(spec, p)
        out["python_call_us"] = round((time.perf_counter() - t) / len(payloads) * 1e6, 1)

        # end to end, hypothesis generating
        t = time.perf_counter()
        res = checker.check(spec, mod_name, max_examples=n_e2e, seed=0)
        dt = time.perf_counter() - t
        assert res.status == "ok", res.to_dict()
        out["end_to_end_cases"] = res.cases
        out["end_to_end_cases_per_s"] = round(res.cases / dt)
        checker.close()

    t = time.perf_counter()
    rep = check_app(os.path.join(ROOT, "examples", "basics", "app.py"), max_examples=200, seed=0)
    out["check_examples_basics_s"] = round(time.perf_counter() - t, 2)
    out["check_examples_basics_cases"] = sum(r.cases for r in rep.results)
    out["target_cases_per_s"] = 1000
    out["meets_target"] = out["harness_cases_per_s"] >= 1000 and out["end_to_end_cases_per_s"] >= 1000

    for k, v in out.items():
        print(f"{k:32} {v}")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "bench_check.json"), "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
