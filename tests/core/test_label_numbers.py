"""Labels never contradict numbers (issue 12, item 3): the wording of numbers, label
templates filled into evaluated decisions, and the warning for a hand-written label or
title that states another number, with its YAML line."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dealer_rules.core.cli import shipped_rulesets
from dealer_rules.core.compile import compile_ruleset
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.layering import resolve
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.number_words import discount_zh, say
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.registry import Registry
from dealer_rules.core.ruleset import load_ruleset

LIBRARY = RulesetLibrary.from_paths([shipped_rulesets()])
AT = dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.mark.parametrize("percent, said", [
    (10, "9折"), (12, "88折"), (15, "85折"), (5, "95折"), (25, "75折"), (50, "5折"),
    (Decimal("8.5"), "91.5折"), (20, "8折"), (Decimal("12.0"), "88折"), (95, "0.5折"),
    (100, "免费"), (Decimal("99.5"), "0.05折")])
def test_chinese_discount_wording(percent, said):
    assert discount_zh(percent) == said
    assert say(percent, "折", "zh") == said


@pytest.mark.parametrize("value, unit, lang, said", [
    (5000, "元", "zh", "5,000元"), (5000, "元", "en", "CNY 5,000"), (99, "元", "zh", "99元"),
    (Decimal("99.5"), "元", "zh", "99.50元"), (Decimal("1234567.00"), "元", "zh", "1,234,567元"),
    (Decimal("1.2"), "倍", "zh", "1.2倍"), (Decimal("1.50"), "倍", "zh", "1.5倍"),
    (2, "倍", "zh", "2倍"), (Decimal("1.2"), "x", "en", "1.2x"),
    (3, "天", "zh", "3天"), (3, "天", "en", "3 days"), (1, "days", "en", "1 day"),
    (24, "小时", "zh", "24小时"), (15, "分钟", "zh", "15分钟"), (20, "公里", "en", "20 km"),
    (12, "折", "en", "12% off"), (20, "%", "zh", "20%"), (12, "个月", "zh", "12个月")])
def test_money_factors_days_and_more(value, unit, lang, said):
    assert say(value, unit, lang) == said


def test_unknown_unit_is_refused():
    with pytest.raises(KeyError):
        say(1, "斤", "zh")


# -- templates in decisions -----------------------------------------------------------------

@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(load_entry_points=False)


@pytest.fixture(scope="module")
def registry(pm):
    return Registry.from_plugin_manager(pm)


def tiers_text(percent="12", label=None, title="银卡会员：工时费{}+免费检测", language=None):
    """The shipped tiers ruleset with silver's discount changed (text edits only)."""
    text = LIBRARY.get("default", "tiers").text
    call = "- discount_labour: {code: labour_discount, percent: 10}"
    assert call in text
    new = f"- discount_labour: {{code: labour_discount, percent: {percent}"
    new += f", label: {label}}}" if label else "}"
    text = text.replace(call, new)
    text = text.replace("title: 银卡会员：工时费9折+免费检测", "title: " + title.format("9折"))
    if language:
        text = f"language: {language}\n" + text
    return text


def compiled(text, registry, source="tiers.yaml"):
    loaded = load_ruleset(text, source)
    lookup = LIBRARY
    return compile_ruleset(resolve(loaded, lookup), registry, check_cases=True)


