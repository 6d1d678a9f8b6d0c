// methods.js: the methods of str, list, tuple, dict and set (see docs/internals/runtime-contract.md).
//
// Typed helpers `py_<type>_<method>(self, ...)` take the Python parameters in order (an omitted optional
// argument is `undefined`; `*args` is one JS Array, `**kwargs` a Map or null/undefined;
// `py_dict_pop(d, key, dflt, hasDflt)`). `str.format` is `py_str_format` of format.js.
// Dispatchers `py_m_<name>(self, a, b, ...)` (for a receiver whose type the compiler does not know) take the
// Python positional arguments as written, spread, and pick the typed helper from the runtime type of `self`
// (else AttributeError), checking the argument count like CPython. For methods without *args this is the
// typed helper's order (a call with keywords arrives bound to the signature, like a typed call); otherwise:
//   py_m_format(self, ...args)          str.format without keyword arguments
//   py_m_update(self, ...args)          dict: at most one `other` (no keyword arguments); set: the iterables
//   py_m_union/intersection/difference(self, ...others)
//   py_m_pop(self, a, b)                list: index a; dict: key a, and a default b iff the call passes b
//                                       (arguments.length); set: none
//   py_m_count(self, a, b, c)           str: sub, start, end; list/tuple: value
// Python counts code points: every position, length and width here is in code points (fast path: no
// surrogate in the string, where UTF-16 indexes are code point indexes).

var py_methods_SURR = /[\uD800-\uDFFF]/;
var py_methods_ASCII = /^[\x00-\x7f]*$/;

// ---------------------------------------------------------------- argument and code point utilities

function py_methods_noattr(x, name) {
  return py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
}

// `x.name` of a method passed as a function value (key=counts.get): x, or CPython's AttributeError when
// its type (py_typename) is not one of `owners`.
function py_bound_method(x, name, owners) {
  if (owners.indexOf(py_typename(x)) < 0) throw py_methods_noattr(x, name);
  return x;
}

// x.name(args) on a value of unknown type whose arguments can raise or have an effect: CPython looks the method
// up before it evaluates the arguments, so a value of a type without it (one of `owners`, as py_typename names
// them) raises AttributeError first; x otherwise (other objects: the dispatcher decides, as before)
var py_MCHECK_KNOWN = ['NoneType', 'bool', 'int', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'function'];

function py_mcheck(x, name, owners) {
  var t = py_typename(x);
  if (t === 'range') t = 'tuple';      // range has the tuple methods (count, index)
  if (owners.indexOf(t) < 0 && py_MCHECK_KNOWN.indexOf(t) >= 0) throw py_methods_noattr(x, name);
  return x;
}

// CPython's TypeError for a call with n arguments where the method takes min..max (messages vary by method).
function py_methods_argc(n, min, few, many) {
  return py_err('TypeError', (n < min ? few : many).replace('%n', String(n)));
}

// An integer argument (Py_ssize_t): int or bool; `undefined` (omitted) gives dflt.
function py_methods_int(x, dflt) {
  if (x === undefined && dflt !== undefined) return dflt;
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  throw py_err('TypeError', "'" + py_coll_tn(x) + "' object cannot be interpreted as an integer");
}

// A bool(accept={int}) argument (keepends, reverse).
function py_methods_flag(x) {
  if (x === undefined || x === false) return false;
  if (x === true) return true;
  return py_methods_int(x) !== 0;
}

