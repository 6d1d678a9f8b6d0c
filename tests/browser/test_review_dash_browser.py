"""The review fixture app (tests/fixtures/review_dash) in real Chromium: what Dash's server would show."""
from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Served, load_app_file

pytestmark = pytest.mark.browser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = 15000


def _load(tmp_path):
    src = os.path.join(HERE, "fixtures", "review_dash", "app.py")
    path = tmp_path / "app.py"                 # the generated assets go next to the copy, not into the repo
    shutil.copy(src, path)
    return load_app_file(path)


def cell(i):
    return f'[id=\'{{"index":{i},"type":"cell"}}\']'


def test_review_dash_in_chromium(browser, tmp_path):
    served = Served(_load(tmp_path))
    page = browser.new_page()
    try:
        page.goto(served.url)
        expect(page.locator("#pu-out")).to_have_text("ab", timeout=T)
        expect(page.locator("#side")).to_have_text("side ab")
        expect(page.locator(cell(0))).to_have_text("")          # 2 values for 3 ALL outputs: an error, no update
        page.fill("#inp", "abc")
        expect(page.locator(cell(2))).to_have_text("c")
        page.fill("#inp", "x")                                    # ValueError after set_props: nothing sent
        expect(page.locator("#nan-out")).to_have_text("x")
        expect(page.locator("#side")).to_have_text("side abc")
        page.fill("#inp", "nan")                                  # NaN is sent as null
        expect(page.locator("#pu-out")).to_have_text("nan")
        expect(page.locator("#nan-out")).to_have_text("")
        assert page.evaluate("document.getElementById('nan-out').textContent") == ""
    finally:
        page.close()
        served.close()
