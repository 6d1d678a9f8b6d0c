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

// ---------------------------------------------------------------- urlsplit / urlparse and back
// (Lib/urllib/parse.py and Lib/ipaddress.py of CPython 3.11.7.) A SplitResult / ParseResult is a tuple of its
// fields marked with py_urlnt (its class); the hooks below teach repr(), str() and type() its name.
var py_URL_SPLIT_NT = {name: 'SplitResult', fields: ['scheme', 'netloc', 'path', 'query', 'fragment'], parse: false};
var py_URL_PARSE_NT = {name: 'ParseResult', fields: ['scheme', 'netloc', 'path', 'params', 'query', 'fragment'], parse: true};

var py_URL_DEFRAG_NT = {name: 'DefragResult', fields: ['url', 'fragment'], parse: null};

var py_URL_USES_RELATIVE = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
  'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss'];

var py_URL_USES_PARAMS = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu',
  'sip', 'sips', 'mms', 'sftp', 'tel'];

var py_URL_USES_NETLOC = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
  'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
  'ws', 'wss'];

function py_url_nt(nt, fields) {
  py_tuple(fields);
  Object.defineProperty(fields, 'py_urlnt', {value: nt});
  return fields;
}

// _coerce_args(*args): true for str arguments; CPython's errors; false where CPython decodes the arguments as bytes
// (all of them falsy: None, ''...) and returns bytes, which py2cs has not (the caller raises py_url_bytes).
function py_url_coerce(args) {
  if (args.length === 0) throw py_err('IndexError', 'tuple index out of range');
  var strIn = typeof args[0] === 'string', i;
  for (i = 1; i < args.length; i++) {
    if (py_bool(args[i]) && (typeof args[i] === 'string') !== strIn) throw py_err('TypeError', 'Cannot mix str and non-str arguments');
  }
  if (strIn) return true;
  for (i = 0; i < args.length; i++) {     // _decode_args: x.decode(...) if x else ''
    if (py_bool(args[i])) throw py_err('AttributeError', "'" + py_op_tn(args[i]) + "' object has no attribute 'decode'");
  }
  return false;
}

function py_url_bytes(what, x) {
  return py_err('TypeError', 'py2cs: ' + what + '() of ' + py_repr(x) + ' returns bytes in CPython, which py2cs does not support; pass a str (url or "")');
}

// str.strip / lstrip of _WHATWG_C0_CONTROL_OR_SPACE (U+0000 to U+0020), then the tab and newlines removed.
function py_url_clean(s, both) {
  var i = 0, j = s.length;
  while (i < j && s.charCodeAt(i) <= 32) i++;
  if (both) while (j > i && s.charCodeAt(j - 1) <= 32) j--;
  return s.slice(i, j).replace(/[\t\r\n]/g, '');
}

