"""Browser fixtures: one session-scoped headless Chromium (Playwright, Debian's /usr/bin/chromium) and
in-process Dash servers on 127.0.0.1 with a free port."""
from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import threading

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHROMIUM = os.environ.get("PY2CS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs a real Chromium")


def _unavailable(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _unavailable(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def load_example(name):
    """Import examples/<name>/app.py as module ``app`` (as `python app.py` / `py2cs build` would name it)."""
    return load_app_file(os.path.join(ROOT, "examples", name, "app.py"))


def load_app_file(path):
    """Import the app file at ``path`` as module ``app``, leaving sys.modules as it was."""
    spec = importlib.util.spec_from_file_location("app", path)
    mod = importlib.util.module_from_spec(spec)
    saved = sys.modules.get("app")
    sys.modules["app"] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        if saved is not None:
            sys.modules["app"] = saved
        else:
            sys.modules.pop("app", None)
    return mod


class Served:
    def __init__(self, mod):
        from werkzeug.serving import make_server
        self.mod = mod
        app = mod.app
        app.enable_dev_tools(debug=False, dev_tools_disable_version_check=True)
        self.server = make_server("127.0.0.1", 0, app.server, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.thread.join(5)


@pytest.fixture
def open_example(browser):
    opened = []

    def _open(name):
        served = Served(load_example(name))
        page = browser.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(served.url)
        opened.append((served, page, errors))
        return served.mod, page, errors

    yield _open
    for served, page, errors in opened:
        page.close()
        served.close()