// A slice index of str.find & co: None or an int.
function py_methods_sidx(x, dflt) {
  if (x == null) return dflt;
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  throw py_err('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

// A slice index of list.index / tuple.index: an int (None refused), omitted gives dflt.
function py_methods_lidx(x, dflt) {
  if (x === undefined) return dflt;
  if (typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  throw py_err('TypeError', 'slice indices must be integers or have an __index__ method');
}

// A str argument; `clinic`: Argument Clinic's message, which names None as 'None' (not 'NoneType').
function py_methods_needstr(x, msg, clinic) {
  if (typeof x !== 'string') throw py_err('TypeError', msg + (clinic && x == null ? 'None' : py_coll_tn(x)));
  return x;
}

// Length in code points.
function py_methods_cplen(s) {
  if (!py_methods_SURR.test(s)) return s.length;
  var n = 0, len = s.length;
  for (var i = 0; i < len; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) i++;
    n++;
  }
  return n;
}

// UTF-16 offset of code point index k (clamped to the string).
function py_methods_u16(s, k) {
  var i = 0, len = s.length;
  while (k > 0 && i < len) {
    var c = s.charCodeAt(i);
    i += (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) ? 2 : 1;
    k--;
  }
  return i;
}

// Code point index of UTF-16 offset u.
function py_methods_cpidx(s, u) {
  var n = 0;
  for (var i = 0; i < u; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) i++;
    n++;
  }
  return n;
}

// The code points of s as an array of strings.
function py_methods_cps(s) {
  return py_methods_SURR.test(s) ? Array.from(s) : s.split('');
}

// CPython's ADJUST_INDICES on code points; fills py_methods_RNG with
// [start, end (code points), start, end (UTF-16 offsets), has surrogates].
var py_methods_RNG = [0, 0, 0, 0, false];

function py_methods_adjust(s, start, end) {
  var st = py_methods_sidx(start, 0), en = py_methods_sidx(end, Infinity);
  var surr = py_methods_SURR.test(s);
  var n = surr ? py_methods_cplen(s) : s.length;
  if (en > n) en = n;
  else if (en < 0) { en += n; if (en < 0) en = 0; }
  if (st < 0) { st += n; if (st < 0) st = 0; }
  var r = py_methods_RNG;
  r[0] = st; r[1] = en; r[4] = surr;
  if (surr) { r[2] = st >= n ? s.length : py_methods_u16(s, st); r[3] = py_methods_u16(s, en); }
  else { r[2] = st; r[3] = en; }
  return r;
}

// Python's str.isspace for one UTF-16 unit (all Python whitespace is in the BMP).
function py_methods_isws(c) {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

// Line boundaries of str.splitlines.
function py_methods_islb(c) {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

// ---------------------------------------------------------------- str: case mapping

var py_methods_RE_CASED = /\p{Cased}/u;
var py_methods_RE_CASEIGN = /\p{Case_Ignorable}/u;
var py_methods_RE_UPPER = /\p{Uppercase}/u;
var py_methods_RE_LOWER = /\p{Lowercase}/u;
var py_methods_RE_TITLECASE = /\p{Lt}/u;
var py_methods_RE_CHEROKEE = /[\u13A0-\u13F5\u13F8-\u13FD\uAB70-\uABBF]/;

// Full title-case mappings that differ from the uppercase mapping (CPython 3.11, Unicode 14).
var py_methods_TITLE = {"\u00df":"Ss","\u01c4":"\u01c5","\u01c5":"\u01c5","\u01c6":"\u01c5","\u01c7":"\u01c8","\u01c8":"\u01c8","\u01c9":"\u01c8","\u01ca":"\u01cb","\u01cb":"\u01cb","\u01cc":"\u01cb","\u01f1":"\u01f2","\u01f2":"\u01f2","\u01f3":"\u01f2","\u0587":"\u0535\u0582","\u10d0":"\u10d0","\u10d1":"\u10d1","\u10d2":"\u10d2","\u10d3":"\u10d3","\u10d4":"\u10d4","\u10d5":"\u10d5","\u10d6":"\u10d6","\u10d7":"\u10d7","\u10d8":"\u10d8","\u10d9":"\u10d9","\u10da":"\u10da","\u10db":"\u10db","\u10dc":"\u10dc","\u10dd":"\u10dd","\u10de":"\u10de","\u10df":"\u10df","\u10e0":"\u10e0","\u10e1":"\u10e1","\u10e2":"\u10e2","\u10e3":"\u10e3","\u10e4":"\u10e4","\u10e5":"\u10e5","\u10e6":"\u10e6","\u10e7":"\u10e7","\u10e8":"\u10e8","\u10e9":"\u10e9","\u10ea":"\u10ea","\u10eb":"\u10eb","\u10ec":"\u10ec","\u10ed":"\u10ed","\u10ee":"\u10ee","\u10ef":"\u10ef","\u10f0":"\u10f0","\u10f1":"\u10f1","\u10f2":"\u10f2","\u10f3":"\u10f3","\u10f4":"\u10f4","\u10f5":"\u10f5","\u10f6":"\u10f6","\u10f7":"\u10f7","\u10f8":"\u10f8","\u10f9":"\u10f9","\u10fa":"\u10fa","\u10fd":"\u10fd","\u10fe":"\u10fe","\u10ff":"\u10ff","\u1f80":"\u1f88","\u1f81":"\u1f89","\u1f82":"\u1f8a","\u1f83":"\u1f8b","\u1f84":"\u1f8c","\u1f85":"\u1f8d","\u1f86":"\u1f8e","\u1f87":"\u1f8f","\u1f88":"\u1f88","\u1f89":"\u1f89","\u1f8a":"\u1f8a","\u1f8b":"\u1f8b","\u1f8c":"\u1f8c","\u1f8d":"\u1f8d","\u1f8e":"\u1f8e","\u1f8f":"\u1f8f","\u1f90":"\u1f98","\u1f91":"\u1f99","\u1f92":"\u1f9a","\u1f93":"\u1f9b","\u1f94":"\u1f9c","\u1f95":"\u1f9d","\u1f96":"\u1f9e","\u1f97":"\u1f9f","\u1f98":"\u1f98","\u1f99":"\u1f99","\u1f9a":"\u1f9a","\u1f9b":"\u1f9b","\u1f9c":"\u1f9c","\u1f9d":"\u1f9d","\u1f9e":"\u1f9e","\u1f9f":"\u1f9f","\u1fa0":"\u1fa8","\u1fa1":"\u1fa9","\u1fa2":"\u1faa","\u1fa3":"\u1fab","\u1fa4":"\u1fac","\u1fa5":"\u1fad","\u1fa6":"\u1fae","\u1fa7":"\u1faf","\u1fa8":"\u1fa8","\u1fa9":"\u1fa9","\u1faa":"\u1faa","\u1fab":"\u1fab","\u1fac":"\u1fac","\u1fad":"\u1fad","\u1fae":"\u1fae","\u1faf":"\u1faf","\u1fb2":"\u1fba\u0345","\u1fb3":"\u1fbc","\u1fb4":"\u0386\u0345","\u1fb7":"\u0391\u0342\u0345","\u1fbc":"\u1fbc","\u1fc2":"\u1fca\u0345","\u1fc3":"\u1fcc","\u1fc4":"\u0389\u0345","\u1fc7":"\u0397\u0342\u0345","\u1fcc":"\u1fcc","\u1ff2":"\u1ffa\u0345","\u1ff3":"\u1ffc","\u1ff4":"\u038f\u0345","\u1ff7":"\u03a9\u0342\u0345","\u1ffc":"\u1ffc","\ufb00":"Ff","\ufb01":"Fi","\ufb02":"Fl","\ufb03":"Ffi","\ufb04":"Ffl","\ufb05":"St","\ufb06":"St","\ufb13":"\u0544\u0576","\ufb14":"\u0544\u0565","\ufb15":"\u0544\u056b","\ufb16":"\u054e\u0576","\ufb17":"\u0544\u056d"};

// Full case foldings that differ from the lowercase mapping, except Cherokee (folds to uppercase).
var py_methods_CASEFOLD = {"\u00b5":"\u03bc","\u00df":"ss","\u0149":"\u02bcn","\u017f":"s","\u01f0":"j\u030c","\u0345":"\u03b9","\u0390":"\u03b9\u0308\u0301","\u03b0":"\u03c5\u0308\u0301","\u03c2":"\u03c3","\u03d0":"\u03b2","\u03d1":"\u03b8","\u03d5":"\u03c6","\u03d6":"\u03c0","\u03f0":"\u03ba","\u03f1":"\u03c1","\u03f5":"\u03b5","\u0587":"\u0565\u0582","\u1c80":"\u0432","\u1c81":"\u0434","\u1c82":"\u043e","\u1c83":"\u0441","\u1c84":"\u0442","\u1c85":"\u0442","\u1c86":"\u044a","\u1c87":"\u0463","\u1c88":"\ua64b","\u1e96":"h\u0331","\u1e97":"t\u0308","\u1e98":"w\u030a","\u1e99":"y\u030a","\u1e9a":"a\u02be","\u1e9b":"\u1e61","\u1e9e":"ss","\u1f50":"\u03c5\u0313","\u1f52":"\u03c5\u0313\u0300","\u1f54":"\u03c5\u0313\u0301","\u1f56":"\u03c5\u0313\u0342","\u1f80":"\u1f00\u03b9","\u1f81":"\u1f01\u03b9","\u1f82":"\u1f02\u03b9","\u1f83":"\u1f03\u03b9","\u1f84":"\u1f04\u03b9","\u1f85":"\u1f05\u03b9","\u1f86":"\u1f06\u03b9","\u1f87":"\u1f07\u03b9","\u1f88":"\u1f00\u03b9","\u1f89":"\u1f01\u03b9","\u1f8a":"\u1f02\u03b9","\u1f8b":"\u1f03\u03b9","\u1f8c":"\u1f04\u03b9","\u1f8d":"\u1f05\u03b9","\u1f8e":"\u1f06\u03b9","\u1f8f":"\u1f07\u03b9","\u1f90":"\u1f20\u03b9","\u1f91":"\u1f21\u03b9","\u1f92":"\u1f22\u03b9","\u1f93":"\u1f23\u03b9","\u1f94":"\u1f24\u03b9","\u1f95":"\u1f25\u03b9","\u1f96":"\u1f26\u03b9","\u1f97":"\u1f27\u03b9","\u1f98":"\u1f20\u03b9","\u1f99":"\u1f21\u03b9","\u1f9a":"\u1f22\u03b9","\u1f9b":"\u1f23\u03b9","\u1f9c":"\u1f24\u03b9","\u1f9d":"\u1f25\u03b9","\u1f9e":"\u1f26\u03b9","\u1f9f":"\u1f27\u03b9","\u1fa0":"\u1f60\u03b9","\u1fa1":"\u1f61\u03b9","\u1fa2":"\u1f62\u03b9","\u1fa3":"\u1f63\u03b9","\u1fa4":"\u1f64\u03b9","\u1fa5":"\u1f65\u03b9","\u1fa6":"\u1f66\u03b9","\u1fa7":"\u1f67\u03b9","\u1fa8":"\u1f60\u03b9","\u1fa9":"\u1f61\u03b9","\u1faa":"\u1f62\u03b9","\u1fab":"\u1f63\u03b9","\u1fac":"\u1f64\u03b9","\u1fad":"\u1f65\u03b9","\u1fae":"\u1f66\u03b9","\u1faf":"\u1f67\u03b9","\u1fb2":"\u1f70\u03b9","\u1fb3":"\u03b1\u03b9","\u1fb4":"\u03ac\u03b9","\u1fb6":"\u03b1\u0342","\u1fb7":"\u03b1\u0342\u03b9","\u1fbc":"\u03b1\u03b9","\u1fbe":"\u03b9","\u1fc2":"\u1f74\u03b9","\u1fc3":"\u03b7\u03b9","\u1fc4":"\u03ae\u03b9","\u1fc6":"\u03b7\u0342","\u1fc7":"\u03b7\u0342\u03b9","\u1fcc":"\u03b7\u03b9","\u1fd2":"\u03b9\u0308\u0300","\u1fd3":"\u03b9\u0308\u0301","\u1fd6":"\u03b9\u0342","\u1fd7":"\u03b9\u0308\u0342","\u1fe2":"\u03c5\u0308\u0300","\u1fe3":"\u03c5\u0308\u0301","\u1fe4":"\u03c1\u0313","\u1fe6":"\u03c5\u0342","\u1fe7":"\u03c5\u0308\u0342","\u1ff2":"\u1f7c\u03b9","\u1ff3":"\u03c9\u03b9","\u1ff4":"\u03ce\u03b9","\u1ff6":"\u03c9\u0342","\u1ff7":"\u03c9\u0342\u03b9","\u1ffc":"\u03c9\u03b9","\ufb00":"ff","\ufb01":"fi","\ufb02":"fl","\ufb03":"ffi","\ufb04":"ffl","\ufb05":"st","\ufb06":"st","\ufb13":"\u0574\u0576","\ufb14":"\u0574\u0565","\ufb15":"\u0574\u056b","\ufb16":"\u057e\u0576","\ufb17":"\u0574\u056d"};

// CPython 3.11 uses Unicode 14; a browser's RegExp properties and toUpperCase follow its own, newer
// Unicode. py_methods_u14(s) returns null when every code point of s has the same data in both, else s
// with each differing code point replaced by a stand-in that has (in every engine) CPython's properties
// for it; all of them map to themselves in CPython, so the case mappings keep the original there.
// Differing: code points unassigned in Unicode 14 (no properties; found through CPython's non-printable
// table, from which assigned Cc/Cf/Co/Cs/Zl/Zp/Zs code points are told apart by the engine) and the few
// assigned ones whose data changed since (up to Unicode 17). A code point assigned in Unicode 14 that the
// engine does not know (an engine older than CPython's data) raises instead of answering differently.
var py_methods_U14_QUICK = /[\u019b\u0264\u0295\u0378-\uffff]/;
var py_methods_U14_FIX = {'\u019b': '\u0138', '\u0264': '\u0138', '\u0295': '\u0138', '\ua7d3': '\u0138',
  '\ua7d5': '\u0138', '\u10fc': '\u02b9', '\ua7f2': '\u02b9', '\ua7f3': '\u02b9', '\ua7f4': '\u02b9',
  '\uab69': '\u02b9', '\ud805\udf1e': '\u0300', '\u200c': '\u200b', '\u200d': '\u200b', '\u30fb': '\uffff',
  '\uff65': '\uffff', '\ud80d\udc39': '\uffff', '\ud80d\udc3a': '\uffff', '\ud80d\udc3b': '\uffff',
  '\ud80d\udc3c': '\uffff', '\ud80d\udc3d': '\uffff', '\ud80d\udc3e': '\uffff', '\ud80d\udc3f': '\uffff'};
var py_methods_RE_CN = /\p{Cn}/u;
var py_methods_RE_NPCAT = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/u;

function py_methods_u14(s) {
  if (!py_methods_U14_QUICK.test(s)) return null;
  var cps = py_methods_cps(s), changed = false;
  for (var i = 0; i < cps.length; i++) {
    var ch = cps[i], cp = ch.codePointAt(0);
    if (cp < 0x19b) continue;
    var f = py_methods_U14_FIX[ch];
    if (typeof f === 'string') { cps[i] = f; changed = true; continue; }
    if (cp < 0x378) continue;
    var ecn = py_methods_RE_CN.test(ch);
    if (!py_isprintable_cp(cp)) {
      if (!ecn && !py_methods_RE_NPCAT.test(ch)) { cps[i] = '\uffff'; changed = true; }
    } else if (ecn) {
      throw py_err('TypeError', "py2cs: this browser's Unicode data does not know U+" + cp.toString(16).toUpperCase() +
        ', which CPython 3.11 (Unicode 14) assigns');
    }
  }
  return changed ? cps.join('') : null;
}

// The case mappings of s when py_methods_u14(s) is t (not null): each code point mapped by kind with
// the properties of t, a substituted one kept as it is.
function py_methods_casemap14(s, t, kind) {
  var cps = py_methods_cps(s), pcs = py_methods_cps(t), out = '', prev = false;
  for (var i = 0; i < cps.length; i++) {
    var ch = pcs[i], r;
    if (kind === 0) r = ch.toUpperCase();
    else if (kind === 1) r = py_methods_lower1(pcs, i);
    else if (kind === 2) {
      var f = py_methods_CASEFOLD[ch];
      r = typeof f === 'string' ? f : (py_methods_RE_CHEROKEE.test(ch) ? ch.toUpperCase() : ch.toLowerCase());
    } else if (kind === 3) { r = prev ? py_methods_lower1(pcs, i) : py_methods_title1(ch); prev = py_methods_RE_CASED.test(ch); }
    else if (kind === 4) r = i === 0 ? py_methods_title1(ch) : py_methods_lower1(pcs, i);
    else r = py_methods_RE_UPPER.test(ch) ? py_methods_lower1(pcs, i) : (py_methods_RE_LOWER.test(ch) ? ch.toUpperCase() : ch);
    out += ch !== cps[i] ? cps[i] : r;
  }
  return out;
}

function py_methods_title1(ch) {
  var t = py_methods_TITLE[ch];
  return typeof t === 'string' ? t : ch.toUpperCase();
}

// Lowercase of cps[i] with CPython's final-sigma rule (handle_capital_sigma) for U+03A3.
function py_methods_lower1(cps, i) {
  var ch = cps[i];
  if (ch !== '\u03a3') return ch.toLowerCase();
  var j = i - 1;
  while (j >= 0 && py_methods_RE_CASEIGN.test(cps[j])) j--;
  var fin = j >= 0 && py_methods_RE_CASED.test(cps[j]);
  if (fin && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && py_methods_RE_CASEIGN.test(cps[j])) j++;
    fin = j === cps.length || !py_methods_RE_CASED.test(cps[j]);
  }
  return fin ? '\u03c2' : '\u03c3';
}

function py_str_upper(s) {
  var t = py_methods_u14(s);
  return t === null ? s.toUpperCase() : py_methods_casemap14(s, t, 0);
}

function py_str_lower(s) {
  // no code point from U+0378 up (nor the three below it) leaves neither a Unicode 14 difference nor
  // a capital sigma (U+03A3, whose lowercase depends on its neighbours): the engine's mapping is Python's
  if (!py_methods_U14_QUICK.test(s)) return s.toLowerCase();
  var t = py_methods_u14(s);
  if (t !== null) return py_methods_casemap14(s, t, 1);
  if (s.indexOf('\u03a3') < 0) return s.toLowerCase();
  var cps = py_methods_cps(s), out = '';
  for (var i = 0; i < cps.length; i++) out += py_methods_lower1(cps, i);
  return out;
}

function py_str_casefold(s) {
  if (py_methods_ASCII.test(s)) return s.toLowerCase();
  var t = py_methods_u14(s);
  if (t !== null) return py_methods_casemap14(s, t, 2);
  var cps = py_methods_cps(s), out = '';
  for (var i = 0; i < cps.length; i++) {
    var ch = cps[i], f = py_methods_CASEFOLD[ch];
    out += typeof f === 'string' ? f : (py_methods_RE_CHEROKEE.test(ch) ? ch.toUpperCase() : ch.toLowerCase());
  }
  return out;
}

function py_str_title(s) {
  var out = '', prev = false, i, c;
  if (py_methods_ASCII.test(s)) {
    for (i = 0; i < s.length; i++) {
      c = s.charCodeAt(i);
      var up = c >= 65 && c <= 90, low = c >= 97 && c <= 122;
      if (prev) out += up ? String.fromCharCode(c + 32) : s.charAt(i);
      else out += low ? String.fromCharCode(c - 32) : s.charAt(i);
      prev = up || low;
    }
    return out;
  }
  var t = py_methods_u14(s);
  if (t !== null) return py_methods_casemap14(s, t, 3);
  var cps = py_methods_cps(s);
  for (i = 0; i < cps.length; i++) {
    out += prev ? py_methods_lower1(cps, i) : py_methods_title1(cps[i]);
    prev = py_methods_RE_CASED.test(cps[i]);
  }
  return out;
}

function py_str_capitalize(s) {
  if (s.length === 0) return s;
  if (py_methods_ASCII.test(s)) return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  var t = py_methods_u14(s);
  if (t !== null) return py_methods_casemap14(s, t, 4);
  var cps = py_methods_cps(s), out = py_methods_title1(cps[0]);
  for (var i = 1; i < cps.length; i++) out += py_methods_lower1(cps, i);
  return out;
}

function py_str_swapcase(s) {
  var out = '', i;
  if (py_methods_ASCII.test(s)) {
    for (i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      out += (c >= 65 && c <= 90) ? String.fromCharCode(c + 32) :
        ((c >= 97 && c <= 122) ? String.fromCharCode(c - 32) : s.charAt(i));
    }
    return out;
  }
  var t = py_methods_u14(s);
  if (t !== null) return py_methods_casemap14(s, t, 5);
  var cps = py_methods_cps(s);
  for (i = 0; i < cps.length; i++) {
    var ch = cps[i];
    if (py_methods_RE_UPPER.test(ch)) out += py_methods_lower1(cps, i);
    else if (py_methods_RE_LOWER.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

// ---------------------------------------------------------------- str: predicates

var py_methods_RE_ALPHA = /^\p{L}+$/u;
var py_methods_RE_DECIMAL = /^\p{Nd}+$/u;
var py_methods_RE_DIGIT = /^[\p{Nd}\u{B2}\u{B3}\u{B9}\u{1369}-\u{1371}\u{19DA}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247C}\u{2488}-\u{2490}\u{24EA}\u{24F5}-\u{24FD}\u{24FF}\u{2776}-\u{277E}\u{2780}-\u{2788}\u{278A}-\u{2792}\u{10A40}-\u{10A43}\u{10E60}-\u{10E68}\u{11052}-\u{1105A}\u{1F100}-\u{1F10A}]+$/u;
var py_methods_RE_NUMERIC = /^[\p{N}\u{3405}\u{3483}\u{382A}\u{3B4D}\u{4E00}\u{4E03}\u{4E07}\u{4E09}\u{4E5D}\u{4E8C}\u{4E94}\u{4E96}\u{4EBF}\u{4EC0}\u{4EDF}\u{4EE8}\u{4F0D}\u{4F70}\u{5104}\u{5146}\u{5169}\u{516B}\u{516D}\u{5341}\u{5343}-\u{5345}\u{534C}\u{53C1}-\u{53C4}\u{56DB}\u{58F1}\u{58F9}\u{5E7A}\u{5EFE}\u{5EFF}\u{5F0C}-\u{5F0E}\u{5F10}\u{62FE}\u{634C}\u{67D2}\u{6F06}\u{7396}\u{767E}\u{8086}\u{842C}\u{8CAE}\u{8CB3}\u{8D30}\u{9621}\u{9646}\u{964C}\u{9678}\u{96F6}\u{F96B}\u{F973}\u{F978}\u{F9B2}\u{F9D1}\u{F9D3}\u{F9FD}\u{20001}\u{20064}\u{200E2}\u{20121}\u{2092A}\u{20983}\u{2098C}\u{2099C}\u{20AEA}\u{20AFD}\u{20B19}\u{22390}\u{22998}\u{23B1B}\u{2626D}\u{2F890}]+$/u;
var py_methods_RE_ALNUM = /^[\p{L}\p{N}\u{3405}\u{3483}\u{382A}\u{3B4D}\u{4E00}\u{4E03}\u{4E07}\u{4E09}\u{4E5D}\u{4E8C}\u{4E94}\u{4E96}\u{4EBF}\u{4EC0}\u{4EDF}\u{4EE8}\u{4F0D}\u{4F70}\u{5104}\u{5146}\u{5169}\u{516B}\u{516D}\u{5341}\u{5343}-\u{5345}\u{534C}\u{53C1}-\u{53C4}\u{56DB}\u{58F1}\u{58F9}\u{5E7A}\u{5EFE}\u{5EFF}\u{5F0C}-\u{5F0E}\u{5F10}\u{62FE}\u{634C}\u{67D2}\u{6F06}\u{7396}\u{767E}\u{8086}\u{842C}\u{8CAE}\u{8CB3}\u{8D30}\u{9621}\u{9646}\u{964C}\u{9678}\u{96F6}\u{F96B}\u{F973}\u{F978}\u{F9B2}\u{F9D1}\u{F9D3}\u{F9FD}\u{20001}\u{20064}\u{200E2}\u{20121}\u{2092A}\u{20983}\u{2098C}\u{2099C}\u{20AEA}\u{20AFD}\u{20B19}\u{22390}\u{22998}\u{23B1B}\u{2626D}\u{2F890}]+$/u;
var py_methods_RE_SPACE = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
var py_methods_RE_IDENT = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
var py_methods_RE_UPPER_OR_TITLE = /[\p{Uppercase}\p{Lt}]/u;
var py_methods_RE_LOWER_OR_TITLE = /[\p{Lowercase}\p{Lt}]/u;

// s with CPython's Unicode 14 properties for the engine's RegExps (see py_methods_u14).
function py_methods_p14(s) {
  var t = py_methods_u14(s);
  return t === null ? s : t;
}

function py_str_isalpha(s) { return py_methods_RE_ALPHA.test(py_methods_p14(s)); }
function py_str_isdecimal(s) { return py_methods_RE_DECIMAL.test(py_methods_p14(s)); }
function py_str_isdigit(s) { return py_methods_RE_DIGIT.test(py_methods_p14(s)); }
function py_str_isnumeric(s) { return py_methods_RE_NUMERIC.test(py_methods_p14(s)); }
function py_str_isalnum(s) { return py_methods_RE_ALNUM.test(py_methods_p14(s)); }
function py_str_isspace(s) { return py_methods_RE_SPACE.test(s); }
function py_str_isascii(s) { return !/[^\x00-\x7f]/.test(s); }

// Every code point printable as CPython 3.11 defines it (repr() leaves it unescaped); '' is printable.
function py_str_isprintable(s) {
  for (var i = 0; i < s.length; i++) {
    var cp = s.codePointAt(i);
    if (cp > 0xFFFF) i++;
    if (!py_isprintable_cp(cp)) return false;
  }
  return true;
}

function py_str_isidentifier(s) { return py_methods_RE_IDENT.test(py_methods_p14(s)); }

function py_str_islower(s) {
  s = py_methods_p14(s);
  return !py_methods_RE_UPPER_OR_TITLE.test(s) && py_methods_RE_LOWER.test(s);
}

function py_str_isupper(s) {
  s = py_methods_p14(s);
  return !py_methods_RE_LOWER_OR_TITLE.test(s) && py_methods_RE_UPPER.test(s);
}

function py_str_istitle(s) {
  s = py_methods_p14(s);
  var cased = false, prev = false, i;
  if (py_methods_ASCII.test(s)) {
    for (i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 65 && c <= 90) { if (prev) return false; prev = cased = true; }
      else if (c >= 97 && c <= 122) { if (!prev) return false; prev = cased = true; }
      else prev = false;
    }
    return cased;
  }
  var cps = py_methods_cps(s);
  for (i = 0; i < cps.length; i++) {
    var ch = cps[i];
    if (py_methods_RE_UPPER_OR_TITLE.test(ch)) { if (prev) return false; prev = cased = true; }
    else if (py_methods_RE_LOWER.test(ch)) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}

// ---------------------------------------------------------------- str: searching

// str.find (dir > 0) / str.rfind (dir < 0): a code point index or -1.
function py_methods_find(s, sub, start, end, dir) {
  var r = py_methods_adjust(s, start, end);
  var st = r[0], en = r[1], su = r[2], eu = r[3];
  py_methods_needstr(sub, 'must be str, not ');
  if (en - st < py_methods_cplen(sub)) return -1;
  var i = dir > 0 ? s.indexOf(sub, su) : s.lastIndexOf(sub, eu - sub.length);
  if (i < 0 || i < su || i + sub.length > eu) return -1;
  return r[4] ? py_methods_cpidx(s, i) : i;
}

function py_str_find(s, sub, start, end) {
  return py_methods_find(s, sub, start, end, 1);
}

function py_str_rfind(s, sub, start, end) {
  return py_methods_find(s, sub, start, end, -1);
}

function py_str_index(s, sub, start, end) {
  var i = py_methods_find(s, sub, start, end, 1);
  if (i < 0) throw py_err('ValueError', 'substring not found');
  return i;
}

function py_str_rindex(s, sub, start, end) {
  var i = py_methods_find(s, sub, start, end, -1);
  if (i < 0) throw py_err('ValueError', 'substring not found');
  return i;
}

function py_str_count(s, sub, start, end) {
  var r = py_methods_adjust(s, start, end);
  var st = r[0], en = r[1], su = r[2], eu = r[3];
  py_methods_needstr(sub, 'must be str, not ');
  var m = py_methods_cplen(sub);
  if (en - st < m) return 0;
  if (m === 0) return en - st + 1;
  var n = 0, i = su, k;
  while ((k = s.indexOf(sub, i)) >= 0 && k + sub.length <= eu) { n++; i = k + sub.length; }
  return n;
}

// startswith (dir > 0) / endswith (dir < 0), CPython's tailmatch.
function py_methods_tailmatch(s, sub, dir) {
  var r = py_methods_RNG;
  if (r[1] - py_methods_cplen(sub) < r[0]) return false;
  return dir > 0 ? s.startsWith(sub, r[2]) : s.endsWith(sub, r[3]);
}

function py_methods_startend(s, prefix, start, end, dir, name) {
  py_methods_adjust(s, start, end);
  if (typeof prefix === 'string') return py_methods_tailmatch(s, prefix, dir);
  if (py_istuple(prefix)) {
    for (var i = 0; i < prefix.length; i++) {
      var p = prefix[i];
      if (typeof p !== 'string') throw py_err('TypeError', 'tuple for ' + name + ' must only contain str, not ' + py_coll_tn(p));
      if (py_methods_tailmatch(s, p, dir)) return true;
    }
    return false;
  }
  throw py_err('TypeError', name + ' first arg must be str or a tuple of str, not ' + py_coll_tn(prefix));
}

function py_str_startswith(s, prefix, start, end) {
  return py_methods_startend(s, prefix, start, end, 1, 'startswith');
}

function py_str_endswith(s, suffix, start, end) {
  return py_methods_startend(s, suffix, start, end, -1, 'endswith');
}

// ---------------------------------------------------------------- str: splitting and joining

// The characters of py_methods_isws, for the unlimited str.split() fast path.
var py_methods_WS_RE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

// Python whitespace other than the space itself.
var py_methods_WS_NOSP_RE = /[\t\n\v\f\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function py_methods_wsplit(s, max) {
  var out = [], i = 0, n = s.length, j;
  if (max < 0) {
    if (!py_methods_WS_NOSP_RE.test(s)) {
      // spaces only: the native split on ' ' (much faster than a regex split), empty strings dropped
      var parts = s.split(' ');
      for (j = 0; j < parts.length; j++) if (parts[j] !== '') out.push(parts[j]);
      return out;
    }
    out = s.split(py_methods_WS_RE);
    if (out.length > 0 && out[0] === '') out.shift();
    if (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }
  while (max-- > 0) {
    while (i < n && py_methods_isws(s.charCodeAt(i))) i++;
    if (i === n) break;
    j = i; i++;
    while (i < n && !py_methods_isws(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && py_methods_isws(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function py_methods_wrsplit(s, max) {
  var out = [], i = s.length - 1, j;
  if (max < 0) max = Infinity;
  while (max-- > 0) {
    while (i >= 0 && py_methods_isws(s.charCodeAt(i))) i--;
    if (i < 0) break;
    j = i; i--;
    while (i >= 0 && !py_methods_isws(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && py_methods_isws(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

function py_str_split(s, sep, maxsplit) {
  var max = py_methods_int(maxsplit, -1);
  if (sep == null) return py_methods_wsplit(s, max);
  py_methods_needstr(sep, 'must be str or None, not ');
  if (sep === '') throw py_err('ValueError', 'empty separator');
  var parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) {
    var rest = parts.slice(max).join(sep);
    parts.length = max;
    parts.push(rest);
  }
  return parts;
}

function py_str_rsplit(s, sep, maxsplit) {
  var max = py_methods_int(maxsplit, -1);
  if (sep == null) return py_methods_wrsplit(s, max);
  py_methods_needstr(sep, 'must be str or None, not ');
  if (sep === '') throw py_err('ValueError', 'empty separator');
  if (max < 0) max = Infinity;
  var out = [], end = s.length, m = sep.length, k;
  while (max > 0 && end >= m && (k = s.lastIndexOf(sep, end - m)) >= 0) {
    out.push(s.slice(k + m, end));
    end = k;
    max--;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function py_str_splitlines(s, keepends) {
  var keep = py_methods_flag(keepends);
  var out = [], i = 0, n = s.length, j, eol;
  while (i < n) {
    j = i;
    while (i < n && !py_methods_islb(s.charCodeAt(i))) i++;
    eol = i;
    if (i < n) {
      i += (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) ? 2 : 1;
      if (keep) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function py_str_join(sep, iterable) {
  var items;
  if (Array.isArray(iterable)) items = iterable;
  else if (typeof iterable === 'string' || iterable instanceof Map || iterable instanceof Set) items = py_iter(iterable);
  else throw py_err('TypeError', 'can only join an iterable');
  for (var i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') {
      throw py_err('TypeError', 'sequence item ' + i + ': expected str instance, ' + py_coll_tn(items[i]) + ' found');
    }
  }
  return items.join(sep);
}

function py_str_partition(s, sep) {
  py_methods_needstr(sep, 'must be str, not ');
  if (sep === '') throw py_err('ValueError', 'empty separator');
  var i = s.indexOf(sep);
  if (i < 0) return py_tuple([s, '', '']);
  return py_tuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

function py_str_rpartition(s, sep) {
  py_methods_needstr(sep, 'must be str, not ');
  if (sep === '') throw py_err('ValueError', 'empty separator');
  var i = s.lastIndexOf(sep);
  if (i < 0) return py_tuple(['', '', s]);
  return py_tuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

// ---------------------------------------------------------------- str: transforming

// strip (left and right), lstrip (left), rstrip (right).
var py_methods_STRIP_PLAIN = '';

function py_methods_strip(s, chars, left, right, name) {
  var i = 0, j = s.length, c;
  if (chars == null) {
    if (left) while (i < j && py_methods_isws(s.charCodeAt(i))) i++;
    if (right) while (j > i && py_methods_isws(s.charCodeAt(j - 1))) j--;
  } else if (typeof chars !== 'string') {
    throw py_err('TypeError', name + ' arg must be None or str');
  } else if (chars === py_methods_STRIP_PLAIN || !py_methods_SURR.test(chars)) {
    py_methods_STRIP_PLAIN = chars;   // the last chars found without surrogates (the same each call in a loop)
    if (left) while (i < j && chars.indexOf(s.charAt(i)) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) j--;
  } else {
    var set = py_methods_cps(chars), w;
    if (left) {
      while (i < j) {
        c = s.charCodeAt(i);
        w = (c >= 0xD800 && c <= 0xDBFF && i + 1 < j && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) ? 2 : 1;
        if (set.indexOf(s.substr(i, w)) < 0) break;
        i += w;
      }
    }
    if (right) {
      while (j > i) {
        c = s.charCodeAt(j - 1);
        w = ((c & 0xFC00) === 0xDC00 && j - 2 >= i && (s.charCodeAt(j - 2) & 0xFC00) === 0xD800) ? 2 : 1;
        if (set.indexOf(s.substr(j - w, w)) < 0) break;
        j -= w;
      }
    }
  }
  return (i === 0 && j === s.length) ? s : s.slice(i, j);
}

function py_str_strip(s, chars) {
  return py_methods_strip(s, chars, true, true, 'strip');
}

function py_str_lstrip(s, chars) {
  return py_methods_strip(s, chars, true, false, 'lstrip');
}

function py_str_rstrip(s, chars) {
  return py_methods_strip(s, chars, false, true, 'rstrip');
}

function py_str_replace(s, old, nw, count) {
  py_methods_needstr(old, 'replace() argument 1 must be str, not ', true);
  py_methods_needstr(nw, 'replace() argument 2 must be str, not ', true);
  var max = py_methods_int(count, -1);
  if (max < 0) max = Infinity;
  if (max === 0) return s;
  var out = '', k = 0, i;
  if (old === '') {
    var cps = py_methods_cps(s);
    for (i = 0; i < cps.length; i++) {
      if (k < max) { out += nw; k++; }
      out += cps[i];
    }
    if (k < max) out += nw;
    return out;
  }
  if (max === Infinity) return s.split(old).join(nw);
  var pos = 0;
  while (k < max && (i = s.indexOf(old, pos)) >= 0) {
    out += s.slice(pos, i) + nw;
    pos = i + old.length;
    k++;
  }
  return k === 0 ? s : out + s.slice(pos);
}

function py_str_removeprefix(s, prefix) {
  py_methods_needstr(prefix, 'removeprefix() argument must be str, not ', true);
  return (prefix.length > 0 && s.startsWith(prefix)) ? s.slice(prefix.length) : s;
}

function py_str_removesuffix(s, suffix) {
  py_methods_needstr(suffix, 'removesuffix() argument must be str, not ', true);
  return (suffix.length > 0 && s.endsWith(suffix)) ? s.slice(0, s.length - suffix.length) : s;
}

function py_str_zfill(s, width) {
  var w = py_methods_int(width);
  var fill = w - py_methods_cplen(s);
  if (fill <= 0) return s;
  var c = s.charAt(0), z = '0'.repeat(fill);
  return (c === '+' || c === '-') ? c + z + s.slice(1) : z + s;
}

function py_methods_fill(fillchar) {
  if (fillchar === undefined) return ' ';
  if (typeof fillchar !== 'string') {
    throw py_err('TypeError', 'The fill character must be a unicode character, not ' + py_coll_tn(fillchar));
  }
  if (py_methods_cplen(fillchar) !== 1) throw py_err('TypeError', 'The fill character must be exactly one character long');
  return fillchar;
}

function py_str_center(s, width, fillchar) {
  var w = py_methods_int(width), f = py_methods_fill(fillchar);
  var marg = w - py_methods_cplen(s);
  if (marg <= 0) return s;
  var left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

function py_str_ljust(s, width, fillchar) {
  var w = py_methods_int(width), f = py_methods_fill(fillchar);
  var marg = w - py_methods_cplen(s);
  return marg <= 0 ? s : s + f.repeat(marg);
}

function py_str_rjust(s, width, fillchar) {
  var w = py_methods_int(width), f = py_methods_fill(fillchar);
  var marg = w - py_methods_cplen(s);
  return marg <= 0 ? s : f.repeat(marg) + s;
}

function py_str_expandtabs(s, tabsize) {
  var ts = py_methods_int(tabsize, 8);
  if (s.indexOf('\t') < 0) return s;
  var out = '', col = 0, from = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(from, i);
      from = i + 1;
      if (ts > 0) {
        var inc = ts - (col % ts);
        col += inc;
        out += ' '.repeat(inc);
      }
    } else if (c === 10 || c === 13) {
      col = 0;
    } else if (!((c & 0xFC00) === 0xDC00 && i > 0 && (s.charCodeAt(i - 1) & 0xFC00) === 0xD800)) {
      col++;
    }
  }
  return out + s.slice(from);
}

// ---------------------------------------------------------------- list and tuple

function py_list_append(l, x) {
  l.push(x);
  return null;
}

function py_list_extend(l, iterable) {
  var items = Array.isArray(iterable) ? iterable : py_iter(iterable);
  for (var i = 0, n = items.length; i < n; i++) l.push(items[i]);
  return null;
}

function py_list_insert(l, index, x) {
  var i = py_methods_int(index), n = l.length;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  else if (i > n) i = n;
  if (i === n) l.push(x);
  else l.splice(i, 0, x);
  return null;
}

function py_list_pop(l, index) {
  var i = py_methods_int(index, -1), n = l.length;
  if (n === 0) throw py_err('IndexError', 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw py_err('IndexError', 'pop index out of range');
  if (i === n - 1) return l.pop();
  return l.splice(i, 1)[0];
}

function py_list_remove(l, x) {
  for (var i = 0; i < l.length; i++) {
    if (py_eq_item(l[i], x)) { l.splice(i, 1); return null; }
  }
  throw py_err('ValueError', 'list.remove(x): x not in list');
}

// list.index / tuple.index: -1 when absent.
function py_methods_seqindex(l, x, start, stop) {
  var n = l.length, st = py_methods_lidx(start, 0), en = py_methods_lidx(stop, n);
  if (st < 0) { st += n; if (st < 0) st = 0; }
  if (en < 0) { en += n; if (en < 0) en = 0; }
  for (var i = st; i < en && i < l.length; i++) if (py_eq_item(l[i], x)) return i;
  return -1;
}

function py_list_index(l, x, start, stop) {
  var i = py_methods_seqindex(l, x, start, stop);
  if (i < 0) throw py_err('ValueError', py_repr(x) + ' is not in list');
  return i;
}

function py_tuple_index(t, x, start, stop) {
  var i = py_methods_seqindex(t, x, start, stop);
  if (i < 0) throw py_err('ValueError', 'tuple.index(x): x not in tuple');
  return i;
}

function py_list_count(l, x) {
  var n = 0;
  for (var i = 0; i < l.length; i++) if (py_eq_item(l[i], x)) n++;
  return n;
}

function py_tuple_count(t, x) {
  return py_list_count(t, x);
}

function py_list_sort(l, key, reverse) {
  var rev = py_methods_flag(reverse), r, i;
  if (key == null) {
    r = py_sorted(l, null, rev, l);
    for (i = 0; i < r.length; i++) l[i] = r[i];
    return null;
  }
  // CPython empties the list while it sorts: the key function sees [], and what it adds to the list is dropped
  // (the list gets the sorted items, then ValueError 'list modified during sort'); on an exception the list
  // gets its items back (in the partial order of a failed comparison)
  var items = l.slice();
  l.length = 0;
  try {
    r = py_sorted(items, key, rev, items);
  } catch (e) {
    l.length = 0;
    for (i = 0; i < items.length; i++) l.push(items[i]);
    throw e;
  }
  var modified = l.length !== 0;
  l.length = 0;
  for (i = 0; i < r.length; i++) l.push(r[i]);
  if (modified) throw py_err('ValueError', 'list modified during sort');
  return null;
}

function py_list_reverse(l) {
  l.reverse();
  return null;
}

function py_list_copy(l) {
  return l.slice();
}

function py_list_clear(l) {
  l.length = 0;
  return null;
}

// ---------------------------------------------------------------- dict

// x.get(key[, default]) on a value of unknown type, called with 1 or 2 arguments (the lowering checked
// the count): py_m_get without the arity check and its arguments object.
function py_dict_get_any(self, key, dflt) {
  if (self instanceof Map) {
    if (typeof key === 'string') {   // py_dict_get inlined for the common string key
      var v = self.get(key);
      if (v !== undefined || self.has(key)) return v;
      return dflt === undefined ? null : dflt;
    }
    return py_dict_get(self, key, dflt);
  }
  throw py_methods_noattr(self, 'get');
}

function py_dict_get(d, key, dflt) {
  var k = typeof key === 'string' ? key : py_mkey(d, key), v = d.get(k);
  if (v !== undefined || d.has(k)) return v;
  return dflt === undefined ? null : dflt;
}

function py_dict_keys(d) {
  return py_map_keys(d);
}

// d.values() / d.items(): CPython's views are live: a loop over one reads each value when it reaches its key, so
// it sees a value the loop's body (or a function it calls) changed for a later key. The keys are those at the
// start (a loop whose body may change the dict's size checks it at each step: py_iter_check); each item is read
// from the dict when it is accessed (a Proxy of the list of keys), the value at the start for a key since deleted.
// Consumers that take every item at once (list(), sorted(), sum()...) copy them as they are then, as CPython does.
function py_dict_values(d) {
  return py_dict_live(d, false);
}

function py_dict_items(d) {
  return py_dict_live(d, true);
}

function py_dict_live(d, items) {
  var keys = py_map_keys(d), start = py_set_vals(d);
  return new Proxy(keys, {
    get: function (t, p) {
      if (typeof p === 'string') {
        var c = p.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          var i = +p;
          if (i < t.length) {
            var k = t[i], v = d.has(k) ? d.get(k) : start[i];
            return items ? py_tuple([k, v]) : v;
          }
        }
      }
      return t[p];
    },
    set: function () { throw py_err('TypeError', 'py2cs: a dict view cannot be changed'); }
  });
}

// The values / items of a dict as they are now (a list the caller may change; also what a loop whose body cannot
// change the dict's values iterates: stmt.py _mark_plain_views).
function py_dict_values_now(d) {
  return py_set_vals(d);
}

function py_dict_items_now(d) {
  var out = [];
  d.forEach(py_push_item, out);
  return out;
}

function py_dict_update(d, other, kwargs) {
  if (py_is_counter(d)) return d.py_coll.update(d, other, kwargs);
  if (other !== undefined) {
    if (other instanceof Map) {
      if (other !== d) other.forEach(function (v, k) { d.set(py_tw(d, k), v); });
    } else {
      var items = py_iter(other);
      for (var i = 0; i < items.length; i++) py_dict_update_item(d, items[i], i);
    }
  }
  if (kwargs != null) kwargs.forEach(function (v, k) { d.set(k, v); });
  return null;
}

// One (key, value) item #i of d.update(sequence)
function py_dict_update_item(d, e, i) {
  if (!(typeof e === 'string' || Array.isArray(e) || e instanceof Map || e instanceof Set)) {
    throw py_err('TypeError', 'cannot convert dictionary update sequence element #' + i + ' to a sequence');
  }
  var p = py_iter(e);
  if (p.length !== 2) {
    throw py_err('ValueError', 'dictionary update sequence element #' + i + ' has length ' + p.length + '; 2 is required');
  }
  d.set(py_nkey(d, p[0]), p[1]);
}

// x.extend(gen) / x.update(gen) with a generator, map() or filter() (it: a JS iterator object): CPython adds the
// items as the iterator produces them, so a failure part way keeps the items added before it.
function py_consume_lazy(self, it, name) {
  var isList = Array.isArray(self) && self.__py_tuple__ !== true;
  // (a deque's extend / extendleft: py_dqhook_consume_lazy)
  if (name === 'extend' ? !isList : name !== 'update' || !(self instanceof Map || self instanceof Set)) throw py_methods_noattr(self, name);
  for (var i = 0, s = it.next(); !s.done; s = it.next(), i++) {
    var v = s.value;
    if (isList) self.push(v);
    else if (self instanceof Set) self.add(py_nkey(self, v));
    else if (py_is_counter(self)) self.py_coll.update(self, [v], null);
    else py_dict_update_item(self, v, i);
  }
  return null;
}

// Counter(gen) / defaultdict(f, gen): the new container c, filled as the iterator produces the items.
function py_filled(c, it) {
  py_consume_lazy(c, it, 'update');
  return c;
}

function py_dict_pop(d, key, dflt, hasDflt) {
  if (d.size === 0) {
    // CPython does not hash the key when the dict is empty: {}.pop([1]) is a KeyError
    if (hasDflt) return dflt === undefined ? null : dflt;
    throw py_err('KeyError', key);
  }
  var k = py_mkey(d, key);
  if (d.has(k)) {
    var v = d.get(k);
    d.delete(k);
    py_ddel(d);
    return v;
  }
  if (hasDflt) return dflt === undefined ? null : dflt;
  throw py_err('KeyError', key);
}

function py_dict_popitem(d) {
  if (d.size === 0) throw py_err('KeyError', 'popitem(): dictionary is empty');
  var last;
  d.forEach(function (v, k) { last = k; });
  var item = py_tuple([last, d.get(last)]);
  d.delete(last);
  py_ddel(d);
  return item;
}

function py_dict_setdefault(d, key, dflt) {
  var k = py_mkey(d, key), v = d.get(k);
  if (v !== undefined || d.has(k)) return v;
  v = dflt === undefined ? null : dflt;
  d.set(py_nkey(d, key), v);
  return v;
}

function py_dict_copy(d) {
  var m = new Map(d);
  if (d.py_coll !== undefined) m.py_coll = d.py_coll;   // defaultdict.copy() keeps the factory; Counter.copy() is a Counter
  return m;
}

function py_dict_clear(d) {
  if (d.size > 0) py_ddel(d);
  d.clear();
  return null;
}

function py_dict_fromkeys(iterable, value) {
  var items = py_iter(iterable);
  var m = new Map(), v = value === undefined ? null : value;
  for (var i = 0; i < items.length; i++) m.set(py_nkey(m, items[i]), v);
  return m;
}

// ---------------------------------------------------------------- set

// The normalized elements of any iterable, as an array (a Set is taken as is: order does not matter here).
function py_methods_elems(x) {
  if (x instanceof Set) return py_set_vals(x);
  var items = py_iter(x), out = new Array(items.length);
  // set operations with another iterable may keep its elements (CPython's intersection does): an
  // int-valued float among them is refused (py_nkey), even where only compared
  for (var i = 0; i < items.length; i++) out[i] = py_ikey(items[i]);
  return out;
}

function py_methods_asset(x) {
  if (x instanceof Set) return x;
  var e = py_methods_elems(x), s = new Set();
  for (var i = 0; i < e.length; i++) s.add(py_tw(s, e[i]));
  return s;
}

function py_set_add(s, x) {
  s.add(py_nkey(s, x));
  return null;
}

// CPython looks a set argument up as a frozenset (hashable); sets never hold sets here.
function py_set_discard(s, x) {
  if (!(x instanceof Set)) s.delete(py_mkey(s, x));
  return null;
}

function py_set_remove(s, x) {
  if (x instanceof Set || !s.delete(py_mkey(s, x))) throw py_err('KeyError', x);
  return null;
}

function py_set_pop(s) {
  if (s.size === 0) throw py_err('KeyError', 'pop from an empty set');
  if (s.size > 1) throw py_err('TypeError', 'py2cs: set.pop() has no defined order; use sorted(s) or s.remove(x)');
  var v = s.values().next().value;
  s.clear();
  return v;
}

function py_set_clear(s) {
  s.clear();
  return null;
}

function py_set_copy(s) {
  return new Set(s);
}

function py_set_update(s, others) {
  for (var i = 0; i < others.length; i++) {
    var e = py_methods_elems(others[i]);
    for (var j = 0; j < e.length; j++) s.add(py_tw(s, e[j]));
  }
  return null;
}

function py_set_union(s, others) {
  var r = new Set(s);
  py_set_update(r, others);
  return r;
}

// set_intersection_multi: each argument intersected in turn (py_set_and keeps CPython's elements of equal pairs).
function py_set_intersection(s, others) {
  if (others.length === 0) return new Set(s);
  var r = s;
  for (var i = 0; i < others.length; i++) r = py_set_and(r, others[i]);
  return r;
}

function py_set_difference(s, others) {
  var r = new Set(s);
  for (var i = 0; i < others.length; i++) {
    var e = py_methods_elems(others[i]);
    for (var j = 0; j < e.length; j++) r.delete(py_tw(r, e[j]));
  }
  return r;
}

function py_set_symmetric_difference(s, other) {
  var r = new Set(s);
  py_methods_asset(other).forEach(function (v) {
    if (s.has(py_tw(s, v))) r.delete(py_tw(r, v));
    else r.add(py_tw(r, v));
  });
  return r;
}

// s.difference_update(*others): each element removed as it is read, as CPython does (an unhashable one part
// way keeps the earlier removals); s itself as an argument empties it.
function py_set_difference_update(s, others) {
  for (var i = 0; i < others.length; i++) {
    var o = others[i];
    if (o === s) { s.clear(); continue; }
    var e = o instanceof Set ? py_set_vals(o) : py_iter(o);
    for (var j = 0; j < e.length; j++) s.delete(py_tw(s, o instanceof Set ? e[j] : py_ikey(e[j])));
  }
  return null;
}

// The contents of s replaced by those of r (CPython computes the new set, then swaps it in).
function py_set_replace(s, r) {
  s.clear();
  r.forEach(function (v) { s.add(v); });
  return null;
}

function py_set_intersection_update(s, others) { return py_set_replace(s, py_set_intersection(s, others)); }

function py_set_symmetric_difference_update(s, other) {
  return py_set_replace(s, py_set_symmetric_difference(s, other));
}

function py_set_issubset(s, other) {
  var o = py_methods_asset(other), ok = true;
  s.forEach(function (v) { if (ok && !o.has(py_tw(o, v))) ok = false; });
  return ok;
}

function py_set_issuperset(s, other) {
  var e = py_methods_elems(other);
  for (var i = 0; i < e.length; i++) if (!s.has(py_tw(s, e[i]))) return false;
  return true;
}

function py_set_isdisjoint(s, other) {
  var e = py_methods_elems(other);
  for (var i = 0; i < e.length; i++) if (s.has(py_tw(s, e[i]))) return false;
  return true;
}

// ---------------------------------------------------------------- dispatchers

function py_m_add(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.add() takes exactly one argument (%n given)', 'set.add() takes exactly one argument (%n given)');
    return py_set_add(self, a);
  }
  throw py_methods_noattr(self, 'add');
}

function py_m_append(self, a) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'list.append() takes exactly one argument (%n given)', 'list.append() takes exactly one argument (%n given)');
    return py_list_append(self, a);
  }
  throw py_methods_noattr(self, 'append');
}

function py_m_capitalize(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.capitalize() takes no arguments (%n given)');
    return py_str_capitalize(self);
  }
  throw py_methods_noattr(self, 'capitalize');
}

function py_m_casefold(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.casefold() takes no arguments (%n given)');
    return py_str_casefold(self);
  }
  throw py_methods_noattr(self, 'casefold');
}

function py_m_center(self, a, b) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'center expected at least 1 argument, got %n', 'center expected at most 2 arguments, got %n');
    return py_str_center(self, a, b);
  }
  throw py_methods_noattr(self, 'center');
}

function py_m_clear(self) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'list.clear() takes no arguments (%n given)');
    return py_list_clear(self);
  }
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.clear() takes no arguments (%n given)');
    return py_dict_clear(self);
  }
  if (self instanceof Set) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'set.clear() takes no arguments (%n given)');
    return py_set_clear(self);
  }
  throw py_methods_noattr(self, 'clear');
}

function py_m_copy(self) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'list.copy() takes no arguments (%n given)');
    return py_list_copy(self);
  }
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.copy() takes no arguments (%n given)');
    return py_dict_copy(self);
  }
  if (self instanceof Set) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'set.copy() takes no arguments (%n given)');
    return py_set_copy(self);
  }
  throw py_methods_noattr(self, 'copy');
}

