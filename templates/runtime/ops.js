// ops.js: operators on arbitrary operands, typed numeric fast helpers, indexing, slicing,
// iteration and the builtins that consume iterables (see docs/internals/runtime-contract.md).
// Internal helpers of this file are named py_op_*.

// ---------------------------------------------------------------- shared internals

// Matches any UTF-16 surrogate: such strings need code-point aware indexing.
var py_op_SURR = /[\uD800-\uDFFF]/;

// 0: not a number, 1: int (bools included), 2: float (boxes, non-integral, nan, inf, |x| >= 1e21, and
// a plain -0: int arithmetic never produces -0, so it is the float -0.0, as format.js and the tests read it).
function py_op_numkind(x) {
  if (typeof x === 'number') return (x % 1 === 0 && x < 1e21 && x > -1e21 && (x !== 0 || 1 / x > 0)) ? 1 : 2;
  if (typeof x === 'boolean') return 1;
  if (x instanceof py_PyFloat) return 2;
  return 0;
}

// py_typename, with a plain -0 named 'float' (see py_op_numkind).
function py_op_tn(x) {
  return (x === 0 && 1 / x < 0) ? 'float' : py_coll_tn(x);
}

// type(x).__name__: a builtin passed as a value is a class ('type') or a builtin function; an unbound
// method (str.upper) a method descriptor.
function py_type_name(x) {
  if (typeof x === 'function' && x.$py !== undefined && x.$py[6] === true) {
    var name = x.$py[4];
    if (name.indexOf('.') >= 0) return 'method_descriptor';
    return py_TYPE_CLASSES.indexOf(name) >= 0 ? 'type' : 'builtin_function_or_method';
  }
  var tn = py_op_tn(x);
  return tn.slice(tn.lastIndexOf('.') + 1);     // its tp_name without the module (collections.defaultdict)
}

var py_TYPE_CLASSES = ['str', 'int', 'float', 'bool', 'list', 'tuple', 'dict', 'set', 'reversed'];

// CPython's TypeError for calling a value that is not a function (a Counter is named 'Counter')
function py_not_callable(f) {
  return py_err('TypeError', "'" + py_op_tn(f) + "' object is not callable");
}

function py_op_binerr(op, a, b) {
  return py_err('TypeError', 'unsupported operand type(s) for ' + op + ": '" + py_op_tn(a) + "' and '" + py_op_tn(b) + "'");
}

function py_op_overflow() {
  return py_err('OverflowError', 'py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly');
}

// An integral int result r with |r| > 2**53 - 1: only +-2**53 itself is accepted, when `exact`.
function py_op_bigint(r, exact) {
  if (exact && (r === 9007199254740992 || r === -9007199254740992)) return r;
  throw py_op_overflow();
}

// The value of an int-or-bool used as an index/count; throws `'float' object cannot be interpreted as an integer`.
function py_op_index(x) {
  var k = py_op_numkind(x);
  if (k === 1) return py_numval(x);
  throw py_err('TypeError', "'" + py_op_tn(x) + "' object cannot be interpreted as an integer");
}

// Code points of a string, as an array of strings (a fresh array).
function py_op_chars(s) {
  return py_op_SURR.test(s) ? Array.from(s) : s.split('');
}

// Number of code points of a string.
function py_op_strlen(s) {
  if (!py_op_SURR.test(s)) return s.length;
  var n = s.length, pairs = 0;
  for (var i = 0; i < n - 1; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { pairs++; i++; }
    }
  }
  return n - pairs;
}

// An array to iterate over, or null when x is not iterable (sets throw: no defined order).
function py_op_iter_opt(x) {
  if (Array.isArray(x)) return x;
  if (typeof x === 'string') return py_op_chars(x);
  if (x instanceof Map) return py_map_keys(x);
  if (x instanceof Set) throw py_err('TypeError', 'py2cs: iterating over a set has no defined order; use sorted(s)');
  if (x !== null && typeof x === 'object' && x.py_comp === true) throw x.py_ops.refused('iterating over', x);
  return null;
}

// Like py_iter, but also accepts a set, for consumers whose result does not depend on the order.
function py_op_iter_any(x) {
  if (x instanceof Set) return py_set_vals(x);
  return py_iter(x);
}

// ---------------------------------------------------------------- arithmetic

function py_add(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    // two ints below 2**31 (not the float -0.0): the sum is exact and small
    if ((a | 0) === a && (b | 0) === b && (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return a + b;
    var r = a + b;
    if (r % 1 !== 0) return r;
    if (a % 1 === 0 && b % 1 === 0 && a < 1e21 && a > -1e21 && b < 1e21 && b > -1e21 &&
        (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) {
      if (r <= 9007199254740991 && r >= -9007199254740991) return r;
      return py_op_bigint(r, r - a === b && r - b === a);
    }
    return py_fbox(r);
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return py_op_add_slow(a, b);
}

function py_op_add_slow(a, b) {
  if (py_is_counter(a)) return a.py_coll.op(a, b, '+');
  if (a instanceof py_PyFloat && typeof b === 'number') return py_fbox(a.v + b);   // a float accumulator
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka !== 0 && kb !== 0) {
    var x = py_numval(a), y = py_numval(b);
    return (ka === 2 || kb === 2) ? py_fbox(x + y) : py_add(x, y);
  }
  if (typeof a === 'string') throw py_err('TypeError', 'can only concatenate str (not "' + py_op_tn(b) + '") to str');
  if (Array.isArray(a) && a.py_range === undefined) {
    var ta = a.__py_tuple__ === true;
    if (Array.isArray(b) && (b.__py_tuple__ === true) === ta && b.py_range === undefined) {
      var out = a.concat(b);
      return ta ? py_tuple(out) : out;
    }
    var nm = ta ? 'tuple' : 'list';
    throw py_err('TypeError', 'can only concatenate ' + nm + ' (not "' + py_op_tn(b) + '") to ' + nm);
  }
  throw py_op_binerr('+', a, b);
}

function py_sub(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b && (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return a - b + 0;
    var r = a - b;
    if (r % 1 !== 0) return r;
    if (a % 1 === 0 && b % 1 === 0 && a < 1e21 && a > -1e21 && b < 1e21 && b > -1e21 &&
        (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) {
      if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
      return py_op_bigint(r, r + b === a && a - r === b);
    }
    return py_fbox(r);
  }
  if (a instanceof py_PyFloat && typeof b === 'number') return py_fbox(a.v - b);
  if (py_is_counter(a)) return a.py_coll.op(a, b, '-');
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka !== 0 && kb !== 0) {
    var x = py_numval(a), y = py_numval(b);
    return (ka === 2 || kb === 2) ? py_fbox(x - y) : py_sub(x, y);
  }
  if (a instanceof Set && b instanceof Set) {
    var out = new Set();
    a.forEach(function (v) { if (!b.has(py_tw(b, v))) out.add(v); });
    return out;
  }
  throw py_op_binerr('-', a, b);
}

// a + b, a - b, a * b where one operand is statically a float (passed unboxed) and the other's type is
// unknown: the result is a float (returned unboxed) or the error of py_add/py_sub/py_mul. Past the
// number/number fast path the unknown operand is not a plain number, so the plain number is the float
// one: it is boxed for the generic helper (its error messages say 'float').
function py_addf(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a + b;
    if (b instanceof py_PyFloat) return a + b.v;   // float + float (an integral float of unknown type is boxed)
    a = py_fbox(a);
  } else {
    if (a instanceof py_PyFloat) return a.v + b;
    b = py_fbox(b);
  }
  var r = py_add(a, b);
  return typeof r === 'number' ? r : r.v;
}

function py_subf(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    if (b instanceof py_PyFloat) return a - b.v;   // float - float (an integral float of unknown type is boxed)
    a = py_fbox(a);
  } else {
    if (a instanceof py_PyFloat) return a.v - b;
    b = py_fbox(b);
  }
  var r = py_sub(a, b);
  return typeof r === 'number' ? r : r.v;
}

