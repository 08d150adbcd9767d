"""The HTTP API through Flask's test client over a real SQLite store: evaluation, tenant
isolation, errors, the publish workflow, keys, health."""
from __future__ import annotations

import re

import json

from dealer_rules.core.store import Store

from support.service import RULESETS

NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
GOLD = {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}


def evaluate(site, facts=GOLD, headers=None, **extra):
    return site.client.post("/api/v1/evaluate/visit", json={"facts": facts, **extra},
                            headers=headers or site.north)


def test_evaluate_answers_with_the_fired_rules_and_the_version(site):
    response = evaluate(site, headers={**site.north, "X-Request-ID": "tablet-42"}, explain=True)
    assert response.status_code == 200 and response.headers["X-Request-ID"] == "tablet-42"
    body = response.get_json()
    assert [r["id"] for r in body["fired"]] == ["gold", "big_job"]
    assert body["ruleset"] == {"group": "north", "domain": "visit", "version": 1,
                               "content_hash": body["ruleset"]["content_hash"]}
    assert body["result"]["labour_payable"] == "720.00"
    assert {n["id"]: n["reason"] for n in body["not_fired"]} == {"silver": "excluded"}
    made = {evaluate(site).headers["X-Request-ID"] for _ in range(3)}   # made when not given
    assert len(made) == 3 and all(re.fullmatch(r"[0-9a-f]{12}-[0-9a-f]+", m) for m in made)


def test_an_api_key_sees_only_its_own_group(site):
    c = site.client
    assert evaluate(site, headers=site.default).get_json()["ruleset"]["group"] == "default"
    assert c.get("/api/v1/groups", headers=site.north).get_json()["groups"][0]["id"] == "north"
    assert len(c.get("/api/v1/groups", headers=site.north).get_json()["groups"]) == 1
    for path in ("/api/v1/groups/default/rulesets", "/api/v1/groups/default/rulesets/visit",
                 "/api/v1/groups/default/rulesets/visit/versions",
                 "/api/v1/groups/default/rulesets/visit/versions/1",
                 "/api/v1/groups/nowhere/rulesets/visit"):
        response = c.get(path, headers=site.north)
        assert response.status_code == 404, path
        assert "default/visit" not in response.get_data(as_text=True)
    assert c.get("/api/v1/groups/north/rulesets/visit", headers=site.north).status_code == 200
    # a user with a role only in `default` cannot see north either; the admin sees both
    assert c.get("/api/v1/groups/north/rulesets", headers=site.users["wang"]).status_code == 404
    assert len(c.get("/api/v1/groups", headers=site.admin).get_json()["groups"]) == 2
    # a key without the read scope may evaluate but not read
    assert c.get("/api/v1/groups/default/rulesets", headers=site.default).status_code == 403


def test_credentials_are_checked(site):
    c = site.client
    assert c.post("/api/v1/evaluate/visit", json={"facts": {}}).status_code == 401
    wrong = c.post("/api/v1/evaluate/visit", json={"facts": {}},
                   headers={"Authorization": "Bearer drk_00000000_" + "x" * 40})
    assert wrong.status_code == 401 and "Basic" in wrong.headers["WWW-Authenticate"]
    from support.service import basic
    assert c.get("/api/v1/groups", headers=basic("mei", "nope")).status_code == 401
    assert c.get("/api/v1/groups", headers={"Authorization": "Basic !!"}).status_code == 401
    # users manage, keys evaluate
    assert evaluate(site, headers=site.admin).status_code == 403
    assert c.put("/api/v1/groups/north/rulesets/visit/draft", headers=site.north,
                 json={"yaml": NORTH, "revision": 1}).status_code == 403


def test_a_revoked_key_is_refused_after_the_next_poll(site):
    c = site.client
    created = c.post("/api/v1/groups/north/keys", headers=site.admin,
                     json={"label": "call centre", "scopes": ["evaluate"]})
    assert created.status_code == 201
    key = created.get_json()["key"]
    site.refresh()
    assert evaluate(site, headers={"X-API-Key": key}).status_code == 200
    prefix = created.get_json()["prefix"]
    assert c.delete(f"/api/v1/groups/north/keys/{prefix}", headers=site.admin).status_code == 200
    site.refresh()
    assert evaluate(site, headers={"X-API-Key": key}).status_code == 401
    listed = c.get("/api/v1/groups/north/keys", headers=site.admin).get_json()["keys"]
    assert key not in json.dumps(listed) and listed[-1]["revoked_at"]


