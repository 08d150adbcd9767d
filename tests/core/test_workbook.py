"""Spreadsheets of a ruleset's parameters (core/workbook.py): exported in the reader's
language with a hidden address column, read back unchanged as no change at all, and every
wrong cell named by sheet, row, column and address, in Chinese and English."""
from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from dealer_rules.core.parameter_changes import apply_changes
from dealer_rules.core.plugins import DEFAULT_PLUGINS
from dealer_rules.core.workbook import WorkbookError, export_workbook, read_workbook

PLUGINS = DEFAULT_PLUGINS
SHIPPED = Path(__file__).resolve().parents[2] / "rulesets" / "default"
TIERS = (SHIPPED / "tiers.yaml").read_text(encoding="utf-8")
SILVER = "rule:silver_member/discount_labour/percent"


def opened(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def saved(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def row_of(sheet, address: str):
    headers = [c.value for c in sheet[1]]
    column = headers.index("地址" if "地址" in headers else "Address")
    return next(row for row in sheet.iter_rows(min_row=2) if row[column].value == address)


def test_chinese_headers_typed_cells_and_a_hidden_address_column(registry):
    book = opened(export_workbook(TIERS, registry, "zh"))
    assert book.sheetnames[:2] == ["常量与设置", "规则参数"] and book["about"].sheet_state == "hidden"
    rules = book["规则参数"]
    assert [c.value for c in rules[1]] == ["规则", "规则标识", "动作", "参数", "值", "单位", "说明", "地址"]
    assert rules.column_dimensions["H"].hidden
    silver = row_of(rules, SILVER)
    assert [c.value for c in silver[:6]] == ["银卡会员：工时费9折+免费检测", "silver_member", "工时费折扣",
                                             "百分比", 10, "%"]
    settings = book["常量与设置"]
    assert [c.value for c in settings[1]] == ["参数", "值", "单位", "说明", "地址"]
    english = opened(export_workbook(TIERS, registry, "en"))
    assert english.sheetnames[:2] == ["Constants and settings", "Rule parameters"]


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.stem)
def test_export_then_import_without_edits_changes_nothing(registry, path):
    text = path.read_text(encoding="utf-8")
    assert read_workbook(export_workbook(text, registry, "zh"), text, registry) == []
    assert apply_changes(text, read_workbook(export_workbook(text, registry, "en"), text, registry),
                         registry) == text


def test_an_edited_cell_becomes_a_change_written_in_place(registry):
    book = opened(export_workbook(TIERS, registry, "zh"))
    row_of(book["规则参数"], SILVER)[4].value = 12
    changes = read_workbook(saved(book), TIERS, registry)
    assert changes == [(SILVER, 12)]
    assert apply_changes(TIERS, changes, registry) == TIERS.replace(
        "{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}")


def test_every_wrong_cell_is_named_by_sheet_row_column_and_address(registry):
    book = opened(export_workbook(TIERS, registry, "zh"))
    rules = book["规则参数"]
    row_of(rules, SILVER)[4].value = 150
    row_of(rules, "rule:gold_member/multiply_points/factor")[4].value = "很多"
    row_of(rules, "rule:diamond_member/enabled")[4].value = "也许"
    rank = row_of(rules, "rule:gold_member/qualify_tier/rank")[4]
    rank.value = 2                                       # right: no problem, nothing saved either
    constant = row_of(book["常量与设置"], "constant:gold_min_spend")
    constant[1].value = None
    with pytest.raises(WorkbookError) as caught:
        read_workbook(saved(book), TIERS, registry)
    problems = caught.value.problems
    assert caught.value.msg.render("zh") == "工作簿中有 4 个单元格不正确，未保存任何内容"
    assert [(p.sheet, p.row, p.column, p.address) for p in problems] == [
        ("常量与设置", constant[1].row, "B", "constant:gold_min_spend"),
        ("规则参数", row_of(rules, SILVER)[4].row, "E", SILVER),
        ("规则参数", row_of(rules, "rule:gold_member/multiply_points/factor")[4].row, "E",
         "rule:gold_member/multiply_points/factor"),
        ("规则参数", row_of(rules, "rule:diamond_member/enabled")[4].row, "E", "rule:diamond_member/enabled")]
    silver = problems[1]
    assert silver.render("zh") == (f"工作表“规则参数”第 {silver.row} 行第 E 列（{SILVER}）：不能大于 100")
    assert silver.render("en") == (f"sheet 规则参数, row {silver.row}, column E ({SILVER}): "
                                   f"must be at most 100")
    assert problems[0].render("zh").endswith("缺少必填项")


def test_a_file_that_is_not_a_workbook_of_this_ruleset_is_refused(registry):
    with pytest.raises(WorkbookError) as caught:
        read_workbook(b"not a workbook", TIERS, registry)
    assert "Excel" in caught.value.msg.render("zh")
    offers = (SHIPPED / "offers.yaml").read_text(encoding="utf-8")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(export_workbook(offers, registry, "zh"), TIERS, registry)
    assert caught.value.msg.render("en") == "the workbook is of ruleset offers, not tiers"
