"""The evaluation fast path (web/fast_evaluate.py) against the Flask view it stands in front
of: the same answers byte for byte (but the timings), errors included, since both call one
function; every request it does not know how to take left to Flask; each evaluated and
counted once. Two apps over one store, one with ``FAST_EVALUATE`` off."""
from __future__ import annotations

import json
import logging

import pytest
from prometheus_client import REGISTRY

from support.service import RULESETS

NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
AT = "2026-11-27T10:00:00+08:00"
PATH = "/api/v1/evaluate/visit"

#: requests the fast path answers itself: (name, JSON body)
ANSWERED = [
    ("gold", {"facts": {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}, "at": AT}),
    ("explained", {"facts": {"customer": {"tier": "silver"}, "visit": {"labour": 500}},
                   "at": AT, "explain": True}),
    ("nested list", {"facts": {"customer": {"tier": "diamond", "tags": ["vip"]},
                               "vehicle": {"km": 42000, "delivered_on": "2023-05-01",
                                           "repairs": [{"part": "brake_pads", "km": 30000}]}},
                     "at": "2026-11-27T10:00:00"}),                      # naive: the group's zone
    ("no facts at all", {"facts": {}, "at": AT}),
]

#: failures it answers itself, as the Flask view does: (name, path, body bytes, status)
FAILED = [
    ("facts that do not fit", PATH, b'{"facts": {"customer": {"tier": "bronze"}}}', 422),
    ("not JSON", PATH, b'{"facts": ', 400),
    ("no facts", PATH, b'{"at": "2026-11-27T10:00:00+08:00"}', 422),
    ("an unknown field", PATH, b'{"facts": {}, "fact": 1}', 422),
    ("an unknown domain", "/api/v1/evaluate/tiers", b'{"facts": {}}', 404),
    ("a failing action", PATH, b'{"facts": {"customer": {"referrer": "boom"}}}', 422),
    ("a result JSON cannot hold", PATH, b'{"facts": {"customer": {"referrer": "garbled"}}}', 422),
]

#: requests it leaves to the Flask view: (name, path, body bytes, content type, expected status)
LEFT_TO_FLASK = [
    ("a trailing slash", PATH + "/", b'{"facts": {}}', "application/json", 404),
    ("text, not JSON", PATH, b'{"facts": {}}', "text/plain", 415),
    ("too large", PATH, b'{"facts": {"customer": {"tags": ["' + b"x" * 300_000 + b'"]}}}',
     "application/json", 413),
]


@pytest.fixture
def twins(site):
    """(fast, flask): the site's app and a second app over the same store with the fast
    path off; the north ruleset gains a rule whose action always fails."""
    from dealer_rules.web import create_app
    exploding = NORTH.replace("rules:\n", "rules:\n" + "".join(
        f"  - id: {name}\n    title: 插件出错\n    when: customer.referrer == \"{name}\"\n"
        f"    then: [{{{action}: {{}}}}]\n" for name, action in (("boom", "explode"),
                                                                ("garbled", "garble"))), 1)
    c = site.client
    revision = c.get("/api/v1/groups/north/rulesets/visit", headers=site.north).get_json()["revision"]
    saved = c.put("/api/v1/groups/north/rulesets/visit/draft", headers=site.users["mei"],
                  json={"yaml": exploding, "revision": revision})
    assert saved.status_code == 200, saved.get_json()
    published = c.post("/api/v1/groups/north/rulesets/visit/publish", headers=site.users["li"],
                       json={"comment": "a rule that fails"})
    assert published.status_code == 201, published.get_json()
    site.refresh()
    flask_only = create_app({**{k: site.app.config[k] for k in (
        "DATABASE_URL", "PLUGINS", "START_REFRESHER", "MAX_BODY_BYTES")}, "FAST_EVALUATE": False})
    flask_only.extensions["dealer_rules"].refresher.poll_once()
    yield site.app, flask_only
    flask_only.extensions["dealer_rules"].close()


def fast_path(app):
    return app.wsgi_app


