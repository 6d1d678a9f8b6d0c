// Dash glue: no_update, PreventUpdate, callback context, set_props, Patch, return conversion.
// Everything on window.dash_clientside is looked up at CALL time: assets load before the renderer, and
// no_update/PreventUpdate only exist once the first clientside callback runs. Outside a browser (QuickJS
// tests) stable sentinel objects with the same shape stand in for them.

var py_DASH_FALLBACK = (function () {
  // one set of sentinels per JS realm (shared by every generated module), compared by identity
  var g = typeof globalThis !== 'undefined' ? globalThis : {};
  if (g.__py2cs_dash_fallback) return g.__py2cs_dash_fallback;
  var pu = {description: 'Throw to prevent updating all Outputs.'};
  Object.defineProperty(pu, 'py_type', {value: 'PreventUpdate', enumerable: false});
  var fb = {no_update: {description: 'Return to prevent updating an Output.'}, PreventUpdate: pu, set_props_calls: []};
  Object.defineProperty(g, '__py2cs_dash_fallback', {value: fb, enumerable: false, configurable: true});
  return fb;
})();

function py_dash_dc() {
  var w = typeof window !== 'undefined' ? window : (typeof globalThis !== 'undefined' ? globalThis : undefined);
  return w && w.dash_clientside ? w.dash_clientside : null;
}

function py_dash_no_update() {
  var dc = py_dash_dc();
  return dc && dc.no_update !== undefined ? dc.no_update : py_DASH_FALLBACK.no_update;
}

function py_dash_prevent_update() {
  var dc = py_dash_dc();
  return dc && dc.PreventUpdate !== undefined ? dc.PreventUpdate : py_DASH_FALLBACK.PreventUpdate;
}

// dash.exceptions.PreventUpdate(msg): DashException.__init__ keeps textwrap.dedent(msg).strip() as its one
// argument. An empty message is the sentinel itself; another is an exception carrying it (str(e), e.args, repr(e)
// of a caught one), which a Dash callback turns into the sentinel when it leaves (py_dash_prevent_out).
function py_dash_prevent_msg(m) {
  if (typeof m !== 'string') {
    throw py_err('TypeError', "expected string or bytes-like object, got '" + py_typename(m) + "'");
  }
  var t = py_str_strip(py_twr_dedent(m));   // (textwrap.js)
  return t === '' ? py_dash_prevent_update() : py_err('PreventUpdate', t);
}

// What leaves a Dash callback: a PreventUpdate(msg) (see py_dash_prevent_msg) as the renderer's sentinel
function py_dash_prevent_out(e) {
  return e instanceof Error && e.py_type === 'PreventUpdate' ? py_dash_prevent_update() : e;
}

function py_dash_is_no_update(x) {
  if (x == null || typeof x !== 'object') return false;
  var dc = py_dash_dc();
  return x === py_DASH_FALLBACK.no_update || (dc !== null && dc.no_update !== undefined && x === dc.no_update);
}

// ---------------------------------------------------------------- callback context

function py_dash_stringify_id(id) {
  if (id === null || typeof id !== 'object') return String(id);
  var keys = Object.keys(id).sort();
  var parts = [];
  for (var i = 0; i < keys.length; i++) parts.push(JSON.stringify(keys[i]) + ':' + JSON.stringify(id[keys[i]]));
  return '{' + parts.join(',') + '}';
}

function py_dash_prop_component(propId) {
  // Python: component_id, _, _ = prop_id.rpartition('.'); dict ids are parsed from JSON
  var i = propId.lastIndexOf('.');
  var cid = i < 0 ? '' : propId.slice(0, i);
  if (cid.charAt(0) === '{') {
    try { return py_from_js(JSON.parse(cid)); } catch (e) { return cid; }
  }
  return cid;
}

function py_dash_args_group(g, triggered) {
  if (Array.isArray(g)) return g.map(function (x) { return py_dash_args_group(x, triggered); });
  if (g === null || typeof g !== 'object') return py_from_js(g);
  var strId = py_dash_stringify_id(g.id);
  var m = py_from_js(g);
  m.set('value', g.value === undefined ? null : py_from_js(g.value));
  m.set('str_id', strId);
  m.set('triggered', triggered.indexOf(strId + '.' + g.property) >= 0);
  m.set('id', py_from_js(g.id));
  return m;
}

