"""Injection and naming: hostile string contents, identifiers that are JS reserved words or globals, dict
keys that are special in JS objects, hostile namespaces and file names. Everything behaves as in CPython
(CPython vs QuickJS), nothing changes a JS prototype, and no string escapes its literal in the generated JS.
(tests/test_compiler.py has the first three hostile fixtures; these extend them.)"""
from __future__ import annotations

import json
import re

import pytest
import quickjs

import py2cs
from difftest import Compiled, check_function

HOSTILE = [
    "", "quote\" apos' both\"'", "back\\slash \\\\ \\n \\u2028 \\x00", "nl\n cr\r crlf\r\n tab\t vt\x0b ff\x0c",
    "ls\u2028 ps\u2029", "nul\x00inside", "</script><script>alert(1)</script>", "</SCRIPT >", "<!-- comment",
    "${x} ${`y`}", "`tick` ``", "*/ /* // -->", "\U0001F600 pair", "\ud800", "lone \udfff low", "\ud83d\ude00",
    "\x7f\x1b[31m", "\ufeffbom", "'''\"\"\"", "{0} {} %s %(a)s {{", "\\u0022); alert(1); (\\u0022",
]

JS_WORDS_AS_VALUES = ["constructor", "__proto__", "prototype", "hasOwnProperty", "toString", "valueOf",
                      "__defineGetter__", "__lookupGetter__", "isPrototypeOf", "then", "length", "0", "-0", "1e3",
                      "NaN", "Infinity", "undefined", "null", "true"]


# ---------------------------------------------------------------- strings

def string_literals(x):
    lits = ["quote\" apos' both\"'", "back\\slash \\\\ \\n", "nl\n cr\r tab\t", "ls\u2028 ps\u2029", "nul\x00x",
            "</script><script>alert(1)</script>", "</SCRIPT >", "<!-- c", "${x} ${`y`}", "`tick`", "*/ /* // -->",
            "\U0001F600", "\ud800", "a\udfffb", "\ufeff", "{0} {} %s {{"]
    out = []
    for s in lits:
        out.append([s, len(s), repr(s), s.upper(), s[::-1], s.split("\n"), s.replace("<", "&lt;"), f"[{s}]",
                    f"{s!r}", f"{s!a}", "%s|%r" % (s, s), "{}".format(s), s + str(x)])
    return out


def string_ops(s):
    t = "</script>${`x`}\u2028\x00\"'\\"
    return [s, len(s), s + t, t + s, repr(s), ascii(s), s.split("\u2028"), s.splitlines(), [ord(c) for c in s],
            s[::-1], s.strip(), s.count("\\"), s.find("${"), s.replace("`", "'"),
            f"{s:>30}", f"{s!r:^40}", "%-25s|" % s, s.partition("<")[2], sorted(s), s.title(), s.casefold(),
            s.zfill(30), s.center(31, "*"), s.expandtabs(4)]


@pytest.mark.parametrize("func,cases", [
    (string_literals, [(1,), ("</script>",)]),
    (string_ops, [(s,) for s in HOSTILE]),
])
def test_hostile_strings_behave_as_in_python(func, cases):
    check_function(func, cases)


def test_hostile_strings_in_json():
    import importlib.util
    import sys
    import tempfile
    src = ("import json\n\n\ndef string_json(s):\n    obj = [s, {'k': s, s: 1}]\n"
           "    return [json.dumps(obj), json.dumps(obj, ensure_ascii=False), json.loads(json.dumps(obj)) == obj,\n"
           "            json.dumps({s: [s]}, sort_keys=True, indent=1)]\n")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as fh:
        fh.write(src)
    spec = importlib.util.spec_from_file_location("inj_json_mod", fh.name)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["inj_json_mod"] = mod
    spec.loader.exec_module(mod)
    check_function(mod.string_json, [(s,) for s in HOSTILE])


# ---------------------------------------------------------------- identifiers

def js_reserved_params(eval, let, static, enum, interface, package, private, protected, public, implements,
                       instanceof, typeof, void, function, var, const, debugger, switch, case, default):
    return [eval, let, static, enum, interface, package, private, protected, public, implements,
            instanceof, typeof, void, function, var, const, debugger, switch, case, default]


