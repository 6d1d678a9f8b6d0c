// deque.js: collections.deque, as CPython 3.11's Modules/_collectionsmodule.c (py2cs/lower/calls.py
// collections_call; the methods in py2cs/tables/methods.py DEQUE).
//
// A deque is a JS Array of its items, left to right, carrying the non-enumerable py_dq = {ml, st}: ml its maxlen
// (-1: unbounded) and st CPython's `state`, counted up by every change that moves an end (append, pop, extend,
// rotate of two items or more, clear of a non-empty deque, insert, remove, del d[i]; not d[i] = x nor reverse()).
// Its iterators compare the state before each step ("deque mutated during iteration"): py_iter gives a loop a
// Proxy of the deque whose `length` makes that check (a loop reads it before each step, as CPython's iterator
// calls next(); a reverse loop reads it only while items remain, as dequereviter_next checks its counter first).
// Being an Array, a deque is read as a list is where both agree (len, truth, `in`, an index in range, sum(),
// sorted(), join(), unpacking, sequence patterns); where they differ the py_dqhook_X units below wrap the
// generic helper py_X (py2cs/runtime.py ships a hook only with py_deque and py_X: apps without deques pay nothing).

function py_deque(src, has, maxlen) {
  var ml = -1;
  if (maxlen != null) {
    if (typeof maxlen === 'boolean') ml = maxlen ? 1 : 0;
    else if (py_isint(maxlen)) ml = py_dq_ssize(maxlen);
    else throw py_err('TypeError', 'an integer is required');     // PyLong_AsSsize_t of a float, a str...
    if (ml < 0) throw py_err('ValueError', 'maxlen must be non-negative');
  }
  var d = py_dq_new(ml);
  if (has) py_dq_extend(d, src, false);
  return d;
}

function py_dq_new(ml) {
  var d = [];
  Object.defineProperty(d, 'py_dq', {value: {ml: ml, st: 0}});
  return d;
}

function py_is_deque(x) {
  return Array.isArray(x) && x.py_dq !== undefined;
}

// deque_append_internal / deque_appendleft_internal: past maxlen the other end drops an item
function py_dq_push(d, v) {
  var q = d.py_dq;
  d.push(v);
  if (q.ml >= 0 && d.length > q.ml) d.shift();
  q.st++;
}

function py_dq_unshift(d, v) {
  var q = d.py_dq;
  d.unshift(v);
  if (q.ml >= 0 && d.length > q.ml) d.pop();
  q.st++;
}

// extend (left: extendleft, each item in turn at the left end, so they end up reversed). The deque itself is
// listed first; a JS iterator object (a generator) is pulled one item at a time, its item appended before the
// next is computed; maxlen 0 only consumes the items (CPython's consume_iterator: the state does not move).
function py_dq_extend(d, src, left) {
  if (src === d) src = d.slice();
  var add = left ? py_dq_unshift : py_dq_push, s;
  if (py_is_it(src)) {
    for (s = src.next(); !s.done; s = src.next()) if (d.py_dq.ml !== 0) add(d, s.value);
    return null;
  }
  var a = py_iter(src);
  for (var i = 0; i < a.length; i++) if (d.py_dq.ml !== 0) add(d, a[i]);
  return null;
}

function py_dq_copy(d) {
  var c = py_dq_new(d.py_dq.ml);
  for (var i = 0; i < d.length; i++) c.push(d[i]);
  return c;
}

