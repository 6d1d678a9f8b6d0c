// core.js: the value model (see docs/internals/runtime-contract.md), exceptions, truthiness,
// equality, ordering and the conversions at the Dash/JS boundary.

// An integral Python float in a dynamically typed position (e.g. 0.5 + 0.5 == 1.0).
function py_PyFloat(v) { this.v = v; }

function py_fbox(x) {
  return (typeof x === 'number' && x % 1 === 0 && x < 1e21 && x > -1e21) ? new py_PyFloat(x) : x;
}

function py_isnum(x) {
  return typeof x === 'number' || x instanceof py_PyFloat;
}

function py_numval(x) {
  return x instanceof py_PyFloat ? x.v : (x === true ? 1 : (x === false ? 0 : x));
}

// A plain JS -0 is the float -0.0 (no Python int is negative zero), as in format.js and ops.js: int
// arithmetic in the runtime never produces -0, and py_from_js turns a -0 from the page into the int 0
// (what a server callback would receive: JSON.stringify(-0) is "0").
function py_isfloat(x) {
  return x instanceof py_PyFloat ||
    (typeof x === 'number' && !(x % 1 === 0 && Math.abs(x) < 1e21 && (x !== 0 || 1 / x > 0)));
}

function py_isint(x) {
  return typeof x === 'number' && x % 1 === 0 && Math.abs(x) < 1e21 && (x !== 0 || 1 / x > 0);
}

// The tuple mark: a plain property (Object.defineProperty on an array costs ~300 ns in V8, which moves the
// array's properties to dictionary mode, against ~1 ns for an assignment; QuickJS halves too). Enumerable, but
// no Python value reaches foreign code as it is: py_to_js copies arrays for Dash, JavaScript calls and JSON, and
// the runtime enumerates the keys of plain objects only.
function py_tuple(arr) {
  arr.__py_tuple__ = true;
  return arr;
}

function py_istuple(x) {
  return Array.isArray(x) && x.__py_tuple__ === true && x.py_range === undefined;
}

// A range object: the array of its items, marked as a tuple (immutable, read like one) and carrying
// [start, stop, step] as py_range; the helpers where a range is not a tuple (repr, ==, <, +, *, slices,
// JSON, type) test that mark.
function py_range_of(items, start, stop, step) {
  py_tuple(items);
  Object.defineProperty(items, 'py_range', {value: [start, stop, step]});
  return items;
}

function py_typename(x) {
  if (x == null) return 'NoneType';
  switch (typeof x) {
    case 'boolean': return 'bool';
    case 'number': return py_isint(x) ? 'int' : 'float';
    case 'string': return 'str';
    case 'function': return x.py_tn !== undefined ? x.py_tn : 'function';    // py_tn: operator.itemgetter
  }
  if (x instanceof py_PyFloat) return 'float';
  if (Array.isArray(x)) return x.__py_tuple__ === true ? (x.py_range !== undefined ? 'range' : 'tuple') : 'list';
  if (x instanceof Map) return 'dict';
  if (x instanceof Set) return 'set';
  if (x.py_comp === true) return x.type;   // a Dash component: its class name
  if (py_is_exc(x)) return py_exc_type(x);   // an error of the engine itself too (RecursionError), PreventUpdate
  return 'object';
}

// Normalized dict/set key.
// QuickJS hashes a double-tagged integral number (e.g. the result of 2147483648 % 7) apart from the same
// value tagged as an int, so a Set/Map lookup of 5 misses a 5 computed that way; `k | 0` gives small
// integral keys the int tag (a no-op for other engines and for every other value).
function py_key(k) {
  if (typeof k === 'number') return (k | 0) === k ? k | 0 : k;
  if (k instanceof py_PyFloat) return (k.v | 0) === k.v ? k.v | 0 : k.v;
  if (typeof k === 'object' && k !== null) {
    if (Array.isArray(k)) {
      if (k.__py_tuple__ === true) {
        if (k.py_range === undefined) return k.py_tk !== undefined ? k : py_tkey(k);
        throw py_err('TypeError', 'py2cs: range dict keys and set elements are not supported');
      }
      throw py_err('TypeError', "unhashable type: 'list'");
    }
    if (k instanceof Map) throw py_err('TypeError', "unhashable type: '" + py_coll_tn(k) + "'");
    if (k instanceof Set) throw py_err('TypeError', "unhashable type: 'set'");
  }
  return k === undefined ? null : k;
}

// ---------------------------------------------------------------- exceptions

var py_EXC_PARENT = {
  BaseException: null, Exception: 'BaseException', ArithmeticError: 'Exception',
  ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError', LookupError: 'Exception',
  IndexError: 'LookupError', KeyError: 'LookupError', ValueError: 'Exception', UnicodeError: 'ValueError',
  TypeError: 'Exception', AttributeError: 'Exception', NameError: 'Exception', UnboundLocalError: 'NameError',
  RuntimeError: 'Exception', NotImplementedError: 'RuntimeError', RecursionError: 'RuntimeError',
  AssertionError: 'Exception', StopIteration: 'Exception', PreventUpdate: 'Exception',
  JSONDecodeError: 'ValueError', StatisticsError: 'ValueError', IllegalMonthError: 'ValueError'
};

function py_err(type, a0, a1) {
  var args = Array.prototype.slice.call(arguments, 1);
  var e = new Error('');
  e.py_type = type;
  e.py_args = args;
  e.name = type;
  e.message = py_exc_str(e);
  return e;
}

function py_exc_str(e) {
  if (e.py_strv !== undefined) return e.py_strv;     // a class with its own __str__ (IllegalMonthError)
  var args = e.py_args;
  if (!args) {
    // the engine's stack overflow ('stack overflow', 'Maximum call stack size exceeded'): CPython's message
    if (py_exc_type(e) === 'RecursionError') return 'maximum recursion depth exceeded';
    if (py_is_prevent(e)) return '';          // dash.exceptions.PreventUpdate() has the one argument ''
    return e.message === undefined ? String(e) : String(e.message);
  }
  if (args.length === 0) return '';
  if (args.length === 1) return e.py_type === 'KeyError' ? py_repr(args[0]) : py_str(args[0]);
  return py_repr(py_tuple(args.slice()));
}

// e.args: an error of the JS engine itself (a stack overflow) has one argument, its Python message
function py_exc_args(e) {
  return py_tuple(e.py_args ? e.py_args : [py_exc_str(e)]);   // PreventUpdate: ('',)
}

function py_exc_type(e) {
  if (e != null && typeof e === 'object') {
    if (e.py_type) return e.py_type;
    var dc = typeof window !== 'undefined' ? window.dash_clientside : undefined;
    if (dc && e === dc.PreventUpdate) return 'PreventUpdate';
    var msg = String(e.message || '');
    if (e instanceof TypeError) return 'TypeError';
    if (e instanceof RangeError) return /stack/i.test(msg) ? 'RecursionError' : 'ValueError';
    if (e.name === 'InternalError' && /stack|recursion/i.test(msg)) return 'RecursionError';
  }
  return 'Exception';
}

// Dash's PreventUpdate sentinel (window.dash_clientside.PreventUpdate, a plain object, or py2cs's stand-in
// before the first clientside call), caught as an exception: CPython's PreventUpdate('')
function py_is_prevent(x) {
  return x !== null && typeof x === 'object' && !(x instanceof Error) && py_exc_type(x) === 'PreventUpdate';
}