def test_bad_bodies_are_problems_with_field_paths_never_500(site):
    c = site.client
    broken = c.post("/api/v1/evaluate/visit", data="{not json", headers=site.north,
                    content_type="application/json")
    assert broken.status_code == 400 and broken.content_type == "application/problem+json"
    assert broken.get_json()["code"] == "bad_json"
    typed = evaluate(site, facts={"customer": {"tier": "platinum"}, "visit": {"labour": "lots"}},
                     explain="very")
    body = typed.get_json()
    assert typed.status_code == 422 and body["errors"][0]["path"] == "body.explain"
    facts = evaluate(site, facts={"customer": {"tier": "platinum"}, "visit": {"labour": "lots"}})
    paths = {e["path"]: e["code"] for e in facts.get_json()["errors"]}
    assert paths == {"facts.customer.tier": "one_of", "facts.visit.labour": "expected_kind"}
    zh = evaluate(site, facts={"visit": {"labour": -1}}, headers={**site.north,
                                                                   "Accept-Language": "zh-CN,zh;q=0.9"})
    assert zh.get_json()["title"] == "事实数据无效" and "不能小于" in zh.get_json()["errors"][0]["message"]
    too_big = c.post("/api/v1/evaluate/visit", headers=site.north, content_type="application/json",
                     data=json.dumps({"facts": {"customer": {"tags": ["x" * 1000] * 300}}}))
    assert too_big.status_code == 413 and too_big.get_json()["code"] == "body_too_large"
    assert c.post("/api/v1/evaluate/visit", headers=site.north, data="facts=1").status_code == 415
    assert c.get("/api/v1/nothing", headers=site.north).status_code == 404
    assert c.delete("/api/v1/evaluate/visit", headers=site.north).status_code == 405
    assert evaluate(site, facts=[1, 2]).status_code == 422
    assert c.post("/api/v1/evaluate/nodomain", json={"facts": {}},
                  headers=site.north).status_code == 404


def test_numbers_and_texts_the_database_cannot_hold_are_refused_not_500(site):
    """Found by running the API on PostgreSQL: an integer past 32 bits, a NUL character."""
    c, rs = site.client, "/api/v1/groups/north/rulesets/visit"
    huge = 2**40
    assert c.get(f"{rs}/versions/{huge}", headers=site.north).status_code == 404
    assert c.get(f"{rs}/versions/{2**31 - 1}", headers=site.north).status_code == 404
    for method, path, who, body in (
            ("post", f"{rs}/rollback", "li", {"version": huge}),
            ("post", f"{rs}/publish", "li", {"revision": huge}),
            ("post", "/api/v1/groups", "admin", {"id": "south", "name": "华南\x00集团"}),
            ("put", f"{rs}/draft", "mei", {"yaml": NORTH, "revision": 1, "comment": "a\x00b"})):
        headers = site.admin if who == "admin" else site.users[who]
        refused = getattr(c, method)(path, headers=headers, json=body)
        assert refused.status_code == 422, (path, refused.get_json())
        assert refused.get_json()["errors"][0]["path"].startswith("body."), path
    audit = c.get(f"/api/v1/groups/north/audit?before_id={huge}", headers=site.admin)
    assert audit.status_code == 422 and audit.get_json()["errors"][0]["path"] == "query.before_id"
    assert c.get("/api/v1/groups/nor%00th/rulesets", headers=site.admin).status_code == 404
    from support.service import basic
    assert c.get("/api/v1/groups", headers=basic("ad\x00min", "x")).status_code == 401
    with site.store.read() as session:
        from dealer_rules.core.store import groups
        assert "south" not in {g.id for g in groups.list_groups(session)}


def test_a_batch_answers_every_item_with_one_version(site):
    items = [{"facts": GOLD}, {"facts": {"customer": {"tier": "tin"}}},
             {"facts": {"customer": {"tier": "silver"}, "visit": {"labour": 100}}, "explain": True}]
    response = site.client.post("/api/v1/evaluate/visit/batch", json={"items": items},
                                headers=site.north)
    body = response.get_json()
    assert response.status_code == 200 and (body["succeeded"], body["failed"]) == (2, 1)
    assert body["ruleset"]["version"] == 1
    assert [r["ok"] for r in body["results"]] == [True, False, True]
    assert body["results"][1]["error"]["errors"][0]["path"] == "items[1].facts.customer.tier"
    assert body["results"][2]["decision"]["not_fired"]
    assert body["results"][0]["decision"]["result"]["labour_payable"] == "720.00"
    too_many = site.client.post("/api/v1/evaluate/visit/batch", headers=site.north,
                                json={"items": [{"facts": {}}] * 1001})
    assert too_many.status_code == 422 and too_many.get_json()["errors"][0]["path"] == "body.items"


