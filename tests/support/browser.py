"""Chromium for the admin's browser tests: Debian's (installed by .ci/run; Playwright
downloads nothing here), headless, and a mark that skips a module when it is missing."""
from __future__ import annotations

import contextlib
import os

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

needs_chromium = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                    reason=f"Chromium is not installed at {CHROMIUM} "
                                           "(apt-get install chromium; .ci/run does)")


@contextlib.contextmanager
def chromium():
    """A launched Chromium, closed afterwards (one per test module: starting it costs
    about a second)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()
