"""Explanations with values (issue 13, item 2): every rule, applied or not, its condition
judged part by part with the actual and the expected value, through the API (in the
OpenAPI document) and rendered on Try it in Chinese and English. Against the shipped tiers
ruleset in a real SQLite store, over HTTP (Flask's test client)."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from dealer_rules.core.store import Actor, accounts
from admin_support import Admin, prepare_store, cheap_passwords  # noqa: F401 - fixtures

NEAR_GOLD = {"customer": {"car_purchases": [{"purchased_on": "2022-05-18"}],
                          "service_orders": [{"paid_on": "2026-06-03", "amount_paid": "9999.99"}]},
             "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
REFERRER = {"customer": {"referrals": [
    {"new_customer_id": "c1", "purchased_on": "2026-03-01", "reward_issued": True},
    {"new_customer_id": "c2", "purchased_on": "2026-04-01", "reward_issued": False}]},
    "order": {"labour_amount": "0", "parts_amount": "0"}}
AT = "2026-11-27T10:00:00+08:00"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "facts"
TIERS = "/admin/g/huadong/tiers"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The admin and the API over one SQLite store, with a key of the default group."""
    from dealer_rules.web import create_app
    folder = tmp_path_factory.mktemp("explain")
    url = f"sqlite:///{folder / 'store.sqlite'}"
    password = prepare_store(url)
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SECRET_KEY": "test"})
    store = app.extensions["dealer_rules"].store
    with store.write() as session:
        _, key = accounts.create_api_key(session, Actor("test"), "default", "explain", ["evaluate"])
    found = Admin(app, store, password)
    found.refresh()
    found.key = {"Authorization": f"Bearer {key}"}
    yield found
    app.extensions["dealer_rules"].close()


def explain(site, facts, lang="zh"):
    response = site.client.post("/api/v1/evaluate/tiers", json={
        "facts": facts, "at": AT, "explain": True}, headers={**site.key, "Accept-Language": lang})
    assert response.status_code == 200, response.get_data(as_text=True)
    return {r["id"]: r for r in response.get_json()["explanation"]}


def parts(part):
    yield part
    for item in part["items"]:
        yield from parts(item)


def test_a_rule_that_did_not_apply_shows_the_value_it_was_compared_with(site):
    rules = explain(site, NEAR_GOLD)
    gold = rules["gold_member"]
    assert gold["applied"] is False and gold["reason"] == "condition"
    part = gold["condition"]
    assert (part["kind"], part["path"], part["actual"], part["operator"], part["expected"],
            part["expected_name"], part["met"]) == (
        "compare", "customer.trailing_service_spend", "9999.99", ">=", "10000", "gold_min_spend",
        False)
    # in Chinese the constant by its title alone (its id stays in expected_name)
    assert part["expected_label"] == "金卡门槛"
    assert part["said"] == "近12个月保养消费 9,999.99 元 < 金卡门槛 10,000 元（要求 ≥）：未满足"
    english = explain(site, NEAR_GOLD, "en")["gold_member"]["condition"]
    assert english["expected_label"] == "gold threshold gold_min_spend"
    assert english["expected_name"] == "gold_min_spend"
    english = english["said"]
    assert english == "Service spend, last 12 months CNY 9,999.99 < gold threshold gold_min_spend CNY 10,000 " \
                      "(needs ≥): not met"


def test_a_rule_that_fired_is_explained_with_each_part_and_booleans_in_words(site):
    silver = explain(site, NEAR_GOLD)["silver_member"]
    assert silver["applied"] is True and silver["reason"] is None and silver["said"] == "已生效"
    top = silver["condition"]
    assert top["kind"] == "or" and top["met"] is True
    bought, spend = top["items"]
    assert (bought["path"], bought["actual"], bought["met"]) == ("customer.has_bought_car", True, True)
    assert bought["said"] == "已购车：是：满足"
    assert spend["met"] is False and spend["actual"] == "9999.99"
    every = json.dumps(explain(site, NEAR_GOLD), ensure_ascii=False)
    assert "True" not in every and "False" not in every       # 是/否, never Python's words
    assert "否：未满足" in every


