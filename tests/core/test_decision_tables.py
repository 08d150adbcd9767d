"""Decision tables (core/decision_tables.py): rows compile to the rules they replace, gaps
and overlaps are named by row and value, and grid edits (core/table_edits.py) change only
the row they touch."""
from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from dealer_rules.core import table_edits
from dealer_rules.core.cli import shipped_rulesets
from dealer_rules.core.compile import compile_ruleset
from dealer_rules.core.evaluate import Evaluator
from dealer_rules.core.layering import resolve
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.registry import Registry
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.testing import run_tests


@pytest.fixture(scope="module")
def shipped():
    """The shipped plugins (tiers, offers, ...): (plugin manager, registry)."""
    pm = get_plugin_manager(load_entry_points=False)
    return pm, Registry.from_plugin_manager(pm)


OFFERS = Path(shipped_rulesets()) / "default" / "offers.yaml"

#: the three rules the offers' after_sales_package table replaced, as they were written
OLD_AFTER_SALES_RULES = """\
  - id: extended_warranty_window
    title: 原厂质保即将到期：推荐延保服务
    priority: 30
    exclusive: after_sales_package
    when: vehicle.warranty_ending_soon and not vehicle.has_extended_warranty
    then:
      - offer_package:
          kind: extended_warranty
          code: extended_warranty
          label: 延保服务
          script: 您的原厂质保即将到期，现在办理延保，发动机、变速箱等核心部件继续有保障。

  - id: extended_warranty_brake_pads
    title: 刹车片到期更换：提前推荐延保
    priority: 29
    exclusive: after_sales_package
    when: vehicle.brake_pads_due and vehicle.factory_warranty_active and not vehicle.has_extended_warranty
    then:
      - offer_package:
          kind: extended_warranty
          code: extended_warranty
          label: 延保服务
          script: 刹车片到了更换周期，说明车辆进入用车中期；趁原厂质保还在，提前办理延保更划算。

  - id: maintenance_package
    title: 首年免费保养结束：推荐保养套餐
    priority: 10
    exclusive: after_sales_package
    when: vehicle.age_months >= 12 and not vehicle.has_maintenance_package
    then:
      - offer_package:
          kind: maintenance_package
          code: maintenance_package
          label: 保养套餐
          script: 首年免费保养已结束，保养套餐比单次保养更优惠，预约也更方便。

"""


def _without_tables(text: str) -> str:
    """The offers ruleset as it was: the table's rules written as rules, no ``tables:``."""
    start, end = text.index("\ntables:\n") + 1, text.index("\ntests:\n") + 1
    text = text[:start] + text[end:]
    anchor = "  # -- the shared profile and the parts dual track"
    return text.replace(anchor, OLD_AFTER_SALES_RULES + anchor, 1)


def _compile(text, registry):
    loaded = load_ruleset(text, "offers.yaml")
    return compile_ruleset(resolve(loaded, lambda g, d: None), registry)


def _decisions(compiled, evaluator):
    out = []
    for case in compiled.resolved.tests:
        decision = evaluator.evaluate(compiled, case.facts, at=case.at, explain=True)
        out.append(decision.model_dump(mode="json", exclude={"ruleset", "timings"}))
    return out


def test_the_table_rows_are_the_rules_they_replaced(shipped):
    pm, registry = shipped
    text = OFFERS.read_text()
    old, new = _compile(_without_tables(text), registry), _compile(text, registry)
    try:
        assert "tables:" not in _without_tables(text)
        by_id = {r.id: r for r in old.rules}
        rows = [r for r in new.rules if r.id in ("extended_warranty_window",
                                                 "extended_warranty_brake_pads",
                                                 "maintenance_package")]
        assert len(rows) == 3
        for row in rows:
            before = by_id[row.id]
            assert (row.when, row.priority, row.exclusive, row.title) == \
                (before.when, before.priority, before.exclusive, before.title)
            assert [(a.name, p) for a, p in row.actions] == \
                [(a.name, p) for a, p in before.actions]
        evaluator = Evaluator(pm)
        assert _decisions(new, evaluator) == _decisions(old, evaluator)
        assert all(r.passed for r in run_tests(new, evaluator))
    finally:
        old.close()
        new.close()


