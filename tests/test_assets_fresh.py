"""The committed generated modules under assets_out/<example>/ match what `py2cs build` produces now."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = sorted(d for d in os.listdir(os.path.join(ROOT, "examples"))
                  if os.path.isfile(os.path.join(ROOT, "examples", d, "app.py")))


def test_examples_exist():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES)
def test_generated_assets_are_fresh(example):
    r = subprocess.run([sys.executable, "-m", "py2cs", "build", os.path.join("examples", example, "app.py"),
                        "--out", os.path.join("assets_out", example), "--check"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, PYTHONPATH=ROOT))
    assert r.returncode == 0, (f"assets_out/{example} is stale; run `python -m py2cs build examples/{example}/app.py "
                               f"--out assets_out/{example}`\n{r.stdout}\n{r.stderr}")