function py_m_count(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'count() takes at least 1 argument (%n given)', 'count() takes at most 3 arguments (%n given)');
    return py_str_count(self, a, b, c);
  }
  if (Array.isArray(self) && self.py_range !== undefined) {
    if (arguments.length !== 2) throw py_methods_argc(arguments.length - 1, 1, 'range.count() takes exactly one argument (%n given)', 'range.count() takes exactly one argument (%n given)');
    return py_list_count(self, a);
  }
  if (py_istuple(self)) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'tuple.count() takes exactly one argument (%n given)', 'tuple.count() takes exactly one argument (%n given)');
    return py_tuple_count(self, a);
  }
  if (Array.isArray(self)) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'list.count() takes exactly one argument (%n given)', 'list.count() takes exactly one argument (%n given)');
    return py_list_count(self, a);
  }
  throw py_methods_noattr(self, 'count');
}

function py_m_difference(self) {
  if (self instanceof Set) return py_set_difference(self, Array.prototype.slice.call(arguments, 1));
  throw py_methods_noattr(self, 'difference');
}

function py_m_difference_update(self) {
  if (self instanceof Set) return py_set_difference_update(self, Array.prototype.slice.call(arguments, 1));
  throw py_methods_noattr(self, 'difference_update');
}

function py_m_discard(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.discard() takes exactly one argument (%n given)', 'set.discard() takes exactly one argument (%n given)');
    return py_set_discard(self, a);
  }
  throw py_methods_noattr(self, 'discard');
}