function py_mulf(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a * b;
    if (b instanceof py_PyFloat) return a * b.v;   // float * float (an integral float of unknown type is boxed)
    a = py_fbox(a);
  } else {
    if (a instanceof py_PyFloat) return a.v * b;
    b = py_fbox(b);
  }
  var r = py_mul(a, b);
  return typeof r === 'number' ? r : r.v;
}

// int + int and int - int (both known ints): exact or OverflowError.
function py_iplus(a, b) {
  var r = a + b;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  return py_op_bigint(r, r - b === a && r - a === b);
}

function py_iminus(a, b) {
  var r = a - b;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  return py_op_bigint(r, r + b === a && a - r === b);
}

// int * int (both known ints): exact or OverflowError.
function py_imul(a, b) {
  var r = a * b;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
  return py_op_bigint(r, a !== 0 && r % a === 0 && r / a === b);
}

function py_mul(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b && (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return py_imul(a, b);
    var r = a * b;
    if (r % 1 !== 0) return r;
    if (a % 1 === 0 && b % 1 === 0 && a < 1e21 && a > -1e21 && b < 1e21 && b > -1e21 &&
        (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return py_imul(a, b);
    return py_fbox(r);
  }
  return py_op_mul_slow(a, b);
}

function py_op_mul_slow(a, b) {
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka !== 0 && kb !== 0) {
    var x = py_numval(a), y = py_numval(b);
    return (ka === 2 || kb === 2) ? py_fbox(x * y) : py_imul(x, y);
  }
  var seq, n;
  if (typeof a === 'string' || (Array.isArray(a) && a.py_range === undefined)) { seq = a; n = b; }
  else if (typeof b === 'string' || (Array.isArray(b) && b.py_range === undefined)) { seq = b; n = a; }
  else throw py_op_binerr('*', a, b);
  if (py_op_numkind(n) !== 1) {
    throw py_err('TypeError', "can't multiply sequence by non-int of type '" + py_op_tn(n) + "'");
  }
  return py_op_repeat(seq, py_numval(n));
}

// seq * n for an int n (a fresh sequence of the same type).
function py_op_repeat(seq, n) {
  py_op_ssize_rep(n);
  var len = seq.length;
  if (n <= 0 || len === 0) return typeof seq === 'string' ? '' : (seq.__py_tuple__ === true ? py_tuple([]) : []);
  if (len * n > (typeof seq === 'string' ? 268435456 : 16777216)) throw py_err('MemoryError', 'py2cs: repeated sequence is too large');
  if (typeof seq === 'string') return seq.repeat(n);
  var out = new Array(len * n);
  for (var k = 0, p = 0; k < n; k++) for (var i = 0; i < len; i++) out[p++] = seq[i];
  return seq.__py_tuple__ === true ? py_tuple(out) : out;
}

// the count of seq * n: CPython's sq_repeat takes a C ssize_t (PyNumber_AsSsize_t raising OverflowError)
function py_op_ssize_rep(n) {
  if (n >= 9223372036854775808 || n < -9223372036854775808) throw py_err('OverflowError', "cannot fit 'int' into an index-sized integer");
  return n;
}

// `/` on arbitrary operands: always a float, returned as a plain number.
function py_truediv(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka === 0 || kb === 0) throw py_op_binerr('/', a, b);
  var y = py_numval(b);
  if (y === 0) throw py_err('ZeroDivisionError', (ka === 1 && kb === 1) ? 'division by zero' : 'float division by zero');
  return py_numval(a) / y;
}

// `/` on two numbers (result float, plain number). The operands' static types are not passed, so the
// message for a zero divisor is CPython's int/int one when both are integral.
// a / b on numbers; isf: an operand is statically a float (7.0 / v), which a plain JS number can't show.
function py_fdiv(a, b, isf) {
  if (typeof a !== 'number') a = py_numval(a);
  if (typeof b !== 'number') b = py_numval(b);
  if (b === 0) {
    throw py_err('ZeroDivisionError', (!isf && 1 / b > 0 && py_op_numkind(a) === 1) ? 'division by zero' : 'float division by zero');
  }
  return a / b;
}

function py_ifloordiv(a, b) {
  if (b === 0) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
  if (a <= 9007199254740991 && a >= -9007199254740991) return Math.floor(a / b) + 0;
  return py_op_bigfloordiv(a, b);
}

// a // b for an integral |a| beyond 2**53 (an int from outside) and an integral b != 0: exact or
// OverflowError. The remainder of JS % is exact; the truncated quotient t = (a - r) / b is found among
// the integers next to its float estimate by checking t * b == a - r exactly (both sides as
// double-double, twoprod and twosum being exact), then floored as CPython does.
function py_op_bigfloordiv(a, b) {
  var r = a % b;
  var est = Math.round((a - r) / b);
  if (!(est <= 9007199254740994 && est >= -9007199254740994)) throw py_op_overflow();
  var sh = a - r, bb = sh - a, sl = (a - (sh - bb)) + (-r - bb);
  for (var d = 0; d < 5; d++) {
    var t = est + (d === 0 ? 0 : d % 2 === 1 ? -((d + 1) >> 1) : (d >> 1));
    var p = py_op_twoprod(t, b);
    if (p[0] === sh && p[1] === sl) {
      if (r !== 0 && (r < 0) !== (b < 0)) {
        if (t <= -9007199254740992) throw py_op_overflow();
        t -= 1;
      }
      if (t > 9007199254740991 || t < -9007199254740991) return py_op_bigint(t, true);
      return t + 0;
    }
  }
  throw py_op_overflow();
}

function py_imod(a, b) {
  if (b === 0) throw py_err('ZeroDivisionError', 'integer modulo by zero');
  var m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) return py_iplus(m, b);
  return m + 0;
}

// CPython's _float_div_mod: [floor quotient, remainder] of two doubles (divisor nonzero).
function py_op_fdivmod(vx, wx) {
  var mod = vx % wx;
  var div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  var fd;
  if (div !== 0) {
    fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    var q = vx / wx;
    fd = (q < 0 || (q === 0 && 1 / q < 0)) ? -0 : 0;
  }
  return [fd, mod];
}

function py_ffloordiv(a, b) {
  if (typeof a !== 'number') a = py_numval(a);
  if (typeof b !== 'number') b = py_numval(b);
  if (b === 0) throw py_err('ZeroDivisionError', 'float floor division by zero');
  return py_op_fdivmod(a, b)[0];
}

function py_fmod(a, b) {
  if (typeof a !== 'number') a = py_numval(a);
  if (typeof b !== 'number') b = py_numval(b);
  if (b === 0) throw py_err('ZeroDivisionError', 'float modulo');
  var mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function py_floordiv(a, b) {
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka === 1 && kb === 1) return py_ifloordiv(py_numval(a), py_numval(b));
  if (ka === 0 || kb === 0) throw py_op_binerr('//', a, b);
  return py_fbox(py_ffloordiv(py_numval(a), py_numval(b)));
}

function py_mod(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && a % 1 === 0 && b % 1 === 0 &&
      a < 1e21 && a > -1e21 && b < 1e21 && b > -1e21 &&
      (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return py_imod(a, b);
  if (typeof a === 'string') return py_percent_format(a, b);
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka === 0 || kb === 0) throw py_op_binerr('%', a, b);
  if (ka === 1 && kb === 1) return py_imod(py_numval(a), py_numval(b));
  return py_fbox(py_fmod(py_numval(a), py_numval(b)));
}

function py_divmod(a, b) {
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka === 0 || kb === 0) throw py_op_binerr('divmod()', a, b);
  var x = py_numval(a), y = py_numval(b);
  if (ka === 1 && kb === 1) {
    if (y === 0) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
    return py_tuple([py_ifloordiv(x, y), py_imod(x, y)]);
  }
  if (y === 0) throw py_err('ZeroDivisionError', 'float divmod()');
  var r = py_op_fdivmod(x, y);
  return py_tuple([py_fbox(r[0]), py_fbox(r[1])]);
}

