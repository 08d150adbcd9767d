"""The ruleset page as a table staff edit without YAML (web/admin/pages_rules.py), through
the Flask test client over a real store: rules as rows in words with their values as
fields, the live check by address, saving into the draft (only the changed value, every
comment kept, audited), a stale page refused with the typed values kept, a bad value
refused with nothing saved, and a viewer who only reads."""
from __future__ import annotations

import html
import re

from dealer_rules.core.store import audit, rulesets

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

TIERS = "/admin/g/huadong/tiers"
PERCENT = "rule:silver_member/discount_labour/percent"


def texts(admin, group="huadong", domain="tiers"):
    """(published text, draft text or None, revision)"""
    with admin.store.read() as session:
        head = rulesets.require_head(session, group, domain)
        draft = rulesets.draft_of(session, head)
        return rulesets.published_of(session, head).yaml, draft and draft.yaml, head.revision


def row(page: str, rule: str) -> str:
    return re.search(rf'<tr id="rule-{rule}".*?</tr>', page, re.S).group(0)


def visible(fragment: str) -> str:
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def check(admin, changes):
    token = admin.token(TIERS + "/")
    response = admin.client.post(TIERS + "/rules/check", json={"changes": changes},
                                 headers={"X-CSRFToken": token})
    assert response.status_code == 200
    return response.get_json()


def test_rules_read_as_rows_in_words_with_their_values_as_fields(admin):
    admin.login("lin")
    page = admin.text(TIERS + "/")
    silver = row(page, "silver_member")
    assert "已购车 或 近12个月保养消费 ≥ 金卡门槛（10,000 元）" in visible(silver)
    field = re.search(rf'<input name="{re.escape(PERCENT)}" value="([^"]*)"[^>]*>', silver)
    assert field.group(1) == "10" and 'data-gt="0' in field.group(0) and 'data-le="100' in field.group(0)
    assert '<span class="unit">%</span>' in silver
    assert '<span data-label-for="rule:silver_member/discount_labour">工时费9折</span>' in silver
    # an inherited rule shows its values with units, but has no fields here
    gold = row(page, "gold_member")
    assert "1.2 倍" in visible(gold) and "<input name=\"rule:gold_member" not in gold
    assert "金卡门槛" in visible(page) and "10,000 元" in visible(page)
    # no YAML on the staff's screen: no condition code, no keys, no source
    shown = visible(re.search(r"<main.*</main>", page, re.S).group(0))
    for code in ("customer.has_bought_car", "percent:", "when:", "discount_labour", "gold_min_spend"):
        assert code not in shown, code


def test_the_live_check_answers_problems_by_address_and_saves_nothing(admin):
    admin.login("lin")
    before = texts(admin)
    bad = check(admin, [{"address": PERCENT, "value": "120"}])
    assert bad["ok"] is False
    assert [(p["address"], p["message"]) for p in bad["problems"]] == [(PERCENT, "不能大于 100")]
    words = check(admin, [{"address": PERCENT, "value": "十二"}])
    assert words["problems"][0]["address"] == PERCENT and "数字" in words["problems"][0]["message"]
    # the label made from the number follows it
    assert check(admin, [{"address": PERCENT, "value": "12"}]) == {
        "ok": True, "problems": [], "rows": [],
        "labels": {"rule:silver_member/discount_labour": "工时费88折"}}
    assert texts(admin) == before


def test_saving_writes_only_the_changed_value_into_the_draft_keeping_comments(admin):
    admin.login("lin")
    published, draft, revision = texts(admin)
    assert draft is None and "# 华东集团自定的银卡折扣" in published
    response = admin.post(TIERS + "/rules/save", {
        "revision": revision, PERCENT: "12",
        "switches": "rule:silver_member/enabled", "rule:silver_member/enabled": "1",
        "comment": ""}, page=TIERS + "/")
    assert response.status_code == 302, re.findall(r'(?:refusal|role="status")>([^<]+)<', response.get_data(as_text=True))
    _, draft, after = texts(admin)
    assert draft == published.replace("percent: 10}", "percent: 12}") and after == revision + 1
    page = admin.text(TIERS + "/")
    assert "草稿已保存：共 1 处修改" in page
    assert re.search(rf'name="{re.escape(PERCENT)}" value="12"', page)
    with admin.store.read() as session:
        saved = [e for e in audit.entries(session, group="huadong") if e.action == "draft_saved"]
    assert PERCENT in saved[0].detail["comment"] and "10 → 12" in saved[0].detail["comment"]
    # the switch: an unticked box the form lists is "off"
    admin.post(TIERS + "/rules/save", {"revision": after, "switches": "rule:silver_member/enabled"},
               page=TIERS + "/")
    switched = texts(admin)[1]
    assert "enabled: false" in switched and switched.replace("    enabled: false\n", "") == draft


