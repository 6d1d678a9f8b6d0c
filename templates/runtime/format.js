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
