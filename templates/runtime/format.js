// format.js: text conversions (str/repr/ascii), the format-spec mini-language, str.format,
// printf-style %, round/int/float parsing, chr/ord/hex/oct/bin, json.dumps/loads and math.
// See docs/internals/runtime-contract.md ("format.js").

// ---------------------------------------------------------------- str / repr

// Note: a plain JS -0 is treated as the float -0.0 (int arithmetic never produces -0; float
// operations do), like the test harness does.

// Code points that are NOT printable per CPython 3.11 str.isprintable (Unicode 14.0: categories
// Cc Cf Cs Co Cn Zl Zp Zs except U+0020). Encoded as "gap[.len-1]" base-36 items: gap from the
// end of the previous range + 1 to the start of this range. Decoded lazily by py_nonprint_table.
var py_NONPRINT_SRC = '0.v,2n.x,c,ju.1,6.3,7,1,k,b1,12.1,1e.1,3,1j.7,r.3,6.g,m,5c,1c.1,1n.1,2t.d,1n.1,1d.1,f,s.1,1,b.4,v.8,22,4h,8.1,2.1,m,7,1.2,4.1,9.1,2.1,4.7,1.3,2,5.1,p.1,3,6.3,2.1,m,7,2,2,2.1,1,5.3,2.1,3.2,1.6,4,1.6,h.9,3,9,3,m,7,2,5.1,a,3,3.1,1.e,4.1,c.6,7,3,8.1,2.1,m,7,2,5.1,9.1,2.1,3.6,3.3,2,5.1,i.9,2,6.2,3,4.2,2,1,2.2,2.2,3.2,c.3,5.2,3,4.1,1.5,1.d,l.4,d,3,n,g.1,9,3,4.6,2,3.1,1.1,4.1,a.6,m,3,n,a,5.1,9,3,4.6,2.5,2,4.1,a,2.c,d,3,1f,3,6.3,g.1,q,3,i.2,o,9,1.1,7.2,1.3,6,1,8.5,a.1,3.b,1m.3,t.10,2,1,5,o,1,n.1,5,1,6.1,a.1,4.v,20,10.3,13,10,f,d.10,5i,1.4,1.1,ah,4.1,7,1,4.1,15,4.1,x,4.1,7,1,4.1,f,1l,4.1,1v.1,w.2,q.5,2e.1,6.1,hs,s.2,2h.6,m.8,o.8,k.b,d,3,2.b,2m.1,a.5,a.5,e,b.5,2h.6,17.4,1y.9,v,c.3,c.3,1.2,16.1,5.a,18.3,q.5,b.2,1q.1,1t,t.1,b.5,a.5,e.1,v.1c,25.2,1b,38.7,1o.2,f.2,1o.6,17.1,b.7,17.4,eu.1,6.1,12.1,6.1,8,1,1,1,v.1,1h,f,e.1,6,j.1,3,9.g,o.7,1b.g,2.1,r,d.2,x.e,x.e,3w.3,if.o,b.k,1ec.1,w,9p.4,19,1.4,1.1,1k.6,2.d,o.8,7,7,7,7,7,7,7,7,3i.x,q,2h.b,5y.p,c.4,1r,2e.1,2v.4,17,2m,2c.b,1b,mlp.2,1j.8,9o.j,54.7,5n.4,2,1,5.n,1n.2,a.5,1k.7,1y.7,c.5,38.a,u.2,26,b.3,x,1j.8,e.1,a.1,2v.n,s.9,6.1,6.1,6.8,7,7,1o.3,3i.1,a.5,8mc.b,n.3,1d.6ir,a6.1,2y.11,7.b,5.4,q,5,1,2,2,3h.f,cd.1,1i.6,1.v,16.5,1f,j,4.3,5,3r.3,5a.2,6.1,6.1,6.1,3.2,7,7.c,2.1,c,q,j,2,f.1,e.x,3f.4,3.3,19.2,2g,d.2,1.1a,1a.3l,t.2,1d.e,s.3,10.8,u.4,17.4,u,11.3,e.15,4e.1,a.5,10.3,10.3,14.7,1g.a,c,f,7,2,b,f,7,2.1u,8n.8,m.9,8.n,6,16,9.1w,6.1,1,18,2.2,1.1,n,20.7,9.1b,j,2.4,x.2,r.4,1.1r,1k.3,k.1,1e,2.4,8,3,t.1,3.3,a.6,9.6,1s.v,13.3,c.8,1i.2,t.1,r.4,q.6,4.b,7.27,21.1i,1f.c,1f.6,1a.7,a.85,v,16,3.1,2.25,14.7,16.l,q.11,s.j,n.8,26.3,10.8,1q,5.c,p.6,a.5,1h,i.7,13.8,2o,k.a,i,18.1s,7,1,4,f,b.5,1n.4,a.5,4,8.1,2.1,m,7,2,5,a.1,2.1,3.1,1.5,1.4,7.1,7.2,5.3u,2k,5.t,20.7,a.4l,1i.1,12.x,1x.a,a.5,d.i,1m.5,a.1h,r.1,f.3,n.54,1o.2r,2b.b,8.1,1.1,8,2,u,2.1,c.8,a.1x,8.1,1a.1,b.q,20.7,2b.c,21.7a,9,19,e.9,t.2,w.1,m,e.20,7,2,18.2,1,2,9.7,a.5,6,2,11,2,6.6,a.8l,p.52,1.e,1e.c,pn.2t,33,5.a,5g.217,2r.c,tr.34g,g7.6ns,ft.6,v,a.3,29,a.5,u.1,6.9,1y.9,a,7,l.4,j.j3,2j.2s,23.3,1l.6,h.1r,5.a,2.d,4qg.7,ye.15,9.6w6,4,7,2,83.18,3.g,4.7,b0.1s3,2z.4,d.2,9.6,a.1,4.3mn,1a.1,n.8,38.1n,6u.9,13.1,22.7,34.k,1y.49,k.b,2f.8,p.3q,2d,1z,2.1,1.1,2.1,4,c,1,7,1t,4.1,8,7,s,4,5,1.2,7,9g.1,84.1,ji.e,5,f.un,v.68,7,h.1,7,2,5.5w,19.2,e.1,a.3,2.8v,v.g,1m.4,1.yn,7,4,2,f,5h.1,g.14,24.3,a.3,2.ls,1w.23,1p.5d,4,r,2,1.1,1,a,4,1,1.5,1.3,1,1,1,3,2,1.1,1,1,1,1,1,2,1.1,4,7,4,4,1,a,h.4,3,5,h.1f,2.7h,18.3,2s.b,f.1,f,f,11.9,4u.1j,t.c,18.3,9.6,2.d,6.49,rc.4,g.2,d.2,38.b,2h.6,c.3,1.e,c.3,1k.7,a.5,14.7,u.1,2.25,9g.b,e.1,5.2,5.2,7.8,t.2,b.4,6.9,a.5,8.7,7.8,43,1j.10,a.sl,wyo.v,37d.6,66.1,4g2.d,5rl.2e6,f2.15t,3t7.fcms,6o.47bj';

var py_NONPRINT = null;

function py_nonprint_table() {
  if (py_NONPRINT === null) {
    var items = py_NONPRINT_SRC.split(','), starts = [], ends = [], prev = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i], dot = it.indexOf('.');
      var a = prev + parseInt(dot < 0 ? it : it.slice(0, dot), 36);
      var b = a + (dot < 0 ? 0 : parseInt(it.slice(dot + 1), 36));
      starts.push(a); ends.push(b); prev = b + 1;
    }
    py_NONPRINT = [starts, ends];
  }
  return py_NONPRINT;
}

// True when code point cp is printable (CPython's Py_UNICODE_ISPRINTABLE).
function py_isprintable_cp(cp) {
  if (cp < 0x7F) return cp >= 0x20;
  if (cp < 0xA1) return false;
  var t = py_nonprint_table(), s = t[0], e = t[1], lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1;
    if (cp < s[mid]) hi = mid - 1;
    else if (cp > e[mid]) lo = mid + 1;
    else return false;
  }
  return true;
}

// The digits of a non-negative integral number in base 2, 8 or 16, exact for every double: QuickJS's
// toString(radix) prints decimal digits from 2**53 up (division by a power of two is exact).
function py_radix(n, base) {
  if (n < 9007199254740992) return n.toString(base);
  var s = '';
  while (n > 0) {
    var r = n % base;
    s = '0123456789abcdef'.charAt(r) + s;
    n = (n - r) / base;
  }
  return s;
}

function py_hexpad(n, w) {
  var h = n.toString(16);
  while (h.length < w) h = '0' + h;
  return h;
}

// repr() of a str, choosing quotes like CPython.
function py_str_repr(s) {
  if (/^[ -&(-\[\]-~]*$/.test(s)) return "'" + s + "'";
  var q = (s.indexOf("'") >= 0 && s.indexOf('"') < 0) ? '"' : "'";
  var out = q;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7F) {
      if (c === 0x5C) out += '\\\\';
      else if (s[i] === q) out += '\\' + q;
      else out += s[i];
      continue;
    }
    if (c === 9) { out += '\\t'; continue; }
    if (c === 10) { out += '\\n'; continue; }
    if (c === 13) { out += '\\r'; continue; }
    var cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) cp = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
    }
    if (py_isprintable_cp(cp)) out += cp > 0xFFFF ? s.slice(i, i + 2) : s[i];
    else if (cp <= 0xFF) out += '\\x' + py_hexpad(cp, 2);
    else if (cp <= 0xFFFF) out += '\\u' + py_hexpad(cp, 4);
    else out += '\\U' + py_hexpad(cp, 8);
    if (cp > 0xFFFF) i++;
  }
  return out + q;
}

// An int of the value model (a plain -0 is the float -0.0 here).
function py_fmt_isint(x) {
  return typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21 && (x !== 0 || 1 / x > 0);
}

// py_typename, with a plain -0 being a float.
function py_fmt_typename(x) {
  return (x === 0 && 1 / x < 0) ? 'float' : py_coll_tn(x);
}

// Decimal text of an integral number (exact also beyond 2**53, where String() rounds).
function py_int_str(x) {
  if (x <= 9007199254740992 && x >= -9007199254740992) return String(x);
  var ed = py_exact_digits(x < 0 ? -x : x);
  return (x < 0 ? '-' : '') + ed[0] + '0'.repeat(ed[1] - ed[0].length);
}