def test_any_nests_each_list_item_with_its_own_and_and_not(site):
    referrer = explain(site, REFERRER)["referral_reward_referrer"]
    assert referrer["applied"] is True
    top = referrer["condition"]
    assert (top["kind"], top["path"], top["actual"], top["met"]) == ("any", "customer.referrals", 2, True)
    first, second = top["items"]
    assert (first["kind"], first["index"], first["met"]) == ("item", 1, False)
    assert (second["index"], second["met"]) == (2, True)
    both = second["items"][0]
    assert both["kind"] == "and" and [p["kind"] for p in both["items"]] == ["compare", "not"]
    issued = both["items"][1]["items"][0]
    assert issued["path"] == "customer.referrals[].reward_issued" and issued["actual"] is False
    assert [p["kind"] for p in parts(top)].count("item") == 2


def test_explanation_is_only_made_when_asked_and_is_in_the_openapi_document(site):
    plain = site.client.post("/api/v1/evaluate/tiers", json={"facts": NEAR_GOLD, "at": AT},
                             headers=site.key).get_json()
    assert plain.get("explanation") is None and plain.get("not_fired") is None
    document = site.client.get("/api/v1/openapi.json").get_json()
    schemas = document["components"]["schemas"]
    assert {"path", "actual", "operator", "expected", "met", "items"} <= \
        set(schemas["ConditionPart"]["properties"])
    assert "explanation" in schemas["TiersDecision"]["properties"]


def visible(page: str, id_: str) -> str:
    found = re.search(rf'id="{id_}".*?</ol>\s*</li>\s*</ol>|id="{id_}".*?</ol>', page, re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0))))


def test_try_it_renders_every_rule_part_by_part_in_chinese_and_english(site):
    site.login("mei", lang="zh")
    page = site.post(TIERS + "/try", {"facts": json.dumps(NEAR_GOLD), "at": "2026-11-27T10:00",
                                      "source": "published"}).get_data(as_text=True)
    shown = visible(page, "explanation")
    assert "近12个月保养消费 9,999.99 元 < 金卡门槛 10,000 元（要求 ≥）：未满足" in shown
    assert "gold_min_spend" not in shown
    assert "已购车：是：满足" in shown
    gold = re.search(r'<li class="rule not-applied" id="why-gold_member">.*?</li>\s*</ul>\s*</li>',
                     page, re.S).group(0)
    assert "条件未满足" in gold and "True" not in gold and "False" not in gold
    assert '<li class="rule applied" id="why-silver_member">' in page
    not_fired = re.search(r'id="not-fired".*?</table>', page, re.S).group(0)
    assert "<b>否</b>" in not_fired and "False" not in not_fired      # the values looked at
    site.client.get("/admin/lang/en")
    page = site.post(TIERS + "/try", {"facts": json.dumps(NEAR_GOLD), "at": "2026-11-27T10:00",
                                      "source": "published"}).get_data(as_text=True)
    shown = visible(page, "explanation")
    assert "Service spend, last 12 months CNY 9,999.99 < gold threshold gold_min_spend CNY 10,000 (needs ≥): not met" in shown
    assert "Has bought a car: yes: met" in shown