def post(app, path, data: bytes, headers: dict, content_type="application/json"):
    response = app.test_client().post(path, data=data, content_type=content_type,
                                      headers={**headers, "X-Request-ID": "same-id"})
    body = response.get_data()
    assert int(response.headers["Content-Length"]) == len(body)
    if response.mimetype.endswith("json"):
        body = json.loads(body)
        body.pop("timings", None)            # the one part that differs (and its length)
    headers = sorted((k, v) for k, v in response.headers.items() if k != "Content-Length")
    return response.status_code, headers, body


def evaluations(outcome: str) -> float:
    return REGISTRY.get_sample_value("dealer_rules_evaluations_total",
                                     {"group": "*", "domain": "visit", "outcome": outcome}) or 0


def test_the_fast_path_answers_as_the_flask_view_does(twins, site):
    fast, flask_only = twins
    assert not hasattr(flask_only.wsgi_app, "served")
    expected = [post(flask_only, PATH, json.dumps(body).encode(), site.north)
                for _, body in ANSWERED]
    assert [e[0] for e in expected] == [200] * len(ANSWERED)
    post(fast, PATH, b'{"facts": {}}', site.north)   # a key's first call: checked by Flask
    before = fast_path(fast).served
    for (name, body), want in zip(ANSWERED, expected):
        assert post(fast, PATH, json.dumps(body).encode(), site.north) == want, name
    assert fast_path(fast).served == before + len(ANSWERED)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_a_failure_is_answered_as_the_flask_view_answers_it(twins, site, language):
    fast, flask_only = twins
    headers = {**site.north, "Accept-Language": language}
    expected = [post(flask_only, path, data, headers) for _, path, data, _ in FAILED]
    assert [e[0] for e in expected] == [case[-1] for case in FAILED]
    post(fast, PATH, b'{"facts": {}}', site.north)   # a key's first call: checked by Flask
    before = fast_path(fast).served
    for (name, path, data, _), want in zip(FAILED, expected):
        assert post(fast, path, data, headers) == want, name
    assert fast_path(fast).served == before + len(FAILED)


def test_every_unusual_request_is_left_to_the_flask_view(twins, site):
    fast, flask_only = twins
    expected = [post(flask_only, path, data, site.north, kind)
                for _, path, data, kind, _ in LEFT_TO_FLASK]
    assert [e[0] for e in expected] == [case[-1] for case in LEFT_TO_FLASK]
    post(fast, PATH, b'{"facts": {}}', site.north)
    before = fast_path(fast).served
    for (name, path, data, kind, _), want in zip(LEFT_TO_FLASK, expected):
        assert post(fast, path, data, site.north, kind) == want, name
    assert fast_path(fast).served == before
    # callers the fast path does not know: no key, a wrong key, a user, a key's first call
    assert post(fast, PATH, b'{"facts": {}}', {})[0] == 401
    assert post(fast, PATH, b'{"facts": {}}', {"Authorization": "Bearer drk_nope"})[0] == 401
    assert post(fast, PATH, b'{"facts": {}}', site.admin)[0] == 403
    assert post(fast, PATH, b'{"facts": {}}', site.default)[0] == 200   # checked by Flask
    assert fast_path(fast).served == before


def test_a_key_without_the_evaluate_scope_is_refused_on_every_call(twins, site):
    fast, _ = twins
    created = site.client.post("/api/v1/groups/north/keys", headers=site.admin,
                               json={"label": "reader", "scopes": ["read"]}).get_json()
    site.refresh()
    reader = {"Authorization": f"Bearer {created['key']}"}
    assert site.client.get("/api/v1/groups/north/rulesets", headers=reader).status_code == 200
    served = fast_path(fast).served
    for _ in range(2):              # the key was checked by its read: the fast path answers
        status, _, body = post(fast, PATH, b'{"facts": {}}', reader)
        assert (status, body["code"]) == (403, "needs_scope")
    assert fast_path(fast).served == served + 2


