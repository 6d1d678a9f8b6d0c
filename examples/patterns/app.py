"""Pattern-matching callbacks: ALL (a dynamic list and its total) and MATCH (per-item output)."""
from dash import ALL, MATCH, Dash, Input, Output, State, ctx, dcc, html

import py2cs

app = Dash(__name__)
app.layout = html.Div([
    html.Div([
        html.Div([
            dcc.Input(id={"type": "qty", "index": i}, type="number", value=i + 1),
            html.Button("double", id={"type": "double", "index": i}),
            html.Span(id={"type": "line", "index": i}),
        ]) for i in range(3)
    ]),
    html.Div(id="total"),
    html.Div(id="last-changed"),
])


@py2cs.clientside(Output("total", "children"), Output("last-changed", "children"),
                  Input({"type": "qty", "index": ALL}, "value"), app=app)
def total(values):
    nums = [v for v in values if v is not None]
    who = ctx.triggered_id
    last = "none" if who is None else f"item {who['index']}"
    return f"total = {sum(nums)} over {len(nums)} items", last


@py2cs.clientside(Output({"type": "line", "index": MATCH}, "children"),
                  Input({"type": "double", "index": MATCH}, "n_clicks"),
                  State({"type": "qty", "index": MATCH}, "value"), app=app)
def line(n_clicks, qty):
    index = ctx.outputs_list["id"]["index"]
    factor = 2 ** (n_clicks or 0)
    return f"#{index}: {(qty or 0) * factor}"


@py2cs.clientside(Output({"type": "qty", "index": ALL}, "value"),
                  Input({"type": "double", "index": ALL}, "n_clicks"),
                  State({"type": "qty", "index": ALL}, "value"), prevent_initial_call=True, app=app)
def double_all(clicks, values):
    i = ctx.triggered_id["index"]
    return [v * 2 if j == i and v is not None else v for j, v in enumerate(values)]


if __name__ == "__main__":
    app.run(debug=False)