function py_m_endswith(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'endswith() takes at least 1 argument (%n given)', 'endswith() takes at most 3 arguments (%n given)');
    return py_str_endswith(self, a, b, c);
  }
  throw py_methods_noattr(self, 'endswith');
}

function py_m_expandtabs(self, a) {
  if (typeof self === 'string') {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'expandtabs() takes at most 1 argument (%n given)');
    return py_str_expandtabs(self, a);
  }
  throw py_methods_noattr(self, 'expandtabs');
}

function py_m_extend(self, a) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'list.extend() takes exactly one argument (%n given)', 'list.extend() takes exactly one argument (%n given)');
    return py_list_extend(self, a);
  }
  throw py_methods_noattr(self, 'extend');
}

function py_m_find(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'find() takes at least 1 argument (%n given)', 'find() takes at most 3 arguments (%n given)');
    return py_str_find(self, a, b, c);
  }
  throw py_methods_noattr(self, 'find');
}

function py_m_format(self) {
  if (typeof self === 'string') return py_str_format(self, Array.prototype.slice.call(arguments, 1), null);
  throw py_methods_noattr(self, 'format');
}

// x.format(..., key=value) on a receiver of unknown type: positional arguments as an array, keywords as a Map.
function py_m_format_kw(self, args, kwargs) {
  if (typeof self === 'string') return py_str_format(self, args, kwargs);
  throw py_methods_noattr(self, 'format');
}

