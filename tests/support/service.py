"""What the service tests share besides fixtures: the sample rulesets' folder and Basic
credentials (the fixtures themselves are in tests/service/conftest.py)."""
from __future__ import annotations

import base64
from pathlib import Path

SUPPORT = Path(__file__).parent
RULESETS = SUPPORT / "rulesets"


def basic(username: str, password: str) -> dict:
    """The Authorization header of HTTP Basic credentials."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}