// An exception object: raised and caught, made by ValueError(...), an error of the engine, or PreventUpdate
function py_is_exc(x) {
  return x instanceof Error || py_is_prevent(x);
}

function py_exc_match(e, names) {
  var t = py_exc_type(e);
  while (t) {
    if (names.indexOf(t) >= 0) return true;
    t = py_EXC_PARENT.hasOwnProperty(t) ? py_EXC_PARENT[t] : 'Exception';
    if (t === 'BaseException' && names.indexOf(t) < 0) return false;
  }
  return false;
}

// ---------------------------------------------------------------- True == 1, False == 0 as keys

// Python hashes True like 1 and False like 0, so they are one dict key / set element (the first one
// stored is kept). JS Maps and Sets tell them apart: every keyed access goes through py_tw (a key
// already normalized) or py_mkey (any value), which return the twin already stored in container c.
function py_tw(c, k) {
  if ((k === 1 || k === 0 || k === true || k === false) && !c.has(k)) {
    var t = k === true ? 1 : k === false ? 0 : k === 1 ? true : false;
    if (c.has(t)) return t;
  } else if (typeof k === 'object' && k !== null && k.py_tk !== undefined && !c.has(k)) {
    var vs = py_TKEYS.get(k.py_tk);      // a tuple key: an equal tuple of other element types, (True,) for (1,)
    for (var i = 0; i < vs.length; i++) if (c.has(vs[i])) return vs[i];
  }
  return k;
}

// Tuples as dict keys and set elements. Maps and Sets compare objects by identity, so py_key replaces a
// tuple by the one canonical tuple of its value: py_TKEYS maps the value's text (1, True and 1.0 written
// alike) to its canonical tuples, one per combination of element types ((1,) and (True,) are equal keys
// in CPython, and the first one a dict is given is the one it keeps: py_tw finds it). Tuples are never
// changed, so one can stand for all equal ones. `is` between tuple keys is refused (see py_is).
var py_TKEYS = new Map();

function py_tkey(t) {
  var sig = [], text = py_tkey_text(t, sig), kinds = sig.join('');
  var vs = py_TKEYS.get(text);
  if (vs === undefined) py_TKEYS.set(text, vs = []);
  for (var i = 0; i < vs.length; i++) if (vs[i].py_tkinds === kinds) return vs[i];
  Object.defineProperty(t, 'py_tk', {value: text});
  Object.defineProperty(t, 'py_tkinds', {value: kinds});
  vs.push(t);
  return t;
}

// The text of a tuple key's value (injective: strings carry their length) and, in sig, its element types.
function py_tkey_text(t, sig) {
  var s = '(', x, v;
  // an IsoCalendarDate or a URL result key: equal to its plain tuple, printed apart
  sig.push(t.py_isocal === true ? 'I(' : t.py_urlnt !== undefined ? t.py_urlnt.name + '(' : '(');
  for (var i = 0; i < t.length; i++) {
    x = t[i];
    if (typeof x === 'string') { s += 's' + x.length + ':' + x; sig.push('s'); }
    else if (typeof x === 'boolean') { s += x ? 'n1' : 'n0'; sig.push('b'); }
    else if (x == null) { s += 'z'; sig.push('z'); }
    else if (typeof x === 'number' || x instanceof py_PyFloat) {
      v = py_numval(x);
      if (v !== v) throw py_float_key_err(v);
      s += 'n' + (v === 0 ? '0' : String(v));
      sig.push(py_isint(x) ? 'i' : v === 0 && 1 / v < 0 ? 'm' : 'f');   // -0.0 equals 0.0 but prints apart
    } else if (Array.isArray(x) && x.__py_tuple__ === true && x.py_range === undefined) s += py_tkey_text(x, sig);
    else {
      v = py_key(x);     // CPython's "unhashable type: 'list'" (dict, set), py2cs's refusals (range); a date's canonical
      if (v === null || typeof v !== 'object' || v.py_dk === undefined) {
        throw py_err('TypeError', 'py2cs: a tuple holding a ' + py_coll_tn(x) + ' as a dict key or set element is not supported');
      }
      s += 'd' + v.py_dk.length + ':' + v.py_dk;
      sig.push('d');
    }
    s += ',';
  }
  sig.push(')');
  return s + ')';
}

function py_mkey(c, k) {
  return py_tw(c, py_key(k));
}

// A key about to be inserted into the Map or Set c. CPython keeps the key object it was first given,
// so an int-valued float key stays a float (JSON key "2.0", str '2.0'); Map keys cannot remember
// that, so a NEW int-valued float key is refused. An equal key already there is kept, as in CPython.
// A NaN key is refused too: CPython finds it again only through the same object (identity), a Map
// finds every NaN.
function py_nkey(c, k) {
  var n = py_tw(c, py_key(k));
  if ((k instanceof py_PyFloat && !c.has(n)) || n !== n) throw py_float_key_err(n);
  return n;
}

// py_nkey for a dict display ({2.0: v}), where every key is new.
function py_ikey(k) {
  if (k instanceof py_PyFloat || k !== k) throw py_float_key_err(k);
  return py_key(k);
}

function py_float_key_err(k) {
  if (k !== k) return py_err('TypeError', 'py2cs: NaN as a dict key or set element is not supported (CPython finds it only by identity)');
  return py_err('TypeError', 'py2cs: int-valued float dict keys and set elements (such as 2.0) are not supported');
}

// ---------------------------------------------------------------- unbound variables

// The initial value of a local that may be read before Python binds it (py2cs/lower/definite.py);
// the flagged reads go through py_chk_local / py_chk_free, which raise as CPython does.
var py_UNBOUND = { py_unbound: true };

function py_chk_local(v, name) {
  if (v === py_UNBOUND) throw py_err('UnboundLocalError', "cannot access local variable '" + name + "' where it is not associated with a value");
  return v;
}

