// operator.js: the operator module (CPython 3.11 Lib/operator.py and Modules/_operator.c). The operator
// functions themselves (operator.add, operator.neg...) are lowered by py2cs/lower/oplow.py with the same helpers
// as the operators they stand for; here are what those do not have: the argument-count errors of a function
// passed as a value, itemgetter / attrgetter objects, concat. (str.maketrans and str.translate: methods.js.)

// CPython's TypeError for an operator function called through a value with `got` arguments: the two-argument
// functions are Argument Clinic's ("add expected 2 arguments, got 3"), the one-argument ones METH_O.
function py_op_argc(name, want, got) {
  return py_err('TypeError', want === 1 ? '_operator.' + name + '() takes exactly one argument (' + got + ' given)'
    : name + ' expected ' + want + ' arguments, got ' + got);
}

// An operator function passed as a value: a builtin_function_or_method for CPython's messages about its type
// ("Object of type builtin_function_or_method is not JSON serializable", "... object is not subscriptable"),
// and its repr (py_rp: '<built-in function add>', no address in it).
function py_op_fn(f, name) {
  f.py_tn = 'builtin_function_or_method';
  f.py_rp = '<built-in function ' + name + '>';
  return f;
}

// operator.itemgetter(*items): a function of one object, obj[item] (one item) or the tuple of obj[item] for each.
function py_itemgetter(items) {
  var n = items.length;
  if (n === 0) throw py_err('TypeError', 'itemgetter expected 1 argument, got 0');
  var f = function (obj) {
    if (arguments.length !== 1) throw py_err('TypeError', 'itemgetter expected 1 argument, got ' + arguments.length);
    if (n === 1) return py_getitem(obj, items[0]);
    var out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = py_getitem(obj, items[i]);
    return py_tuple(out);
  };
  f.py_tn = 'operator.itemgetter';
  f.py_rp = function () { return 'operator.itemgetter(' + items.map(py_repr).join(', ') + ')'; };
  return f;
}

// operator.attrgetter(*names): each name an array of its dotted parts, read as x.year reads on a value of unknown
// type (py_dt_attr: dates, times, timedeltas, isocalendar(); AttributeError for any other value).
function py_attrgetter(names) {
  var n = names.length;
  function one(obj, parts) {
    for (var j = 0; j < parts.length; j++) obj = py_dt_attr(obj, parts[j]);
    return obj;
  }
  var f = function (obj) {
    if (arguments.length !== 1) throw py_err('TypeError', 'attrgetter expected 1 argument, got ' + arguments.length);
    if (n === 1) return one(obj, names[0]);
    var out = new Array(n);
    for (var i = 0; i < n; i++) out[i] = one(obj, names[i]);
    return py_tuple(out);
  };
  f.py_tn = 'operator.attrgetter';
  f.py_rp = function () {
    return 'operator.attrgetter(' + names.map(function (p) { return py_repr(p.join('.')); }).join(', ') + ')';
  };
  return f;
}

// operator.concat(a, b): PySequence_Concat. str, list and tuple concatenate (their own TypeError for another
// type of b, as a + b raises it); any other value "can't be concatenated" (a range has no concatenation).
function py_op_concat(a, b) {
  if (typeof a === 'string' || (Array.isArray(a) && a.py_range === undefined)) return py_add(a, b);
  throw py_err('TypeError', "'" + py_op_tn(a) + "' object can't be concatenated");
}
