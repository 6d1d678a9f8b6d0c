"""Each example app in headless Chromium: interact and check the DOM shows what the Python callback returns."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

T = 15000


def pm(kind, index):
    return f'[id=\'{{"index":{index},"type":"{kind}"}}\']'


def test_basics(open_example):
    mod, page, errors = open_example("basics")
    expect(page.locator("#clicks")).to_have_text(mod.show_clicks(None), timeout=T)
    page.click("#btn")
    expect(page.locator("#clicks")).to_have_text(mod.show_clicks(1))
    page.click("#btn")
    expect(page.locator("#clicks")).to_have_text(mod.show_clicks(2))
    # prime factors: debounce=True -> press Enter
    page.fill("#num", "12")
    page.press("#num", "Enter")
    out, err = mod.show_factors(12)
    expect(page.locator("#out")).to_have_text(out)
    expect(page.locator("#err")).to_have_text(err)
    page.fill("#num", "7")
    page.press("#num", "Enter")
    expect(page.locator("#err")).to_have_text("7 is prime!")
    expect(page.locator("#out")).to_have_text(out)          # no_update kept the old value
    # temperature
    page.fill("#celsius", "100")
    expect(page.locator("#fahrenheit")).to_have_value("212")
    page.fill("#fahrenheit", "50")
    expect(page.locator("#celsius")).to_have_value("10")
    # slider <-> input
    page.fill("#slider-input", "15")
    expect(page.locator("#slider [role=slider]")).to_have_attribute("aria-valuenow", "15")
    assert errors == []


def test_figures(open_example):
    mod, page, errors = open_example("figures")
    fig, title = mod.update_graph("Canada", "linear", mod.DATA)
    expect(page.locator("#figure-title")).to_have_text(title, timeout=T)
    expect(page.locator("#graph .gtitle")).to_have_text("Canada (linear)")
    page.click("#scale input[value=log]")
    expect(page.locator("#graph .gtitle")).to_have_text("Canada (log)")
    expect(page.locator("#styled-graph .gtitle")).to_have_text("Population")
    page.fill("#title-input", "world population")
    expect(page.locator("#styled-graph .gtitle")).to_have_text(mod.styled_figure("world population", mod.DATA)["layout"]["title"]["text"])
    page.click("#add-point")
    expect(page.locator("#patch-count")).to_have_text("added 1")
    expect(page.locator("#patched-graph .gtitle")).to_have_text("points: 2")
    page.click("#add-point")
    expect(page.locator("#patched-graph .gtitle")).to_have_text("points: 3")
    n = page.evaluate("document.getElementById('patched-graph').querySelector('.js-plotly-plot').data[0].x")
    assert n == [0, 1, 2]
    assert errors == []


def test_stores(open_example):
    mod, page, errors = open_example("stores")
    expect(page.locator("#count")).to_have_text(mod.show_count(0)[0], timeout=T)
    page.click("#all-checklist input")
    for i in range(3):
        expect(page.locator("#city-checklist input").nth(i)).to_be_checked()
    page.locator("#city-checklist input").nth(1).uncheck()
    expect(page.locator("#all-checklist input")).not_to_be_checked()
    for _ in range(3):
        page.click("#inc")
    expect(page.locator("#count")).to_have_text("count = 3 (30%)")
    expect(page.locator("#progress")).to_have_attribute("value", "3")
    page.click("#dec")
    expect(page.locator("#count")).to_have_text("count = 2 (20%)")
    page.click("#reset")
    expect(page.locator("#count")).to_have_text("count = 0 (0%)")
    expect(page.locator("#user-view")).to_have_text("no users")
    page.fill("#name", "ann")
    page.fill("#age", "30")
    page.click("#save")
    expect(page.locator("#user-view")).to_have_text("ann: age 30, saved 1x")
    page.click("#save")
    expect(page.locator("#user-view")).to_have_text("ann: age 30, saved 2x")
    page.click("#clear")
    expect(page.locator("#user-view")).to_have_text("no users")
    assert errors == []


def test_modal_and_async(open_example):
    mod, page, errors = open_example("modal_async")
    expect(page.locator("#async-out")).to_have_text("ABC! (initial)", timeout=T)
    expect(page.locator("#modal")).to_be_hidden()
    page.click("#open")
    expect(page.locator("#modal")).to_be_visible()
    expect(page.locator("#modal-log")).to_have_text("opened by open")
    page.click("#close")
    expect(page.locator("#modal")).to_be_hidden()
    expect(page.locator("#modal-log")).to_have_text("closed by close")
    page.fill("#async-in", "py2cs")
    expect(page.locator("#async-out")).to_have_text("PY2CS! (async-in)")
    assert errors == []


def test_patterns(open_example):
    mod, page, errors = open_example("patterns")
    expect(page.locator("#total")).to_have_text("total = 6 over 3 items", timeout=T)
    expect(page.locator("#last-changed")).to_have_text("none")
    expect(page.locator(pm("line", 1))).to_have_text("#1: 2")
    page.fill(pm("qty", 1), "10")
    expect(page.locator("#total")).to_have_text("total = 14 over 3 items")
    expect(page.locator("#last-changed")).to_have_text("item 1")
    page.click(pm("double", 2))
    expect(page.locator(pm("line", 2))).to_have_text("#2: 6")
    expect(page.locator(pm("qty", 2))).to_have_value("6")
    expect(page.locator("#total")).to_have_text("total = 17 over 3 items")
    assert errors == []
