"""The story "read the impact of a change, then publish" in Chromium, in Chinese, against a
real ``dealer-rules serve``: other systems' evaluations are recorded; the service manager
raises silver's labour discount from 10% to 12% in a draft; the publish page shows at once,
then the impact report arrives (how many customers' answers change, the discount summed);
an example customer opens in Try it with their facts; she publishes. Screenshots under
test-output/screenshots/."""
from __future__ import annotations

import re

import pytest
import requests

from admin_support import prepare_store
from dealer_rules.core.store import Actor, Store, accounts
from support.server import serve
from support.browser import needs_chromium
from test_browser import new_page, shot, sign_in

pytestmark = needs_chromium
AT = "2026-11-27T10:00:00+08:00"
SILVER = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}]},
          "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
STRANGER = {"order": {"kind": "maintenance", "labour_amount": "500.00", "parts_amount": "0"}}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("impact-server")
    url = f"sqlite:///{tmp / 'store.sqlite'}"
    prepare_store(url)
    store = Store(url)
    with store.write() as session:
        _, key = accounts.create_api_key(session, Actor("test"), "huadong", "tablets",
                                         ["evaluate"])
    store.dispose()
    # one worker: the impact request writes that worker's waiting samples before reading
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "1",
                "DEALER_RULES_POLL_INTERVAL": "0.3", "DEALER_RULES_SECRET_KEY": "impact-tests",
                "DEALER_RULES_ACCESS_LOG": "", "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_SAMPLE_RATE": "1",
                "DEALER_RULES_INSTANCE_PATH": str(tmp / "instance")}
    with serve(settings, tmp / "server.log") as running:
        yield {"base": running.base, "key": key}




def record_then_draft(server, customers, change, comment):
    """Evaluate ``customers`` through the API (the recorded sample the impact replays), then
    save as huadong's tiers draft the published YAML changed by ``change``."""
    base, mei = server["base"], ("mei", "mei-password")
    for facts in customers:
        answer = requests.post(base + "/api/v1/evaluate/tiers", json={"facts": facts, "at": AT},
                               headers={"Authorization": f"Bearer {server['key']}"}, timeout=10)
        assert answer.status_code == 200, answer.text
    ruleset = requests.get(base + "/api/v1/groups/huadong/rulesets/tiers", auth=mei,
                           timeout=10).json()
    draft = change(ruleset["yaml"])
    assert draft != ruleset["yaml"]
    saved = requests.put(base + "/api/v1/groups/huadong/rulesets/tiers/draft", auth=mei,
                         json={"yaml": draft, "revision": ruleset["revision"],
                               "comment": comment}, timeout=10)
    assert saved.status_code in (200, 201), saved.text


def test_read_the_impact_of_a_change_then_publish(browser, server):
    base, mei = server["base"], ("mei", "mei-password")
    record_then_draft(server, [SILVER] * 5 + [STRANGER] * 2,
                      lambda text: text.replace("{code: labour_discount, percent: 10}",
                                                "{code: labour_discount, percent: 12}"),
                      "银卡工时折扣提高到12%")

    page = new_page(browser, server)
    sign_in(page, "mei")
    page.goto("/admin/g/huadong/tiers/publish")
    assert page.locator("h2", has_text="草稿的影响").is_visible()
    summary = page.locator("#impact-summary")
    summary.wait_for()
    # 5 silver customers change (10% -> 12% of 1000.00 labour), the 2 strangers do not
    assert "共回放 7 位客户：5 个结果会改变，2 个不变" in summary.inner_text()
    assert not page.locator("#impact-progress").is_visible()
    effects = page.locator("#impact-effects").inner_text()
    assert re.search(r"工时费减免金额\s+500\.00 元\s+600\.00 元\s+\+100\.00 元", effects), effects
    kinds = page.locator("#impact-kinds").inner_text()
    assert "10 → 12" in kinds and "本次获得的积分" in kinds
    # an entitlement is told by its name under the list's name, not by its system code
    assert "客户享有的全部权益：工时费9折 → 工时费88折" in kinds, kinds
    assert "labour_discount" not in kinds and "silver_member" not in kinds, kinds
    shot(page, "impact-publish-zh")

    page.locator("a.impact-try").first.click()
    page.wait_for_load_state()
    assert "/admin/g/huadong/tiers/try" in page.url
    assert "car_purchases" in page.locator("textarea").first.input_value()

    page.goto("/admin/g/huadong/tiers/publish")
    page.locator("#publish-button").click()
    page.wait_for_load_state()
    versions = requests.get(base + "/api/v1/groups/huadong/rulesets/tiers/versions", auth=mei,
                            timeout=10).json()
    assert max(v["version"] or 0 for v in versions["versions"]) == 2


GOLD = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}],
                     "service_orders": [{"paid_on": "2026-06-01", "amount_paid": "15000.00"}]},
        "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


def test_a_tier_change_reads_by_the_tiers_names(browser, server):
    """Raising the gold threshold moves gold customers to silver: the panel says 会员等级：金卡
    → 银卡, not tier: gold → silver, and tells lost entitlements by their names."""
    record_then_draft(server, [GOLD] * 2,
                      lambda text: text.replace(
                          "rules:\n", "constants:\n  gold_min_spend: 20000\n\nrules:\n", 1),
                      "金卡门槛提高到20000元")
    page = new_page(browser, server)
    sign_in(page, "mei")
    page.goto("/admin/g/huadong/tiers/publish")
    page.locator("#impact-summary").wait_for()
    kinds = page.locator("#impact-kinds").inner_text()
    assert "会员等级：金卡 → 银卡" in kinds, kinds
    assert "客户享有的全部权益：优先维修 → —" in kinds, kinds
    assert not re.search(r"\b(gold|silver|tier|priority_repair|gold_member)\b", kinds), kinds
    shot(page, "impact-tier-zh")