LADDER = """\
domain: tiers
group: acme
title: 测试
constants:
  gold_min_spend: 10000
tables:
  - id: spend_ladder       # the ladder
    title: 消费阶梯
    hit_policy: {policy}
    then: [{{qualify_tier: {{label: 会员}}}}]
    inputs:
      - {{name: spend, fact: customer.trailing_service_spend, test: range, title: 近12个月消费, unit: 元}}
      - {{name: bought, fact: customer.has_bought_car, test: equals, title: 已购车}}
    outputs:
      - {{name: tier, action: qualify_tier, param: tier, title: 等级}}
      - {{name: rank, action: qualify_tier, param: rank}}
    rows:
{rows}
"""


def ladder(rows: list[str], policy="first") -> str:
    body = "\n".join("      - " + r for r in rows)
    return LADDER.format(policy=policy, rows=body)


def findings(text, lang="zh"):
    return [p.render(lang).split(": ", 2)[-1] for p in load_ruleset(text).table_findings()]


def test_rows_compile_to_rules_with_row_ids_and_conditions(shipped):
    pm, registry = shipped
    text = ladder(["{spend: '[0, gold_min_spend)', tier: silver, rank: 1}",
                   "{spend: '>= gold_min_spend', bought: true, tier: gold, rank: 2}",
                   "{id: top, spend: '(30000, ..)', tier: diamond, rank: 3}"], policy="collect")
    loaded = load_ruleset(text)
    assert [r.id for r in loaded.rules] == ["spend_ladder.row_1", "spend_ladder.row_2", "top"]
    assert [r.when for r in loaded.rules] == [
        "customer.trailing_service_spend >= 0 and customer.trailing_service_spend < gold_min_spend",
        "customer.trailing_service_spend >= gold_min_spend and customer.has_bought_car",
        "customer.trailing_service_spend > 30000"]
    assert loaded.rules[0].title == "消费阶梯 · 第1行"
    assert all(r.exclusive is None for r in loaded.rules)       # collect: every row applies
    compiled = compile_ruleset(resolve(loaded, lambda g, d: None), registry)
    try:
        decision = Evaluator(pm).evaluate(compiled, {"customer": {
            "service_orders": [{"paid_on": "2026-04-01", "amount_paid": 40000}],
            "car_purchases": [{"purchased_on": "2024-01-01"}]}}, at=dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))))
        assert [r.id for r in decision.fired] == ["spend_ladder.row_2", "top"]
    finally:
        compiled.close()


def test_hit_policy_first_makes_one_exclusive_group():
    loaded = load_ruleset(ladder(["{spend: '< 10000', tier: silver, rank: 1}",
                                  "{spend: '>= 10000', tier: gold, rank: 2}"]))
    assert {r.exclusive for r in loaded.rules} == {"spend_ladder"}


def test_a_gap_between_ranges_names_both_rows_and_the_values():
    text = ladder(["{spend: '[0, 10000)', tier: silver, rank: 1}",
                   "{spend: '[12000, 30000)', tier: gold, rank: 2}",
                   "{spend: '>= 30000', tier: diamond, rank: 3}"])
    assert findings(text) == ["提醒：第1行与第2行之间，近12个月消费 为 10,000–12,000 元 时没有任何一行符合"]
    assert findings(text, "en") == [
        "warning: between rows 1 and 2, no row covers 近12个月消费 10,000–12,000 元"]


def test_open_and_closed_ends_decide_whether_a_boundary_is_covered():
    touching = ladder(["{spend: '[0, 10000)', tier: silver, rank: 1}",
                       "{spend: '[10000, 30000]', tier: gold, rank: 2}"])
    assert findings(touching) == []
    both_open = ladder(["{spend: '[0, 10000)', tier: silver, rank: 1}",
                        "{spend: '(10000, 30000]', tier: gold, rank: 2}"])
    assert findings(both_open) == ["提醒：第1行与第2行之间，近12个月消费 为 10,000 元 时没有任何一行符合"]
    both_closed = ladder(["{spend: '[0, 10000]', tier: silver, rank: 1}",
                          "{spend: '[10000, 30000]', tier: gold, rank: 2}"])
    assert findings(both_closed) == ["提醒：第1行与第2行在 近12个月消费 10,000 元 重叠：按第1行执行"]


