// statistics.js: the statistics module (py2cs/tables/statistics.py, py2cs/lower/statlow.py), computed as
// CPython 3.11's Lib/statistics.py computes it. mean, variance, stdev and their population forms are
// exact: every int and float is an exact dyadic rational (m * 2**e, BigInt m), summed without rounding,
// and the quotient is rounded once to a float (as CPython's int / int, correctly rounded) or kept an int
// (mean of ints whose total divides evenly). Errors: statistics.StatisticsError (a ValueError) with
// CPython's messages, and the TypeErrors CPython raises for values that are not numbers.

function py_st_err(msg) {
  return py_err('StatisticsError', msg);
}

// Data given as a generator expression, map() or filter(): a JS iterator object, pulled one item at a time
// where CPython pulls them (the lowering wraps it: statlow.stat_args).
function py_st_gen(it) {
  return {py_st_gen: it};
}

// the data as a sequence (what list(data) / sorted(data) read): a generator's items, or the value itself
function py_st_list(x) {
  return (x != null && x.py_st_gen !== undefined) ? py_it_list(x.py_st_gen) : x;
}

// f(item) for each item of the data, in order (a generator's next item computed after f returned)
function py_st_each(x, f) {
  if (x != null && x.py_st_gen !== undefined) {
    for (var s = x.py_st_gen.next(); !s.done; s = x.py_st_gen.next()) f(s.value);
    return;
  }
  var items = py_iter(x);
  for (var i = 0; i < items.length; i++) f(items[i]);
}

var py_st_DV = new DataView(new ArrayBuffer(8));

// 2**p as a double, for -1022 <= p <= 1023 (built from its bits: exact in every engine)
function py_st_pow2(p) {
  py_st_DV.setUint32(0, (p + 1023) * 1048576);
  py_st_DV.setUint32(4, 0);
  return py_st_DV.getFloat64(0);
}

// x * 2**p for a double x with at most 54 significant bits whose result has no bit below 2**-1074
// (then every step is exact); Infinity when it overflows.
function py_st_ldexp(x, p) {
  while (p > 1023) { x *= py_st_pow2(1023); p -= 1023; if (x === Infinity) return x; }
  while (p < -1022) { x *= py_st_pow2(-1022); p += 1022; }
  return x * py_st_pow2(p);
}

// the exact value of a finite double: [m, e] with x == m * 2**e (m a BigInt)
function py_st_split(x) {
  var dv = py_st_DV;
  dv.setFloat64(0, x);
  var hi = dv.getUint32(0), lo = dv.getUint32(4);
  var ex = (hi >>> 20) & 2047, m = (hi & 1048575) * 4294967296 + lo;
  if (ex === 0) ex = 1; else m += 4503599627370496;
  var b = BigInt(m);
  return [(hi >>> 31) ? -b : b, ex - 1075];
}

// int.bit_length() of a BigInt
function py_st_bitlen(n) {
  if (n < BigInt(0)) n = -n;
  return n === BigInt(0) ? 0 : n.toString(2).length;
}

// n / d as CPython's int / int: the correctly rounded float (ties to even, subnormals included);
// OverflowError when it is beyond the largest float. d > 0.
function py_st_q2f(n, d, ovf) {
  var Z = BigInt(0), ONE = BigInt(1);
  if (n === Z) return 0;
  var neg = n < Z;
  if (neg) n = -n;
  var k = py_st_bitlen(n) - py_st_bitlen(d) - 54, q, r, t;
  if (k >= 0) { t = d << BigInt(k); q = n / t; r = n % t; } else { t = n << BigInt(-k); q = t / d; r = t % d; }
  // q >= 2**53: drop the bits below the float's precision (53 bits, fewer for a subnormal result)
  var extra = Math.max(py_st_bitlen(q) - 53, -1074 - k);
  var B = BigInt(extra), low = q & ((ONE << B) - ONE), half = ONE << BigInt(extra - 1);
  q >>= B;
  if (low > half || (low === half && (r !== Z || (q & ONE) === ONE))) q += ONE;
  var res = py_st_ldexp(Number(q), k + extra);
  if (res === Infinity) throw py_err('OverflowError', ovf || 'integer division result too large for a float');
  return neg ? -res : res;
}

