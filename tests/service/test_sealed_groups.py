"""Dealer groups stay sealed through ``extends`` (docs/tenants.md), over the API on SQLite
and PostgreSQL: beta (no parent) cannot read alpha's rules, drafts or test cases by
extending it, through any endpoint that takes a group or an ``extends``; gamma, declared a
child of alpha, can extend it but sees alpha's drafts only through someone who may read
them; and no group's test cases veto another's publish or rollback."""
from __future__ import annotations

import pytest

from dealer_rules.core.store import Invalid, Store, accounts, audit, base_changes, groups
from dealer_rules.core.store.seed import seed_rulesets
from support.databases import make_database_url
from support.service import RULESETS, basic
from support import tenants
from support.tenants import ALPHA, ATTACK, FACTS, GAMMA, leaks

RS = "/api/v1/groups/{group}/rulesets/visit"


class World:
    def __init__(self, app, store):
        self.app, self.store = app, store
        self.client = app.test_client()
        found = app.extensions["dealer_rules"]
        self.keys = {g: {"Authorization": f"Bearer {k}"}
                     for g, k in tenants.build(store, found.workflow).items()}
        self.users = {n: basic(n, f"{n}-password") for n in tenants.USERS}
        found.refresher.poll_once()

    @property
    def workflow(self):
        return self.app.extensions["dealer_rules"].workflow

    def refresh(self):
        self.app.extensions["dealer_rules"].refresher.poll_once()

    def call(self, method, path, who, **kwargs):
        headers = self.keys.get(who) or self.users[who]
        return self.client.open(path, method=method, headers=headers, **kwargs)


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request, tmp_path):
    from dealer_rules.web import create_app
    url, cleanup = make_database_url(request.param, tmp_path)
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, RULESETS)
    app = create_app({"DATABASE_URL": url, "PLUGINS": "support.sample_plugin",
                      "START_REFRESHER": False})
    yield World(app, store)
    app.extensions["dealer_rules"].close()
    store.dispose()
    cleanup()


def refusal_shape(response, base: str) -> tuple:
    """What a refusal says, with the named base replaced: must not depend on whether it exists."""
    return response.status_code, response.get_data(as_text=True).replace(base, "BASE") \
        .split('"request_id"')[0]


def test_beta_cannot_extend_alpha_through_dry_run_validate_test_save_or_publish(world):
    attack = ATTACK.format(base="alpha")
    calls = [("beta", "POST", "/dry-run", {"yaml": attack, "facts": FACTS, "explain": True,
                                           "base_drafts": True}),
             ("bea", "POST", "/dry-run", {"yaml": attack, "facts": FACTS, "explain": True,
                                          "base_drafts": True}),
             ("bea", "POST", "/validate", {"yaml": attack, "base_drafts": True}),
             ("bea", "POST", "/test", {"yaml": attack, "base_drafts": True})]
    for who, method, path, body in calls:
        answer = world.call(method, RS.format(group="beta") + path, who, json=body)
        text = answer.get_data(as_text=True)
        assert leaks(text) == [], (path, text)
        assert "may_not_extend" in text and "beta may not extend group alpha" in text, text
        missing = world.call(method, RS.format(group="beta") + path, who,
                             json={**body, "yaml": ATTACK.format(base="zeta")})
        assert refusal_shape(answer, "alpha") == refusal_shape(missing, "zeta"), path
    # in Chinese too
    zh = world.client.post(RS.format(group="beta") + "/validate", json={"yaml": attack},
                           headers={**world.users["bea"], "Accept-Language": "zh-CN"})
    assert "集团 beta 不能继承集团 alpha" in zh.get_data(as_text=True)
    # saving keeps the draft (work in progress) and says why; publishing it is refused
    saved = world.call("PUT", RS.format(group="beta") + "/draft", "bea",
                       json={"yaml": attack, "revision": 0})
    assert saved.status_code == 200 and leaks(saved.get_data(as_text=True)) == []
    assert [p["code"] for p in saved.get_json()["problems"]] == ["may_not_extend"]
    refused = world.call("POST", RS.format(group="beta") + "/publish", "bea", json={})
    assert refused.status_code == 422 and leaks(refused.get_data(as_text=True)) == []
    assert refused.get_json()["failed_cases"] == []
    # and nothing of beta is served
    world.refresh()
    evaluated = world.call("POST", "/api/v1/evaluate/visit", "beta", json={"facts": FACTS})
    assert evaluated.status_code == 404 and leaks(evaluated.get_data(as_text=True)) == []