def test_overlapping_ranges_under_first_are_named_by_row_and_values():
    text = ladder(["{spend: '[0, 12000)', tier: silver, rank: 1}",
                   "{spend: '[10000, 30000)', tier: gold, rank: 2}"])
    assert findings(text) == ["提醒：第1行与第2行在 近12个月消费 10,000–12,000 元 重叠：按第1行执行"]
    # constants are read as their values
    with_constant = ladder(["{spend: '[0, 12000)', tier: silver, rank: 1}",
                            "{spend: '>= gold_min_spend', tier: gold, rank: 2}"])
    assert findings(with_constant) == ["提醒：第1行与第2行在 近12个月消费 10,000–12,000 元 重叠：按第1行执行"]


def test_overlaps_under_collect_are_intended_and_not_reported():
    text = ladder(["{spend: '>= 10000', tier: gold, rank: 2}",
                   "{spend: '>= 30000', tier: diamond, rank: 3}"], policy="collect")
    assert findings(text) == []


def test_a_row_an_earlier_row_covers_entirely_is_an_error_with_its_line():
    text = ladder(["{spend: '>= 10000', tier: gold, rank: 2}",
                   "{spend: '>= 30000', tier: diamond, rank: 3}"])
    with pytest.raises(RulesetError) as caught:
        load_ruleset(text, "acme.yaml")
    (problem,) = caught.value.problems
    assert problem.render("zh") == ("acme.yaml:19:9: tables[0].rows[1]: "
                                    "第2行永远不会生效：它符合的情况第1行都已先符合")
    assert text.splitlines()[18].startswith("      - {spend: '>= 30000'")


def test_enumeration_overlaps_and_gaps():
    text = textwrap.dedent("""\
        domain: offers
        group: acme
        title: 测试
        tables:
          - id: pitch
            title: 按客户类型推荐
            hit_policy: first
            inputs:
              - {name: segment, fact: customer.segment, test: one_of, title: 客户类型,
                 values: [family, business, commuter, off_road]}
            outputs:
              - {name: text, action: add_script, param: text}
            rows:
              - {segment: [family, business], text: a}
              - {segment: [business, commuter], text: b}
        """)
    assert findings(text) == [
        "提醒：第1行与第2行在 客户类型 business 重叠：按第1行执行",
        "提醒：客户类型 为 off_road 时没有任何一行符合（第1、2行）"]


def test_bad_cells_are_problems_with_their_line_in_chinese():
    text = ladder(["{spend: 'from 1 to 2', tier: silver, rank: 1}",
                   "{spend: '>= 10000', tierr: gold, rank: 2}"])
    with pytest.raises(RulesetError) as caught:
        load_ruleset(text, "acme.yaml")
    assert [p.render("zh") for p in caught.value.problems] == [
        ("acme.yaml:18:17: tables[0].rows[0].spend: “from 1 to 2”不是区间：请写成 [10000, 30000)、"
         ">= 10000 或 < 5000 这样的形式"),
        "acme.yaml:19:29: tables[0].rows[1].tierr: 表中没有“tierr”这一列（是否想写“tier”？）"]


# -- grid edits ------------------------------------------------------------------------------

def _changed(old: str, new: str) -> list:
    import difflib
    return [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("---", "+++"))]


def test_setting_a_cell_changes_that_value_only_and_keeps_comments_and_quotes():
    text = OFFERS.read_text()
    new = table_edits.set_cell(text, "table:after_sales_package/row_3/age_months", ">= 24")
    assert _changed(text, new) == ['-        age_months: ">= 12"', '+        age_months: ">= 24"']
    assert load_ruleset(new).rules[-1].when == \
        "vehicle.age_months >= 24 and not vehicle.has_maintenance_package"
    cleared = table_edits.set_cell(text, "table:after_sales_package/row_3/age_months", None)
    assert _changed(text, cleared) == ['-        age_months: ">= 12"']
    added = table_edits.set_cell(text, "table:after_sales_package/row_1/age_months", "[0, 36)")
    assert _changed(text, added) == ["+        age_months: '[0, 36)'"]
    assert text.count("#") == new.count("#") == cleared.count("#") == added.count("#")