// repr() of a float (accepts a PyFloat box): shortest round-trip digits in Python's layout.
function py_float_repr(x) {
  if (typeof x !== 'number' && x instanceof py_PyFloat) x = x.v;
  if ((x >= 1e-4 && x < 1e16) || (x <= -1e-4 && x > -1e16)) {
    // String(x) round-trips; its digits are the shortest when the engine says so, or when there are
    // at most 15 of them (two different decimals of <= 15 significant digits never map to the same
    // double, so no shorter or closer string exists). In this range its layout is Python's, with a
    // '.' exactly when x is not integral.
    var s = String(x), integral = x % 1 === 0;
    if (s.length - (x < 0 ? 1 : 0) - (integral ? 0 : 1) <= 15 || py_SHORTEST_OK === true || py_shortest_ok()) {
      return integral ? s + '.0' : s;
    }
    return py_float_short(x, 'r', 0, false, true, false, false);
  }
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (1 / x < 0) ? '-0.0' : '0.0';
  return py_float_short(x, 'r', 0, false, true, false, false);
}

// Whether the engine's Number-to-String gives the shortest round-trip digits (V8, SpiderMonkey,
// JavaScriptCore do; some QuickJS versions sometimes give one digit more).
var py_SHORTEST_OK = null;

function py_shortest_ok() {
  if (py_SHORTEST_OK === null) {
    py_SHORTEST_OK = String(5.960464477539063e-08) === '5.960464477539063e-8' &&
      (5.960464477539063e-08).toExponential() === '5.960464477539063e-8' &&
      String(2.2250738585072014e-308) === '2.2250738585072014e-308';
  }
  return py_SHORTEST_OK;
}

// Shortest round-trip digits of a finite ax > 0: [digits, decpt] (value = 0.digits * 10**decpt).
function py_shortest(ax) {
  var t = ax.toExponential(), k = t.indexOf('e');
  var mant = t.charAt(0) + (k > 1 ? t.slice(2, k) : '');
  if (mant.length > 1 && !py_shortest_ok()) {
    // The correctly rounded n-digit string round-trips for every n >= the shortest length.
    var best = null;
    for (var p = mant.length - 1; p >= 1; p--) {
      var u = ax.toExponential(p - 1);
      if (parseFloat(u) !== ax) break;
      best = u;
    }
    if (best !== null) {
      t = best; k = t.indexOf('e');
      mant = t.charAt(0) + (k > 1 ? t.slice(2, k) : '');
      var end = mant.length;
      while (end > 1 && mant.charCodeAt(end - 1) === 48) end--;
      mant = mant.slice(0, end);
    }
  }
  return [mant, parseInt(t.slice(k + 1), 10) + 1];
}

// str() of a value statically known to be a float.
function py_str_f(x) {
  return py_float_repr(x);
}

function py_str(x) {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') {
    if ((x | 0) === x) return (x !== 0 || 1 / x > 0) ? '' + x : '-0.0';   // a small int (or the float -0.0)
    if ((x >= 1e-4 && x < 2147483648) || (x <= -1e-4 && x > -2147483649)) {
      // not integral (small ints returned above): String(x) is Python's layout, with a '.'; at most
      // 15 digits are the shortest (see py_float_repr)
      var s = '' + x;
      if (s.length <= 16 || py_SHORTEST_OK === true || py_shortest_ok()) return s;
    }
    return (x % 1 === 0 && x < 1e21 && x > -1e21) ? py_int_str(x) : py_float_repr(x);
  }
  if (x == null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (x instanceof py_PyFloat) return py_float_repr(x.v);
  if (py_is_exc(x)) return py_exc_str(x);     // (a caught PreventUpdate: CPython's str(PreventUpdate()) is '')
  return py_repr(x);
}

var py_REPR_STACK = [];

function py_repr(x) {
  if (typeof x === 'string') return py_str_repr(x);
  if (typeof x === 'number') return (x % 1 === 0 && x < 1e21 && x > -1e21 && (x !== 0 || 1 / x > 0)) ? py_int_str(x) : py_float_repr(x);
  if (x == null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (x instanceof py_PyFloat) return py_float_repr(x.v);
  var parts, i, r;
  if (Array.isArray(x) || x instanceof Map) {
    // self-containing containers print as [...] / {...} like CPython's Py_ReprEnter
    if (py_REPR_STACK.indexOf(x) >= 0 && x.py_coll !== undefined) throw x.py_coll.refused('the repr of a defaultdict or Counter that contains itself');
    if (py_REPR_STACK.indexOf(x) >= 0) return Array.isArray(x) ? (x.__py_tuple__ === true ? '(...)' : '[...]') : '{...}';
    py_REPR_STACK.push(x);
    try {
      if (Array.isArray(x) && x.py_range !== undefined) {
        var rg = x.py_range;
        r = 'range(' + py_int_str(rg[0]) + ', ' + py_int_str(rg[1]) + (rg[2] === 1 ? '' : ', ' + py_int_str(rg[2])) + ')';
      } else if (Array.isArray(x)) {
        parts = new Array(x.length);
        for (i = 0; i < x.length; i++) parts[i] = py_repr(x[i]);
        if (x.__py_tuple__ === true) r = parts.length === 1 ? '(' + parts[0] + ',)' : '(' + parts.join(', ') + ')';
        else r = '[' + parts.join(', ') + ']';
      } else {
        parts = [];
        x.forEach(function (v, k) { parts.push(py_repr(k) + ': ' + py_repr(v)); });
        r = '{' + parts.join(', ') + '}';
        if (x.py_coll !== undefined) r = x.py_coll.repr(x, r);
      }
    } finally {
      py_REPR_STACK.pop();
    }
    return r;
  }
  if (x instanceof Set) {
    if (x.size === 0) return 'set()';
    // CPython prints a set in its hash table's order (for str elements, a per-process random order); a JS Set
    // keeps insertion order: one element has one text, several have no defined one
    if (x.size > 1) throw py_err('TypeError', 'py2cs: the str()/repr() of a set of several elements has no defined order; use sorted(s)');
    parts = [];
    x.forEach(function (v) { parts.push(py_repr(v)); });
    return '{' + parts.join(', ') + '}';
  }
  if (py_is_exc(x)) {
    // an error of the engine itself (a stack overflow) has one argument, its Python message (py_exc_args);
    // PreventUpdate() the one argument ''
    var args = x.py_args || [py_exc_str(x)];
    parts = [];
    for (i = 0; i < args.length; i++) parts.push(py_repr(args[i]));
    return py_exc_type(x) + '(' + parts.join(', ') + ')';
  }
  if (typeof x === 'function') {
    // an operator function, itemgetter or attrgetter: CPython's repr has no address ('<built-in function add>',
    // "operator.itemgetter('a', 1)")
    if (x.py_rp !== undefined) return typeof x.py_rp === 'function' ? x.py_rp() : x.py_rp;
    if (x.$bv !== undefined && x.$bv[1] !== null) return x.$bv[1];   // <built-in function len>, <class 'int'>
    // CPython's '<function f.<locals>.g at 0x7f...>' holds a memory address: no result can match it
    if (py_PRINTING === true) return '<function ' + (x.name || '<lambda>') + '>';
    throw py_err('TypeError', 'py2cs: the str/repr of a function holds its memory address in CPython, which the '
      + 'browser cannot reproduce; use a name or label string instead');
  }
  if (x.py_comp === true) {
    if (x.py_ops.inText === true) return x.py_ops.repr(x);
    throw x.py_ops.refused('str()/repr() of', x);
  }
  return '<object>';
}

// true while print() writes its line: there a function is shown as '<function name>' (console output only)
var py_PRINTING = false;

// ascii(): repr with non-ASCII characters escaped.
function py_ascii(x) {
  var r = py_repr(x), out = '';
  if (!/[^\x00-\x7f]/.test(r)) return r;
  for (var i = 0; i < r.length; i++) {
    var c = r.charCodeAt(i);
    if (c < 0x80) { out += r[i]; continue; }
    var cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < r.length) {
      var d = r.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { cp = (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000; i++; }
    }
    if (cp <= 0xFF) out += '\\x' + py_hexpad(cp, 2);
    else if (cp <= 0xFFFF) out += '\\u' + py_hexpad(cp, 4);
    else out += '\\U' + py_hexpad(cp, 8);
  }
  return out;
}

// ---------------------------------------------------------------- exact float -> decimal digits

var py_F64 = null;

// [mantissa, exponent] with |x| = mantissa * 2**exponent, mantissa an odd integer (x finite, nonzero).
function py_float_parts(ax) {
  if (py_F64 === null) py_F64 = new DataView(new ArrayBuffer(8));
  py_F64.setFloat64(0, ax);
  var hi = py_F64.getUint32(0), lo = py_F64.getUint32(4);
  var be = (hi >>> 20) & 0x7FF, m = (hi & 0xFFFFF) * 4294967296 + lo, e;
  if (be === 0) e = -1074;
  else { m += 4503599627370496; e = be - 1075; }
  while (m % 2 === 0) { m /= 2; e++; }
  return [m, e];
}

// The exact decimal expansion of a finite ax > 0: [digits, decpt], value = 0.digits * 10**decpt,
// no trailing zeros in digits.
function py_exact_digits(ax) {
  var pe = py_float_parts(ax), m = pe[0], e = pe[1];
  var limbs = [m % 1e7, Math.floor(m / 1e7) % 1e7, Math.floor(m / 1e14)];
  var i, carry, v, mul, k;
  var mulsmall = function (f) {
    carry = 0;
    for (i = 0; i < limbs.length; i++) {
      v = limbs[i] * f + carry;
      carry = Math.floor(v / 1e7);
      limbs[i] = v - carry * 1e7;
    }
    while (carry > 0) { limbs.push(carry % 1e7); carry = Math.floor(carry / 1e7); }
  };
  if (e > 0) {
    for (k = e; k > 0; k -= 29) mulsmall(Math.pow(2, k > 29 ? 29 : k));
  } else if (e < 0) {
    for (k = -e; k > 0; k -= 12) mulsmall(Math.pow(5, k > 12 ? 12 : k));
  }
  while (limbs.length > 1 && limbs[limbs.length - 1] === 0) limbs.pop();
  var s = String(limbs[limbs.length - 1]);
  for (i = limbs.length - 2; i >= 0; i--) {
    var t = String(limbs[i]);
    s += '0000000'.slice(t.length) + t;
  }
  var decpt = s.length + (e < 0 ? e : 0);
  var end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  if (e > 0) { /* integer: trailing zeros may exist */ }
  return [s.slice(0, end), decpt];
}

// Like CPython's _Py_dg_dtoa for finite ax >= 0: mode 0 (shortest), 2 (nd significant digits) or
// 3 (nd digits after the point); correctly rounded, ties to even. Returns [digits, decpt].
function py_dtoa(ax, mode, nd) {
  if (ax === 0) return ['0', 1];
  if (mode === 0) return py_shortest(ax);
  var ed = py_exact_digits(ax), d = ed[0], p = ed[1];
  var n = mode === 2 ? nd : p + nd;
  if (n >= d.length) return [d, p];
  if (n < 0) return ['', -nd];
  var c = d.charCodeAt(n), up;
  if (c > 53) up = true;
  else if (c < 53) up = false;
  else if (n + 1 < d.length) up = true;   // digits has no trailing zeros: something nonzero follows
  else up = n > 0 && (d.charCodeAt(n - 1) & 1) === 1;
  if (n === 0) return up ? ['1', p + 1] : ['', -nd];
  d = d.slice(0, n);
  if (up) {
    var j = n - 1;
    while (j >= 0 && d.charCodeAt(j) === 57) j--;
    if (j < 0) return ['1', p + 1];
    d = d.slice(0, j) + String.fromCharCode(d.charCodeAt(j) + 1);
  } else {
    var end = d.length;
    while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
    d = d.slice(0, end);
  }
  return [d, p];
}

// A non-negative decimal string plus one unit in its last place ('1.29' -> '1.30', '9.9' -> '10.0').
function py_fmt_dec_inc(t) {
  var a = t.split(''), i = a.length - 1;
  for (; i >= 0; i--) {
    if (a[i] === '.') continue;
    if (a[i] !== '9') { a[i] = String.fromCharCode(a[i].charCodeAt(0) + 1); return a.join(''); }
    a[i] = '0';
  }
  return '1' + a.join('');
}

// CPython's PyOS_double_to_string + format_float_short. code: 'e', 'f', 'g', 'r' (lower case);
// upper: use 'E', 'INF', 'NAN'. Returns the text with a leading '-' for negative values.
function py_float_short(x, code, prec, alt, addDot0, noNeg0, upper) {
  if (x !== x) return upper ? 'NAN' : 'nan';
  var neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  var ax = neg ? -x : x;
  if (code === 'f' && !alt && prec <= 20 && ax < 9007199254740992) {
    // Fast path: toFixed is exact except that it rounds ties away from zero; a tie needs exactly
    // prec + 1 binary-fraction-derived decimals, i.e. ax * 2**(prec+1) integral but ax * 2**prec not.
    var sc = Math.pow(2, prec), fs;
    if (!((ax * sc * 2) % 1 === 0 && (ax * sc) % 1 !== 0)) {
      fs = ax.toFixed(prec);
    } else {
      // An exact tie: ax has exactly prec + 1 decimals, the last a 5, so toFixed(prec + 1) is exact;
      // drop the 5 and round half to even by hand.
      fs = ax.toFixed(prec + 1);
      fs = fs.slice(0, prec === 0 ? -2 : -1);
      if ((fs.charCodeAt(fs.length - 1) - 48) % 2 === 1) fs = py_fmt_dec_inc(fs);
    }
    if (neg && noNeg0 && /^[0.]*$/.test(fs)) neg = false;
    return neg ? '-' + fs : fs;
  }
  var dp, useExp = false, vend, exp = 0;
  if (code === 'e') dp = py_dtoa(ax, 2, prec + 1);
  else if (code === 'f') dp = py_dtoa(ax, 3, prec);
  else if (code === 'g') { if (prec === 0) prec = 1; dp = py_dtoa(ax, 2, prec); }
  else dp = py_dtoa(ax, 0, 0);
  var d = dp[0], p = dp[1];
  if (noNeg0 && neg && (d === '' || d === '0')) neg = false;
  vend = d.length;
  if (code === 'e') { useExp = true; vend = prec + 1; }
  else if (code === 'f') vend = p + prec;
  else if (code === 'g') {
    if (p <= -4 || p > (addDot0 ? prec - 1 : prec)) useExp = true;
    if (alt) vend = prec;
  } else if (p <= -4 || p > 16) useExp = true;
  if (useExp) { exp = p - 1; p = 1; }
  var vstart = p <= 0 ? p - 1 : 0;
  if (!useExp && addDot0) vend = vend > p ? vend : p + 1;
  else vend = vend > p ? vend : p;
  var out = neg ? '-' : '';
  if (p <= 0) out += '0'.repeat(p - vstart) + '.' + '0'.repeat(-p);
  else out += '0'.repeat(-vstart);
  if (0 < p && p <= d.length) out += d.slice(0, p) + '.' + d.slice(p);
  else out += d;
  if (d.length < p) out += '0'.repeat(p - d.length) + '.' + '0'.repeat(vend - p);
  else out += '0'.repeat(vend - d.length);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    var ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

// ---------------------------------------------------------------- format-spec mini-language

var py_SPEC_CACHE = {};

var py_SPEC_CACHE_N = 0;

function py_cplen(s) {
  var n = s.length;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { n--; i++; }
    }
  }
  return n;
}

