"""n_clicks display, prime factors (no_update / PreventUpdate), temperature conversion, slider/input sync."""
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

import py2cs

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Click me", id="btn"),
    html.Div(id="clicks"),
    html.P("Enter a composite number to see its prime factors"),
    dcc.Input(id="num", type="number", debounce=True, min=2, step=1),
    html.P(id="err", style={"color": "red"}),
    html.P(id="out"),
    html.Div(["Celsius ", dcc.Input(id="celsius", type="number", value=0)]),
    html.Div(["Fahrenheit ", dcc.Input(id="fahrenheit", type="number", value=32)]),
    dcc.Slider(id="slider", min=0, max=20, step=1, value=10),
    dcc.Input(id="slider-input", type="number", min=0, max=20, value=10),
])


@py2cs.clientside(Output("clicks", "children"), Input("btn", "n_clicks"), app=app)
def show_clicks(n_clicks):
    if n_clicks is None:
        return "Not clicked yet"
    return f"Clicked {n_clicks} time{'s' if n_clicks != 1 else ''}"


def prime_factors(num):
    n, i, out = num, 2, []
    while i * i <= n:
        if n % i == 0:
            n = int(n / i)
            out.append(i)
        else:
            i += 1 if i == 2 else 2
    out.append(n)
    return out


@py2cs.clientside(Output("out", "children"), Output("err", "children"), Input("num", "value"), app=app)
def show_factors(num):
    if num is None:
        raise PreventUpdate
    factors = prime_factors(num)
    if len(factors) == 1:
        return no_update, "{} is prime!".format(num)
    return "{} is {}".format(num, " * ".join(str(n) for n in factors)), ""


@py2cs.clientside(Output("celsius", "value"), Output("fahrenheit", "value"),
                  Input("celsius", "value"), Input("fahrenheit", "value"), app=app)
def sync_temperature(celsius, fahrenheit):
    if ctx.triggered_id == "celsius":
        f = None if celsius is None else round(float(celsius) * 9 / 5 + 32, 1)
        return no_update, f
    c = None if fahrenheit is None else round((float(fahrenheit) - 32) * 5 / 9, 1)
    return c, no_update


@py2cs.clientside(Output("slider", "value"), Output("slider-input", "value"),
                  Input("slider", "value"), Input("slider-input", "value"), app=app)
def sync_slider(slider_value, input_value):
    value = input_value if ctx.triggered_id == "slider-input" else slider_value
    return value, value


if __name__ == "__main__":
    app.run(debug=False)