def js_global_locals(x):
    undefined = x
    NaN = [x]
    Infinity = {"a": x}
    Object = "o"
    Array = 1
    Map = 2.5
    Set = None
    JSON = "j"
    Math = -1
    String = True
    Number = [Object, Array]
    Symbol = 0
    Error = "e"
    globalThis = "g"
    document = "d"
    console = "c"
    self = "s"
    length = 3
    constructor = "ctor"
    prototype = "proto"
    __proto__ = {"p": 1}
    hasOwnProperty = "h"
    toString = "t"
    valueOf = "v"
    py_add = "not the runtime"
    py_to_js = "nor this"
    dc = "nor the namespace"
    return [undefined, NaN, Infinity, Object, Array, Map, Set, JSON, Math, String, Number, Symbol, Error,
            globalThis, document, console, self, length, constructor, prototype, __proto__, hasOwnProperty,
            toString, valueOf, py_add, py_to_js, dc, undefined + 1 if isinstance(undefined, int) else 0]


def js_names_everywhere(xs):
    def new(this, arguments=2):
        return [this, arguments]

    def delete(eval):
        return eval * 2

    out = [new(1), new(this=3), delete(4)]
    for typeof in xs:
        out.append(typeof)
    out.append([instanceof + 1 for instanceof in xs])
    out.append(sorted(xs, key=lambda void: -void))
    try:
        out.append(xs[99])
    except IndexError as Error:
        out.append(str(Error))
    for constructor, prototype in enumerate(xs):
        out.append(constructor * prototype)
    return out


@pytest.mark.parametrize("func,cases", [
    (js_reserved_params, [tuple(range(20)), tuple([None] * 20), tuple(str(i) for i in range(20))]),
    (js_global_locals, [(1,), ("x",), (None,)]),
    (js_names_everywhere, [([1, 2, 3],), ([],)]),
])
def test_js_reserved_identifiers(func, cases):
    check_function(func, cases)


def test_top_level_function_names_are_js_words(tmp_path):
    names = ["new", "delete", "this", "arguments", "eval", "constructor", "toString",
             "hasOwnProperty", "valueOf", "window", "undefined", "NaN", "Object", "let", "static"]
    src = "\n\n".join(f"def {n}(x):\n    return [{n!r}, x]\n" for n in names)
    js = py2cs.transpile_source(src, str(tmp_path / "names.py"), namespace="ns")
    ctx = quickjs.Context()
    ctx.eval("var window = {}; var __before = Object.getOwnPropertyNames(Object.prototype).sort().join();")
    ctx.eval(js)
    for n in names:
        got = ctx.eval(f"JSON.stringify(Object.getOwnPropertyDescriptor(window.dash_clientside.ns, {json.dumps(n)})"
                       f".value(7))")
        assert json.loads(got) == [n, 7]
    assert ctx.eval("Object.getOwnPropertyNames(Object.prototype).sort().join() === __before")
    assert ctx.eval("({}).toString === Object.prototype.toString && typeof ({}).hasOwnProperty === 'function'")


def test_top_level_function_named_proto(tmp_path):
    src = "def __proto__(x):\n    return x\n\n\ndef f(x):\n    return x\n"
    js = py2cs.transpile_source(src, str(tmp_path / "protons.py"), namespace="ns")
    ctx = quickjs.Context()
    ctx.eval("var window = {};")
    ctx.eval(js)
    assert ctx.eval("Object.prototype.hasOwnProperty.call(window.dash_clientside.ns, '__proto__') && "
                    "Object.getPrototypeOf(window.dash_clientside.ns) === Object.prototype")


# ---------------------------------------------------------------- dict keys special in JS

def proto_key_ops(d, k):
    special = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf",
               "__defineGetter__", "isPrototypeOf", "then", "length"]
    e = {s: i for i, s in enumerate(special)}
    e[k] = "set"
    f = dict(zip(special, special))
    g = {**d, **e}
    g.update({"__proto__": {"polluted": True}})
    h = {}
    for s in special:
        h.setdefault(s, []).append(len(s))
    out = [e, f, g, h, list(e), sorted(e), [s in d for s in special], [d.get(s, "-") for s in special],
           e.pop("__proto__"), e.popitem(), len(e), k in e, str(f), repr(h), dict.fromkeys(special, 0),
           [kk for kk, vv in d.items()], {kk: vv for kk, vv in d.items()}, d == dict(d)]
    del f["constructor"]
    out.append(f)
    return out


def proto_key_json(s):
    return [s, {"__proto__": {"x": 1}, "constructor": {"prototype": {"y": 2}}}, {s: {s: s}}]