// Code points of s as an array of strings.
function py_cps(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { out.push(s.slice(i, i + 2)); i++; continue; }
    }
    out.push(s[i]);
  }
  return out;
}

function py_unknown_code(code, tname) {
  var c = code.codePointAt(0);
  if (c > 32 && c < 128) return py_err('ValueError', "Unknown format code '" + code + "' for object of type '" + tname + "'");
  return py_err('ValueError', "Unknown format code '\\x" + c.toString(16) + "' for object of type '" + tname + "'");
}

// A run of ASCII digits as CPython's get_integer reads it: leading zeros are free, a value beyond
// PY_SSIZE_T_MAX raises. Values beyond 2**53 are not exact here, but only ever compared with lengths.
function py_fmt_ssize(digits) {
  var k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 48) k++;
  if (k > 0) digits = digits.slice(k);
  if (digits.length > 19 || (digits.length === 19 && digits > '9223372036854775807')) {
    throw py_err('ValueError', 'Too many decimal digits in format string');
  }
  return parseInt(digits, 10);
}

// Parse a format spec like CPython's parse_internal_render_format_spec. kind: 's' (str), 'd' (int)
// or 'f' (float) selects the default type and alignment. Results are cached (they are immutable).
function py_parse_spec(spec, kind, tname) {
  var key = kind + spec;
  var cached = py_SPEC_CACHE[key];
  if (cached !== undefined && py_SPEC_CACHE.hasOwnProperty(key)) return cached;
  var cp = py_cps(spec), n = cp.length, pos = 0;
  var sp = {fill: ' ', align: kind === 's' ? '<' : '>', sign: '', z: false, alt: false, width: -1,
    sep: '', prec: -1, type: kind === 'f' ? '' : kind, fillSet: false, alignSet: false};
  var isAlign = function (c) { return c === '<' || c === '>' || c === '=' || c === '^'; };
  var isDigit = function (c) { return c !== undefined && c >= '0' && c <= '9'; };
  if (n - pos >= 2 && isAlign(cp[pos + 1])) {
    sp.align = cp[pos + 1]; sp.fill = cp[pos]; sp.fillSet = true; sp.alignSet = true; pos += 2;
  } else if (n - pos >= 1 && isAlign(cp[pos])) {
    sp.align = cp[pos]; sp.alignSet = true; pos++;
  }
  if (pos < n && (cp[pos] === '+' || cp[pos] === '-' || cp[pos] === ' ')) { sp.sign = cp[pos]; pos++; }
  if (pos < n && cp[pos] === 'z') { sp.z = true; pos++; }
  if (pos < n && cp[pos] === '#') { sp.alt = true; pos++; }
  if (!sp.fillSet && pos < n && cp[pos] === '0') {
    sp.fill = '0';
    if (!sp.alignSet && kind !== 's') sp.align = '=';
    pos++;
  }
  var start = pos;
  while (pos < n && isDigit(cp[pos])) pos++;
  if (pos > start) sp.width = py_fmt_ssize(cp.slice(start, pos).join(''));
  if (pos < n && cp[pos] === ',') { sp.sep = ','; pos++; }
  if (pos < n && cp[pos] === '_') {
    if (sp.sep !== '') throw py_err('ValueError', "Cannot specify both ',' and '_'.");
    sp.sep = '_'; pos++;
  }
  if (pos < n && cp[pos] === ',' && sp.sep === '_') throw py_err('ValueError', "Cannot specify both ',' and '_'.");
  if (pos < n && cp[pos] === '.') {
    pos++;
    start = pos;
    while (pos < n && isDigit(cp[pos])) pos++;
    if (pos === start) throw py_err('ValueError', 'Format specifier missing precision');
    sp.prec = py_fmt_ssize(cp.slice(start, pos).join(''));
  }
  if (n - pos > 1) throw py_err('ValueError', "Invalid format specifier '" + spec + "' for object of type '" + tname + "'");
  // a NUL type character is C's end of string: CPython reads it as the omitted type, which a float formats
  // as '' and an int or str refuses as the unknown code '\x0' (not as a separator error)
  if (n - pos === 1) sp.type = cp[pos] === '\x00' && kind === 'f' ? '' : cp[pos];
  sp.group = 3;
  if (sp.sep !== '') {
    var t = sp.type;
    if (t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === ''
        || t === '\x00') {
      // allowed
    } else if ((t === 'b' || t === 'o' || t === 'x' || t === 'X') && sp.sep === '_') {
      sp.group = 4;
    } else {
      var tc = t.codePointAt(0);
      if (tc > 32 && tc < 128) throw py_err('ValueError', "Cannot specify '" + sp.sep + "' with '" + t + "'.");
      throw py_err('ValueError', "Cannot specify '" + sp.sep + "' with '\\x" + tc.toString(16) + "'.");
    }
  }
  if (py_SPEC_CACHE_N > 500) { py_SPEC_CACHE = {}; py_SPEC_CACHE_N = 0; }
  py_SPEC_CACHE[key] = sp;
  py_SPEC_CACHE_N++;
  return sp;
}

// CPython's _PyUnicode_InsertThousandsGrouping (with zero padding up to minWidth).
function py_group_digits(digits, sep, size, minWidth) {
  var remaining = digits.length;
  if (sep === '') {
    var l0 = Math.max(remaining, minWidth, 1);
    return '0'.repeat(l0 - remaining) + digits;
  }
  var out = '', pos = remaining, useSep = false;
  for (;;) {
    var l = Math.min(size, Math.max(remaining, minWidth, 1));
    var nz = Math.max(0, l - remaining), nc = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nz) + digits.slice(pos - nc, pos) + (useSep ? sep : '') + out;
    pos -= nc;
    useSep = true;
    remaining -= nc;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return out;
}

