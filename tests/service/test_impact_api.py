"""The recorded sample and the impact API, through the real app and a real store.

Evaluations go through POST /api/v1/evaluate/tiers with an API key (the fast path and the
Flask view share web/api/evaluate.py:evaluate_request, which records); the sample is
written by the recorder the app runs (flushed by the impact request, as the refresher-less
test app never starts its thread); the report is asserted in figures worked out from the
customers sent: silver's labour discount 10% -> 12% changes each silver and gold
customer's order by 2% of its labour.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from dealer_rules.core.sampling import MASK, SampleRecorder, Sampler
from dealer_rules.core.shipped import shipped_rulesets
from dealer_rules.core.store import Actor, Store, StoreError, Workflow, accounts
from dealer_rules.core.store.groups import create_group
from dealer_rules.core.store.samples import add_samples, count_samples, forget_samples, samples_of
from dealer_rules.core.store.seed import ensure_admin, seed_rulesets
from support.databases import make_database_url
from support.service import basic

AT = "2026-11-27T10:00:00+08:00"
SHIPPED = (Path(shipped_rulesets()) / "default" / "tiers.yaml").read_text(encoding="utf-8")
SILVER_12 = SHIPPED.replace("{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}")
assert SILVER_12 != SHIPPED


def silver(labour="1000.00"):
    return {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
            "order": {"kind": "maintenance", "labour_amount": labour, "parts_amount": "500.00"}}


def gold():
    return {"customer": {"service_orders": [{"paid_on": "2026-06-03", "amount_paid": "12000.00"}]},
            "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


def stranger():
    return {"order": {"kind": "maintenance", "labour_amount": "800.00", "parts_amount": "0"}}


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch):
    monkeypatch.setattr(accounts, "PASSWORD_METHOD", "pbkdf2:sha256:1000")


def prepare(store):
    """Group ``east`` publishing the same tiers ruleset as ``default``, keys of both groups,
    an admin and a viewer: (admin, keys, evaluate-only key, viewer) headers."""
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import Registry
    password = ensure_admin(store)
    with store.write() as session:
        accounts.set_password(session, Actor("test"), "admin", password)
        create_group(session, Actor("test"), "east", "East")
        accounts.create_user(session, Actor("test"), "wang", "wang-password")
        accounts.grant_role(session, Actor("test"), "wang", "viewer", "default")
        keys = {g: {"Authorization": "Bearer " + accounts.create_api_key(
            session, Actor("test"), g, "tablets", ["evaluate", "read", "dry_run"])[1]}
            for g in ("default", "east")}
        _, plain = accounts.create_api_key(session, Actor("test"), "default", "plain",
                                           ["evaluate"])
    pm = get_plugin_manager()
    workflow = Workflow(store, Registry.from_plugin_manager(pm), Evaluator(pm))
    workflow.save_draft("east", "tiers", SHIPPED.replace("group: default", "group: east"),
                        0, Actor("test"))
    workflow.publish("east", "tiers", Actor("test"))
    return (basic("admin", password), keys, {"Authorization": f"Bearer {plain}"},
            basic("wang", "wang-password"))


class Service:
    """The app over a store made ready by ``prepare``."""

    def __init__(self, store, app, credentials):
        self.store, self.app, self.client = store, app, app.test_client()
        self.credentials = credentials
        self.admin, self.keys, self.evaluate_only, self.viewer = credentials
        self.services.refresher.poll_once()

    @property
    def services(self):
        return self.app.extensions["dealer_rules"]

    def evaluate(self, group, facts, domain="tiers"):
        answer = self.client.post(f"/api/v1/evaluate/{domain}", headers=self.keys[group],
                                  json={"facts": facts, "at": AT})
        assert answer.status_code == 200, answer.get_json()
        return answer.get_json()

    def draft(self, group, text):
        current = self.client.get(f"/api/v1/groups/{group}/rulesets/tiers",
                                  headers=self.admin).get_json()
        saved = self.client.put(f"/api/v1/groups/{group}/rulesets/tiers/draft",
                                headers=self.admin,
                                json={"yaml": text, "revision": current["revision"]})
        assert saved.status_code in (200, 201), saved.get_json()

    def impact(self, group, body=None, headers=None):
        return self.client.post(f"/api/v1/groups/{group}/rulesets/tiers/impact",
                                headers=headers or self.admin, json=body or {})


@contextlib.contextmanager
def open_service(kind, tmp_path, **settings):
    """A Service over a fresh store of ``kind``."""
    url, cleanup = make_database_url(kind, tmp_path)
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, shipped_rulesets())
    credentials = prepare(store)
    try:
        with app_over(store, url, credentials, **settings) as service:
            yield service
    finally:
        store.dispose()
        cleanup()


@contextlib.contextmanager
def app_over(store, url, credentials, **settings):
    from dealer_rules.web import create_app
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SAMPLE_RATE": 1.0,
                      **settings})
    try:
        yield Service(store, app, credentials)
    finally:
        app.extensions["dealer_rules"].close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One service for the tests that need no settings of their own (an app costs seconds)."""
    with open_service("sqlite", tmp_path_factory.mktemp("impact")) as opened:
        yield opened


