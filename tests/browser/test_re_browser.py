"""The re module end to end: a Dash app validating an email address and cleaning text with regular expressions,
in real Chromium (debug mode off), against what the Python callbacks return."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Served, load_app_file

pytestmark = pytest.mark.browser
T = 15000

APP = r'''
import re

from dash import Dash, Input, Output, dcc, html

import py2cs

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="email", type="text", value=""), html.Div(id="verdict"),
                       dcc.Input(id="text", type="text", value=""), html.Div(id="clean"), html.Div(id="nums")])


@py2cs.clientside(Output("verdict", "children"), Input("email", "value"), app=app)
def verdict(email):
    if not email:
        return "enter an address"
    m = EMAIL.match(email)
    if m is None:
        return "invalid: " + email
    user, _, domain = m.group().partition("@")
    return f"ok user={user} domain={domain} span={m.span()}"


@py2cs.clientside(Output("clean", "children"), Output("nums", "children"), Input("text", "value"), app=app)
def clean(text):
    text = text or ""
    slug = re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-")
    nums = re.findall(r"\d+", text)
    words = re.split(r"\s*[,;]\s*", text)
    return slug, f"{sum(int(n) for n in nums)} from {nums} / {words} / " + re.sub(r"(\w+)@(\w+)", r"\2 at \1", text)
'''


def test_re_callbacks_in_chromium(browser, tmp_path):
    path = tmp_path / "app.py"
    path.write_text(APP)
    served = Served(load_app_file(path))
    mod = served.mod
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(served.url)
        expect(page.locator("#verdict")).to_have_text("enter an address", timeout=T)
        shipped = "".join(p.read_text() for p in (tmp_path / "assets").glob("*.js"))
        assert "py_re_pat(" in shipped and "py_RE_W" in shipped      # the callbacks run in the browser
        for email in ["ana.b+x@mail-host.org", "not an email", "ü@höst.de", "a@b"]:
            page.fill("#email", email)
            expect(page.locator("#verdict")).to_have_text(mod.verdict(email), timeout=T)
        for text in ["Hello, World; 12 apples", "Ünïcode ٣ and 😀 x@y", "  a  ,b;c  "]:
            page.fill("#text", text)
            slug, nums = mod.clean(text)
            expect(page.locator("#clean")).to_have_text(slug, timeout=T)
            expect(page.locator("#nums")).to_have_text(nums, timeout=T)
        assert errors == []
    finally:
        page.close()
        served.close()
