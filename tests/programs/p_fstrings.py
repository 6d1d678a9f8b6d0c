from difftest import cases


@cases((1,), (1.0,), (None,), (True,), ("s",), ([1, "a"],), ({"k": None},), (0.1,), (1e22,))
def fstr_basic(x):
    return [f"{x}", f"{x!r}", f"{x!s}", f"<{x}>"]


@cases((3, 2), (1, 3), (0, 1), (-7, 2))
def fstr_expr(a, b):
    return f"{a}/{b} = {a / b}; {a}//{b} = {a // b}; {a * 1.0}"


@cases(("é😀",), ("a'b",), ("",))
def fstr_ascii(s):
    return [f"{s!a}", f"{s!r:>10}", f"{s:*^9}"]


@cases((3.14159,), (2.0,), (-0.5,), (1234567.891,), (0,))
def fstr_specs(x):
    return [f"{x:.2f}", f"{x:10.3f}|", f"{x:<8}|", f"{x:+.1e}", f"{x:,.2f}", f"{x:.0%}", f"{x:g}"]


@cases((5, 3), (12, 0), (3, 8))
def fstr_nested_spec(w, p):
    v = 3.14159265
    return [f"{v:{w}.{p}f}", f"{'x':>{w}}", f"{v:.{p}}"]


@cases((1,), (42,), (-255,))
def fstr_int_specs(n):
    return [f"{n:x}", f"{n:#X}", f"{n:b}", f"{n:#o}", f"{n:05d}", f"{n:+d}", f"{n: d}", f"{n:c}" if n > 0 else ""]


@cases(("a", 2), ("b", 0))
def fstr_braces(s, n):
    return f"{{{s}}} {{}} {n}{{"


@cases(([1, 2, 3],), ([],))
def fstr_with_calls(xs):
    return f"n={len(xs)} total={sum(xs)} max={max(xs, default=None)} rev={xs[::-1]}"


@cases(({"name": "A", "v": 1.5},), ({"name": "é", "v": 2},))
def fstr_dict_access(d):
    return f"{d['name']}: {d['v']:.1f} ({d.get('missing', '-')})"


@cases((1.5,), (None,), (2,))
def fstr_cond(x):
    return f"{'none' if x is None else x:>6}|{x!r:^8}|"


@cases((10,), (0,))
def fstr_debug_like(n):
    return f"{n=}, {n + 1 = }"


@cases(("abc",), ("é",))
def fstr_str_specs(s):
    return [f"{s:10}|", f"{s:>10}|", f"{s:^10}|", f"{s:.2}|", f"{s:_<7.1}|"]


@cases((True,), (False,))
def fstr_bool(b):
    return [f"{b}", f"{b:d}", f"{b:>6}", f"{b!r}", f"{b:.1f}"]


@cases((1e-7,), (1e16,), (123456789.0,), (1.5e300,), (-0.0,))
def fstr_float_edges(x):
    return [f"{x}", f"{x:e}", f"{x:g}", f"{x:.3g}", f"{x:n}"]


@cases(("x", 3), ("", 1))
def fstr_multi_parts(s, n):
    parts = [f"{i}:{s * i}" for i in range(n)]
    return f"[{', '.join(parts)}]"