def test_next_change_at_when_a_rule_s_window_closes_single_and_batch(site):
    """A calling system asks again at next_change_at: then the answer is different."""
    c = site.client
    revision = c.get("/api/v1/groups/north/rulesets/visit", headers=site.north).get_json()["revision"]
    windowed = NORTH.replace("    priority: 5\n", "    priority: 5\n    valid_to: 2099-12-31\n")
    assert _draft(site, "mei", windowed, revision).get_json()["problems"] == []
    assert c.post("/api/v1/groups/north/rulesets/visit/publish", headers=site.users["li"],
                  json={"comment": "big_job until 2099"}).status_code == 201
    site.refresh()
    first = evaluate(site, at="2099-12-31T12:00:00+08:00").get_json()
    assert first["next_change_at"] == "2100-01-01T00:00:00+08:00"
    assert [r["id"] for r in first["fired"]] == ["gold", "big_job"]
    later = evaluate(site, at=first["next_change_at"]).get_json()
    assert [r["id"] for r in later["fired"]] == ["gold"] and later["next_change_at"] is None
    batch = c.post("/api/v1/evaluate/visit/batch", headers=site.north, json={"items": [
        {"facts": GOLD, "at": "2099-06-01T09:00:00+08:00"},
        {"facts": GOLD, "at": "2100-02-01T09:00:00+08:00"},
        {"facts": {"customer": {"tier": "tin"}}}]}).get_json()
    items = [r["decision"] and r["decision"]["next_change_at"] for r in batch["results"]]
    assert items == ["2100-01-01T00:00:00+08:00", None, None]
    assert batch["next_change_at"] == "2100-01-01T00:00:00+08:00"


def _draft(site, who, text, revision):
    return site.client.put("/api/v1/groups/north/rulesets/visit/draft", headers=site.users[who]
                           if who in site.users else site.admin,
                           json={"yaml": text, "revision": revision, "comment": who})


def test_a_stale_draft_save_is_409_and_loses_nothing(site):
    revision = site.client.get("/api/v1/groups/north/rulesets/visit",
                               headers=site.north).get_json()["revision"]
    mine = NORTH.replace(">= 800", ">= 700")
    first = _draft(site, "mei", mine, revision)
    assert first.status_code == 200 and first.get_json()["revision"] == revision + 1
    stale = _draft(site, "admin", NORTH.replace(">= 800", ">= 600"), revision)
    assert stale.status_code == 409 and stale.get_json()["current_revision"] == revision + 1
    draft = site.client.get("/api/v1/groups/north/rulesets/visit/draft", headers=site.users["mei"])
    assert draft.get_json()["yaml"] == mine and draft.get_json()["revision"] == revision + 1


def test_publish_refused_by_a_failing_test_then_fixed_published_served_and_rolled_back(site):
    c = site.client
    revision = c.get("/api/v1/groups/north/rulesets/visit", headers=site.north).get_json()["revision"]
    failing = NORTH.replace(">= 800", ">= 950")           # the north's own case expects 900 to fire
    saved = _draft(site, "mei", failing, revision).get_json()
    assert saved["problems"] == []
    assert c.post("/api/v1/groups/north/rulesets/visit/publish", headers=site.users["mei"],
                  json={}).status_code == 403                  # an editor cannot publish
    refused = c.post("/api/v1/groups/north/rulesets/visit/publish", headers=site.users["li"],
                     json={"comment": "raise the threshold"})
    body = refused.get_json()
    assert refused.status_code == 422 and body["code"] == "publish_refused"
    assert body["failed_cases"][0]["name"] == "the north's lower threshold"
    assert "big_job" in body["failed_cases"][0]["failures"][0]
    site.refresh()
    assert evaluate(site).get_json()["ruleset"]["version"] == 1
    # fix it, see it in a dry run, publish it
    fixed = NORTH.replace(">= 800", ">= 850")
    _draft(site, "mei", fixed, saved["revision"])
    dry = c.post("/api/v1/groups/north/rulesets/visit/dry-run", headers=site.users["mei"],
                 json={"facts": {"visit": {"labour": 820}}})
    assert dry.status_code == 200 and dry.get_json()["ruleset"]["version"] is None
    assert [r["id"] for r in dry.get_json()["fired"]] == ["silver"]
    published = c.post("/api/v1/groups/north/rulesets/visit/publish", headers=site.users["li"],
                       json={"comment": "threshold 850"})
    assert published.status_code == 201 and published.get_json()["version"] == 2
    site.refresh()
    assert evaluate(site).get_json()["ruleset"]["version"] == 2
    diff = c.get("/api/v1/groups/north/rulesets/visit/diff?from=1&to=2", headers=site.north)
    assert diff.get_json()["changed"] == ["big_job"] and "+    when: visit.labour >= 850" in \
        diff.get_json()["unified"]
    back = c.post("/api/v1/groups/north/rulesets/visit/rollback", headers=site.users["li"],
                  json={"version": 1, "comment": "call centre complained"})
    assert back.status_code == 201 and back.get_json()["version"] == 3
    site.refresh()
    assert evaluate(site, facts={"visit": {"labour": 820}}).get_json()["fired"][-1]["id"] == "big_job"
    versions = c.get("/api/v1/groups/north/rulesets/visit/versions", headers=site.north).get_json()
    assert [(v["version"], v["state"]) for v in versions["versions"]] == \
        [(3, "published"), (2, "archived"), (1, "archived")]
    audit = c.get("/api/v1/groups/north/audit", headers=site.users["li"]).get_json()["entries"]
    assert [e["action"] for e in audit][:4] == ["rolled_back", "published", "draft_saved",
                                                 "publish_refused"]
    assert audit[0]["actor"] == "user:li" and audit[0]["request_id"]


