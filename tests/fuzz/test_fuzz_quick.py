"""Quick differential fuzz run (part of the normal suite): random programs from tests/fuzz/gen.py run in
CPython and, transpiled, in QuickJS. The long run is ``python3 -m tests.fuzz`` (tests/fuzz/README.md)."""
from __future__ import annotations

import collections

from hypothesis import HealthCheck, given, settings

from fuzz.gen import _mutations, invalid_program, programs, random_program
from fuzz.runner import check_program, classify

BAD = ("mismatch",)
N_SEEDED = 380


def _explain(src, args, r) -> str:
    return (f"CPython and JS differ ({r.kind}: {r.detail})\n--- program ---\n{src}\nargs: {args!r}\n"
            f"python: {r.py!r}\njs:     {r.js!r}")


@settings(max_examples=100, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(programs(max_stmts=6))
def test_hypothesis_programs(prog):
    src, args = prog
    r = check_program(src, args)
    assert r.kind not in BAD, _explain(src, args, r)


def test_seeded_batch():
    """A fixed batch from the long run's generator; most programs must really run on both sides."""
    counts: collections.Counter = collections.Counter()
    failures = []
    for i in range(N_SEEDED):
        src, args = random_program(7_000_000 + i)
        r = check_program(src, args)
        counts[r.kind] += 1
        if r.kind in BAD:
            failures.append(_explain(src, args, r))
    assert not failures, "\n\n".join(failures[:3])
    ran = N_SEEDED - counts["skipped"]
    assert counts["match"] >= 0.8 * ran, counts           # the generator makes mostly valid programs
    assert counts["refused"] <= 0.1 * ran, counts         # ... inside the supported subset


def test_runner_detects_divergence():
    """The comparison can fail: wrong values, wrong classes and one-sided exceptions are mismatches."""
    assert classify(("ok", [1, 2]), ("ok", [1, 2], 0))[0] == "match"
    assert classify(("ok", [1.0]), ("ok", [1], 0))[0] == "match"          # JSON: 1.0 and 1 are one number
    assert classify(("ok", "a"), ("ok", "b", 0))[0] == "mismatch"
    assert classify(("ok", True), ("ok", 1, 0))[0] == "mismatch"
    assert classify(("ok", {"a": 1, "b": 2}), ("ok", {"b": 2, "a": 1}, 0))[0] == "mismatch"  # dict order
    assert classify(("err", "KeyError", "'a'"), ("ok", None, 0))[0] == "mismatch"
    assert classify(("err", "KeyError", "'a'"), ("err", "IndexError", "x", 0))[0] == "mismatch"
    assert classify(("err", "KeyError", "'a'"), ("err", "KeyError", "'b'", 0))[0] == "msg"
    assert classify(("ok", 2**60), ("err", "OverflowError", "py2cs: integer result exceeds 2**53", 1))[0] == "limit"


def test_end_to_end_mismatch_is_caught():
    """A real program through both engines: Python's int(str) vs a JS-looking rewrite must differ."""
    same = check_program("def f(a):\n    return [a // 2, a % -3, str(a / 4)]\n", (7,))
    assert same.kind == "match", same
    raised = check_program("def f(a):\n    return {'k': 1}[a]\n", ("x",))
    assert raised.kind == "match" and raised.py[:2] == ("err", "KeyError"), raised


def test_programs_cpython_rejects_are_refused():
    """Every mutation into a source CPython rejects (parser and symtable errors) is refused by py2cs."""
    kinds = collections.Counter()
    for seed in range(3):
        src, args = random_program(9_000_000 + seed)
        for make in _mutations(src):
            bad = make()
            r = check_program(bad, args)
            kinds[r.kind] += 1
            assert r.kind in ("rejected", "refused"), _explain(bad, args, r)
    assert kinds["rejected"] >= 3 * (len(_mutations("def f():\n    out = []\n")) - 2), kinds
    for seed in range(50):
        bad, args = invalid_program(9_100_000 + seed)
        r = check_program(bad, args)
        assert r.kind in ("rejected", "refused"), _explain(bad, args, r)


def test_seeded_batch_in_v8_too():
    """The same programs in V8 (node), Chromium's engine, when node is installed."""
    import shutil

    import pytest

    from fuzz.runner import NodeEngine
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    node = NodeEngine()
    failures, ran = [], 0
    try:
        for i in range(100):
            src, args = random_program(7_500_000 + i)
            r = check_program(src, args, node)
            ran += r.kind == "match"
            if r.kind in BAD:
                failures.append(_explain(src, args, r))
    finally:
        node.close()
    assert not failures, "\n\n".join(failures[:3])
    assert ran >= 65