// an exact int (BigInt) as a py2cs int: a JS number, or OverflowError beyond 2**53 (2**53 itself is exact)
function py_st_int(b) {
  var lim = BigInt(9007199254740992);
  if (b > lim || b < -lim) throw py_op_overflow();
  return Number(b);
}

// Python's float(int) of an exact int (BigInt)
function py_st_i2f(b) {
  return py_st_q2f(b, BigInt(1), 'int too large to convert to float');
}

// The exact sum of numbers, as _sum: {n, e} the total n * 2**e, count, isf (a float was seen: the result
// type T is float), special (the float sum of the NaNs and infinities, null when there are none).
function py_st_acc() {
  return {n: BigInt(0), e: 0, count: 0, isf: false, special: null};
}

function py_st_addexact(s, m, k) {
  if (k >= s.e) s.n += (k === s.e ? m : m << BigInt(k - s.e));
  else { s.n = (s.n << BigInt(s.e - k)) + m; s.e = k; }
}

// add one item (_exact_ratio: an int, bool or float; anything else is CPython's TypeError)
function py_st_push(s, x) {
  var kind = py_op_numkind(x);
  if (kind === 0) throw py_err('TypeError', "can't convert type '" + py_op_tn(x) + "' to numerator/denominator");
  var v = py_numval(x);
  s.count++;
  if (kind === 1) { py_st_addexact(s, BigInt(v), 0); return; }
  s.isf = true;
  if (v - v !== 0) { s.special = (s.special === null ? 0 : s.special) + v; return; }
  if (v === 0) return;
  var p = py_st_split(v);
  py_st_addexact(s, p[0], p[1]);
}

function py_st_sum(data) {
  var s = py_st_acc();
  py_st_each(data, function (x) { py_st_push(s, x); });
  return s;
}

// the exact total as a rational [num, den] (den > 0)
function py_st_rat(s) {
  return s.e >= 0 ? [s.n << BigInt(s.e), BigInt(1)] : [s.n, BigInt(1) << BigInt(-s.e)];
}

// _convert(num / den, T): an int when T is int and the quotient is whole, else the float (boxed: the result
// is a float even where its value is integral)
function py_st_convert(num, den, isf) {
  if (!isf && num % den === BigInt(0)) return py_st_int(num / den);
  return py_fbox(py_st_q2f(num, den));
}

function py_stat_mean(data) {
  var s = py_st_sum(data);
  if (s.count < 1) throw py_st_err('mean requires at least one data point');
  if (s.special !== null) return py_fbox(s.special / s.count);
  var r = py_st_rat(s);
  return py_st_convert(r[0], r[1] * BigInt(s.count), s.isf);
}

// _ss(data, c): the exact sum of squared deviations ss (a rational [num, den], or a float for NaN/inf),
// the count and the result type
function py_st_ss(data, c) {
  if (c != null) {
    // _sum((d := x - c) * d for x in data): each square computed as Python does (ints exactly, floats rounded)
    var s = py_st_acc(), ck = py_op_numkind(c);
    py_st_each(data, function (x) {
      var xk = py_op_numkind(x), sq;
      if (xk === 1 && ck === 1) {
        var d = BigInt(py_numval(x)) - BigInt(py_numval(c));
        s.count++;
        py_st_addexact(s, d * d, 0);
        return;
      }
      if (xk !== 0 && ck !== 0) {
        var df = py_numval(x) - py_numval(c);
        sq = df * df;
      } else {
        var dd = py_sub(x, c);
        sq = py_mul(dd, dd);
      }
      py_st_push(s, typeof sq === 'number' && sq % 1 === 0 ? py_fbox(sq) : sq);
    });
    if (s.special !== null) return {ss: s.special, count: s.count, isf: true};
    return {ss: py_st_rat(s), count: s.count, isf: s.isf};
  }
  var sx = py_st_acc(), sxx = py_st_acc();
  py_st_each(data, function (x) {
    py_st_push(sx, x);
    var v = py_numval(x);
    if (py_op_numkind(x) === 1) { var b = BigInt(v); py_st_addexact(sxx, b * b, 0); } else if (v - v === 0 && v !== 0) {
      var p = py_st_split(v);
      py_st_addexact(sxx, p[0] * p[0], 2 * p[1]);
    }
  });
  var n = sx.count;
  if (!n) return {ss: [BigInt(0), BigInt(1)], count: 0, isf: false};
  if (sx.special !== null) return {ss: sx.special, count: n, isf: true};
  // ssd = (n * sxx - sx * sx) / n, exactly
  var a = py_st_rat(sx), q = py_st_rat(sxx), N = BigInt(n);
  var num = N * q[0] * a[1] * a[1] - a[0] * a[0] * q[1];
  return {ss: [num, q[1] * a[1] * a[1] * N], count: n, isf: sx.isf};
}

