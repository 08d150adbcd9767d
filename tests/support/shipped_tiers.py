"""The shipped tiers ruleset as group north's draft, for the parameters and spreadsheet
API tests."""
from __future__ import annotations

from dealer_rules.core.shipped import shipped_rulesets

TIERS_NORTH = (shipped_rulesets() / "default" / "tiers.yaml").read_text(encoding="utf-8").replace(
    "group: default", "group: north", 1)


def put_tiers_draft(site, text: str = TIERS_NORTH) -> None:
    answer = site.client.put("/api/v1/groups/north/rulesets/tiers/draft", headers=site.admin,
                             json={"yaml": text, "revision": 0})
    assert answer.status_code == 200, answer.get_json()
