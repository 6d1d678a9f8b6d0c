"""collections.deque in Dash callbacks, checked by py2cs.testing.assert_equivalent (the same JS as a build, run
as dash-renderer runs it, against the Python callback run as Dash's server runs it): the bounded history of a
dcc.Store, a deque returned as an output (Dash's server fails to encode it: both raise), a deque inside set_props,
a deque as the value of a multi-output callback or of a wildcard Output (Dash's server takes a list or tuple only)."""
from collections import deque

from dash import ALL, Dash, Input, Output, State, dcc, html, set_props

import py2cs
from py2cs.testing import assert_equivalent

app = Dash(__name__)
app.layout = html.Div([dcc.Store(id="hist"), dcc.Input(id="entry"), html.Div(id="shown"), html.Div(id="raw"),
                       html.Div(id={"type": "w", "i": 0}), html.Div(id={"type": "w", "i": 1})])


@py2cs.clientside(Output("hist", "data"), Output("shown", "children"), Input("entry", "value"), State("hist", "data"),
                  app=app)
def history(entry, stored):
    hist = deque(stored or [], maxlen=4)
    if entry:
        hist.appendleft(entry)
    return list(hist), " / ".join(str(h) for h in hist)


@py2cs.clientside(Output("raw", "children"), Input("entry", "value"), app=app)
def raw_deque(entry):
    d = deque([entry], maxlen=2)
    if entry == "list":
        return list(d)
    return d


@py2cs.clientside(Output("raw", "title"), Input("hist", "data"), app=app, prevent_initial_call=True)
def deque_in_set_props(stored):
    d = deque(stored or [])
    set_props("shown", {"children": d if len(d) > 2 else list(d)})
    return str(len(d))


@py2cs.clientside(Output("shown", "title"), Output("raw", "title"), Input("entry", "value"), app=app)
def multi_output_deque(entry):
    d = deque([entry, "x"])
    return list(d) if entry == "list" else tuple(d) if entry == "tuple" else d


@py2cs.clientside(Output({"type": "w", "i": ALL}, "children"), Input("entry", "value"), app=app)
def wildcard_output_deque(entry):
    d = deque([entry, "x"])
    return list(d) if entry == "list" else d


@py2cs.clientside(Output({"type": "w", "i": ALL}, "title"), Output("raw", "lang"), Input("entry", "value"), app=app)
def wildcard_in_multi_deque(entry):
    d = deque([entry, "y"])
    return (list(d) if entry == "list" else d), "en"


def test_history_store_agrees():
    assert_equivalent(history, examples=[("a", ["b", "c", "d", "e"]), (None, None), ("x", []), ("", ["y"])],
                      max_examples=60)


def test_deque_output_raises_on_both_sides():
    assert_equivalent(raw_deque, examples=[("list",), ("a",), (None,)], max_examples=20)


def test_deque_in_set_props_agrees():
    assert_equivalent(deque_in_set_props, examples=[([1, 2, 3],), ([1],), (None,)], max_examples=20)


def test_deque_as_multi_or_wildcard_output_raises_on_both_sides():
    # (was: the JS took the deque as the list of output values)
    for cb in (multi_output_deque, wildcard_output_deque, wildcard_in_multi_deque):
        assert_equivalent(cb, examples=[("list",), ("tuple",), ("a",), (None,)], max_examples=10)