function py_chk_free(v, name) {
  if (v === py_UNBOUND) throw py_err('NameError', "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
  return v;
}

// ---------------------------------------------------------------- calls with *args

// f(*xs) for a Python function f(names..., *args, kwonly...): bind the spread positionals as CPython
// does (missing / too many arguments raise its TypeError), packing the rest into the *args tuple.
function py_star_call(f, args, names, ndflt, vararg, nkwonly, qual, reqkw) {
  var npos = names.length, n = args.length, i;
  if (n < npos - ndflt) throw py_fn_missing(qual, names.slice(n, npos - ndflt), 'positional');
  if (!vararg && n > npos) {
    var takes = ndflt ? 'from ' + (npos - ndflt) + ' to ' + npos + ' positional arguments'
      : npos + ' positional argument' + (npos === 1 ? '' : 's');
    throw py_err('TypeError', qual + '() takes ' + takes + ' but ' + n + (n === 1 ? ' was' : ' were') + ' given');
  }
  if (reqkw) throw py_fn_missing(qual, reqkw, 'keyword-only');
  var call = args.slice(0, npos);
  while (call.length < npos) call.push(undefined);
  if (vararg) call.push(py_tuple(args.slice(npos)));
  for (i = 0; i < nkwonly; i++) call.push(undefined);
  return f.apply(null, call);
}

// The items of an argument after * in a call of the builtin `name` (zip(*rows)): CPython's TypeError when
// it is not iterable (name null: the call has other positional arguments, CPython builds a list first).
function py_star_iter(x, name) {
  var a = py_op_iter_opt(x);
  if (a === null) {
    throw py_err('TypeError', (name === null ? 'Value' : name + '() argument') + ' after * must be an iterable, not ' +
      py_coll_tn(x));
  }
  return a;
}

// The keyword arguments of a call with **mapping (fmt.format(**row)), built in the order written: entries
// ["k", name, value] (name=value) and ["m", mapping] (**mapping). CPython's TypeError for a ** value that
// is not a dict or a keyword given twice. The result: a Map, as the other keyword forms pass them.
function py_kwargs(fname, entries) {
  var out = new Map();
  function put(k, v) {
    if (out.has(k)) throw py_err('TypeError', fname + "() got multiple values for keyword argument '" + py_str(k) + "'");
    out.set(k, v);
  }
  for (var i = 0; i < entries.length; i++) {
    var e = entries[i];
    if (e[0] === 'k') { put(e[1], e[2]); continue; }
    if (!(e[1] instanceof Map)) {
      throw py_err('TypeError', fname + '() argument after ** must be a mapping, not ' + py_coll_tn(e[1]));
    }
    e[1].forEach(function (v, k) { put(k, v); });
  }
  return out;
}

// CPython's "f() missing 2 required positional arguments: 'a' and 'b'"
function py_fn_missing(qual, miss, what) {
  var q = [];
  for (var i = 0; i < miss.length; i++) q.push("'" + miss[i] + "'");
  var list = q.length === 1 ? q[0] : q.length === 2 ? q[0] + ' and ' + q[1] : q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
  return py_err('TypeError', qual + '() missing ' + q.length + ' required ' + what + ' argument' + (q.length > 1 ? 's' : '') + ': ' + list);
}

// A Python function used as a value (stored, passed, returned) carries its signature, so that a call
// through the value binds its arguments as CPython does: f.$py = [names, ndflt, vararg, nkwonly, qual,
// the required keyword-only names or null, undefined, the keyword-only names (for py_callkw)]. Direct calls by
// name are checked at compile time and skip this.
function py_fn(f, names, ndflt, vararg, nkwonly, qual, reqkw, kwnames) {
  f.$py = [names, ndflt, vararg, nkwonly, qual, reqkw, undefined, kwnames];
  return f;
}

// A builtin passed as a function value (`apply(len, x)`) is a one-argument wrapper: CPython's builtins take
// other counts with other meanings (round(x, 2), max(a, b), int(s, 16)), which it does not reproduce.
function py_fn_builtin(f, name) {
  f.$py = [['x'], 0, false, 0, name, null, true];
  return f;
}

// f(args...) where f is not known at compile time: CPython's TypeError for a value that is not callable,
// and for a Python function its argument binding (a wrong count raises, *args packs into a tuple).
function py_callv(f, args) {
  if (typeof f !== 'function') throw py_not_callable(f);
  var s = f.$py;
  if (s === undefined || s[6] === 'b') return f.apply(null, args);   // a JavaScript function, a builtin value
  if (s[6] === true && args.length !== 1) {
    throw py_err('TypeError', 'py2cs: ' + s[4] + '() passed as a function value is called with one argument only (here ' +
      args.length + '); pass a lambda that calls ' + s[4] + '() with the arguments it needs');
  }
  return py_star_call(f, args, s[0], s[1], s[2], s[3], s[4], s[5]);
}

// f(args..., name=value...) where f is not known at compile time (kw: a Map of the keyword arguments in the
// order written). A builtin value binds them as CPython does; a Python function by its parameter names.
function py_callkw(f, args, kw) {
  if (typeof f !== 'function') throw py_not_callable(f);
  var s = f.$py;
  if (s !== undefined && s[6] === 'b') return f.$impl(py_bbind(f.$bv, args, kw));
  if (s === undefined || s[6] === true || (s[3] > 0 && s[7] === undefined)) {
    throw py_err('TypeError', 'py2cs: keyword arguments in a call through this function value are not supported; ' +
      'pass them by position');
  }
  return py_fn_kwcall(f, args, kw, s);
}

// A Python function (its py_fn signature s) called through a value with keyword arguments: CPython's binding
// and its TypeErrors (too many positionals, an unexpected or repeated keyword, missing arguments).
function py_fn_kwcall(f, args, kw, s) {
  var names = s[0], npos = names.length, kwnames = s[7] || [], qual = s[4], n = args.length, i;
  if (!s[2] && n > npos) {
    throw py_err('TypeError', 'py2cs: ' + qual + '() called with too many positional arguments and keyword arguments ' +
      'through a value (CPython\'s message for this is not reproduced)');
  }
  var call = new Array(npos + (s[2] ? 1 : 0) + s[3]), given = new Array(call.length);
  for (i = 0; i < npos && i < n; i++) { call[i] = args[i]; given[i] = true; }
  var err = null;
  kw.forEach(function (v, k) {
    if (err !== null) return;
    var j = names.indexOf(k);
    if (j < 0) {
      j = kwnames.indexOf(k);
      if (j >= 0) j += npos + (s[2] ? 1 : 0);
    }
    if (j < 0) err = qual + "() got an unexpected keyword argument '" + k + "'";
    else if (given[j] === true) err = qual + "() got multiple values for argument '" + k + "'";
    else { call[j] = v; given[j] = true; }
  });
  if (err !== null) throw py_err('TypeError', err);
  var miss = [];
  for (i = 0; i < npos - s[1]; i++) if (given[i] !== true) miss.push(names[i]);
  if (miss.length > 0) throw py_fn_missing(qual, miss, 'positional');
  if (s[2]) call[npos] = py_tuple(args.slice(npos));
  if (s[5] !== null) {
    for (i = 0; i < s[5].length; i++) if (given[npos + (s[2] ? 1 : 0) + kwnames.indexOf(s[5][i])] !== true) miss.push(s[5][i]);
    if (miss.length > 0) throw py_fn_missing(qual, miss, 'keyword-only');
  }
  return f.apply(null, call);
}

// ---------------------------------------------------------------- builtins as values

// A builtin, an unbound method or a module function used as a value (AGG = {"sum": sum}, conv = int,
// fmt = str.upper if shout else str.lower): a function that binds its arguments as CPython does (py_bbind)
// and runs, for the arguments given, the lowering of the direct call (impl, made by py2cs/lower/bvalue.py).
// info: [qualified name, repr text or null (a function written in Python: its repr holds an address), type
// name, parameters [name, kind, required] (kind 0 positional-only, 1 positional or keyword, 2 keyword-only,
// 3 *args, 4 **kwargs), CPython's TypeError texts for wrong arguments, receiver type of an unbound method].
function py_bfn(info, impl) {
  var f = function () {
    var n = arguments.length, args = new Array(n);
    for (var i = 0; i < n; i++) args[i] = arguments[i];
    return impl(py_bbind(info, args, null));
  };
  f.$py = [null, 0, false, 0, info[0], null, 'b'];
  f.py_tn = info[2];      // its type's name (py_typename): builtin_function_or_method, type, method_descriptor
  f.$bv = info;
  f.$impl = impl;
  return f;
}

// The values of a builtin value's parameters (v[i], undefined when omitted) and, in v[length], the bit mask of
// the given ones; CPython's TypeError when they do not bind.
function py_bbind(info, args, kw) {
  var ps = info[3], np = ps.length, v = new Array(np + 1), m = 0, pos = 0, n = args.length, i, p;
  if (info[5] !== null && n > 0) py_bv_self(args[0], info[5], info[0]);
  for (i = 0; i < np; i++) {
    p = ps[i];
    if (p[1] === 3) { v[i] = args.slice(pos); pos = n; m |= 1 << i; }
    else if (p[1] <= 1 && pos < n) { v[i] = args[pos++]; m |= 1 << i; }
  }
  var bad = pos < n;
  if (!bad && kw !== null) {
    kw.forEach(function (val, k) {
      if (bad) return;
      for (var j = 0; j < np; j++) {
        if (ps[j][0] === k && (ps[j][1] === 1 || ps[j][1] === 2)) {
          if ((m & (1 << j)) !== 0) bad = true;
          v[j] = val;
          m |= 1 << j;
          return;
        }
      }
      for (j = 0; j < np; j++) {
        if (ps[j][1] === 4) {
          if (v[j] === undefined) v[j] = new Map();
          v[j].set(k, val);
          m |= 1 << j;
          return;
        }
      }
      bad = true;
    });
  }
  for (i = 0; i < np && !bad; i++) if (ps[i][2] === true && (m & (1 << i)) === 0) bad = true;
  if (bad) throw py_bbind_err(info, n, kw);
  v[np] = m;
  return v;
}

// CPython's TypeError for arguments that do not bind: its text for this count and these keyword names (read
// from CPython when the value was compiled), else a py2cs TypeError.
function py_bbind_err(info, n, kw) {
  var names = [];
  if (kw !== null) kw.forEach(function (v, k) { names.push(k); });
  names.sort();
  var errs = info[4], key = n + '|' + names.join(',');
  if (Object.prototype.hasOwnProperty.call(errs, key)) return py_err('TypeError', errs[key]);
  if (names.length === 0 && errs.P !== undefined && n > errs.N) return py_err('TypeError', errs.P.split('{n}').join(String(n)));
  if (names.length === 1 && errs['K' + n] !== undefined) {
    var known = false;
    for (var i = 0; i < info[3].length; i++) if (info[3][i][0] === names[0]) known = true;
    if (!known) return py_err('TypeError', errs['K' + n].split('{k}').join(names[0]));
  }
  return py_err('TypeError', 'py2cs: ' + info[0] + '() called through a value with these arguments raises a TypeError ' +
    'in CPython whose text py2cs does not reproduce; call ' + info[0] + '() directly');
}

// The receiver of an unbound method called through a value (str.upper(x)): CPython's TypeError when it is not
// of the method's type.
function py_bv_self(x, type, qual) {
  var ok = type === 'str' ? typeof x === 'string' : type === 'dict' ? x instanceof Map : type === 'set' ? x instanceof Set
    : type === 'list' ? Array.isArray(x) && x.__py_tuple__ !== true
    : Array.isArray(x) && x.__py_tuple__ === true && x.py_range === undefined;
  if (!ok) {
    throw py_err('TypeError', "descriptor '" + qual.slice(qual.indexOf('.') + 1) + "' for '" + type +
      "' objects doesn't apply to a '" + py_op_tn(x) + "' object");
  }
}

// isinstance(x, c) where the class c is a value (for k, t in (('n', (int, float)), ('l', list))): the class names
// of c (a builtin class, or a tuple of classes and tuples) as py_isinstance takes them; CPython's TypeError else.
function py_isinstance_v(x, c) {
  var names = [];
  py_isinstance_names(c, names);
  return py_isinstance(x, names);
}

function py_isinstance_names(c, out) {
  if (typeof c === 'function' && c.$bv !== undefined && c.$bv[2] === 'type') {
    if (c.$bv[0] === 'range' || c.$bv[0].indexOf('datetime.') === 0) {
      throw py_err('TypeError', 'py2cs: isinstance(x, ' + c.$bv[0] + ') with the class held by a value is not supported; ' +
        'name the class in the call');
    }
    out.push(c.$bv[0]);
    return;
  }
  if (py_istuple(c)) {
    for (var i = 0; i < c.length; i++) py_isinstance_names(c[i], out);
    return;
  }
  throw py_err('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

// A builtin value whose arguments the direct call refuses too (a keyword py2cs does not support)
function py_bv_refused(qual, what) {
  return py_err('TypeError', 'py2cs: ' + qual + '() ' + what);
}

// The function the runtime calls with n positional arguments (a sort key: 1, map over n iterables: n):
// f itself when that binds plainly, else a wrapper that binds as CPython does (raising at the first call).
function py_fn_n(f, n) {
  if (typeof f !== 'function' && f != null) return function () { throw py_not_callable(f); };   // key=1: at the first call
  var s = typeof f === 'function' ? f.$py : undefined;
  if (s === undefined || s[6] === 'b' || (s[5] === null && !s[2] && n <= s[0].length && n >= s[0].length - s[1])) return f;
  return function () { return py_callv(f, Array.prototype.slice.call(arguments)); };
}

// The function of a lazy map(f, ...) / filter(f, ...) loop over n iterables: py_fn_n's binding, or for a
// value that is not callable one that raises CPython's TypeError at the first item (filter(None, xs): null).
function py_lazy_fn(f, n, isFilter) {
  if (typeof f === 'function') return py_fn_n(f, n);
  if (f === null && isFilter === true) return null;
  return function () { throw py_not_callable(f); };
}

// map() and filter() pulled one item at a time (a loop over enumerate/zip of them, any/all): JS iterator
// objects calling the function once per item, as CPython's iterators do. srcs: the iterables, read as
// CPython's iterators read them (a list live, a dict that changed size raises).
function py_it_map(f, srcs) {
  var src = py_it_sources(srcs);
  return {py_it: true, next: function () {
    var args = src.row();
    if (typeof args === 'number') return {done: true, value: undefined, stop: src.stop};
    try {
      return {done: false, value: f.apply(null, args)};
    } catch (e) {
      // a StopIteration raised by the function ends the map for CPython's consumers (no PEP 479 here); next()
      // without a default raises it as it is (py_next)
      if (py_is_stop(e)) return {done: true, value: undefined, stop: e};
      throw e;
    }
  }};
}

// The iterables of map() or zip(), pulled in step: each is read as CPython's iterator reads it (a list live, a
// dict that changed size raises) or is a JS iterator object (a generator, map(), filter()). pull(i): the next
// item of source i, or py_NOITEM when it has none; row(): the next item of each in order (an array), or the
// index of the first that has none (a number).
function py_it_sources(srcs) {
  var n = srcs.length, arrs = new Array(n), sizes = new Array(n), k = 0, j;
  for (j = 0; j < n; j++) {
    if (py_is_it(srcs[j])) arrs[j] = null;
    else { arrs[j] = py_iter(srcs[j]); sizes[j] = py_dsize(srcs[j]); }
  }
  function pull(i) {
    if (arrs[i] === null) {
      var r = srcs[i].next();
      if (!r.done) return r.value;
      self.stop = r.stop;       // the StopIteration that ended a map() or filter() source, for py_next
      return py_NOITEM;
    }
    py_iter_check(srcs[i], sizes[i]);
    return k < arrs[i].length ? arrs[i][k] : py_NOITEM;
  }
  var self = {n: n, pull: pull, stop: undefined, row: function () {
    var row = new Array(n);
    for (var i = 0; i < n; i++) {
      var v = pull(i);
      if (v === py_NOITEM) return i;
      row[i] = v;
    }
    k++;
    return row;
  }};
  return self;
}

// A StopIteration (which ends a map() or filter() whose function raises it, as CPython's consumers take it).
function py_is_stop(e) {
  return e !== null && typeof e === 'object' && e.py_type === 'StopIteration';
}

// filter()'s predicate on one item; a StopIteration it raises ends the filter (as in py_it_map): the exception
// (an object, for py_next) in place of a boolean
function py_it_keep(f, v) {
  try {
    return f === null ? py_bool(v) : py_bool(f(v));
  } catch (e) {
    if (py_is_stop(e)) return e;
    throw e;
  }
}

function py_it_filter(f, src) {
  if (py_is_it(src)) {
    return {py_it: true, next: function () {
      for (var r = src.next(); !r.done; r = src.next()) {
        var keep = py_it_keep(f, r.value);
        if (keep === true) return r;
        if (keep !== false) return {done: true, value: undefined, stop: keep};
      }
      return r;                 // (with the StopIteration that ended a map() or filter() source)
    }};
  }
  var k = 0, a = py_iter(src), size = py_dsize(src);
  return {py_it: true, next: function () {
    while (py_iter_check(src, size) && k < a.length) {
      var v = a[k++], keep = py_it_keep(f, v);
      if (keep === true) return {done: false, value: v};
      if (keep !== false) return {done: true, value: undefined, stop: keep};
    }
    return {done: true, value: undefined};
  }};
}

// zip(..., strict=True/False), and zip() of generators / map() / filter(), pulled one tuple at a time (sources as
// for py_it_map). With strict, when one ends before the others CPython's ValueError names it (the items pulled
// so far are lost).
function py_it_zip(srcs, strict) {
  var src = py_it_sources(srcs), over = false;
  function which(i) { return (i === 1 ? ' ' : 's 1-') + i; }
  return {py_it: true, next: function () {
    if (over || src.n === 0) return {done: true, value: undefined};
    var row = src.row();
    if (typeof row !== 'number') return {done: false, value: py_tuple(row)};
    over = true;
    if (strict) {
      if (row > 0) throw py_err('ValueError', 'zip() argument ' + (row + 1) + ' is shorter than argument' + which(row));
      for (var m = 1; m < src.n; m++) {
        if (src.pull(m) !== py_NOITEM) throw py_err('ValueError', 'zip() argument ' + (m + 1) + ' is longer than argument' + which(m));
      }
    }
    return {done: true, value: undefined};
  }};
}

// The end of a JS iterator object ({done, value} from next()).
var py_IT_DONE = {done: true, value: undefined};

// iter(x): x itself when it is a JS iterator object, else an iterator reading x as CPython's iterators read it
// (as py_it_sources does: a list live, a dict with its size checked at each step; TypeError now for a value that
// is not iterable, as iter() raises). Once at its end it stays there, as CPython's list iterator does. For
// itertools' arguments, and a generator expression's first iterable made when the generator is (next(gen,
// d.pop(k)): the TypeError, the dict's size, before the default is evaluated).
function py_itx(x) {
  if (py_is_it(x)) return x;
  var a = py_iter(x), k = 0, size = py_dsize(x);
  return {py_it: true, next: function () {
    if (a === null) return py_IT_DONE;
    if (size >= 0) py_iter_check(x, size);
    if (k < a.length) return {done: false, value: a[k++]};
    a = null;
    return py_IT_DONE;
  }};
}

// next(iter(x), default): iter(x) before the default is evaluated (its TypeError, a dict's size), as in CPython
function py_iter_snap(x) {
  if (!(x instanceof Set)) py_iter(x);      // (a set: py_next_first reads one of one element)
  return {x: x, n: py_dsize(x)};
}

function py_next_snap(s, dflt) {
  py_iter_check(s.x, s.n);
  return py_next_first(s.x, dflt, true);
}

// enumerate(it, start) of a JS iterator object (a generator, map(), filter(), zip()), one (index, item) at a time.
function py_it_enumerate(src, start) {
  var k = py_op_index(start);     // (its TypeError before any item is computed, as CPython's enumerate())
  return {py_it: true, next: function () {
    var r = src.next();
    if (r.done) return r;
    var t = py_tuple([k, r.value]);
    k = py_iplus(k, 1);
    return {done: false, value: t};
  }};
}

// A JS iterator object py2cs made for a generator expression (a JS generator), map() or filter().
function py_is_it(s) {
  return typeof s === 'object' && s !== null && typeof s.next === 'function' && !Array.isArray(s) &&
    (s.py_it === true || Object.prototype.toString.call(s) === '[object Generator]');
}

// PEP 479: a StopIteration that escapes a generator expression's body becomes RuntimeError.
function py_gen_stop(e) {
  if (py_is_stop(e)) {
    return py_err('RuntimeError', 'generator raised StopIteration');
  }
  return e;
}

// next(it[, default]) of an iterator made in the call (a generator, map(), filter()): its first item.
function py_next(it, dflt, hasDefault) {
  var s = it.next();
  if (!s.done) return s.value;
  if (hasDefault) return dflt;
  // the StopIteration a map()'s or filter()'s function raised propagates as it is (CPython's next() passes it on)
  throw s.stop || py_err('StopIteration');
}

// next(iter(x)[, default]): the first item of x (iter() raises for a value that is not iterable).
function py_next_first(x, dflt, hasDefault) {
  var a = x instanceof Set && x.size < 2 ? py_set_vals(x) : py_iter(x);   // (one element: no order to define)
  if (a.length > 0) return a[0];
  if (hasDefault) return dflt;
  throw py_err('StopIteration');
}

// list(map(f, gen)): the items of a JS iterator object, each computed as the list takes it.
function py_it_list(it) {
  var out = [];
  for (var s = it.next(); !s.done; s = it.next()) out.push(s.value);
  return out;
}

// x in it (a generator, map() or filter() as a JS iterator object): the first equal item ends the search.
function py_in_it(x, it) {
  for (var s = it.next(); !s.done; s = it.next()) {
    if (py_eq_item(s.value, x)) return true;
  }
  return false;
}

// any(it) (isAny) / all(it): the first deciding item ends the iteration.
function py_any_it(it, isAny) {
  for (var s = it.next(); !s.done; s = it.next()) {
    if (py_bool(s.value) === isAny) return isAny;
  }
  return !isAny;
}

// Shared forEach callbacks (this = the array being filled): the keys, the values or the (key, value)
// tuples of a Map, or the elements of a Set, in order. Cheaper than Array.from(m.keys()) and no
// closure per call.
function py_push_key(v, k) { this.push(k); }

function py_push_val(v) { this.push(v); }

function py_push_item(v, k) { this.push(py_tuple([k, v])); }

function py_map_keys(m) {
  var out = [];
  m.forEach(py_push_key, out);
  return out;
}

function py_set_vals(s) {          // also the values of a Map (dict.values())
  var out = [];
  s.forEach(py_push_val, out);
  return out;
}

// ---------------------------------------------------------------- the JS boundary

function py_from_js(x) {
  if (typeof x !== 'object') return x === undefined ? null : x === 0 ? 0 : x;   // -0 from the page: the int 0, as JSON transports it
  if (x === null) return null;
  var i, n, e, t;
  if (Array.isArray(x)) {
    n = x.length;
    var out = new Array(n);
    for (i = 0; i < n; i++) {
      e = x[i];   // primitives inline (the common case: strings and numbers first), containers recursively
      t = typeof e;
      out[i] = t === 'string' ? e : t === 'number' ? (e === 0 ? 0 : e) :
        (t === 'object' && e !== null) ? py_from_js(e) : (e === undefined ? null : e);
    }
    return out;
  }
  var proto = Object.getPrototypeOf(x);
  // Maps, Sets, boxed floats (already Python values) and JS objects (DOM node, Date...) stay as they are
  if (proto !== Object.prototype && proto !== null) return x;
  var m = new Map();
  var keys = Object.keys(x), k;
  for (i = 0, n = keys.length; i < n; i++) {
    k = keys[i];
    e = x[k];
    t = typeof e;
    m.set(k, t === 'string' ? e : t === 'number' ? (e === 0 ? 0 : e) :
      (t === 'object' && e !== null) ? py_from_js(e) : (e === undefined ? null : e));
  }
  return m;
}

// The key of a dict a callback returns. A date key has no one answer: Dash's server encoder (plotly's
// to_json_plotly) writes its isoformat() with orjson installed and raises TypeError without.
function py_result_key(k) {
  if (k !== null && typeof k === 'object' && k.py_dk !== undefined) {
    throw py_err('TypeError', 'py2cs: a date as a key of a dict returned to Dash (Dash\'s server sends its isoformat() when orjson is installed and fails without); use d.isoformat() as the key');
  }
  if (typeof k === 'number' && !py_isint(k)) {
    // json.dumps writes a float key as its repr ('1e-05', 'Infinity'), orjson (which Dash's server uses when it
    // is installed) as '0.00001', '1e-5', 'null': they agree only when the repr has no exponent
    var r = py_float_repr(k);
    if (k - k !== 0 || r.indexOf('e') >= 0) {
      throw py_err('TypeError', 'py2cs: the float ' + r + ' as a key of a dict returned to Dash (Dash\'s server '
        + 'writes it differently with orjson installed and without); use str(k) as the key');
    }
  }
  return py_json_key(k);
}

function py_json_key(k) {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined) return 'null';
  if (k === true) return 'true';
  if (k === false) return 'false';
  if (typeof k === 'number') return py_isint(k) ? String(k) : py_float_repr(k);
  throw py_err('TypeError', 'keys must be str, int, float, bool or None, not ' + py_coll_tn(k));
}

// The value Dash receives (JSON): lists and tuples become arrays, dicts objects, boxed floats numbers. A
// container holding itself has no JSON form (CPython's ValueError). py_to_js also converts the arguments
// of JavaScript calls, where a Python function stays a function; in a returned value (py_to_js_ret) it is
// CPython's TypeError.
var py_TO_JS_RET = false;

function py_to_js(x) {
  py_TO_JS_RET = false;
  return py_to_js_top(x);
}

function py_to_js_ret(x) {
  py_TO_JS_RET = true;
  return py_to_js_top(x);
}

function py_to_js_top(x) {
  if (x === null || typeof x !== 'object') return py_to_js_leaf(x);
  try {
    return py_to_js_rec(x);
  } catch (e) {
    throw py_to_js_cycle(e, x);
  }
}

// None (null, or undefined from the page) and a function (see py_to_js_fn) in a converted value
function py_to_js_leaf(v) {
  return v == null ? null : typeof v === 'function' ? py_to_js_fn(v) : v;
}

function py_to_js_fn(f) {
  if (py_TO_JS_RET === true) {
    var tn = f.py_tn !== undefined ? f.py_tn.slice(f.py_tn.lastIndexOf('.') + 1) : 'function';   // (itemgetter)
    throw py_err('TypeError', 'Object of type ' + tn + ' is not JSON serializable');
  }
  return py_js_fn(f);
}

// The conversion recursed until the engine's stack ran out: if the value contains itself, CPython's json
// encoder names the cycle (checked here, after the fact, so the common case pays nothing).
function py_to_js_cycle(e, x) {
  if (e && e.py_type) return e;
  var path = new Set(), done = new Set(), stack = [x, false];
  while (stack.length > 0) {
    var leaving = stack.pop(), v = stack.pop();
    if (leaving) { path.delete(v); done.add(v); continue; }
    if (path.has(v)) return py_err('ValueError', 'Circular reference detected');
    if (done.has(v)) continue;
    path.add(v);
    stack.push(v, true);
    var kids = Array.isArray(v) ? v : v instanceof Map ? py_set_vals(v) : [];
    for (var i = kids.length - 1; i >= 0; i--) {
      if (kids[i] !== null && typeof kids[i] === 'object') stack.push(kids[i], false);
    }
  }
  return e;
}

function py_to_js_rec(x) {
  if (Array.isArray(x)) {
    if (x.py_range !== undefined) throw py_err('TypeError', 'Object of type range is not JSON serializable');
    var n = x.length, out = new Array(n);
    for (var i = 0; i < n; i++) {
      var e = x[i], t = typeof e;   // strings and numbers first, containers recursively
      out[i] = (t === 'string' || t === 'number' || t === 'boolean') ? e : (t === 'object' && e !== null) ? py_to_js_rec(e)
        : py_to_js_leaf(e);
    }
    return out;
  }
  if (x instanceof Map) {
    var o = {};
    x.forEach(py_to_js_entry, o);   // one shared callback (this = o), no closure per dict
    return o;
  }
  if (x instanceof py_PyFloat) return x.v;
  if (x instanceof Set) throw py_err('TypeError', 'Object of type set is not JSON serializable');
  if (x.py_comp === true) return x.py_ops.json(x, false);   // Component.to_plotly_json
  if (py_TO_JS_RET === true && py_is_exc(x)) {    // a caught exception returned (CPython's json encoder fails)
    throw py_err('TypeError', 'Object of type ' + py_exc_type(x) + ' is not JSON serializable');
  }
  return x;
}

function py_to_js_entry(v, k) {
  var t = typeof v;
  if (typeof k === 'string' && k !== '__proto__') {   // the common str key (it cannot raise): no setter can intervene
    this[k] = (t === 'string' || t === 'number' || t === 'boolean') ? v : (t === 'object' && v !== null) ? py_to_js_rec(v)
      : py_to_js_leaf(v);
    return;
  }
  var jk = py_result_key(k);   // the key first, as json.dumps
  var w = (t === 'string' || t === 'number' || t === 'boolean') ? v : (t === 'object' && v !== null) ? py_to_js_rec(v)
    : py_to_js_leaf(v);
  Object.defineProperty(this, jk, {value: w, enumerable: true, writable: true, configurable: true});
}

// ---------------------------------------------------------------- truthiness, identity, equality

function py_bool(x) {
  if (x == null) return false;
  switch (typeof x) {
    case 'boolean': return x;
    case 'number': return x !== 0;
    case 'string': return x.length > 0;
  }
  if (Array.isArray(x)) return x.length > 0 && x.__py_falsy__ !== true;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  if (x instanceof py_PyFloat) return x.v !== 0;
  if (x.py_comp === true) return x.py_ops.truthy === true || x.py_ops.len(x) > 0;   // Component.__len__ (re: true)
  return !py_js_plain(x) || Object.keys(x).length > 0;   // a JavaScript object (py2cs.js) in a Python value: a dict
}

function py_not(x) { return !py_bool(x); }

// `a is b`. Containers, None and bools are exact. For numbers and strings CPython's answer depends on
// its object caches: different values are never identical and small ints (-5..256), '' and latin-1
// characters are cached, but for other equal values the answer is CPython's accident: refuse.
function py_is(a, b) {
  if (a == null) return b == null;
  if (a === b && typeof a === 'object') {
    if (a.py_tk !== undefined || a.py_dk !== undefined) {
      throw py_err('TypeError', "py2cs: 'is' between tuples or dates used as dict keys or set elements is not supported (py2cs keeps one object per value); use ==");
    }
    return true;
  }
  var na = typeof a === 'number' || a instanceof py_PyFloat, nb = typeof b === 'number' || b instanceof py_PyFloat;
  if (na && nb) {
    var x = py_numval(a), y = py_numval(b);
    if (x !== x && y !== y) {      // math.nan is math.nan: True (one object); float('nan') is float('nan'): False
      throw py_err('TypeError', "py2cs: 'is' between NaNs depends on object identity in CPython; test math.isnan() instead");
    }
    if (x !== y || (x !== x)) return false;
    if (py_isint(a) && py_isint(b) && x >= -5 && x <= 256) return true;
  } else if (typeof a === 'string' && typeof b === 'string') {
    if (a !== b) return false;
    if (a.length === 0 || (a.length === 1 && a.charCodeAt(0) < 256)) return true;
  } else {
    return a === b;
  }
  throw py_err('TypeError', "py2cs: 'is' between equal numbers or strings depends on CPython's object caching; use ==");
}

function py_eq(a, b) {
  if (a === b) return typeof a !== 'number' || a === a;
  if (a == null || b == null) return a == null && b == null;
  var ta = typeof a, tb = typeof b;
  if ((ta === 'number' || ta === 'boolean' || a instanceof py_PyFloat) &&
      (tb === 'number' || tb === 'boolean' || b instanceof py_PyFloat)) {
    return py_numval(a) === py_numval(b);
  }
  if (ta !== 'object' || tb !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || (a.__py_tuple__ === true) !== (b.__py_tuple__ === true) || a.length !== b.length) return false;
    if ((a.py_range !== undefined) !== (b.py_range !== undefined)) return false;   // a range equals only a range
    for (var i = 0; i < a.length; i++) if (!py_eq_item(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map)) return false;
    if (py_is_counter(a) && py_is_counter(b)) return a.py_coll.eq(a, b);
    if (a.size !== b.size) return false;
    var ok = true;
    a.forEach(function (v, k) { var bk = py_tw(b, k); if (ok && (!b.has(bk) || !py_eq_item(v, b.get(bk)))) ok = false; });
    return ok;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    var all = true;
    a.forEach(function (v) { if (all && !b.has(py_tw(b, v))) all = false; });
    return all;
  }
  return false;
}

function py_ne(a, b) { return !py_eq(a, b); }

// Equality of two items of containers (==, in, index, count, remove, ordering of sequences): CPython
// tests identity first, so two NaN floats there are equal when they are one object and unequal when
// they are two, which a JS number cannot tell: refused rather than guessed.
function py_eq_item(a, b) {
  if (a !== a && b !== b && typeof a === 'number' && typeof b === 'number') {
    throw py_err('TypeError', 'py2cs: NaN compared with NaN inside a container depends on object identity in CPython; test math.isnan() instead');
  }
  return py_eq(a, b);
}

// ---------------------------------------------------------------- ordering

function py_cmp_error(op, a, b) {
  if (py_is_counter(a) && py_is_counter(b)) return a.py_coll.refused("comparing Counters with '" + op + "' (a multiset inclusion test)");
  return py_err('TypeError', "'" + op + "' not supported between instances of '" + py_coll_tn(a) + "' and '" + py_coll_tn(b) + "'");
}

// Code-point order of two strings (JS compares UTF-16 units, which differs above U+FFFF).
function py_strcmp(a, b) {
  var n = Math.min(a.length, b.length);
  for (var i = 0; i < n; i++) {
    var x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xD800 && x <= 0xDFFF || y >= 0xD800 && y <= 0xDFFF) {
        var cx = a.codePointAt(i), cy = b.codePointAt(i);
        if (x >= 0xDC00 && x <= 0xDFFF) cx = x;
        if (y >= 0xDC00 && y <= 0xDFFF) cy = y;
        return cx < cy ? -1 : (cx > cy ? 1 : 0);
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : (a.length > b.length ? 1 : 0);
}

// Three-way comparison for <, <=, >, >=; returns NaN when unordered (float nan).
function py_cmp(a, b, op) {
  var ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') return a < b ? -1 : (a > b ? 1 : (a === b ? 0 : NaN));
  if ((ta === 'number' || ta === 'boolean' || a instanceof py_PyFloat) &&
      (tb === 'number' || tb === 'boolean' || b instanceof py_PyFloat)) {
    var x = py_numval(a), y = py_numval(b);
    return x < y ? -1 : (x > y ? 1 : (x === y ? 0 : NaN));
  }
  if (ta === 'string' && tb === 'string') return py_strcmp(a, b);
  if (Array.isArray(a) && Array.isArray(b) && (a.__py_tuple__ === true) === (b.__py_tuple__ === true) &&
      a.py_range === undefined && b.py_range === undefined) {      // (ranges are not ordered)
    var n = Math.min(a.length, b.length);
    for (var i = 0; i < n; i++) {
      if (!py_eq_item(a[i], b[i])) return py_cmp(a[i], b[i], op);
    }
    return a.length - b.length;
  }
  throw py_cmp_error(op, a, b);
}

function py_set_le(a, b) {
  var ok = a.size <= b.size;
  if (ok) a.forEach(function (v) { if (ok && !b.has(py_tw(b, v))) ok = false; });
  return ok;
}

function py_lt(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a instanceof Set && b instanceof Set) return a.size < b.size && py_set_le(a, b);
  return py_cmp(a, b, '<') < 0;
}

function py_le(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (a instanceof Set && b instanceof Set) return py_set_le(a, b);
  return py_cmp(a, b, '<=') <= 0;
}

function py_gt(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (a instanceof Set && b instanceof Set) return b.size < a.size && py_set_le(b, a);
  return py_cmp(a, b, '>') > 0;
}

function py_ge(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (a instanceof Set && b instanceof Set) return py_set_le(b, a);
  return py_cmp(a, b, '>=') >= 0;
}

// <, <=, >, >= where one operand is statically a float (passed unboxed) and the other's type is unknown:
// past the number/number fast path the plain number is the float one, boxed so that an error names it.
function py_ltf(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b;
    return b instanceof py_PyFloat ? a < b.v : py_lt(py_fbox(a), b);   // float < float: the plain comparison
  }
  return a instanceof py_PyFloat ? a.v < b : py_lt(a, py_fbox(b));
}