def test_validate_and_test_report_problems_with_lines(site):
    c = site.client
    bad = c.post("/api/v1/groups/north/rulesets/visit/validate", headers=site.users["mei"],
                 json={"yaml": NORTH.replace("visit.labour", "visit.labor")},
                 ).get_json()
    assert not bad["ok"] and bad["problems"][0]["line"] == 9 and bad["problems"][0]["rule"] == "big_job"
    ran = c.post("/api/v1/groups/north/rulesets/visit/test", headers=site.users["mei"],
                 json={"yaml": NORTH}).get_json()
    assert ran["ok"] and [c_["passed"] for c_ in ran["cases"]] == [True]


def test_domains_describe_facts_and_actions(site):
    body = site.client.get("/api/v1/domains", headers=site.north).get_json()
    [visit] = [d for d in body["domains"] if d["name"] == "visit"]
    assert "customer" in visit["facts_schema"]["properties"]
    assert "discount_labour" in {a["name"] for a in visit["actions"]}


def test_readyz_names_the_rulesets_only_with_metrics_group_labels(site_with):
    named = site_with(METRICS_GROUP_LABELS=True)
    assert named.client.get("/readyz").get_json()["rulesets"] == ["default/visit v1", "north/visit v1"]


def test_evaluations_go_on_while_the_store_is_unreachable(site):
    services = site.services
    services.refresher.store = Store("postgresql+psycopg://root@127.0.0.1:1/test"
                                     "?connect_timeout=1")
    services.refresher.poll_once()
    ready = site.client.get("/readyz")
    assert ready.status_code == 503 and not ready.get_json()["store_reachable"]
    response = evaluate(site)
    assert response.status_code == 200 and response.get_json()["ruleset"]["version"] == 1
    services.refresher.store.dispose()
    services.refresher.store = site.store
    services.refresher.poll_once()
    assert site.client.get("/readyz").status_code == 200


def test_health_metrics_and_the_reference_are_public(site):
    c = site.client
    evaluate(site)
    assert c.get("/healthz").get_json() == {"status": "ok"}
    ready = c.get("/readyz").get_json()        # how many, not which groups' (public)
    assert (ready["rulesets"], ready["failed"]) == (2, 0)
    metrics = c.get("/metrics").get_data(as_text=True)
    # public, so no group's id by default (METRICS_GROUP_LABELS): test_input_budgets.py
    assert 'dealer_rules_evaluations_total{domain="visit",group="*",outcome="ok"}' in metrics
    assert 'dealer_rules_rule_hits_total{domain="visit",group="*",rule="gold"}' in metrics
    assert "dealer_rules_http_request_duration_seconds_bucket" in metrics
    spec = c.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0" and "/api/v1/evaluate/visit" in spec["paths"]
    assert "EvaluateVisitRequest" in spec["components"]["schemas"]
    with c.get("/api/v1/docs") as page:
        assert page.status_code == 200 and b"api-docs.js" in page.data
    with c.get("/api/v1/docs/api-docs.js") as script:
        assert script.status_code == 200


def test_a_new_key_works_at_once_and_a_revoked_one_stops(site):
    """A key newer than the worker's snapshot is looked up in the store (one read), so an
    operator's script can use the key `dealer-rules keys create` just printed."""
    from dealer_rules.core.store import Actor, accounts
    with site.store.write() as session:
        row, key = accounts.create_api_key(session, Actor("test"), "north", "new tablets")
    headers = {"Authorization": f"Bearer {key}"}
    body = {"facts": {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}}
    assert site.client.post("/api/v1/evaluate/visit", json=body, headers=headers).status_code == 200
    with site.store.write() as session:
        accounts.revoke_api_key(session, Actor("test"), "north", row.prefix)
    site.refresh()
    assert site.client.post("/api/v1/evaluate/visit", json=body, headers=headers).status_code == 401
    assert site.client.post("/api/v1/evaluate/visit", json=body,
                            headers={"Authorization": "Bearer drk_00000000_" + "x" * 30}).status_code == 401
