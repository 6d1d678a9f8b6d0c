"""Differential tests of whole programs: every function in tests/programs/*.py that carries
``@cases(...)`` runs in CPython and, transpiled, in QuickJS on the same inputs."""
import importlib
import pathlib

import pytest

from difftest import check_function

PROGRAMS = pathlib.Path(__file__).parent / "programs"


def _collect():
    out = []
    for path in sorted(PROGRAMS.glob("p_*.py")):
        mod = importlib.import_module(f"programs.{path.stem}")
        for name, obj in vars(mod).items():
            if callable(obj) and hasattr(obj, "cases") and getattr(obj, "__module__", "") == mod.__name__:
                out.append(pytest.param(obj, id=f"{path.stem}.{name}"))
    return out


@pytest.mark.parametrize("func", _collect())
def test_program(func):
    check_function(func, func.cases)