@pytest.fixture
def service(shared):
    """The shared service, left as found: no sample, no draft."""
    yield shared
    workflow = Workflow(shared.store, shared.services.registry, shared.services.evaluator)
    shared.services.samples.sampler.take()
    with shared.store.write() as session:
        for group in ("default", "east"):
            forget_samples(session, group)
    for group in ("default", "east"):
        with contextlib.suppress(StoreError):
            workflow.discard_draft(group, "tiers", Actor("test"))


@pytest.fixture
def service_with(shared):
    """``service_with(**settings)``: another app over the shared store."""
    with contextlib.ExitStack() as stack:
        yield lambda **s: stack.enter_context(
            app_over(shared.store, shared.store.url, shared.credentials, **s))
    with shared.store.write() as session:
        for group in ("default", "east"):
            forget_samples(session, group)


def count(service, group, domain="tiers"):
    with service.store.read() as session:
        return count_samples(session, group, domain)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh(request, tmp_path):
    with open_service(request.param, tmp_path) as opened:
        yield opened


def test_silver_12_percent_over_the_recorded_sample(fresh):
    service = fresh
    for facts in [silver()] * 6 + [silver("300.00")] * 2 + [gold()] * 3 + [stranger()] * 5:
        service.evaluate("default", facts)
    service.draft("default", SILVER_12)

    answer = service.impact("default")
    assert answer.status_code == 200, answer.get_json()
    report = answer.get_json()
    assert report["source"] == "sample" and report["evaluated"] == 16
    assert report["changed"] == 11 and report["unchanged"] == 5
    assert report["published_version"] == 1
    effects = {e["path"]: e for e in report["effects"]}
    # 2% of 1000.00 on 9 orders, of 300.00 on 2
    assert Decimal(effects["order.labour_discount"]["difference"]) == Decimal("192.00")
    assert effects["order.labour_discount"]["unit"] == "CNY"
    kind_ = report["kinds"][0]
    assert "labour_discount_percent: 10→12" in kind_["key"]
    assert kind_["examples"] and kind_["examples"][0]["facts"]["order"]["kind"] == "maintenance"


def test_group_a_sample_is_never_replayed_for_group_b(service):
    for _ in range(4):
        service.evaluate("default", silver())
    for _ in range(3):
        service.evaluate("east", stranger())
    service.draft("default", SILVER_12)
    service.draft("east", SILVER_12.replace("group: default", "group: east"))

    default = service.impact("default").get_json()
    east = service.impact("east").get_json()
    assert (default["evaluated"], default["changed"]) == (4, 4)
    assert (east["evaluated"], east["changed"]) == (3, 0)
    # a key of east cannot ask for default's report at all
    assert service.impact("default", headers=service.keys["east"]).status_code == 404
    assert service.impact("east", headers=service.keys["east"]).get_json()["evaluated"] == 3


def test_recording_switched_off_keeps_nothing(service_with):
    service = service_with(SAMPLE_EVALUATIONS=False)
    assert service.services.samples is None
    for _ in range(3):
        service.evaluate("default", silver())
    service.draft("default", SILVER_12)
    report = service.impact("default").get_json()
    assert report["evaluated"] == 0 and report["changed"] == 0
    assert count(service, "default") == 0


def test_the_rate_keeps_one_in_so_many_and_the_cap_the_newest(service_with):
    service = service_with(SAMPLE_RATE=0.25, SAMPLE_MAX_PER_DOMAIN=3)
    for labour in range(1, 21):
        service.evaluate("default", silver(f"{labour}00.00"))
    service.services.samples.flush()
    with service.store.read() as session:
        kept = samples_of(session, "default", "tiers")
    # evaluations 1, 5, 9, 13, 17 kept; the newest 3 of them stay
    assert [f["order"]["labour_amount"] for f, _, _ in kept] == ["1700.00", "1300.00", "900.00"]
    assert all(version == 1 for _, _, version in kept)
    assert kept[0][1] == dt.datetime.fromisoformat(AT)


def test_samples_older_than_the_retention_are_deleted(service):
    old = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=40)
    with service.store.write() as session:
        add_samples(session, [{"group": "default", "domain": "tiers", "version": 1, "at": old,
                               "recorded_at": old, "facts": stranger()}], 100, 0)
    assert count(service, "default") == 1
    service.evaluate("default", silver())
    service.services.samples.flush()          # retention 30 days (the default)
    assert count(service, "default") == 1
    with service.store.read() as session:
        assert samples_of(session, "default", "tiers")[0][0] == silver()


