// urllib.parse: quote / unquote / parse_qs / parse_qsl / urlencode as CPython 3.11 computes them
// (Lib/urllib/parse.py), UTF-8 with CPython's 'replace' error handler. Lowered by py2cs/lower/urllow.py.

// The ASCII bytes quote() never escapes (_ALWAYS_SAFE).
var py_URL_ALWAYS_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~';

var py_URL_HEX = '0123456789ABCDEF';

// CPython's messages for a value that is not a str where urllib.parse reads one.
function py_url_notstr(x, what) {
  if (what === 'quote') return py_err('TypeError', 'quote_from_bytes() expected bytes');
  return py_err('AttributeError', "'" + py_op_tn(x) + "' object has no attribute '" + what + "'");
}

// quote(string, safe='/') (and quote_plus's quote(string, safe + ' ')): every code point outside the
// always-safe set and the ASCII characters of `safe` is UTF-8 encoded and written %XX (upper case).
function py_url_quote(s, safe) {
  if (typeof s !== 'string') throw py_url_notstr(s, 'quote');
  if (s === '') return s;
  if (typeof safe !== 'string') {
    throw py_err('TypeError', 'py2cs: quote() safe= must be a str (CPython also takes bytes)');
  }
  var out = '', i, c, cp, n = s.length, j;
  for (i = 0; i < n; i++) {
    c = s.charCodeAt(i);
    if (c < 128) {
      var ch = s.charAt(i);
      if (py_URL_ALWAYS_SAFE.indexOf(ch) >= 0 || safe.indexOf(ch) >= 0) out += ch;
      else out += '%' + py_URL_HEX.charAt(c >> 4) + py_URL_HEX.charAt(c & 15);
      continue;
    }
    cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      throw py_err('TypeError', 'py2cs: a lone surrogate in quote() (CPython raises UnicodeEncodeError)');
    }
    var bytes = cp < 0x800 ? [0xC0 | (cp >> 6), 0x80 | (cp & 63)] :
      cp < 0x10000 ? [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)] :
        [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    for (j = 0; j < bytes.length; j++) out += '%' + py_URL_HEX.charAt(bytes[j] >> 4) + py_URL_HEX.charAt(bytes[j] & 15);
  }
  return out;
}

// quote_plus(string, safe=''): spaces become '+' (quoted with ' ' added to safe, then replaced).
function py_url_quote_plus(s, safe) {
  if (typeof s === 'string' && s.indexOf(' ') < 0) return py_url_quote(s, safe);
  if (typeof safe !== 'string') {
    throw py_err('TypeError', 'py2cs: quote_plus() safe= must be a str (CPython also takes bytes)');
  }
  return py_url_quote(s, safe + ' ').split(' ').join('+');
}