def test_every_endpoint_taking_a_group_refuses_another_groups_things(world):
    v1 = f"{RS.format(group='alpha')}"
    reads = ["/api/v1/groups/alpha/rulesets", v1, v1 + "/versions", v1 + "/versions/1",
             v1 + "/diff?from=1&to=draft", v1 + "/draft", "/api/v1/groups/alpha/audit",
             "/api/v1/groups/alpha/keys"]
    writes = [("PUT", v1 + "/draft", {"yaml": ALPHA, "revision": 0}),
              ("DELETE", v1 + "/draft", None),
              ("POST", v1 + "/validate", {}), ("POST", v1 + "/test", {}),
              ("POST", v1 + "/dry-run", {"facts": FACTS, "explain": True}),
              ("POST", v1 + "/publish", {}), ("POST", v1 + "/rollback", {"version": 1})]
    for who in ("beta", "bea", "gamma", "gus"):    # a child does not read its parent either
        for path in reads:
            answer = world.call("GET", path, who)
            assert answer.status_code in (403, 404), (who, path, answer.status_code)
            assert leaks(answer.get_data(as_text=True).replace("gamma", "")
                         if who in ("gamma", "gus") else answer.get_data(as_text=True)) == []
        for method, path, body in writes:
            answer = world.call(method, path, who, json=body)
            assert answer.status_code in (403, 404), (who, method, path, answer.status_code)
    listed = world.call("GET", "/api/v1/groups", "beta").get_json()["groups"]
    assert [g["id"] for g in listed] == ["beta"] and listed[0]["parent"] is None
    # evaluate takes the key's own group only; alpha's rules reach gamma, never beta
    world.refresh()
    mine = world.call("POST", "/api/v1/evaluate/visit", "gamma", json={"facts": FACTS,
                                                                      "explain": True})
    assert mine.status_code == 200
    assert "alpha_secret" in [r["id"] for r in mine.get_json()["fired"]]
    assert "alpha_draft_secret" not in mine.get_data(as_text=True)


def test_a_declared_child_extends_its_parent_and_sees_drafts_only_it_may_read(world):
    path = RS.format(group="gamma") + "/dry-run"
    body = {"yaml": GAMMA, "facts": FACTS, "explain": True, "base_drafts": True}
    fired = lambda who: [r["id"] for r in world.call("POST", path, who, json=body)  # noqa: E731
                         .get_json()["fired"]]
    assert "alpha_draft_secret" not in fired("gamma")          # a key: published bases only
    assert "alpha_draft_secret" not in fired("gus")            # gamma's publisher only
    assert "alpha_draft_secret" in fired("gail")               # may read alpha's drafts
    checked = world.call("POST", RS.format(group="gamma") + "/test", "gus",
                         json={"base_drafts": True, "yaml": GAMMA}).get_json()
    assert checked["ok"] and [c["group"] for c in checked["cases"]] == ["gamma"]
    # beta may extend default (everyone may), and sees default's published rules only
    own = ATTACK.format(base="default").replace("fired: [guessed_rule]", "fired: [silver]")
    answer = world.call("POST", RS.format(group="beta") + "/dry-run", "beta",
                        json={"yaml": own, "facts": FACTS, "base_drafts": True})
    assert answer.status_code == 200 and leaks(answer.get_data(as_text=True)) == []


def test_a_parents_publish_and_rollback_are_not_vetoed_by_a_childs_cases(world):
    # alpha drops the rule gamma's case pins: alpha's answer names no child, gamma is told
    world.call("PUT", RS.format(group="alpha") + "/draft", "al",
               json={"yaml": tenants.ALPHA_WITHOUT_GIFT,
                     "revision": tenants.revision(world.store, "alpha")}).get_json()
    published = world.call("POST", RS.format(group="alpha") + "/publish", "al", json={})
    assert published.status_code == 201 and "gamma" not in published.get_data(as_text=True)
    with world.store.read() as session:
        [told] = audit.entries(session, group="gamma", action="base_changed")
        assert told.detail["failures"] == ["gamma keeps alpha's gift"]
        assert [e.domain for e in base_changes.broken_by_base(session, "gamma")] == ["visit"]
        assert audit.entries(session, group="beta", action="base_changed") == []
    gamma_log = world.call("GET", "/api/v1/groups/gamma/audit", "gus").get_json()["entries"]
    assert gamma_log[0]["action"] == "base_changed"
    alpha_log = world.call("GET", "/api/v1/groups/alpha/audit", "al").get_data(as_text=True)
    assert "gamma" not in alpha_log
    # gamma is still served (with alpha's new rules), not dropped
    world.refresh()
    served = world.call("POST", "/api/v1/evaluate/visit", "gamma", json={"facts": FACTS})
    assert served.status_code == 200 and "alpha_secret" not in served.get_data(as_text=True)
    # alpha rolls back: not vetoed either, and gamma's warning clears
    back = world.call("POST", RS.format(group="alpha") + "/rollback", "al", json={"version": 1})
    assert back.status_code == 201 and "gamma" not in back.get_data(as_text=True)
    with world.store.read() as session:
        assert base_changes.broken_by_base(session, "gamma") == []
    versions = world.call("GET", RS.format(group="alpha") + "/versions", "alpha").get_json()
    assert [v["version"] for v in versions["versions"]] == [3, 2, 1]
    diff = world.call("GET", RS.format(group="alpha") + "/diff?from=2&to=3", "alpha").get_json()
    assert diff["added"] == ["alpha_secret"]