@pytest.mark.parametrize("k", JS_WORDS_AS_VALUES)
def test_special_keys_behave_as_in_python(k):
    d = {"__proto__": {"polluted": True}, "constructor": {"prototype": {"polluted": True}}, "toString": 1,
         "hasOwnProperty": 2, "1e3": 4}
    c = check_function(proto_key_ops, [(d, k), ({}, k)])
    assert c.ctx.eval("({}).polluted === undefined && Object.prototype.polluted === undefined && "
                      "typeof ({}).toString === 'function' && typeof ({}).hasOwnProperty === 'function' && "
                      "Object.getPrototypeOf({}) === Object.prototype")


def test_special_keys_at_the_boundary():
    c = check_function(proto_key_json, [(k,) for k in JS_WORDS_AS_VALUES])
    # the returned object has own properties only: '__proto__' is data, not the prototype
    out = c.ctx.eval("(function () { var r = __f('__proto__'); var o = r[1];"
                     " return [Object.getPrototypeOf(o) === Object.prototype,"
                     " Object.prototype.hasOwnProperty.call(o, '__proto__'), o.x === undefined,"
                     " ({}).x === undefined, ({}).y === undefined].join(); })()")
    assert out == "true,true,true,true,true"


def test_json_loads_proto_key_does_not_pollute(tmp_path):
    import importlib.util
    import sys
    src = ("import json\n\n\ndef loads_proto(s):\n    d = json.loads(s)\n    return [d, list(d), d.get('__proto__'), "
           "d['__proto__']['polluted'] if '__proto__' in d else None]\n")
    path = tmp_path / "inj_loads.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("inj_loads", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["inj_loads"] = mod
    spec.loader.exec_module(mod)
    c = check_function(mod.loads_proto, [('{"__proto__": {"polluted": true}, "a": 1}',),
                                         ('{"constructor": {"prototype": {"polluted": true}}}',),
                                         ('{"__proto__": 1, "__proto__": 2}',)])
    assert c.ctx.eval("({}).polluted === undefined && Object.prototype.polluted === undefined")


# ---------------------------------------------------------------- the generated text

def _hostile_js_texts():
    yield py2cs.transpile(string_literals)
    yield py2cs.transpile(string_ops)
    yield py2cs.transpile(proto_key_ops)
    yield py2cs.transpile(js_global_locals)


@pytest.mark.parametrize("i", range(4))
def test_generated_js_cannot_escape(i):
    js = list(_hostile_js_texts())[i]
    js.encode("utf-8")                                          # no raw lone surrogate
    assert not re.search(r"</script", js, re.I)
    assert "<!--" not in js
    assert "\u2028" not in js and "\u2029" not in js and "\x00" not in js
    for line in js.splitlines():                                 # no raw control characters
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", line), line
    quickjs.Context().eval("var __x = " + js + ";")                 # and it is one valid expression


def test_strings_survive_inline_script_embedding():
    """The module is safe even inside an inline <script>: the HTML parser sees no end tag."""
    c = Compiled(string_literals)
    html = "<script>" + c.js + "</script>"
    assert html.lower().count("</script") == 1


def test_hostile_namespace_and_source_names(tmp_path):
    from py2cs import compiler
    from py2cs.build import file_name

    path = tmp_path / "ok.py"
    path.write_text("def f(x):\n    return x\n", encoding="utf-8")
    fs = compiler.sources_of_file(str(path))
    cb = compiler.Callback("f", "$cb_f", fs[0])
    unit = compiler.compile_unit([cb])
    ns = "x'];alert(1);//\u2028</script>${`"
    js = compiler.render_module(unit, ns, ["ok.py"])
    assert "</script" not in js.lower() and "\u2028" not in js
    ctx = quickjs.Context()
    ctx.eval("var window = {};")
    ctx.eval(js)
    assert ctx.eval(f"typeof window.dash_clientside[{json.dumps(ns)}].f") == "function"
    assert re.fullmatch(r"py2cs_[0-9A-Za-z_.-]+\.js", file_name(ns))
    assert "/" not in file_name("../../etc/passwd") and not file_name("..").startswith(".")


def test_source_file_name_cannot_inject_code():
    js = py2cs.transpile_source("def f(x):\n    return x\n", "a\nwindow.injected = 1;\n.py", namespace="ns")
    ctx = quickjs.Context()
    ctx.eval("var window = {};")
    ctx.eval(js)
    assert ctx.eval("window.injected === undefined")
