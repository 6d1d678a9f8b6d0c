// Helpers of the match statement (py2cs/lower/matchlow.py).

// A mapping pattern's key lookup in the dict m: what CPython's match does (the mapping's get(): a
// defaultdict does not insert, a Counter's missing key is missing), or py_NOITEM when the key is absent.
function py_match_key(m, key) {
  var k = typeof key === 'string' ? key : py_mkey(m, key), v = m.get(k);
  return v !== undefined || m.has(k) ? v : py_NOITEM;
}

// A mapping pattern's **rest: a new plain dict of m's other keys, in m's order.
function py_match_rest(m, keys) {
  var r = new Map();
  m.forEach(function (v, k) { r.set(k, v); });
  for (var i = 0; i < keys.length; i++) r.delete(py_mkey(r, keys[i]));
  return r;
}