def test_nothing_is_counted_twice(twins, site):
    fast, _ = twins
    post(fast, PATH, b'{"facts": {}}', site.north)
    ok, invalid, failed = evaluations("ok"), evaluations("invalid"), evaluations("failed")
    post(fast, PATH, b'{"facts": {}}', site.north)
    post(fast, PATH, b'{"facts": {"customer": {"tier": "bronze"}}}', site.north)
    post(fast, PATH, b'{"facts": {"customer": {"referrer": "boom"}}}', site.north)
    post(fast, PATH, b'{"facts": {"customer": {"referrer": "garbled"}}}', site.north)
    assert (evaluations("ok"), evaluations("invalid"), evaluations("failed")) == \
        (ok + 1, invalid + 1, failed + 2)
    latency = REGISTRY.get_sample_value(
        "dealer_rules_http_request_duration_seconds_count",
        {"method": "POST", "endpoint": "/api/v1/evaluate/<domain>", "status": "200"})
    post(fast, PATH, b'{"facts": {}}', site.north)
    assert REGISTRY.get_sample_value(
        "dealer_rules_http_request_duration_seconds_count",
        {"method": "POST", "endpoint": "/api/v1/evaluate/<domain>", "status": "200"}) == latency + 1


def test_a_failure_is_logged_once_with_the_request_id_of_the_response(twins, site, caplog):
    fast, _ = twins
    post(fast, PATH, b'{"facts": {}}', site.north)
    logger = logging.getLogger("dealer_rules")
    logger.addHandler(caplog.handler)
    try:
        response = fast.test_client().post(PATH, json={"facts": {"customer": {"referrer": "boom"}}},
                                           headers=site.north)
    finally:
        logger.removeHandler(caplog.handler)
    records = [r for r in caplog.records if "evaluation failed" in r.getMessage()]
    assert response.status_code == 422 and len(records) == 1
    assert records[0].request_id == response.headers["X-Request-ID"] != "-"


def test_a_publish_is_served_by_the_fast_path_at_once(twins, site):
    fast, _ = twins
    post(fast, PATH, b'{"facts": {}}', site.north)
    assert post(fast, PATH, b'{"facts": {}}', site.north)[2]["ruleset"]["version"] == 2
    back = site.client.post("/api/v1/groups/north/rulesets/visit/rollback",
                            headers=site.users["li"], json={"version": 1, "comment": "back"})
    assert back.status_code == 201
    site.refresh()            # a new key snapshot too: each key's next call is checked again
    served = fast_path(fast).served
    for _ in range(2):
        assert post(fast, PATH, b'{"facts": {}}', site.north)[2]["ruleset"]["version"] == 3
    assert fast_path(fast).served == served + 1


def test_a_failing_evaluation_runs_its_plugins_once(twins, site):
    """A failure is answered where it happened: never evaluated again by the Flask view."""
    from support import sample_plugin
    fast, _ = twins
    post(fast, PATH, b'{"facts": {}}', site.north)
    calls = sample_plugin.EXPLODED
    assert post(fast, PATH, b'{"facts": {"customer": {"referrer": "boom"}}}', site.north)[0] == 422
    assert sample_plugin.EXPLODED == calls + 1


class Trickle:
    """A request body that gives at most 5 bytes a read, as WSGI allows."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size: int = -1) -> bytes:
        size = 5 if size < 0 else min(size, 5)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk


def raw_call(app, body: bytes, **environ) -> tuple[str, bytes]:
    from werkzeug.test import EnvironBuilder, run_wsgi_app
    built = EnvironBuilder(path=PATH, method="POST", data=body, content_type="application/json",
                           headers=environ.pop("headers")).get_environ()
    built.update(environ)
    result, status, _ = run_wsgi_app(app, built)
    return status, b"".join(result)


def test_the_body_is_read_as_werkzeug_reads_it(twins, site):
    fast, flask_only = twins
    body = json.dumps(ANSWERED[0][1]).encode()
    odd = [{"CONTENT_LENGTH": "+" + str(len(body))},                # what werkzeug refuses
           {"CONTENT_LENGTH": f"{len(body)}", "HTTP_TRANSFER_ENCODING": "chunked"}]
    expected = [raw_call(flask_only, body, headers=site.north, **o)[0] for o in odd]
    post(fast, PATH, b'{"facts": {}}', site.north)
    before = fast_path(fast).served
    status, answered = raw_call(fast, body, headers=site.north, **{"wsgi.input": Trickle(body)})
    assert status == "200 OK" and json.loads(answered)["fired"]
    assert fast_path(fast).served == before + 1
    assert [raw_call(fast, body, headers=site.north, **o)[0] for o in odd] == expected
    assert fast_path(fast).served == before + 1
