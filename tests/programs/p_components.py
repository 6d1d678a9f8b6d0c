"""Dash components built inside a function: the JSON Dash's server sends (Component.to_plotly_json), the
checks of Component.__init__, len() and truth (Component.__len__), identity, and the operations py2cs refuses
at run time when the value's type is not known statically."""
import json

import dash
from dash import dcc, html
from dash.html import Li
from difftest import cases


@cases(([],), (["a", "b"],), (None,))
def render_list(items):
    if not items:
        return html.P("Nothing yet", className="muted")
    return html.Ul([html.Li(f"{i + 1}. {name}", id={"type": "item", "index": i}) for i, name in enumerate(items)])


@cases((1,), (2.5,), ("nan",), (None,))
def props_kinds(v):
    if v == "nan":
        v = float(v)      # NaN and inf in a prop: null, as Dash's encoder sends them
    # positional binding by the signature (children, id), None passed explicitly is kept, an omitted prop is not,
    # html's children is always there, dcc only has what was passed; key order follows _prop_names
    return [html.Div(), html.Div(v), html.Div("x", "the-id"), html.Span(title=v, className=None),
            dcc.Input(value=v, id="inp"), dcc.Store(id="s", data={"v": v}), dash.html.B(children=[v, "t"]),
            Li(style={"color": "red"}, children="li")]


@cases(([],), (["a"],), (["a", "b", "c"],), ([["x", "y"]],))
def sizes(items):
    kids = [html.P(x) if isinstance(x, str) else html.Div([html.I(y) for y in x]) for x in items]
    d = html.Div(kids, id="d")
    e = html.Span()
    one = html.Section(html.P("x"))
    t = html.Div((html.B("b"), "c"))
    return [len(d), bool(d), len(e), bool(e), not e, len(one), len(t), len(html.P(0)), len(html.P({"a": 1})),
            "yes" if d else "no", d == d, d == e, d != e, d is d, d is e, [d, e].index(e), e in [d, e]]


@cases(([],), (["a", "b"],))
def children_built_up(items):
    out = []
    box = html.Div(out, className="box")
    for name in items:
        out.append(html.Span(name))      # the Div holds the same list: later appends are in it
    out.append(html.Hr())
    return {"box": box, "count": len(box), "by_name": {"first": out[0]}}


@cases((0,), (1,), (2,), (3,), (4,), (5,))
def init_errors(k):
    # Component.__init__'s run-time checks, with Dash's wording
    bad = [None, 3, {"a": [1]}, {1: "x"}, html.P("p"), "ok"][k]
    if k == 4:
        return html.Div(title=bad)
    return html.Div("x", id=bad)


def _any(x):
    return x


@cases((0,), (1,))
def component_in_prop_with_id(k):
    inner = html.B(["x", 1.5, None]) if k else html.B(html.I("deep"), id="b", title="t")
    return html.Div(id={"i": k}, title=_any(inner))


@cases((4,), (5,), (6,), (7,))
def runtime_refusals(k):
    # the static type is lost through the function: CPython's errors where they are exact (cases 0-3, which
    # py2cs's runtime refuses, are in tests/test_components.py)
    c = _any(html.Div([html.P("a", id="p")], id="d"))
    if k == 0:
        return str(c)
    if k == 1:
        return [x for x in c]
    if k == 2:
        return c["p"]
    if k == 3:
        return "p" in c
    if k == 4:
        return f"{c:>5}"
    if k == 5:
        return c + 1
    if k == 6:
        return sorted([c, c])
    return json.dumps(c)
