"""The statistics runtime in V8 (node), the engine of Chrome-based browsers, against CPython on seeded random
data: every function's repr() and error must be CPython's, except geometric_mean, which uses the engine's
Math.log and Math.exp: V8's (fdlibm) differ from glibc's in the last bit for a few percent of inputs (docs/subset.md,
Known limits); there the result must be within a relative 1e-12. (QuickJS runs the differential tests.)"""
import json
import random
import shutil
import statistics
import subprocess

import pytest

from py2cs import runtime

FUNCS = ["mean", "fmean", "harmonic_mean", "median", "median_low", "median_high", "median_grouped", "mode",
         "multimode", "quantiles", "pstdev", "pvariance", "stdev", "variance", "geometric_mean", "covariance",
         "correlation"]


def _data(n, seed=5):
    rnd = random.Random(seed)
    pick = [lambda: rnd.uniform(-1e3, 1e3), lambda: rnd.uniform(0, 1), lambda: rnd.randint(-100, 100),
            lambda: rnd.randint(-2 ** 40, 2 ** 40), lambda: rnd.uniform(0, 1e-310), lambda: rnd.uniform(1e300, 1e307),
            lambda: round(rnd.uniform(0, 100), 2), lambda: rnd.choice([True, False, 0.1, 0.5, -0.0, 3])]
    out = []
    for _ in range(n):
        f = rnd.choice(pick)
        g = rnd.choice(pick)
        out.append([(f if rnd.random() < 0.7 else g)() for _ in range(rnd.randint(0, 9))])
    return out


def _py(name, xs):
    try:
        if name in ("covariance", "correlation"):
            return repr(getattr(statistics, name)(xs, xs[::-1]))
        return repr(getattr(statistics, name)(xs))
    except Exception as e:  # noqa: BLE001
        return type(e).__name__ + ": " + str(e)


@pytest.mark.skipif(shutil.which("node") is None, reason="node (V8) is not installed")
def test_v8_matches_cpython():
    cases = _data(400)
    # ints arrive as JS numbers, floats with an integral value as boxes (as py_from_js gives them after JSON)
    enc = [[x if isinstance(x, bool) or not isinstance(x, float) or not x.is_integer() or x == 0 and str(x)[0] != "-"
            else {"box": x} for x in xs] for xs in cases]
    src = runtime.bundle(["py_stat_" + f for f in FUNCS] + ["py_repr", "py_fbox", "py_exc_str", "py_exc_type"])
    js = src + """
var names = %s, cases = %s, out = [];
// the functions whose result is statically a float return a plain number: repr it as a float
var floats = {fmean: 1, geometric_mean: 1, median_grouped: 1, stdev: 1, pstdev: 1, covariance: 1, correlation: 1};
cases.forEach(function (xs) {
  xs = xs.map(function (x) { return (x !== null && typeof x === 'object') ? py_fbox(x.box) : x; });
  var row = [];
  names.forEach(function (n) {
    try {
      var r = globalThis['py_stat_' + n].apply(null, n === 'quantiles' ? [xs, 4, 'exclusive'] :
                                                    n === 'median_grouped' ? [xs, 1] :
                                                    n === 'covariance' || n === 'correlation' ? [xs, xs.slice().reverse()] :
                                                    [xs, null]);
      row.push(py_repr(floats[n] ? py_fbox(r) : r));
    }
    catch (e) { row.push(py_exc_type(e) + ': ' + py_exc_str(e)); }
  });
  out.push(row);
});
process.stdout.write(JSON.stringify(out));
""" % (json.dumps(FUNCS), json.dumps(enc))
    res = subprocess.run(["node", "-e", js], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    got = json.loads(res.stdout)
    bad, geo_exact, geo_close = [], 0, 0
    for xs, row in zip(cases, got):
        for name, j in zip(FUNCS, row):
            p = _py(name, xs)
            if p == j or (j.startswith("OverflowError: py2cs") and p.lstrip("-").isdigit()):
                geo_exact += name == "geometric_mean"
                continue
            if name == "geometric_mean" and abs(float(p) - float(j)) <= 1e-12 * abs(float(p)):
                geo_close += 1
                continue
            bad.append(f"{name}({xs!r}): python {p} / v8 {j}")
    assert not bad, "\n".join(bad[:20]) + f"\n({len(bad)} differences)"
    assert geo_close < geo_exact // 10, (geo_close, geo_exact)
