"""Checklist "all" sync, counters with a progress bar, and a user_data store with triggered_prop_ids."""
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update

import py2cs

app = Dash(__name__)
OPTIONS = ["New York City", "Montreal", "San Francisco"]

app.layout = html.Div([
    dcc.Checklist(["All"], [], id="all-checklist", inline=True),
    dcc.Checklist(OPTIONS, [], id="city-checklist", inline=True),
    html.Button("+1", id="inc"), html.Button("-1", id="dec"), html.Button("reset", id="reset"),
    html.Div(id="count"),
    html.Progress(id="progress", value="0", max="10"),
    dcc.Store(id="counter", data=0),
    dcc.Input(id="name", value=""), dcc.Input(id="age", type="number"),
    html.Button("Save", id="save"), html.Button("Clear", id="clear"),
    dcc.Store(id="user-data", data={}),
    html.Pre(id="user-view"),
])


@py2cs.clientside(Output("city-checklist", "value"), Output("all-checklist", "value"),
                  Input("city-checklist", "value"), Input("all-checklist", "value"), app=app)
def sync_checklists(cities_selected, all_selected):
    if ctx.triggered_id == "city-checklist":
        all_selected = ["All"] if set(cities_selected) == set(OPTIONS) else []
    else:
        cities_selected = OPTIONS if all_selected else []
    return cities_selected, all_selected


@py2cs.clientside(Output("counter", "data"), Input("inc", "n_clicks"), Input("dec", "n_clicks"),
                  Input("reset", "n_clicks"), State("counter", "data"), prevent_initial_call=True, app=app)
def count(inc, dec, reset, value):
    step = {"inc": 1, "dec": -1}.get(ctx.triggered_id, 0)
    if ctx.triggered_id == "reset":
        return 0
    return min(10, max(0, (value or 0) + step))


@py2cs.clientside(Output("count", "children"), Output("progress", "value"), Input("counter", "data"), app=app)
def show_count(value):
    return f"count = {value} ({value * 10}%)", str(value)


@py2cs.clientside(Output("user-data", "data"), Input("save", "n_clicks"), Input("clear", "n_clicks"),
                  State("name", "value"), State("age", "value"), State("user-data", "data"),
                  prevent_initial_call=True, app=app)
def user_data(save, clear, name, age, data):
    if "clear.n_clicks" in ctx.triggered_prop_ids:
        return {}
    if not name:
        return no_update
    data = dict(data or {})
    data[name] = {"age": age, "saves": data.get(name, {}).get("saves", 0) + 1}
    return data


@py2cs.clientside(Output("user-view", "children"), Input("user-data", "data"), app=app)
def show_user_data(data):
    if not data:
        return "no users"
    lines = [f"{name}: age {info['age']}, saved {info['saves']}x" for name, info in sorted(data.items())]
    return "\n".join(lines)


if __name__ == "__main__":
    app.run(debug=False)