function py_dash_ctx() {
  // A snapshot taken at function entry: Dash deletes callback_context before awaiting a Promise.
  var dc = py_dash_dc();
  var cc = dc && dc.callback_context ? dc.callback_context : {};
  var trig = Array.isArray(cc.triggered) ? cc.triggered : [];
  var propIds = [];
  var triggered = [];
  for (var i = 0; i < trig.length; i++) {
    var t = trig[i] || {};
    propIds.push(String(t.prop_id));
    triggered.push(new Map([['prop_id', String(t.prop_id)], ['value', py_from_js(t.value)]]));
  }
  var tpi = new Map();
  for (var j = 0; j < propIds.length; j++) tpi.set(propIds[j], py_dash_prop_component(propIds[j]));
  if (triggered.length === 0) {
    // Python's ctx.triggered on the initial call: a falsy [{'prop_id': '.', 'value': None}]
    triggered = [new Map([['prop_id', '.'], ['value', null]])];
    Object.defineProperty(triggered, '__py_falsy__', {value: true, enumerable: false});
  }
  var inputsList = py_from_js(Array.isArray(cc.inputs_list) ? cc.inputs_list : []);
  var statesList = py_from_js(Array.isArray(cc.states_list) ? cc.states_list : []);
  var grouping = [];
  var rawIn = Array.isArray(cc.inputs_list) ? cc.inputs_list : [];
  var rawSt = Array.isArray(cc.states_list) ? cc.states_list : [];
  for (var k = 0; k < rawIn.length; k++) grouping.push(py_dash_args_group(rawIn[k], propIds));
  for (var s = 0; s < rawSt.length; s++) grouping.push(py_dash_args_group(rawSt[s], propIds));
  return {
    triggered: triggered,
    triggered_id: propIds.length ? tpi.get(propIds[0]) : null,
    triggered_prop_ids: tpi,
    inputs: cc.inputs ? py_from_js(cc.inputs) : new Map(),
    states: cc.states ? py_from_js(cc.states) : new Map(),
    inputs_list: inputsList,
    states_list: statesList,
    outputs_list: cc.outputs_list === undefined ? [] : py_from_js(cc.outputs_list),
    args_grouping: grouping
  };
}

// ctx.triggered_id.name: Dash's AttributeDict gives the key of a dict id, else AttributeError(name); a str id
// or None has no such attribute (a str method, a bound method in CPython, cannot be reproduced: raises)
function py_dash_tid_attr(tid, name, isStrAttr) {
  if (tid instanceof Map) {
    if (tid.has(name)) return tid.get(name);
    throw py_err('AttributeError', name);
  }
  if (typeof tid === 'string' && isStrAttr) {
    throw py_err('TypeError', 'py2cs: ctx.triggered_id is the string ' + py_repr(tid) + ', whose .' + name +
      ' is a bound str method in CPython; test isinstance(ctx.triggered_id, dict) first');
  }
  throw py_err('AttributeError', "'" + py_coll_tn(tid) + "' object has no attribute '" + name + "'");
}

// ---------------------------------------------------------------- Patch

function py_DashPatch(ops, loc) { this.ops = ops; this.loc = loc; }

function py_patch_new() { return new py_DashPatch([], []); }

// Python's Patch takes any key but a slice and keeps it as it is in the location: a dict, list or tuple key is
// sent as its JSON (a set fails in Dash's encoder), converted when the Patch is returned (py_patch_build), so a
// key mutated after its use is sent as it is then, as in CPython
function py_patch_key(key) {
  return key;
}

function py_patch_op(p, name, loc, params) {
  p.ops.push({operation: name, location: loc, params: params});
}

function py_patch_getitem(p, key) {
  return new py_DashPatch(p.ops, p.loc.concat([py_patch_key(key)]));
}

function py_patch_setitem(p, key, value) {
  py_patch_op(p, 'Assign', p.loc.concat([py_patch_key(key)]), {value: value});
  return null;
}

function py_patch_delitem(p, key) {
  py_patch_op(p, 'Delete', p.loc.concat([py_patch_key(key)]), {});
  return null;
}