function py_st_var(data, c, pop) {
  var r = py_st_ss(data, c), n = r.count;
  if (pop ? n < 1 : n < 2) {
    throw py_st_err(pop ? 'pvariance requires at least one data point' : 'variance requires at least two data points');
  }
  var div = pop ? n : n - 1;
  if (!Array.isArray(r.ss)) return py_fbox(r.ss / div);
  return py_st_convert(r.ss[0], r.ss[1] * BigInt(div), r.isf);
}

function py_stat_variance(data, xbar) { return py_st_var(data, xbar, false); }
function py_stat_pvariance(data, mu) { return py_st_var(data, mu, true); }

// trailing zero bits of a BigInt != 0
function py_st_tz(n) {
  var s = n.toString(2);
  return s.length - 1 - s.lastIndexOf('1');
}

// gcd(a, b) for b > 0 (the powers of two first: the other factors of the denominators here are small)
function py_st_gcd(a, b) {
  if (a < BigInt(0)) a = -a;
  if (a === BigInt(0)) return b;
  var ta = py_st_tz(a), tb = py_st_tz(b);
  a >>= BigInt(ta);
  b >>= BigInt(tb);
  while (b !== BigInt(0)) { var t = a % b; a = b; b = t; }
  return a << BigInt(Math.min(ta, tb));
}

function py_st_isqrt(n) {
  if (n < BigInt(2)) return n;
  var x = BigInt(1) << BigInt((py_st_bitlen(n) + 1) >> 1);
  for (;;) {
    var y = (x + n / x) >> BigInt(1);
    if (y >= x) return x;
    x = y;
  }
}

// _float_sqrt_of_frac(n, m): the correctly rounded square root of n/m (n/m a reduced fraction, m > 0)
function py_st_sqrt_frac(n, m) {
  var ONE = BigInt(1);
  var q = Math.floor((py_st_bitlen(n) - py_st_bitlen(m) - 109) / 2), a, num, den;
  if (q >= 0) {
    var mm = m << BigInt(2 * q);
    a = py_st_isqrt(n / mm);
    num = (a | (a * a * mm !== n ? ONE : BigInt(0))) << BigInt(q);
    den = ONE;
  } else {
    var nn = n << BigInt(-2 * q);
    a = py_st_isqrt(nn / m);
    num = a | (a * a * m !== nn ? ONE : BigInt(0));
    den = ONE << BigInt(-q);
  }
  return py_st_q2f(num, den);
}

function py_st_std(data, c, pop) {
  var r = py_st_ss(data, c), n = r.count;
  if (pop ? n < 1 : n < 2) {
    throw py_st_err(pop ? 'pstdev requires at least one data point' : 'stdev requires at least two data points');
  }
  // a NaN or infinity: CPython 3.11 reads .numerator of the float ss / n
  if (!Array.isArray(r.ss)) throw py_err('AttributeError', "'float' object has no attribute 'numerator'");
  var num = r.ss[0], den = r.ss[1] * BigInt(pop ? n : n - 1), g = py_st_gcd(num, den);
  if (g !== BigInt(0) && g !== BigInt(1)) { num /= g; den /= g; }
  return py_st_sqrt_frac(num, den);
}

function py_stat_stdev(data, xbar) { return py_st_std(data, xbar, false); }
function py_stat_pstdev(data, mu) { return py_st_std(data, mu, true); }

