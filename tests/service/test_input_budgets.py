"""Budgets for expensive input and hostile values, through the API on both databases:
each refusal is a 413/422 problem+json that names the limit and the setting raising it,
comes at once, and writes nothing (core/limits.py, web/budgets.py)."""
from __future__ import annotations

import io
import time

import pytest

from dealer_rules.core import limits

from support.service import RULESETS

NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
RS = "/api/v1/groups/north/rulesets/visit"
GOLD = {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}
#: nine aliases nested eight deep: 350 bytes that expand to 43 million strings
BOMB = "\n".join([f"a: &a [{','.join(['x'] * 9)}]"] + [
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]" for p, n in zip("abcdefg", "bcdefgh")])


def ruleset(rules: int = 1, tests: int = 0, when: str = "visit.labour >= 1") -> str:
    """A north/visit ruleset with ``rules`` rules and ``tests`` test cases."""
    text = "domain: visit\ngroup: north\ntitle: 大\nrules:\n" + "".join(
        f"  - id: r{i}\n    title: r{i}\n    when: {when}\n" for i in range(rules))
    if tests:
        text += "tests:\n" + "".join(
            f"  - name: c{i}\n    facts: {{visit: {{labour: 5}}}}\n    expect: {{fired: [r0]}}\n"
            for i in range(tests))
    return text


def problem(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["code"] == code and body["status"] == status, body
    return body


def test_the_alias_bomb_is_refused_at_once_with_its_line(site):
    c = site.client
    started = time.perf_counter()
    dry = c.post(RS + "/dry-run", headers=site.north, json={"yaml": BOMB, "facts": GOLD})
    body = problem(dry, 422, "yaml_anchor")
    assert body["errors"][0]["line"] == 1 and "not allowed (line 1)" in body["title"]
    checked = c.post(RS + "/validate", headers=site.users["mei"], json={"yaml": BOMB})
    assert checked.status_code == 200 and checked.get_json()["ok"] is False
    assert checked.get_json()["problems"][0]["code"] == "yaml_anchor"
    alias = c.post(RS + "/validate", headers={**site.users["mei"], "Accept-Language": "zh"},
                   json={"yaml": "domain: visit\ngroup: north\ntitle: x\nrules: *r\n"})
    found = alias.get_json()["problems"][0]
    assert (found["code"], found["line"]) == ("yaml_alias", 4)
    assert "不允许使用别名（第 4 行）" in found["message"]
    assert time.perf_counter() - started < 5


def test_too_many_rules_is_refused_before_anything_is_built_and_nothing_is_saved(site):
    c = site.client
    revision = c.get(RS, headers=site.north).get_json()["revision"]
    huge = ruleset(rules=1001)
    started = time.perf_counter()
    saved = c.put(RS + "/draft", headers=site.users["mei"], json={"yaml": huge, "revision": revision})
    body = problem(saved, 422, "limit_rules")
    assert body["limit"] == "DEALER_RULES_MAX_RULES_PER_RULESET" and body["maximum"] == 1000
    assert "1001 rules" in body["title"] and "DEALER_RULES_MAX_RULES_PER_RULESET" in body["title"]
    for path, headers, extra in (("/dry-run", site.north, {"facts": GOLD}),
                                 ("/validate", site.users["mei"], {}),
                                 ("/test", site.users["mei"], {})):
        problem(c.post(RS + path, headers=headers, json={"yaml": huge, **extra}), 422,
                "limit_rules")
    assert time.perf_counter() - started < 5
    assert c.get(RS, headers=site.north).get_json()["revision"] == revision   # nothing written
    assert c.get(RS + "/draft", headers=site.users["mei"]).status_code == 404
    zh = c.post(RS + "/validate", headers={**site.users["mei"], "Accept-Language": "zh"},
                json={"yaml": huge})
    assert "规则集有 1001 条规则，超过上限 1000 条" in zh.get_json()["title"]


def test_too_many_test_cases_too_deep_yaml_and_conditions_are_refused(site):
    c, mei = site.client, site.users["mei"]
    body = problem(c.post(RS + "/test", headers=mei, json={"yaml": ruleset(tests=501)}), 422,
                   "limit_test_cases")
    assert body["limit"] == "DEALER_RULES_MAX_TEST_CASES"
    deep = "domain: visit\ngroup: north\ntitle: x\nsettings: " + "[" * 40 + "]" * 40 + "\n"
    body = problem(c.post(RS + "/validate", headers=mei, json={"yaml": deep}), 422,
                   "limit_yaml_depth")
    assert body["errors"][0]["line"] == 4 and body["limit"] == "DEALER_RULES_MAX_YAML_DEPTH"
    long = ruleset(when="visit.labour >= 1" + " or visit.labour >= 1" * 200)
    body = problem(c.post(RS + "/validate", headers=mei, json={"yaml": long}), 422,
                   "limit_condition_chars")
    assert body["errors"][0]["line"] == 7
    nested = ruleset(when="'" + "(" * 45 + "visit.labour >= 1" + ")" * 45 + "'")
    problem(c.post(RS + "/validate", headers=mei, json={"yaml": nested}), 422,
            "limit_condition_depth")
    chain = ruleset(when="visit.labour" + " + visit.labour" * 60 + " > 1")
    problem(c.post(RS + "/dry-run", headers=site.north, json={"yaml": chain, "facts": GOLD}),
            422, "limit_condition_depth")
    # the service still answers normally
    assert c.post("/api/v1/evaluate/visit", json={"facts": GOLD}, headers=site.north).status_code == 200


@pytest.fixture
def tight(site_with):
    """The API with some budgets set low, to show that each setting is honoured."""
    try:
        yield site_with(MAX_YAML_BYTES=600, MAX_RULES_PER_RULESET=3, REQUEST_TIME_BUDGET=1e-9)
    finally:
        limits.reset()


def test_each_limit_follows_its_setting(tight):
    c, mei = tight.client, tight.users["mei"]
    body = problem(c.post(RS + "/validate", headers=mei, json={"yaml": ruleset(rules=4)}), 422,
                   "limit_rules")
    assert body["maximum"] == 3
    body = problem(c.post(RS + "/validate", headers=mei, json={"yaml": NORTH + "#" * 600}), 413,
                   "limit_yaml_bytes")
    assert body["limit"] == "DEALER_RULES_MAX_YAML_BYTES"
    # a time budget of a nanosecond: compiling the first rule is already over it
    body = problem(c.post(RS + "/test", headers=mei, json={"yaml": ruleset(rules=2)}), 422,
                   "limit_time_budget")
    assert "DEALER_RULES_REQUEST_TIME_BUDGET" in body["title"]
    # evaluating the published version needs no compiling: not refused
    assert c.post("/api/v1/evaluate/visit", json={"facts": GOLD}, headers=tight.north).status_code == 200


def test_a_chunked_body_over_the_limit_is_413(site):
    body = b'{"facts": {"customer": {"tags": ["' + b"x" * (300 * 1024) + b'"]}}}'
    response = site.client.post(
        "/api/v1/groups/north/rulesets/visit/validate", headers=site.users["mei"],
        input_stream=io.BytesIO(body), content_type="application/json",
        environ_overrides={"wsgi.input_terminated": True, "HTTP_TRANSFER_ENCODING": "chunked"})
    problem(response, 413, "body_too_large")


@pytest.mark.parametrize("value", [1e400, "1e400", "NaN", "-Infinity"])
def test_a_number_out_of_range_names_the_field(site, value):
    facts = {"customer": {"tier": "gold"}, "visit": {"labour": value}}
    response = site.client.post("/api/v1/evaluate/visit", json={"facts": facts},
                                headers=site.north) if not isinstance(value, float) else \
        site.client.post("/api/v1/evaluate/visit", data='{"facts": {"visit": {"labour": 1e400}}}',
                         content_type="application/json", headers=site.north)
    body = problem(response, 422, "facts_invalid")
    assert body["errors"] == [{"path": "facts.visit.labour", "code": "number_out_of_range",
                               "message": "number out of range (at most 1.7e308 either way)"}]


def test_an_unknown_fact_field_is_refused_with_a_suggestion(site):
    typo = {"customer": {"tier": "gold"}, "visit": {"labuor": "1200"},
            "vehicle": {"repairs": [{"part": "brake_pads", "km": 1, "kms": 1}]}}
    response = site.client.post("/api/v1/evaluate/visit", json={"facts": typo},
                                headers={**site.north, "Accept-Language": "zh"})
    body = problem(response, 422, "facts_invalid")
    assert {e["path"]: e["message"] for e in body["errors"]} == {
        "facts.visit.labuor": "未知字段 labuor（是否想写“labour”？）",
        "facts.vehicle.repairs[0].kms": "未知字段 kms（是否想写“km”？）"}
    en = site.client.post("/api/v1/evaluate/visit", json={"facts": typo}, headers=site.north)
    assert "unknown field 'labuor' (did you mean 'labour'?)" in en.get_data(as_text=True)
    dry = site.client.post(RS + "/dry-run", headers=site.north, json={"facts": typo, "yaml": NORTH})
    assert problem(dry, 422, "facts_invalid")["errors"][0]["code"] == "unknown_key"


def test_pages_for_browsers_carry_the_security_headers(site):
    for path in ("/admin/login", "/api/v1/docs"):
        response = site.client.get(path)
        assert response.status_code == 200, path
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert ' style="' not in response.get_data(as_text=True), path
        response.close()


def test_public_metrics_name_no_group_unless_configured(site):
    from dealer_rules.web import metrics
    assert site.client.post("/api/v1/evaluate/visit", json={"facts": GOLD},
                            headers=site.north).status_code == 200
    text = site.client.get("/metrics").get_data(as_text=True)
    assert 'dealer_rules_evaluations_total{domain="visit",group="*",outcome="ok"}' in text
    assert 'group="north"' not in text and 'group="default"' not in text
    site.app.config["METRICS_GROUP_LABELS"] = True
    metrics._settings["group_labels"] = True
    try:
        metrics.count("north", "visit", "ok")
        assert 'group="north"' in site.client.get("/metrics").get_data(as_text=True)
    finally:
        metrics._settings["group_labels"] = False
        metrics.EVALUATIONS.remove("north", "visit", "ok")
        metrics._children.pop((metrics.EVALUATIONS, ("north", "visit", "ok")), None)


def test_a_client_caused_failure_is_logged_on_one_line_without_a_traceback(site, caplog):
    import logging
    logger = logging.getLogger("dealer_rules")
    logger.addHandler(caplog.handler)
    try:
        exploding = NORTH.replace("rules:\n", "rules:\n  - id: boom\n    title: 出错\n"
                                  "    when: customer.referrer == \"boom\"\n"
                                  "    then: [{explode: {}}]\n", 1)
        for facts in ({"customer": {"referrer": "boom"}}, {"visit": {"labour": "1e400"}},
                      {"visit": {"labuor": 1}}):
            response = site.client.post(RS + "/dry-run", headers=site.north,
                                        json={"facts": facts, "yaml": exploding})
            assert response.status_code == 422, response.get_json()
    finally:
        logger.removeHandler(caplog.handler)
    logged = [r for r in caplog.records if r.name.startswith("dealer_rules")]
    assert [r.getMessage() for r in logged] == [
        "evaluation failed in a plugin: rule boom: action explode failed: RuntimeError: the "
        "workshop system is down"]
    assert logged[0].exc_info is None and "\n" not in logged[0].getMessage()


def test_a_chunked_evaluation_over_the_limit_is_413_too(site):
    body = b'{"facts": {"customer": {"tags": ["' + b"x" * (300 * 1024) + b'"]}}}'
    response = site.client.post(
        "/api/v1/evaluate/visit", headers=site.north, input_stream=io.BytesIO(body),
        content_type="application/json",
        environ_overrides={"wsgi.input_terminated": True, "HTTP_TRANSFER_ENCODING": "chunked"})
    problem(response, 413, "body_too_large")
