// itertools and functools.reduce (py2cs/lower/itlow.py). Every iterator here is a JS iterator object as
// py_it_map makes ({done, value} from next()), pulled one item at a time by the consumers that pull
// generators and map() (py_it_list, py_it_sources, for loops...). Sources are read as CPython's iterators read
// them: a list live, a dict with its size checked (py_it_sources), a JS iterator object item by item. A
// StopIteration raised by a function an iterator calls ends that iterator, as CPython's consumers take it.
// (py_itx, iter() of an argument, and py_IT_DONE are in core.js.)

// d.keys() / d.values() / d.items() (kind 0, 1, 2) as an itertools argument: a dict read live, as CPython's view
// iterators read it (a value as it is when its item is pulled; RuntimeError when the dict changed size);
// anything else through the method (AttributeError for a value that has none).
function py_it_view(d, kind) {
  if (!(d instanceof Map)) return py_itx(kind === 0 ? py_m_keys(d) : kind === 1 ? py_m_values(d) : py_m_items(d));
  var keys = py_map_keys(d), size = py_dsize(d), k = 0;
  return {py_it: true, next: function () {
    py_iter_check(d, size);
    if (k >= keys.length) return py_IT_DONE;
    var key = keys[k++];
    return {done: false, value: kind === 0 ? key : kind === 1 ? d.get(key) : py_tuple([key, d.get(key)])};
  }};
}

// A function an iterator calls with n arguments (null: absent, as None is for accumulate and filterfalse).
function py_itfn(f, n) {
  return f == null ? null : py_lazy_fn(f, n, false);
}

// chain(*iterables): each started (iter()) when reached.
function py_it_chain(srcs) {
  var i = 0, active = null;
  return {py_it: true, next: function () {
    while (i < srcs.length) {
      if (active === null) active = py_itx(srcs[i]);
      var r = active.next();
      if (!r.done) return r;
      active = null;
      i++;
    }
    return py_IT_DONE;
  }};
}

// chain.from_iterable(iterable): iter(iterable) now, each item started when reached.
function py_it_chain_from(src) {
  var outer = py_itx(src), active = null;
  return {py_it: true, next: function () {
    while (outer !== null) {
      if (active === null) {
        var o = outer.next();
        if (o.done) { outer = null; break; }
        try {
          active = py_itx(o.value);
        } catch (e) {
          outer = null;
          throw e;
        }
      }
      var r = active.next();
      if (!r.done) return r;
      active = null;
    }
    return py_IT_DONE;
  }};
}

// CPython's PyNumber_AsSsize_t for islice's arguments: an int (or bool) value, else -1 (its error cleared,
// an int beyond the C ssize_t range too).
function py_it_ssize(x) {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (py_op_numkind(x) !== 1 || typeof x !== 'number') return -1;
  return x >= 9223372036854775808 || x < -9223372036854775808 ? -1 : x;
}