def test_a_stale_page_or_a_bad_value_is_refused_in_chinese_and_the_typed_values_stay(admin):
    admin.login("lin")
    _, _, revision = texts(admin)
    admin.post(TIERS + "/rules/save", {"revision": revision, PERCENT: "11"}, page=TIERS + "/")
    response = admin.post(TIERS + "/rules/save", {"revision": revision, PERCENT: "15"},
                          page=TIERS + "/")
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "其他人修改了这个规则集" in visible(page) and "您填写的数值仍保留在输入框中" in page
    assert re.search(rf'name="{re.escape(PERCENT)}" value="15"', page)
    assert "percent: 11}" in texts(admin)[1]
    # saving a bad value: refused naming its field, nothing saved, the typed values stay
    before = texts(admin)
    revision = before[2]
    response = admin.post(TIERS + "/rules/save", {"revision": revision, PERCENT: "0",
                                                  "rule:silver_member/qualify_tier/rank": "2"},
                          page=TIERS + "/")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "有 1 个数值不正确" in page
    assert re.search(rf'data-for="{re.escape(PERCENT)}" role="status">必须大于 0<', page)
    assert re.search(r'name="rule:silver_member/qualify_tier/rank" value="2"', page)
    assert texts(admin) == before
    # a viewer reads the same table without fields
    admin.login("chen")
    page = admin.text(TIERS + "/")
    assert "<input name=\"rule:" not in page and 'id="rules-form"' in page
    assert "百分比 11%" in visible(row(page, "silver_member"))      # the draft's value, as text
    response = admin.post(TIERS + "/rules/save", {"revision": 1, PERCENT: "12"}, page=TIERS + "/")
    assert response.status_code == 403


def grid_form(page: str) -> dict:
    """The decision-table fields of a page, as the browser would send them."""
    form = {}
    for m in re.finditer(r'<input (?:type="hidden" )?name="((?:cell|rows):[^"]+)" value="([^"]*)"', page):
        form[m.group(1)] = html.unescape(m.group(2))
    for m in re.finditer(r'<select name="(cell:[^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', m.group(2))
        form[m.group(1)] = chosen.group(1) if chosen else ""
    return form


def test_a_decision_table_grid_row_added_and_moved_with_its_gap_flagged_by_row(admin):
    offers = "/admin/g/default/offers"
    admin.login("admin", admin.admin_password)
    page = admin.text(offers + "/")
    form = grid_form(page)
    assert form["rows:after_sales_package"] == "1,2,3"
    assert form["cell:after_sales_package:3:age_months"] == ">= 12"
    form["rows:after_sales_package"] = "1,2,new1,3"              # added, then moved up
    for column, value in {"title": "新车：首保提醒", "age_months": "[0, 6)", "has_package": "false",
                          "kind": "maintenance_package", "code": "first_service",
                          "label": "首保提醒", "script": "新车首保请按时进店。"}.items():
        form[f"cell:after_sales_package:new1:{column}"] = value
    revision = int(re.search(r'name="revision" value="(\d+)"', page).group(1))
    token = admin.token(offers + "/")
    answer = admin.client.post(offers + "/rules/check",
                               data={**form, "csrf_token": token, "revision": revision}).get_json()
    (gap,) = answer["rows"]
    assert gap["table"] == "after_sales_package" and gap["severity"] == "warning"
    assert gap["row"] in ("new1", "3") and "6–12 个月" in gap["message"]
    # a range that does not read is an error on its row and column
    bad = admin.client.post(offers + "/rules/check", data={
        **form, "cell:after_sales_package:new1:age_months": "[0, 6", "csrf_token": token,
        "revision": revision}).get_json()
    assert {(r["row"], r["column"]) for r in bad["rows"]} == {("new1", "age_months")}
    with admin.store.read() as session:
        head = rulesets.require_head(session, "default", "offers")
        before = rulesets.published_of(session, head).yaml
    response = admin.post(offers + "/rules/save", {**form, "revision": revision}, page=offers + "/")
    assert response.status_code == 302, re.findall(r'id="refusal">([^<]*)', response.get_data(as_text=True))
    with admin.store.read() as session:
        draft = rulesets.draft_of(session, rulesets.require_head(session, "default", "offers")).yaml
    assert "      - title: 新车：首保提醒\n        age_months: '[0, 6)'\n" in draft
    assert draft.index("新车：首保提醒") < draft.index("id: maintenance_package")
    assert draft.split("tables:")[0] == before.split("tables:")[0]


