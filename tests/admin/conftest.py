"""Fixtures the admin's browser test modules share."""
from __future__ import annotations

import pytest

from support.browser import chromium


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module (tests/support/browser.py)."""
    with chromium() as launched:
        yield launched
