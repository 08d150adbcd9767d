"""Fixtures the admin's browser test modules share."""
from __future__ import annotations

import pytest

from support.browser import CHROMIUM, chromium, needs_chromium


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module (tests/support/browser.py); a test that asks for it is
    skipped where Chromium is not installed, marked or not."""
    if needs_chromium.args[0]:
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; "
                    ".ci/run does)")
    with chromium() as launched:
        yield launched