// Python's a * k for an item a of the data and an int k: an exact int as a BigInt, else a float or
// whatever Python's * gives (a str, or its TypeError)
function py_st_mulk(a, k) {
  var kind = py_op_numkind(a);
  if (kind === 1) return BigInt(py_numval(a)) * BigInt(k);
  if (kind === 2) return py_numval(a) * k;
  return py_mul(a, k);
}

function py_st_pyint(x) {
  return typeof x === 'bigint' ? py_st_int(x) : x;
}

// Python's a + b of two py_st_mulk results
function py_st_add2(a, b) {
  var ba = typeof a === 'bigint', bb = typeof b === 'bigint';
  if (ba && bb) return a + b;
  if (ba && typeof b === 'number') return py_st_i2f(a) + b;
  if (bb && typeof a === 'number') return a + py_st_i2f(b);
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  return py_add(py_st_pyint(a), py_st_pyint(b));
}

// x / n (n an int > 0): a float
function py_st_divn(x, n) {
  if (typeof x === 'bigint') return py_st_q2f(x, BigInt(n));
  if (typeof x === 'number') return x / n;
  return py_truediv(x, n);
}

function py_stat_quantiles(data, n, method) {
  if (py_lt(n, 1)) throw py_st_err('n must be at least 1');
  var s = py_sorted(py_st_list(data), null, false), ld = s.length;
  if (ld < 2) throw py_st_err('must have at least two data points');
  var inc = py_eq(method, 'inclusive');
  if (!inc && !py_eq(method, 'exclusive')) throw py_err('ValueError', 'Unknown method: ' + py_repr(method));
  if (py_op_numkind(n) !== 1) throw py_err('TypeError', "'" + py_op_tn(n) + "' object cannot be interpreted as an integer");
  n = py_numval(n);
  if (n * (ld + 1) > 9007199254740991) throw py_op_overflow();
  var out = [], i, j, delta, m;
  for (i = 1; i < n; i++) {
    if (inc) {
      m = ld - 1;
      j = Math.floor(i * m / n);
      delta = i * m - j * n;
      out.push(py_fbox(py_st_divn(py_st_add2(py_st_mulk(s[j], n - delta), py_st_mulk(s[j + 1], delta)), n)));
    } else {
      m = ld + 1;
      j = Math.floor(i * m / n);
      j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
      delta = i * m - j * n;
      out.push(py_fbox(py_st_divn(py_st_add2(py_st_mulk(s[j - 1], n - delta), py_st_mulk(s[j], delta)), n)));
    }
  }
  return out;
}

function py_stat_median(data) {
  var s = py_sorted(py_st_list(data), null, false), n = s.length;
  if (n === 0) throw py_st_err('no median for empty data');
  if (n % 2 === 1) return s[(n - 1) / 2];
  var a = s[n / 2 - 1], b = s[n / 2];
  if (py_op_numkind(a) === 1 && py_op_numkind(b) === 1) {
    // (a + b) / 2 of two ints: exact sum, one rounding
    return py_fbox(py_st_q2f(BigInt(py_numval(a)) + BigInt(py_numval(b)), BigInt(2)));
  }
  return py_fbox(py_truediv(py_add(a, b), 2));
}

function py_stat_median_low(data) {
  var s = py_sorted(py_st_list(data), null, false), n = s.length;
  if (n === 0) throw py_st_err('no median for empty data');
  return n % 2 === 1 ? s[(n - 1) / 2] : s[n / 2 - 1];
}

function py_stat_median_high(data) {
  var s = py_sorted(py_st_list(data), null, false), n = s.length;
  if (n === 0) throw py_st_err('no median for empty data');
  return s[n >> 1];
}

