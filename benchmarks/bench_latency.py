"""Click-to-DOM latency: the same callback as a py2cs clientside callback vs a normal server callback.

One headless Chromium run (Debian's /usr/bin/chromium via Playwright), one in-process Dash app on
127.0.0.1. For each variant we click ~30 times and measure, inside the page, the time from the click
until the output's text changes (MutationObserver). Prints both medians and the ratio and writes
benchmarks/results/latency.json.

    python benchmarks/bench_latency.py [--clicks 30]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

MEASURE_JS = """
([btn, out]) => new Promise((resolve) => {
  const el = document.getElementById(out);
  const before = el.textContent;
  const obs = new MutationObserver(() => {
    if (el.textContent !== before) { obs.disconnect(); resolve(performance.now() - t0); }
  });
  obs.observe(el, {childList: true, characterData: true, subtree: true});
  const t0 = performance.now();
  document.getElementById(btn).click();
})
"""


def label(n_clicks, text):
    words = (text or "").split()
    return f"{n_clicks} clicks: {' '.join(w.capitalize() for w in words)} ({len(words)} words)"


def make_app(assets_dir):
    import dash
    from dash import Dash, Input, Output, State, dcc, html

    import py2cs

    app = Dash(__name__, assets_folder=assets_dir)
    app.layout = html.Div([
        dcc.Input(id="text", value="hello py2cs world"),
        html.Button("client", id="btn-client"), html.Div(id="out-client"),
        html.Button("server", id="btn-server"), html.Div(id="out-server"),
    ])

    @py2cs.clientside(Output("out-client", "children"), Input("btn-client", "n_clicks"), State("text", "value"),
                      app=app, namespace="bench")
    def client_label(n_clicks, text):
        words = (text or "").split()
        return f"{n_clicks} clicks: {' '.join(w.capitalize() for w in words)} ({len(words)} words)"

    @app.callback(Output("out-server", "children"), Input("btn-server", "n_clicks"), State("text", "value"))
    def server_label(n_clicks, text):
        return label(n_clicks, text)

    return app


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clicks", type=int, default=30)
    ap.add_argument("--out", default=os.path.join(ROOT, "benchmarks", "results", "latency.json"))
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright
    from werkzeug.serving import WSGIRequestHandler, make_server

    class Quiet(WSGIRequestHandler):
        def log_request(self, *a, **k):
            pass

    assets = tempfile.mkdtemp(prefix="py2cs-bench-assets-")
    app = make_app(assets)
    app.enable_dev_tools(debug=False, dev_tools_disable_version_check=True)
    srv = make_server("127.0.0.1", 0, app.server, threaded=True, request_handler=Quiet)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    url = f"http://127.0.0.1:{srv.server_port}/"
    results = {}
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                  args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                        "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = b.new_page()
            page.goto(url)
            page.wait_for_selector("#text")
            page.wait_for_function("document.getElementById('out-client').textContent.length > 0")
            for kind in ("client", "server"):
                samples = []
                for i in range(args.clicks + 3):
                    ms = page.evaluate(MEASURE_JS, [f"btn-{kind}", f"out-{kind}"])
                    if i >= 3:                                    # warm-up clicks are dropped
                        samples.append(ms)
                expected = label(args.clicks + 3, "hello py2cs world")
                got = page.inner_text(f"#out-{kind}")
                assert got == expected, (kind, got, expected)
                results[kind] = samples
            b.close()
    finally:
        srv.shutdown()
    med_c = statistics.median(results["client"])
    med_s = statistics.median(results["server"])
    report = {
        "clicks": args.clicks,
        "clientside_median_ms": round(med_c, 3),
        "server_median_ms": round(med_s, 3),
        "ratio_server_over_clientside": round(med_s / med_c, 2) if med_c else None,
        "clientside_samples_ms": [round(x, 3) for x in results["client"]],
        "server_samples_ms": [round(x, 3) for x in results["server"]],
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "note": "server = Flask dev server (werkzeug, threaded) on loopback; same browser, same page",
    }
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    print(f"py2cs clientside: median {med_c:.2f} ms over {args.clicks} clicks")
    print(f"server callback:  median {med_s:.2f} ms over {args.clicks} clicks")
    print(f"ratio server/clientside: {report['ratio_server_over_clientside']}x")
    print(f"wrote {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