function py_m_format_map(self, a) {
  if (typeof self === 'string') {
    if (arguments.length !== 2) throw py_methods_argc(arguments.length - 1, 1, 'str.format_map() takes exactly one argument (%n given)', 'str.format_map() takes exactly one argument (%n given)');
    return py_str_format_map(self, a);
  }
  throw py_methods_noattr(self, 'format_map');
}

function py_m_fromkeys(self, iterable, value) {
  if (self instanceof Map) return py_dict_fromkeys(iterable, value);
  throw py_methods_noattr(self, 'fromkeys');
}

function py_m_get(self, a, b) {
  if (self instanceof Map) {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'get expected at least 1 argument, got %n', 'get expected at most 2 arguments, got %n');
    return py_dict_get(self, a, b);
  }
  throw py_methods_noattr(self, 'get');
}

function py_m_index(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'index() takes at least 1 argument (%n given)', 'index() takes at most 3 arguments (%n given)');
    return py_str_index(self, a, b, c);
  }
  if (Array.isArray(self) && self.py_range !== undefined) {
    if (arguments.length !== 2) throw py_methods_argc(arguments.length - 1, 1, 'range.index() takes exactly one argument (%n given)', 'range.index() takes exactly one argument (%n given)');
    var at = py_methods_seqindex(self, a);
    if (at < 0) throw py_err('ValueError', py_op_numkind(a) === 1 ? py_repr(a) + ' is not in range' : 'sequence.index(x): x not in sequence');
    return at;
  }
  if (py_istuple(self)) {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'index expected at least 1 argument, got %n', 'index expected at most 3 arguments, got %n');
    return py_tuple_index(self, a, b, c);
  }
  if (Array.isArray(self)) {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'index expected at least 1 argument, got %n', 'index expected at most 3 arguments, got %n');
    return py_list_index(self, a, b, c);
  }
  throw py_methods_noattr(self, 'index');
}