// urlsplit(url, scheme='', allow_fragments=True), and urlparse's (parse: a ParseResult with params).
function py_url_split(url, scheme, allowFragments, parse) {
  // CPython's urlsplit is an lru_cache: unhashable arguments raise first; urlparse coerces its arguments before
  // (py_re_hashable: the check of re.sub's cache)
  var isStr = parse ? py_url_coerce([url, scheme]) : true;
  py_re_hashable(py_tuple(isStr ? [url, scheme, allowFragments] : [allowFragments]));   // (bytes decoded: hashable)
  if (!(parse ? isStr : py_url_coerce([url, scheme]))) throw py_url_bytes(parse ? 'urlparse' : 'urlsplit', url);
  if (typeof scheme !== 'string') throw py_err('AttributeError', "'" + py_op_tn(scheme) + "' object has no attribute 'strip'");
  url = py_url_clean(url, false);
  scheme = py_url_clean(scheme, true);
  var frag = py_bool(allowFragments);
  var netloc = '', query = '', fragment = '', params = '', i = url.indexOf(':'), j, c;
  if (i > 0 && /^[A-Za-z]/.test(url)) {
    for (j = 0; j < i; j++) {
      c = url.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) break;
    }
    if (j === i) { scheme = url.slice(0, i).toLowerCase(); url = url.slice(i + 1); }
  }
  if (url.slice(0, 2) === '//') {
    j = url.length;        // _splitnetloc(url, 2): up to the first of / ? #
    for (i = 2; i < url.length; i++) {
      c = url.charAt(i);
      if (c === '/' || c === '?' || c === '#') { j = i; break; }
    }
    netloc = url.slice(2, j);
    url = url.slice(j);
    var open = netloc.indexOf('['), close = netloc.indexOf(']');
    if ((open >= 0) !== (close >= 0)) throw py_err('ValueError', 'Invalid IPv6 URL');
    if (open >= 0) {
      var host = netloc.slice(open + 1);
      if (host.indexOf(']') >= 0) host = host.slice(0, host.indexOf(']'));
      py_url_check_bracketed(host);
    }
  }
  if (frag && (i = url.indexOf('#')) >= 0) { fragment = url.slice(i + 1); url = url.slice(0, i); }
  if ((i = url.indexOf('?')) >= 0) { query = url.slice(i + 1); url = url.slice(0, i); }
  py_url_checknetloc(netloc);
  if (!parse) return py_url_nt(py_URL_SPLIT_NT, [scheme, netloc, url, query, fragment]);
  if (py_URL_USES_PARAMS.indexOf(scheme) >= 0 && url.indexOf(';') >= 0) {     // _splitparams
    i = url.indexOf('/') >= 0 ? url.indexOf(';', url.lastIndexOf('/')) : url.indexOf(';');
    if (i >= 0) { params = url.slice(i + 1); url = url.slice(0, i); }
  }
  return py_url_nt(py_URL_PARSE_NT, [scheme, netloc, url, params, query, fragment]);
}

