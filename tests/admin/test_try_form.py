"""The Try it form's server side (web/admin/facts_form.py): every shipped domain's facts
become form fields (nested objects, lists with their item fields, enums as selects with
Chinese labels, dates, date-times, money); the hint and the examples name only real fields
and validate against the domain's facts model; the page carries the form and the samples."""
from __future__ import annotations

import json
import re

import pytest

from dealer_rules.core.plugins import get_registry
from dealer_rules.web.admin.facts_form import example_facts, form_fields, sample_customers

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

REGISTRY = get_registry()
DOMAINS = sorted(REGISTRY.domains)


def walk(fields):
    for f in fields:
        yield f
        yield from walk(f.get("fields", []))
        if "item" in f:
            yield f["item"]
            yield from walk(f["item"].get("fields", []))


def paths_of(schema, prefix=""):
    for name, ftype in schema.fields.items():
        path = f"{prefix}.{name}" if prefix else name
        yield path
        if ftype.kind == "object":
            yield from paths_of(ftype, path)
        if ftype.kind == "list" and ftype.item is not None and ftype.item.kind == "object":
            yield from paths_of(ftype.item, path + "[]")


@pytest.mark.parametrize("name", DOMAINS)
def test_every_facts_field_of_every_domain_is_a_form_field(name):
    fields = form_fields(REGISTRY.domains[name], REGISTRY.schemas[name], "zh")
    drawn = {f["path"] for f in walk(fields) if not f["path"].endswith("[]")}
    assert drawn == set(paths_of(REGISTRY.schemas[name]))
    for f in walk(fields):
        assert f["kind"] in {"object", "list", "number", "money", "text", "select", "bool",
                             "date", "datetime"}
        assert f["label"]
        if f["kind"] == "select":
            assert [o["value"] for o in f["options"]]
        if f["kind"] == "list":
            assert f["item"]["kind"]


def test_the_tiers_form_reads_like_the_reference():
    fields = {f["path"]: f for f in walk(form_fields(REGISTRY.domains["tiers"],
                                                     REGISTRY.schemas["tiers"], "zh"))}
    orders = fields["customer.service_orders"]
    assert orders["kind"] == "list" and orders["label"] == "已付款的售后工单"
    assert [f["name"] for f in orders["item"]["fields"]] == ["paid_on", "amount_paid"]
    assert fields["customer.service_orders[].paid_on"]["kind"] == "date"
    assert fields["customer.service_orders[].amount_paid"]["kind"] == "money"
    # a Chinese reader picks 保养: the code is the option's value, not its text
    assert fields["order.kind"]["options"][0] == {"value": "maintenance", "label": "保养"}
    assert fields["order.kind"]["help"] == "作业类型：保养、维修、钣喷或检测。"
    assert fields["customer.trailing_service_spend"]["derived"]
    sla = {f["path"]: f for f in walk(form_fields(REGISTRY.domains["sla"],
                                                  REGISTRY.schemas["sla"], "zh"))}
    assert sla["enquiry.received_at"]["kind"] == "datetime"
    assert sla["enquiry.channel"]["options"][0]["label"] == "企业微信"
    offers = {f["path"]: f for f in walk(form_fields(REGISTRY.domains["offers"],
                                                     REGISTRY.schemas["offers"], "zh"))}
    assert [o["label"] for o in offers["visit.kind"]["options"]] == ["常规保养", "维修"]
    assert [o["label"] for o in offers["needs.budget_band"]["options"]][:2] == [
        "10 万元以下", "10 万至 20 万元"]
    assert offers["customer.preferences[]"]["options"][0] == {"value": "safety",
                                                              "label": "安全"}
    english = form_fields(REGISTRY.domains["tiers"], REGISTRY.schemas["tiers"], "en")
    assert english[0]["label"] == "customer"


@pytest.mark.parametrize("name", DOMAINS)
def test_hints_and_examples_validate_against_the_domains_facts_model(name):
    model = REGISTRY.domains[name].facts
    hint = example_facts(REGISTRY.schemas[name], model)
    assert hint, f"no hint for {name}"
    model.model_validate(hint)
    for key, sample in sample_customers(name).items():
        model.model_validate(json.loads(sample["facts"])), key


def test_the_try_page_carries_the_form_the_samples_and_a_real_hint(admin):
    admin.login("lin")
    page = admin.text("/admin/g/huadong/tiers/try")
    spec = json.loads(re.search(r'<script type="application/json" id="facts-spec">(.*?)</script>',
                                page, re.S).group(1))
    assert [f["name"] for f in spec] == ["customer", "order"]
    assert "示例客户" in page or "随系统提供的示例客户" in page
    assert 'value="example:tiers-gold-maintenance.json"' in page
    assert '"tier": "gold"' not in page and "&#34;tier&#34;" not in page
    answer = admin.post("/admin/g/huadong/tiers/try", {"facts": "{oops", "case": ""},
                        page="/admin/g/huadong/tiers/try")
    text = answer.get_data(as_text=True)
    hint = re.search(r"(?:write them like|格式填写：)\s*(\{.*?\})[.。]", text.replace("&#34;", '"'))
    assert hint, text[:3000]
    REGISTRY.domains["tiers"].facts.model_validate(json.loads(hint.group(1)))


def test_a_field_error_is_handed_to_the_form_with_its_path(admin):
    admin.login("lin")
    facts = {"customer": {"service_orders": [{"paid_on": "2026-01-01", "amount_paid": "abc"}]}}
    answer = admin.post("/admin/g/huadong/tiers/try", {"facts": json.dumps(facts), "case": ""},
                        page="/admin/g/huadong/tiers/try")
    page = answer.get_data(as_text=True)
    errors = json.loads(re.search(r'id="facts-errors">(.*?)</script>', page, re.S).group(1))
    assert [e["path"] for e in errors] == ["customer.service_orders[0].amount_paid"]


def test_the_list_of_invalid_facts_names_the_fields_as_the_form_does(admin):
    """Above the form a manager reads which field is wrong by the form's own words (客户 ·
    已付款的售后工单 #1 · …：应为数字), not a JSON path (customer.service_orders[0]…)."""
    admin.login("lin", lang="zh")
    facts = {"customer": {"service_orders": [{"paid_on": "2026-01-01", "amount_paid": "abc"}]},
             "order": {"labour_amount": "-5"}}
    page = admin.post("/admin/g/huadong/tiers/try", {"facts": json.dumps(facts), "case": ""},
                      page="/admin/g/huadong/tiers/try").get_data(as_text=True)
    problems = re.search(r'<ul class="problems">(.*?)</ul>', page, re.S).group(1)
    names = re.findall(r'<span class="field-name" title="([^"]+)">([^<]+)</span>：', problems)
    assert names == [("customer.service_orders[0].amount_paid", "客户 · 已付款的售后工单 #1 · 客户实付金额"),
                     ("order.labour_amount", "当前结算的售后工单 · 工时费")], names
    assert "<code>" not in problems