function py_patch_method(p, name, args) {
  var loc = p.loc.slice();
  var nargs = {append: 1, prepend: 1, extend: 1, insert: 2, remove: 1, clear: 0, reverse: 0, update: -1}[name];
  if (nargs === undefined) throw py_err('AttributeError', "'Patch' object has no attribute '" + name + "'");
  if (nargs >= 0 && args.length !== nargs) {
    throw py_err('TypeError', 'Patch.' + name + '() takes ' + (nargs + 1) + ' positional argument' +
                 (nargs ? 's' : '') + ' but ' + (args.length + 1) + ' were given');
  }
  switch (name) {
    case 'append': py_patch_op(p, 'Append', loc, {value: args[0]}); break;
    case 'prepend': py_patch_op(p, 'Prepend', loc, {value: args[0]}); break;
    case 'insert': py_patch_op(p, 'Insert', loc, {value: args[1], index: args[0]}); break;
    case 'remove': py_patch_op(p, 'Remove', loc, {value: args[0]}); break;
    case 'clear': py_patch_op(p, 'Clear', loc, {}); break;
    case 'reverse': py_patch_op(p, 'Reverse', loc, {}); break;
    case 'extend':
      if (!Array.isArray(args[0])) throw py_err('TypeError', py_str(args[0]) + ' should be a list or tuple');
      py_patch_op(p, 'Extend', loc, {value: args[0]});
      break;
    case 'update':
      if (args.length > 1) throw py_err('TypeError', 'update expected at most 1 argument, got ' + args.length);
      py_patch_op(p, 'Merge', loc, {value: args.length && py_bool(args[0]) ? args[0] : new Map()});
      break;
  }
  return null;
}

function py_patch_iop(p, op, value) {
  var loc = p.loc.slice();
  switch (op) {
    case 'add':
      if (Array.isArray(value)) py_patch_op(p, 'Extend', loc, {value: value});
      else py_patch_op(p, 'Add', loc, {value: value});
      break;
    case 'sub': py_patch_op(p, 'Sub', loc, {value: value}); break;
    case 'mul': py_patch_op(p, 'Mul', loc, {value: value}); break;
    case 'div': py_patch_op(p, 'Div', loc, {value: value}); break;
    case 'merge': py_patch_op(p, 'Merge', loc, {value: py_bool(value) ? value : new Map()}); break;
    default: throw py_err('TypeError', 'unsupported augmented assignment on a Patch: ' + op);
  }
  return p;
}

function py_patch_build(p) {
  // The same object as Python's Patch.to_plotly_json(); via dash_clientside.Patch when the renderer is loaded.
  var dc = py_dash_dc();
  var ops = p.ops.map(function (o) {
    var params = {};
    Object.keys(o.params).forEach(function (k) { params[k] = py_dash_to_js(o.params[k]); });
    return {operation: o.operation, location: o.location.map(py_dash_to_js), params: params};
  });
  if (dc && typeof dc.Patch === 'function') {
    var b = new dc.Patch();
    var names = {Assign: 'assign', Merge: 'merge', Extend: 'extend', Delete: 'delete', Append: 'append',
                 Prepend: 'prepend', Add: 'add', Sub: 'sub', Mul: 'mul', Div: 'div', Clear: 'clear',
                 Reverse: 'reverse', Remove: 'remove'};
    for (var i = 0; i < ops.length; i++) {
      var o = ops[i];
      if (o.operation === 'Insert') b.insert(o.location, o.params.index, o.params.value);
      else if (o.operation === 'Delete' || o.operation === 'Clear' || o.operation === 'Reverse') b[names[o.operation]](o.location);
      else b[names[o.operation]](o.location, o.params.value);
    }
    return b.build();
  }
  return {__dash_patch_update: '__dash_patch_update', operations: ops};
}

// ---------------------------------------------------------------- output boundary

// What the browser receives from a server callback is the value after Dash's JSON encoder
// (plotly.io.json.to_json_plotly): NaN and +-Infinity become null, and a no_update nested inside a value
// (or a set_props prop) is its to_plotly_json() dict. The same conversions are made here.
// ---------------------------------------------------------------- Dash components built in a callback

// html.Div(...), dcc.Graph(...) in a callback: the props Dash's server sends (Component.to_plotly_json), as
// names (in the class's _prop_names order) and their values. py_comp marks the object for the generic helpers
// (truth, len, type name), which do not otherwise know this file.
function py_DashComponent(type, ns, names, vals) {
  this.py_comp = true;
  this.py_ops = py_DASH_COMP_OPS;    // what the generic helpers call (they reference no component helper)
  this.type = type;
  this.namespace = ns;
  this.names = names;
  this.vals = vals;
}