function py_lef(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a <= b;
    return b instanceof py_PyFloat ? a <= b.v : py_le(py_fbox(a), b);   // float <= float: the plain comparison
  }
  return a instanceof py_PyFloat ? a.v <= b : py_le(a, py_fbox(b));
}

function py_gtf(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a > b;
    return b instanceof py_PyFloat ? a > b.v : py_gt(py_fbox(a), b);   // float > float: the plain comparison
  }
  return a instanceof py_PyFloat ? a.v > b : py_gt(a, py_fbox(b));
}

function py_gef(a, b) {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a >= b;
    return b instanceof py_PyFloat ? a >= b.v : py_ge(py_fbox(a), b);   // float >= float: the plain comparison
  }
  return a instanceof py_PyFloat ? a.v >= b : py_ge(a, py_fbox(b));
}

function py_in(x, c) {
  if (typeof c === 'string') {
    if (typeof x !== 'string') throw py_err('TypeError', "'in <string>' requires string as left operand, not " + py_coll_tn(x));
    return c.indexOf(x) >= 0;
  }
  if (Array.isArray(c)) {
    for (var i = 0; i < c.length; i++) if (py_eq_item(c[i], x)) return true;
    return false;
  }
  if (c instanceof Map || c instanceof Set) {
    // CPython retries an unhashable set probe of a set as a frozenset (never an element here)
    if (c instanceof Set && x instanceof Set) return false;
    return c.has(typeof x === 'string' ? x : py_mkey(c, x));
  }
  if (c !== null && typeof c === 'object' && c.py_comp === true) throw c.py_ops.refused('`in` on', c);
  throw py_err('TypeError', "argument of type '" + py_coll_tn(c) + "' is not iterable");
}