// An int argument CPython converts to a C ssize_t (product's repeat, combinations' r, repeat's times).
function py_it_n(x) {
  var n = py_op_index(x);
  if (n >= 9223372036854775808 || n < -9223372036854775808) throw py_err('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

// islice(iterable, stop) (nargs 2) / islice(iterable, start, stop[, step]): CPython's argument checks, then
// iter(iterable); the items are pulled exactly as CPython's islice pulls them (the skipped ones included).
function py_it_islice(seq, nargs, a1, a2, a3) {
  var start = 0, stop = -1, step = 1;
  var stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (nargs === 2) {
    if (a1 != null) {
      stop = py_it_ssize(a1);
      if (stop === -1) throw py_err('ValueError', stopMsg);
    }
  } else {
    if (a1 != null) start = py_it_ssize(a1);
    if (a2 != null) {
      stop = py_it_ssize(a2);
      if (stop === -1) throw py_err('ValueError', stopMsg);
    }
  }
  if (start < 0 || stop < -1) {
    throw py_err('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  if (nargs === 4 && a3 != null) step = py_it_ssize(a3);
  if (step < 1) throw py_err('ValueError', 'Step for islice() must be a positive integer or None.');
  var it = py_itx(seq), cnt = 0, next = start;
  return {py_it: true, next: function () {
    if (it === null) return py_IT_DONE;
    while (cnt < next) {
      var s0 = it.next();
      if (s0.done) { it = null; return s0; }   // (a StopIteration a function raised is passed on)
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) { it = null; return py_IT_DONE; }
    var r = it.next();
    if (r.done) { it = null; return r; }
    cnt++;
    next += step;
    if (stop !== -1 && next > stop) next = stop;
    return r;
  }};
}

// accumulate(iterable, func=None, *, initial=None)
function py_it_accumulate(src, f, initial) {
  var it = py_itx(src), fn = py_itfn(f, 2), total = py_NOITEM, init = initial == null ? py_NOITEM : initial;
  return {py_it: true, next: function () {
    if (init !== py_NOITEM) {
      total = init;
      init = py_NOITEM;
      return {done: false, value: total};
    }
    var r = it.next();
    if (r.done) return r;
    if (total === py_NOITEM) {
      total = r.value;
      return r;
    }
    try {
      total = fn === null ? py_add(total, r.value) : fn(total, r.value);
    } catch (e) {
      if (py_is_stop(e)) return {done: true, value: undefined, stop: e};   // next() passes it on
      throw e;
    }
    return {done: false, value: total};
  }};
}

// zip_longest(*iterables, fillvalue=None): every iterable started now; one that ended is not pulled again.
function py_it_zip_longest(srcs, fill) {
  var n = srcs.length, its = new Array(n), active = n;
  for (var j = 0; j < n; j++) its[j] = py_itx(srcs[j]);
  if (fill === undefined) fill = null;
  return {py_it: true, next: function () {
    if (n === 0 || active === 0) return py_IT_DONE;
    var row = new Array(n);
    for (var i = 0; i < n; i++) {
      if (its[i] === null) { row[i] = fill; continue; }
      var r = its[i].next();
      if (r.done) {
        active--;
        if (active === 0) return py_IT_DONE;
        its[i] = null;
        row[i] = fill;
      } else {
        row[i] = r.value;
      }
    }
    return {done: false, value: py_tuple(row)};
  }};
}

// pairwise(iterable)
function py_it_pairwise(src) {
  var it = py_itx(src), old = py_NOITEM;
  return {py_it: true, next: function () {
    if (it === null) return py_IT_DONE;
    if (old === py_NOITEM) {
      var a = it.next();
      if (a.done) { it = null; return a; }
      old = a.value;
    }
    var b = it.next();
    if (b.done) { it = null; old = py_NOITEM; return b; }
    var pair = py_tuple([old, b.value]);
    old = b.value;
    return {done: false, value: pair};
  }};
}

// The tuple(iterable) CPython's product / combinations / permutations make of their argument.
function py_it_pool(x) {
  return py_it_list(py_itx(x));
}

// product(*iterables, repeat=1): the repeat checked (the compiler passes 1 when it is omitted: undefined is a
// None), then each iterable read whole (none when repeat is 0).
function py_it_product(srcs, repeat) {
  var rep = py_it_n(repeat);
  if (rep < 0) throw py_err('ValueError', 'repeat argument cannot be negative');
  var pools = [], base = [], j, k;
  if (rep > 0) {
    for (j = 0; j < srcs.length; j++) base.push(py_it_pool(srcs[j]));
  }
  for (k = 0; k < rep; k++) for (j = 0; j < base.length; j++) pools.push(base[j]);
  var n = pools.length, idx = null, over = false;
  for (j = 0; j < n; j++) if (pools[j].length === 0) over = true;
  return {py_it: true, next: function () {
    if (over) return py_IT_DONE;
    var i;
    if (idx === null) {
      idx = new Array(n);
      for (i = 0; i < n; i++) idx[i] = 0;
    } else {
      for (i = n - 1; i >= 0; i--) {
        idx[i]++;
        if (idx[i] < pools[i].length) break;
        idx[i] = 0;
      }
      if (i < 0) { over = true; return py_IT_DONE; }
    }
    var row = new Array(n);
    for (i = 0; i < n; i++) row[i] = pools[i][idx[i]];
    return {done: false, value: py_tuple(row)};
  }};
}

function py_it_pick(pool, idx, r) {
  var row = new Array(r);
  for (var i = 0; i < r; i++) row[i] = pool[idx[i]];
  return py_tuple(row);
}

// combinations(iterable, r) (repl: combinations_with_replacement): r converted, the iterable read whole, then r
// checked, as CPython does; the tuples in CPython's order.
function py_it_combinations(src, r, repl) {
  r = py_it_n(r);
  var pool = py_it_pool(src), n = pool.length, idx = null, over, i;
  if (r < 0) throw py_err('ValueError', 'r must be non-negative');
  over = repl ? (n === 0 && r > 0) : r > n;
  return {py_it: true, next: function () {
    if (over) return py_IT_DONE;
    if (idx === null) {
      idx = new Array(r);
      for (i = 0; i < r; i++) idx[i] = repl ? 0 : i;
      return {done: false, value: py_it_pick(pool, idx, r)};
    }
    for (i = r - 1; i >= 0; i--) {
      if (idx[i] !== (repl ? n - 1 : i + n - r)) break;
    }
    if (i < 0) { over = true; return py_IT_DONE; }
    if (repl) {
      var v = idx[i] + 1;
      for (var j = i; j < r; j++) idx[j] = v;
    } else {
      idx[i]++;
      for (var m = i + 1; m < r; m++) idx[m] = idx[m - 1] + 1;
    }
    return {done: false, value: py_it_pick(pool, idx, r)};
  }};
}

// permutations(iterable, r=None): the iterable read whole, then r checked; the tuples in CPython's order.
function py_it_permutations(src, r) {
  var pool = py_it_pool(src), n = pool.length, i;
  if (r == null) r = n;
  else {
    if (typeof r === 'boolean') r = r ? 1 : 0;
    else if (py_op_numkind(r) !== 1 || typeof r !== 'number') throw py_err('TypeError', 'Expected int as r');
    else r = py_it_n(r);
    if (r < 0) throw py_err('ValueError', 'r must be non-negative');
  }
  var over = r > n, idx = null, cycles = null;
  return {py_it: true, next: function () {
    if (over) return py_IT_DONE;
    if (idx === null) {
      idx = new Array(n);
      cycles = new Array(r);
      for (i = 0; i < n; i++) idx[i] = i;
      for (i = 0; i < r; i++) cycles[i] = n - i;
      return {done: false, value: py_it_pick(pool, idx, r)};
    }
    if (n === 0) { over = true; return py_IT_DONE; }
    for (i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        var first = idx[i];
        for (var j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = first;
        cycles[i] = n - i;
      } else {
        var k = n - cycles[i], t = idx[i];
        idx[i] = idx[k];
        idx[k] = t;
        return {done: false, value: py_it_pick(pool, idx, r)};
      }
    }
    over = true;
    return py_IT_DONE;
  }};
}

// starmap(function, iterable): function(*item), its arguments bound as CPython binds them.
function py_it_starmap(f, src) {
  var it = py_itx(src);
  return {py_it: true, next: function () {
    var r = it.next();
    if (r.done) return r;
    var args = py_it_list(py_itx(r.value));
    if (typeof f !== 'function') throw py_not_callable(f);
    try {
      return {done: false, value: py_callv(f, args)};
    } catch (e) {
      if (py_is_stop(e)) return {done: true, value: undefined, stop: e};   // next() passes it on
      throw e;
    }
  }};
}

// takewhile(predicate, iterable) (drop: dropwhile): the item that decides is pulled and tested once.
function py_it_takewhile(f, src, drop) {
  var it = py_itx(src), fn = py_lazy_fn(f, 1, false), over = false;
  return {py_it: true, next: function () {
    if (over && !drop) return py_IT_DONE;
    for (;;) {
      var r = it.next();
      if (r.done) return r;
      if (drop && over) return r;
      var keep = py_it_keep(fn, r.value);
      if (keep !== true && keep !== false) return {done: true, value: undefined, stop: keep};   // StopIteration
      if (drop) {
        if (!keep) { over = true; return r; }
      } else {
        if (keep) return r;
        over = true;
        return py_IT_DONE;
      }
    }
  }};
}

// filterfalse(function, iterable): py_it_filter with the test turned round (function None: the false items).
function py_it_filterfalse(f, src) {
  var fn = py_itfn(f, 1);
  return py_it_filter(function (v) { return !py_bool(fn === null ? v : fn(v)); }, py_itx(src));
}

// compress(data, selectors): both started now; a datum is pulled before its selector.
function py_it_compress(data, sels) {
  var d = py_itx(data), s = py_itx(sels);
  return {py_it: true, next: function () {
    for (;;) {
      var a = d.next();
      if (a.done) return a;
      var b = s.next();
      if (b.done) return b;
      if (py_bool(b.value)) return a;
    }
  }};
}

// repeat(object[, times]): the same object each time; a negative times gives none.
function py_it_repeat(obj, times, hasTimes) {
  var n = hasTimes ? py_it_n(times) : -1;
  if (hasTimes && n < 0) n = 0;
  return {py_it: true, next: function () {
    if (n === 0) return py_IT_DONE;
    if (n > 0) n--;
    return {done: false, value: obj};
  }};
}

// count(start=0, step=1) (both passed: undefined is a None): ints from an int start by 1, else start,
// start + step, ... by repeated +.
function py_it_count(start, step) {
  var ks = py_op_numkind(start), kt = py_op_numkind(step);
  if (ks === 0 || kt === 0) throw py_err('TypeError', 'a number is required');
  var cur = start, first = true;
  if (ks === 1 && kt === 1 && py_numval(step) === 1) cur = py_numval(start);   // CPython's fast mode: ints
  return {py_it: true, next: function () {
    if (!first) cur = py_add(cur, step);
    first = false;
    return {done: false, value: cur};
  }};
}

// cycle(iterable): its items as it yields them the first time, then the saved ones again and again.
function py_it_cycle(src) {
  var it = py_itx(src), saved = [], k = 0;
  return {py_it: true, next: function () {
    if (it !== null) {
      var r = it.next();
      if (!r.done) { saved.push(r.value); return r; }
      it = null;
    }
    if (saved.length === 0) return py_IT_DONE;
    var v = saved[k];
    k = (k + 1) % saved.length;
    return {done: false, value: v};
  }};
}

// groupby(iterable, key=None), as CPython's groupbyobject and _grouperobject: the groups share the input; a
// group reads items only while it is the current one (an older group is empty), the key function runs once
// per item, when the item is pulled (by the group or by groupby moving on to the next group).
function py_it_groupby(src, key) {
  var st = {it: py_itx(src), key: py_itfn(key, 1), tgt: py_NOITEM, currkey: py_NOITEM, currval: py_NOITEM,
            grouper: null};
  return {py_it: true, next: function () {
    st.grouper = null;
    for (;;) {
      if (st.currkey === py_NOITEM) { /* pass */ }
      else if (st.tgt === py_NOITEM) break;
      else if (!py_eq_item(st.tgt, st.currkey)) break;
      if (!py_it_gstep(st)) return py_IT_DONE;
    }
    st.tgt = st.currkey;
    var g = py_it_grouper(st, st.tgt);
    st.grouper = g;
    return {done: false, value: py_tuple([st.currkey, g])};
  }};
}

// groupby_step: the next item and its key, false at the end (a StopIteration from the key function too).
function py_it_gstep(st) {
  var r = st.it.next();
  if (r.done) return false;
  var k = r.value;
  if (st.key !== null) {
    try {
      k = st.key(r.value);
    } catch (e) {
      if (py_is_stop(e)) return false;
      throw e;
    }
  }
  st.currval = r.value;
  st.currkey = k;
  return true;
}

function py_it_grouper(st, tgt) {
  var g = {py_it: true, py_grouper: true, next: function () {
    if (st.grouper !== g) return py_IT_DONE;
    if (st.currval === py_NOITEM) {
      if (!py_it_gstep(st)) return py_IT_DONE;
    }
    if (!py_eq_item(tgt, st.currkey)) return py_IT_DONE;
    var v = st.currval;
    st.currval = py_NOITEM;
    st.currkey = py_NOITEM;
    return {done: false, value: v};
  }};
  return g;
}

// functools.reduce(function, iterable[, initial]): the items pulled one at a time.
function py_reduce(f, src, init, hasInit) {
  var it;
  try {
    it = py_itx(src);
  } catch (e) {
    if (py_exc_type(e) === 'TypeError' && / is not iterable$/.test(py_exc_str(e))) throw py_err('TypeError', 'reduce() arg 2 must support iteration');
    throw e;
  }
  var acc = hasInit ? init : py_NOITEM, fn = null;
  for (var r = it.next(); !r.done; r = it.next()) {
    if (acc === py_NOITEM) { acc = r.value; continue; }
    if (fn === null) fn = py_lazy_fn(f, 2, false);
    acc = fn(acc, r.value);
  }
  if (acc === py_NOITEM) throw py_err('TypeError', 'reduce() of empty iterable with no initial value');
  return acc;
}
