"""Long differential fuzz run: ``python3 -m tests.fuzz --n 10000 --seed 1`` (see README.md)."""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fuzz.gen import invalid_program, random_program_areas  # noqa: E402
from fuzz.runner import NodeEngine, check_program, minimize  # noqa: E402


def _limit_memory(gb: float) -> None:
    try:
        import resource
        lim = int(gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
    except (ImportError, ValueError, OSError):
        pass


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m tests.fuzz", description=__doc__)
    ap.add_argument("--n", type=int, default=10000, help="number of programs")
    ap.add_argument("--seed", type=int, default=1, help="program i uses seed SEED * 1_000_003 + i")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "py2cs-fuzz-out"),
                    help="directory for mismatch reports (default: py2cs-fuzz-out in the temp directory)")
    ap.add_argument("--max-stmts", type=int, default=10)
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--known", action="store_true",
                    help="also generate the constructs of known pending divergences (tests/programs/pending_fuzz_*.py)")
    ap.add_argument("--show-msg", action="store_true", help="also write message-only differences")
    ap.add_argument("--invalid", type=float, default=0.1,
                    help="fraction of programs mutated into sources CPython rejects (py2cs must refuse them)")
    ap.add_argument("--engine", choices=["quickjs", "both"], default="quickjs",
                    help="both: also run every program in V8 (node), the engine of Chromium")
    ap.add_argument("--features", type=float, default=0.12,
                    help="how often an expression uses a library feature (datetime, re, ...; 0: none)")
    ap.add_argument("--memory-gb", type=float, default=3.0, help="address-space limit of this process")
    a = ap.parse_args(argv)
    _limit_memory(a.memory_gb)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    counts: collections.Counter = collections.Counter()
    details: collections.Counter = collections.Counter()
    refusals: collections.Counter = collections.Counter()
    per_area: dict = collections.defaultdict(collections.Counter)   # feature area -> outcome counts
    node = NodeEngine() if a.engine == "both" else None
    t0 = time.time()
    for i in range(a.n):
        seed = a.seed * 1_000_003 + i
        areas = []
        if (seed * 2654435761) % 1000 < a.invalid * 1000:
            src, args = invalid_program(seed, a.max_stmts)
        else:
            src, args, areas = random_program_areas(seed, a.max_stmts, avoid_known=not a.known,
                                                    features=a.features)
        try:
            r = check_program(src, args, node)
        except Exception as e:  # noqa: BLE001 - a crash of py2cs itself is a finding too
            r = type("R", (), {"kind": "crash", "detail": f"{type(e).__name__}: {e}", "py": None, "js": None,
                                "js_source": ""})()
        counts[r.kind] += 1
        for area in areas or ["(none)"]:
            per_area[area][r.kind] += 1
        if r.kind == "refused":
            first = r.detail.splitlines()[1] if "\n" in r.detail else r.detail
            refusals[first.split("error: ", 1)[-1][:90]] += 1
        if r.kind in ("mismatch", "crash") or (a.show_msg and r.kind == "msg"):
            details[r.kind + " " + r.detail] += 1
            small = src
            if r.kind == "mismatch" and not a.no_minimize:
                small = minimize(src, args, r.kind, r.detail, node=node)
            rec = {"seed": seed, "kind": r.kind, "detail": r.detail, "args": repr(args),
                   "python": repr(r.py), "js": repr(r.js)}
            path = out / f"{r.kind}_{seed}.py"
            path.write_text("# " + json.dumps(rec, ensure_ascii=False) + "\n# args: " + repr(args) + "\n"
                            + small, encoding="utf-8")
            print(f"[{i}] {r.kind} {r.detail}: {path}", flush=True)
        if (i + 1) % 500 == 0:
            print(f"... {i + 1} programs, {dict(counts)}, {time.time() - t0:.0f}s", flush=True)
    total = sum(counts.values())
    ran = total - counts["skipped"] - counts["rejected"]
    print(f"programs: {total} (seed {a.seed}) in {time.time() - t0:.0f}s; reports in {out}")
    for k in ("match", "msg", "limit", "ulp", "refused", "rejected", "skipped", "mismatch", "crash"):
        print(f"  {k:9s} {counts[k]}")
    if ran:
        print(f"refusal rate: {counts['refused'] / ran:.1%} of {ran} programs CPython ran")
    print("programs per feature area (a program counts once for each area it uses):")
    for area, c in sorted(per_area.items()):
        print(f"  {area:12s} {sum(c.values()):6d}  " + ", ".join(f"{k} {n}" for k, n in c.most_common()))
    if refusals:
        print("top refusals:")
        for msg, n in refusals.most_common(15):
            print(f"  {n:5d}  {msg}")
    if details:
        print("findings:")
        for msg, n in details.most_common():
            print(f"  {n:5d}  {msg}")
    (out / f"summary_seed{a.seed}.json").write_text(json.dumps(
        {"counts": dict(counts), "refusals": dict(refusals), "findings": dict(details),
         "areas": {k: dict(v) for k, v in per_area.items()}}, indent=1), encoding="utf-8")
    return 1 if counts["mismatch"] or counts["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