// x in c where c is statically a dict or a set (a Map or a Set): the lookup without the type tests.
function py_in_keyed(x, c) {
  if (typeof x === 'string') return c.has(x);
  // an int other than 0 and 1 (no True/False twin), int-tagged as py_key does; -0 is the float
  if ((x | 0) === x && x !== 0 && x !== 1) return c.has(x | 0);
  if (c instanceof Set && x instanceof Set) return false;    // as py_in
  return c.has(py_mkey(c, x));
}

// x in d.keys() (what 'keys') and x in d.items() (what 'items'), d of unknown type: CPython's view
// membership. A key is hashed (an unhashable one raises TypeError); an item must be a 2-tuple whose key is
// present with an equal value.
function py_in_view(x, d, what) {
  if (!(d instanceof Map)) {
    if (what === 'keys') py_m_keys(d);
    else py_m_items(d);
  }
  if (what === 'keys') return py_in(x, d);
  if (!py_istuple(x) || x.length !== 2) return false;
  var k = py_mkey(d, x[0]);
  if (!d.has(k)) return false;
  return py_eq_item(d.get(k), x[1]);
}

// ---------------------------------------------------------------- compiler support

// x += y: lists extend in place (aliases see the change), a Counter adds in place (Counter.__iadd__),
// everything else rebinds.
function py_iadd(a, b) {
  if (Array.isArray(a) && a.__py_tuple__ !== true) {
    var items = py_iter(b);
    for (var i = 0, n = items.length; i < n; i++) a.push(items[i]);
    return a;
  }
  if (py_is_counter(a)) return a.py_coll.iop(a, b, '+');
  return py_aug_op(py_add, a, b, '+');
}

