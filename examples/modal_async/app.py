"""A modal opened and closed with set_props from a no-output callback, and an async def callback."""
from dash import Dash, Input, Output, State, ctx, dcc, html, set_props

import py2cs

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Open", id="open"),
    html.Div([html.Div("Hello from the modal", id="modal-body"), html.Button("Close", id="close")],
             id="modal", style={"display": "none"}),
    html.Div(id="modal-log"),
    dcc.Input(id="async-in", value="abc"),
    html.Div(id="async-out"),
])


@py2cs.clientside(Input("open", "n_clicks"), Input("close", "n_clicks"), prevent_initial_call=True, app=app)
def toggle_modal(open_clicks, close_clicks):
    is_open = ctx.triggered_id == "open"
    set_props("modal", {"style": {"display": "block" if is_open else "none"}})
    set_props("modal-log", {"children": f"{'opened' if is_open else 'closed'} by {ctx.triggered_id}"})


@py2cs.clientside(Output("async-out", "children"), Input("async-in", "value"), app=app)
async def shout_async(value):
    trigger = ctx.triggered_id
    text = (value or "").upper()
    return f"{text}! ({'initial' if trigger is None else trigger})"


if __name__ == "__main__":
    app.run(debug=False)