function py_m_insert(self, a, b) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length < 3 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 2, 'insert expected 2 arguments, got %n', 'insert expected 2 arguments, got %n');
    return py_list_insert(self, a, b);
  }
  throw py_methods_noattr(self, 'insert');
}

function py_m_intersection(self) {
  if (self instanceof Set) return py_set_intersection(self, Array.prototype.slice.call(arguments, 1));
  throw py_methods_noattr(self, 'intersection');
}

function py_m_intersection_update(self) {
  if (self instanceof Set) return py_set_intersection_update(self, Array.prototype.slice.call(arguments, 1));
  throw py_methods_noattr(self, 'intersection_update');
}

function py_m_isalnum(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isalnum() takes no arguments (%n given)');
    return py_str_isalnum(self);
  }
  throw py_methods_noattr(self, 'isalnum');
}

function py_m_isalpha(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isalpha() takes no arguments (%n given)');
    return py_str_isalpha(self);
  }
  throw py_methods_noattr(self, 'isalpha');
}

function py_m_isascii(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isascii() takes no arguments (%n given)');
    return py_str_isascii(self);
  }
  throw py_methods_noattr(self, 'isascii');
}

function py_m_isdecimal(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isdecimal() takes no arguments (%n given)');
    return py_str_isdecimal(self);
  }
  throw py_methods_noattr(self, 'isdecimal');
}

function py_m_isdigit(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isdigit() takes no arguments (%n given)');
    return py_str_isdigit(self);
  }
  throw py_methods_noattr(self, 'isdigit');
}

function py_m_isdisjoint(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.isdisjoint() takes exactly one argument (%n given)', 'set.isdisjoint() takes exactly one argument (%n given)');
    return py_set_isdisjoint(self, a);
  }
  throw py_methods_noattr(self, 'isdisjoint');
}

function py_m_isidentifier(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isidentifier() takes no arguments (%n given)');
    return py_str_isidentifier(self);
  }
  throw py_methods_noattr(self, 'isidentifier');
}

function py_m_islower(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.islower() takes no arguments (%n given)');
    return py_str_islower(self);
  }
  throw py_methods_noattr(self, 'islower');
}

function py_m_isnumeric(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isnumeric() takes no arguments (%n given)');
    return py_str_isnumeric(self);
  }
  throw py_methods_noattr(self, 'isnumeric');
}

function py_m_isprintable(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isprintable() takes no arguments (%n given)');
    return py_str_isprintable(self);
  }
  throw py_methods_noattr(self, 'isprintable');
}

function py_m_isspace(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isspace() takes no arguments (%n given)');
    return py_str_isspace(self);
  }
  throw py_methods_noattr(self, 'isspace');
}

function py_m_issubset(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.issubset() takes exactly one argument (%n given)', 'set.issubset() takes exactly one argument (%n given)');
    return py_set_issubset(self, a);
  }
  throw py_methods_noattr(self, 'issubset');
}

function py_m_issuperset(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.issuperset() takes exactly one argument (%n given)', 'set.issuperset() takes exactly one argument (%n given)');
    return py_set_issuperset(self, a);
  }
  throw py_methods_noattr(self, 'issuperset');
}

function py_m_istitle(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.istitle() takes no arguments (%n given)');
    return py_str_istitle(self);
  }
  throw py_methods_noattr(self, 'istitle');
}

function py_m_isupper(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.isupper() takes no arguments (%n given)');
    return py_str_isupper(self);
  }
  throw py_methods_noattr(self, 'isupper');
}

function py_m_items(self) {
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.items() takes no arguments (%n given)');
    return py_dict_items(self);
  }
  throw py_methods_noattr(self, 'items');
}

function py_m_join(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.join() takes exactly one argument (%n given)', 'str.join() takes exactly one argument (%n given)');
    return py_str_join(self, a);
  }
  throw py_methods_noattr(self, 'join');
}

function py_m_keys(self) {
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.keys() takes no arguments (%n given)');
    return py_dict_keys(self);
  }
  throw py_methods_noattr(self, 'keys');
}

function py_m_ljust(self, a, b) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'ljust expected at least 1 argument, got %n', 'ljust expected at most 2 arguments, got %n');
    return py_str_ljust(self, a, b);
  }
  throw py_methods_noattr(self, 'ljust');
}