// int ** int (both known ints). A negative exponent gives a float (plain number).
function py_ipow(a, b) {
  if (b < 0) return py_fpow(a, b);
  if (b === 0 || a === 1) return 1;
  if (a === 0) return 0;
  if (a === -1) return b % 2 === 0 ? 1 : -1;
  var result = 1, base = a, e = b;
  for (;;) {
    if (e % 2 === 1) result = py_imul(result, base);
    e = Math.floor(e / 2);
    if (e === 0) break;
    base = py_imul(base, base);
  }
  return result;
}

// CPython's float_pow on two doubles; result plain number.
// Math.pow(x, y) as CPython's pow() (glibc) computes it. QuickJS calls the C library, but V8's
// fdlibm rounds integer powers differently (one ulp off for ~8% of x ** 3): there, x ** n goes
// through py_op_powi. An engine is probed once on powers where the two disagree.
var py_POW_OK = null;

function py_powf(x, y) {
  if (y % 1 !== 0 || !(y <= 1048576 && y >= -1048576) || !(x === x) || x === 0 || x === Infinity || x === -Infinity) return Math.pow(x, y);
  if (py_POW_OK === null) {
    py_POW_OK = Math.pow(1.0493143887392031, 3) === 1.1553588211304568 && Math.pow(1.3057182715312, 4) === 2.906684707680667;
  }
  if (py_POW_OK) return Math.pow(x, y);
  var r = py_op_powi(x < 0 ? -x : x, y);
  return (x < 0 && Math.abs(y) % 2 === 1) ? -r : r;
}

// x ** n for a finite x > 0 and an integer n (|n| <= 2**20): the power is built in double-double
// arithmetic (~104 bits) and rounded once, so it is correctly rounded. glibc's pow (CPython's) is
// within 0.52 ulp, so the two still differ by one ulp in a few near-halfway cases per 10,000, where
// V8's Math.pow differs in ~8% (tests/runtime/test_powi.py).
function py_op_powi(x, n) {
  var m = n < 0 ? -n : n;
  var bh = x, bl = 0, rh = 1, rl = 0;
  while (true) {
    if (m & 1) { var r = py_op_ddmul(rh, rl, bh, bl); rh = r[0]; rl = r[1]; }
    m = Math.floor(m / 2);
    if (m === 0) break;
    var b = py_op_ddmul(bh, bl, bh, bl); bh = b[0]; bl = b[1];
    if (!(Math.abs(bh) < 1e300 && Math.abs(bh) > 1e-300)) return Math.pow(x, n);
  }
  if (!(Math.abs(rh) < 1e300 && Math.abs(rh) > 1e-300)) return Math.pow(x, n);
  if (n >= 0) return rh + rl;
  var q = 1 / rh, p = py_op_twoprod(q, rh);
  return q + (((1 - p[0]) - p[1]) - q * rl) / rh;
}

// a * b exactly, as hi + lo (Dekker: Veltkamp splitting, no fused multiply-add in JS).
function py_op_twoprod(a, b) {
  var p = a * b;
  var c = 134217729 * a, ah = c - (c - a), al = a - ah;
  var d = 134217729 * b, bh = d - (d - b), bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

// (ah + al) * (bh + bl) in double-double.
function py_op_ddmul(ah, al, bh, bl) {
  var t = py_op_twoprod(ah, bh);
  var e = t[1] + (ah * bl + al * bh);
  var h = t[0] + e;
  return [h, e - (h - t[0])];
}

function py_fpow(a, b) {
  var iv = typeof a === 'number' ? a : py_numval(a);
  var iw = typeof b === 'number' ? b : py_numval(b);
  if (iw === 2 && iv === iv && iv !== 0 && iv !== Infinity && iv !== -Infinity) {
    // x ** 2 of a finite nonzero x (the common square): what the general path below computes
    var ax = iv < 0 ? -iv : iv, sq = py_POW_OK === true ? Math.pow(ax, 2) : py_powf(ax, 2);
    if (sq === Infinity) throw py_err('OverflowError', 34, 'Numerical result out of range');
    return sq;
  }
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    var av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((iw > 0) === (av > 1.0)) return Infinity;
    return 0.0;
  }
  var odd = (iw < 0 ? -iw : iw) % 2 === 1;
  if (iv === Infinity || iv === -Infinity) {
    if (iw > 0) return odd ? iv : Infinity;
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) throw py_err('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0;
  }
  var neg = false;
  if (iv < 0) {
    if (iw % 1 !== 0) throw py_err('ValueError', 'py2cs: complex results are not supported');
    iv = -iv;
    neg = odd;
  }
  if (iv === 1.0) return neg ? -1.0 : 1.0;
  var ix = py_powf(iv, iw);
  if (ix === Infinity) throw py_err('OverflowError', 34, 'Numerical result out of range');
  return neg ? -ix : ix;
}

function py_pow(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {   // plain numbers: py_op_numkind inlined
    if (a % 1 === 0 && a < 1e21 && a > -1e21 && (a !== 0 || 1 / a > 0) &&
        b % 1 === 0 && b < 1e21 && b >= 0 && (b !== 0 || 1 / b > 0)) return py_ipow(a, b);
    return py_fbox(py_fpow(a, b));
  }
  var ka = py_op_numkind(a), kb = py_op_numkind(b);
  if (ka === 0 || kb === 0) throw py_op_binerr('** or pow()', a, b);
  var x = py_numval(a), y = py_numval(b);
  if (ka === 1 && kb === 1 && y >= 0) return py_ipow(x, y);
  return py_fbox(py_fpow(x, y));
}

function py_neg(x) {
  if (typeof x === 'number') return x !== 0 ? -x : (1 / x > 0 ? 0 : py_fbox(0));
  if (typeof x === 'boolean') return x ? -1 : 0;
  if (x instanceof py_PyFloat) return py_fbox(-x.v);
  if (py_is_counter(x)) return x.py_coll.unary(x, '-');
  throw py_err('TypeError', "bad operand type for unary -: '" + py_op_tn(x) + "'");
}

function py_pos(x) {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof py_PyFloat) return x;
  if (py_is_counter(x)) return x.py_coll.unary(x, '+');
  throw py_err('TypeError', "bad operand type for unary +: '" + py_op_tn(x) + "'");
}

function py_abs(x) {
  if (typeof x === 'number') return x !== 0 ? Math.abs(x) : (1 / x > 0 ? 0 : py_fbox(0));
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof py_PyFloat) return py_fbox(Math.abs(x.v));
  throw py_err('TypeError', "bad operand type for abs(): '" + py_op_tn(x) + "'");
}

function py_invert(x) {
  if (py_op_numkind(x) !== 1) throw py_err('TypeError', "bad operand type for unary ~: '" + py_op_tn(x) + "'");
  var v = py_numval(x);
  if (v > 9007199254740991 || v < -9007199254740992) throw py_op_overflow();
  return -v - 1;
}

// &, |, ^ on ints (two's complement of unbounded ints, exact within +-2**53). op: 0 &, 1 |, 2 ^.
function py_op_bitwise(a, b, op, sym) {
  if (op !== 2 && py_is_counter(a)) return a.py_coll.op(a, b, sym);
  if (py_op_numkind(a) !== 1 || py_op_numkind(b) !== 1) throw py_op_binerr(sym, a, b);
  var x = py_numval(a), y = py_numval(b);
  // operands up to +-2**53 are exact (0 & 2**53 is 0); a result beyond them is the documented limit
  if (x > 9007199254740992 || x < -9007199254740992 || y > 9007199254740992 || y < -9007199254740992) {
    throw py_op_overflow();
  }
  var xh = Math.floor(x / 4294967296), xl = x - xh * 4294967296;
  var yh = Math.floor(y / 4294967296), yl = y - yh * 4294967296;
  var h, l;
  if (op === 0) { h = xh & yh; l = (xl & yl) >>> 0; }
  else if (op === 1) { h = xh | yh; l = (xl | yl) >>> 0; }
  else { h = xh ^ yh; l = (xl ^ yl) >>> 0; }
  // h * 2**32 + l (0 <= l < 2**32) beyond +-2**53 would round: tested on h, exactly
  if (h > 2097152 || (h === 2097152 && l > 0) || h < -2097152) throw py_op_overflow();
  return h * 4294967296 + l;
}

