"""The test-case API (web/api/cases.py) over real HTTP through the Flask test client: list
with pass/fail against the draft, add (422 with field paths, 409 when stale), replace,
delete, accept the actual result (preview, then saved; comments kept; audited)."""
from __future__ import annotations

from dealer_rules.core.store import audit, rulesets
from support.service import basic

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

CASES = "/api/v1/groups/huadong/rulesets/tiers/cases"
LIN = basic("lin", "lin-password")           # an editor of huadong
CHEN = basic("chen", "chen-password")        # a viewer


def text_of(admin):
    with admin.store.read() as session:
        head = rulesets.require_head(session, "huadong", "tiers")
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        return row.yaml, head.revision


def save(admin, text, revision):
    answer = admin.client.put("/api/v1/groups/huadong/rulesets/tiers/draft", headers=LIN,
                              json={"yaml": text, "revision": revision})
    assert answer.status_code == 200, answer.get_json()
    return answer.get_json()["revision"]


def test_cases_are_listed_with_pass_or_fail_against_the_draft(admin):
    listed = admin.client.get(CASES, headers=CHEN).get_json()
    assert [c["passed"] for c in listed["cases"]] == [True, True]
    assert listed["cases"][0]["name"] == "银卡会员保养：工时费1000元"
    assert listed["cases"][0]["number"] == 1
    text, revision = text_of(admin)
    assert listed["revision"] == revision
    save(admin, text.replace("label: 银卡会员}", "label: 银牌会员}")
         .replace("tier: silver\n", "tier: silver\n        tier_label: 银卡会员\n"), revision)
    listed = admin.client.get(CASES, headers=CHEN).get_json()
    first = listed["cases"][0]
    assert not first["passed"] and "银牌会员" in " ".join(first["failures"])


def test_adding_a_case_checks_fields_and_revision_and_keeps_comments(admin):
    text, revision = text_of(admin)
    commented = text.replace("tests:\n", "tests:   # 华东的用例\n").replace(
        "        tier: silver\n", "        tier: silver            # 购车即银卡\n")
    revision = save(admin, commented, revision)
    case = {"name": "新客户：购车一年", "at": "2026-11-27T10:00:00+08:00",
            "facts": {"customer": {"car_purchases": [{"purchased_on": "2025-11-01"}]}},
            "expect": {"fired": ["silver_member"], "result": {"tier": "silver"}}}
    bad = admin.client.post(CASES, headers=LIN, json={"revision": revision, "case": {
        **case, "facts": {"customer": {"tier": "gold"}}}})
    assert bad.status_code == 422
    assert [e["path"] for e in bad.get_json()["errors"]] == ["body.case.facts.customer.tier"]
    bad = admin.client.post(CASES, headers=LIN, json={"revision": revision, "case": {
        **case, "expect": {"result": {"tierr": "silver"}}}})
    assert bad.status_code == 422
    assert bad.get_json()["errors"][0]["path"] == "body.case.expect.result.tierr"
    stale = admin.client.post(CASES, headers=LIN, json={"revision": revision - 1, "case": case})
    assert stale.status_code == 409 and stale.get_json()["current_revision"] == revision
    assert text_of(admin) == (commented, revision)          # nothing written by any of those
    viewer = admin.client.post(CASES, headers=CHEN, json={"revision": revision, "case": case})
    assert viewer.status_code == 403

    added = admin.client.post(CASES, headers=LIN, json={"revision": revision, "case": case})
    assert added.status_code == 201, added.get_json()
    assert added.get_json() == {"revision": revision + 1, "number": 3}
    text, revision = text_of(admin)
    assert text.startswith(commented.rstrip("\n"))             # the rest byte for byte
    assert "# 华东的用例" in text and "# 购车即银卡" in text
    listed = admin.client.get(CASES, headers=LIN).get_json()["cases"]
    assert listed[2]["name"] == "新客户：购车一年" and listed[2]["passed"]

    replaced = admin.client.put(CASES + "/3", headers=LIN, json={"revision": revision, "case": {
        **case, "expect": {"result": {"tier": "gold"}}}})
    assert replaced.status_code == 200
    listed = admin.client.get(CASES, headers=LIN).get_json()["cases"]
    assert listed[2]["expect"]["result"] == {"tier": "gold"} and not listed[2]["passed"]

    gone = admin.client.delete(CASES + f"/3?revision={revision + 1}", headers=LIN)
    assert gone.status_code == 200, gone.get_json()
    text, revision = text_of(admin)
    assert text == commented.rstrip("\n") + "\n" or text == commented
    with admin.store.read() as session:
        comments = [e.detail.get("comment") for e in audit.entries(
            session, group="huadong", limit=20) if e.action == "draft_saved"]
    assert "test case 新客户：购车一年 deleted" in comments
    assert "test case 新客户：购车一年 added" in comments


def test_accepting_the_actual_result_shows_each_change_then_saves_it(admin):
    text, revision = text_of(admin)
    commented = text.replace("        tier: silver\n", "        tier: silver            # 购车即银卡\n")
    broken = commented.replace("label: 银卡会员}", "label: 银牌会员}").replace(
        "        tier: silver            # 购车即银卡\n",
        "        tier: silver            # 购车即银卡\n        tier_label: 银卡会员   # 对外名称\n")
    revision = save(admin, broken, revision)
    preview = admin.client.post(CASES + "/1/accept-actual", headers=LIN,
                                json={"revision": revision, "preview": True})
    assert preview.status_code == 200, preview.get_json()
    assert preview.get_json() == {"saved": False, "revision": revision, "changes": [
        {"path": "result.tier_label", "rule": None, "old": "银卡会员", "new": "银牌会员"}]}
    assert text_of(admin) == (broken, revision)
    stale = admin.client.post(CASES + "/1/accept-actual", headers=LIN,
                              json={"revision": revision - 1})
    assert stale.status_code == 409
    done = admin.client.post(CASES + "/1/accept-actual", headers=LIN, json={"revision": revision})
    assert done.get_json()["saved"] and done.get_json()["revision"] == revision + 1
    text, _revision = text_of(admin)
    assert text == broken.replace("tier_label: 银卡会员   # 对外名称", "tier_label: 银牌会员   # 对外名称")
    assert all(c["passed"] for c in admin.client.get(CASES, headers=LIN).get_json()["cases"])
    missing = admin.client.post(CASES + "/9/accept-actual", headers=LIN,
                                json={"revision": revision + 1})
    assert missing.status_code == 404


def test_a_case_that_cannot_run_is_not_accepted_blindly(admin):
    text, revision = text_of(admin)
    revision = save(admin, text.replace("labour_amount: 500}", "labour_amount: -1}"), revision)
    refused = admin.client.post(CASES + "/2/accept-actual", headers=LIN,
                                json={"revision": revision})
    assert refused.status_code == 422
    assert refused.get_json()["errors"][0]["path"].startswith("body.case.facts")
    assert text_of(admin)[1] == revision