// CPython's calc_number_widths + fill_number. body: the number text without sign (digits first,
// then the remainder: decimal point, fraction, exponent, '%'...); restLen: -1 to split the body at
// the first non-decimal character, 0 when the whole body is digits (hex...), 1 for the 'c' type.
function py_fill_number(neg, prefix, body, sp, sep, group, restLen) {
  var nd = restLen === 0 ? body.length : 0;
  if (restLen < 0) {
    while (nd < body.length) {
      var c = body.charCodeAt(nd);
      if (c < 48 || c > 57) break;
      nd++;
    }
  }
  var digits = body.slice(0, nd), rest = body.slice(nd);
  var rl = restLen < 0 ? rest.length : restLen;
  var sign = neg ? '-' : (sp.sign === '+' ? '+' : (sp.sign === ' ' ? ' ' : ''));
  var nonDigit = sign.length + prefix.length + rl;
  var minWidth = (sp.fill === '0' && sp.align === '=') ? sp.width - nonDigit : 0;
  var grouped = nd === 0 ? '' : py_group_digits(digits, sep, group, minWidth);
  var pad = sp.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + prefix + grouped + rest;
  var f = sp.fill;
  switch (sp.align) {
    case '<': return sign + prefix + grouped + rest + f.repeat(pad);
    case '^':
      var lp = pad >> 1;
      return f.repeat(lp) + sign + prefix + grouped + rest + f.repeat(pad - lp);
    case '=': return sign + prefix + f.repeat(pad) + grouped + rest;
    default: return f.repeat(pad) + sign + prefix + grouped + rest;
  }
}

