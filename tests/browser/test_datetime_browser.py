"""datetime in real Chromium (tests/fixtures/datetime_dash): the seed callback reads the browser's clock in the
browser's time zone (pinned here: Date.now and the context's timezone), and dates returned to Dash arrive as the
ISO strings Dash's server would send."""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Served, load_app_file

pytestmark = pytest.mark.browser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = 15000
PINNED_MS = 1_730_613_600_000 + 1234       # 2024-11-03T06:00:01.234Z: 01:00:01 (second time) in New York


def _load(tmp_path):
    src = os.path.join(HERE, "fixtures", "datetime_dash", "app.py")
    path = tmp_path / "app.py"                 # the generated assets go next to the copy, not into the repo
    shutil.copy(src, path)
    return load_app_file(path)


@pytest.mark.parametrize("tz", ["America/New_York", "Asia/Kolkata"])
def test_datetime_in_chromium(browser, tmp_path, tz):
    served = Served(_load(tmp_path))
    context = browser.new_context(timezone_id=tz)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(f"Date.now = function () {{ return {PINNED_MS}; }};")
    try:
        page.goto(served.url)
        expected = datetime.fromtimestamp(PINNED_MS / 1000, ZoneInfo(tz)).strftime("%H:%M:%S")
        # the initial call (n_clicks None) runs too: the same pinned clock
        expect(page.locator("#first_output_3")).to_have_text("in the fast callback it is " + expected, timeout=T)
        page.click("#button_3")
        expect(page.locator("#first_output_3")).to_have_text("in the fast callback it is " + expected)
        expect(page.locator("#label")).to_have_text("Wed 28 Feb 2024 + 1 days = Thursday 29 February 2024")
        expect(page.locator("#stored")).to_have_text("2024-02-29 / 2024-02-29T09:00:00")
        page.fill("#days", "366")
        expect(page.locator("#label")).to_have_text("Wed 28 Feb 2024 + 366 days = Friday 28 February 2025")
        expect(page.locator("#stored")).to_have_text("2025-02-28 / 2025-02-28T09:00:00")
        assert not errors, errors
    finally:
        page.close()
        context.close()
        served.close()

