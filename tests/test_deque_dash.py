"""collections.deque in Dash callbacks, checked by py2cs.testing.assert_equivalent (the same JS as a build, run
as dash-renderer runs it, against the Python callback run as Dash's server runs it): the bounded history of a
dcc.Store, a deque returned as an output (Dash's server fails to encode it: both raise), a deque inside set_props."""
from collections import deque

from dash import Dash, Input, Output, State, dcc, html, set_props

import py2cs
from py2cs.testing import assert_equivalent

app = Dash(__name__)
app.layout = html.Div([dcc.Store(id="hist"), dcc.Input(id="entry"), html.Div(id="shown"), html.Div(id="raw")])


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


def test_history_store_agrees():
    assert_equivalent(history, examples=[("a", ["b", "c", "d", "e"]), (None, None), ("x", []), ("", ["y"])],
                      max_examples=60)


def test_deque_output_raises_on_both_sides():
    assert_equivalent(raw_deque, examples=[("list",), ("a",), (None,)], max_examples=20)


def test_deque_in_set_props_agrees():
    assert_equivalent(deque_in_set_props, examples=[([1, 2, 3],), ([1],), (None,)], max_examples=20)