def test_personal_fields_are_masked_before_they_are_stored(service):
    facts = {"customer": {"name": "王小明"},
             "vehicle": {"vin": "LSVAX60E0K2012345", "model": "帕萨特",
                         "delivered_on": "2026-10-01"}}
    service.evaluate("default", facts, domain="callbacks")
    service.services.samples.flush()
    with service.store.read() as session:
        stored = samples_of(session, "default", "callbacks")[0][0]
    assert stored["customer"]["name"] == MASK and stored["vehicle"]["vin"] == MASK
    assert stored["vehicle"]["model"] == "帕萨特"


def test_masking_can_be_turned_off(service):
    from dealer_rules.plugins.callbacks.facts import CallbackFacts
    sampler = Sampler(rate=1.0, max_per_domain=10, mask_personal=False)
    sampler.offer("default", "callbacks", 1, CallbackFacts, {"customer": {"name": "王小明"}},
                  dt.datetime.now(dt.timezone.utc))
    SampleRecorder(sampler, service.store).flush()
    with service.store.read() as session:
        assert samples_of(session, "default", "callbacks")[0][0]["customer"]["name"] == "王小明"


def test_recording_survives_the_store_being_down(service, tmp_path):
    down = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    sampler = Sampler(rate=1.0, max_per_domain=10)
    recorder = SampleRecorder(sampler, down)
    sampler.offer("default", "tiers", 1, None, silver(), dt.datetime.now(dt.timezone.utc))
    assert recorder.flush_quietly() == 0 and sampler.waiting() == 1   # kept for next time
    recorder.store = service.store
    assert recorder.flush() == 1 and count(service, "default") == 1
    down.dispose()


def test_a_row_the_store_refuses_is_dropped_not_retried_for_ever(service):
    sampler = Sampler(rate=1.0, max_per_domain=10)
    recorder = SampleRecorder(sampler, service.store)
    sampler.offer("default", "tiers", 1, None, silver(), dt.datetime(2026, 11, 27))  # naive
    sampler.offer("default", "tiers", 1, None, stranger(), dt.datetime.now(dt.timezone.utc))
    assert recorder.flush() == 1 and sampler.waiting() == 0 and sampler.dropped == 1
    with service.store.read() as session:
        assert [f for f, _, _ in samples_of(session, "default", "tiers")] == [stranger()]


def test_an_evaluation_answers_while_the_store_is_down(service):
    recorder = service.services.samples
    recorder.store = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    try:
        service.evaluate("default", silver())
        assert recorder.flush_quietly() == 0 and recorder.sampler.waiting() == 1
    finally:
        recorder.store.dispose()
        recorder.store = service.store


def test_customers_given_in_the_request_or_a_file(service):
    service.draft("default", SILVER_12)
    items = service.impact("default", {"items": [{"facts": silver(), "at": AT},
                                                 {"facts": stranger(), "at": AT}]}).get_json()
    assert (items["source"], items["evaluated"], items["changed"]) == ("items", 2, 1)
    csv_text = ("customer.car_purchases,order.kind,order.labour_amount,order.parts_amount\n"
                '"[{""purchased_on"": ""2024-05-01""}]",maintenance,1000.00,0\n'
                ",maintenance,500.00,0\n")
    report = service.impact("default", {"file": {"name": "customers.csv", "text": csv_text},
                                        "at": AT}).get_json()
    assert (report["source"], report["evaluated"], report["changed"]) == ("file", 2, 1)
    bad = service.impact("default", {"file": {"name": "c.jsonl", "text": "{\n"}})
    assert bad.status_code == 422 and "1" in bad.get_json()["title"]


def test_an_xlsx_file_in_base64(service, tmp_path):
    import base64
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["customer.car_purchases[0].purchased_on", "order.kind", "order.labour_amount"])
    sheet.append(["2024-05-01", "maintenance", "1000.00"])
    sheet.append([None, "maintenance", "1000.00"])
    sheet.append(["2023-01-01", "maintenance", "250.00"])
    book.save(tmp_path / "c.xlsx")
    service.draft("default", SILVER_12)
    report = service.impact("default", {"at": AT, "file": {
        "name": "members.xlsx",
        "base64": base64.b64encode((tmp_path / "c.xlsx").read_bytes()).decode()}}).get_json()
    assert (report["source"], report["evaluated"], report["changed"]) == ("file", 3, 2)
    effects = {e["path"]: e["difference"] for e in report["effects"]}
    assert effects["order.labour_discount"] == "25.00"       # 2% of 1000.00 and of 250.00


def test_who_may_ask(service):
    service.draft("default", SILVER_12)
    assert service.impact("default", headers=service.keys["default"]).status_code == 200
    assert service.impact("default", headers=service.evaluate_only).status_code == 403
    assert service.impact("default", headers=service.viewer).status_code == 403
    assert service.client.post("/api/v1/groups/default/rulesets/tiers/impact",
                               json={}).status_code == 401


def test_without_a_draft_the_answer_says_so(service):
    answer = service.impact("default")
    assert answer.status_code == 404 and answer.get_json()["code"] == "no_draft"
