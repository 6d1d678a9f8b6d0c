"""Divergences found in the adversarial review of the execution-speed fast paths (tests/programs/p_review_exec.py),
minimized. None comes from the fast paths themselves: both also diverge at f6330d4, before them.

Each function runs differently in CPython and in the transpiled JS; tests/fuzz/test_pending_fuzz.py runs them as
strict xfails, so a fix makes that test fail until the function moves to a p_*.py file.
"""
from difftest import cases


# BUG (pre-existing): CPython's dict iterator also raises when the dict's keys changed but its size did not
# ("dictionary keys changed during iteration": an item popped and another added, then the iteration reaches the
# added one); the JS loop checks only the size and ends quietly.
@cases(({"a": 1, "b": 2},),)
def dict_keys_changed_same_size(d):
    out = []
    try:
        for k in d:
            d[k + "1"] = d.pop(k)
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    return out