def test_a_group_is_added_as_a_child_only_of_an_existing_group(world):
    with world.store.write() as session:
        accounts.create_user(session, tenants.SETUP, "root", "root-password")
        accounts.grant_role(session, tenants.SETUP, "root", "admin", None)
    admin = basic("root", "root-password")
    made = world.client.post("/api/v1/groups", headers=admin,
                             json={"id": "delta", "name": "德尔塔", "parent": "gamma"})
    assert made.status_code == 201 and made.get_json()["parent"] == "gamma"
    missing = world.client.post("/api/v1/groups", headers=admin,
                                json={"id": "epsilon", "name": "E", "parent": "nowhere"})
    assert missing.status_code == 404
    with world.store.read() as session:
        family = groups.family(session)
    assert family.ancestors("delta") == ["gamma", "alpha"]
    assert family.may_extend("delta", "alpha") and family.may_extend("delta", "default")
    assert not family.may_extend("delta", "beta") and not family.may_extend("alpha", "gamma")
    assert "epsilon" not in family.parents


def test_a_stored_ruleset_extending_a_non_parent_is_not_served_until_declared(world, tmp_path):
    """A store from before parents existed: beta's published ruleset extends alpha. It is
    not served (and says why) until an operator declares beta alpha's child; taking the
    parent away stops it again at once (not kept from before)."""
    (tmp_path / "beta").mkdir()
    (tmp_path / "beta" / "visit.yaml").write_text(
        ATTACK.format(base="alpha").split("tests:")[0], encoding="utf-8")
    assert seed_rulesets(world.store, tmp_path) == ["beta/visit"]
    served = lambda: world.call("POST", "/api/v1/evaluate/visit", "beta",  # noqa: E731
                                json={"facts": FACTS})
    world.refresh()
    assert served().status_code == 404 and leaks(served().get_data(as_text=True)) == []
    status = world.app.extensions["dealer_rules"].published.status
    assert "beta may not extend group alpha" in status.failed[("beta", "visit")]
    with world.store.write() as session:
        groups.set_parent(session, tenants.SETUP, "beta", "alpha")
    world.refresh()
    assert "alpha_secret" in [r["id"] for r in served().get_json()["fired"]]
    with world.store.write() as session:
        groups.set_parent(session, tenants.SETUP, "beta", None)
    world.refresh()
    assert served().status_code == 404
    with pytest.raises(Invalid) as circle:       # alpha cannot become its own grandchild
        with world.store.write() as session:
            groups.set_parent(session, tenants.SETUP, "alpha", "gamma")
    assert circle.value.msg.code == "parent_circle"
    with world.store.read() as session:
        assert groups.family(session).parents["alpha"] is None


def test_seeding_files_declares_the_groups_they_create_children_of_what_they_extend(world,
                                                                                    tmp_path):
    (tmp_path / "acme").mkdir()
    (tmp_path / "acme" / "visit.yaml").write_text(
        tenants.GAMMA.replace("group: gamma", "group: acme").replace("extends: alpha",
                                                                     "extends: east_region"),
        encoding="utf-8")
    (tmp_path / "east_region").mkdir()
    (tmp_path / "east_region" / "visit.yaml").write_text(
        ALPHA.replace("group: alpha", "group: east_region"), encoding="utf-8")
    assert seed_rulesets(world.store, tmp_path) == ["acme/visit", "east_region/visit"]
    with world.store.read() as session:
        family = groups.family(session)
    assert family.parents["acme"] == "east_region" and family.parents["east_region"] is None