function py_format_str(s, sp) {
  if (sp.sign !== '') throw py_err('ValueError', sp.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (sp.z) throw py_err('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) throw py_err('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') throw py_err('ValueError', "'=' alignment not allowed in string format specifier");
  if (sp.width <= s.length && (sp.prec < 0 || sp.prec >= s.length)) {
    // fast path when the UTF-16 length already settles it (code points <= UTF-16 units)
    if (sp.width < 0 || py_cplen(s) >= sp.width) return s;
  }
  var len = py_cplen(s);
  if (sp.prec >= 0 && len > sp.prec) {
    if (len === s.length) s = s.slice(0, sp.prec);
    else s = py_cps(s).slice(0, sp.prec).join('');
    len = sp.prec;
  }
  if (sp.width <= len) return s;
  var pad = sp.width - len, lp = sp.align === '>' ? pad : (sp.align === '^' ? pad >> 1 : 0);
  return sp.fill.repeat(lp) + s + sp.fill.repeat(pad - lp);
}

function py_format_int(v, sp, tname) {
  if (sp.prec >= 0) throw py_err('ValueError', 'Precision not allowed in integer format specifier');
  if (sp.z) throw py_err('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  var t = sp.type;
  if (t === 'c') {
    if (sp.sign !== '') throw py_err('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) throw py_err('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10FFFF) throw py_err('OverflowError', '%c arg not in range(0x110000)');
    return py_fill_number(false, '', String.fromCodePoint(v), sp, '', 3, 1);
  }
  var base = 10, prefix = '';
  if (t === 'b') { base = 2; prefix = '0b'; }
  else if (t === 'o') { base = 8; prefix = '0o'; }
  else if (t === 'x' || t === 'X') { base = 16; prefix = '0x'; }
  var neg = v < 0, body = base === 10 ? py_int_str(neg ? -v : v) : py_radix(neg ? -v : v, base);
  if (!sp.alt) prefix = '';
  if (t === 'X') { body = body.toUpperCase(); prefix = prefix.toUpperCase(); }
  if (sp.width < 0 && sp.sep === '' && sp.sign === '') return (neg ? '-' : '') + prefix + body;
  return py_fill_number(neg, prefix, body, sp, t === 'n' ? '' : sp.sep, sp.group, 0);
}

function py_format_float(x, sp) {
  if (sp.prec > 2147483647) throw py_err('ValueError', 'precision too big');
  var t = sp.type, code = t, upper = false, addDot0 = false, prec = sp.prec, pct = false;
  if (t === '') { addDot0 = true; code = 'r'; if (prec >= 0) code = 'g'; }
  else {
    if (t === 'n') code = 'g';
    else if (t === '%') { code = 'f'; x = x * 100; pct = true; }
    else if (t === 'E' || t === 'F' || t === 'G') { code = t.toLowerCase(); upper = true; }
    if (prec < 0) prec = 6;
  }
  var s;
  if (code === 'r' && !sp.alt && !sp.z) {
    s = py_float_repr(x);
  } else {
    s = py_float_short(x, code, prec < 0 ? 0 : prec, sp.alt, addDot0, sp.z, upper);
  }
  if (pct) s += '%';
  if (sp.width < 0 && sp.sep === '' && sp.sign !== '+' && sp.sign !== ' ') return s;
  var neg = s.charCodeAt(0) === 45;
  return py_fill_number(neg, '', neg ? s.slice(1) : s, sp, t === 'n' ? '' : sp.sep, 3, -1);
}

// format(value, spec); isFloat: the value is a float even if it is an integral plain number.
// format(v, spec): spec must be a str (None is not the empty spec there).
function py_format_spec_arg(spec) {
  if (typeof spec !== 'string') throw py_err('TypeError', 'format() argument 2 must be str, not ' + (spec == null ? 'None' : py_fmt_typename(spec)));
  return spec;
}

function py_format(v, spec, isFloat) {
  var t = typeof v, sp;
  if (spec === undefined || spec === null) spec = '';
  if (t === 'number') {
    if (!isFloat && v % 1 === 0 && Math.abs(v) < 1e21 && (v !== 0 || 1 / v > 0)) {
      if (spec === '') return py_int_str(v);
      sp = py_parse_spec(spec, 'd', 'int');
      switch (sp.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
          return py_format_int(v, sp, 'int');
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
          return py_format_float(v, sp);
      }
      throw py_unknown_code(sp.type, 'int');
    }
    if (spec === '') return py_float_repr(v);
    sp = py_parse_spec(spec, 'f', 'float');
    switch (sp.type) {
      case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return py_format_float(v, sp);
    }
    throw py_unknown_code(sp.type, 'float');
  }
  if (t === 'string') {
    if (spec === '') return v;
    sp = py_parse_spec(spec, 's', 'str');
    if (sp.type !== 's') throw py_unknown_code(sp.type, 'str');
    return py_format_str(v, sp);
  }
  if (v instanceof py_PyFloat) return py_format(v.v, spec, true);
  if (t === 'boolean') {
    if (spec === '') return v ? 'True' : 'False';
    sp = py_parse_spec(spec, 'd', 'bool');
    switch (sp.type) {
      case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return py_format_int(v ? 1 : 0, sp, 'bool');
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return py_format_float(v ? 1 : 0, sp);
    }
    throw py_unknown_code(sp.type, 'bool');
  }
  if (spec === '') return py_str(v);
  throw py_err('TypeError', 'unsupported format string passed to ' + py_fmt_typename(v) + '.__format__');
}

// Group the integer digits of a formatted number ('-1234.50' -> '-1,234.50'; 'nan', 'inf' unchanged).
function py_fmt_commas(s) {
  var i = s.charCodeAt(0) === 45 ? 1 : 0, j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j - i <= 3) return s;
  var digits = s.slice(i, j), out = digits.slice(0, digits.length % 3 || 3);
  for (var k = out.length; k < digits.length; k += 3) out += ',' + digits.slice(k, k + 3);
  return s.slice(0, i) + out + s.slice(j);
}

// f'{v:.Nf}' and f'{v:,.Nf}' with 0 <= N <= 9 (the most common specs; the compiler calls this directly
// for them): what py_format -> py_format_float computes for int and float alike (a boxed float by its
// value), without parsing the spec. Other types go to py_format (bool formats as 0/1, the rest raise).
function py_fixed(v, nd, commas) {
  if (typeof v !== 'number') {
    if (!(v instanceof py_PyFloat)) return py_format(v, (commas ? ',.' : '.') + nd + 'f', false);
    v = v.v;
  }
  if (!(v < 9007199254740992 && v > -9007199254740992 && v !== 0)) {
    // nan, inf, -0.0 (toFixed drops its sign) and huge values: the general path
    var g = py_float_short(v, 'f', nd, false, false, false, false);
    return commas ? py_fmt_commas(g) : g;
  }
  // toFixed is exact except that it rounds ties away from zero; a tie needs exactly nd + 1
  // binary-fraction-derived decimals, i.e. v * 2**(nd+1) integral but v * 2**nd not (exact products)
  var t = v * (1 << nd);
  var s = ((t + t) % 1 !== 0 || t % 1 === 0) ? v.toFixed(nd) : py_float_short(v, 'f', nd, false, false, false, false);
  if (!commas) return s;
  var neg = v < 0 ? 1 : 0, dot = nd === 0 ? s.length : s.length - nd - 1;
  if (dot - neg <= 3) return s;
  var k = neg + ((dot - neg) % 3 || 3), out = s.slice(0, k);
  for (; k < dot; k += 3) out += ',' + s.slice(k, k + 3);
  return out + s.slice(dot);
}

// An f-string replacement field {value!conv:spec}.
function py_fstr(v, conv, spec, isFloat) {
  if (conv === '' && (typeof v === 'number' || v instanceof py_PyFloat) && spec.charCodeAt(spec.length - 1) === 102) {
    // '.Nf' and ',.Nf' without parsing the spec
    if (spec.length === 3 && spec.charCodeAt(0) === 46) {
      var nd = spec.charCodeAt(1) - 48;
      if (nd >= 0 && nd <= 9) return py_fixed(v, nd, false);
    } else if (spec.length === 4 && spec.charCodeAt(0) === 44 && spec.charCodeAt(1) === 46) {
      var nc = spec.charCodeAt(2) - 48;
      if (nc >= 0 && nc <= 9) return py_fixed(v, nc, true);
    }
  }
  if (conv === 'r') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_repr(v);
  else if (conv === 's') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_str(v);
  else if (conv === 'a') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_ascii(v);
  else return py_format(v, spec, isFloat);
  return (spec === '' || spec == null) ? v : py_format(v, spec, false);
}

// format(value, spec) the builtin (the value's own type decides int/float).
function py_format_builtin(v, spec) {
  if (spec === undefined) spec = '';
  if (typeof spec !== 'string') throw py_err('TypeError', 'format() argument 2 must be str, not ' + (spec == null ? 'None' : py_fmt_typename(spec)));
  return py_format(v, spec, false);
}

// ---------------------------------------------------------------- str.format

// A format-field name part as CPython's get_integer: -1 unless all ASCII digits.
function py_fmt_index(s) {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  return py_fmt_ssize(s);
}

function py_fmt_getitem(obj, key) {
  var tn = py_fmt_typename(obj);
  if (Array.isArray(obj)) {
    if (typeof key !== 'number') throw py_err('TypeError', tn + ' indices must be integers or slices, not str');
    if (key >= obj.length) throw py_err('IndexError', tn + ' index out of range');
    return obj[key];
  }
  if (typeof obj === 'string') {
    if (typeof key !== 'number') throw py_err('TypeError', "string indices must be integers, not 'str'");
    var cps = py_cps(obj);
    if (key >= cps.length) throw py_err('IndexError', 'string index out of range');
    return cps[key];
  }
  if (obj instanceof Map) {
    if (!obj.has(key)) { if (obj.py_coll !== undefined) return obj.py_coll.missing(obj, key); throw py_err('KeyError', key); }
    return obj.get(key);
  }
  throw py_err('TypeError', "'" + tn + "' object is not subscriptable");
}

// "{0.name}": the attribute of a format field (the numbers' real and imag; deque.js adds a deque's maxlen)
function py_fmt_attr(obj, an) {
  var isn = typeof obj === 'number' || typeof obj === 'boolean' || obj instanceof py_PyFloat;
  if (isn && an === 'real') return typeof obj === 'boolean' ? +obj : obj;
  if (isn && an === 'imag') return (typeof obj === 'boolean' || py_fmt_isint(obj)) ? 0 : py_fbox(0);
  throw py_err('AttributeError', "'" + py_fmt_typename(obj) + "' object has no attribute '" + an + "'");
}

function py_fmt_field(name, args, kwargs, auto) {
  var j = 0;
  while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
  var first = name.slice(0, j), rest = name.slice(j);
  var idx = py_fmt_index(first), empty = first === '';
  if (empty || idx !== -1) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2 && empty) throw py_err('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 1 && !empty) throw py_err('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = auto.n++;
  }
  var obj;
  if (args === null) {
    // str.format_map(mapping): kwargs looks up mapping[key] (a Counter's missing key is 0, a defaultdict inserts), no positions
    if (idx !== -1) throw py_err('ValueError', 'Format string contains positional fields');
    obj = kwargs(first);
  } else if (idx === -1) {
    if (!kwargs || !kwargs.has(first)) throw py_err('KeyError', first);
    obj = kwargs.get(first);
  } else {
    if (idx >= args.length) {
      throw py_err('IndexError', 'Replacement index ' + (empty ? idx : first.replace(/^0+(?=.)/, '')) + ' out of range for positional args tuple');
    }
    obj = args[idx];
  }
  var k = 0, s;
  while (k < rest.length) {
    var ch = rest[k++];
    if (ch === '.') {
      s = k;
      while (k < rest.length && rest[k] !== '.' && rest[k] !== '[') k++;
      if (k === s) throw py_err('ValueError', 'Empty attribute in format string');
      obj = py_fmt_attr(obj, rest.slice(s, k));
    } else if (ch === '[') {
      s = k;
      while (k < rest.length && rest[k] !== ']') k++;
      if (k >= rest.length) throw py_err('ValueError', "Missing ']' in format string");
      var nm = rest.slice(s, k);
      k++;
      var ii = py_fmt_index(nm);
      if (nm === '') throw py_err('ValueError', 'Empty attribute in format string');
      obj = py_fmt_getitem(obj, ii === -1 ? nm : ii);
    } else {
      throw py_err('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function py_fmt_build(fmt, args, kwargs, depth, auto) {
  if (depth <= 0) throw py_err('ValueError', 'Max string recursion exceeded');
  var out = '', i = 0, n = fmt.length, c;
  while (i < n) {
    var start = i, markup = false;
    c = '';
    while (i < n) {
      c = fmt[i++];
      if (c === '{' || c === '}') { markup = true; break; }
    }
    var atEnd = i >= n, len = i - start;
    if (markup && c === '}' && (atEnd || fmt[i] !== '}')) throw py_err('ValueError', "Single '}' encountered in format string");
    if (markup && atEnd && c === '{') throw py_err('ValueError', "Single '{' encountered in format string");
    if (markup) {
      if (fmt[i] === c) { i++; markup = false; } else len--;
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;
    // parse_field
    var fstart = i;
    c = '';
    while (i < n) {
      c = fmt[i++];
      if (c === '{') throw py_err('ValueError', "unexpected '{' in field name");
      if (c === '[') {
        while (i < n && fmt[i] !== ']') i++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    var fname = fmt.slice(fstart, i - 1), conv = '', spec = '', expand = false, done = false;
    if (c === '!' || c === ':') {
      if (c === '!') {
        if (i >= n) throw py_err('ValueError', 'end of string while looking for conversion specifier');
        conv = fmt[i++];
        if (i < n) {
          var c2 = fmt[i++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw py_err('ValueError', "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        var sstart = i, count = 1;
        while (i < n) {
          c = fmt[i++];
          if (c === '{') { expand = true; count++; }
          else if (c === '}') {
            count--;
            if (count === 0) { spec = fmt.slice(sstart, i - 1); done = true; break; }
          }
        }
        if (!done) throw py_err('ValueError', "unmatched '{' in format spec");
      }
    } else if (c !== '}') {
      throw py_err('ValueError', "expected '}' before end of string");
    }
    var obj = py_fmt_field(fname, args, kwargs, auto);
    if (conv !== '') {
      if (conv === 'r') obj = py_repr(obj);
      else if (conv === 's') obj = py_str(obj);
      else if (conv === 'a') obj = py_ascii(obj);
      else {
        var cc = conv.charCodeAt(0);
        if (cc > 32 && cc < 127) throw py_err('ValueError', 'Unknown conversion specifier ' + conv);
        throw py_err('ValueError', 'Unknown conversion specifier \\x' + cc.toString(16));
      }
    }
    if (expand) spec = py_fmt_build(spec, args, kwargs, depth - 1, auto);
    out += py_format(obj, spec, false);
  }
  return out;
}

// str.format_map(mapping): the fields looked up as mapping[key].
function py_str_format_map(fmt, mapping) {
  return py_fmt_build(fmt, null, function (key) { return py_getitem(mapping, key); }, 2, {state: 0, n: 0});
}

// str.format(*args, **kwargs): args is an Array, kwargs a Map (or null).
function py_str_format(fmt, args, kwargs) {
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  return py_fmt_build(fmt, args || [], kwargs || null, 2, {state: 0, n: 0});
}

// ---------------------------------------------------------------- printf-style %

function py_pct_long(v, ch, alt, prec) {
  var neg = v < 0, a = neg ? -v : v, d, prefix = '';
  if (ch === 'o') { d = py_radix(a, 8); prefix = '0o'; }
  else if (ch === 'x' || ch === 'X') { d = py_radix(a, 16); prefix = ch === 'X' ? '0X' : '0x'; }
  else d = py_int_str(a);
  if (ch === 'X') d = d.toUpperCase();
  if (prec > d.length) d = '0'.repeat(prec - d.length) + d;
  return (neg ? '-' : '') + (alt && prefix !== '' ? prefix : '') + d;
}

// str % values (printf-style formatting).
function py_percent_format(fmt, values) {
  var isT = py_istuple(values);
  var args = values, arglen = isT ? values.length : -1, argidx = isT ? 0 : -2;
  // (a list is a mapping to PyUnicode_Format, a deque is not: it has no mp_subscript)
  var dict = (!isT && (values instanceof Map || (Array.isArray(values) && values.py_dq === undefined))) ? values : null;
  var next = function () {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? args : args[argidx - 1];
    }
    throw py_err('TypeError', 'not enough arguments for format string');
  };
  var isdig = function (c) { return c >= '0' && c <= '9'; };
  var out = '', i = 0, n = fmt.length;
  while (i < n) {
    var j = fmt.indexOf('%', i);
    if (j < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, j);
    i = j + 1;
    if (i < n && fmt[i] === '%') { out += '%'; i++; continue; }
    var eof = false, ch = i < n ? fmt[i] : '';
    var ljust = false, fsign = false, blank = false, alt = false, zero = false, width = -1, prec = -1, v;
    if (ch === '(') {
      if (dict === null) throw py_err('TypeError', 'format requires a mapping');
      i++;
      var ks = i, pc = 1;
      while (pc > 0 && i < n) {
        var kc = fmt[i++];
        if (kc === ')') pc--; else if (kc === '(') pc++;
      }
      if (pc > 0) throw py_err('ValueError', 'incomplete format key');
      var key = fmt.slice(ks, i - 1);
      if (dict instanceof Map) {
        if (!dict.has(key) && dict.py_coll !== undefined) args = dict.py_coll.missing(dict, key);
        else if (!dict.has(key)) throw py_err('KeyError', key);
        else args = dict.get(key);
      } else {
        throw py_err('TypeError', py_fmt_typename(dict) + ' indices must be integers or slices, not str');
      }
      arglen = -1; argidx = -2;
    }
    for (;;) {
      if (i >= n) { eof = true; break; }
      ch = fmt[i++];
      if (ch === '-') ljust = true;
      else if (ch === '+') fsign = true;
      else if (ch === ' ') blank = true;
      else if (ch === '#') alt = true;
      else if (ch === '0') zero = true;
      else break;
    }
    if (!eof && ch === '*') {
      v = next();
      if (!(typeof v === 'boolean' || py_fmt_isint(v))) throw py_err('TypeError', '* wants int');
      width = +v;
      if (width < 0) { ljust = true; width = -width; }
      if (i < n) ch = fmt[i++]; else eof = true;
    } else if (!eof && isdig(ch)) {
      var ws0 = i - 1;
      width = +ch;
      for (;;) {
        if (i >= n) { eof = true; break; }
        ch = fmt[i++];
        if (!isdig(ch)) break;
        width = width * 10 + (+ch);
        // CPython: PY_SSIZE_T_MAX (checked on the digits: doubles are not exact there)
        if (width > 9e17 && (i - ws0 > 19 || (i - ws0 === 19 && fmt.slice(ws0, i) > '9223372036854775807'))) {
          throw py_err('ValueError', 'width too big');
        }
      }
    }
    if (!eof && ch === '.') {
      prec = 0;
      if (i < n) ch = fmt[i++]; else eof = true;
      if (!eof && ch === '*') {
        v = next();
        if (!(typeof v === 'boolean' || py_fmt_isint(v))) throw py_err('TypeError', '* wants int');
        prec = +v;
        if (prec > 2147483647 || prec < -2147483648) throw py_err('OverflowError', 'Python int too large to convert to C int');
        if (prec < 0) prec = 0;
        if (i < n) ch = fmt[i++]; else eof = true;
      } else if (!eof && isdig(ch)) {
        prec = +ch;
        for (;;) {
          if (i >= n) { eof = true; break; }
          ch = fmt[i++];
          if (!isdig(ch)) break;
          prec = prec * 10 + (+ch);
          if (prec > 2147483647) throw py_err('ValueError', 'precision too big');
        }
      }
    }
    if (!eof && (ch === 'h' || ch === 'l' || ch === 'L')) {
      if (i < n) ch = fmt[i++]; else eof = true;
    }
    if (eof) throw py_err('ValueError', 'incomplete format');
    v = next();
    var s, numeric = false, x;
    switch (ch) {
      case 's': s = py_str(v); break;
      case 'r': s = py_repr(v); break;
      case 'a': s = py_ascii(v); break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        var isx = ch === 'o' || ch === 'x' || ch === 'X';
        if (typeof v === 'boolean') x = v ? 1 : 0;
        else if (py_fmt_isint(v)) x = v;
        else if (py_isnum(v) && !isx) x = py_int(py_numval(v));
        else throw py_err('TypeError', '%' + ch + ' format: ' + (isx ? 'an integer is required' : 'a real number is required') + ', not ' + py_fmt_typename(v));
        s = py_pct_long(x, ch, alt, prec);
        numeric = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!py_isnum(v) && typeof v !== 'boolean') throw py_err('TypeError', 'must be real number, not ' + py_fmt_typename(v));
        s = py_float_short(py_numval(v), ch.toLowerCase(), prec < 0 ? 6 : prec, alt, false, false, ch === 'E' || ch === 'F' || ch === 'G');
        numeric = true;
        break;
      case 'c':
        if (typeof v === 'string') {
          if (py_cplen(v) !== 1) throw py_err('TypeError', '%c requires int or char');
          s = v;
        } else if (typeof v === 'boolean' || py_fmt_isint(v)) {
          x = +v;
          if (x < 0 || x > 0x10FFFF) throw py_err('OverflowError', '%c arg not in range(0x110000)');
          s = String.fromCodePoint(x);
        } else {
          throw py_err('TypeError', '%c requires int or char');
        }
        break;
      default:
        var cp = ch.charCodeAt(0);
        if (cp >= 0xD800 && cp <= 0xDBFF && i < n) {
          var lo = fmt.charCodeAt(i);
          if (lo >= 0xDC00 && lo <= 0xDFFF) cp = (cp - 0xD800) * 0x400 + (lo - 0xDC00) + 0x10000;
        }
        throw py_err('ValueError', "unsupported format character '" + (cp >= 31 && cp <= 126 ? ch : '?') +
          "' (0x" + cp.toString(16) + ') at index ' + py_cplen(fmt.slice(0, i - 1)));
    }
    // unicode_format_arg_output
    var fill = (numeric && zero) ? '0' : ' ';
    var len = py_cplen(s);
    if ((width < 0 || width <= len) && (prec < 0 || prec >= len) && !fsign && !blank) { out += s; continue; }
    if (!numeric && prec >= 0 && len > prec) {
      s = len === s.length ? s.slice(0, prec) : py_cps(s).slice(0, prec).join('');
      len = prec;
    }
    var pi = 0, signchar = '', hasSign = numeric;
    if (numeric) {
      if (s[0] === '-' || s[0] === '+') { signchar = s[0]; len--; pi++; }
      else if (fsign) signchar = '+';
      else if (blank) signchar = ' ';
      else hasSign = false;
    }
    if (width < len) width = len;
    if (hasSign) {
      if (fill !== ' ') out += signchar;
      if (width > len) width--;
    }
    var hasPrefix = alt && (ch === 'x' || ch === 'X' || ch === 'o');
    if (hasPrefix) {
      if (fill !== ' ') { out += s.slice(pi, pi + 2); pi += 2; }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !ljust) { out += fill.repeat(width - len); width = len; }
    if (fill === ' ') {
      if (hasSign) out += signchar;
      if (hasPrefix) { out += s.slice(pi, pi + 2); pi += 2; }
    }
    out += s.slice(pi);
    if (width > len) out += ' '.repeat(width - len);
  }
  if (argidx < arglen && dict === null) throw py_err('TypeError', 'not all arguments converted during string formatting');
  return out;
}

// ---------------------------------------------------------------- round, int(), float(), chr, ord, hex

// ax.toFixed(prec) when it equals CPython's correctly rounded (ties-to-even) result, else null.
function py_fixed_fast(ax, prec) {
  if (prec > 20 || !(ax < 9007199254740992)) return null;
  var sc = Math.pow(2, prec);
  if ((ax * sc * 2) % 1 === 0 && (ax * sc) % 1 !== 0) return null;  // an exact tie at digit prec+1
  return ax.toFixed(prec);
}

function py_int_overflow() {
  return py_err('OverflowError', 'py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly');
}

function py_index_err(x) {
  return py_err('TypeError', "'" + py_fmt_typename(x) + "' object cannot be interpreted as an integer");
}

// An int from an integral float value (already checked finite).
function py_int_of(t) {
  if (!(Math.abs(t) < 1e21)) throw py_int_overflow();
  return t === 0 ? 0 : t;
}

function py_float_to_int(x) {
  if (x !== x) throw py_err('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw py_err('OverflowError', 'cannot convert float infinity to integer');
  return py_int_of(Math.trunc(x));
}

// round(x[, ndigits]); isFloat: x is a float even if integral. round(x) -> int; round(float, n) ->
// float (plain number); round(int, n) -> int.
function py_round(x, nd, isFloat) {
  var isf;
  if (typeof x === 'number') isf = isFloat || !(x % 1 === 0 && Math.abs(x) < 1e21 && (x !== 0 || 1 / x > 0));
  else if (x instanceof py_PyFloat) { x = x.v; isf = true; }
  else if (typeof x === 'boolean') { x = x ? 1 : 0; isf = false; }
  else throw py_err('TypeError', 'type ' + py_fmt_typename(x) + " doesn't define __round__ method");
  var neg = x < 0 || (x === 0 && 1 / x < 0), ax = neg ? -x : x, r;
  if (nd === undefined || nd === null) {
    if (!isf) return x === 0 ? 0 : x;
    if (x !== x) throw py_err('ValueError', 'cannot convert float NaN to integer');
    if (ax === Infinity) throw py_err('OverflowError', 'cannot convert float infinity to integer');
    r = Math.round(ax);
    if (r - ax === 0.5) r = 2 * Math.round(ax / 2);  // Math.round rounds ties up: make them even
    return py_int_of(neg ? -r : r);
  }
  if (typeof nd === 'boolean') nd = nd ? 1 : 0;
  else if (!py_fmt_isint(nd)) throw py_index_err(nd);
  if (!isf) {
    if (nd >= 0) return x === 0 ? 0 : x;
    if (nd < -22) return 0;
    var p = Math.pow(10, -nd), rem = ax % p, lo = ax - rem;
    if (ax - lo !== rem) throw py_int_overflow();   // ax beyond 2**53 (an int from outside): not exact
    if (2 * rem > p || (2 * rem === p && (lo / p) % 2 === 1)) {
      var up = lo + p;
      if (up - p !== lo || up - lo !== p || !(up < 1e21)) throw py_int_overflow();  // not exact
      lo = up;
    }
    return lo === 0 ? 0 : (neg ? -lo : lo);
  }
  if (!(ax < Infinity)) return x;
  if (nd > 323) return x;
  if (nd < -308) return neg ? -0 : 0;
  var fs = nd >= 0 ? py_fixed_fast(ax, nd) : null;
  if (fs !== null) r = parseFloat(fs);
  else {
    var dp = py_dtoa(ax, 3, nd);
    r = dp[0] === '' ? 0 : parseFloat(dp[0] + 'e' + (dp[1] - dp[0].length));
  }
  if (r === Infinity) throw py_err('OverflowError', 'rounded value too large to represent');
  return neg ? -r : r;
}

// First code points of the blocks of ten Unicode decimal digits (Nd) outside ASCII (Unicode 14.0).
var py_DIGIT_ZEROS = '660,6f0,7c0,966,9e6,a66,ae6,b66,be6,c66,ce6,d66,de6,e50,ed0,f20,1040,1090,17e0,1810,1946,' +
  '19d0,1a80,1a90,1b50,1bb0,1c40,1c50,a620,a8d0,a900,a9d0,a9f0,aa50,abf0,ff10,104a0,10d30,11066,110f0,11136,' +
  '111d0,112f0,11450,114d0,11650,116c0,11730,118e0,11950,11c50,11d50,11da0,16a60,16ac0,16b50,1d7ce,1d7d8,' +
  '1d7e2,1d7ec,1d7f6,1e140,1e2f0,1e950,1fbf0';

var py_DIGIT_ZERO_LIST = null;

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace -> ' ', non-ASCII
// decimal digits -> ASCII digits, any other non-ASCII character -> '?'.
function py_num_ascii(s) {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  if (py_DIGIT_ZERO_LIST === null) py_DIGIT_ZERO_LIST = py_DIGIT_ZEROS.split(',').map(function (h) { return parseInt(h, 16); });
  var out = '', cps = py_cps(s);
  for (var i = 0; i < cps.length; i++) {
    var c = cps[i].codePointAt(0);
    if (c < 0x80) { out += cps[i]; continue; }
    if (/^[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(cps[i])) { out += ' '; continue; }
    var ch = '?', z = py_DIGIT_ZERO_LIST;
    for (var k = 0; k < z.length; k++) {
      if (c >= z[k] && c < z[k] + 10) { ch = String(c - z[k]); break; }
    }
    out += ch;
  }
  return out;
}

function py_int_parse(orig, base) {
  var s = py_num_ascii(orig), i = 0, n = s.length, neg = false, obase = base, zeroOnly = false;
  var bad = function () {
    var r = py_repr(orig);
    if (r.length > 200) r = r.slice(0, 200);
    return py_err('ValueError', 'invalid literal for int() with base ' + obase + ': ' + r);
  };
  var ws = function (c) { return c === ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && ws(s[i])) i++;
  if (s[i] === '+') i++;
  else if (s[i] === '-') { i++; neg = true; }
  var c1 = (s[i + 1] || '').toLowerCase();
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x') base = 16;
    else if (c1 === 'o') base = 8;
    else if (c1 === 'b') base = 2;
    else { zeroOnly = true; base = 10; }
  }
  if (s[i] === '0' && ((base === 16 && c1 === 'x') || (base === 8 && c1 === 'o') || (base === 2 && c1 === 'b'))) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') throw bad();
  var v = 0, nd = 0, prev = '', exact = true;
  while (i < n) {
    var c = s[i], d;
    if (c === '_') {
      if (prev === '_') throw bad();
    } else {
      d = parseInt(c, 36);
      if (!(d < base)) break;
      v = v * base + d;
      if (v > 9007199254740991) exact = false;
      nd++;
    }
    prev = c;
    i++;
  }
  if (prev === '_' || nd === 0) throw bad();
  while (i < n && ws(s[i])) i++;
  if (i !== n) throw bad();
  if (zeroOnly && v !== 0) throw bad();
  if (!exact) throw py_int_overflow();
  return v === 0 ? 0 : (neg ? -v : v);
}

// int(x[, base])
function py_int(x, base) {
  if (base === undefined) {
    if (typeof x === 'number') return (x % 1 === 0 && x < 1e21 && x > -1e21) ? (x === 0 ? 0 : x) : py_float_to_int(x);
    if (typeof x === 'string') return py_int_parse(x, 10);
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x instanceof py_PyFloat) return py_float_to_int(x.v);
    throw py_err('TypeError', "int() argument must be a string, a bytes-like object or a real number, not '" + py_fmt_typename(x) + "'");
  }
  if (typeof base === 'boolean') base = base ? 1 : 0;
  else if (!py_fmt_isint(base)) throw py_index_err(base);
  if ((base !== 0 && base < 2) || base > 36) throw py_err('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  if (typeof x !== 'string') throw py_err('TypeError', "int() can't convert non-string with explicit base");
  return py_int_parse(x, base);
}

function py_float_parse(orig) {
  var s = py_num_ascii(orig);
  var m = /^[ \t\n\v\f\r]*([^ \t\n\v\f\r]*)[ \t\n\v\f\r]*$/.exec(s), t = m ? m[1] : '?';
  if (t.indexOf('_') >= 0) {
    if (/(^|[^0-9])_|_($|[^0-9])/.test(t)) t = '?';
    else t = t.replace(/_/g, '');
  }
  if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(t)) return parseFloat(t);
  var low = t.toLowerCase();
  var neg = low[0] === '-';
  if (low[0] === '-' || low[0] === '+') low = low.slice(1);
  if (low === 'inf' || low === 'infinity') return neg ? -Infinity : Infinity;
  if (low === 'nan') return NaN;
  throw py_err('ValueError', 'could not convert string to float: ' + py_repr(orig));
}

// float(x) -> plain number
function py_float(x) {
  if (x === undefined) return 0;
  if (typeof x === 'number') return x;
  if (typeof x === 'string') return py_float_parse(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof py_PyFloat) return x.v;
  throw py_err('TypeError', "float() argument must be a string or a real number, not '" + py_fmt_typename(x) + "'");
}

// An int argument used as an index (__index__): bools accepted, floats rejected.
function py_index_arg(x) {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (py_fmt_isint(x)) return x;
  throw py_index_err(x);
}

function py_chr(i) {
  i = py_index_arg(i);
  if (i >= 2147483648 || i < -2147483648) throw py_err('OverflowError', 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10FFFF) throw py_err('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

function py_ord(c) {
  if (typeof c !== 'string') throw py_err('TypeError', 'ord() expected string of length 1, but ' + py_fmt_typename(c) + ' found');
  var n = c.length === 1 ? 1 : py_cplen(c);
  if (n !== 1) throw py_err('TypeError', 'ord() expected a character, but string of length ' + n + ' found');
  return c.codePointAt(0);
}

function py_hex(i) {
  i = py_index_arg(i);
  return i < 0 ? '-0x' + py_radix(-i, 16) : '0x' + py_radix(i, 16);
}

function py_oct(i) {
  i = py_index_arg(i);
  return i < 0 ? '-0o' + py_radix(-i, 8) : '0o' + py_radix(i, 8);
}

function py_bin(i) {
  i = py_index_arg(i);
  return i < 0 ? '-0b' + py_radix(-i, 2) : '0b' + py_radix(i, 2);
}

// ---------------------------------------------------------------- json

function py_json_str(s, ascii) {
  var re = ascii ? /["\\\x00-\x1f\x7f-\uffff]/ : /["\\\x00-\x1f]/;
  if (!re.test(s)) return '"' + s + '"';
  var out = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) out += '\\u' + py_hexpad(c, 4);
    else out += s[i];
  }
  return out + '"';
}

function py_json_num(x) {
  if (x !== x) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return py_float_repr(x);
}

// json.dumps(obj, indent=None, sort_keys=False, ensure_ascii=True, separators=None)
function py_json_dumps(obj, indent, sortKeys, ensureAscii, separators) {
  var ascii = ensureAscii === undefined || ensureAscii === null ? true : py_bool(ensureAscii);
  var sortk = sortKeys != null && py_bool(sortKeys);
  var itemSep = indent == null ? ', ' : ',', keySep = ': ';
  if (separators != null) {
    // JSONEncoder.__init__: self.item_separator, self.key_separator = separators
    var sp = py_unpack(separators, 2);
    itemSep = sp[0];
    keySep = sp[1];
  }
  if (typeof obj === 'string') return py_json_str(obj, ascii);   // JSONEncoder.encode: a str needs no encoder
  var ind = null;
  var tn = function (v) { return v == null ? 'None' : py_fmt_typename(v); };
  if (indent != null) {
    // the pure-Python encoder (_make_iterencode): ' ' * indent unless indent is a str
    if (typeof indent === 'string') ind = indent;
    else if (py_isint(indent) || indent === true || indent === false) ind = ' '.repeat(Math.max(0, py_numval(indent)));
    else throw py_err('TypeError', "can't multiply sequence by non-int of type '" + tn(indent) + "'");
    if (typeof itemSep !== 'string' || typeof keySep !== 'string') {
      throw py_err('TypeError', 'py2cs: json.dumps() with an indent and separators that are not strings is not supported');
    }
  } else if (typeof keySep !== 'string') {      // the C encoder's arguments: (..., key_separator, item_separator, ...)
    throw py_err('TypeError', 'make_encoder() argument 5 must be str, not ' + tn(keySep));
  } else if (typeof itemSep !== 'string') {
    throw py_err('TypeError', 'make_encoder() argument 6 must be str, not ' + tn(itemSep));
  }
  var stack = [];
  var enc = function (o, level) {
    if (o == null) return 'null';
    if (o === true) return 'true';
    if (o === false) return 'false';
    if (typeof o === 'string') return py_json_str(o, ascii);
    if (typeof o === 'number') return (o % 1 === 0 && Math.abs(o) < 1e21 && (o !== 0 || 1 / o > 0)) ? py_int_str(o) : py_json_num(o);
    if (o instanceof py_PyFloat) return py_json_num(o.v);
    var isArr = Array.isArray(o);
    if ((!isArr && !(o instanceof Map)) || (isArr && (o.py_range !== undefined || o.py_dq !== undefined))) {
      // (type(o).__name__: a deque is 'deque')
      throw py_err('TypeError', 'Object of type ' + (isArr && o.py_dq !== undefined ? 'deque' : py_fmt_typename(o)) + ' is not JSON serializable');
    }
    // with an indent CPython's pure-Python encoder tests truth ('if not lst'): ctx.triggered's falsy
    // initial-call list is '[]' there (the C encoder, without indent, writes its item)
    if (isArr ? o.length === 0 || (ind !== null && o.__py_falsy__ === true) : o.size === 0) return isArr ? '[]' : '{}';
    if (stack.indexOf(o) >= 0) throw py_err('ValueError', 'Circular reference detected');
    stack.push(o);
    var nl = null, sep = itemSep, parts = [], i;
    if (ind !== null) { nl = '\n' + ind.repeat(level + 1); sep = itemSep + nl; }
    if (isArr) {
      for (i = 0; i < o.length; i++) parts.push(enc(o[i], level + 1));
    } else {
      var items = [];
      o.forEach(function (v, k) { items.push([k, v]); });
      if (sortk) py_sort_small(items, function (a, b) { return py_lt(a[0], b[0]); });
      for (i = 0; i < items.length; i++) {
        var k = items[i][0], ks;
        if (typeof k === 'string') ks = k;
        else if (typeof k === 'number') ks = (k % 1 === 0 && Math.abs(k) < 1e21 && (k !== 0 || 1 / k > 0)) ? py_int_str(k) : py_json_num(k);
        else if (k === true) ks = 'true';
        else if (k === false) ks = 'false';
        else if (k == null) ks = 'null';
        else if (k instanceof py_PyFloat) ks = py_json_num(k.v);
        else throw py_err('TypeError', 'keys must be str, int, float, bool or None, not ' + py_fmt_typename(k));
        parts.push(py_json_str(ks, ascii) + keySep + enc(items[i][1], level + 1));
      }
    }
    stack.pop();
    var open = isArr ? '[' : '{', close = isArr ? ']' : '}';
    if (nl === null) return open + parts.join(sep) + close;
    return open + nl + parts.join(sep) + '\n' + ind.repeat(level) + close;
  };
  return enc(obj, 0);
}

// In-place stable sort making the same comparisons as CPython's list.sort for short lists
// (count_run + binary insertion), so that mixed-type errors name the operands in the same order.
function py_sort_small(a, lt) {
  var n = a.length, run = 1, i, t;
  if (n < 2) return a;
  run = 2;
  if (lt(a[1], a[0])) {
    while (run < n && lt(a[run], a[run - 1])) run++;
    for (i = 0; i < (run >> 1); i++) { t = a[i]; a[i] = a[run - 1 - i]; a[run - 1 - i] = t; }
  } else {
    while (run < n && !lt(a[run], a[run - 1])) run++;
  }
  for (var start = run; start < n; start++) {
    var pivot = a[start], l = 0, r = start;
    while (l < r) {
      var mid = l + ((r - l) >> 1);
      if (lt(pivot, a[mid])) r = mid; else l = mid + 1;
    }
    for (i = start; i > l; i--) a[i] = a[i - 1];
    a[l] = pivot;
  }
  return a;
}

function py_json_error(msg, s, pos) {
  var before = s.slice(0, pos), line = 1, last = -1;
  for (var i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) { line++; last = i; }
  var cpos = py_cplen(before), col = last < 0 ? cpos + 1 : py_cplen(before.slice(last + 1)) + 1;
  return py_err('JSONDecodeError', msg + ': line ' + line + ' column ' + col + ' (char ' + cpos + ')');
}

// json.loads(s): objects -> Map, integral floats boxed, NaN/Infinity accepted.
function py_json_loads(s) {
  if (typeof s !== 'string') throw py_err('TypeError', 'the JSON object must be str, bytes or bytearray, not ' + py_fmt_typename(s));
  if (s.charCodeAt(0) === 0xFEFF) throw py_json_error('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
  var n = s.length, i = 0;
  var ws = function () { while (i < n) { var c = s.charCodeAt(i); if (c === 32 || c === 9 || c === 10 || c === 13) i++; else break; } };
  var NUM = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
  var str = function () {
    var begin = i - 1, out = '';
    for (;;) {
      var j = i;
      while (j < n) { var c = s.charCodeAt(j); if (c === 34 || c === 92 || c < 0x20) break; j++; }
      if (j >= n) throw py_json_error('Unterminated string starting at', s, begin);
      out += s.slice(i, j);
      i = j;
      var ch = s.charCodeAt(i);
      if (ch === 34) { i++; return out; }
      if (ch < 0x20) throw py_json_error('Invalid control character at', s, i);
      i++;
      if (i >= n) throw py_json_error('Unterminated string starting at', s, begin);
      var e = s[i];
      if (e === 'u') {
        var h = s.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) throw py_json_error('Invalid \\uXXXX escape', s, i);
        var u = parseInt(h, 16);
        i += 5;
        if (u >= 0xD800 && u <= 0xDBFF && s[i] === '\\' && s[i + 1] === 'u') {
          var h2 = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(h2)) throw py_json_error('Invalid \\uXXXX escape', s, i + 1);
          var u2 = parseInt(h2, 16);
          if (u2 >= 0xDC00 && u2 <= 0xDFFF) { out += String.fromCharCode(u, u2); i += 6; continue; }
        }
        out += String.fromCharCode(u);
        continue;
      }
      var m = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}[e];
      if (m === undefined || !/["\\\/bfnrt]/.test(e)) throw py_json_error('Invalid \\escape', s, i - 1);
      out += m;
      i++;
    }
  };
  var value = function () {
    var c = s[i];
    if (c === '"') { i++; return str(); }
    if (c === '{') {
      i++;
      var m = new Map();
      ws();
      if (s[i] === '}') { i++; return m; }
      if (s[i] !== '"') throw py_json_error('Expecting property name enclosed in double quotes', s, i);
      for (;;) {
        i++;
        var k = str();
        ws();
        if (s[i] !== ':') throw py_json_error("Expecting ':' delimiter", s, i);
        i++;
        ws();
        m.set(k, value());
        ws();
        var d = s[i];
        i++;
        if (d === '}') return m;
        if (d !== ',') throw py_json_error("Expecting ',' delimiter", s, i - 1);
        ws();
        if (s[i] !== '"') throw py_json_error('Expecting property name enclosed in double quotes', s, i);
      }
    }
    if (c === '[') {
      i++;
      var a = [];
      ws();
      if (s[i] === ']') { i++; return a; }
      for (;;) {
        a.push(value());
        ws();
        var d2 = s[i];
        i++;
        if (d2 === ']') return a;
        if (d2 !== ',') throw py_json_error("Expecting ',' delimiter", s, i - 1);
        ws();
      }
    }
    if (c === 'n' && s.substr(i, 4) === 'null') { i += 4; return null; }
    if (c === 't' && s.substr(i, 4) === 'true') { i += 4; return true; }
    if (c === 'f' && s.substr(i, 5) === 'false') { i += 5; return false; }
    if (c === 'N' && s.substr(i, 3) === 'NaN') { i += 3; return NaN; }
    if (c === 'I' && s.substr(i, 8) === 'Infinity') { i += 8; return Infinity; }
    if (c === '-' && s.substr(i, 9) === '-Infinity') { i += 9; return -Infinity; }
    NUM.lastIndex = i;
    var nm = NUM.exec(s);
    if (nm === null) throw py_json_error('Expecting value', s, i);
    i += nm[0].length;
    var x = parseFloat(nm[0]);
    if (nm[1] !== undefined || nm[2] !== undefined) return py_fbox(x);
    if (!(Math.abs(x) <= 9007199254740991)) throw py_int_overflow();
    return x === 0 ? 0 : x;
  };
  ws();
  var r = value();
  ws();
  if (i !== n) throw py_json_error('Extra data', s, i);
  return r;
}

// ---------------------------------------------------------------- math

// A real-number argument of a math function (int, bool, float, box) as a JS number.
function py_math_num(x) {
  if (typeof x === 'number') return x;
  if (x instanceof py_PyFloat) return x.v;
  if (typeof x === 'boolean') return x ? 1 : 0;
  throw py_err('TypeError', 'must be real number, not ' + py_fmt_typename(x));
}

function py_math_domain() {
  return py_err('ValueError', 'math domain error');
}

function py_math_floor(x) {
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x === 0 ? 0 : x;
  var v = py_math_num(x);
  if (!isFinite(v)) return py_float_to_int(v);
  return py_int_of(Math.floor(v));
}

function py_math_ceil(x) {
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x === 0 ? 0 : x;
  var v = py_math_num(x);
  if (!isFinite(v)) return py_float_to_int(v);
  return py_int_of(Math.ceil(v));
}

function py_math_trunc(x) {
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x === 0 ? 0 : x;
  if (!py_isnum(x) && typeof x !== 'boolean') throw py_err('TypeError', 'type ' + py_fmt_typename(x) + " doesn't define __trunc__ method");
  return py_float_to_int(py_math_num(x));
}

function py_math_sqrt(x) {
  var v = py_math_num(x);
  if (v < 0) throw py_math_domain();
  return Math.sqrt(v);
}

function py_math_log(x, base) {
  var v = py_math_num(x);
  if (v <= 0) throw py_math_domain();
  var r = Math.log(v);
  if (base === undefined) return r;
  var b = py_math_num(base);
  if (b <= 0) throw py_math_domain();
  var lb = Math.log(b);
  if (lb === 0) throw py_err('ZeroDivisionError', 'float division by zero');
  return r / lb;
}

function py_math_log10(x) {
  var v = py_math_num(x);
  if (v <= 0) throw py_math_domain();
  return Math.log10(v);
}

function py_math_log2(x) {
  var v = py_math_num(x);
  if (v <= 0) throw py_math_domain();
  return Math.log2(v);
}

function py_math_exp(x) {
  var v = py_math_num(x), r = Math.exp(v);
  if (r === Infinity && isFinite(v)) throw py_err('OverflowError', 'math range error');
  return r;
}

// math.pow with CPython's handling of IEEE special values.
function py_math_pow(x, y) {
  x = py_math_num(x); y = py_math_num(y);
  var r, oddY;
  if (!isFinite(x) || !isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      oddY = isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  r = py_powf(x, y);
  if (r !== r) throw py_math_domain();
  if (r === Infinity || r === -Infinity) {
    if (x === 0) throw py_math_domain();
    throw py_err('OverflowError', 'math range error');
  }
  return r;
}

function py_math_fabs(x) { return Math.abs(py_math_num(x)); }

function py_math_isnan(x) { var v = py_math_num(x); return v !== v; }

function py_math_isinf(x) { var v = py_math_num(x); return v === Infinity || v === -Infinity; }

function py_math_isfinite(x) { return isFinite(py_math_num(x)); }

function py_math_isclose(a, b, relTol, absTol) {
  a = py_math_num(a); b = py_math_num(b);
  var rt = relTol === undefined ? 1e-9 : py_math_num(relTol), at = absTol === undefined ? 0 : py_math_num(absTol);
  if (rt < 0 || at < 0) throw py_err('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  var diff = Math.abs(b - a);
  return (diff <= Math.abs(rt * b)) || (diff <= Math.abs(rt * a)) || (diff <= at);
}

// math.hypot: CPython 3.11's vector_norm (accurate to within 1 ulp, same rounding as CPython).
function py_math_hypot() {
  var n = arguments.length, vec = new Array(n), max = 0, foundNan = false, i, x;
  for (i = 0; i < n; i++) {
    x = Math.abs(py_math_num(arguments[i]));
    vec[i] = x;
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  var T27 = 134217729.0, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, t, hi, lo, h;
  var maxE = Math.floor(Math.log2(max)) + 1;
  if (Math.pow(2, maxE - 1) > max) maxE--;
  else if (Math.pow(2, maxE) <= max) maxE++;
  if (maxE >= -1023) {
    var scale = Math.pow(2, -maxE);
    if (scale === Infinity) scale = Math.pow(2, -maxE - 1) * 2;
    for (i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27; hi = t - (t - x); lo = x - hi;
      x = hi * hi;
      oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27; hi = t - (t - x); lo = x - hi;
    x = -hi * hi;
    oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum; csum += x; frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function py_math_trig(f, x, name) {
  var v = py_math_num(x);
  if (v === Infinity || v === -Infinity) throw py_math_domain();
  return f(v);
}

function py_math_sin(x) { return py_math_trig(Math.sin, x); }

function py_math_cos(x) { return py_math_trig(Math.cos, x); }

function py_math_tan(x) { return py_math_trig(Math.tan, x); }

function py_math_asin(x) {
  var v = py_math_num(x);
  if (v > 1 || v < -1) throw py_math_domain();
  return Math.asin(v);
}

function py_math_acos(x) {
  var v = py_math_num(x);
  if (v > 1 || v < -1) throw py_math_domain();
  return Math.acos(v);
}

function py_math_atan(x) { return Math.atan(py_math_num(x)); }

function py_math_atan2(y, x) { return Math.atan2(py_math_num(y), py_math_num(x)); }

function py_math_degrees(x) { return py_math_num(x) * (180.0 / Math.PI); }

function py_math_radians(x) { return py_math_num(x) * (Math.PI / 180.0); }

function py_math_copysign(x, y) {
  var a = Math.abs(py_math_num(x)), b = py_math_num(y);
  return (b < 0 || (b === 0 && 1 / b < 0)) ? -a : a;
}

// The elements of an iterable argument (list, tuple, dict keys, set, str).
function py_math_items(it) {
  if (Array.isArray(it)) return it;
  if (it instanceof Map) return py_map_keys(it);
  if (it instanceof Set) return py_set_vals(it);
  if (typeof it === 'string') return py_cps(it);
  throw py_err('TypeError', "'" + py_fmt_typename(it) + "' object is not iterable");
}

// math.fsum: exact sum (Shewchuk's msum, as CPython).
function py_math_fsum(it) {
  var items = py_math_items(it), p = [], n, i, j, x, y, t, hi, lo, yr, xsave;
  var specialSum = 0.0, infSum = 0.0;
  for (var k = 0; k < items.length; k++) {
    x = py_math_num(items[k]);
    xsave = x;
    n = p.length;
    for (i = j = 0; j < n; j++) {
      y = p[j];
      if (Math.abs(x) < Math.abs(y)) { t = x; x = y; y = t; }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw py_err('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) throw py_err('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  hi = 0.0;
  n = p.length;
  if (n > 0) {
    hi = p[--n];
    lo = 0;
    while (n > 0) {
      x = hi;
      y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      y = lo * 2.0;
      x = hi + y;
      yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// math.prod(iterable, start=1): the product with Python's * (py_mul: int/float results, int * str...).
function py_math_prod(it, start) {
  var items = py_math_items(it), acc = start === undefined ? 1 : start;
  for (var i = 0; i < items.length; i++) acc = py_mul(acc, items[i]);
  return acc;
}

function py_math_gcd() {
  var g = 0;
  for (var i = 0; i < arguments.length; i++) {
    var b = Math.abs(py_index_arg(arguments[i])), a = g;
    while (b !== 0) { var t = a % b; a = b; b = t; }
    g = a;
  }
  return g;
}