// names: the props to_plotly_json writes; values: the explicit arguments in call order; perm[i]: the index in
// values of names[i], or -1 for a prop the generated __init__ always passes (None, e.g. html's children), or null
// when names and values line up; base: the class's _base_nodes when not just ['children'].
// Component.__init__'s checks of the explicit props run here.
function py_dash_component(type, ns, prefix, names, values, perm, base) {
  var n = names.length, vals = perm === null ? values : new Array(n), i;
  if (base === undefined) base = py_DASH_BASE_NODES;
  if (perm === null) perm = py_dash_perm_id(n);
  else for (i = 0; i < n; i++) vals[i] = perm[i] < 0 ? null : values[perm[i]];
  var at = names.indexOf('id'), suffix = '';
  if (at >= 0 && perm[at] >= 0) suffix = ' with the ID "' + py_dash_comp_text(vals[at], false) + '"';
  for (i = 0; i < n; i++) {
    var k = names[i], v = vals[i];
    if (perm[i] < 0) continue;
    if (v !== null && typeof v === 'object' && v.py_comp === true && base.indexOf(k) < 0) {
      throw py_err('TypeError', prefix + suffix + ' detected a Component for a prop other than `children`\nProp ' + k +
        ' has value ' + py_dash_comp_text(v, true) + '\n\nDid you forget to wrap multiple `children` in an array?\n' +
        'For example, it must be html.Div(["a", "b", "c"]) not html.Div("a", "b", "c")\n');
    }
    if (k === 'id') py_dash_check_id(v);
  }
  return new py_DashComponent(type, ns, names, vals);
}

var py_DASH_BASE_NODES = ['children'];

// The component operations generic helpers reach through component.py_ops, so that an app that builds no
// component ships none of them (a direct reference would make every bundle carry them).
var py_DASH_COMP_OPS = {len: py_dash_comp_len, json: py_dash_comp_json, refused: py_dash_comp_refused,
                        repr: py_dash_comp_repr, inText: false};

function py_dash_perm_id(n) {
  var p = new Array(n);
  for (var i = 0; i < n; i++) p[i] = i;
  return p;
}