function py_bitand(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b &&
      (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return a & b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a && b;
  if (a instanceof Set && b instanceof Set) return py_set_and(a, b);
  return py_op_bitwise(a, b, 0, '&');
}

// CPython's set_intersection(so, other): with a set, the smaller of the two is iterated (other when the sizes
// are equal) and its elements are the ones kept ({True} & {1} is {1}); any other iterable is iterated and its
// elements that so holds are kept.
function py_set_and(so, other) {
  var r = new Set(), it = other, chk = so, i;
  if (other instanceof Set) {
    if (other.size > so.size) { it = so; chk = other; }
    it.forEach(function (v) { if (chk.has(py_tw(chk, v))) r.add(py_tw(r, v)); });
    return r;
  }
  var e = py_methods_elems(other);
  for (i = 0; i < e.length; i++) if (so.has(py_tw(so, e[i]))) r.add(py_tw(r, e[i]));
  return r;
}

function py_bitor(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b &&
      (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return a | b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  if (a instanceof Map && b instanceof Map) {
    if (py_is_counter(a) && py_is_counter(b)) return a.py_coll.op(a, b, '|');
    // dict | Counter and Counter | dict are dict.__or__: a plain dict (a defaultdict's own | is refused)
    if ((a.py_coll !== undefined && !py_is_counter(a)) || (b.py_coll !== undefined && !py_is_counter(b))) {
      throw (a.py_coll !== undefined && !py_is_counter(a) ? a : b).py_coll.refused("'|' with a defaultdict");
    }
    var m = new Map(a);
    b.forEach(function (v, k) { m.set(py_tw(m, k), v); });
    return m;
  }
  if (a instanceof Set && b instanceof Set) {
    var out = new Set(a);
    b.forEach(function (v) { out.add(py_tw(out, v)); });
    return out;
  }
  return py_op_bitwise(a, b, 1, '|');
}

function py_bitxor(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b &&
      (a !== 0 || 1 / a > 0) && (b !== 0 || 1 / b > 0)) return a ^ b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  if (a instanceof Set && b instanceof Set) {
    var out = new Set();
    a.forEach(function (v) { if (!b.has(py_tw(b, v))) out.add(v); });
    b.forEach(function (v) { if (!a.has(py_tw(a, v))) out.add(py_tw(out, v)); });
    return out;
  }
  return py_op_bitwise(a, b, 2, '^');
}

function py_lshift(a, b) {
  if (py_op_numkind(a) !== 1 || py_op_numkind(b) !== 1) throw py_op_binerr('<<', a, b);
  var x = py_numval(a), y = py_numval(b);
  if (y < 0) throw py_err('ValueError', 'negative shift count');
  if (x === 0) return 0;
  if (y > 60) throw py_op_overflow();
  var r = x * Math.pow(2, y);
  if (r > 9007199254740992 || r < -9007199254740992) throw py_op_overflow();
  return r;
}

function py_rshift(a, b) {
  if (py_op_numkind(a) !== 1 || py_op_numkind(b) !== 1) throw py_op_binerr('>>', a, b);
  var x = py_numval(a), y = py_numval(b);
  if (y < 0) throw py_err('ValueError', 'negative shift count');
  if (y > 80) return x < 0 ? -1 : 0;
  return Math.floor(x / Math.pow(2, y)) + 0;
}

// ---------------------------------------------------------------- indexing

function py_getitem(o, i) {
  if (Array.isArray(o)) {
    if (typeof i === 'number') {
      var j = i < 0 ? i + o.length : i;
      if (j >= 0 && j < o.length && j % 1 === 0) return o[j];
    }
    return py_op_getitem_slow(o, i);
  }
  if (typeof o === 'string') {
    if (typeof i === 'number' && i % 1 === 0 && !py_op_SURR.test(o)) {
      var k = i < 0 ? i + o.length : i;
      if (k >= 0 && k < o.length) return o.charAt(k);
    }
    return py_op_getitem_slow(o, i);
  }
  if (o instanceof Map) {
    var key = typeof i === 'string' ? i : py_mkey(o, i);
    var v = o.get(key);
    if (v !== undefined || o.has(key)) return v;
    if (o.py_coll !== undefined) return o.py_coll.missing(o, i);
    throw py_err('KeyError', i === undefined ? null : i);
  }
  return py_op_getitem_slow(o, i);
}

// o[k] with k statically a str (the common d["key"]): the dict lookup first.
function py_getstr(o, k) {
  if (o instanceof Map) {
    var v = o.get(k);
    if (v !== undefined || o.has(k)) return v;
    if (o.py_coll !== undefined) return o.py_coll.missing(o, k);
    throw py_err('KeyError', k);
  }
  return py_getitem(o, k);
}

// The TypeError for a bad index type (`list indices must be integers or slices, not float`).
function py_op_index_err(o, i) {
  if (typeof o === 'string') return py_err('TypeError', "string indices must be integers, not '" + py_op_tn(i) + "'");
  return py_err('TypeError', py_typename(o) + ' indices must be integers or slices, not ' + py_op_tn(i));
}

// A normalized in-range position of int index i in a sequence of length n, or -1.
function py_op_pos(o, i, n) {
  if (py_op_numkind(i) !== 1) throw py_op_index_err(o, i);
  var v = py_numval(i);
  if (v >= 9223372036854775808 || v < -9223372036854775808) throw py_err('IndexError', "cannot fit 'int' into an index-sized integer");
  if (v < 0) v += n;
  return (v >= 0 && v < n) ? v : -1;
}

function py_op_getitem_slow(o, i) {
  if (o !== null && typeof o === 'object' && o.py_comp === true) throw o.py_ops.refused('item access by id on', o);
  if (Array.isArray(o)) {
    var j = py_op_pos(o, i, o.length);
    if (j < 0) throw py_err('IndexError', o.__py_tuple__ !== true ? 'list index out of range' :
                            o.py_range !== undefined ? 'range object index out of range' : 'tuple index out of range');
    return o[j];
  }
  if (typeof o === 'string') {
    var s = py_op_SURR.test(o);
    var chars = s ? Array.from(o) : null;
    var k = py_op_pos(o, i, s ? chars.length : o.length);
    if (k < 0) throw py_err('IndexError', 'string index out of range');
    return s ? chars[k] : o.charAt(k);
  }
  if (o instanceof Map) return py_getitem(o, i);
  throw py_err('TypeError', "'" + py_op_tn(o) + "' object is not subscriptable");
}

function py_setitem(o, i, v) {
  if (Array.isArray(o) && o.__py_tuple__ !== true) {
    if (typeof i === 'number') {
      var j = i < 0 ? i + o.length : i;
      if (j >= 0 && j < o.length && j % 1 === 0) { o[j] = v; return; }
    }
    var k = py_op_pos(o, i, o.length);
    if (k < 0) throw py_err('IndexError', 'list assignment index out of range');
    o[k] = v;
    return;
  }
  if (o instanceof Map) { o.set(typeof i === 'string' ? i : py_nkey(o, i), v); return; }
  if (o !== null && typeof o === 'object' && o.py_comp === true) throw o.py_ops.refused('item assignment by id on', o);
  throw py_err('TypeError', "'" + py_op_tn(o) + "' object does not support item assignment");
}

function py_delitem(o, i) {
  if (Array.isArray(o) && o.__py_tuple__ !== true) {
    var k = py_op_pos(o, i, o.length);
    if (k < 0) throw py_err('IndexError', 'list assignment index out of range');
    o.splice(k, 1);
    return;
  }
  if (o instanceof Map) {
    var key = py_mkey(o, i);
    if (!o.has(key)) {
      if (py_is_counter(o)) return;      // Counter.__delitem__ ignores a missing key
      throw py_err('KeyError', i === undefined ? null : i);
    }
    o.delete(key);
    py_ddel(o);
    return;
  }
  if (o !== null && typeof o === 'object' && o.py_comp === true) throw o.py_ops.refused('item deletion by id on', o);
  // CPython: PySequence_DelItem ("doesn't") for sequence-ish types and an int index, else "does not".
  var t = py_op_tn(o);
  var does = ((py_istuple(o) || t === 'range' || t === 'str' || t === 'set') && py_op_numkind(i) === 1) ? "doesn't" : 'does not';
  throw py_err('TypeError', "'" + t + "' object " + does + ' support item deletion');
}

// ---------------------------------------------------------------- slicing

// CPython's PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength].
function py_op_slice_indices(n, start, stop, step) {
  var bad = 'slice indices must be integers or None or have an __index__ method';
  if (step == null) step = 1;
  else {
    if (py_op_numkind(step) !== 1) throw py_err('TypeError', bad);
    step = py_numval(step);
    if (step === 0) throw py_err('ValueError', 'slice step cannot be zero');
  }
  if (start == null) start = step < 0 ? Infinity : 0;
  else if (py_op_numkind(start) !== 1) throw py_err('TypeError', bad);
  else start = py_numval(start);
  if (stop == null) stop = step < 0 ? -Infinity : Infinity;
  else if (py_op_numkind(stop) !== 1) throw py_err('TypeError', bad);
  else stop = py_numval(stop);
  if (start < 0) {
    start += n;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= n) {
    start = step < 0 ? n - 1 : n;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= n) {
    stop = step < 0 ? n - 1 : n;
  }
  var len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    len = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, len];
}