def test_rows_are_added_removed_and_moved_with_their_lines():
    text = ladder(["{spend: '< 10000', tier: silver, rank: 1}   # entry tier",
                   "{spend: '>= 10000', tier: gold, rank: 2}"])
    added = table_edits.add_row(text, "spend_ladder", {"spend": ">= 30000", "tier": "diamond",
                                                       "rank": 3}, at=2)
    assert [r.id for r in load_ruleset(added).rules] == [
        "spend_ladder.row_1", "spend_ladder.row_2", "spend_ladder.row_3"]
    assert load_ruleset(added).rules[1].when == "customer.trailing_service_spend >= 30000"
    moved = table_edits.move_row(text, "spend_ladder", 1, 2)
    assert moved.splitlines()[-1] == "      - {spend: '< 10000', tier: silver, rank: 1}   # entry tier"
    assert table_edits.move_row(moved, "spend_ladder", 2, 1) == text
    removed = table_edits.remove_row(text, "spend_ladder", 1)
    assert "# entry tier" not in removed and "# the ladder" in removed
    assert [r.when for r in load_ruleset(removed).rules] == ["customer.trailing_service_spend >= 10000"]
    flow = table_edits.set_cell(text, "table:spend_ladder/row_2/rank", 5)
    assert _changed(text, flow) == ["-      - {spend: '>= 10000', tier: gold, rank: 2}",
                                    "+      - {spend: '>= 10000', tier: gold, rank: 5}"]


def test_bad_addresses_and_unknown_columns_are_refused_in_chinese():
    text = OFFERS.read_text()
    for address, message in [
            ("table:nope/row_1/label", "规则集中没有决策表“nope”"),
            ("table:after_sales_package/row_9/label", "决策表 after_sales_package 没有第9行（共3行）"),
            ("table:after_sales_package/row_1/lable", "表中没有“lable”这一列（是否想写“label”？）"),
            ("rule:x/enabled", "“rule:x/enabled”不是表格单元格地址：应写成 table:<表>/row_<行号>/<列>")]:
        with pytest.raises(table_edits.TableEditError) as caught:
            table_edits.set_cell(text, address, "x")
        assert caught.value.render("zh") == message


