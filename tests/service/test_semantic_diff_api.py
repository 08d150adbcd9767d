"""The diff API says what changed in business words (issue 12, item 6): after silver's
labour percent goes from 10 to 12 in the draft, ``GET .../diff?from=1&to=draft`` lists it
with its address, old 10 and new 12, in the reader's language; the dry run's label follows
(88折); the unified diff and rule ids are still there for existing clients."""
from __future__ import annotations

import pytest

from support.shipped_tiers import TIERS_NORTH, put_tiers_draft

URL = "/api/v1/groups/north/rulesets/tiers"
SILVER = "rule:silver_member/discount_labour/percent"
ZH = {"Accept-Language": "zh-CN"}
FACTS = {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
         "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


@pytest.fixture
def tiers_site(site_with):
    site = site_with(PLUGINS="dealer_rules.plugins.tiers")
    put_tiers_draft(site)
    published = site.client.post(URL + "/publish", headers=site.users["li"], json={"comment": "v1"})
    assert published.status_code == 201, published.get_json()
    return site


def test_the_diff_lists_the_change_in_business_words(tiers_site):
    site = tiers_site
    draft = site.client.get(URL, headers=site.users["mei"]).get_json()   # published: no draft
    text = TIERS_NORTH.replace("labour_discount, percent: 10}", "labour_discount, percent: 12}")
    saved = site.client.put(URL + "/draft", headers={**site.users["mei"], **ZH},
                            json={"yaml": text, "revision": draft["revision"]})
    assert saved.status_code == 200
    # the title still says 9折: a warning with its line, not an error
    (warning,) = saved.get_json()["problems"]
    assert warning["severity"] == "warning" and warning["rule"] == "silver_member"
    assert "“9折”" in warning["message"] and "“88折”" in warning["message"]
    assert text.splitlines()[warning["line"] - 1].strip().startswith("title: 银卡会员")

    answer = site.client.get(URL + "/diff?from=1&to=draft", headers={**site.users["mei"], **ZH})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["changes"] == [{"kind": "value_changed", "address": SILVER, "old": 10, "new": 12,
                                "rule": "silver_member", "text": "银卡会员 · 工时费折扣 10% → 12%"}]
    assert body["changed"] == ["silver_member"] and "+      - discount_labour" in body["unified"]
    english = site.client.get(URL + "/diff?from=1&to=draft", headers=site.users["mei"]).get_json()
    assert english["changes"][0]["text"] == "银卡会员 · Labour discount 10% → 12%"

    tried = site.client.post(URL + "/dry-run", headers={**site.users["mei"], **ZH},
                             json={"facts": FACTS, "at": "2026-11-27T10:00:00+08:00"})
    assert tried.status_code == 200, tried.get_json()
    assert tried.get_json()["result"]["benefits"][0]["label"] == "工时费88折"
