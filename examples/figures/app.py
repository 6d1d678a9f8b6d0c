"""Figure from a data store + scale radio, a Plotly-Express-style layout update, and a Patch figure update."""
from dash import Dash, Input, Output, Patch, State, dcc, html

import py2cs

app = Dash(__name__)

DATA = {
    "Canada": {"year": [1952, 1967, 1982, 1997, 2007], "pop": [14785584, 20819767, 25201900, 30305843, 33390141]},
    "Mexico": {"year": [1952, 1967, 1982, 1997, 2007], "pop": [30144317, 47995559, 71640904, 95895146, 108700891]},
}

app.layout = html.Div([
    dcc.Dropdown(id="country", options=list(DATA), value="Canada", clearable=False),
    dcc.RadioItems(id="scale", options=["linear", "log"], value="linear"),
    dcc.Store(id="store", data=DATA),
    dcc.Graph(id="graph"),
    html.Div(id="figure-title"),
    dcc.Input(id="title-input", value="Population"),
    dcc.Graph(id="styled-graph"),
    html.Button("Add point", id="add-point"),
    dcc.Graph(id="patched-graph", figure={"data": [{"type": "scatter", "x": [0], "y": [0]}],
                                          "layout": {"title": {"text": "points: 1"}}}),
    html.Div(id="patch-count"),
])


@py2cs.clientside(Output("graph", "figure"), Output("figure-title", "children"),
                  Input("country", "value"), Input("scale", "value"), State("store", "data"), app=app)
def update_graph(country, scale, data):
    series = data[country]
    figure = {
        "data": [{"type": "scatter", "mode": "lines+markers", "x": series["year"], "y": series["pop"],
                  "name": country}],
        "layout": {"yaxis": {"type": scale}, "title": {"text": f"{country} ({scale})"}},
    }
    return figure, f"{country} population, {len(series['year'])} points, max {max(series['pop']):,}"


@py2cs.clientside(Output("styled-graph", "figure"), Input("title-input", "value"), State("store", "data"), app=app)
def styled_figure(title, data):
    # what px.line(...).update_layout(...) would produce, written by hand (no pandas in the browser)
    traces = []
    for name in sorted(data):
        traces.append({"type": "scatter", "mode": "lines", "name": name, "x": data[name]["year"],
                       "y": data[name]["pop"], "legendgroup": name})
    layout = {"template": "plotly_white", "legend": {"title": {"text": "country"}},
              "xaxis": {"title": {"text": "year"}}, "yaxis": {"title": {"text": "pop"}}}
    layout["title"] = {"text": (title or "").strip().title() or "Untitled", "x": 0.5}
    return {"data": traces, "layout": layout}


@py2cs.clientside(Output("patched-graph", "figure"), Output("patch-count", "children"),
                  Input("add-point", "n_clicks"), prevent_initial_call=True, app=app)
def add_point(n_clicks):
    patched = Patch()
    patched["data"][0]["x"].append(n_clicks)
    patched["data"][0]["y"].append(n_clicks * n_clicks)
    patched["layout"]["title"]["text"] = f"points: {n_clicks + 1}"
    return patched, f"added {n_clicks}"


if __name__ == "__main__":
    app.run(debug=False)