function py_m_lower(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.lower() takes no arguments (%n given)');
    return py_str_lower(self);
  }
  throw py_methods_noattr(self, 'lower');
}

function py_m_lstrip(self, a) {
  if (typeof self === 'string') {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'lstrip expected at most 1 argument, got %n');
    return py_str_lstrip(self, a);
  }
  throw py_methods_noattr(self, 'lstrip');
}

function py_m_partition(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.partition() takes exactly one argument (%n given)', 'str.partition() takes exactly one argument (%n given)');
    return py_str_partition(self, a);
  }
  throw py_methods_noattr(self, 'partition');
}

function py_m_pop(self, a, b) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'pop expected at most 1 argument, got %n');
    return py_list_pop(self, a);
  }
  if (self instanceof Map) {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'pop expected at least 1 argument, got %n', 'pop expected at most 2 arguments, got %n');
    return py_dict_pop(self, a, b, arguments.length > 2);
  }
  if (self instanceof Set) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'set.pop() takes no arguments (%n given)');
    return py_set_pop(self);
  }
  throw py_methods_noattr(self, 'pop');
}

function py_m_popitem(self) {
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.popitem() takes no arguments (%n given)');
    return py_dict_popitem(self);
  }
  throw py_methods_noattr(self, 'popitem');
}

function py_m_remove(self, a) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'list.remove() takes exactly one argument (%n given)', 'list.remove() takes exactly one argument (%n given)');
    return py_list_remove(self, a);
  }
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.remove() takes exactly one argument (%n given)', 'set.remove() takes exactly one argument (%n given)');
    return py_set_remove(self, a);
  }
  throw py_methods_noattr(self, 'remove');
}

function py_m_removeprefix(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.removeprefix() takes exactly one argument (%n given)', 'str.removeprefix() takes exactly one argument (%n given)');
    return py_str_removeprefix(self, a);
  }
  throw py_methods_noattr(self, 'removeprefix');
}

function py_m_removesuffix(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.removesuffix() takes exactly one argument (%n given)', 'str.removesuffix() takes exactly one argument (%n given)');
    return py_str_removesuffix(self, a);
  }
  throw py_methods_noattr(self, 'removesuffix');
}

function py_m_replace(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 3 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 2, 'replace expected at least 2 arguments, got %n', 'replace expected at most 3 arguments, got %n');
    return py_str_replace(self, a, b, c);
  }
  throw py_methods_noattr(self, 'replace');
}

function py_m_reverse(self) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'list.reverse() takes no arguments (%n given)');
    return py_list_reverse(self);
  }
  throw py_methods_noattr(self, 'reverse');
}

function py_m_rfind(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'rfind() takes at least 1 argument (%n given)', 'rfind() takes at most 3 arguments (%n given)');
    return py_str_rfind(self, a, b, c);
  }
  throw py_methods_noattr(self, 'rfind');
}

function py_m_rindex(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'rindex() takes at least 1 argument (%n given)', 'rindex() takes at most 3 arguments (%n given)');
    return py_str_rindex(self, a, b, c);
  }
  throw py_methods_noattr(self, 'rindex');
}

function py_m_rjust(self, a, b) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'rjust expected at least 1 argument, got %n', 'rjust expected at most 2 arguments, got %n');
    return py_str_rjust(self, a, b);
  }
  throw py_methods_noattr(self, 'rjust');
}

function py_m_rpartition(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.rpartition() takes exactly one argument (%n given)', 'str.rpartition() takes exactly one argument (%n given)');
    return py_str_rpartition(self, a);
  }
  throw py_methods_noattr(self, 'rpartition');
}

function py_m_rsplit(self, a, b) {
  if (typeof self === 'string') {
    if (arguments.length > 3) throw py_methods_argc(arguments.length - 1, 0, '', 'rsplit() takes at most 2 arguments (%n given)');
    return py_str_rsplit(self, a, b);
  }
  throw py_methods_noattr(self, 'rsplit');
}

function py_m_rstrip(self, a) {
  if (typeof self === 'string') {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'rstrip expected at most 1 argument, got %n');
    return py_str_rstrip(self, a);
  }
  throw py_methods_noattr(self, 'rstrip');
}

function py_m_setdefault(self, a, b) {
  if (self instanceof Map) {
    if (arguments.length < 2 || arguments.length > 3) throw py_methods_argc(arguments.length - 1, 1, 'setdefault expected at least 1 argument, got %n', 'setdefault expected at most 2 arguments, got %n');
    return py_dict_setdefault(self, a, b);
  }
  throw py_methods_noattr(self, 'setdefault');
}

function py_m_sort(self, a, b) {
  if (Array.isArray(self) && self.__py_tuple__ !== true) {
    if (arguments.length > 3) throw py_methods_argc(arguments.length - 1, 0, '', 'sort() takes at most 2 arguments (%n given)');
    return py_list_sort(self, a, b);
  }
  throw py_methods_noattr(self, 'sort');
}

function py_m_split(self, a, b) {
  if (typeof self === 'string') {
    if (arguments.length > 3) throw py_methods_argc(arguments.length - 1, 0, '', 'split() takes at most 2 arguments (%n given)');
    return py_str_split(self, a, b);
  }
  throw py_methods_noattr(self, 'split');
}

function py_m_splitlines(self, a) {
  if (typeof self === 'string') {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'splitlines() takes at most 1 argument (%n given)');
    return py_str_splitlines(self, a);
  }
  throw py_methods_noattr(self, 'splitlines');
}

function py_m_startswith(self, a, b, c) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 4) throw py_methods_argc(arguments.length - 1, 1, 'startswith() takes at least 1 argument (%n given)', 'startswith() takes at most 3 arguments (%n given)');
    return py_str_startswith(self, a, b, c);
  }
  throw py_methods_noattr(self, 'startswith');
}

function py_m_strip(self, a) {
  if (typeof self === 'string') {
    if (arguments.length > 2) throw py_methods_argc(arguments.length - 1, 0, '', 'strip expected at most 1 argument, got %n');
    return py_str_strip(self, a);
  }
  throw py_methods_noattr(self, 'strip');
}

function py_m_swapcase(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.swapcase() takes no arguments (%n given)');
    return py_str_swapcase(self);
  }
  throw py_methods_noattr(self, 'swapcase');
}

function py_m_symmetric_difference(self, a) {
  if (self instanceof Set) {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'set.symmetric_difference() takes exactly one argument (%n given)', 'set.symmetric_difference() takes exactly one argument (%n given)');
    return py_set_symmetric_difference(self, a);
  }
  throw py_methods_noattr(self, 'symmetric_difference');
}

function py_m_symmetric_difference_update(self, a) {
  if (self instanceof Set) {
    if (arguments.length !== 2) throw py_methods_argc(arguments.length - 1, 1, 'set.symmetric_difference_update() takes exactly one argument (%n given)', 'set.symmetric_difference_update() takes exactly one argument (%n given)');
    return py_set_symmetric_difference_update(self, a);
  }
  throw py_methods_noattr(self, 'symmetric_difference_update');
}

function py_m_title(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.title() takes no arguments (%n given)');
    return py_str_title(self);
  }
  throw py_methods_noattr(self, 'title');
}

function py_m_union(self) {
  if (self instanceof Set) return py_set_union(self, Array.prototype.slice.call(arguments, 1));
  throw py_methods_noattr(self, 'union');
}

// x.update(other, k=v) on a value of unknown type (py2cs binds the arguments as dict.update's)
function py_m_update_kw(self, other, kwargs) {
  if (self instanceof Map) return py_dict_update(self, other, kwargs);
  if (self instanceof Set) throw py_err('TypeError', 'set.update() takes no keyword arguments');
  throw py_methods_noattr(self, 'update');
}

function py_m_update(self) {
  var args = Array.prototype.slice.call(arguments, 1);
  if (self instanceof Map) {
    if (args.length > 1) {
      if (py_is_counter(self)) throw py_err('TypeError', 'Counter.update() takes from 1 to 2 positional arguments but ' + (args.length + 1) + ' were given');
      throw py_err('TypeError', 'update expected at most 1 argument, got ' + args.length);
    }
    return py_dict_update(self, args[0], null);
  }
  if (self instanceof Set) return py_set_update(self, args);
  throw py_methods_noattr(self, 'update');
}

function py_m_upper(self) {
  if (typeof self === 'string') {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'str.upper() takes no arguments (%n given)');
    return py_str_upper(self);
  }
  throw py_methods_noattr(self, 'upper');
}

function py_m_values(self) {
  if (self instanceof Map) {
    if (arguments.length > 1) throw py_methods_argc(arguments.length - 1, 0, '', 'dict.values() takes no arguments (%n given)');
    return py_dict_values(self);
  }
  throw py_methods_noattr(self, 'values');
}

function py_m_zfill(self, a) {
  if (typeof self === 'string') {
    if (arguments.length < 2 || arguments.length > 2) throw py_methods_argc(arguments.length - 1, 1, 'str.zfill() takes exactly one argument (%n given)', 'str.zfill() takes exactly one argument (%n given)');
    return py_str_zfill(self, a);
  }
  throw py_methods_noattr(self, 'zfill');
}

// ---------------------------------------------------------------- collections.defaultdict and Counter

// A defaultdict or a Counter is a Map (a dict everywhere else in the runtime) carrying its policy in the
// field py_coll: the type's name in error messages (tn), counter (true for a Counter), and the operations
// that differ from a dict's: missing (a missing key read by d[k]), repr, eq (Counter == Counter), update
// (Counter.update), refused (a py2cs TypeError). The generic helpers reach these through the field, not by
// name, so an app that uses neither class ships none of this section.
function py_defaultdict(factory, name, src, kwargs) {
  var d = py_dict(src, kwargs);
  d.py_coll = {tn: 'collections.defaultdict', counter: false, factory: factory, name: name, missing: py_dd_missing,
               repr: py_coll_repr, refused: py_coll_refused};
  return d;
}

var py_COUNTER = {tn: 'Counter', counter: true, missing: py_counter_missing, repr: py_coll_repr, eq: py_counter_eq,
                  update: py_counter_update, refused: py_coll_refused, op: py_counter_op, unary: py_counter_unary,
                  iop: py_counter_iop};

function py_counter(src, kwargs) {
  var c = new Map();
  c.py_coll = py_COUNTER;
  py_counter_update(c, src, kwargs);
  return c;
}

function py_is_counter(x) {
  return x instanceof Map && x.py_coll !== undefined && x.py_coll.counter === true;
}

// The type name CPython shows in error messages (py_typename stays 'dict': method dispatch uses it).
function py_coll_tn(x) {
  return x instanceof Map && x.py_coll !== undefined ? x.py_coll.tn : py_typename(x);
}

// d[i] of a key not in the defaultdict: defaultdict.__missing__ (the factory's value, stored under the key;
// none with no factory: KeyError).
function py_dd_missing(o, i) {
  var c = o.py_coll;
  if (c.factory === null) throw py_err('KeyError', i === undefined ? null : i);
  var v = c.name !== null ? c.factory() : py_callv(c.factory, []);
  py_setitem(o, i, v);
  return v;
}

