"""The admin's impact JSON (web/admin/pages_impact.py) behind the publish page's panel:
who may ask, the recorded sample or an uploaded file, names of result fields, Try it links."""
from __future__ import annotations

import datetime as dt
import io
import json
from urllib.parse import parse_qs, urlparse

import pytest

from admin_support import Admin, cheap_passwords, prepare_store  # noqa: F401 - fixture
from dealer_rules.core.store import Actor, Workflow
from dealer_rules.core.store.samples import add_samples

AT = dt.datetime.fromisoformat("2026-11-27T10:00:00+08:00")
SILVER = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}]},
          "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
STRANGER = {"order": {"kind": "maintenance", "labour_amount": "500.00", "parts_amount": "0"}}
URL = "/admin/g/huadong/tiers/impact"


@pytest.fixture
def admin(tmp_path):
    from dealer_rules.web import create_app
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    password = prepare_store(url)
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SECRET_KEY": "test"})
    yield Admin(app, app.extensions["dealer_rules"].store, password)
    app.extensions["dealer_rules"].close()


def draft_silver_12(admin):
    found = admin.services
    workflow = Workflow(admin.store, found.registry, found.evaluator)
    with admin.store.read() as session:
        from dealer_rules.core.store import rulesets
        head = rulesets.head(session, "huadong", "tiers")
        text, revision = rulesets.published_of(session, head).yaml, head.revision
    workflow.save_draft("huadong", "tiers", text.replace("percent: 10}", "percent: 12}"),
                        revision, Actor("test"))


def test_the_recorded_sample_against_the_draft(admin):
    admin.login("lin", lang="en")                        # an editor of huadong
    assert admin.get(URL).status_code == 404             # no draft yet
    draft_silver_12(admin)
    with admin.store.write() as session:
        add_samples(session, [{"group": g, "domain": "tiers", "version": 1, "at": AT, "facts": f}
                              for g, f in [("huadong", SILVER)] * 3 + [("huadong", STRANGER)]
                              + [("beifang", SILVER)] * 5], 100, 0)
    answer = admin.get(URL)
    assert answer.status_code == 200
    data = answer.get_json()
    report = data["report"]
    assert (report["source"], report["evaluated"], report["changed"]) == ("sample", 4, 3)
    assert data["labels"]["order.labour_discount"] == "Amount taken off labour"
    example = report["kinds"][0]["examples"][0]
    link = urlparse(example["try_url"])
    assert link.path == "/admin/g/huadong/tiers/try"
    assert json.loads(parse_qs(link.query)["facts"][0]) == SILVER
    assert parse_qs(link.query)["at"] == ["2026-11-27T02:00"]   # stored in UTC

    upload = admin.post(URL, data={"customers": (io.BytesIO(
        b"order.kind,order.labour_amount,customer.car_purchases\n"
        b'maintenance,1000.00,"[{""purchased_on"": ""2024-03-01""}]"\n'), "c.csv")},
        page="/admin/g/huadong/tiers/publish", content_type="multipart/form-data")
    assert upload.status_code == 200, upload.get_data(as_text=True)
    assert upload.get_json()["report"]["source"] == "file"
    assert upload.get_json()["report"]["changed"] == 1
    bad = admin.post(URL, data={"customers": (io.BytesIO(b"{"), "c.jsonl")},
                     page="/admin/g/huadong/tiers/publish", content_type="multipart/form-data")
    assert bad.status_code == 422 and "1" in bad.get_json()["error"]

    page = admin.text("/admin/g/huadong/tiers/publish")
    assert 'id="impact"' in page and "impact.js" in page


def test_who_may_see_it(admin):
    draft_silver_12(admin)
    admin.login("chen")                                  # a viewer
    assert admin.get(URL).status_code == 403
    assert 'id="impact"' not in admin.text("/admin/g/huadong/tiers/publish")
    admin.login("zhao")                                  # another group's publisher
    assert admin.get(URL).status_code == 404


GOLD = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}],
                     "service_orders": [{"paid_on": "2026-06-01", "amount_paid": "15000.00"}]},
        "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


def test_changed_values_are_named_in_the_readers_language(admin):
    """A manager reads 会员等级: 金卡 → 银卡, not ``tier: gold→silver``: the value's name comes
    from the plugin's description of the field (as the facts form names its options), and a
    lost entitlement is told by what the customer is told, under the list's name, without
    its code or the id of the rule that granted it."""
    found = admin.services
    workflow = Workflow(admin.store, found.registry, found.evaluator)
    with admin.store.read() as session:
        from dealer_rules.core.store import rulesets
        head = rulesets.head(session, "huadong", "tiers")
        text, revision = rulesets.published_of(session, head).yaml, head.revision
    draft = text.replace("rules:\n", "constants:\n  gold_min_spend: 20000\n\nrules:\n", 1)
    assert draft != text
    workflow.save_draft("huadong", "tiers", draft, revision, Actor("test"))
    with admin.store.write() as session:
        add_samples(session, [{"group": "huadong", "domain": "tiers", "version": 1, "at": AT,
                               "facts": GOLD}] * 2, 100, 0)

    admin.login("lin", lang="zh")
    data = admin.get(URL).get_json()
    (kind,) = data["report"]["kinds"]
    changes = {c["path"]: c for c in kind["changes"]}
    tier = changes["tier"]
    assert (tier["name"], tier["before_text"], tier["after_text"]) == ("会员等级", "金卡", "银卡")
    assert (tier["before"], tier["after"]) == ("gold", "silver")    # the API's values stay
    lost = [c for c in kind["changes"] if c["path"] == "benefits[].label"]
    assert {c["before"] for c in lost} >= {"优先维修", "专属顾问"}
    assert all(c["name"] == data["labels"]["benefits"] for c in lost)
    assert not any(c["path"] in ("benefits[].code", "benefits[].rule", "benefits[].reference")
                   for c in kind["changes"])
    assert changes["points.earned"]["name"] == "本次获得的积分"

    admin.login("lin", lang="en")                   # English readers keep the codes
    tier = next(c for c in admin.get(URL).get_json()["report"]["kinds"][0]["changes"]
                if c["path"] == "tier")
    assert tier["name"] == "Qualified tier code" and "before_text" not in tier
