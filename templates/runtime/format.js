// format.js: text conversions (str/repr/ascii), the format-spec mini-language, str.format,
// printf-style %, round/int/float parsing, chr/ord/hex/oct/bin, json.dumps/loads and math.
// See docs/internals/runtime-contract.md ("format.js").

// ---------------------------------------------------------------- str / repr

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

// repr() of a float (accepts a PyFloat box): shortest round-trip digits in Python's layout.
function py_float_repr(x) {
  if (x instanceof py_PyFloat) x = x.v;
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (1 / x < 0) ? '-0.0' : '0.0';
  var ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    var s = String(x);
    return (s.indexOf('.') < 0) ? s + '.0' : s;
  }
  var t = x.toExponential(), k = t.indexOf('e');
  var exp = t.slice(k + 2);
  return t.slice(0, k) + 'e' + t[k + 1] + (exp.length < 2 ? '0' + exp : exp);
}

// str() of a value statically known to be a float.
function py_str_f(x) {
  return py_float_repr(x);
}

function py_str(x) {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return (x % 1 === 0 && Math.abs(x) < 1e21) ? String(x) : py_float_repr(x);
  if (x == null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (x instanceof py_PyFloat) return py_float_repr(x.v);
  if (x instanceof Error) return py_exc_str(x);
  return py_repr(x);
}

function py_repr(x) {
  if (typeof x === 'string') return py_str_repr(x);
  if (typeof x === 'number') return (x % 1 === 0 && Math.abs(x) < 1e21) ? String(x) : py_float_repr(x);
  if (x == null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (x instanceof py_PyFloat) return py_float_repr(x.v);
  var parts, i;
  if (Array.isArray(x)) {
    parts = new Array(x.length);
    for (i = 0; i < x.length; i++) parts[i] = py_repr(x[i]);
    if (x.__py_tuple__ === true) return parts.length === 1 ? '(' + parts[0] + ',)' : '(' + parts.join(', ') + ')';
    return '[' + parts.join(', ') + ']';
  }
  if (x instanceof Map) {
    parts = [];
    x.forEach(function (v, k) { parts.push(py_repr(k) + ': ' + py_repr(v)); });
    return '{' + parts.join(', ') + '}';
  }
  if (x instanceof Set) {
    if (x.size === 0) return 'set()';
    parts = [];
    x.forEach(function (v) { parts.push(py_repr(v)); });
    return '{' + parts.join(', ') + '}';
  }
  if (x instanceof Error && x.py_type) {
    var args = x.py_args || [];
    parts = [];
    for (i = 0; i < args.length; i++) parts.push(py_repr(args[i]));
    return x.py_type + '(' + parts.join(', ') + ')';
  }
  if (typeof x === 'function') return '<function ' + (x.name || '<lambda>') + '>';
  return '<object>';
}

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
  if (mode === 0) {
    var t = ax.toExponential(), k = t.indexOf('e');
    var mant = t.charAt(0) + (k > 1 ? t.slice(2, k) : '');
    return [mant, parseInt(t.slice(k + 1), 10) + 1];
  }
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

// CPython's PyOS_double_to_string + format_float_short. code: 'e', 'f', 'g', 'r' (lower case);
// upper: use 'E', 'INF', 'NAN'. Returns the text with a leading '-' for negative values.
function py_float_short(x, code, prec, alt, addDot0, noNeg0, upper) {
  if (x !== x) return upper ? 'NAN' : 'nan';
  var neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  var ax = neg ? -x : x;
  if (code === 'f' && !alt && prec <= 20 && ax < 1e21) {
    // Fast path: toFixed is exact except that it rounds ties away from zero; a tie needs exactly
    // prec + 1 binary-fraction-derived decimals, i.e. ax * 2**(prec+1) integral but ax * 2**prec not.
    var sc = Math.pow(2, prec);
    if (!((ax * sc * 2) % 1 === 0 && (ax * sc) % 1 !== 0)) {
      var fs = ax.toFixed(prec);
      if (neg && noNeg0 && /^[0.]*$/.test(fs)) neg = false;
      return neg ? '-' + fs : fs;
    }
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
  if (pos > start) {
    if (pos - start > 18) throw py_err('ValueError', 'Too many decimal digits in format string');
    sp.width = parseInt(cp.slice(start, pos).join(''), 10);
  }
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
    if (pos - start > 18) throw py_err('ValueError', 'Too many decimal digits in format string');
    sp.prec = parseInt(cp.slice(start, pos).join(''), 10);
  }
  if (n - pos > 1) throw py_err('ValueError', "Invalid format specifier '" + spec + "' for object of type '" + tname + "'");
  if (n - pos === 1) sp.type = cp[pos];
  sp.group = 3;
  if (sp.sep !== '') {
    var t = sp.type;
    if (t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === '') {
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
  var neg = v < 0, body = (neg ? -v : v).toString(base);
  if (!sp.alt) prefix = '';
  if (t === 'X') { body = body.toUpperCase(); prefix = prefix.toUpperCase(); }
  if (sp.width < 0 && sp.sep === '' && sp.sign === '') return (neg ? '-' : '') + prefix + body;
  return py_fill_number(neg, prefix, body, sp, t === 'n' ? '' : sp.sep, sp.group, 0);
}

function py_format_float(x, sp) {
  var t = sp.type, code = t, upper = false, addDot0 = false, prec = sp.prec, pct = false;
  if (t === '') { addDot0 = true; code = 'r'; if (prec >= 0) code = 'g'; }
  else {
    if (t === 'n') code = 'g';
    else if (t === '%') { code = 'f'; x = x * 100; pct = true; }
    else if (t === 'E' || t === 'F' || t === 'G') { code = t.toLowerCase(); upper = true; }
    if (prec < 0) prec = 6;
  }
  var s;
  if (code === 'r' && !sp.alt) {
    s = py_float_repr(x);
    if (sp.z && s === '-0.0') s = '0.0';
  } else {
    s = py_float_short(x, code, prec < 0 ? 0 : prec, sp.alt, addDot0, sp.z, upper);
  }
  if (pct) s += '%';
  if (sp.width < 0 && sp.sep === '' && sp.sign !== '+' && sp.sign !== ' ') return s;
  var neg = s.charCodeAt(0) === 45;
  return py_fill_number(neg, '', neg ? s.slice(1) : s, sp, t === 'n' ? '' : sp.sep, 3, -1);
}

// format(value, spec); isFloat: the value is a float even if it is an integral plain number.
function py_format(v, spec, isFloat) {
  var t = typeof v, sp;
  if (spec === undefined || spec === null) spec = '';
  if (t === 'number') {
    if (!isFloat && v % 1 === 0 && Math.abs(v) < 1e21) {
      if (spec === '') return String(v);
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
  throw py_err('TypeError', 'unsupported format string passed to ' + py_typename(v) + '.__format__');
}

// An f-string replacement field {value!conv:spec}.
function py_fstr(v, conv, spec, isFloat) {
  if (conv === 'r') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_repr(v);
  else if (conv === 's') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_str(v);
  else if (conv === 'a') v = (isFloat && typeof v === 'number') ? py_float_repr(v) : py_ascii(v);
  else return py_format(v, spec, isFloat);
  return (spec === '' || spec == null) ? v : py_format(v, spec, false);
}

// format(value, spec) the builtin (the value's own type decides int/float).
function py_format_builtin(v, spec) {
  if (spec === undefined) spec = '';
  if (typeof spec !== 'string') throw py_err('TypeError', 'format() argument 2 must be str, not ' + py_typename(spec));
  return py_format(v, spec, false);
}
