"""The operator / str.translate programs (tests/programs/p_operator.py, p_translate.py) in V8 too, the browser's
engine: the same outcome as CPython on every case (QuickJS is checked by tests/test_programs.py). Skipped without
node."""
import shutil

import pytest

from difftest import program_functions, v8_mismatches


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_operator_and_translate_programs_in_v8():
    funcs = program_functions("p_operator.py") + program_functions("p_translate.py")
    assert len(funcs) >= 30
    failures = v8_mismatches(funcs)
    assert not failures, "\n".join(failures)
