"""A py2cs callback that returns Dash components (tests/fixtures/components) in real Chromium: the DOM holds them."""
from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Served, load_app_file

pytestmark = pytest.mark.browser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = 15000


def test_components_render_in_chromium(browser, tmp_path):
    path = tmp_path / "app.py"                 # the generated assets go next to the copy, not into the repo
    shutil.copy(os.path.join(HERE, "fixtures", "components", "app.py"), path)
    served = Served(load_app_file(path))
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(served.url)
        expect(page.locator("#ul li")).to_have_count(2, timeout=T)
        expect(page.locator("#ul li").nth(0)).to_have_text("1. ann")
        expect(page.locator('[id=\'{"index":1,"type":"item"}\']')).to_have_text("2. bob")
        expect(page.locator("#summary .box b")).to_have_count(2)
        expect(page.locator("#summary")).to_contain_text("(2 names, tree size 5)")
        expect(page.locator("#summary strong")).to_have_text("md")
        expect(page.locator("#side em")).to_have_text("side 2")
        page.fill("#names", "")
        expect(page.locator("#list p.muted")).to_have_text("Nothing yet")
        expect(page.locator("#side em")).to_have_text("side 0")   # the Div already holds the Span
        page.fill("#names", "x, y, z")
        expect(page.locator("#ul li")).to_have_count(3)
        expect(page.locator("#ul li").nth(2)).to_have_text("3. z")
        assert errors == []
    finally:
        page.close()
        served.close()
