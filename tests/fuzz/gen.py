"""A grammar-based generator of random programs in py2cs's supported subset.

``Gen(chooser).program()`` returns ``(source, args)``: the source of a module defining
``def f(<params>)`` (plus ``import math`` / ``import json``) and a tuple of JSON-like arguments.
The generator tracks the static type of every variable, so most programs are valid Python that
runs to completion, while risky operations (division by a value that may be zero, indexes that
may be out of range, ``int('abc')``...) make some of them raise, inside or outside ``try``.

Choices go through a *chooser*: :class:`RandomChooser` (a seeded ``random.Random``, for the long
run) or :class:`DrawChooser` (a Hypothesis ``draw``, so :func:`programs` is a Hypothesis strategy
that shrinks). Options are listed simplest first, so shrinking moves toward simple programs.
"""
from __future__ import annotations

import random

from .gen_features import Features

# ---------------------------------------------------------------- choosers


class RandomChooser:
    def __init__(self, rnd: random.Random):
        self.r = rnd

    def randint(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p


class DrawChooser:
    def __init__(self, draw):
        from hypothesis import strategies as st
        self.draw = draw
        self.st = st

    def randint(self, lo: int, hi: int) -> int:
        return self.draw(self.st.integers(lo, hi))

    def choice(self, seq):
        return seq[self.draw(self.st.integers(0, len(seq) - 1))]

    def chance(self, p: float) -> bool:
        # shrinks toward False
        return self.draw(self.st.integers(0, 999)) >= 1000 - int(p * 1000)


# ---------------------------------------------------------------- value pools

INTS = [0, 1, 2, 3, -1, -2, 5, 7, -7, 10, 100, 255, -1000, 12345, 2**31, -(2**31), 2**53 - 1]
FLOATS = ["0.5", "-0.5", "0.0", "1.5", "-2.5", "0.1", "0.2", "2.0", "-0.0", "3.14159", "1e-07", "1e16",
          "2.675", "0.125", "123.456", "1e300", "-1e-300", "1234567.891", "7.0", "1e21", "0.3"]
STRS = ["", "a", "abc", "Hello World", " pad ", "a,b,,c", "123", "-42", "3.5", "ß", "é", "ǅ", "😀x",
        "İi", "tab\there", "line1\nline2\r\n", "ab\u2028cd", "%", "{}", "x_y", "UPPER lower", "  ",
        "aaa", "0x1f", "1_000", "ﬁ", "Σσς", "a😀b😀", "naïve café", "\x00", "'\"\\", "</script>", "${x}`",
        "ΟΔΟΣ ΣΑΣ", "ﬃ", "\uffff", "e\u0301", "\u2168", "½²", "a\x85b\x1cc", "\u3000x\u3000"]
SEPS = [",", " ", "a", "", "😀", "ab", "\n", "-"]
STR_TO_NUM = ["'1.5'", "' 2 '", "'-0'", "'1e3'", "'inf'", "'-inf'", "'nan'", "'1_0.5'", "'abc'", "''",
              "'0x10'", "' -7 '", "'+3'", "'٣'", "'1e400'", "'10'", "'007'"]

INT_SPECS = ["", "d", "5d", "<5", ">5", "^5", "*^7", "+d", " d", "05d", ",", "_", "x", "X", "#x", "o", "#o",
             "b", "#b", ",d", "08,d", ".2f", "e", ".1%", "=+8", ".3g", "g", "-^9", "_x", "#010b", "+,"]
FLOAT_SPECS = ["", ".2f", ".0f", "10.3f", "<10.2f", "+.3e", "e", "E", ".3g", "g", "G", "%", ".1%", ",.2f",
               "_.3f", "08.2f", "=+10.2f", "f", ".10g", "z.1f", "#.0f", "#g", ".1", ">12", "^+9.2e", ".17g"]
STR_SPECS = ["", "<8", ">8", "^8", "*<6", "-^9", ".3", "10.2", "s", ">3s", "😀^5"]
ALIGNS = ["<", "^", ">", "*^", "0=", "+"]
BAD_SPECS = ["d", "f", "x", ",s", "=5", "c"]

EXC_CLASSES = ["ZeroDivisionError", "IndexError", "KeyError", "ValueError", "TypeError", "ArithmeticError",
               "LookupError", "Exception", "OverflowError", "AttributeError"]

NUMERIC = ("int", "float", "num", "bool")
SCALARS = ("int", "float", "str", "bool")
LISTS = {"list_int": "int", "list_str": "str", "list_float": "float", "records": "rec", "matrix": "list_int"}
ALL_TYPES = ("int", "float", "num", "str", "bool", "list_int", "list_str", "list_float", "dict_si", "opt_int",
             "records", "matrix", "rec", "date", "dt", "td")
# the types of the library features (gen_features.py): only generated when Gen.features is on
FEATURE_TYPES = ("date", "dt", "td", "set_int")
BASE_TYPES = tuple(t for t in ALL_TYPES if t not in FEATURE_TYPES)
FEATURE_EXPRS = ("int", "float", "num", "str", "bool", "list_int", "list_str", "dict_si", "opt_int")
PARAM_TYPES = ("int", "float", "str", "bool", "list_int", "list_str", "dict_si", "opt_int", "list_float",
               "records", "matrix")
REC_KEYS = ["'v'", "'x'", "'name'"]
REC_SORT_KEYS = ["q['v']", "(q['v'], q['name'])", "-q['v']", "q['name']"]
RECS = ["[]", "[{'name': 'a', 'v': 1}, {'name': 'b', 'v': -2}]", "[{'name': 'z', 'v': 3}]",
        "[{'name': 'b', 'v': 2}, {'name': 'a', 'v': 2}, {'name': 'é', 'v': -1}]"]


def _pyrepr(s: str) -> str:
    return repr(s)


class Gen(Features):
    def __init__(self, ch, max_stmts: int = 10, avoid_known: bool = True, features: float = 0.12):
        self.ch = ch
        # how often an expression uses one of the library features of gen_features.py (0: the original grammar)
        self.features = features
        self.all_types = ALL_TYPES if features else BASE_TYPES
        self.imports: set[str] = set()      # import lines the features used
        self.areas: set[str] = set()        # feature areas used (datetime, re, urllib...)
        self.rx_consts: list[str] = []      # module-level compiled patterns
        # steer away from divergences already filed in tests/programs/pending_fuzz_*.py, so that long runs
        # report new problems (see README.md); False generates them too
        self.avoid_known = avoid_known
        self.scope: dict[str, str] = {}     # variable -> type
        self.counter = 0
        self.uses_math = False
        self.uses_json = False
        self.frozen: set[str] = set()       # lists that must not grow (iterated by an enclosing loop)
        # containers that must not be mutated at all in the current loop (none at present: kept for
        # steering away from future known divergences)
        self.hard_frozen: set[str] = set()
        self.retyped: set[str] = set()      # names given another type inside a nested block
        self.consts: set[str] = set()       # module-level constants: read, never assigned in f
        self.aliases: dict[str, set] = {}   # list variable -> names sharing the same object
        self.loop_depth = 0
        self.funcs: list[tuple[str, str, str]] = []   # (name, param type, result type)
        self.max_stmts = max_stmts

    # ------------------------------------------------------------ helpers
    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def vars_of(self, t: str) -> list[str]:
        ok = {t}
        if t == "num":
            ok = {"int", "float", "num"}
        return [v for v, vt in self.scope.items() if vt in ok]

    def pick(self, options):
        """options: list of (weight, thunk); thunk() -> str."""
        total = sum(w for w, _ in options)
        n = self.ch.randint(0, total - 1)
        for w, thunk in options:
            if n < w:
                return thunk()
            n -= w
        return options[-1][1]()

    def math(self, name: str) -> str:
        self.uses_math = True
        return "math." + name

    # ------------------------------------------------------------ expressions
    def expr(self, t: str, d: int = 2) -> str:
        vs = self.vars_of(t)
        if d <= 0 or self.ch.chance(0.25):
            if vs and self.ch.chance(0.7):
                return self.ch.choice(vs)
            return self.leaf(t)
        if vs and self.ch.chance(0.2):
            return self.ch.choice(vs)
        if self.features and t in FEATURE_EXPRS and self.ch.chance(self.features):
            return getattr(self, "f_" + t)(d - 1)
        return getattr(self, "e_" + t)(d - 1)

    def anyval(self, d: int, kept: bool = False) -> str:
        """A value of any type, sometimes a variable whose static type is a union. kept: the value goes into the
        result, so not a timedelta (not JSON: the whole result would be Dash's TypeError, hiding the rest)."""
        types = [t for t in self.all_types if t != "td"] if kept else self.all_types
        anys = self.vars_of("any")
        if anys and self.ch.chance(0.3):
            return self.ch.choice(anys)
        if self.ch.chance(0.1):
            t1, t2 = self.ch.choice(types), self.ch.choice(types)
            return f"({self.expr(t1, d - 1)} if {self.expr('bool', d - 1)} else {self.expr(t2, d - 1)})"
        if self.ch.chance(0.08):
            t1, t2 = self.ch.choice(types), self.ch.choice(types)
            return f"({self.expr(t1, d - 1)} {self.ch.choice(['and', 'or'])} {self.expr(t2, d - 1)})"
        if self.ch.chance(0.05):
            self.uses_json = True
            return f"json.loads(json.dumps({self.expr(self.ch.choice(self.all_types), d - 1)}))"
        return self.expr(self.ch.choice(types), d)

    def leaf(self, t: str) -> str:
        ch = self.ch
        if t == "int":
            return repr(ch.choice(INTS))
        if t == "float":
            return ch.choice(FLOATS)
        if t == "num":
            return repr(ch.choice(INTS)) if ch.chance(0.5) else ch.choice(FLOATS)
        if t == "str":
            return _pyrepr(ch.choice(STRS))
        if t == "bool":
            return ch.choice(["True", "False"])
        if t == "list_int":
            return ch.choice(["[]", "[1, 2, 3]", "[3, -1, 2, -1]", "[0]", "[10, -20, 5, 5, 0]", "[7, 100, -3]"])
        if t == "list_str":
            return ch.choice(["[]", "['b', 'a', 'c']", "['', 'x']", "['B', 'a', 'é', 'Z', 'a']", "['10', '9', '1']"])
        if t == "list_float":
            return ch.choice(["[]", "[0.5, -1.5]", "[1.0, 2.5, 0.1]", "[2.0]", "[1e16, 1.0, -1e16]"])
        if t == "dict_si":
            return ch.choice(["{}", "{'a': 1, 'b': 2}", "{'x': -1}", "{'__proto__': 1, 'constructor': 2}",
                              "{'b': 0, 'a': 3, 'c': 3}"])
        if t == "opt_int":
            return ch.choice(["None", repr(ch.choice(INTS))])
        if t == "any":
            return self.leaf(ch.choice(self.all_types))
        if t == "records":
            return ch.choice(RECS)
        if t == "matrix":
            return ch.choice(["[]", "[[1, 2], [3, 4]]", "[[0], [], [5, -5, 5]]", "[[7, 8, 9]]"])
        if t == "rec":
            return ch.choice(["{'name': 'a', 'v': 1}", "{'name': '', 'v': 0}", "{'name': 'Ω', 'v': -3}"])
        if t in FEATURE_TYPES:
            return getattr(self, "leaf_" + t)()
        raise ValueError(t)

    def small_int(self) -> str:
        return self.ch.choice(["0", "1", "2", "3", "-1", "4"])

    def bounded(self, d: int, m: int = 7) -> str:
        """An int expression known to be small and non-negative."""
        return f"({self.expr('int', d)} % {m})"

    # int -------------------------------------------------------------
    def e_int(self, d):
        x = lambda: self.expr("int", d)  # noqa: E731
        ch = self.ch
        return self.pick([
            (6, lambda: f"({x()} {ch.choice(['+', '-', '*'])} {x()})"),
            (3, lambda: f"({x()} {ch.choice(['//', '%'])} {x()})"),
            (1, lambda: f"({x()} ** {ch.choice(['0', '1', '2', '3'])})"),
            (1, lambda: f"({x()} ** ({x()} % 4))"),
            (2, lambda: f"(-{x()})"),
            (2, lambda: f"abs({x()})"),
            (3, lambda: f"len({self.expr(ch.choice(['str', 'list_int', 'list_str', 'dict_si']), d)})"),
            (2, lambda: f"int({self.expr(ch.choice(['float', 'num', 'bool']), d)})"),
            (1, lambda: f"int({ch.choice(STR_TO_NUM)})"),
            (1, lambda: f"int({self.expr('str', d)})"),
            (1, lambda: f"int({self.expr('str', d)}, {ch.choice(['0', '2', '16', '36', '8'])})"),
            (2, lambda: f"round({self.expr('float', d)})"),
            (2, lambda: f"{self.math(ch.choice(['floor', 'ceil', 'trunc']))}({self.expr('num', d)})"),
            (3, lambda: f"{ch.choice(['min', 'max'])}({x()}, {x()})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({x()}, {x()}, {x()})"),
            (2, lambda: f"{ch.choice(['min', 'max'])}({self.expr('list_int', d)})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({self.expr('list_int', d)}, default={x()})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({self.expr('list_int', d)}, key=lambda q: {self.lam_int('q', d)})"),
            (2, lambda: f"sum({self.expr('list_int', d)})"),
            (1, lambda: f"sum({self.expr('list_int', d)}, {x()})"),
            (3, lambda: f"{self.expr('list_int', d)}[{x()}]"),
            (1, lambda: f"{self.expr('list_int', d)}[-1]"),
            (2, lambda: f"{self.expr('dict_si', d)}[{self.expr('str', d)}]"),
            (2, lambda: f"{self.expr('dict_si', d)}.get({self.expr('str', d)}, {x()})"),
            (2, lambda: f"{self.expr('str', d)}.{ch.choice(['find', 'count', 'rfind', 'index', 'rindex'])}({self.expr('str', d)})"),
            (1, lambda: f"{self.expr('str', d)}.find({self.expr('str', d)}, {x()})"),
            (1, lambda: f"{self.expr('list_int', d)}.{ch.choice(['index', 'count'])}({x()})"),
            (1, lambda: f"ord({self.expr('str', d)})"),
            (1, lambda: f"ord({self.expr('str', d)}[0])"),
            (2, lambda: f"({x()} {ch.choice(['&', '|', '^'])} {x()})"),
            (1, lambda: f"({x()} {ch.choice(['<<', '>>'])} {ch.choice(['0', '1', '3', '8'])})"),
            (1, lambda: f"(~{x()})"),
            (2, lambda: f"({x()} if {self.expr('bool', d)} else {x()})"),
            (1, lambda: f"({x()} + {self.expr('bool', d)})"),
            (1, lambda: f"divmod({x()}, {x()})[{ch.choice(['0', '1'])}]"),
            (1, lambda: f"sum(1 for q in {self.expr('list_int', d)} if {self.lam_bool('q', d)})"),
            # functions called through values (their arguments bound by the signature at run time)
            (1, lambda: f"[lambda q: q * 2, lambda q: 10 // q][{x()} % 2]({x()})"),
            (1, lambda: "{'a': lambda q: abs(q), 'b': lambda q: -q}[" + ch.choice(["'a'", "'b'"]) + f"]({x()})"),
            (1, lambda: f"len([q for q in {self.expr('list_int', d)} if {self.lam_bool('q', d)}])"),
            (1, lambda: f"{self.expr('str', d)}.count({self.expr('str', d)})"),
            (1, lambda: f"{self.math('gcd')}({x()}, {x()})"),
            (1, lambda: f"int({self.expr('bool', d)})"),
            (2, lambda: self.call_func("int", d)),
            (1, lambda: f"len(set({self.expr(ch.choice(['list_int', 'list_str', 'str']), d)}))"),
            (1, lambda: self.pop_expr("list_int", d)),
            (1, lambda: f"round({x()}, {ch.choice(['-1', '-2', '0', '1'])})"),
            (1, lambda: f"pow({x()}, {ch.choice(['0', '1', '2', '3'])})"),
            (1, lambda: f"len([y for q in {self.expr('list_int', d)} if (y := q * 2) > {x()}])"),
            (1, lambda: f"sum(q['v'] for q in {self.expr('records', d)})"),
            (1, lambda: f"{self.expr('rec', d)}['v']"),
            (1, lambda: f"{self.expr('rec', d)}.get({ch.choice(REC_KEYS)}, {x()})"),
            (1, lambda: f"{self.expr('matrix', d)}[{x()}][{x()}]"),
            (1, lambda: f"sum(sum(r) for r in {self.expr('matrix', d)})"),
            (1, lambda: f"max((len(r) for r in {self.expr('matrix', d)}), default=-1)"),
            (1, lambda: f"len(set({self.expr('list_int', d)}) {ch.choice(['|', '&', '-', '^'])} set({self.expr('list_int', d)}))"),
            (1, lambda: f"({x()}, {self.expr('str', d)})[{ch.choice(['0', '-2'])}]"),
            (1, lambda: f"max(zip({self.expr('list_int', d)}, {self.expr('list_str', d)}), default=(0, ''))[0]"),
        ])

    def lam_int(self, v, d):
        ch = self.ch
        neg = f"-{v}"
        if getattr(self, "no_tuples", False):
            return ch.choice([neg, f"{v} % 3", f"abs({v})", f"{v} * {v}", f"{v} // 2"])
        return ch.choice([neg, f"{v} % 3", f"abs({v})", f"({v} % 3, {neg})", f"{v} * {v}", f"{v} // 2"])

    def safe(self, t, d):
        """An index or range bound (once avoided: subscript-assignment and range() evaluation order, fixed)."""
        return self.expr(t, d)

    def lam_bool(self, v, d):
        ch = self.ch
        return ch.choice([f"{v} > 0", f"{v} % 2 == 0", f"{v} != {ch.choice(INTS)}", f"{v}", f"not {v}",
                          f"-3 < {v} <= 5"])

    def pop_expr(self, t, d):
        """list.pop() inside an expression: a side effect whose order matters."""
        vs = [v for v in self.vars_of(t) if not (self.loop_depth and self.aliases.get(v, {v}) & self.hard_frozen)]
        if not vs:
            return self.leaf(LISTS[t])
        v = self.ch.choice(vs)
        return f"({v}.pop() {self.ch.choice(['-', '+', '*'])} {v}.pop() if len({v}) > 1 else {self.leaf('int')})"

    def call_func(self, t, d):
        fs = [f for f in self.funcs if f[2] == t]
        if not fs:
            return self.leaf(t)
        name, pt, _ = self.ch.choice(fs)
        return f"{name}({self.expr(pt, d)})"

    # float -----------------------------------------------------------
    def e_float(self, d):
        ch = self.ch
        f = lambda: self.expr("float", d)  # noqa: E731
        n = lambda: self.expr("num", d)  # noqa: E731
        return self.pick([
            (5, lambda: f"({f()} {ch.choice(['+', '-', '*'])} {n()})"),
            (2, lambda: f"({n()} {ch.choice(['+', '-', '*'])} {f()})"),
            (4, lambda: f"({n()} / {n()})"),
            (2, lambda: f"({f()} {ch.choice(['//', '%'])} {n()})"),
            (1, lambda: f"({n()} {ch.choice(['//', '%'])} {f()})"),
            (2, lambda: f"float({self.expr(ch.choice(['int', 'num', 'bool']), d)})"),
            (2, lambda: f"float({ch.choice(STR_TO_NUM)})"),
            (1, lambda: f"float({self.expr('str', d)})"),
            (2, lambda: f"{self.math(ch.choice(['sqrt', 'log', 'exp', 'fabs', 'sin', 'cos', 'atan', 'log10', 'log2', 'degrees', 'radians']))}({n()})"),
            (1, lambda: f"{self.math('log')}({n()}, {n()})"),
            (1, lambda: f"{self.math(ch.choice(['pow', 'atan2', 'hypot', 'copysign']))}({n()}, {n()})"),
            (1, lambda: f"{self.math('fsum')}({self.expr(ch.choice(['list_float', 'list_int']), d)})"),
            (1, lambda: self.math(ch.choice(['pi', 'e', 'inf', 'tau']))),
            (2, lambda: f"round({f()}, {ch.choice(['0', '1', '2', '3', '-1'])})"),
            (2, lambda: f"abs({f()})"),
            (2, lambda: f"(-{f()})"),
            (2, lambda: f"{ch.choice(['min', 'max'])}({f()}, {n()})"),
            (1, lambda: f"sum({self.expr('list_float', d)})"),
            (1, lambda: f"{self.expr('list_float', d)}[{self.expr('int', d)}]"),
            (1, lambda: f"({n()} ** {ch.choice(['-1', '-2', '0.5', '2.0', '-0.5', '3'])})"),
            (1, lambda: f"({f()} ** {n()})"),
            (1, lambda: f"({f()} if {self.expr('bool', d)} else {n()})"),
            (1, lambda: f"divmod({f()}, {n()})[{ch.choice(['0', '1'])}]"),
        ])

    def e_any(self, d):
        return self.expr(self.ch.choice(self.all_types), d)

    def e_num(self, d):
        return self.expr(self.ch.choice(["int", "float"]), d)

    # str -------------------------------------------------------------
    def e_str(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        any_t = lambda: self.ch.choice(self.all_types)  # noqa: E731
        return self.pick([
            (4, lambda: f"({s()} + {s()})"),
            (1, lambda: f"({s()} * {ch.choice(['0', '1', '2', '3', '-1'])})"),
            (1, lambda: f"({s()} * ({i()} % 4))"),
            (3, lambda: f"{s()}[{i()}]"),
            (3, lambda: f"{s()}[{self.slice_expr(d)}]"),
            (6, lambda: f"{s()}.{ch.choice(['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip'])}()"),
            (2, lambda: f"{s()}.{ch.choice(['strip', 'lstrip', 'rstrip', 'removeprefix', 'removesuffix'])}({s()})"),
            (2, lambda: f"{s()}.replace({s()}, {s()})"),
            (1, lambda: f"{s()}.replace({s()}, {s()}, {ch.choice(['0', '1', '2', '-1'])})"),
            (2, lambda: f"{s()}.{ch.choice(['center', 'ljust', 'rjust'])}({self.bounded(d, 12)})"),
            (1, lambda: f"{s()}.{ch.choice(['center', 'ljust', 'rjust'])}({self.bounded(d, 12)}, {ch.choice(['*', '😀', 'é', ' ', '-'])!r})"),
            (1, lambda: f"{s()}.zfill({self.bounded(d, 9)})"),
            (1, lambda: f"{s()}.expandtabs({ch.choice(['', '4', '0', '1'])})"),
            (3, lambda: f"str({self.anyval(d)})"),
            (2, lambda: f"repr({self.anyval(d)})"),
            (6, lambda: self.fstring(d)),
            (2, lambda: self.str_format(d)),
            (2, lambda: self.nested_spec(d)),
            (2, lambda: self.percent_format(d)),
            (1, lambda: f"chr({self.bounded(d, 200)} + {ch.choice(['32', '65', '945', '128512', '0'])})"),
            (2, lambda: f"{ch.choice(['hex', 'oct', 'bin'])}({i()})"),
            (2, lambda: self.format_call(d)),
            (1, lambda: f"ascii({s()})"),
            (3, lambda: f"{ch.choice(SEPS)!r}.join({self.expr('list_str', d)})"),
            (2, lambda: f"{s()}.join({self.expr('list_str', d)})"),
            (1, lambda: f"', '.join(str(q) for q in {self.expr(ch.choice(['list_int', 'list_float']), d)})"),
            (2, lambda: self.json_dumps(d)),
            (2, lambda: f"{s()}.split({ch.choice(SEPS[:3])!r})[{i()}]"),
            (1, lambda: f"{s()}.{ch.choice(['partition', 'rpartition'])}({ch.choice(SEPS[:3])!r})[{ch.choice(['0', '1', '2'])}]"),
            (2, lambda: f"({s()} if {self.expr('bool', d)} else {s()})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({self.expr('list_str', d)}, key=len, default={s()})"),
            (1, lambda: f"{ch.choice(['min', 'max'])}({s()}, {s()})"),
            (1, lambda: f"{self.expr('list_str', d)}[{i()}]"),
            (1, lambda: f"(({s()}) or {s()})"),
            (1, lambda: f"''.join(reversed({s()}))"),
            (1, lambda: f"''.join(sorted({s()}))"),
            (2, lambda: self.call_func("str", d)),
            (1, lambda: f"str(({i()}, {s()}))"),
            (1, lambda: f"{self.expr('rec', d)}['name']"),
            (1, lambda: f"', '.join(q['name'] for q in {self.expr('records', d)})"),
            (1, lambda: f"str({self.expr('matrix', d)})"),
            (1, lambda: f"repr(({s()},))"),
            (1, lambda: f"str(sorted(set({s()})))"),
            (1, lambda: f"str({{{s()}: ({i()}, [{i()}])}})"),
        ])

    def slice_expr(self, d):
        ch = self.ch
        part = lambda: ch.choice(["", "", self.expr("int", d), ch.choice(["1", "-1", "2", "-2", "0", "10"])])  # noqa: E731
        if ch.chance(0.35):
            return f"{part()}:{part()}:{ch.choice(['-1', '2', '-2', '3', '1', '', '0'])}"
        return f"{part()}:{part()}"

    def fstring(self, d):
        ch = self.ch
        parts = []
        for _ in range(ch.randint(1, 3)):
            t = ch.choice(["int", "float", "str", "bool", "num", "list_int", "opt_int", "dict_si"]
                          + (["date", "dt", "td"] if self.features else []))
            e = self.expr(t, max(d - 1, 0))
            conv = ""
            if ch.chance(0.15):
                conv = ch.choice(["!r", "!s", "!a"])
            spec = ""
            if ch.chance(0.7):
                spec = self.spec_for("str" if conv else t)
            text = ch.choice(["", "x=", " | ", "{{", "}}", "é ", "%d "])
            if "\\" in e or ('"' in e and "'" in e) or "f'" in e or 'f"' in e:
                e = self.ch.choice(self.vars_of(t) or [self.leaf("int")])
                if "\\" in e or "'" in e or '"' in e:
                    e = "0"
            if e.startswith("{"):
                e = f"({e})"
            parts.append(text + "{" + e + conv + (":" + spec if spec else "") + "}")
        body = "".join(parts)
        q = "'''" if "'" in body else "'"
        if "'" in body and '"' not in body:
            q = '"'
        if "'" in body and '"' in body:
            return "str(" + self.expr("int", d) + ")"
        return "f" + q + body + q

    def spec_for(self, t):
        ch = self.ch
        if ch.chance(0.05):
            return ch.choice(BAD_SPECS)
        if t in ("int", "bool"):
            return ch.choice(INT_SPECS)
        if t in ("float", "num"):
            return ch.choice(FLOAT_SPECS)
        if t == "str":
            return ch.choice(STR_SPECS)
        if t in ("date", "dt"):
            return ch.choice(["%Y-%m-%d", "%d %B", "", ">10", "%H:%M:%S", "%%", "%y%j"])
        return ch.choice(["", "", ">10"])

    def nested_spec(self, d):
        """f-strings and str.format with nested replacement fields in the format spec."""
        ch = self.ch
        w = f"({self.expr('int', 0)} % 12)"
        p = f"({self.expr('int', 0)} % 6)"
        x = self.expr(ch.choice(["float", "num", "int"]), d)
        if "'" in x or '"' in x or "\\" in x:
            x = self.leaf("float")
        return self.pick([
            (2, lambda: f"f'{{{x}:>{{{w}}}}}'"),
            (2, lambda: f"f'{{{x}:.{{{p}}}f}}'"),
            (1, lambda: f"f'{{{x}:{ch.choice(ALIGNS)}{{{w}}}.{{{p}}}{ch.choice(['e', 'g', '%', 'f'])}}}'"),
            (2, lambda: f"'{{:{{}}.{{}}f}}'.format({x}, {w}, {p})"),
            (1, lambda: f"'{{0:{{1}}}}|{{0!r:>{{1}}}}'.format({self.expr('str', d)}, {w})"),
            (1, lambda: f"format({x}, '>' + str({w}))"),
        ])

    def str_format(self, d):
        ch = self.ch
        t1, t2 = ch.choice(SCALARS), ch.choice(SCALARS)
        fmt = ch.choice(["{} {}", "{0}-{1}-{0}", "{:>6}|{!r}", "{1}{0}", "[{:^9}] {}", "{0!s:>4} {1:}"])
        if ch.chance(0.3):
            fmt = "{:" + self.spec_for(t1) + "} {}"
        return f"{fmt!r}.format({self.expr(t1, d)}, {self.expr(t2, d)})"

    def percent_format(self, d):
        ch = self.ch
        return self.pick([
            (2, lambda: f"('%s-%d' % ({self.expr('str', d)}, {self.expr('int', d)}))"),
            (2, lambda: f"({ch.choice(['%5.2f', '%.3e', '%g', '%-8.1f|', '%+d', '%x', '%o', '%r', '%%%s', '%05d', '%c'])!r} % {self.expr(ch.choice(['num', 'int', 'float']), d)})"),
            (1, lambda: f"('%s' % ({self.expr(ch.choice(self.all_types), d)},))"),
            (1, lambda: f"('%(a)s:%(b)r' % {{'a': {self.expr('int', d)}, 'b': {self.expr('str', d)}}})"),
            (1, lambda: f"('%*d' % ({self.bounded(d, 8)}, {self.expr('int', d)}))"),
        ])

    def format_call(self, d):
        t = self.ch.choice(["int", "float", "str", "bool"])
        return f"format({self.expr(t, d)}, {self.spec_for(t)!r})"

    def json_dumps(self, d):
        self.uses_json = True
        t = self.ch.choice(self.all_types)
        kw = self.ch.choice(["", ", sort_keys=True", ", indent=2", ", separators=(',', ':')",
                             ", ensure_ascii=False", ", indent=0, sort_keys=True"])
        return f"json.dumps({self.expr(t, d)}{kw})"

    # bool ------------------------------------------------------------
    def e_bool(self, d):
        ch = self.ch
        b = lambda: self.expr("bool", d)  # noqa: E731

        def cmp():
            t = ch.choice(["int", "float", "str", "num", "list_int", "list_str", "bool"])
            op = ch.choice(["<", "<=", ">", ">=", "==", "!="])
            return f"({self.expr(t, d)} {op} {self.expr(t, d)})"

        def chain():
            t = ch.choice(["int", "num", "str"])
            return f"({self.expr(t, d)} {ch.choice(['<', '<='])} {self.expr(t, d)} {ch.choice(['<', '<=', '!='])} {self.expr(t, d)})"

        def eq_any():
            return f"({self.anyval(d)} {ch.choice(['==', '!='])} {self.anyval(d)})"

        return self.pick([
            (6, cmp),
            (2, chain),
            (2, eq_any),
            (2, lambda: f"({self.expr('int', d)} in {self.expr('list_int', d)})"),
            (2, lambda: f"({self.expr('str', d)} {ch.choice(['in', 'not in'])} {self.expr(ch.choice(['str', 'list_str', 'dict_si']), d)})"),
            (2, lambda: f"(not {b()})"),
            (1, lambda: f"(not {self.expr(ch.choice(self.all_types), d)})"),
            (2, lambda: f"bool({self.anyval(d)})"),
            (2, lambda: f"({b()} {ch.choice(['and', 'or'])} {b()})"),
            (2, lambda: f"isinstance({self.anyval(d)}, {ch.choice(['int', 'float', 'str', 'bool', 'list', 'dict', '(int, float)', 'tuple', '(str, list)'])})"),
            (3, lambda: f"{self.expr('str', d)}.{ch.choice(['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier'])}()"),
            (2, lambda: f"{self.expr('str', d)}.{ch.choice(['startswith', 'endswith'])}({self.expr('str', d)})"),
            (1, lambda: f"{self.expr('str', d)}.startswith(({self.expr('str', d)}, {self.expr('str', d)}))"),
            (2, lambda: f"{ch.choice(['any', 'all'])}({self.lam_bool('q', d)} for q in {self.expr('list_int', d)})"),
            (1, lambda: f"{ch.choice(['any', 'all'])}({self.expr('list_int', d)})"),
            (2, lambda: f"({self.expr('opt_int', d)} {ch.choice(['is', 'is not'])} None)"),
            (1, lambda: f"{self.math(ch.choice(['isnan', 'isinf', 'isfinite']))}({self.expr('num', d)})"),
            (1, lambda: f"{self.math('isclose')}({self.expr('num', d)}, {self.expr('num', d)})"),
            (1, lambda: f"({self.expr('dict_si', d)} == {self.expr('dict_si', d)})"),
            (1, lambda: f"callable({self.expr(ch.choice(self.all_types), d)})"),
            (1, lambda: f"({self.expr('int', d)} in set({self.expr('list_int', d)}))"),
            (1, lambda: f"(set({self.expr('list_int', d)}) {ch.choice(['<=', '<', '==', '>='])} set({self.expr('list_int', d)}))"),
            (1, lambda: f"set({self.expr('list_int', d)}).isdisjoint({self.expr('list_int', d)})"),
            (1, lambda: f"(({self.expr('int', d)}, {self.expr('str', d)}) {ch.choice(['<', '==', '>='])} ({self.expr('int', d)}, {self.expr('str', d)}))"),
            (1, lambda: f"({self.expr('list_int', d)} {ch.choice(['<', '==', '>'])} {self.expr('list_int', d)})"),
        ])

    # lists -----------------------------------------------------------
    def e_list_int(self, d):
        ch = self.ch
        l = lambda: self.expr("list_int", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        return self.pick([
            (3, lambda: "[" + ", ".join(i() for _ in range(ch.randint(0, 4))) + "]"),
            (3, lambda: f"sorted({l()})"),
            (1, lambda: f"sorted({l()}, reverse={ch.choice(['True', 'False'])})"),
            (2, lambda: f"sorted({l()}, key=lambda q: {self.lam_int('q', d)})"),
            (1, lambda: f"sorted({l()}, key=lambda q: {self.lam_int('q', d)}, reverse=True)"),
            (3, lambda: f"{l()}[{self.slice_expr(d)}]"),
            (2, lambda: f"({l()} + {l()})"),
            (1, lambda: f"({l()} * {ch.choice(['0', '2', '-1', '3'])})"),
            (4, lambda: f"[{self.lam_int('q', d)} for q in {l()}]" if ch.chance(0.5) else
                f"[{self.lam_int('q', d)} for q in {l()} if {self.lam_bool('q', d)}]"),
            (1, lambda: f"[q * r for q in {l()} for r in {l()}[:3]]"),
            (2, lambda: f"list(range({self.bounded(d, 9)}))"),
            (1, lambda: f"list(range({i()} % 7, {i()} % 11, {ch.choice(['1', '2', '-1', '3', '-2'])}))"),
            (2, lambda: f"list(map(lambda q: {self.lam_int('q', d)}, {l()}))"),
            (1, lambda: f"list(filter(lambda q: {self.lam_bool('q', d)}, {l()}))"),
            (1, lambda: f"list(filter(None, {l()}))"),
            (2, lambda: f"[len(q) for q in {self.expr('list_str', d)}]"),
            (2, lambda: f"list({self.expr('dict_si', d)}.values())"),
            (1, lambda: f"[q for q, r in enumerate({l()}) if r > 0]"),
            (1, lambda: f"[q + r for q, r in zip({l()}, {l()})]"),
            (1, lambda: f"list(reversed({l()}))"),
            (1, lambda: f"[*{l()}, *{l()}]"),
            (1, lambda: f"{l()}.copy()"),
            (1, lambda: f"sorted(set({l()}))"),
            (1, lambda: f"list(divmod({i()}, {i()}))"),
            (1, lambda: f"[ord(q) for q in {self.expr('str', d)}]"),
            (1, lambda: f"sorted({self.expr('dict_si', d)}.values())"),
            (1, lambda: f"sorted(set({l()}) {ch.choice(['|', '&', '-', '^'])} set({l()}))"),
            (1, lambda: f"sorted({{q % 4 for q in {l()}}})"),
            (1, lambda: f"list(({i()}, {i()}))"),
            (1, lambda: f"[t[0] for t in sorted(zip({l()}, {self.expr('list_str', d)}))]"),
            (1, lambda: f"[q for r in {self.expr('matrix', d)} for q in r]"),
            (1, lambda: f"[sum(r) for r in {self.expr('matrix', d)}]"),
            (1, lambda: f"[q['v'] for q in {self.expr('records', d)}]"),
            (1, lambda: f"[q for q, r in sorted(enumerate({l()}), key=lambda t: (t[1], -t[0]))]"),
        ])

    def e_list_str(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        ls = lambda: self.expr("list_str", d)  # noqa: E731
        return self.pick([
            (3, lambda: "[" + ", ".join(s() for _ in range(ch.randint(0, 3))) + "]"),
            (3, lambda: f"{s()}.split()"),
            (3, lambda: f"{s()}.{ch.choice(['split', 'rsplit'])}({ch.choice(SEPS[:-1])!r})"),
            (1, lambda: f"{s()}.{ch.choice(['split', 'rsplit'])}({ch.choice(['None'] + [repr(x) for x in SEPS[:3]])}, {ch.choice(['0', '1', '2', '-1'])})"),
            (1, lambda: f"{s()}.splitlines({ch.choice(['', 'True'])})"),
            (2, lambda: f"list({s()})"),
            (2, lambda: f"sorted({ls()})"),
            (1, lambda: f"sorted({ls()}, key={ch.choice(['len', 'str.lower', 'lambda q: q[::-1]', 'lambda q: (len(q), q)'])})"),
            (2, lambda: f"list({self.expr('dict_si', d)}.keys())"),
            (1, lambda: f"list({self.expr('dict_si', d)})"),
            (1, lambda: f"sorted({self.expr('dict_si', d)})"),
            (2, lambda: f"[str(q) for q in {self.expr(ch.choice(['list_int', 'list_float']), d)}]"),
            (2, lambda: f"[q.{ch.choice(['upper', 'strip', 'title'])}() for q in {ls()}]"),
            (1, lambda: f"[q for q in {s()} if q.isalpha()]"),
            (1, lambda: f"{ls()}[{self.slice_expr(d)}]"),
            (1, lambda: f"({ls()} + {ls()})"),
            (1, lambda: f"list({s()}.partition({ch.choice(SEPS[:3])!r}))"),
            (1, lambda: f"[k for k, v in {self.expr('dict_si', d)}.items() if v > {self.expr('int', d)}]"),
            (1, lambda: f"[q['name'] for q in {self.expr('records', d)}]"),
            (1, lambda: f"sorted({{q['name'] for q in {self.expr('records', d)}}})"),
        ])

    def e_list_float(self, d):
        ch = self.ch
        return self.pick([
            (2, lambda: "[" + ", ".join(self.expr("float", d) for _ in range(ch.randint(0, 3))) + "]"),
            (2, lambda: f"[q / {ch.choice(['2', '3', '0.5', '-4'])} for q in {self.expr('list_int', d)}]"),
            (1, lambda: f"[float(q) for q in {self.expr('list_int', d)}]"),
            (1, lambda: f"sorted({self.expr('list_float', d)})"),
            (1, lambda: f"[round(q, {ch.choice(['1', '2', '0'])}) for q in {self.expr('list_float', d)}]"),
        ])

    def e_dict_si(self, d):
        ch = self.ch
        s = lambda: self.expr("str", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        dd = lambda: self.expr("dict_si", d)  # noqa: E731
        return self.pick([
            (3, lambda: "{" + ", ".join(f"{s()}: {i()}" for _ in range(ch.randint(0, 3))) + "}"),
            (2, lambda: f"{{q: len(q) for q in {self.expr('list_str', d)}}}"),
            (2, lambda: f"dict(zip({self.expr('list_str', d)}, {self.expr('list_int', d)}))"),
            (1, lambda: f"{{**{dd()}, {s()}: {i()}}}"),
            (1, lambda: f"{{**{dd()}, **{dd()}}}"),
            (1, lambda: f"({dd()} | {dd()})"),
            (1, lambda: f"{dd()}.copy()"),
            (1, lambda: f"dict.fromkeys({self.expr('list_str', d)}, {i()})"),
            (1, lambda: f"{{k: v * 2 for k, v in {dd()}.items() if v}}"),
            (1, lambda: f"dict({dd()})"),
            (1, lambda: f"dict(sorted({dd()}.items()))"),
            (1, lambda: f"{{q['name']: q['v'] for q in {self.expr('records', d)}}}"),
        ])

    def e_records(self, d):
        ch = self.ch
        r = lambda: self.expr("records", d)  # noqa: E731
        i = lambda: self.expr("int", d)  # noqa: E731
        return self.pick([
            (2, lambda: "[" + ", ".join(self.expr("rec", d) for _ in range(ch.randint(0, 3))) + "]"),
            (2, lambda: f"sorted({r()}, key=lambda q: {ch.choice(REC_SORT_KEYS)})"),
            (2, lambda: f"[q for q in {r()} if q['v'] {ch.choice(['>', '<=', '!='])} {i()}]"),
            (1, lambda: f"({r()} + {r()})"),
            (1, lambda: f"[{{**q, 'v': q['v'] * 2}} for q in {r()}]"),
            (1, lambda: f"{r()}[::-1]"),
            (1, lambda: f"[dict(q) for q in {r()}]"),
            (1, lambda: f"[{{'name': k, 'v': v}} for k, v in {self.expr('dict_si', d)}.items()]"),
        ])

    def e_rec(self, d):
        return self.pick([
            (2, lambda: f"{{'name': {self.expr('str', d)}, 'v': {self.expr('int', d)}}}"),
            (2, lambda: f"{self.expr('records', d)}[{self.expr('int', d)}]"),
            (1, lambda: f"max({self.expr('records', d)}, key=lambda q: q['v'], default={{'name': '', 'v': 0}})"),
            (1, lambda: f"{{**{self.expr('rec', d)}, 'v': {self.expr('int', d)}}}"),
        ])

    def e_matrix(self, d):
        ch = self.ch
        m = lambda: self.expr("matrix", d)  # noqa: E731
        return self.pick([
            (2, lambda: "[" + ", ".join(self.expr("list_int", d) for _ in range(ch.randint(0, 3))) + "]"),
            (2, lambda: f"[[q * 2 for q in r] for r in {m()}]"),
            (1, lambda: f"[r[:] for r in {m()}]"),
            (1, lambda: f"sorted({m()})"),
            (1, lambda: f"[list(t) for t in zip({self.expr('list_int', d)}, {self.expr('list_int', d)})]"),
            (1, lambda: f"[r for r in {m()} if r]"),
            (1, lambda: f"{m()} + [{self.expr('list_int', d)}]"),
            (1, lambda: f"[[q] * {ch.choice(['0', '1', '2'])} for q in {self.expr('list_int', d)}]"),
        ])

    def e_opt_int(self, d):
        return self.pick([
            (2, lambda: self.expr("int", d)),
            (1, lambda: "None"),
            (2, lambda: f"{self.expr('dict_si', d)}.get({self.expr('str', d)})"),
            (1, lambda: f"({self.expr('int', d)} if {self.expr('bool', d)} else None)"),
        ])

    # ------------------------------------------------------------ statements
    def block(self, indent: int, n: int, depth: int) -> list[str]:
        saved_scope = dict(self.scope)
        lines: list[str] = []
        for _ in range(n):
            lines.extend(self.stmt(indent, depth))
        if indent > 1:
            # names first bound inside a nested block may be unbound afterwards: forget them
            for k in list(self.scope):
                if k not in saved_scope:
                    del self.scope[k]
                elif self.scope[k] != saved_scope[k]:
                    numeric = {"int", "float", "num"}
                    if self.scope[k] in numeric and saved_scope[k] in numeric:
                        self.scope[k] = "num"     # an int that became a float on some path
                    elif k in self.retyped:
                        self.scope[k] = "any"     # another type on some path
                    else:
                        self.scope[k] = saved_scope[k]
        if not lines:
            lines = ["    " * indent + "pass"]
        return lines

    def stmt(self, ind: int, depth: int) -> list[str]:
        ch = self.ch
        p = "    " * ind
        nested = ind > 1
        opts = [
            (8, lambda: self.s_assign(p, nested)),
            (6, lambda: [p + f"out.append({self.anyval(2, kept=True)})"]),
            (3, lambda: self.s_augassign(p)),
            (3, lambda: self.s_mutate(p)),
        ]
        if depth > 0:
            opts += [
                (4, lambda: self.s_if(ind, depth)),
                (4, lambda: self.s_for(ind, depth)),
                (1, lambda: self.s_while(ind, depth)),
                (3, lambda: self.s_try(ind, depth)),
            ]
        if self.features:
            opts += [(3, lambda: self.s_feature(ind, depth))]
        if not nested:
            opts += [(2, lambda: self.s_def(p)), (1, lambda: self.s_unpack(p)), (1, lambda: self.s_closures(p))]
        if self.loop_depth:
            opts += [(1, lambda: [p + f"if {self.expr('bool', 1)}:", p + "    " + ch.choice(["break", "continue"])])]
        if nested:
            opts += [(1, lambda: [p + f"if {self.expr('bool', 1)}:", p + f"    return {self.ret_expr()}"]),
                     (1, lambda: self.s_assign_any(p)),
                     (1, lambda: [p + f"if {self.expr('bool', 1)}:",
                                  p + f"    raise {ch.choice(['ValueError', 'KeyError', 'TypeError', 'IndexError'])}({self.expr('str', 1)})"]),
                     (1, lambda: [p + f"assert {self.expr('bool', 1)}, {self.expr('str', 1)}"])]
        return self.pick(opts)

    def s_assign(self, p, nested):
        ch = self.ch
        if self.scope and ch.chance(0.4):
            name = ch.choice(list(self.scope))
            if name in self.consts:
                return [p + f"out.append({name})"]
            t = self.scope[name]
            if t in LISTS and self.loop_depth and (self.aliases.get(name, {name}) & self.frozen):
                t = None
            if t is not None:
                if t in LISTS or t == "dict_si":
                    self.aliases[name] = {name}
                if not nested and ch.chance(0.15):
                    t2 = ch.choice(self.all_types)
                    line = p + f"{name} = {self.expr(t2, 2)}"
                    self.scope[name] = t2
                    self.aliases[name] = {name}
                    return [line]
                if self.loop_depth:
                    del self.scope[name]
                    try:
                        return [p + f"{name} = {self.expr(t, 2)}"]
                    finally:
                        self.scope[name] = t
                return [p + f"{name} = {self.expr(t, 2)}"]
        t = ch.choice(self.all_types)
        name = self.fresh()
        if t in LISTS and [v for v in self.vars_of(t) if v not in self.consts] and ch.chance(0.2) and not self.loop_depth:
            src = ch.choice([v for v in self.vars_of(t) if v not in self.consts])
            group = self.aliases.setdefault(src, {src})
            group.add(name)
            self.aliases[name] = group
            line = p + f"{name} = {src}"
        else:
            line = p + f"{name} = {self.expr(t, 3)}"
            self.aliases[name] = {name}
        self.scope[name] = t
        return [line]

    def s_augassign(self, p):
        ch = self.ch
        hard = set().union(*[self.aliases.get(h, {h}) for h in self.hard_frozen]) if self.hard_frozen else set()
        cands = [v for v, t in self.scope.items()
                 if t in ("int", "float", "num", "str", "list_int", "list_str", "list_float", "date", "dt", "td")
                 and v not in hard and v not in self.consts]
        if not cands:
            return [p + "out.append(0)"]
        v = ch.choice(cands)
        t = self.scope[v]
        if t in ("date", "dt"):
            return [p + f"{v} {ch.choice(['+=', '-='])} {self.expr('td', 1)}"]
        if t == "td":
            return [p + self.pick([(2, lambda: f"{v} {ch.choice(['+=', '-='])} {self.expr('td', 1)}"),
                                   (1, lambda: f"{v} {ch.choice(['*=', '//='])} {self.expr('int', 1)}")])]
        if t == "int" and ch.chance(0.25):
            # int -> float on this path (a static type that changes in a loop or branch)
            op = ch.choice(["+=", "-=", "*=", "/="])
            line = p + f"{v} {op} {self.expr('float' if op != '/=' else 'num', 1)}"
            self.scope[v] = "num"
            return [line]
        if t == "int":
            op = ch.choice(["+=", "-=", "*=", "//=", "%=", "|=", "&=", "^="])
            return [p + f"{v} {op} {self.expr('int', 1)}"]
        if t in ("float", "num"):
            op = ch.choice(["+=", "-=", "*=", "/=", "//=", "%="])
            return [p + f"{v} {op} {self.expr('num', 1)}"]
        if t == "str":
            if self.loop_depth:
                return [p + f"{v} += {self.leaf('str')}"]
            if ch.chance(0.2):
                return [p + f"{v} *= {ch.choice(['2', '0', '1'])}"]
            return [p + f"{v} += {self.expr('str', 1)}"]
        if self.loop_depth and (self.aliases.get(v, {v}) & self.frozen):
            return [p + f"out.append(len({v}))"]
        if self.loop_depth:
            return [p + f"{v} += {self.leaf(t)}"]
        if ch.chance(0.2):
            return [p + f"{v} *= {ch.choice(['2', '0', '1'])}"]
        return [p + f"{v} += {self.expr(t, 1)}"]

    def s_mutate(self, p):
        ch = self.ch
        hard = set().union(*[self.aliases.get(h, {h}) for h in self.hard_frozen]) if self.hard_frozen else set()
        lists = [v for v, t in self.scope.items() if t in LISTS and v not in hard and v not in self.consts]
        dicts = [v for v, t in self.scope.items() if t == "dict_si" and v not in hard and v not in self.consts]
        recs = [v for v, t in self.scope.items() if t == "rec"]
        if recs and self.ch.chance(0.3):
            v = ch.choice(recs)     # mutates a dict shared with the list it came from
            return [p + self.pick([
                (2, lambda: f"{v}['v'] += {self.expr('int', 1)}"),
                (1, lambda: f"{v}['name'] = {self.expr('str', 1)}"),
                (1, lambda: f"{v}.setdefault('seen', []).append({self.expr('int', 1)})"),
            ])]
        if not lists and not dicts:
            return [p + f"out.append({self.expr('str', 1)})"]
        if lists and (not dicts or ch.chance(0.6)):
            v = ch.choice(lists)
            et = LISTS[self.scope[v]]
            frozen = self.loop_depth and (self.aliases.get(v, {v}) & self.frozen)
            grow = [
                (3, lambda: f"{v}.append({self.expr(et, 1)})"),
                (1, lambda: f"{v}.extend({self.expr(self.scope[v], 1)})"),
                (1, lambda: f"{v}.insert({self.expr('int', 1)}, {self.expr(et, 1)})"),
            ]
            other = [
                (2, lambda: f"out.append({v}.pop())"),
                (1, lambda: f"out.append({v}.pop({self.expr('int', 1)}))"),
                (1, lambda: f"{v}.remove({self.expr(et, 1)})"),
                (2, lambda: f"{v}.sort()"),
                (1, lambda: f"{v}.sort(reverse=True)" if et != "int" else f"{v}.sort(key=lambda q: {self.lam_int('q', 1)})"),
                (1, lambda: f"{v}.reverse()"),
                (1, lambda: f"del {v}[{self.expr('int', 1)}]"),
                (2, lambda: f"{v}[{self.safe('int', 1)}] = {self.expr(et, 1)}"),
                (1, lambda: f"{v}[{self.slice_expr(1)}] = {self.expr(self.scope[v], 1)}"),
                (1, lambda: f"del {v}[{self.slice_expr(1)}]"),
                (1, lambda: f"{v}.clear()"),
            ]
            if frozen:   # iterated by an enclosing loop: shrinking only
                return [p + self.pick(other[:8] + other[9:])]
            if self.loop_depth:  # no self-referencing growth in loops (exponential sizes)
                grow[1] = (1, lambda: f"{v}.extend({self.leaf(self.scope[v])})")
            return [p + self.pick(grow + other)]
        v = ch.choice(dicts)
        return [p + self.pick([
            (3, lambda: f"{v}[{self.safe('str', 1)}] = {self.expr('int', 1)}"),
            (1, lambda: f"del {v}[{self.expr('str', 1)}]"),
            (1, lambda: f"{v}.update({self.expr('dict_si', 1)})"),
            (1, lambda: f"out.append({v}.setdefault({self.expr('str', 1)}, {self.expr('int', 1)}))"),
            (1, lambda: f"out.append({v}.pop({self.expr('str', 1)}, {self.expr('int', 1)}))"),
            (1, lambda: f"out.append({v}.pop({self.expr('str', 1)}))"),
            (1, lambda: f"out.append({v}.popitem())"),
            (1, lambda: f"{v}[{self.safe('str', 1)}] += {self.expr('int', 1)}"),
            (1, lambda: f"{v}[{self.expr('str', 1)}] = {v}.get({self.expr('str', 1)}, 0) + 1"),
        ])]

    def s_if(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        lines = [p + f"if {self.expr('bool', 2)}:"] + self.block(ind + 1, ch.randint(1, 3), depth - 1)
        if ch.chance(0.3):
            lines += [p + f"elif {self.expr(ch.choice(self.all_types), 1)}:"] + self.block(ind + 1, ch.randint(1, 2), depth - 1)
        if ch.chance(0.5):
            lines += [p + "else:"] + self.block(ind + 1, ch.randint(1, 2), depth - 1)
        return lines

    def s_for(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        x = self.fresh("x")
        kind = ch.choice(["list", "list", "range", "enumerate", "items", "str", "zip", "enum_items", "zip3", "lazy"])
        self.loop_depth += 1
        saved_frozen = set(self.frozen)
        saved_hard = set(self.hard_frozen)
        added = {x: None}
        if kind == "list":
            lt = ch.choice(list(LISTS))
            it = self.expr(lt, 1)
            if it in self.scope:
                self.frozen |= self.aliases.get(it, {it})
            head = f"for {x} in {it}:"
            added[x] = LISTS[lt]
        elif kind == "range":
            head = f"for {x} in range({self.safe('int', 1)} % 6, {self.expr('int', 1)} % 9):"
            added[x] = "int"
        elif kind == "enumerate":
            k = self.fresh("k")
            lt = ch.choice(list(LISTS))
            it = self.expr(lt, 1)
            if it in self.scope:
                self.frozen |= self.aliases.get(it, {it})
            head = f"for {k}, {x} in enumerate({it}{ch.choice(['', ', 1', ', -2'])}):"
            added[x] = LISTS[lt]
            added[k] = "int"
        elif kind == "items":
            k = self.fresh("k")
            it = self.expr('dict_si', 1)
            head = f"for {k}, {x} in {it}.items():"     # changing its size in the loop: RuntimeError
            added[x] = "int"
            added[k] = "str"
        elif kind == "zip":
            k = self.fresh("k")
            it1, it2 = self.expr('list_str', 1), self.expr('list_int', 1)
            head = f"for {k}, {x} in zip({it1}, {it2}):"
            for it in (it1, it2):       # zip is lazy: growing an iterated list would never end
                if it in self.scope:
                    self.frozen |= self.aliases.get(it, {it})
            added[x] = "int"
            added[k] = "str"
        elif kind == "enum_items":
            k, i = self.fresh("k"), self.fresh("k")
            order = ch.choice(["", "sorted(", "reversed("])
            src_ = f"{self.expr('dict_si', 1)}.items()"
            if order == "sorted(":
                src_ = f"sorted({src_}, key=lambda kv: ({ch.choice(['kv[1]', '-kv[1]', 'kv[0]'])}, kv[0]))"
            elif order == "reversed(":
                src_ = f"reversed(list({src_}))"
            head = f"for {i}, ({k}, {x}) in enumerate({src_}):"
            added[x] = "int"
            added[k] = "str"
            added[i] = "int"
        elif kind == "zip3":
            k, i = self.fresh("k"), self.fresh("k")
            head = (f"for {k}, {x}, {i} in zip({self.expr('list_str', 1)}, {self.expr('list_int', 1)}, "
                    f"{self.expr('str', 1)}):")
            added[x] = "int"
            added[k] = "str"
            added[i] = "str"
        elif kind == "lazy":
            # lazy sources: each item computed between loop bodies (a failing item comes after earlier bodies)
            lt = ch.choice(["list_int", "list_int", "list_str"])
            it = self.expr(lt, 1)
            if it in self.scope:
                self.frozen |= self.aliases.get(it, {it})
            q = "q"
            elt = ch.choice([f"10 // {q}", f"{q} * 2", f"{q} % 3", f"100 // ({q} - 1)", f"-{q}"]) if lt == "list_int" \
                else ch.choice([f"len({q}) * 2", f"int({q})", f"ord({q}[0])"])
            form = ch.choice(["map", "genexp", "genexp_if", "filter", "enum_map", "zip_gen"])
            if form == "map":
                head = f"for {x} in map(lambda {q}: {elt}, {it}):"
            elif form == "genexp":
                head = f"for {x} in ({elt} for {q} in {it}):"
            elif form == "genexp_if":
                cond = self.lam_bool(q, 1) if lt == "list_int" else f"{q}"
                head = f"for {x} in ({elt} for {q} in {it} if {cond}):"
            elif form == "filter":
                cond = self.lam_bool(q, 1) if lt == "list_int" else f"{q}"
                head = f"for {x} in map(len, filter(lambda {q}: {cond}, {it})):" if lt == "list_str" else \
                    f"for {x} in filter(lambda {q}: {cond}, {it}):"
            elif form == "enum_map":
                k = self.fresh("k")
                head = f"for {k}, {x} in enumerate(map(lambda {q}: {elt}, {it}){ch.choice(['', ', 1'])}):"
                added[k] = "int"
            else:
                k = self.fresh("k")
                head = f"for {k}, {x} in zip({self.expr('list_str', 1)}, ({elt} for {q} in {it})):"
                added[k] = "str"
            added[x] = "int"
        else:
            head = f"for {x} in {self.expr('str', 1)}:"
            added[x] = "str"
        for k, t in added.items():
            self.scope[k] = t
        lines = [p + head] + self.block(ind + 1, ch.randint(1, 3), depth - 1)
        for k in added:
            self.scope.pop(k, None)
        self.loop_depth -= 1
        self.frozen = saved_frozen
        self.hard_frozen = saved_hard
        if ch.chance(0.2):
            lines += [p + "else:"] + self.block(ind + 1, 1, depth - 1)
        return lines

    def s_while(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        w = self.fresh("w")
        self.loop_depth += 1
        lines = [p + f"{w} = 0", p + f"while {w} < {ch.randint(0, 5)}:", p + f"    {w} += 1"]
        lines += self.block(ind + 1, ch.randint(1, 3), depth - 1)
        self.loop_depth -= 1
        return lines

    def s_try(self, ind, depth):
        ch = self.ch
        p = "    " * ind
        lines = [p + "try:"] + self.block(ind + 1, ch.randint(1, 3), depth - 1)
        for _ in range(ch.randint(1, 2)):
            if ch.chance(0.3):
                cls = "(" + ", ".join(sorted({ch.choice(EXC_CLASSES) for _ in range(2)})) + ")"
            else:
                cls = ch.choice(EXC_CLASSES)
            e = self.fresh("e")
            lines.append(p + f"except {cls} as {e}:")
            msg = ch.choice([f"str({e})", repr(cls), f"repr({e})" if ch.chance(0.2) else f"str({e})"])
            lines.append(p + f"    out.append({msg})")
            if ch.chance(0.1):
                lines.append(p + f"    if {self.expr('bool', 1)}:")
                lines.append(p + "        raise")
        if ch.chance(0.25):
            lines += [p + "else:"] + self.block(ind + 1, 1, depth - 1)
        # (once avoided: break in a try/finally whose try returns, miscompiled by QuickJS; fixed)
        if ch.chance(0.3):
            lines += [p + "finally:", p + f"    out.append({self.expr('str', 1)})"]
            if ch.chance(0.3):
                flow = ["return " + self.ret_expr()] + (["break", "continue"] if self.loop_depth else [])
                lines += [p + f"    if {self.expr('bool', 1)}:", p + "        " + ch.choice(flow)]
        return lines

    def ret_expr(self) -> str:
        names = [v for v, t in self.scope.items() if t not in ("any", "set_int", "td")]
        extra = [self.ch.choice(names)] if names and self.ch.chance(0.7) else []
        return "[" + ", ".join(["out"] + extra) + "]"

    def s_assign_any(self, p):
        """Rebind a variable to a value of another type on one path: afterwards its type is unknown."""
        names = [v for v, t in self.scope.items() if len(v) > 1 and not v.startswith(("x", "k", "K"))]
        if not names:
            return [p + "pass"]
        name = self.ch.choice(names)
        if self.loop_depth and (self.aliases.get(name, {name}) & (self.frozen | self.hard_frozen)):
            return [p + "pass"]
        types = [t for t in self.all_types if t != self.scope[name]]
        t = self.ch.choice(types)
        line = p + f"{name} = {self.expr(t, 2)}"
        self.scope[name] = t
        self.aliases[name] = {name}
        self.retyped.add(name)
        return [line]

    def s_def(self, p):
        ch = self.ch
        name = self.fresh("g")
        pt = ch.choice(["int", "str", "list_int"])
        rt = ch.choice(["int", "str"])
        saved = dict(self.scope)
        kind = ch.choice(["plain", "plain", "default", "nonlocal", "closure_append"])
        dflt = self.expr("int", 1) if kind == "default" else None     # evaluated in the enclosing scope
        self.scope["p0"] = pt
        ints = [v for v, t in saved.items() if t in ("int", "num") and v not in self.consts and v != "out"]
        if kind == "nonlocal" and ints:
            # a closure that rebinds an enclosing variable; callers see the new value
            v = ch.choice(ints)
            lines = [p + f"def {name}(p0):", p + f"    nonlocal {v}", p + f"    {v} += len(str(p0))",
                     p + f"    return {v}" if rt == "int" else p + f"    return str({v})"]
            self.scope = saved
            self.funcs.append((name, pt, rt))
            return lines
        if kind == "closure_append":
            lines = [p + f"def {name}(p0):", p + "    out.append(p0)",
                     p + "    return len(out)" if rt == "int" else p + "    return repr(out[-1])"]
            self.scope = saved
            self.funcs.append((name, pt, rt))
            return lines
        if kind == "default":
            lines = [p + f"def {name}(p0, k={dflt}):"]
            self.scope["k"] = "int"
        else:
            lines = [p + f"def {name}(p0):"]
        if ch.chance(0.4):
            lines.append(p + f"    if {self.expr('bool', 1)}:")
            lines.append(p + f"        return {self.expr(rt, 2)}")
        lines.append(p + f"    return {self.expr(rt, 2)}")
        self.scope = saved
        self.funcs.append((name, pt, rt))
        return lines

    def s_unpack(self, p):
        ch = self.ch
        a, b = self.fresh(), self.fresh()
        kind = ch.choice(["divmod", "swap", "star", "partition"])
        if kind == "divmod":
            line = p + f"{a}, {b} = divmod({self.expr('num', 2)}, {self.expr('num', 2)})"
            self.scope[a] = self.scope[b] = "num"
            return [line]
        if kind == "swap":
            line = p + f"{a}, {b} = {self.expr('int', 2)}, {self.expr('str', 2)}"
            self.scope[a] = "int"
            self.scope[b] = "str"
            return [line, p + f"{a}, {b} = {a} * 2, {b} + 'x'"]
        if kind == "star":
            line = p + f"{a}, *{b} = {self.expr('list_int', 2)}"
            self.scope[a] = "int"
            self.scope[b] = "list_int"
            self.aliases[b] = {b}
            return [line]
        line = p + f"{a}, _, {b} = {self.expr('str', 2)}.partition({ch.choice(SEPS[:3])!r})"
        self.scope[a] = self.scope[b] = "str"
        return [line]

    def s_closures(self, p):
        v = self.fresh()
        self.scope[v] = "list_int"
        self.aliases[v] = {v}
        form = self.ch.choice([
            f"{v} = [h() for h in [lambda: q for q in range(3)]]",
            f"{v} = [h(1) for h in [lambda r: q + r for q in [5, 6]]]",
        ])
        return [p + form]

    # ------------------------------------------------------------ program
    def args_for(self, t: str):
        ch = self.ch
        if t == "int":
            return ch.choice(INTS)
        if t == "float":
            return float(ch.choice(FLOATS[:-4]))
        if t == "str":
            return ch.choice(STRS)
        if t == "bool":
            return ch.choice([True, False])
        if t == "list_int":
            return [ch.choice(INTS[:12]) for _ in range(ch.randint(0, 5))]
        if t == "list_str":
            return [ch.choice(STRS) for _ in range(ch.randint(0, 4))]
        if t == "list_float":
            return [float(ch.choice(FLOATS[:10])) for _ in range(ch.randint(0, 4))]
        if t == "dict_si":
            return {ch.choice(STRS[:12] + ["__proto__", "constructor", "toString"]): ch.choice(INTS[:12])
                    for _ in range(ch.randint(0, 3))}
        if t == "opt_int":
            return ch.choice([None, None, ch.choice(INTS[:12])])
        if t == "records":
            return [{"name": ch.choice(STRS[:14]), "v": ch.choice(INTS[:12])} for _ in range(ch.randint(0, 4))]
        if t == "matrix":
            return [[ch.choice(INTS[:12]) for _ in range(ch.randint(0, 3))] for _ in range(ch.randint(0, 3))]
        raise ValueError(t)

    def program(self) -> tuple[str, tuple]:
        ch = self.ch
        nparams = ch.randint(0, 3)
        params, args = [], []
        for name in ["a", "b", "c"][:nparams]:
            t = ch.choice(PARAM_TYPES)
            self.scope[name] = t
            self.aliases[name] = {name}
            params.append(name)
            args.append(self.args_for(t))
        consts = []
        for i in range(ch.randint(0, 2)):
            t = ch.choice(["int", "float", "str", "list_int", "dict_si", "list_str", "records"])
            name = f"K{i}"
            consts.append(f"{name} = {self.leaf(t)}")
            self.scope[name] = t
            self.aliases[name] = {name}
            self.consts.add(name)
        body = ["    out = []"]
        if self.features and ch.chance(0.25):
            # a battery: many feature expressions, each evaluated whatever the others raise
            body += self.battery(ch.randint(3, self.max_stmts + 2))
        for _ in range(ch.randint(1, self.max_stmts)):
            body.extend(self.stmt(1, 2))
        # a set or a timedelta is not JSON: the whole result would be a TypeError
        names = [v for v, t in self.scope.items() if t not in ("set_int", "td")]
        ret = [self.ch.choice(names)] if names and ch.chance(0.7) else []
        ret += [self.ch.choice(names) for _ in range(ch.randint(0, 2)) if names]
        body.append("    return [out" + "".join(", " + r for r in ret) + "]")
        head = []
        if self.uses_math:
            head.append("import math")
        if self.uses_json:
            head.append("import json")
        head += sorted(self.imports)
        consts = self.rx_consts + consts
        if consts:
            head += [""] + consts
        src = "\n".join(head + ([""] if head else []) + [f"def f({', '.join(params)}):"] + body) + "\n"
        return src, tuple(args)


# Mutations that make a valid program one CPython rejects at compile time (parser or symtable errors).
def _mutations(src: str):
    lines = src.split("\n")
    fdef = next(i for i, l in enumerate(lines) if l.startswith("def f("))
    params = lines[fdef][len("def f("):-2]

    def insert(text):
        return "\n".join(lines[:fdef + 2] + ["    " + text] + lines[fdef + 2:])

    return [
        lambda: src.replace("def f(" + params + ")", "def f(" + (params + ", " if params else "") + "q, q)", 1),
        lambda: src + "return 1\n",
        lambda: insert("break"),
        lambda: insert("continue"),
        lambda: insert("nonlocal out"),
        lambda: insert("out = [z for z in (w := [1])]"),
        lambda: insert("x = await out"),
        lambda: insert("1 = out"),
        lambda: insert("del len(out)"),
        lambda: insert("*out"),
        lambda: insert("print(sep='', sep='')"),
        lambda: insert("print(sep='', 1)"),
        lambda: insert("def g(p=1, r):\n        return p"),
        lambda: insert("out.append(sum(z for z in out, 1))"),
        lambda: insert("out.append(f'{\"\\n\".join(out)}')"),
        lambda: insert("out.append(out[0]\n    out.append(1)"),
        lambda: insert("global out"),
        lambda: insert("if out:\n    pass"),
        lambda: src.replace(":\n", "\n", 1),
        lambda: insert("class"),
        lambda: insert("x = 0777"),
        lambda: insert("x = 1__0"),
        lambda: insert("x = 'abc"),
    ]


def invalid_program(seed: int, max_stmts: int = 10) -> tuple[str, tuple]:
    """A generated program with one mutation that CPython rejects at compile time."""
    rnd = random.Random(seed)
    src, args = Gen(RandomChooser(rnd), max_stmts).program()
    muts = _mutations(src)
    return muts[rnd.randrange(len(muts))](), args


def random_program(seed: int, max_stmts: int = 10, avoid_known: bool = True, features: float = 0.12) -> tuple[str, tuple]:
    return Gen(RandomChooser(random.Random(seed)), max_stmts, avoid_known, features).program()


def random_program_areas(seed: int, max_stmts: int = 10, avoid_known: bool = True, features: float = 0.12):
    """(source, args, feature areas used) of random_program(seed)."""
    g = Gen(RandomChooser(random.Random(seed)), max_stmts, avoid_known, features)
    src, args = g.program()
    return src, args, sorted(g.areas)


def programs(max_stmts: int = 8):
    """Hypothesis strategy of (source, args)."""
    from hypothesis import strategies as st

    @st.composite
    def _prog(draw):
        return Gen(DrawChooser(draw), max_stmts).program()
    return _prog()
