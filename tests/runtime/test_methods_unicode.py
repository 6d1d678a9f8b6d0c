"""str case mappings and predicates in an engine with newer Unicode data than CPython 3.11's Unicode 14.

QuickJS (the test engine) has Unicode 13, so this runs the same runtime functions in Node (skipped when it is
not installed), whose V8/ICU data is newer, like a current browser's: every code point of the planes that
hold assigned characters must give CPython's answer, alone and in contexts that read its properties
(final sigma, titlecasing after it, identifier continuation)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from py2cs import runtime

NODE = shutil.which("node")

PROBES = [
    ("upper", "c", lambda c: c.upper()),
    ("lower", "c", lambda c: c.lower()),
    ("casefold", "c", lambda c: c.casefold()),
    ("swapcase", "c", lambda c: c.swapcase()),
    ("title", "c + 'A'", lambda c: (c + "A").title()),
    ("capitalize", "c + 'A'", lambda c: (c + "A").capitalize()),
    ("lower", "'A' + c + '\\u03a3'", lambda c: ("A" + c + "\u03a3").lower()),
    ("lower", "'A\\u03a3' + c", lambda c: ("A\u03a3" + c).lower()),
    ("isalpha", "c", lambda c: c.isalpha()),
    ("isalnum", "c", lambda c: c.isalnum()),
    ("isdecimal", "c", lambda c: c.isdecimal()),
    ("isdigit", "c", lambda c: c.isdigit()),
    ("isnumeric", "c", lambda c: c.isnumeric()),
    ("isidentifier", "c", lambda c: c.isidentifier()),
    ("isidentifier", "'a' + c", lambda c: ("a" + c).isidentifier()),
    ("islower", "'a' + c", lambda c: ("a" + c).islower()),
    ("isupper", "'A' + c", lambda c: ("A" + c).isupper()),
    ("istitle", "'A' + c", lambda c: ("A" + c).istitle()),
]
RANGES = [(0x80, 0xD800), (0xE000, 0x32000), (0xE0000, 0xE0200)]


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_case_and_predicates_match_unicode_14_in_a_newer_engine():
    names = sorted({f"py_str_{name}" for name, _, _ in PROBES})
    calls = ", ".join(f"py_str_{name}({expr})" for name, expr, _ in PROBES)
    ranges = json.dumps(RANGES)
    script = runtime.bundle(names) + f"""
var out = [];
{ranges}.forEach(function (r) {{
  for (var cp = r[0]; cp < r[1]; cp++) {{
    var c = String.fromCodePoint(cp);
    try {{ out.push([{calls}]); }} catch (e) {{ out.push(String(e && e.py_args ? py_exc_str(e) : e)); }}
  }}
}});
process.stdout.write(JSON.stringify({{unicode: process.versions.unicode, out: out}}));
"""
    res = json.loads(subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout)
    if tuple(int(p) for p in res["unicode"].split(".")[:1]) < (14,):
        pytest.skip(f"node's Unicode {res['unicode']} is older than 14")
    cps = [cp for lo, hi in RANGES for cp in range(lo, hi)]
    bad = []
    for cp, got in zip(cps, res["out"]):
        c = chr(cp)
        exp = [f(c) for _, _, f in PROBES]
        if got != exp:
            bad.append((hex(cp), [(PROBES[i][0], PROBES[i][1], e, g) for i, (e, g) in enumerate(zip(exp, got))
                                  if e != g] if isinstance(got, list) else got))
    assert not bad, bad[:10]