function py_stat_median_grouped(data, interval) {
  var s = py_sorted(py_st_list(data), null, false), n = s.length;
  if (!n) throw py_st_err('no median for empty data');
  var x = s[n >> 1], lo = 0, hi = n, mid;
  while (lo < hi) { mid = (lo + hi) >> 1; if (py_lt(s[mid], x)) lo = mid + 1; else hi = mid; }
  var i = lo;
  hi = n;
  while (lo < hi) { mid = (lo + hi) >> 1; if (py_lt(x, s[mid])) hi = mid; else lo = mid + 1; }
  var j = lo, fi, fx;
  try {
    fi = py_float(interval);
    fx = py_float(x);
  } catch (e) {
    if (py_exc_match(e, ['ValueError'])) throw py_err('TypeError', 'Value cannot be converted to a float');
    throw e;
  }
  var L = fx - fi / 2.0, f = j - i;
  if (f === 0) throw py_err('ZeroDivisionError', 'float division by zero');
  return L + fi * (n / 2 - i) / f;
}

// the counts of Counter(data): [first value seen, count] per distinct value, in first-seen order. CPython
// finds a NaN key again only if it is the same object: one NaN is exact, a second one is refused.
function py_st_counts(data) {
  var m = new Map(), order = [], nan = false;
  py_st_each(data, function (x) {
    var k = typeof x === 'boolean' ? (x ? 1 : 0) : py_tw(m, py_key(x));   // (True,) counts as (1,)
    if (k !== k) {
      if (nan) throw py_err('TypeError', 'py2cs: mode() and multimode() of data with more than one NaN are not supported (CPython counts NaNs by identity)');
      nan = true;
      order.push([x, 1]);
      return;
    }
    var ent = m.get(k);
    if (ent === undefined) { ent = [x, 0]; m.set(k, ent); order.push(ent); }
    ent[1]++;
  });
  return order;
}

function py_stat_mode(data) {
  var c = py_st_counts(data), best = null;
  for (var i = 0; i < c.length; i++) if (best === null || c[i][1] > best[1]) best = c[i];
  if (best === null) throw py_st_err('no mode for empty data');
  return best[0];
}

function py_stat_multimode(data) {
  var c = py_st_counts(data), top = 0, i, out = [];
  for (i = 0; i < c.length; i++) if (c[i][1] > top) top = c[i][1];
  for (i = 0; i < c.length; i++) if (c[i][1] === top) out.push(c[i][0]);
  return out;
}

function py_stat_fmean(data, weights) {
  var n = 0, vals = [];
  if (weights == null) {
    // fsum(data): each item converted to a float as it is pulled
    py_st_each(data, function (x) { vals.push(py_math_num(x)); });
    var total = py_math_fsum(vals);
    if (!vals.length) throw py_st_err('fmean requires at least one data point');
    return total / vals.length;
  }
  var ws = py_iter(py_st_list(weights)), k = ws.length;
  // fsum(map(mul, data, weights)): Python's data[i] * weights[i] (ints exactly), then fsum's float conversion;
  // map pulls a data item before it finds the weights exhausted
  var term = function (a, i) {
    var b = ws[i], ka = py_op_numkind(a), kb = py_op_numkind(b);
    if (ka === 1 && kb === 1) return py_st_i2f(BigInt(py_numval(a)) * BigInt(py_numval(b)));
    if (ka !== 0 && kb !== 0) return py_numval(a) * py_numval(b);
    return py_math_num(py_mul(a, b));
  };
  if (data != null && data.py_st_gen !== undefined) {
    for (var s = data.py_st_gen.next(); !s.done; s = data.py_st_gen.next()) {
      if (++n > k) break;
      vals.push(term(s.value, n - 1));
    }
  } else {
    var xs = py_iter(data);
    n = xs.length;
    for (var i = 0; i < Math.min(n, k); i++) vals.push(term(xs[i], i));
  }
  var num = py_math_fsum(vals);
  if (n !== k) throw py_st_err('data and weights must be the same length');
  var den = py_math_fsum(ws);
  if (den === 0) throw py_st_err('sum of weights must be non-zero');
  return num / den;
}

function py_stat_geometric_mean(data) {
  var logs;
  try {
    logs = [];
    py_st_each(data, function (x) { logs.push(py_math_log(x)); });
    return py_math_exp(py_stat_fmean(logs, null));
  } catch (e) {
    if (py_exc_match(e, ['ValueError'])) {
      throw py_st_err('geometric mean requires a non-empty dataset containing positive numbers');
    }
    throw e;
  }
}