// _checknetloc: a non-ASCII netloc whose NFKC form gains one of / ? # @ : (like U+2100 'a/c') is refused.
function py_url_checknetloc(netloc) {
  if (netloc === '' || !/[^\x00-\x7f]/.test(netloc)) return;
  var n = netloc.replace(/[@:#?]/g, ''), n2 = n.normalize('NFKC');
  if (n === n2) return;
  if (/[\/?#@:]/.test(n2)) throw py_err('ValueError', "netloc '" + netloc + "' contains invalid characters under NFKC normalization");
}

// _check_bracketed_host: an IPvFuture address (v1.x) or an IPv6 address (ipaddress.ip_address's rules).
function py_url_check_bracketed(host) {
  if (host.charAt(0) === 'v') {
    if (!/^v[a-fA-F0-9]+\.[^\n]+$/.test(host)) throw py_err('ValueError', 'IPvFuture address is invalid');
    return;
  }
  if (py_url_ipv4(host)) throw py_err('ValueError', 'An IPv4 address cannot be in brackets');
  if (!py_url_ipv6(host)) throw py_err('ValueError', py_repr(host) + ' does not appear to be an IPv4 or IPv6 address');
}

// ipaddress.IPv4Address(s) accepts s: four decimal octets 0-255, no leading zeros.
function py_url_ipv4(s) {
  if (s.indexOf('/') >= 0) return false;
  var octets = s.split('.');
  if (octets.length !== 4) return false;
  for (var i = 0; i < 4; i++) {
    var o = octets[i];
    if (!/^[0-9]{1,3}$/.test(o) || (o !== '0' && o.charAt(0) === '0') || +o > 255) return false;
  }
  return true;
}

// ipaddress.IPv6Address(s) accepts s (with a %scope, an IPv4 tail).
function py_url_ipv6(s) {
  if (s.indexOf('/') >= 0) return false;
  var pct = s.indexOf('%');
  if (pct >= 0) {
    var scope = s.slice(pct + 1);
    if (scope === '' || scope.indexOf('%') >= 0) return false;
    s = s.slice(0, pct);
  }
  if (s === '') return false;
  var parts = s.split(':'), i, skip = -1, hi, lo;
  if (parts.length < 3) return false;
  if (parts[parts.length - 1].indexOf('.') >= 0) {
    if (!py_url_ipv4(parts.pop())) return false;
    parts.push('0', '0');       // two hextets (their values do not matter here)
  }
  if (parts.length > 9) return false;
  for (i = 1; i < parts.length - 1; i++) {
    if (parts[i] === '') {
      if (skip >= 0) return false;
      skip = i;
    }
  }
  if (skip >= 0) {
    hi = skip;
    lo = parts.length - skip - 1;
    if (parts[0] === '' && --hi) return false;
    if (parts[parts.length - 1] === '' && --lo) return false;
    if (8 - (hi + lo) < 1) return false;
  } else {
    if (parts.length !== 8 || parts[0] === '' || parts[parts.length - 1] === '') return false;
    hi = parts.length;
    lo = 0;
  }
  for (i = 0; i < hi; i++) if (!/^[0-9A-Fa-f]{1,4}$/.test(parts[i])) return false;
  for (i = parts.length - lo; i < parts.length; i++) if (!/^[0-9A-Fa-f]{1,4}$/.test(parts[i])) return false;
  return true;
}

// u.username, u.password, u.hostname, u.port (the other names are fields: py2cs checked the name).
function py_url_attr(u, name) {
  var at = u.py_urlnt.fields.indexOf(name);
  if (at >= 0) return u[at];
  var netloc = u[1], k;
  if (typeof netloc !== 'string') {      // (a field replaced by _replace)
    throw py_err('AttributeError', "'" + py_op_tn(netloc) + "' object has no attribute 'rpartition'");
  }
  if (name === 'username' || name === 'password') {
    k = netloc.lastIndexOf('@');
    if (k < 0) return null;
    var info = netloc.slice(0, k), c = info.indexOf(':');
    if (name === 'username') return c < 0 ? info : info.slice(0, c);
    return c < 0 ? null : info.slice(c + 1);
  }
  var hostinfo = netloc.slice(netloc.lastIndexOf('@') + 1), hostname, port;
  k = hostinfo.indexOf('[');
  if (k >= 0) {
    var br = hostinfo.slice(k + 1), e = br.indexOf(']');
    hostname = e < 0 ? br : br.slice(0, e);
    port = e < 0 ? '' : br.slice(e + 1);
    port = port.indexOf(':') >= 0 ? port.slice(port.indexOf(':') + 1) : '';
  } else {
    k = hostinfo.indexOf(':');
    hostname = k < 0 ? hostinfo : hostinfo.slice(0, k);
    port = k < 0 ? '' : hostinfo.slice(k + 1);
  }
  if (name === 'hostname') {
    if (hostname === '') return null;
    k = hostname.indexOf('%');    // a scoped IPv6 address keeps the case of its zone
    return k < 0 ? py_str_lower(hostname) : py_str_lower(hostname.slice(0, k)) + hostname.slice(k);
  }
  if (port === '') return null;
  if (!/^[0-9]+$/.test(port)) throw py_err('ValueError', 'Port could not be cast to integer value as ' + py_repr(port));
  var p = +port;
  if (p > 65535) throw py_err('ValueError', 'Port out of range 0-65535');
  return p;
}

// u.name on a value of unknown type in a module that uses urllib.parse (a helper's parameter, a list's element):
// a URL result's field or property, else CPython's AttributeError.
function py_url_attr_any(x, name) {
  var nt = Array.isArray(x) ? x.py_urlnt : undefined;
  if (nt !== undefined && (nt.fields.indexOf(name) >= 0 ||
      (nt.parse !== null && ['username', 'password', 'hostname', 'port'].indexOf(name) >= 0))) {
    return py_url_attr(x, name);
  }
  throw py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
}

// u.geturl() / u._replace() / u._asdict() on a value of unknown type: u itself when it is a URL result.
function py_url_nt_of(x, name) {
  if (Array.isArray(x) && x.py_urlnt !== undefined) return x;
  throw py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
}

// urlunsplit(components) / urlunparse(components): components is any iterable of 5 / 6 values.
function py_url_unsplit(components, parse) {
  var c = py_op_iter_opt(components), n = parse ? 6 : 5;
  if (c === null) {
    throw py_err('TypeError', 'urllib.parse._coerce_args() argument after * must be an iterable, not ' + py_op_tn(components));
  }
  var isStr = py_url_coerce(c);      // (before unpacking its result, as CPython)
  if (c.length < n) throw py_err('ValueError', 'not enough values to unpack (expected ' + (n + 1) + ', got ' + (c.length + 1) + ')');
  if (c.length > n) throw py_err('ValueError', 'too many values to unpack (expected ' + (n + 1) + ')');
  if (!isStr) throw py_url_bytes(parse ? 'urlunparse' : 'urlunsplit', c[0]);
  if (parse) {
    var url = c[2];
    if (py_bool(c[3])) url = py_str(url) + ';' + py_str(c[3]);      // "%s;%s" % (url, params)
    c = [c[0], c[1], url, c[4], c[5]];
    if (!py_url_coerce(c)) throw py_url_bytes('urlunsplit', c[0]);
  }
  var scheme = c[0], netloc = c[1], path = c[2], query = c[3], fragment = c[4];
  if (py_bool(netloc) || (scheme !== '' && py_URL_USES_NETLOC.indexOf(scheme) >= 0 && py_slice(path, null, 2, null) !== '//')) {
    if (py_bool(path) && path.charAt(0) !== '/') path = '/' + path;
    path = py_add('//' + (py_bool(netloc) ? netloc : ''), path);
  }
  if (scheme !== '') path = py_add(scheme + ':', path);
  if (py_bool(query)) path = py_add(path, '?') + query;
  if (py_bool(fragment)) path = py_add(path, '#') + fragment;
  return path;
}

// urljoin(base, url, allow_fragments=True)
function py_url_join(base, url, allowFragments) {
  if (!py_bool(base)) return url;
  if (!py_bool(url)) return base;
  py_url_coerce([base, url]);      // (both truthy: str, or CPython's error)
  var b = py_url_split(base, '', allowFragments, true), u = py_url_split(url, b[0], allowFragments, true);
  var scheme = u[0], netloc = u[1], path = u[2], params = u[3], query = u[4], fragment = u[5], i;
  if (scheme !== b[0] || py_URL_USES_RELATIVE.indexOf(scheme) < 0) return url;
  if (py_URL_USES_NETLOC.indexOf(scheme) >= 0) {
    if (netloc !== '') return py_url_unsplit(py_tuple([scheme, netloc, path, params, query, fragment]), true);
    netloc = b[1];
  }
  if (path === '' && params === '') {
    return py_url_unsplit(py_tuple([scheme, netloc, b[2], b[3], query === '' ? b[4] : query, fragment]), true);
  }
  var segments, resolved = [], seg;
  if (path.charAt(0) === '/') {      // (RFC 3986: an absolute path ignores the base's)
    segments = path.split('/');
  } else {
    var baseParts = b[2].split('/');
    if (baseParts[baseParts.length - 1] !== '') baseParts.pop();     // (a last segment that is not a directory)
    segments = baseParts.concat(path.split('/'));
    if (segments.length > 2) {         // segments[1:-1] = filter(None, segments[1:-1])
      var mid = segments.slice(1, -1).filter(function (x) { return x !== ''; });
      segments = [segments[0]].concat(mid, [segments[segments.length - 1]]);
    }
  }
  for (i = 0; i < segments.length; i++) {
    seg = segments[i];
    if (seg === '..') { if (resolved.length) resolved.pop(); }
    else if (seg !== '.') resolved.push(seg);
  }
  seg = segments[segments.length - 1];
  if (seg === '.' || seg === '..') resolved.push('');
  return py_url_unsplit(py_tuple([scheme, netloc, resolved.join('/') || '/', params, query, fragment]), true);
}

// urldefrag(url): DefragResult(url without its fragment, fragment)
function py_url_defrag(url) {
  if (!py_url_coerce([url])) throw py_url_bytes('urldefrag', url);
  if (url.indexOf('#') < 0) return py_url_nt(py_URL_DEFRAG_NT, [url, '']);
  var p = py_url_split(url, '', true, true);
  return py_url_nt(py_URL_DEFRAG_NT, [py_url_unsplit(py_tuple([p[0], p[1], p[2], p[3], p[4], '']), true), p[5]]);
}

// u.geturl(), u._replace(**changes) (changes: a Map of name -> value), u._asdict().
function py_url_geturl(u) {
  var parse = u.py_urlnt.parse;
  if (parse !== null) return py_url_unsplit(u, parse);
  return py_bool(u[1]) ? py_add(py_add(u[0], '#'), u[1]) : u[0];      // DefragResult
}

function py_url_replace(u, changes) {
  var nt = u.py_urlnt, out = new Array(nt.fields.length), i, f;
  for (i = 0; i < nt.fields.length; i++) {
    f = nt.fields[i];
    out[i] = changes.has(f) ? changes.get(f) : u[i];
  }
  var extra = [];
  changes.forEach(function (v, k) { if (nt.fields.indexOf(k) < 0) extra.push(k); });
  if (extra.length) throw py_err('ValueError', 'Got unexpected field names: ' + py_repr(extra));
  return py_url_nt(nt, out);
}

function py_url_asdict(u) {
  var m = new Map(), nt = u.py_urlnt;
  for (var i = 0; i < nt.fields.length; i++) m.set(nt.fields[i], u[i]);
  return m;
}

function py_url_nt_repr(x) {
  var nt = x.py_urlnt, parts = [];
  for (var i = 0; i < nt.fields.length; i++) parts.push(nt.fields[i] + '=' + py_repr(x[i]));
  return nt.name + '(' + parts.join(', ') + ')';
}

// Each py_urlhook_X wraps py_X when the bundle has both (py2cs/runtime.py), as datetime's py_dthook_X do.
var py_urlhook_repr = (function (base) {
  py_repr = function (x) { return (Array.isArray(x) && x.py_urlnt !== undefined) ? py_url_nt_repr(x) : base(x); };
  return base;
})(py_repr);

var py_urlhook_str = (function (base) {
  py_str = function (x) { return (Array.isArray(x) && x.py_urlnt !== undefined) ? py_url_nt_repr(x) : base(x); };
  return base;
})(py_str);

var py_urlhook_typename = (function (base) {
  py_typename = function (x) { return (Array.isArray(x) && x.py_urlnt !== undefined) ? x.py_urlnt.name : base(x); };
  return base;
})(py_typename);

// a is b between equal SplitResults: CPython's urlsplit is an lru_cache (the same object for the same arguments
// while it stays cached; _replace, other argument types or an eviction make another), which py2cs does not follow.
var py_urlhook_is = (function (base) {
  py_is = function (a, b) {
    if (a !== b && Array.isArray(a) && Array.isArray(b) && a.py_urlnt === py_URL_SPLIT_NT &&
        b.py_urlnt === py_URL_SPLIT_NT && py_eq(a, b)) {
      throw py_err('TypeError', "py2cs: 'is' between equal urlsplit() results depends on CPython's cache of " +
        'urlsplit (the same object for the same arguments); use ==');
    }
    return base(a, b);
  };
  return base;
})(py_is);
