"""Markers for tests that need one matcher: ``needs_durable`` skips (saying why) where
durable-rules is not installed, e.g. on Python 3.13 and later."""
from __future__ import annotations

import pytest

from dealer_rules.core.engine import durable_installed

#: for tests of durable-rules' own matcher (its sessions, shards, C limits)
needs_durable = pytest.mark.skipif(not durable_installed(), reason="durable-rules is not installed here")