function py_slice(o, start, stop, step) {
  if (Array.isArray(o) && o.py_range !== undefined) return py_op_range_slice(o, start, stop, step);
  if (step == null && (start == null || ((start | 0) === start && 1 / start !== -Infinity)) &&
      (stop == null || ((stop | 0) === stop && 1 / stop !== -Infinity))) {
    // step 1 and int bounds (not the float -0.0) below 2**31: JS slice clamps exactly as CPython does
    var b0 = start == null ? 0 : start, e0 = stop == null ? undefined : stop;
    if (Array.isArray(o)) {
      var part = o.slice(b0, e0);
      return o.__py_tuple__ === true ? py_tuple(part) : part;
    }
    if (typeof o === 'string' && !py_op_SURR.test(o)) return o.slice(b0, e0);
  }
  var isStr = typeof o === 'string';
  if (!isStr && !Array.isArray(o)) {
    if (o instanceof Map) throw py_err('TypeError', "unhashable type: 'slice'");
    throw py_err('TypeError', "'" + py_op_tn(o) + "' object is not subscriptable");
  }
  var seq = (isStr && py_op_SURR.test(o)) ? Array.from(o) : o;
  var ix = py_op_slice_indices(seq.length, start, stop, step);
  var b = ix[0], st = ix[2], len = ix[3];
  if (isStr) {
    if (st === 1) return seq === o ? o.slice(b, b + len) : seq.slice(b, b + len).join('');
    var s = '';
    for (var i = 0, p = b; i < len; i++, p += st) s += seq[p];
    return s;
  }
  var out;
  if (st === 1) out = o.slice(b, b + len);
  else {
    out = new Array(len);
    for (var j = 0, q = b; j < len; j++, q += st) out[j] = o[q];
  }
  return o.__py_tuple__ === true ? py_tuple(out) : out;
}

// A slice of a range is a range (CPython's compute_slice: the item positions mapped through the range).
function py_op_range_slice(r, start, stop, step) {
  var ix = py_op_slice_indices(r.length, start, stop, step), rg = r.py_range, out = new Array(ix[3]);
  for (var j = 0, q = ix[0]; j < ix[3]; j++, q += ix[2]) out[j] = r[q];
  return py_range_of(out, rg[0] + ix[0] * rg[2], rg[0] + ix[1] * rg[2], rg[2] * ix[2]);
}

function py_op_check_list_target(o, what) {
  if (Array.isArray(o) && o.__py_tuple__ !== true) return;
  if (o instanceof Map) throw py_err('TypeError', "unhashable type: 'slice'");
  throw py_err('TypeError', "'" + py_op_tn(o) + "' object does not support item " + what);
}