def test_codes_read_as_names_on_a_chinese_page(admin):
    """A manager reads 咨询渠道是 企业微信、在线客服 之一 and picks 按营业时间计时 from the
    list, not "wecom" and business_hours: values in conditions and in the fields of a rule's
    actions are named as the plugin's catalog names the codes (code（名称）); the form still
    sends the code. English readers keep the codes."""
    admin.login("admin", admin.admin_password, lang="zh")
    page = admin.text("/admin/g/default/sla/")
    enquiry = visible(row(page, "enquiry_response_15min"))
    assert "咨询渠道是 企业微信、在线客服 之一" in enquiry, enquiry
    assert "时限节点 售前咨询响应" in enquiry and "计时方式 按营业时间计时" in enquiry, enquiry
    assert "起算时间 从收到投诉时起算" in enquiry, enquiry
    assert not re.search(r"wecom|online_chat|business_hours|wall_clock|enquiry_response|opened",
                         enquiry), enquiry
    assert re.search(r'<option value="business_hours"\s+selected\s*>按营业时间计时</option>',
                     row(page, "enquiry_response_15min")), row(page, "enquiry_response_15min")
    assert "投诉内容 = 维修等待久" in visible(row(page, "long_wait_compensation"))
    assert "已填写缺少质检签字的工序" in visible(row(page, "quality_check_before_delivery"))
    assert re.search(r'<option value="senior"\s+selected\s*>高级</option>',
                     row(page, "complex_repair_senior_technician"))

    huadong = admin.text("/admin/g/huadong/sla/")      # inherited rows: read-only values
    assert "计时方式 按营业时间计时" in visible(row(huadong, "enquiry_response_15min"))

    admin.login("admin", admin.admin_password, lang="en")
    english = visible(row(admin.text("/admin/g/default/sla/"), "enquiry_response_15min"))
    assert '"wecom"' in english and "business_hours" in english, english


def test_every_domains_rules_read_without_codes_the_catalogs_name(admin):
    """The offers, callbacks and parts pages: a package's kind by its name (养护套餐, named
    by the result's description where the action's parameter has none), a list of codes in
    a condition under its Chinese name (客户偏好), derived facts by a short Chinese name (核心件,
    库存低于补货点, not "core", "below reorder point"), and no topic code beside its label."""
    admin.login("admin", admin.admin_password, lang="zh")
    offers = admin.text("/admin/g/default/offers/")
    care = row(offers, "transmission_deep_care")
    assert re.search(r'<option value="care_package"\s+selected\s*>养护套餐</option>', care), care
    assert "客户偏好包含" in visible(row(offers, "quiet_low_noise_oil"))
    assert "待安装的配件中有一项满足：核心件" in visible(row(offers, "core_parts_oem"))
    assert "客户要求提供数字化服务报告" in visible(row(offers, "digital_service_report"))
    parts = admin.text("/admin/g/default/parts/")
    assert "库存低于补货点" in visible(parts) and "below reorder point" not in visible(parts)
    callbacks = row(admin.text("/admin/g/default/callbacks/"), "first_month_callback")
    assert "智能系统操作" in callbacks and "smart_system_operation" not in callbacks