SILVER = {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
          "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}


@pytest.mark.parametrize("language, percent, label", [
    ("zh", "12", "工时费88折"), ("zh", "10", "工时费9折"), ("zh", "8.5", "工时费91.5折"),
    ("en", "12", "12% off labour"), ("en", "15", "15% off labour")])
def test_the_decision_label_is_made_from_the_percent(registry, pm, language, percent, label):
    ruleset = compiled(tiers_text(percent, language=language), registry)
    try:
        decision = Evaluator(pm).evaluate(ruleset, SILVER, at=AT)
    finally:
        ruleset.close()
    benefit = decision.result.benefits[0]
    assert (benefit.code, benefit.label) == ("labour_discount", label)
    assert decision.result.labour_discount_percent == Decimal(percent)
    silver = next(f for f in decision.fired if f.id == "silver_member")
    assert silver.actions[1].params["label"] == label


def test_a_written_label_may_use_placeholders(registry, pm):
    ruleset = compiled(tiers_text("25", label='"会员工时{percent|折}"'), registry)
    try:
        decision = Evaluator(pm).evaluate(ruleset, SILVER, at=AT)
    finally:
        ruleset.close()
    assert decision.result.benefits[0].label == "会员工时75折"


def test_a_placeholder_naming_no_parameter_is_an_error_with_its_line(registry):
    text = tiers_text("12", label='"工时费{percnt|折}"')
    with pytest.raises(RulesetError) as caught:
        compiled(text, registry)
    (problem,) = caught.value.problems
    line = text.splitlines().index(
        next(x for x in text.splitlines() if "{percnt|折}" in x)) + 1
    assert problem.line == line and problem.rule == "silver_member"
    assert "{percnt|折}" in problem.render("zh") and "没有对应的数字参数" in problem.render("zh")


# -- contradictions ---------------------------------------------------------------------------

def _line_of(text, needle):
    return next(i for i, x in enumerate(text.splitlines(), 1) if needle in x)


def test_shipped_rulesets_have_no_contradiction(registry):
    library = LIBRARY
    for group, domain in library.keys():
        ruleset = library.compile(group, domain, registry)
        try:
            assert [w.render("en") for w in ruleset.warnings] == [], (group, domain)
        finally:
            ruleset.close()


def test_a_hand_written_label_and_the_title_contradicting_the_percent_are_warnings(registry):
    text = tiers_text("12", label="工时费9折")
    ruleset = compiled(text, registry)
    ruleset.close()
    by_path = {w.path: w for w in ruleset.warnings}
    assert set(by_path) == {"rules[0].then[1].discount_labour.label", "rules[0].title"}
    label, title = by_path["rules[0].then[1].discount_labour.label"], by_path["rules[0].title"]
    assert label.severity == title.severity == "warning"
    assert label.line == _line_of(text, "label: 工时费9折")
    assert title.line == _line_of(text, "title: 银卡会员：工时费9折")
    assert "标签写的是“9折”，但参数 percent 是 12（应为“88折”）" in label.render("zh")
    assert 'the title says "9折" but percent is 12 (that reads "88折")' in title.render("en")
    assert title.rule == "silver_member"


def test_agreeing_numbers_are_no_warning(registry):
    ruleset = compiled(tiers_text("12", label="工时费8.8折", title="银卡会员：工时费88折"), registry)
    ruleset.close()
    assert ruleset.warnings == []


@pytest.mark.parametrize("old, new, said, right", [
    ("multiply_points: {factor: 1.2}", "multiply_points: {factor: 1.5}", "1.2倍", "1.5倍"),
    ("price: 99\n", "price: 109\n", "99元", "109元")])
def test_factor_and_money_in_titles(registry, old, new, said, right):
    text = tiers_text("10").replace(old, new, 1)
    ruleset = compiled(text, registry)
    ruleset.close()
    (warning,) = ruleset.warnings
    assert f"“{said}”" in warning.render("zh") and f"“{right}”" in warning.render("zh")
    assert warning.path.endswith("title")


def test_money_and_days_in_sla_labels(registry):
    library = LIBRARY
    text = library.get("default", "sla").text
    text = text.replace('label: "投诉{days|天}内回访确认",', "label: 投诉3天内回访确认,")
    text = text.replace("clock: calendar_days, days: 3,", "clock: calendar_days, days: 5,")
    ruleset = compile_ruleset(resolve(load_ruleset(text, "sla.yaml"), library), registry)
    ruleset.close()
    paths = sorted(w.path for w in ruleset.warnings)
    assert paths == ["rules[5].then[0].set_deadline.label", "rules[5].title"]
    label = next(w for w in ruleset.warnings if w.path.endswith("label"))
    assert label.line == _line_of(text, "label: 投诉3天内回访确认")
    assert "“3天”" in label.render("zh") and "“5天”" in label.render("zh")

    voucher = library.get("east_auto", "sla").text.replace(
        'label: "{value|元}保养代金券", value: 200', "label: \"5,000元保养代金券\", value: 6000")
    ruleset = compile_ruleset(resolve(load_ruleset(voucher, "east_auto/sla.yaml"), library.get),
                              registry)
    ruleset.close()
    said = sorted(w.render("zh") for w in ruleset.warnings)
    assert any("“5,000元”" in s and "6000" in s and "“6,000元”" in s for s in said), said


def test_validate_on_the_command_line_prints_the_warnings_and_succeeds(tmp_path):
    from click.testing import CliRunner

    from dealer_rules.core.cli import main
    path = tmp_path / "tiers.yaml"
    path.write_text(tiers_text("12", label="工时费9折"), encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "zh", "validate", str(path)])
    assert result.exit_code == 0
    warnings = [x for x in result.output.splitlines() if x.startswith("提醒：")]
    assert len(warnings) == 2 and all(f"{path}:" in w for w in warnings)
    assert "标签写的是“9折”，但参数 percent 是 12（应为“88折”）" in warnings[0]


def test_a_template_naming_no_parameter_or_unit_stops_the_plugin(pm):
    from dealer_rules.core.domain import Action
    from dealer_rules.core.registry import PluginError
    from dealer_rules.plugins.tiers.actions import LabourDiscountParams, discount_labour
    for label, units, said in (("{pct|% off} labour", {}, "no parameter 'pct'"),
                               ("{percent|pounds} labour", {}, "no unit 'pounds'"),
                               ("", {"percent": "斤"}, "no unit '斤'")):
        registry = Registry.from_plugin_manager(pm)
        action = Action(domain="tiers", name="discount_labour_2", title="x",
                        params=LabourDiscountParams, apply=discount_labour, label_template=label,
                        units=units)
        with pytest.raises(PluginError) as caught:
            registry.add_action(action, plugin="mine")
        assert said in str(caught.value) and 'Plugin "mine"' in str(caught.value)