function py_setslice(o, start, stop, step, values) {
  py_op_check_list_target(o, 'assignment');
  var ix = py_op_slice_indices(o.length, start, stop, step);
  var b = ix[0], e = ix[1], st = ix[2], len = ix[3];
  var vals = py_op_iter_opt(values);
  if (vals === null) throw py_err('TypeError', st === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (vals === o) vals = vals.slice();
  if (st === 1) {
    if (e < b) e = b;
    var tail = o.slice(e);
    o.length = b;
    for (var i = 0; i < vals.length; i++) o.push(vals[i]);
    for (var t = 0; t < tail.length; t++) o.push(tail[t]);
    return;
  }
  if (vals.length !== len) {
    throw py_err('ValueError', 'attempt to assign sequence of size ' + vals.length + ' to extended slice of size ' + len);
  }
  for (var j = 0, p = b; j < len; j++, p += st) o[p] = vals[j];
}

function py_delslice(o, start, stop, step) {
  py_op_check_list_target(o, 'deletion');
  var ix = py_op_slice_indices(o.length, start, stop, step);
  var b = ix[0], st = ix[2], len = ix[3];
  if (len === 0) return;
  if (st === 1) { o.splice(b, len); return; }
  if (st < 0) { b = b + (len - 1) * st; st = -st; }
  var drop = new Set();
  for (var j = 0, p = b; j < len; j++, p += st) drop.add(p);
  var w = 0;
  for (var r = 0; r < o.length; r++) if (!drop.has(r)) o[w++] = o[r];
  o.length = w;
}

// ---------------------------------------------------------------- iteration

function py_iter(x) {
  if (Array.isArray(x)) return x;
  var a = py_op_iter_opt(x);
  if (a === null) throw py_err('TypeError', "'" + py_op_tn(x) + "' object is not iterable");
  return a;
}

// A for loop over a dict (or a dict view) whose body may change it: the size at the start, and a
// check before each step, as CPython's dict iterator does. The state also counts the deletions
// (py_ddel): a key deleted and another added keeps the size, and CPython then goes on over its entry
// table (the new keys, or "dictionary keys changed during iteration", or entries skipped after the
// table was compacted, depending on its memory layout), where the loop has a snapshot of the keys.
function py_dsize(x) {
  return x instanceof Map ? x.size + (x.py_dels === undefined ? 0 : x.py_dels) * 4294967296 : -1;
}

function py_iter_check(src, n) {
  if (n >= 0 && py_dsize(src) !== n) {
    if (src.size !== n % 4294967296) throw py_err('RuntimeError', 'dictionary changed size during iteration');
    throw py_err('TypeError', 'py2cs: a dict iterated by a loop had keys deleted and added again; ' +
                 'CPython\'s result depends on its memory layout: iterate over list(d) instead');
  }
  return true;
}

// A key is deleted from a dict (see py_dsize).
function py_ddel(d) {
  d.py_dels = d.py_dels === undefined ? 1 : d.py_dels + 1;
}

function py_len(x) {
  if (Array.isArray(x)) return x.length;
  if (typeof x === 'string') return py_op_strlen(x);
  if (x instanceof Map || x instanceof Set) return x.size;
  if (x !== null && typeof x === 'object' && x.py_comp === true) return x.py_ops.len(x);   // Component.__len__
  throw py_err('TypeError', "object of type '" + py_op_tn(x) + "' has no len()");
}

function py_range(start, stop, step) {
  if (stop === undefined) { stop = start; start = 0; }
  start = py_op_index(start);
  stop = py_op_index(stop);
  step = step === undefined ? 1 : py_op_index(step);
  if (step === 0) throw py_err('ValueError', 'range() arg 3 must not be zero');
  var n = 0;
  if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  if (n > 100000000) throw py_err('MemoryError', 'py2cs: range() of ' + n + ' items is too large to build as a list');
  var out = new Array(n);
  for (var i = 0, v = start; i < n; i++, v += step) out[i] = v;
  return py_range_of(out, start, stop, step);
}

function py_unpack(x, n) {
  var a = Array.isArray(x) ? x : py_op_iter_opt(x);
  if (a === null) throw py_err('TypeError', 'cannot unpack non-iterable ' + py_op_tn(x) + ' object');
  if (a.length === n) return a;
  if (a.length < n) throw py_err('ValueError', 'not enough values to unpack (expected ' + n + ', got ' + a.length + ')');
  throw py_err('ValueError', 'too many values to unpack (expected ' + n + ')');
}

function py_unpack_star(x, before, after) {
  var a = Array.isArray(x) ? x : py_op_iter_opt(x);
  if (a === null) throw py_err('TypeError', 'cannot unpack non-iterable ' + py_op_tn(x) + ' object');
  var n = a.length;
  if (n < before + after) {
    throw py_err('ValueError', 'not enough values to unpack (expected at least ' + (before + after) + ', got ' + n + ')');
  }
  var out = a.slice(0, before);
  out.push(a.slice(before, n - after));
  for (var i = n - after; i < n; i++) out.push(a[i]);
  return out;
}

// ---------------------------------------------------------------- builtins

function py_enumerate(x, start) {
  var s = start === undefined ? 0 : py_op_index(start);
  var a = py_iter(x);
  if (s + a.length > 9007199254740992 || s < -9007199254740991) throw py_op_overflow();
  var out = new Array(a.length);
  for (var i = 0; i < a.length; i++) out[i] = py_tuple([s + i, a[i]]);
  return out;
}

// zip(a, b): py_zip without its arguments object.
function py_zip2(a, b) {
  var x = py_iter(a), y = py_iter(b), n = x.length < y.length ? x.length : y.length, out = new Array(n);
  for (var i = 0; i < n; i++) out[i] = py_tuple([x[i], y[i]]);
  return out;
}

function py_zip() {
  var its = [], n = Infinity, i, j;
  for (i = 0; i < arguments.length; i++) {
    its.push(py_iter(arguments[i]));
    if (its[i].length < n) n = its[i].length;
  }
  if (its.length === 0) return [];
  var out = new Array(n);
  for (i = 0; i < n; i++) {
    var t = new Array(its.length);
    for (j = 0; j < its.length; j++) t[j] = its[j][i];
    out[i] = py_tuple(t);
  }
  return out;
}

function py_reversed(x) {
  var a;
  if (Array.isArray(x)) a = x.slice();
  else if (typeof x === 'string') a = py_op_chars(x);
  else if (x instanceof Map) a = py_map_keys(x);
  else throw py_err('TypeError', "'" + py_op_tn(x) + "' object is not reversible");
  return a.reverse();
}

// What `for x in reversed(x)` indexes from the end: a list itself (CPython's reverse iterator reads it
// live), else the items of a str or a dict's keys; TypeError for what is not reversible.
function py_reversible(x) {
  return Array.isArray(x) ? x : py_reversed(x).reverse();
}

// CPython's merge_compute_minrun.
function py_op_minrun(n) {
  var r = 0;
  while (n >= 64) { r |= n & 1; n = Math.floor(n / 2); }
  return n + r;
}

// Sorts the permutation p (indexes into keys) in place between lo and hi, the way CPython's
// list.sort does: runs found by count_run, short runs extended by binary insertion sort, adjacent
// runs merged stably. Every comparison is py_lt(later, earlier), as in CPython.
function py_op_timsort(keys, p) {
  var n = p.length;
  if (n < 2) return;
  var minrun = py_op_minrun(n);
  var runs = [];
  var lo = 0;
  while (lo < n) {
    // count_run
    var k = lo + 1, desc = false;
    if (k < n) {
      if (py_lt(keys[p[k]], keys[p[k - 1]])) {
        desc = true;
        for (k = k + 1; k < n && py_lt(keys[p[k]], keys[p[k - 1]]); k++) { /* strictly descending */ }
      } else {
        for (k = k + 1; k < n && !py_lt(keys[p[k]], keys[p[k - 1]]); k++) { /* ascending */ }
      }
    }
    if (desc) {
      for (var a = lo, b = k - 1; a < b; a++, b--) { var t = p[a]; p[a] = p[b]; p[b] = t; }
    }
    var runlen = k - lo;
    if (runlen < minrun) {
      var force = Math.min(n - lo, minrun);
      // binarysort over [lo, lo + force) with [lo, k) already sorted
      for (var start = k; start < lo + force; start++) {
        var l = lo, r = start, pivot = p[start], pk = keys[pivot];
        do {
          var m = l + ((r - l) >> 1);
          if (py_lt(pk, keys[p[m]])) r = m; else l = m + 1;
        } while (l < r);
        for (var q = start; q > l; q--) p[q] = p[q - 1];
        p[l] = pivot;
      }
      runlen = force;
    }
    runs.push([lo, lo + runlen]);
    lo += runlen;
  }
  while (runs.length > 1) {
    var next = [];
    for (var ri = 0; ri + 1 < runs.length; ri += 2) {
      py_op_merge(keys, p, runs[ri][0], runs[ri][1], runs[ri + 1][1]);
      next.push([runs[ri][0], runs[ri + 1][1]]);
    }
    if (runs.length % 2 === 1) next.push(runs[runs.length - 1]);
    runs = next;
  }
}

// Stable merge of the sorted ranges p[lo:mid] and p[mid:hi].
function py_op_merge(keys, p, lo, mid, hi) {
  var left = p.slice(lo, mid), i = 0, j = mid, w = lo;
  while (i < left.length && j < hi) {
    if (py_lt(keys[p[j]], keys[left[i]])) p[w++] = p[j++];
    else p[w++] = left[i++];
  }
  while (i < left.length) p[w++] = left[i++];
}

// Sort keys that are all tuples (or all lists) of one length whose every column holds only plain
// numbers (no NaN; no bools or boxed floats) or only strings without surrogates: a total order in
// which the first differing column decides, as CPython's tuple comparison does for such values.
function py_op_tuple_keys(keys) {
  var k0 = keys[0], m = k0.length, tup = k0.__py_tuple__ === true, n = keys.length, i, j;
  for (i = 0; i < n; i++) {
    var k = keys[i];
    if (!Array.isArray(k) || k.length !== m || (k.__py_tuple__ === true) !== tup || k.py_range !== undefined) return false;
  }
  for (j = 0; j < m; j++) {
    var t = typeof k0[j];
    if (t !== 'number' && t !== 'string') return false;
    for (i = 0; i < n; i++) {
      var v = keys[i][j];
      if (typeof v !== t || v !== v || (t === 'string' && py_op_SURR.test(v))) return false;
    }
  }
  return true;
}

function py_sorted(x, key, reverse, inplace) {
  var isSet = x instanceof Set;
  var items = isSet ? py_set_vals(x) : py_iter(x).slice();
  var n = items.length, i;
  var keys = items;
  if (key != null) {
    keys = new Array(n);
    for (i = 0; i < n; i++) keys[i] = key(items[i]);
  }
  if (n >= 64) {
    // Beyond binary insertion sort CPython gallops; with keys that are not totally ordered (NaN, sets)
    // its exact result is not reproduced here, so refuse rather than return a different order.
    for (i = 0; i < n; i++) {
      var kk = keys[i];
      if (kk !== kk || kk instanceof Set) {
        throw py_err('ValueError', 'py2cs: sorting 64 or more items whose keys include NaN or sets is not supported');
      }
    }
  }
  var rev = py_bool(reverse);
  var p = new Array(n), k0 = n > 1 ? keys[0] : undefined;
  // kind 1: keys all numbers (ints, floats, boxed floats; no NaN); 2: all strings; 0: anything else
  var kind = (typeof k0 === 'number' || k0 instanceof py_PyFloat) ? 1 : (typeof k0 === 'string' ? 2 :
    (Array.isArray(k0) && k0.length > 0 ? 3 : 0));
  var nk = keys, surr = false, m = 0;
  if (kind === 3) kind = py_op_tuple_keys(keys) ? 3 : 0;
  if (kind === 1) {
    for (i = 0; i < n; i++) {
      var kv = keys[i];
      if (typeof kv !== 'number') {
        if (!(kv instanceof py_PyFloat)) { kind = 0; break; }
        if (nk === keys) nk = keys.slice();
        kv = nk[i] = kv.v;
      }
      if (kv !== kv) { kind = 0; break; }
    }
  } else if (kind === 2) {
    for (i = 0; i < n; i++) {
      var ks = keys[i];
      if (typeof ks !== 'string') { kind = 0; break; }
      if (!surr && py_op_SURR.test(ks)) surr = true;
    }
  }
  if (kind !== 0) {
    // A total order, so any stable sort gives CPython's result; the engine's sort with ties broken by
    // position is one. Distinct doubles never subtract to 0; a tie (or inf - inf) falls to the position.
    for (i = 0; i < n; i++) p[i] = i;
    if (kind === 1) {
      p.sort(rev ? function (a, b) { return (nk[b] - nk[a]) || a - b; }
                 : function (a, b) { return (nk[a] - nk[b]) || a - b; });
    } else if (kind === 3) {
      // tuples (or lists) of one length whose columns are all plain numbers (no NaN) or all strings
      // without surrogates: compared by the first column that differs
      m = k0.length;
      p.sort(function (a, b) {
        var x = keys[a], y = keys[b];
        for (var j = 0; j < m; j++) {
          var u = x[j], v = y[j];
          if (u !== v) return (u < v) !== rev ? -1 : 1;
        }
        return a - b;
      });
    } else if (!surr) {
      // without surrogates UTF-16 order is code-point order
      p.sort(rev ? function (a, b) { var x = keys[a], y = keys[b]; return x > y ? -1 : (x < y ? 1 : a - b); }
                 : function (a, b) { var x = keys[a], y = keys[b]; return x < y ? -1 : (x > y ? 1 : a - b); });
    } else {
      var sgn = rev ? -1 : 1;
      p.sort(function (a, b) { var c = py_strcmp(keys[a], keys[b]); return c !== 0 ? c * sgn : a - b; });
    }
  } else {
    for (i = 0; i < n; i++) p[i] = rev ? n - 1 - i : i;
    try {
      py_op_timsort(keys, p);
    } catch (e) {
      // list.sort() whose comparison raised: CPython leaves the list as its sort had rearranged it so far
      // (reversed back when reverse=True). Below 64 items that is one binary insertion sort, which
      // py_op_timsort does the same way; its merges of longer lists are not CPython's galloping merges.
      if (inplace && n >= 64 && e.py_type === 'TypeError') {
        throw py_err('TypeError', 'py2cs: list.sort() of 64 or more items failed part way (' + e.message +
                     '); CPython leaves the list partly sorted: use xs = sorted(xs)');
      }
      if (inplace) {
        if (rev) p.reverse();
        for (i = 0; i < n; i++) inplace[i] = items[p[i]];
      }
      throw e;
    }
    if (rev) p.reverse();
  }
  var out = new Array(n);
  for (i = 0; i < n; i++) out[i] = items[p[i]];
  if (isSet) {
    for (i = 1; i < n; i++) {
      if (py_eq(keys[p[i]], keys[p[i - 1]])) {
        throw py_err('TypeError', 'py2cs: sorting a set whose elements or keys compare equal has no defined order; sort a list');
      }
    }
  }
  return out;
}

function py_op_minmax(args, key, dflt, hasDefault, isMax) {
  var name = isMax ? 'max' : 'min';
  if (args.length === 0) throw py_err('TypeError', name + ' expected at least 1 argument, got 0');
  var items, isSet = false;
  if (args.length === 1) {
    isSet = args[0] instanceof Set;
    items = py_op_iter_any(args[0]);
  } else {
    if (hasDefault) throw py_err('TypeError', 'Cannot specify a default for ' + name + '() with multiple positional arguments');
    items = args;
  }
  if (items.length === 0) {
    if (hasDefault) return dflt;
    throw py_err('ValueError', name + '() arg is an empty sequence');
  }
  var best = items[0], bk = key == null ? best : key(best), i = 1;
  if (key == null && !isSet) {
    // no key: compare the items themselves, plain numbers without a helper call
    for (; i < items.length; i++) {
      var w = items[i];
      if (typeof w === 'number' && typeof best === 'number' ? (isMax ? w > best : w < best)
          : (isMax ? py_gt(w, best) : py_lt(w, best))) best = w;
    }
    return best;
  }
  for (; i < items.length; i++) {
    var v = items[i], k = key == null ? v : key(v);
    if (isMax ? py_gt(k, bk) : py_lt(k, bk)) { best = v; bk = k; }
    else if (isSet && py_eq(k, bk)) {
      throw py_err('TypeError', 'py2cs: ' + name + '() of a set with equal elements or keys has no defined result; use a list');
    }
  }
  return best;
}

// min()/max() of a generator expression, lowered to one pass: the thunk starts from this marker and
// returns it when the generator yielded nothing.
var py_NOITEM = {py_noitem: true};

function py_minmax_end(r, name) {
  if (r === py_NOITEM) throw py_err('ValueError', name + '() arg is an empty sequence');
  return r;
}

function py_min(args, key, dflt, hasDefault) { return py_op_minmax(args, key, dflt, hasDefault, false); }

function py_max(args, key, dflt, hasDefault) { return py_op_minmax(args, key, dflt, hasDefault, true); }

function py_sum(x, start) {
  // CPython takes the iterator first: sum(5, 'a') is "'int' object is not iterable", not the str refusal
  if (typeof start === 'string' && (x === null || typeof x !== 'object' || x instanceof py_PyFloat)) py_op_iter_any(x);
  var st = py_sum_acc(start);
  var items = py_op_iter_any(x), n = items.length;
  if (x instanceof Set) {
    for (var j = 0; j < n; j++) {
      if (py_op_numkind(items[j]) !== 1) throw py_err('TypeError', 'py2cs: summing a set of non-ints has no defined order; use sum(sorted(s))');
    }
  }
  for (var i = 0; i < n; i++) py_sum_push(st, items[i]);
  return py_sum_end(st);
}

// sum() as an accumulator: py_sum_acc(start), py_sum_push(acc, item) for each item as it is produced
// (sum() of a generator adds as it goes, as CPython does), py_sum_end(acc). Ints are summed exactly as
// s + c (c collects the exact rounding errors, TwoSum), like CPython's exact int sum; at the first
// float the exact total is rounded once and the sum goes on in floats; at the first non-number the
// total so far becomes an ordinary value and the rest goes through py_add.
function py_sum_acc(start) {
  if (start === undefined) start = 0;
  if (typeof start === 'string') throw py_err('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  var ks = py_op_numkind(start);
  return {fast: ks !== 0, isf: ks === 2, s: ks !== 0 ? py_numval(start) : 0, c: 0, n: 0, acc: start};
}

function py_sum_push(st, v) {
  if (st.fast) {
    var k = py_op_numkind(v);
    if (k !== 0) {
      var y = py_numval(v);
      if (k === 2 && !st.isf) { st.isf = true; st.s = st.s + st.c; st.c = 0; }
      if (st.isf) st.s += y;
      else {
        var s = st.s, t = s + y, bp = t - s;
        st.c += (s - (t - bp)) + (y - bp);
        st.s = t;
      }
      st.n++;
      return;
    }
    py_sum_flush(st, v);
  }
  st.acc = py_add(st.acc, v);
}

// The exact total so far as a value; `next` is the non-number that ends the fast path, if any.
function py_sum_flush(st, next) {
  st.fast = false;
  if (st.n === 0) return;
  if (st.isf) { st.acc = py_fbox(st.s); return; }
  var r = st.s + st.c;
  if (r <= 9007199254740991 && r >= -9007199254740991) st.acc = r + 0;
  else if (next !== undefined) throw py_op_binerr('+', 0, next);  // int + a non-number
  else st.acc = py_op_bigint(r, r - st.s === st.c);
}

function py_sum_end(st) {
  if (st.fast) py_sum_flush(st);
  return st.acc;
}

// sum(), min()/max(), set() and dict() of a generator, map() or filter() (it: a JS iterator object, as
// py_it_map makes): CPython's builtins take one item at a time, so an item that cannot be added, compared
// or hashed raises before later items are computed, and a key function runs between the items.
function py_sum_it(it, start) {
  var st = py_sum_acc(start);
  for (var s = it.next(); !s.done; s = it.next()) py_sum_push(st, s.value);
  return py_sum_end(st);
}

function py_minmax_it(it, key, dflt, hasDefault, isMax) {
  var s = it.next();
  if (s.done) {
    if (hasDefault) return dflt;
    throw py_err('ValueError', (isMax ? 'max' : 'min') + '() arg is an empty sequence');
  }
  var best = s.value, bk = key == null ? best : key(best);
  for (s = it.next(); !s.done; s = it.next()) {
    var v = s.value, k = key == null ? v : key(v);
    if (isMax ? py_gt(k, bk) : py_lt(k, bk)) { best = v; bk = k; }
  }
  return best;
}

function py_set_it(it) {
  var out = new Set();
  for (var s = it.next(); !s.done; s = it.next()) out.add(py_nkey(out, s.value));
  return out;
}

function py_dict_it(it) {
  var out = new Map();
  for (var i = 0, s = it.next(); !s.done; s = it.next(), i++) py_dict_update_item(out, s.value, i);
  return out;
}

function py_any(x) {
  var a = py_op_iter_any(x);
  for (var i = 0; i < a.length; i++) if (py_bool(a[i])) return true;
  return false;
}

function py_all(x) {
  var a = py_op_iter_any(x);
  for (var i = 0; i < a.length; i++) if (!py_bool(a[i])) return false;
  return true;
}

function py_map(f) {
  var its = [], i, j;
  for (i = 1; i < arguments.length; i++) its.push(py_iter(arguments[i]));
  if (its.length === 0) throw py_err('TypeError', 'map() must have at least two arguments.');
  var k = its.length, out = [];
  for (i = 0; ; i++) {
    // each iterable's length read before each step, in order, as CPython's map calls next() on each: a list the
    // function changes is read as it is now, a deque's loop Proxy raises "deque mutated during iteration"
    for (j = 0; j < k; j++) if (i >= its[j].length) return out;
    if (typeof f !== 'function') throw py_not_callable(f);
    try {
      if (k === 1) out.push(f(its[0][i]));
      else {
        var args = new Array(k);
        for (j = 0; j < k; j++) args[j] = its[j][i];
        out.push(f.apply(null, args));
      }
    } catch (e) {
      // a StopIteration raised by the function ends the map for CPython's consumers (no PEP 479 here)
      if (py_is_stop(e)) return out;
      throw e;
    }
  }
}

function py_filter(f, it) {
  var a = py_iter(it), out = [];
  for (var i = 0; i < a.length; i++) {
    var v = a[i];
    if (f == null) { if (py_bool(v)) out.push(v); }
    else if (typeof f !== 'function') throw py_not_callable(f);
    else {
      var keep;
      try {
        keep = f(v);
      } catch (e) {
        if (py_is_stop(e)) return out;   // (as py_map)
        throw e;
      }
      if (py_bool(keep)) out.push(v);
    }
  }
  return out;
}

function py_list(x) {
  if (x === undefined) return [];
  if (Array.isArray(x)) return x.slice();
  return py_iter(x);
}

function py_tuple_of(x) {
  if (x === undefined) return py_tuple([]);
  if (py_istuple(x) && x.py_isocal !== true && x.py_urlnt === undefined) return x;    // (tuple() of a named tuple: a plain tuple)
  return py_tuple(Array.isArray(x) ? x.slice() : py_iter(x));
}

function py_dict(x, kwargs) {
  var m;
  if (x === undefined) m = new Map();
  else if (x instanceof Map) m = new Map(x);
  else {
    m = new Map();
    var a = py_iter(x);
    for (var i = 0; i < a.length; i++) {
      var pair = py_op_iter_opt(a[i]);
      if (pair === null) throw py_err('TypeError', 'cannot convert dictionary update sequence element #' + i + ' to a sequence');
      if (pair.length !== 2) {
        throw py_err('ValueError', 'dictionary update sequence element #' + i + ' has length ' + pair.length + '; 2 is required');
      }
      m.set(py_nkey(m, pair[0]), pair[1]);
    }
  }
  if (kwargs != null) kwargs.forEach(function (v, k) { m.set(k, v); });
  return m;
}

function py_set(x) {
  if (x === undefined) return new Set();
  if (x instanceof Set) return new Set(x);
  var a = py_iter(x), s = new Set();
  for (var i = 0; i < a.length; i++) s.add(py_nkey(s, a[i]));
  return s;
}

function py_isinstance(x, names) {
  for (var i = 0; i < names.length; i++) {
    var ok;
    switch (names[i]) {
      case 'int': ok = py_op_numkind(x) === 1; break;
      case 'float': ok = py_op_numkind(x) === 2; break;
      case 'bool': ok = typeof x === 'boolean'; break;
      case 'str': ok = typeof x === 'string'; break;
      case 'list': ok = Array.isArray(x) && x.__py_tuple__ !== true; break;
      case 'tuple': ok = py_istuple(x); break;
      case 'dict': ok = x instanceof Map; break;
      case 'set': ok = x instanceof Set; break;
      case 'NoneType': ok = x == null; break;
      case 'object': ok = true; break;
      // 'exc:ValueError': an exception object (raised and caught, or made by ValueError(...)) of that class or
      // a subclass, as `except` matches it; any other value is no exception
      default: ok = names[i].slice(0, 4) === 'exc:' && py_is_exc(x) && py_exc_match(x, [names[i].slice(4)]);
    }
    if (ok) return true;
  }
  return false;
}

function py_dict_merge() {
  var m = new Map();
  for (var i = 0; i < arguments.length; i++) {
    var d = arguments[i];
    if (!(d instanceof Map)) throw py_err('TypeError', "'" + py_op_tn(d) + "' object is not a mapping");
    d.forEach(function (v, k) { m.set(py_tw(m, k), v); });
  }
  return m;
}

function py_list_concat() {
  var out = [];
  for (var i = 0; i < arguments.length; i++) {
    var part = arguments[i];
    var a = Array.isArray(part) ? part : py_op_iter_opt(part);
    if (a === null) throw py_err('TypeError', 'Value after * must be an iterable, not ' + py_op_tn(part));
    for (var j = 0; j < a.length; j++) out.push(a[j]);
  }
  return out;
}

function py_callable(x) {
  return typeof x === 'function';
}

function py_print() {
  var parts = py_print_strs(arguments);
  if (typeof console !== 'undefined' && console && typeof console.log === 'function') console.log(parts.join(' '));
  return null;
}

// str() of each item print() writes, with py_PRINTING set (a function is shown as '<function name>' there)
function py_print_strs(items) {
  var parts = new Array(items.length);
  py_PRINTING = true;
  try {
    for (var i = 0; i < items.length; i++) parts[i] = py_str(items[i]);
  } finally {
    py_PRINTING = false;
  }
  return parts;
}

// print(*items, sep=sep, end=end): the line goes to console.log (which adds its own newline, so one
// trailing '\n' of the output is dropped). sep/end must be str or None, as in CPython.
function py_print_sep(items, sep, end) {
  if (sep === undefined || sep === null) sep = ' ';
  else if (typeof sep !== 'string') throw py_err('TypeError', 'sep must be None or a string, not ' + py_coll_tn(sep));
  if (end === undefined || end === null) end = '\n';
  else if (typeof end !== 'string') throw py_err('TypeError', 'end must be None or a string, not ' + py_coll_tn(end));
  var out = py_print_strs(items).join(sep) + end;
  if (out.charAt(out.length - 1) === '\n') out = out.slice(0, -1);
  if (typeof console !== 'undefined' && console && typeof console.log === 'function') console.log(out);
  return null;
}
