"""The admin under the budgets for expensive input: a text over a limit is refused with a
page in the reader's language that names the setting, nothing is saved, the editor still
opens; an alias bomb is a located problem in the editor; every page keeps working under
the Content-Security-Policy (no inline script or style)."""
from __future__ import annotations

import re

from dealer_rules.core.store import rulesets

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

TIERS = "/admin/g/huadong/tiers"
BOMB = "\n".join([f"a: &a [{','.join(['x'] * 9)}]"] + [
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]" for p, n in zip("abcdefg", "bcdefgh")])


def revision_and_draft(admin):
    with admin.store.read() as session:
        head = rulesets.require_head(session, "huadong", "tiers")
        return head.revision, rulesets.draft_of(session, head)


def test_a_save_over_a_limit_is_a_translated_page_and_saves_nothing(admin):
    admin.login("mei", lang="zh")
    revision, draft = revision_and_draft(admin)
    huge = "domain: tiers\ngroup: huadong\ntitle: 大\nrules:\n" + "".join(
        f"  - {{id: r{i}, title: r, when: 'true'}}\n" for i in range(1001))
    response = admin.post(TIERS + "/edit", {"yaml": huge, "revision": revision},
                          page=TIERS + "/edit")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "规则集有 1001 条规则，超过上限 1000 条" in page
    assert "DEALER_RULES_MAX_RULES_PER_RULESET" in page
    assert revision_and_draft(admin) == (revision, draft)
    assert admin.get(TIERS + "/edit").status_code == 200


def test_an_alias_bomb_is_a_located_problem_in_the_editor(admin):
    admin.login("mei", lang="en")
    answer = admin.client.post(TIERS + "/validate", json={"yaml": BOMB},
                               headers={"X-CSRFToken": admin.token(TIERS + "/edit")}).get_json()
    assert answer["problems"][0]["line"] == 1
    assert answer["problems"][0]["message"].startswith("anchors (&name) are not allowed (line 1)")


def test_admin_pages_carry_the_policy_and_need_no_inline_code(admin):
    admin.login("mei", lang="en")
    for path in ("/admin/", TIERS + "/", TIERS + "/edit", TIERS + "/try", "/admin/reference"):
        response = admin.get(path)
        assert response.status_code == 200, path
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        page = response.get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", page), path
        assert " style=" not in page and "<style" not in page, path
        assert not re.search(r"\son[a-z]+=", page), path