# -- texts for staff (item 7) ----------------------------------------------------------------

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("path", sorted(Path(shipped_rulesets()).rglob("*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_title_and_description_staff_read_is_chinese(path):
    loaded = load_ruleset(path.read_text(), str(path))
    doc = loaded.document
    texts = [doc.title, doc.description] + [t for table in doc.tables
                                             for t in (table.title, table.description)]
    texts += [t for rule in loaded.rules for t in (rule.title, rule.description)]
    for text in filter(None, texts):
        assert CJK.search(text), text
        assert "[seed]" not in text and "[default]" not in text and "digest" not in text, text
    assert doc.description


# -- where rows meet the rest: the CLI, the admin's switch ------------------------------------

def test_validate_prints_gaps_as_warnings_and_still_passes(tmp_path):
    from click.testing import CliRunner

    from dealer_rules.core.cli import main
    text = ladder(["{spend: '[0, 10000)', tier: silver, rank: 1}",
                   "{spend: '[12000, 30000)', tier: gold, rank: 2}"])
    path = tmp_path / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "zh", "validate", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:19:9: tables[0].rows[1]: 提醒：第1行与第2行之间，近12个月消费 为 10,000–12,000 元 时" \
        "没有任何一行符合" in result.output


def test_the_admin_switch_turns_a_table_row_off_in_its_row():
    from dealer_rules.web.admin.yaml_edit import set_rule_enabled
    text = OFFERS.read_text()
    off = set_rule_enabled(text, "maintenance_package", False)
    assert _changed(text, off) == ["+        enabled: false"]
    assert [r.enabled for r in load_ruleset(off).rules if r.id == "maintenance_package"] == [False]
    assert set_rule_enabled(off, "maintenance_package", True) == text


# -- the parameters list and patch (core/parameters.py, core/parameter_changes.py) -------------

def test_table_cells_are_parameters_with_addresses_and_can_be_patched(shipped):
    from dealer_rules.core.parameter_changes import ParameterChangeError, patch
    from dealer_rules.core.parameters import list_parameters
    _, registry = shipped
    text = OFFERS.read_text()
    cells = {p.address: p for p in list_parameters(text, registry) if p.section == "table"}
    age = cells["table:after_sales_package/row_3/age_months"]
    assert (age.value, age.kind, age.name_zh, age.unit, age.rule_id) == \
        (">= 12", "text", "车龄", "个月", "maintenance_package")
    assert cells["table:after_sales_package/row_1/warranty_ending"].kind == "boolean"
    assert cells["table:after_sales_package/row_2/warranty_ending"].value is None   # any
    assert cells["table:after_sales_package/row_3/kind"].kind == "choice"
    assert cells["table:after_sales_package/row_1/priority"].value == 30
    patched = patch(text, {"table:after_sales_package/row_3/age_months": ">= 24",
                           "table:after_sales_package/row_3/label": "保养套餐（两年）"}, registry)
    assert _changed(text, patched.text) == [
        '-        age_months: ">= 12"', '+        age_months: ">= 24"',
        "-        label: 保养套餐", "+        label: 保养套餐（两年）"]
    row = load_ruleset(patched.text).rules[-1]
    assert row.when == "vehicle.age_months >= 24 and not vehicle.has_maintenance_package"
    with pytest.raises(ParameterChangeError) as caught:
        patch(text, {"table:after_sales_package/row_3/age_months": "about 24",
                     "table:after_sales_package/row_3/kind": "nonsense"}, registry)
    assert sorted(p.address for p in caught.value.problems) == [
        "table:after_sales_package/row_3/age_months", "table:after_sales_package/row_3/kind"]
    assert "不是区间" in caught.value.problems[0].message.render("zh") + \
        caught.value.problems[1].message.render("zh")


def test_a_table_is_a_sheet_of_the_workbook_in_its_column_order(shipped):
    import io

    import openpyxl

    from dealer_rules.core.parameter_changes import apply_changes
    from dealer_rules.core.workbook import export_workbook, read_workbook
    _, registry = shipped
    text = OFFERS.read_text()
    book = openpyxl.load_workbook(io.BytesIO(export_workbook(text, registry, "zh")))
    sheet = book["after_sales_package"]
    assert [c.value for c in sheet[1]][:8] == [
        "地址", "标题", "原厂质保即将到期", "刹车片到期", "原厂质保有效", "已有延保", "车龄 (个月)",
        "已有保养套餐"]
    assert [c.value for c in sheet[5]][:8] == [
        "table:after_sales_package/row_3", "首年免费保养结束：推荐保养套餐", None, None, None, None,
        ">= 12", False]
    sheet.cell(row=5, column=7).value = "[12, 120)"
    out = io.BytesIO()
    book.save(out)
    changes = read_workbook(out.getvalue(), text, registry)
    assert changes == [("table:after_sales_package/row_3/age_months", "[12, 120)")]
    assert _changed(text, apply_changes(text, changes, registry)) == [
        '-        age_months: ">= 12"', '+        age_months: "[12, 120)"']


def test_a_bad_output_cell_is_named_by_its_cell_and_line(shipped):
    _, registry = shipped
    text = OFFERS.read_text().replace("kind: maintenance_package\n        code",
                                      "kind: maintenance_pkg\n        code", 1)
    with pytest.raises(RulesetError) as caught:
        _compile(text, registry)
    (problem,) = caught.value.problems
    line = text.splitlines().index("        kind: maintenance_pkg") + 1
    assert (problem.line, problem.rule, problem.path) == \
        (line, "maintenance_package", "tables[0].rows[2].kind")
    assert "只能是以下之一：extended_warranty、maintenance_package" in problem.render("zh")