// a op b for x op= y where x is rebound: CPython's message names the augmented operator (py_aug_err).
function py_aug_op(op, a, b, sym) {
  try {
    return op(a, b);
  } catch (e) {
    throw py_aug_err(e, sym);
  }
}

// CPython names the augmented operator in the TypeError of an in-place operation ('+=', not '+'): the message of
// the operation itself (its operands are values, no user code runs in it).
function py_aug_err(e, op) {
  var pre = 'unsupported operand type(s) for ' + (op === '**' ? '** or pow()' : op) + ':';
  if (e && e.py_type === 'TypeError' && e.py_args && e.py_args.length === 1 && typeof e.py_args[0] === 'string' &&
      e.py_args[0].indexOf(pre) === 0) {
    return py_err('TypeError', 'unsupported operand type(s) for ' + op + '=:' + e.py_args[0].slice(pre.length));
  }
  return e;
}

// d |= other: dicts update in place (a Counter: Counter.__ior__), sets too.
function py_ior(a, b) {
  if (a instanceof Map) {
    if (py_is_counter(a)) return a.py_coll.iop(a, b, '|');
    if (b instanceof Map) {
      b.forEach(function (v, k) { a.set(py_tw(a, k), v); });
      return a;
    }
    py_dict_update(a, b);   // d |= other takes what dict.update takes (an iterable of pairs)
    return a;
  }
  if (a instanceof Set && b instanceof Set) { py_set_update(a, [b]); return a; }
  return py_aug_op(py_bitor, a, b, '|');
}