function py_stat_harmonic_mean(data, weights) {
  var xs = py_iter(py_st_list(data)), n = xs.length, i, x, w;
  var errmsg = 'harmonic mean does not support negative values';
  if (n < 1) throw py_st_err('harmonic_mean requires at least one data point');
  if (n === 1 && weights == null) {
    x = xs[0];
    if (py_op_numkind(x) === 0) throw py_err('TypeError', 'unsupported type');
    if (py_lt(x, 0)) throw py_st_err(errmsg);
    return x;
  }
  var ws = null, sw = null;
  if (weights != null) {
    ws = py_iter(py_st_list(weights));
    if (ws.length !== n) throw py_st_err('Number of weights does not match data size');
    sw = py_st_acc();
    for (i = 0; i < n; i++) {
      if (py_lt(ws[i], 0)) throw py_st_err(errmsg);
      py_st_push(sw, ws[i]);
    }
  }
  var s = py_st_acc();
  for (i = 0; i < n; i++) {
    w = ws === null ? 1 : ws[i];
    x = xs[i];
    if (py_lt(x, 0)) throw py_st_err(errmsg);
    if (!py_bool(w)) { py_st_push(s, 0); continue; }
    var kw = py_op_numkind(w), kx = py_op_numkind(x), t;
    if (kw !== 0 && kx !== 0) {
      if (py_numval(x) === 0) return 0;       // ZeroDivisionError: CPython returns 0
      t = kw === 1 && kx === 1 ? py_st_q2f(BigInt(py_numval(w)), BigInt(py_numval(x)))
        : py_numval(w) / py_numval(x);
    } else {
      t = py_truediv(w, x);
    }
    py_st_push(s, py_fbox(t));
  }
  // total <= 0: 'Weighted sum must be positive'
  if (s.special === null ? s.n <= BigInt(0) : s.special <= 0) throw py_st_err('Weighted sum must be positive');
  // sum_weights / total, then _convert(..., float)
  if (sw !== null && sw.special !== null) {
    if (s.special !== null) return py_fbox(sw.special / s.special);
    var tf = py_st_q2f(py_st_rat(s)[0], py_st_rat(s)[1]);
    if (tf === 0) throw py_err('ZeroDivisionError', 'float division by zero');
    return py_fbox(sw.special / tf);
  }
  var a = sw === null ? [BigInt(n), BigInt(1)] : py_st_rat(sw);
  if (s.special !== null) {
    return py_fbox((sw === null ? n : py_st_q2f(a[0], a[1])) / s.special);
  }
  var b = py_st_rat(s);
  return py_fbox(py_st_q2f(a[0] * b[1], a[1] * b[0]));
}

// covariance(x, y) and correlation(x, y): len() of both, fsum of each, fsum of the products of deviations
function py_st_pairs(x, y, what) {
  var n = py_len(x);
  if (py_len(y) !== n) throw py_st_err(what + ' requires that both inputs have same number of data points');
  if (n < 2) throw py_st_err(what + ' requires at least two data points');
  var xbar = py_math_fsum(x) / n, ybar = py_math_fsum(y) / n;
  var xs = py_iter(x), ys = py_iter(y), k = Math.min(xs.length, ys.length), dx = new Array(k), dy = new Array(k);
  var prods = new Array(k);
  for (var i = 0; i < k; i++) {
    dx[i] = py_numval(xs[i]) - xbar;
    dy[i] = py_numval(ys[i]) - ybar;
    prods[i] = dx[i] * dy[i];
  }
  return {n: n, sxy: py_math_fsum(prods), dx: dx, dy: dy};
}

function py_stat_covariance(x, y) {
  var p = py_st_pairs(x, y, 'covariance');
  return p.sxy / (p.n - 1);
}

function py_stat_correlation(x, y) {
  var p = py_st_pairs(x, y, 'correlation');
  var sq = function (d) { return d * d; };
  var sxx = py_math_fsum(p.dx.map(sq)), syy = py_math_fsum(p.dy.map(sq));
  var r = Math.sqrt(sxx * syy);
  if (r === 0) throw py_st_err('at least one of the inputs is constant');
  return p.sxy / r;
}