// an int argument CPython reads as a C ssize_t (rotate's n, insert's index, maxlen): OverflowError beyond it
function py_dq_ssize(n) {
  if (n >= 9223372036854775808 || n < -9223372036854775808) throw py_err('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

// _deque_rotate: n steps to the right (left for n < 0); a deque of fewer than 2 items is left as it is
function py_dq_rotate(d, n) {
  var len = d.length;
  if (len <= 1) return null;
  d.py_dq.st++;
  var k = ((n % len) + len) % len;
  if (k === 0) return null;
  var moved = d.splice(len - k, k);
  for (var i = moved.length - 1; i >= 0; i--) d.unshift(moved[i]);
  return null;
}

// (argc: the number of arguments passed, since an undefined start or stop is a None, CPython's TypeError)
function py_dq_index(d, v, start, stop, argc) {
  var n = d.length;
  var bad = 'slice indices must be integers or have an __index__ method';
  start = argc < 2 ? 0 : py_op_numkind(start) === 1 ? py_numval(start) : py_dq_throw(bad);
  stop = argc < 3 ? n : py_op_numkind(stop) === 1 ? py_numval(stop) : py_dq_throw(bad);
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  for (var i = start; i < stop; i++) if (py_eq_item(d[i], v)) return i;
  throw py_err('ValueError', py_repr(v) + ' is not in deque');
}

function py_dq_throw(msg) {
  throw py_err('TypeError', msg);
}

// the methods, called with the Python arguments as written (argc: their number), CPython's arity messages
function py_dq_method(d, name, args) {
  var argc = args.length - 1, a = args[1], b = args[2], c = args[3], q = d.py_dq, v, i;
  var one = 'deque.' + name + '() takes exactly one argument (' + argc + ' given)';
  var none = 'deque.' + name + '() takes no arguments (' + argc + ' given)';
  switch (name) {
    case 'append': case 'appendleft': case 'extend': case 'extendleft': case 'count': case 'remove':
      if (argc !== 1) throw py_err('TypeError', one);
      break;
    case 'pop': case 'popleft': case 'clear': case 'copy': case 'reverse':
      if (argc !== 0) throw py_err('TypeError', none);
      break;
  }
  switch (name) {
    case 'append': py_dq_push(d, a); return null;
    case 'appendleft': py_dq_unshift(d, a); return null;
    case 'extend': return py_dq_extend(d, a, false);
    case 'extendleft': return py_dq_extend(d, a, true);
    case 'pop': case 'popleft':
      if (d.length === 0) throw py_err('IndexError', 'pop from an empty deque');
      q.st++;
      return name === 'pop' ? d.pop() : d.shift();
    case 'clear':
      if (d.length > 0) { d.length = 0; q.st++; }
      return null;
    case 'copy': return py_dq_copy(d);
    case 'reverse': d.reverse(); return null;
    case 'count':
      for (v = 0, i = 0; i < d.length; i++) if (py_eq_item(d[i], a)) v++;
      return v;
    case 'remove':
      for (i = 0; i < d.length; i++) {
        if (py_eq_item(d[i], a)) { d.splice(i, 1); q.st++; return null; }
      }
      throw py_err('ValueError', py_repr(a) + ' is not in deque');
    case 'rotate':
      if (argc > 1) throw py_err('TypeError', 'deque.rotate expected at most 1 argument, got ' + argc);
      return py_dq_rotate(d, argc === 0 ? 1 : py_dq_ssize(py_op_index(a)));
    case 'index':
      if (argc < 1) throw py_err('TypeError', 'index() takes at least 1 argument (0 given)');
      if (argc > 3) throw py_err('TypeError', 'index() takes at most 3 arguments (' + argc + ' given)');
      return py_dq_index(d, a, b, c, argc);
    case 'insert':
      if (argc !== 2) throw py_err('TypeError', 'insert() takes exactly 2 arguments (' + argc + ' given)');
      i = py_dq_ssize(py_op_index(a));
      if (q.ml === d.length) throw py_err('IndexError', 'deque already at its maximum size');
      if (i < 0) { i += d.length; if (i < 0) i = 0; }
      if (i > d.length) i = d.length;
      d.splice(i, 0, b);
      q.st++;
      return null;
  }
  throw py_methods_noattr(d, name);      // (sort: a list method deques do not have)
}

// x.appendleft(v) & co on a value of unknown type: the deque's method, else CPython's AttributeError
function py_m_appendleft(self) {
  if (py_is_deque(self)) return py_dq_method(self, 'appendleft', arguments);
  throw py_methods_noattr(self, 'appendleft');
}

function py_m_popleft(self) {
  if (py_is_deque(self)) return py_dq_method(self, 'popleft', arguments);
  throw py_methods_noattr(self, 'popleft');
}

function py_m_extendleft(self) {
  if (py_is_deque(self)) return py_dq_method(self, 'extendleft', arguments);
  throw py_methods_noattr(self, 'extendleft');
}

function py_m_rotate(self) {
  if (py_is_deque(self)) return py_dq_method(self, 'rotate', arguments);
  throw py_methods_noattr(self, 'rotate');
}

// x.maxlen: a deque's maxlen (None when unbounded), else CPython's AttributeError
function py_dq_maxlen(x) {
  if (py_is_deque(x)) return x.py_dq.ml < 0 ? null : x.py_dq.ml;
  throw py_methods_noattr(x, 'maxlen');
}

// the iterator a loop reads: the deque itself behind a Proxy whose `length` checks the state first
function py_dq_iter(d) {
  var st = d.py_dq.st;
  return new Proxy(d, {get: function (t, p) {
    if (p === 'length') {
      if (t.py_dq.st !== st) throw py_err('RuntimeError', 'deque mutated during iteration');
      return t.length;
    }
    if (p === 'py_dq') return undefined;       // (read as the list of its items, never as the deque)
    return t[p];
  }});
}

// deque * n (and n * deque): deque_repeat, through the maxlen (only the last maxlen items are kept)
function py_dq_repeat(d, n) {
  py_op_ssize_rep(n);
  var out = py_dq_copy(d), len = d.length, ml = d.py_dq.ml;
  if (len === 0 || n === 1) return out;
  if (n <= 0) return py_dq_new(ml);
  if (ml >= 0 && n * len > ml) n = Math.ceil(ml / len);
  if (len * n > 16777216) throw py_err('MemoryError', 'py2cs: repeated sequence is too large');
  for (var k = 1; k < n; k++) for (var i = 0; i < len; i++) py_dq_push(out, d[i]);
  return out;
}

// the index of d[i], del d[i], d[i] = v: an int (or bool), else CPython's TypeError for a sequence without slices
function py_dq_pos(d, i) {
  if (py_op_numkind(i) !== 1) throw py_err('TypeError', "sequence index must be integer, not '" + py_op_tn(i) + "'");
  var v = py_numval(i);
  if (v >= 9223372036854775808 || v < -9223372036854775808) throw py_err('IndexError', "cannot fit 'int' into an index-sized integer");
  if (v < 0) v += d.length;
  if (v < 0 || v >= d.length) throw py_err('IndexError', 'deque index out of range');
  return v;
}

function py_dq_slice_err() {
  return py_err('TypeError', "sequence index must be integer, not 'slice'");
}

// == and <... between two deques (deque_richcompare: item by item); 0 for equal
function py_dq_cmp(a, b, op) {
  var n = Math.min(a.length, b.length);
  for (var i = 0; i < n; i++) {
    if (!py_eq_item(a[i], b[i])) return py_cmp(a[i], b[i], op);
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------- hooks of the generic helpers

var py_dqhook_typename = (function (base) {
  py_typename = function (x) { return py_is_deque(x) ? 'collections.deque' : base(x); };
  return base;
})(py_typename);

var py_dqhook_key = (function (base) {
  py_key = function (k) {
    if (py_is_deque(k)) throw py_err('TypeError', "unhashable type: 'collections.deque'");
    return base(k);
  };
  return base;
})(py_key);

var py_dqhook_eq = (function (base) {
  py_eq = function (a, b) {
    var da = py_is_deque(a), db = py_is_deque(b);
    if (!da && !db) return base(a, b);
    if (a === b) return true;
    if (!da || !db || a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (!py_eq_item(a[i], b[i])) return false;
    return true;
  };
  return base;
})(py_eq);

var py_dqhook_cmp = (function (base) {
  py_cmp = function (a, b, op) {
    var da = py_is_deque(a), db = py_is_deque(b);
    if (!da && !db) return base(a, b, op);
    if (da && db) return py_dq_cmp(a, b, op);
    throw py_cmp_error(op, a, b);
  };
  return base;
})(py_cmp);

var py_dqhook_iter = (function (base) {
  py_iter = function (x) { return py_is_deque(x) ? py_dq_iter(x) : base(x); };
  return base;
})(py_iter);

var py_dqhook_reversible = (function (base) {
  py_reversible = function (x) { return py_is_deque(x) ? py_dq_iter(x) : base(x); };
  return base;
})(py_reversible);

var py_dqhook_op_getitem_slow = (function (base) {
  py_op_getitem_slow = function (o, i) { return py_is_deque(o) ? o[py_dq_pos(o, i)] : base(o, i); };
  return base;
})(py_op_getitem_slow);

var py_dqhook_setitem = (function (base) {
  py_setitem = function (o, i, v) {
    if (!py_is_deque(o)) return base(o, i, v);
    o[py_dq_pos(o, i)] = v;       // (the state does not move: an iteration goes on and reads the new item)
  };
  return base;
})(py_setitem);

var py_dqhook_delitem = (function (base) {
  py_delitem = function (o, i) {
    if (!py_is_deque(o)) return base(o, i);
    o.splice(py_dq_pos(o, i), 1);
    o.py_dq.st++;
  };
  return base;
})(py_delitem);

var py_dqhook_slice = (function (base) {
  py_slice = function (o, start, stop, step) {
    if (py_is_deque(o)) throw py_dq_slice_err();
    return base(o, start, stop, step);
  };
  return base;
})(py_slice);

var py_dqhook_setslice = (function (base) {
  py_setslice = function (o, start, stop, step, values) {
    if (py_is_deque(o)) throw py_dq_slice_err();
    return base(o, start, stop, step, values);
  };
  return base;
})(py_setslice);

var py_dqhook_delslice = (function (base) {
  py_delslice = function (o, start, stop, step) {
    if (py_is_deque(o)) throw py_dq_slice_err();
    return base(o, start, stop, step);
  };
  return base;
})(py_delslice);

// deque + deque: a copy of the left one (its maxlen) extended; a list or tuple + deque: their own TypeError
var py_dqhook_op_add_slow = (function (base) {
  py_op_add_slow = function (a, b) {
    if (py_is_deque(a)) {
      if (!py_is_deque(b)) throw py_err('TypeError', 'can only concatenate deque (not "' + py_op_tn(b) + '") to deque');
      var out = py_dq_copy(a);
      py_dq_extend(out, b, false);
      return out;
    }
    if (py_is_deque(b) && Array.isArray(a) && a.py_range === undefined) {
      var nm = a.__py_tuple__ === true ? 'tuple' : 'list';
      throw py_err('TypeError', 'can only concatenate ' + nm + ' (not "collections.deque") to ' + nm);
    }
    return base(a, b);
  };
  return base;
})(py_op_add_slow);

// deque + date (py_dt_add names the left operand by its module: CPython's sq_concat message says 'deque')
var py_dqhook_dt_add = (function (base) {
  py_dt_add = function (a, b) {
    if (py_is_deque(a)) throw py_err('TypeError', 'can only concatenate deque (not "' + py_op_tn(b) + '") to deque');
    return base(a, b);
  };
  return base;
})(py_dt_add);

// d.extend(gen) / d.extendleft(gen): each item added as the generator produces it
var py_dqhook_consume_lazy = (function (base) {
  py_consume_lazy = function (self, it, name) {
    if (py_is_deque(self) && (name === 'extend' || name === 'extendleft')) return py_dq_extend(self, it, name === 'extendleft');
    return base(self, it, name);
  };
  return base;
})(py_consume_lazy);

var py_dqhook_op_repeat = (function (base) {
  py_op_repeat = function (seq, n) { return py_is_deque(seq) ? py_dq_repeat(seq, n) : base(seq, n); };
  return base;
})(py_op_repeat);

// d += iterable: deque_inplace_concat (extend, any iterable); d *= n: deque_inplace_repeat
var py_dqhook_iadd = (function (base) {
  py_iadd = function (a, b) {
    if (!py_is_deque(a)) return base(a, b);
    py_dq_extend(a, b, false);
    return a;
  };
  return base;
})(py_iadd);

var py_dqhook_imul_inplace = (function (base) {
  py_imul_inplace = function (a, n) {
    if (!py_is_deque(a) || py_op_numkind(n) !== 1) return base(a, n);
    var len = a.length, k = py_op_ssize_rep(py_numval(n));
    if (len === 0 || k === 1) return a;
    if (k <= 0) { a.length = 0; a.py_dq.st++; return a; }
    var r = py_dq_repeat(a, k);
    a.length = 0;
    for (var i = 0; i < r.length; i++) a.push(r[i]);
    a.py_dq.st++;
    return a;
  };
  return base;
})(py_imul_inplace);

// repr: deque([1, 2]) / deque([1, 2], maxlen=3); a deque inside itself prints as [...] (Py_ReprEnter)
var py_dqhook_repr = (function (base) {
  py_repr = function (x) {
    if (!py_is_deque(x)) return base(x);
    if (py_REPR_STACK.indexOf(x) >= 0) return '[...]';
    py_REPR_STACK.push(x);
    var parts = new Array(x.length);
    try {
      for (var i = 0; i < x.length; i++) parts[i] = py_repr(x[i]);
    } finally {
      py_REPR_STACK.pop();
    }
    return 'deque([' + parts.join(', ') + ']' + (x.py_dq.ml >= 0 ? ', maxlen=' + x.py_dq.ml : '') + ')';
  };
  return base;
})(py_repr);

// returned to Dash: its server's encoder (plotly's to_json_plotly) raises, as json.dumps does
var py_dqhook_to_js_rec = (function (base) {
  py_to_js_rec = function (x) {
    if (py_is_deque(x)) throw py_err('TypeError', 'Object of type deque is not JSON serializable');
    return base(x);
  };
  return base;
})(py_to_js_rec);

// the same in a Dash callback's outputs and set_props values (dash.js)
var py_dqhook_dash_to_js_rec = (function (base) {
  py_dash_to_js_rec = function (x) {
    if (py_is_deque(x)) throw py_err('TypeError', 'Object of type deque is not JSON serializable');
    return base(x);
  };
  return base;
})(py_dash_to_js_rec);

// a multi-output callback's return value and a wildcard (ALL/ALLSMALLER) Output's value: Dash's server takes a
// list or tuple only (flatten_grouping's schema check, validate_multi_return), a deque raises there
var py_dqhook_dash_return = (function (base) {
  py_dash_return = function (value, n, wild, outs) {
    if (n && py_is_deque(value)) {
      throw py_err('ValueError', 'The callback has ' + n + ' outputs, so it must return a list or tuple of ' + n +
                   ' values (or no_update), not collections.deque');
    }
    return base(value, n, wild, outs);
  };
  return base;
})(py_dash_return);

var py_dqhook_dash_check_wild = (function (base) {
  py_dash_check_wild = function (v, spec) {
    if (py_is_deque(v)) throw py_err('ValueError', 'A wildcard (ALL/ALLSMALLER) Output expects a list or tuple, not collections.deque');
    return base(v, spec);
  };
  return base;
})(py_dash_check_wild);

// x.sort(key=...) & co with arguments that can raise: a deque without the method raises AttributeError first
var py_dqhook_mcheck = (function (base) {
  py_mcheck = function (x, name, owners) {
    if (py_is_deque(x) && owners.indexOf('deque') < 0) throw py_methods_noattr(x, name);
    return base(x, name, owners);
  };
  return base;
})(py_mcheck);

// "{0.maxlen}".format(d)
var py_dqhook_fmt_attr = (function (base) {
  py_fmt_attr = function (obj, an) { return py_is_deque(obj) && an === 'maxlen' ? py_dq_maxlen(obj) : base(obj, an); };
  return base;
})(py_fmt_attr);

var py_dqhook_isinstance = (function (base) {
  py_isinstance = function (x, names) {
    if (!py_is_deque(x)) return base(x, names);
    return names.indexOf('object') >= 0 || names.indexOf('deque') >= 0;
  };
  return base;
})(py_isinstance);

var py_dqhook_bound_method = (function (base) {
  py_bound_method = function (x, name, owners) {
    if (py_is_deque(x) && owners.indexOf('deque') >= 0) return x;
    return base(x, name, owners);
  };
  return base;
})(py_bound_method);

// the dispatchers of the list methods deques share (and sort, which they lack)
var py_dqhook_m_append = (function (base) {
  py_m_append = function (self) { return py_is_deque(self) ? py_dq_method(self, 'append', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_append);

var py_dqhook_m_extend = (function (base) {
  py_m_extend = function (self) { return py_is_deque(self) ? py_dq_method(self, 'extend', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_extend);

var py_dqhook_m_insert = (function (base) {
  py_m_insert = function (self) { return py_is_deque(self) ? py_dq_method(self, 'insert', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_insert);

var py_dqhook_m_pop = (function (base) {
  py_m_pop = function (self) { return py_is_deque(self) ? py_dq_method(self, 'pop', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_pop);

var py_dqhook_m_remove = (function (base) {
  py_m_remove = function (self) { return py_is_deque(self) ? py_dq_method(self, 'remove', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_remove);

var py_dqhook_m_index = (function (base) {
  py_m_index = function (self) { return py_is_deque(self) ? py_dq_method(self, 'index', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_index);

var py_dqhook_m_count = (function (base) {
  py_m_count = function (self) { return py_is_deque(self) ? py_dq_method(self, 'count', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_count);

var py_dqhook_m_reverse = (function (base) {
  py_m_reverse = function (self) { return py_is_deque(self) ? py_dq_method(self, 'reverse', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_reverse);

var py_dqhook_m_copy = (function (base) {
  py_m_copy = function (self) { return py_is_deque(self) ? py_dq_method(self, 'copy', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_copy);

var py_dqhook_m_clear = (function (base) {
  py_m_clear = function (self) { return py_is_deque(self) ? py_dq_method(self, 'clear', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_clear);

var py_dqhook_m_sort = (function (base) {
  py_m_sort = function (self) { return py_is_deque(self) ? py_dq_method(self, 'sort', arguments) : base.apply(null, arguments); };
  return base;
})(py_m_sort);