// bytes.decode('utf-8', 'replace'): each maximal ill-formed subsequence becomes one U+FFFD, as CPython's
// decoder reports its errors (invalid start byte: one byte; a truncated or broken sequence: its valid prefix).
function py_url_utf8(b) {
  var out = '', i = 0, n = b.length, c, need, lo, hi, cp, k;
  while (i < n) {
    c = b[i];
    if (c < 0x80) { out += String.fromCharCode(c); i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 31; lo = 0x80; hi = 0xBF; }
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2; cp = c & 15; lo = c === 0xE0 ? 0xA0 : 0x80; hi = c === 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3; cp = c & 7; lo = c === 0xF0 ? 0x90 : 0x80; hi = c === 0xF4 ? 0x8F : 0xBF;
    } else { out += '\uFFFD'; i++; continue; }
    for (k = 1; k <= need; k++) {
      if (i + k >= n) break;
      var d = b[i + k];
      if (d < lo || d > hi) break;
      cp = (cp << 6) | (d & 63);
      lo = 0x80; hi = 0xBF;
    }
    if (k <= need) { out += '\uFFFD'; i += k; continue; }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function py_url_hexval(c) {
  return c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
}

// unquote of a run of ASCII characters (unquote_to_bytes, then the UTF-8 decoding).
function py_url_unquote_ascii(s) {
  if (s.indexOf('%') < 0) return s;
  var b = [], i, n = s.length, c;
  for (i = 0; i < n; i++) {
    c = s.charCodeAt(i);
    if (c === 37 && i + 2 < n) {
      var h = py_url_hexval(s.charCodeAt(i + 1)), l = py_url_hexval(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) { b.push(h * 16 + l); i += 2; continue; }
    }
    b.push(c);
  }
  return py_url_utf8(b);
}

// unquote(string): %XX escapes decoded per run of ASCII characters (non-ASCII characters are kept as they
// are, and an escape sequence never spans them), as CPython splits the string with _asciire.
function py_url_unquote(s) {
  if (typeof s !== 'string') {
    // CPython: '%' not in string (TypeError for a value that has no `in`), then string.split, or
    // _asciire.split(string) when '%' is in it
    var iterable = Array.isArray(s) || s instanceof Map || s instanceof Set;
    if (!iterable) throw py_err('TypeError', "argument of type '" + py_op_tn(s) + "' is not iterable");
    if (py_in('%', s)) throw py_err('TypeError', "expected string or bytes-like object, got '" + py_op_tn(s) + "'");
    throw py_url_notstr(s, 'split');
  }
  if (s.indexOf('%') < 0) return s;
  var out = '', i = 0, n = s.length, j;
  while (i < n) {
    j = i;
    while (j < n && s.charCodeAt(j) < 128) j++;
    if (j > i) out += py_url_unquote_ascii(s.slice(i, j));
    i = j;
    while (j < n && s.charCodeAt(j) >= 128) j++;
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

function py_url_unquote_plus(s) {
  if (typeof s !== 'string') throw py_url_notstr(s, 'replace');
  return py_url_unquote(s.split('+').join(' '));
}

// parse_qsl(qs, keep_blank_values, strict_parsing, max_num_fields, separator): a list of (name, value)
// tuples. A false non-str qs (None, 0, []) is an empty query, as CPython's argument coercion makes it.
function py_url_parse_qsl(qs, keep, strict, maxf, sep) {
  if (typeof qs !== 'string') {
    if (py_bool(qs)) throw py_url_notstr(qs, 'decode');
    qs = '';
  }
  if (sep === undefined) sep = '&';
  if (typeof sep !== 'string') {
    if (py_bool(sep)) throw py_url_notstr(sep, 'decode');
    sep = '';
  }
  if (sep === '') throw py_err('ValueError', 'Separator must be of type string or bytes.');
  keep = keep !== undefined && py_bool(keep);
  strict = strict !== undefined && py_bool(strict);
  var parts = qs === '' ? [] : qs.split(sep);
  if (maxf != null && py_lt(maxf, parts.length)) throw py_err('ValueError', 'Max number of fields exceeded');
  var r = [];
  for (var i = 0; i < parts.length; i++) {
    var nv = parts[i];
    if (nv === '' && !strict) continue;
    var eq = nv.indexOf('='), name, value;
    if (eq < 0) {
      if (strict) throw py_err('ValueError', 'bad query field: ' + py_repr(nv));
      if (!keep) continue;
      name = nv; value = '';
    } else {
      name = nv.slice(0, eq); value = nv.slice(eq + 1);
    }
    if (value.length || keep) {
      r.push(py_tuple([py_url_unquote(name.split('+').join(' ')), py_url_unquote(value.split('+').join(' '))]));
    }
  }
  return r;
}

// parse_qs: a dict of lists, in the order names first appear.
function py_url_parse_qs(qs, keep, strict, maxf, sep) {
  var pairs = py_url_parse_qsl(qs, keep, strict, maxf, sep), m = new Map();
  for (var i = 0; i < pairs.length; i++) {
    var l = m.get(pairs[i][0]);
    if (l === undefined) m.set(pairs[i][0], [pairs[i][1]]);
    else l.push(pairs[i][1]);
  }
  return m;
}

// urlencode(query, doseq, safe, quote_via): `plus` is false when quote_via=quote.
function py_url_urlencode(query, doseq, safe, plus) {
  var q = plus === false ? py_url_quote : py_url_quote_plus;
  if (safe === undefined) safe = '';
  var items;
  if (query instanceof Map) items = py_m_items(query);
  else {
    // CPython: len(query), and a non-empty sequence whose first item is a tuple
    var sized = Array.isArray(query) || typeof query === 'string' || query instanceof Set;
    if (sized && py_len(query) === 0) return '';
    if (!sized || !(Array.isArray(query) && py_isinstance(query[0], ['tuple']))) {
      throw py_err('TypeError', 'not a valid non-string sequence or mapping object');
    }
    items = query;
  }
  doseq = doseq !== undefined && py_bool(doseq);
  var l = [];
  for (var i = 0; i < items.length; i++) {
    var kv = py_unpack(items[i], 2), k = q(py_str(kv[0]), safe), v = kv[1];
    if (!doseq || typeof v === 'string') { l.push(k + '=' + q(typeof v === 'string' ? v : py_str(v), safe)); continue; }
    var seq = v !== null && typeof v === 'object' && !(v instanceof py_PyFloat) && (Array.isArray(v) ||
      v instanceof Map || v instanceof Set);
    if (!seq) { l.push(k + '=' + q(py_str(v), safe)); continue; }
    var elts = v instanceof Set && v.size < 2 ? py_set_vals(v) : py_iter(v);   // (one element: one order)
    for (var j = 0; j < elts.length; j++) l.push(k + '=' + q(py_str(elts[j]), safe));
  }
  return l.join('&');
}