// c[i] of a key not in the Counter: Counter.__missing__ (0, nothing stored).
function py_counter_missing() {
  return 0;
}
// Counter.update(iterable=None, /, **kwds), as CPython 3.11 runs it.
function py_counter_update(c, src, kwargs) {
  if (src != null) {
    if (src instanceof Map) {
      if (c.size > 0) {
        src.forEach(function (count, k) {
          var key = py_mkey(c, k), old = c.get(key);
          py_setitem(c, k, py_add(count, old !== undefined || c.has(key) ? old : 0));
        });
      } else {
        src.forEach(function (v, k) { c.set(py_tw(c, k), v); });
      }
    } else {
      var items = py_iter(src);
      for (var i = 0; i < items.length; i++) {
        var e = items[i], key2 = py_mkey(c, e), old2 = c.get(key2);
        py_setitem(c, e, old2 !== undefined || c.has(key2) ? py_add(old2, 1) : 1);
      }
    }
  }
  if (kwargs != null && kwargs.size > 0) py_counter_update(c, kwargs, null);
  return null;
}

// Counter + - | & Counter, as CPython 3.11's collections/__init__.py computes them: a new Counter of the positive
// results, in the order of a's keys then b's; counts are combined with Python's + - < > (a count of another
// type raises as there). A second operand that is not a Counter: CPython's TypeError (NotImplemented).
function py_counter_op(a, b, sym) {
  if (!py_is_counter(b)) throw py_op_binerr(sym, a, b);
  var out = py_counter();
  a.forEach(function (count, k) {
    var o = py_getitem(b, k), n;      // (a Counter: 0 for a missing key)
    if (sym === '+') n = py_add(count, o);
    else if (sym === '-') n = py_sub(count, o);
    else if (sym === '|') n = py_lt(count, o) ? o : count;
    else n = py_lt(count, o) ? count : o;
    if (py_gt(n, 0)) py_setitem(out, k, n);
  });
  if (sym !== '&') {
    b.forEach(function (count, k) {
      if (a.has(py_mkey(a, k))) return;
      if (sym === '-') { if (py_lt(count, 0)) py_setitem(out, k, py_sub(0, count)); }
      else if (py_gt(count, 0)) py_setitem(out, k, count);
    });
  }
  return out;
}

// +c (the positive counts) and -c (the negative counts, negated).
function py_counter_unary(c, sym) {
  var out = py_counter();
  c.forEach(function (count, k) {
    if (sym === '-') { if (py_lt(count, 0)) py_setitem(out, k, py_sub(0, count)); }
    else if (py_gt(count, 0)) py_setitem(out, k, count);
  });
  return out;
}

// c += other, -=, |=, &=: Counter.__iadd__ and the others change c in place (other is any mapping: its items();
// &= reads other[k]), then drop the keys whose count is not positive (_keep_positive).
function py_counter_iop(c, other, sym) {
  var i, items, k, v, cur;
  if (sym === '&') {
    items = py_dict_items_now(c);
    for (i = 0; i < items.length; i++) {
      k = items[i][0];
      v = py_getitem(other, k);
      if (py_lt(v, items[i][1])) py_setitem(c, k, v);
    }
  } else {
    items = py_m_items(other);
    for (i = 0; i < items.length; i++) {
      k = items[i][0];
      v = items[i][1];
      cur = py_getitem(c, k);
      if (sym === '|') { if (py_gt(v, cur)) py_setitem(c, k, v); continue; }
      py_setitem(c, k, py_aug_op(sym === '+' ? py_add : py_sub, cur, v, sym));   // (self[elem] += count)
    }
  }
  var drop = [];
  c.forEach(function (count, key) { if (!py_gt(count, 0)) drop.push(key); });
  for (i = 0; i < drop.length; i++) py_delitem(c, drop[i]);
  return c;
}

// Counter.most_common(n=None): count descending, ties in insertion order (sorted(..., reverse=True) is
// stable; heapq.nlargest returns the same list when the counts compare without error).
function py_counter_most_common(c, n) {
  var items = [];
  c.forEach(function (v, k) { items.push(py_tuple([k, v])); });
  var key = function (kv) { return kv[1]; };
  if (n == null) return py_sorted(items, key, true);
  if (py_op_numkind(n) !== 1) throw py_err('TypeError', 'py2cs: Counter.most_common(n) takes an int n here');
  n = py_numval(n);
  if (n <= 0) return [];
  if (n < items.length) {
    // heapq.nlargest compares in another order: exact only where no comparison can raise
    for (var i = 0; i < items.length; i++) {
      var v = items[i][1];
      if (!(typeof v === 'number' || typeof v === 'boolean' || v instanceof py_PyFloat) || py_numval(v) !== py_numval(v)) {
        throw py_err('TypeError', 'py2cs: Counter.most_common(n) with counts that are not all numbers is not supported');
      }
    }
  }
  return py_sorted(items, key, true).slice(0, n);
}

function py_counter_total(c) {
  var vals = [];
  c.forEach(function (v) { vals.push(v); });
  return py_sum(vals, 0);
}

function py_m_most_common(self, n) {
  if (!py_is_counter(self)) throw py_methods_noattr(self, 'most_common');
  if (arguments.length > 2) throw py_err('TypeError', 'Counter.most_common() takes from 1 to 2 positional arguments but ' + arguments.length + ' were given');
  return py_counter_most_common(self, n);
}

function py_m_total(self) {
  if (!py_is_counter(self)) throw py_methods_noattr(self, 'total');
  if (arguments.length > 1) throw py_err('TypeError', 'Counter.total() takes 1 positional argument but ' + arguments.length + ' were given');
  return py_counter_total(self);
}

// Counter == Counter: a missing key counts as 0 (CPython 3.10+); a Counter and any other dict compare as dicts.
function py_counter_eq(a, b) {
  var ok = true;
  [[a, b], [b, a]].forEach(function (p) {
    p[0].forEach(function (v, k) {
      if (!ok) return;
      var bk = py_tw(p[1], k), w = p[1].has(bk) ? p[1].get(bk) : 0;
      if (!(p[0] === a ? py_eq(v, w) : py_eq(w, v))) ok = false;
    });
  });
  return ok;
}

// repr() of a defaultdict or Counter (body: the dict's repr).
function py_coll_repr(x, body) {
  var c = x.py_coll;
  if (c.counter === true) {
    if (x.size === 0) return 'Counter()';
    var items;
    try {
      items = py_counter_most_common(x, null);
    } catch (e) {
      if (!(e instanceof Error && e.py_type === 'TypeError') || /^py2cs:/.test(String(e.py_args && e.py_args[0]))) throw e;
      return 'Counter(' + body + ')';
    }
    var parts = [];
    for (var i = 0; i < items.length; i++) parts.push(py_repr(items[i][0]) + ': ' + py_repr(items[i][1]));
    return 'Counter({' + parts.join(', ') + '})';
  }
  if (c.factory !== null && c.name === null) {
    throw py_err('TypeError', "py2cs: the str/repr of a defaultdict whose factory is a function holds the function's "
      + 'memory address in CPython; convert it first: dict(d)');
  }
  return 'defaultdict(' + (c.factory === null ? 'None' : "<class '" + c.name + "'>") + ', ' + body + ')';
}

// What CPython does with a Counter (or a defaultdict) that py2cs does not reproduce: a clear error.
function py_coll_refused(what) {
  return py_err('TypeError', 'py2cs: ' + what + ' is not supported; use a loop over the items');
}

// ---------------------------------------------------------------- str.maketrans / str.translate (Objects/unicodeobject.c)

// The code points of a string as numbers.
function py_str_codepoints(s) {
  return py_methods_cps(s).map(function (c) { return c.codePointAt(0); });
}

// str.maketrans(x[, y[, z]]) (unicode_maketrans_impl): y and z are checked as str first (argument parsing), then
// x; a dict of code point -> code point (or None for the characters of z), or from one dict its copy with
// 1-character str keys made code points.
function py_str_maketrans(x, y, z) {
  var out = new Map(), i;
  if (y !== py_NOARG) {
    // (Argument Clinic's _PyArg_BadArgument: None is named 'None')
    if (typeof y !== 'string') {
      throw py_err('TypeError', 'maketrans() argument 2 must be str, not ' + (y == null ? 'None' : py_op_tn(y)));
    }
    if (z !== py_NOARG && typeof z !== 'string') {
      throw py_err('TypeError', 'maketrans() argument 3 must be str, not ' + (z == null ? 'None' : py_op_tn(z)));
    }
    if (typeof x !== 'string') {
      throw py_err('TypeError', 'first maketrans argument must be a string if there is a second argument');
    }
    var xs = py_str_codepoints(x), ys = py_str_codepoints(y);
    if (xs.length !== ys.length) throw py_err('ValueError', 'the first two maketrans arguments must have equal length');
    for (i = 0; i < xs.length; i++) py_setitem(out, xs[i], ys[i]);
    if (z !== py_NOARG) {
      var zs = py_str_codepoints(z);
      for (i = 0; i < zs.length; i++) py_setitem(out, zs[i], null);
    }
    return out;
  }
  if (!(x instanceof Map) || x.py_coll !== undefined) {     // PyDict_CheckExact: not a Counter or defaultdict
    throw py_err('TypeError', 'if you give only one argument to maketrans it must be a dict');
  }
  x.forEach(function (v, k) {
    if (typeof k === 'string') {
      var cs = py_str_codepoints(k);
      if (cs.length !== 1) throw py_err('ValueError', 'string keys in translate table must be of length 1');
      py_setitem(out, cs[0], v);
    } else if (py_op_numkind(k) === 1) {
      py_setitem(out, k, v);
    } else {
      throw py_err('TypeError', 'keys in translate table must be strings or integers');
    }
  });
  return out;
}

// The marker of an omitted argument of str.maketrans (None is a value there: maketrans('a', None) raises).
var py_NOARG = {py_noarg: true};

// s.translate(table): table[ord(c)] for each code point c (any subscriptable table: a dict, a Counter (0 for a
// missing key), a defaultdict (inserts), a list or a str); a LookupError (KeyError, IndexError) keeps the
// character, None deletes it, a str replaces it, an int is chr()'d; anything else is CPython's TypeError.
function py_str_translate(s, table) {
  var cs = py_str_codepoints(s), out = '', plain = table instanceof Map && table.py_coll === undefined;
  for (var i = 0; i < cs.length; i++) {
    var c = cs[i], v;
    if (plain) {
      var k = py_mkey(table, c);
      v = table.get(k);
      if (v === undefined && !table.has(k)) { out += String.fromCodePoint(c); continue; }
    } else {
      try {
        v = py_getitem(table, c);
      } catch (e) {
        if (py_exc_match(e, ['LookupError'])) { out += String.fromCodePoint(c); continue; }
        throw e;
      }
    }
    if (v == null) continue;
    if (typeof v === 'string') { out += v; continue; }
    if (py_op_numkind(v) === 1) {
      var n = py_numval(v);
      if (n < 0 || n > 0x10FFFF) throw py_err('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
      continue;
    }
    throw py_err('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

function py_m_translate(self, a) {
  if (typeof self === 'string') {
    if (arguments.length !== 2) throw py_methods_argc(arguments.length - 1, 1, 'str.translate() takes exactly one argument (%n given)', 'str.translate() takes exactly one argument (%n given)');
    return py_str_translate(self, a);
  }
  throw py_methods_noattr(self, 'translate');
}
