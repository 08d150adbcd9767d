"""The test-case editor's pages through the Flask test client: save a try as a case
(values from the actual answer, ticked not typed), only editors may, accept the actual
result (each change shown first, including a rule that no longer applies), a stale page
changes nothing, and every save is a draft save in the audit log."""
from __future__ import annotations

import json
import re

from dealer_rules.core.store import audit, rulesets

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

TIERS = "/admin/g/huadong/tiers"
SILVER = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}]},
          "order": {"kind": "repair", "labour_amount": 1000}}


def current(admin):
    with admin.store.read() as session:
        head = rulesets.require_head(session, "huadong", "tiers")
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        return row.yaml, head.revision


def save_try(admin, revision, **ticks):
    return admin.post(TIERS + "/cases/save", {
        "name": "银卡维修", "facts": json.dumps(SILVER), "at": "2026-11-27T10:00",
        "revision": revision, **ticks}, page=TIERS + "/try")


def test_a_try_saved_as_a_case_takes_the_ticked_values_from_the_answer(admin):
    _text, revision = current(admin)
    admin.login("chen")                                         # a viewer may not
    assert save_try(admin, revision, result=["tier"]).status_code == 403
    admin.login("lin")
    page = admin.post(TIERS + "/try", {"facts": json.dumps(SILVER), "case": ""},
                      page=TIERS + "/try").get_data(as_text=True)
    assert 'value="order.labour_payable"' in page and 'name="fired" value="silver_member"' in page
    answer = save_try(admin, revision, result=["tier", "order.labour_payable"],
                      fired=["silver_member"], not_fired=["gold_member"])
    assert answer.status_code == 302
    text, new_revision = current(admin)
    assert new_revision == revision + 1
    case = text[text.index("  - name: 银卡维修"):]
    assert "fired: [silver_member]" in case and "not_fired: [gold_member]" in case
    assert "tier: silver" in case and "order.labour_payable: 900" in case
    assert "at: '2026-11-27T10:00:00+08:00'" in case
    listed = admin.text(TIERS + "/cases")
    assert re.search(r'<tr class="pass" id="case-3">', listed)

    # a rule that stops applying: the preview says so, a stale page saves nothing
    admin.post(TIERS + "/edit", {"yaml": text.replace(
        "when: customer.has_bought_car or", "when: customer.marked_busy and"),
        "revision": new_revision}, page=TIERS + "/edit")
    text, revision = current(admin)
    preview = admin.text(TIERS + "/cases/3/accept")
    changes = re.search(r'<table class="grid" id="accept-changes">.*?</table>', preview, re.S).group(0)
    assert "silver_member" in changes and "order.labour_payable" in changes
    assert "900" in changes and "1000" in changes
    stale = admin.post(TIERS + "/cases/3/accept", {"revision": revision - 1},
                       page=TIERS + "/cases/3/accept")
    assert stale.status_code == 302 and current(admin) == (text, revision)
    admin.post(TIERS + "/cases/3/accept", {"revision": revision}, page=TIERS + "/cases/3/accept")
    fixed, _revision = current(admin)
    case = fixed[fixed.index("  - name: 银卡维修"):]
    assert "not_fired: [silver_member, gold_member]" in case and "\n      fired:" not in case
    assert "order.labour_payable: 1000" in case
    assert '<tr class="pass" id="case-3">' in admin.text(TIERS + "/cases")
    with admin.store.read() as session:
        saved = [e for e in audit.entries(session, group="huadong", limit=50)
                 if e.action == "draft_saved"]
    assert any("actual result accepted" in (e.detail.get("comment") or "") for e in saved)
    assert [e.actor for e in saved[:3]] == ["user:lin"] * 3, [e.actor for e in saved[:3]]


def test_why_a_case_fails_reads_in_words_on_every_page_that_says_it(admin):
    """The test cases, the case editor, the publish checks and "accept the actual result"
    name the result field, its values and the rules as a manager knows them: 会员等级：预期
    银卡，实际为 （无）, the rule by its title and why it did not apply in words, not
    ``tier: expected 'silver', got None`` or ``silver_member``."""
    admin.login("mei", lang="zh")
    text, revision = current(admin)
    broken = text.replace("when: customer.has_bought_car or customer.trailing_service_spend "
                          ">= gold_min_spend", "when: customer.marked_busy", 1)
    assert broken != text
    admin.post(TIERS + "/edit", {"yaml": broken, "revision": revision}, page=TIERS + "/edit")
    expected = ["预期规则 “银卡会员：工时费优惠+免费检测” 生效，但未生效（条件不满足）",
                "会员等级：预期 银卡，实际为 （无）"]
    tests = admin.post(TIERS + "/tests", {}).get_data(as_text=True)
    listed = admin.text(TIERS + "/cases")
    publish = admin.get(TIERS + "/publish/cases").get_json()["html"]
    for page in (tests, listed, publish):
        for line in expected:
            assert f"<div>{line}</div>" in page, (line, page)
        assert "silver_member" not in re.sub(r'(title|href|id)="[^"]*"', "", page)
        assert "&#39;" not in page and "None" not in page
    preview = admin.text(TIERS + "/cases/1/accept")
    changes = re.search(r'<table class="grid" id="accept-changes">.*?</table>', preview,
                        re.S).group(0)
    assert re.search(r'<td title="tier">会员等级</td>\s*<td class="old">银卡</td>', changes), changes
    assert "包含 labour_discount、free_inspection" in changes and "{&#34;contains" not in changes

    admin.login("mei", lang="en")                     # English: as core writes it
    assert "expected rule silver_member to apply" in admin.text(TIERS + "/cases")