GOLD = {"customer": {"car_purchases": [{"purchased_on": "2022-05-18"}],
                     "service_orders": [{"paid_on": "2026-06-03", "amount_paid": "15000.00"}]},
        "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


def test_try_it_reads_in_words_first_with_codes_named_and_the_technical_lists_folded(site):
    """A manager trying a gold customer reads 会员等级 金卡 and why each rule applied by its
    title, in words; rule ids, conditions as written and action parameters are folded away
    under "for developers" (still on the page for them)."""
    site.login("mei", lang="zh")
    page = site.post(TIERS + "/try", {"facts": json.dumps(GOLD), "at": "2026-11-27T10:00",
                                      "source": "published"}).get_data(as_text=True)
    result = re.search(r'<table class="grid result" id="result">.*?</table>', page, re.S).group(0)
    tier = re.search(r"<tr class=\"text\">\s*<th[^>]*>会员等级<span.*?</tr>", result, re.S)
    assert tier and re.search(r"<td>\s*金卡\s*</td>", tier.group(0)), result
    assert re.search(r">\s*当前结算工单可得的积分<span", result)      # not "points"
    assert not re.search(r">\s*points\s*<", result)
    shown = visible(page, "explanation")
    assert "金卡会员：优先维修+专属顾问，积分1.2倍" in shown
    assert "gold_member" not in shown and "customer.trailing_service_spend" not in shown, shown
    technical = re.search(r'<details class="technical" id="technical">.*?</details>', page,
                          re.S).group(0)
    assert 'id="fired"' in technical and 'id="not-fired"' in technical
    assert "<code>gold_member</code>" in technical
    assert "开发人员查看" in technical


def test_try_it_names_result_fields_the_plugin_leaves_undescribed(site):
    """A result field without a description of its own (SLA's escalations, entitlements,
    commission) is named by its model's docstring in Chinese, and a common key (label, code)
    as the rules page names it, not by its key."""
    site.login("admin", site.admin_password, lang="zh")
    facts = (EXAMPLES / "sla-brake-pads-handover.json").read_text()
    page = site.post("/admin/g/default/sla/try", {"facts": facts, "at": "2026-11-28T10:00",
                                                  "source": "published"}).get_data(as_text=True)
    result = re.search(r'<table class="grid result" id="result">.*?</table>', page, re.S).group(0)
    names = re.findall(r'<th scope="row"[^>]*>([^<]+)<', result)
    for key in ("escalations", "entitlements", "commission", "label", "code", "warnings"):
        assert not any(n.split(" (")[0].strip() == key for n in names), (key, names)
    assert any(n.startswith("显示名称") for n in names), names


def test_try_it_names_the_callback_plans_status_codes(site):
    """The callbacks result's statuses read 进行中 / 已安排, as the plugin's catalog names them,
    not active / scheduled."""
    site.login("admin", site.admin_password, lang="zh")
    facts = (EXAMPLES / "callbacks-delivered-2026-09-28.json").read_text()
    page = site.post("/admin/g/default/callbacks/try", {"facts": facts, "at": "2026-11-28T10:00",
                                                        "source": "published"}).get_data(as_text=True)
    result = re.search(r'<table class="grid result" id="result">.*?</table>', page, re.S).group(0)
    values = {v.strip() for v in re.findall(r"<td>([^<]*)</td>", result)}
    assert "已安排" in values and "进行中" in values, values
    assert not values & {"scheduled", "active", "held", "none"}, values


def test_try_it_names_the_codes_a_condition_tests_as_the_rules_page_does(site):
    """Offers, the shipped quiet-maintenance customer, in Chinese: the visit's kind and the
    customer's preference by the names the plugin's catalog gives them (常规保养, 静音), in
    the explanation as on the rules page, never the codes; English keeps the codes."""
    facts = json.loads((EXAMPLES / "offers-quiet-maintenance.json").read_text(encoding="utf-8"))
    site.login("admin", site.admin_password, lang="zh")
    page = site.post("/admin/g/default/offers/try", {
        "facts": json.dumps(facts), "at": "2026-11-27T10:00", "source": "published"}
    ).get_data(as_text=True)
    quiet = visible(page, "why-quiet_low_noise_oil").split(">", 1)[1].split("核心部件使用原厂件")[0]
    assert "到店事由 常规保养 = 常规保养：满足" in quiet, quiet
    assert "客户偏好 2 项 包含 静音：满足" in quiet, quiet
    assert "maintenance" not in quiet and "quiet" not in quiet, quiet
    row = re.search(r'<tr id="rule-quiet_low_noise_oil".*?</tr>',
                    site.text("/admin/g/default/offers/"), re.S).group(0)
    rules = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)))
    assert "到店事由 = 常规保养 且 客户偏好包含 静音" in rules, rules
    site.client.get("/admin/lang/en")
    page = site.post("/admin/g/default/offers/try", {
        "facts": json.dumps(facts), "at": "2026-11-27T10:00", "source": "published"}
    ).get_data(as_text=True)
    assert 'contains "quiet": met' in visible(page, "why-quiet_low_noise_oil")