// x -= y, x &= y, x ^= y: a set changes in place as its *_update methods do (set.__isub__, __iand__, __ixor__:
// aliases see it), so does a Counter (-=, &=); everything else rebinds to x op y.
function py_isub(a, b) {
  if (a instanceof Set && b instanceof Set) { py_set_difference_update(a, [b]); return a; }
  if (py_is_counter(a)) return a.py_coll.iop(a, b, '-');
  return py_aug_op(py_sub, a, b, '-');
}

function py_iand(a, b) {
  if (a instanceof Set && b instanceof Set) { py_set_intersection_update(a, [b]); return a; }
  if (py_is_counter(a)) return a.py_coll.iop(a, b, '&');
  return py_aug_op(py_bitand, a, b, '&');
}

function py_ixor(a, b) {
  if (a instanceof Set && b instanceof Set) { py_set_symmetric_difference_update(a, b); return a; }
  return py_aug_op(py_bitxor, a, b, '^');
}

// round(x, n) when the type of x is only known at run time.
function py_round_any(x, n) {
  if (n == null) return py_round(py_numval(x), undefined, false);
  var f = py_isfloat(x);
  var r = py_round(x === true ? 1 : x === false ? 0 : py_numval(x), n, f);
  return f ? py_fbox(r) : r;
}

// x *= n: lists repeat in place (aliases see the change), everything else rebinds.
function py_imul_inplace(a, n) {
  if (Array.isArray(a) && a.__py_tuple__ !== true && (typeof n === 'number' || typeof n === 'boolean')) {
    var r = py_mul(a, n);
    a.length = 0;
    for (var i = 0; i < r.length; i++) a.push(r[i]);
    return a;
  }
  // a dict, set or range has sequence slots without repeat: CPython does not try the right operand's repeat
  if (a instanceof Map || a instanceof Set || (Array.isArray(a) && a.py_range !== undefined)) throw py_op_binerr('*=', a, n);
  return py_aug_op(py_mul, a, n, '*');
}
