"""tests/programs/p_review4.py in V8 too, the browser's engine (QuickJS is checked by tests/test_programs.py):
tuple/date keys, in-place operators, Counter arithmetic, urllib.parse, isocalendar, statistics and itertools
through the runtime helpers. geo_mean is left out: exp/log are the engine's (docs/subset.md, Known limits).
Skipped without node."""
import shutil

import pytest

from difftest import program_functions, v8_mismatches

V8_DIFFERS = {"geo_mean"}


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_review4_programs_in_v8():
    funcs = [f for f in program_functions("p_review4.py") if f.__name__ not in V8_DIFFERS]
    assert len(funcs) >= 40
    failures = v8_mismatches(funcs)
    assert not failures, "\n".join(failures)
