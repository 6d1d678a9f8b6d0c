"""The review-realistic2 app (tests/fixtures/realistic2/app.py) end to end in Chromium, debug mode off: the
generated callbacks run in the page and show what the Python callbacks compute."""
from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Served, load_app_file

pytestmark = pytest.mark.browser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = 15000


def test_realistic2_in_chromium(browser, tmp_path):
    path = tmp_path / "app.py"                 # the generated assets go next to the copy, not into the repo
    shutil.copy(os.path.join(HERE, "fixtures", "realistic2", "app.py"), path)
    mod = load_app_file(path)
    served = Served(mod)
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    expect.set_options(timeout=T)      # every wait: a loaded machine (a CI run beside it) made 5 s too short once
    try:
        page.goto(served.url)
        expect(page.locator("#range-label")).to_have_text("Select a start and an end date", timeout=T)
        expect(page.locator("#store-error")).to_have_text(mod.validate_config(None))
        expect(page.locator("#by-city details")).to_have_count(3)           # Berlin, Unknown, Zürich
        expect(page.locator("#kpi .kpi-card")).to_have_count(3)
        page.fill("#ts", "2024-03-05T12:30:00")
        expect(page.locator("#ts-label")).to_have_text(mod.timestamp_label("2024-03-05T12:30:00"))
        page.fill("#ts", "2024-03-05T12:30:00Z")                           # the documented time zone limit: no update
        page.fill("#ts", "yesterday")
        expect(page.locator("#ts-label")).to_have_text(mod.timestamp_label("yesterday"))
        page.fill("#t-start", "2024-03-05 22:00")
        page.fill("#t-end", "2024-03-06 06:15")
        expect(page.locator("#duration-label")).to_have_text(mod.shift_duration("2024-03-05 22:00", "2024-03-06 06:15"))
        page.fill("#cal-month", "2024-02")
        expect(page.locator("#cal-days span.day, #cal-days span.weekend")).to_have_count(29)
        expect(page.locator("#cal-days span.pad")).to_have_count(3)          # 1 Feb 2024 is a Thursday
        page.fill("#title", "  Déjà vu -- again  ")
        expect(page.locator("#slug")).to_have_value(mod.slugify("  Déjà vu -- again  "))
        page.fill("#post", "Loving #Dash and #python! #dash")
        expect(page.locator("#hashtags li").first).to_have_text("#dash (2)")
        page.fill("#numbers-text", "3 apples, 4.5 pears and -2 plums")
        expect(page.locator("#numbers-sum")).to_have_text(mod.sum_numbers("3 apples, 4.5 pears and -2 plums"))
        page.fill("#essay", "  naïve café — très   bien ")
        expect(page.locator("#word-count")).to_have_text(mod.word_count("  naïve café — très   bien "))
        page.fill("#postcode", "sw1a1aa")
        expect(page.locator("#postcode-msg")).to_have_text("SW1A 1AA")
        page.fill("#hl-query", "quick")
        expect(page.locator("#highlighted mark")).to_have_text("quick")
        page.fill("#cal-month", "2024-13")
        expect(page.locator("#cal-days p")).to_have_text("Bad month 2024-13")
        assert errors == []
    finally:
        expect.set_options(timeout=5000)   # Playwright's default again
        page.close()
        served.close()