// Component.__init__'s check of an explicit id
function py_dash_check_id(v) {
  if (v instanceof Map) {
    v.forEach(function (val, key) {
      if (typeof key !== 'string') {
        throw py_err('TypeError', 'dict id keys must be strings,\nfound ' + py_dash_comp_text(key, true) + ' in id ' +
          py_dash_comp_text(v, true));
      }
      if (!(typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean' || val instanceof py_PyFloat)) {
        throw py_err('TypeError', 'dict id values must be strings, numbers or bools,\nfound ' + py_dash_comp_text(val, true) +
          ' in id ' + py_dash_comp_text(v, true));
      }
    });
  } else if (typeof v !== 'string') {
    throw py_err('TypeError', '`id` prop must be a string or dict, not ' + py_dash_comp_text(v, true));
  }
}

// str()/repr() of a value inside Dash's own error messages, where a component is written as Component.__repr__ does
function py_dash_comp_text(x, isRepr) {
  var prev = py_DASH_COMP_OPS.inText;
  py_DASH_COMP_OPS.inText = true;
  try {
    return isRepr ? py_repr(x) : py_str(x);
  } finally {
    py_DASH_COMP_OPS.inText = prev;
  }
}

// Component.__repr__ (used by py_repr only inside Dash's error messages, see py_dash_comp_text)
function py_dash_comp_repr(c) {
  var parts = [], other = false, i;
  for (i = 0; i < c.names.length; i++) {
    if (c.vals[i] == null) continue;
    if (c.names[i] !== 'children') other = true;
    parts.push(c.names[i] + '=' + py_repr(c.vals[i]));
  }
  if (other) return c.type + '(' + parts.join(', ') + ')';
  var at = c.names.indexOf('children');
  return c.type + '(' + py_repr(at < 0 ? null : c.vals[at]) + ')';
}

// Component.__len__: the number of items in the tree of children
function py_dash_comp_len(c) {
  var at = c.names.indexOf('children'), ch = at < 0 ? null : c.vals[at];
  if (ch == null) return 0;
  if (typeof ch === 'object' && ch.py_comp === true) return 1 + py_dash_comp_len(ch);
  if (Array.isArray(ch)) {
    var n = 0;
    for (var i = 0; i < ch.length; i++) {
      n += 1;
      var e = ch[i];
      if (e !== null && typeof e === 'object' && e.py_comp === true) n += py_dash_comp_len(e);
    }
    return n;
  }
  return 1;
}

// What CPython does with a component but py2cs does not reproduce (iteration over the ids of its tree, item
// access by id, str/repr): a clear error rather than a guess.
function py_dash_comp_refused(what, c) {
  return py_err('TypeError', 'py2cs: ' + what + ' a Dash component (' + c.type + ') is not supported in a clientside ' +
    'callback');
}

// {props, type, namespace}, with each prop value converted by conv (py_to_js_rec or py_dash_to_js_rec)
function py_dash_comp_json(c, dash) {
  var conv = dash ? py_dash_to_js_rec : py_to_js_rec, prim = dash ? py_dash_to_js_prim : py_to_js_leaf, props = {};
  for (var i = 0; i < c.names.length; i++) {
    var v = c.vals[i];
    props[c.names[i]] = (v === null || typeof v !== 'object') ? prim(v) : conv(v);
  }
  return {props: props, type: c.type, namespace: c.namespace};
}

function py_dash_to_js_prim(v) {
  return v === undefined ? null : py_dash_num(v);
}

var py_DASH_NO_UPDATE_JSON = '_dash_no_update';

function py_dash_num(e) {
  if (typeof e === 'function') {
    var tn = e.py_tn !== undefined ? e.py_tn.slice(e.py_tn.lastIndexOf('.') + 1) : 'function';   // (itemgetter)
    throw py_err('TypeError', 'Object of type ' + tn + ' is not JSON serializable');
  }
  return (typeof e === 'number' && (e !== e || e === Infinity || e === -Infinity)) ? null : e;
}

function py_dash_to_js(x) {
  if (x === null || typeof x !== 'object') return py_dash_to_js_prim(x);
  try {
    return py_dash_to_js_rec(x);
  } catch (e) {
    throw py_to_js_cycle(e, x);
  }
}

function py_dash_to_js_rec(x) {
  // py_to_js, plus Patch objects (anywhere in the value) built as Dash expects
  if (x === null || typeof x !== 'object') return py_dash_to_js_prim(x);
  if (x instanceof py_DashPatch) return py_patch_build(x);
  if (x.py_comp === true) return x.py_ops.json(x, true);
  if (Array.isArray(x) && x.py_range !== undefined) throw py_err('TypeError', 'Object of type range is not JSON serializable');
  if (Array.isArray(x)) {
    var n = x.length, out = new Array(n);
    for (var i = 0; i < n; i++) {
      var e = x[i], t = typeof e;   // as in py_to_js; a number that is not finite (e - e is NaN) is null
      out[i] = (t === 'string' || t === 'boolean') ? e : t === 'number' ? (e - e === 0 ? e : null)
        : (t === 'object' && e !== null) ? py_dash_to_js_rec(e) : (e == null ? null : py_dash_num(e));
    }
    return out;
  }
  if (x instanceof Map) {
    var o = {};
    x.forEach(py_dash_to_js_entry, o);   // one shared callback (this = o), no closure per dict
    return o;
  }
  if (x instanceof py_PyFloat) return py_dash_num(x.v);
  if (py_dash_is_no_update(x)) return {_dash_no_update: py_DASH_NO_UPDATE_JSON};
  if (py_is_exc(x)) {     // a caught exception (Dash's JSON encoder fails on it)
    throw py_err('TypeError', 'Object of type ' + py_exc_type(x) + ' is not JSON serializable');
  }
  return py_to_js(x);
}

function py_dash_to_js_entry(v, k) {
  var t = typeof v;
  if (typeof k === 'string' && k !== '__proto__') {   // the common str key (it cannot raise): no setter can intervene
    this[k] = (t === 'string' || t === 'boolean') ? v : t === 'number' ? (v - v === 0 ? v : null)
      : (t === 'object' && v !== null) ? py_dash_to_js_rec(v) : (v == null ? null : py_dash_num(v));
    return;
  }
  var jk = py_result_key(k);   // the key first, as json.dumps
  var w = (t === 'string' || t === 'boolean') ? v : t === 'number' ? (v - v === 0 ? v : null)
    : (t === 'object' && v !== null) ? py_dash_to_js_rec(v) : (v == null ? null : py_dash_num(v));
  Object.defineProperty(this, jk, {value: w, enumerable: true, writable: true, configurable: true});
}

function py_dash_is_no_update_value(x) {
  // NoUpdate.is_no_update: the sentinel, or a dict equal to {"_dash_no_update": "_dash_no_update"}
  if (py_dash_is_no_update(x)) return true;
  return x instanceof Map && x.size === 1 && x.get('_dash_no_update') === py_DASH_NO_UPDATE_JSON;
}

// set_props: Dash's server merges the calls per component (ctx.updated_props) and sends them with the
// outputs, encoded when the callback has returned; a callback that raises (PreventUpdate included) sends
// nothing. A synchronous callback holds its calls here (py_dash_sp_begin at entry, py_dash_sp_flush from
// py_dash_return, py_dash_sp_end in a finally); an async one applies them at once.
var py_DASH_SP = {buf: null};

function py_dash_sp_begin() {
  var prev = py_DASH_SP.buf;
  py_DASH_SP.buf = {keys: [], items: new Map()};
  return prev;
}

function py_dash_sp_end(prev) {
  py_DASH_SP.buf = prev;
  return null;
}

function py_dash_sp_apply(id, props) {
  var jsId = py_dash_to_js(id);
  var jsProps = py_dash_to_js(props);
  var dc = py_dash_dc();
  if (dc && typeof dc.set_props === 'function') dc.set_props(jsId, jsProps);
  else py_DASH_FALLBACK.set_props_calls.push([jsId, jsProps]);
}

function py_dash_sp_flush() {
  var buf = py_DASH_SP.buf;
  if (buf === null) return;
  py_DASH_SP.buf = {keys: [], items: new Map()};
  for (var i = 0; i < buf.keys.length; i++) {
    var it = buf.items.get(buf.keys[i]);
    py_dash_sp_apply(it.id, it.props);
  }
}

function py_dash_sp_key(id) {
  // the key of ctx.updated_props in Python: stringify_id(id), a str for a str or dict id; another id is its own
  // key, so False, 0 and 0.0 (and True, 1, 1.0) are one entry (the first id kept) and None is not 'None'
  var j = py_dash_to_js(id);
  if (typeof j === 'string') return 's' + j;
  if (j !== null && typeof j === 'object') return 's' + py_dash_stringify_id(j);
  if (typeof j === 'boolean') return 'n' + (j ? 1 : 0);
  if (typeof j === 'number') return 'n' + String(j);
  return 'o' + String(j);
}

function py_set_props(id, props) {
  // Dash keys ctx.updated_props by stringify_id(component_id): a list (or set) id is unhashable there
  if (Array.isArray(id) && id.__py_tuple__ !== true) throw py_err('TypeError', "unhashable type: 'list'");
  if (id instanceof Set) throw py_err('TypeError', "unhashable type: 'set'");
  if (!(props instanceof Map)) {
    throw py_err('TypeError', 'set_props() props must be a dict, not ' + py_coll_tn(props));
  }
  var buf = py_DASH_SP.buf;
  if (buf === null) {
    py_dash_sp_apply(id, props);
    return null;
  }
  var key = py_dash_sp_key(id);
  var old = buf.items.get(key);
  if (old === undefined) {
    buf.keys.push(key);
    buf.items.set(key, {id: id, props: props});   // the dict itself, as in Python: encoded at the end
  } else {
    var merged = new Map(old.props);               // {**existing, **props}
    props.forEach(function (v, k) { merged.set(k, v); });
    old.props = merged;
  }
  return null;
}

function py_dash_outputs() {
  // outputs_list at entry (callback_context is gone after an await); null outside the renderer
  var dc = py_dash_dc();
  var cc = dc && dc.callback_context ? dc.callback_context : null;
  return cc && cc.outputs_list !== undefined ? cc.outputs_list : null;
}

function py_dash_check_wild(v, spec) {
  // Dash's validate_multi_return for an ALL/ALLSMALLER Output: a list or tuple, one value per component
  if (py_dash_is_no_update_value(v)) return;
  if (!Array.isArray(v)) {
    throw py_err('ValueError', 'A wildcard (ALL/ALLSMALLER) Output expects a list or tuple, not ' + py_coll_tn(v));
  }
  if (Array.isArray(spec) && v.length !== spec.length) {
    throw py_err('ValueError', 'Invalid number of output values for a wildcard Output: expected ' + spec.length +
                 ', got ' + v.length);
  }
}

function py_dash_wild_js(v, nu) {
  // an ALL/ALLSMALLER Output's list: each element may be no_update (that component is left alone)
  if (!Array.isArray(v)) return py_dash_to_js(v);
  var out = new Array(v.length);
  for (var i = 0; i < v.length; i++) out[i] = py_dash_is_no_update_value(v[i]) ? nu : py_dash_to_js(v[i]);
  return out;
}

function py_dash_return(value, n, wild, outs) {
  var nu = py_dash_no_update();
  var result;
  if (n === 0) {
    // no-output callback: Dash's server refuses any return value but None
    if (value !== null && value !== undefined) {
      throw py_err('ValueError', 'No-output callback received return value: ' + py_str(value));
    }
    result = nu;
  } else if (n === null || n === undefined) {
    if (py_dash_is_no_update_value(value)) result = nu;
    else {
      if (wild && wild[0]) {
        py_dash_check_wild(value, outs);
        result = py_dash_wild_js(value, nu);
      } else result = py_dash_to_js(value);
    }
  } else if (py_dash_is_no_update_value(value)) {
    result = [];
    for (var i = 0; i < n; i++) result.push(nu);
  } else {
    if (!Array.isArray(value)) {
      throw py_err('ValueError', 'The callback has ' + n + ' outputs, so it must return a list or tuple of ' + n +
                   ' values (or no_update), not ' + py_coll_tn(value));
    }
    if (value.length !== n) {
      throw py_err('ValueError', 'Invalid number of output values: expected ' + n + ', got ' + value.length);
    }
    if (wild) {
      for (var w = 0; w < n; w++) if (wild[w]) py_dash_check_wild(value[w], Array.isArray(outs) ? outs[w] : null);
    }
    result = new Array(n);
    for (var j = 0; j < n; j++) {
      result[j] = py_dash_is_no_update_value(value[j]) ? nu : wild && wild[j] ? py_dash_wild_js(value[j], nu) : py_dash_to_js(value[j]);
    }
  }
  py_dash_sp_flush();
  return result;
}

// ---------------------------------------------------------------- py2cs.js values in Python operations

// A JavaScript value (from py2cs.js) where Python code asks for its truth or membership: Python's answer for the
// value to_py() gives. A plain object is a dict (empty: false; `in` looks at its own keys, not inherited ones such
// as 'toString'), an array a list (`in` compares the items, not the indexes), NaN is true. Other objects (window,
// a DOM node, a Date) keep JavaScript's `in`, so feature tests such as 'fetch' in window still work.
function py_js_plain(x) {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  var proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function py_js_bool(x) {
  if (py_js_plain(x)) return Object.keys(x).length > 0;
  return py_bool(x);
}

function py_js_in(x, c) {
  if (py_js_plain(c) || Array.isArray(c)) return py_in(x, py_from_js(c));
  if (c !== null && typeof c === 'object' && !(c instanceof Map) && !(c instanceof Set) && !(c instanceof py_PyFloat)) {
    return typeof x === 'string' && x in c;
  }
  return py_in(x, c);
}

// A Python function handed to JavaScript (a callback for addEventListener, Array.map, setTimeout...): called with
// JavaScript values, it sees what to_py() gives (a plain object is a dict), and JavaScript gets its result as
// to_js() gives it (a dict is an object, a float a number). One wrapper per function, so that
// removeEventListener finds the function addEventListener was given.
function py_js_fn(f) {
  var w = f.__py_js_fn__;
  if (w === undefined) {
    w = function () {
      var n = arguments.length, args = new Array(n);
      for (var i = 0; i < n; i++) args[i] = py_from_js(arguments[i]);
      return py_to_js(f.apply(this, args));
    };
    Object.defineProperty(f, '__py_js_fn__', {value: w});
  }
  return w;
}
