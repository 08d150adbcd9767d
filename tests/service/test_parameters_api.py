"""The parameters API over a real store: list the tiers ruleset's values, change them with a
PATCH that keeps the YAML's comments, refuse stale revisions and wrong values (all named by
address, nothing saved), audit the changed values, and the roles of a draft save."""
from __future__ import annotations

import pytest

from dealer_rules.core.store import Actor, accounts, audit
from support.service import basic

from support.shipped_tiers import TIERS_NORTH, put_tiers_draft

URL = "/api/v1/groups/north/rulesets/tiers"
SILVER = "rule:silver_member/discount_labour/percent"
ZH = {"Accept-Language": "zh-CN"}


@pytest.fixture
def tiers_site(site_with):
    """A site with the tiers plugin whose group north has the shipped tiers ruleset as draft."""
    site = site_with(PLUGINS="dealer_rules.plugins.tiers")
    put_tiers_draft(site)
    return site


def revision(site) -> int:
    return site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()["revision"]


def test_parameters_are_listed_typed_with_names_in_the_reader_s_language(tiers_site):
    site = tiers_site
    answer = site.client.get(URL + "/parameters", headers={**site.users["mei"], **ZH})
    assert answer.status_code == 200
    body = answer.get_json()
    assert (body["version"], body["revision"]) == ("draft", revision(site))
    found = {p["address"]: p for p in body["parameters"]}
    silver = found[SILVER]
    assert (silver["value"], silver["kind"], silver["unit"], silver["name"]) == (10, "percent", "%", "百分比")
    assert silver["constraints"] == {"gt": 0, "le": 100} and silver["action_title_zh"] == "工时费折扣"
    assert TIERS_NORTH.splitlines()[silver["line"] - 1].strip().startswith("- discount_labour:")
    english = site.client.get(URL + "/parameters", headers=site.users["mei"]).get_json()
    assert {p["address"]: p for p in english["parameters"]}[SILVER]["name"] == "Percent"
    # nothing published yet: the published version is not there to read
    assert site.client.get(URL + "/parameters?version=published",
                           headers=site.users["mei"]).status_code == 404


def test_a_patch_changes_the_value_keeps_the_comments_and_is_audited(tiers_site):
    site = tiers_site
    before = revision(site)
    answer = site.client.patch(URL + "/draft/parameters", headers={**site.users["mei"], **ZH}, json={
        "revision": before, "comment": "银卡工时折扣调到12%",
        "changes": [{"address": SILVER, "value": 12}, {"address": "constant:gold_min_spend", "value": 12000}]})
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["revision"] == before + 1 and body["problems"] == []
    assert body["changes"] == [{"address": SILVER, "old": 10, "new": 12},
                               {"address": "constant:gold_min_spend", "old": 10000, "new": 12000}]
    draft = site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()
    assert draft["yaml"] == body["yaml"] == TIERS_NORTH.replace(
        "labour_discount, percent: 10}", "labour_discount, percent: 12}").replace(
        "gold_min_spend: 10000 ", "gold_min_spend: 12000 ")
    assert "# [default] gold >= 10,000 CNY trailing service spend" in draft["yaml"]
    with site.store.read() as session:
        entry = audit.entries(session, group="north", domain="tiers", action="draft_saved", limit=1)[0]
        assert entry.actor == "user:mei" and entry.detail["via"] == "parameters"
        assert entry.detail["changes"] == body["changes"]
        assert entry.detail["comment"] == "银卡工时折扣调到12%"
    listed = site.client.get(URL + "/parameters", headers=site.users["mei"]).get_json()
    assert {p["address"]: p["value"] for p in listed["parameters"]}[SILVER] == 12


def test_a_stale_revision_is_409_and_saves_nothing(tiers_site):
    site = tiers_site
    before = revision(site)
    answer = site.client.patch(URL + "/draft/parameters", headers=site.users["mei"], json={
        "revision": before - 1, "changes": [{"address": SILVER, "value": 12}]})
    assert answer.status_code == 409 and answer.get_json()["current_revision"] == before
    assert site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()["yaml"] == TIERS_NORTH


def test_wrong_values_are_422_naming_every_address_in_chinese_and_save_nothing(tiers_site):
    site = tiers_site
    before = revision(site)
    answer = site.client.patch(URL + "/draft/parameters", headers={**site.users["mei"], **ZH}, json={
        "revision": before, "changes": [
            {"address": SILVER, "value": 120},
            {"address": "rule:gold_member/multiply_points/factor", "value": "fast"},
            {"address": "rule:nobody/discount_labour/percent", "value": 5},
            {"address": "constant:pickup_max_km", "value": 25}]})
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["title"] == "有 3 个值不正确，未做任何更改"
    assert {e["path"]: e["message"] for e in body["errors"]} == {
        SILVER: "不能大于 100", "rule:gold_member/multiply_points/factor": "应为数字",
        "rule:nobody/discount_labour/percent": "这个规则集中没有参数 rule:nobody/discount_labour/percent"}
    assert revision(site) == before
    assert site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()["yaml"] == TIERS_NORTH


def test_changing_parameters_needs_the_editor_role_like_a_draft_save(tiers_site):
    site = tiers_site
    with site.store.write() as session:
        accounts.create_user(session, Actor("test"), "zhao", "zhao-password")
        accounts.grant_role(session, Actor("test"), "zhao", "viewer", "north")
    body = {"revision": revision(site), "changes": [{"address": SILVER, "value": 12}]}
    viewer = basic("zhao", "zhao-password")
    assert site.client.get(URL + "/parameters", headers=viewer).status_code == 200
    assert site.client.patch(URL + "/draft/parameters", headers=viewer, json=body).status_code == 403
    assert site.client.patch(URL + "/draft/parameters", headers=site.north, json=body).status_code == 403
    assert site.client.patch(URL + "/draft/parameters", headers=site.users["wang"],
                             json=body).status_code == 404          # another group's
    assert site.client.patch(URL + "/draft/parameters", json=body).status_code == 401
    # a key reads the published version's parameters only (there is none yet)
    assert site.client.get(URL + "/parameters", headers=site.north).status_code == 404
    assert site.client.patch(URL + "/draft/parameters", headers=site.users["li"],
                             json=body).status_code == 200           # a publisher edits too
