"""Fuzzer and review findings not fixed yet (tests/programs/pending_*.py): each must still diverge. When one is
fixed, its strict xfail turns into a failure: move the function to a tests/programs/p_fuzz_*.py file."""
import importlib
import pathlib

import pytest

from difftest import check_function

PROGRAMS = pathlib.Path(__file__).resolve().parent.parent / "programs"


def _collect():
    out = []
    for path in sorted(PROGRAMS.glob("pending_*.py")):   # pending_fuzz_*.py and pending_review_*.py
        mod = importlib.import_module(f"programs.{path.stem}")
        for name, obj in vars(mod).items():
            if callable(obj) and hasattr(obj, "cases") and getattr(obj, "__module__", "") == mod.__name__:
                out.append(pytest.param(obj, id=f"{path.stem}.{name}",
                                        marks=pytest.mark.xfail(strict=True, raises=AssertionError,
                                                                reason="pending fuzz finding")))
    return out


@pytest.mark.parametrize("func", _collect())
def test_pending_fuzz_finding_still_diverges(func):
    check_function(func, func.cases)
