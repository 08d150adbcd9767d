"""Excel export and import over the API and a real store: the workbook in the reader's
language, an edited workbook saved as the draft (audited), every wrong cell named by sheet,
row and column with nothing saved, and an unedited one changing nothing."""
from __future__ import annotations

import io

import openpyxl
import pytest

from dealer_rules.core.store import audit
from support.shipped_tiers import TIERS_NORTH, put_tiers_draft

URL = "/api/v1/groups/north/rulesets/tiers"
SILVER = "rule:silver_member/discount_labour/percent"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def tiers_site(site_with):
    site = site_with(PLUGINS="dealer_rules.plugins.tiers")
    put_tiers_draft(site)
    return site


def revision(site) -> int:
    return site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()["revision"]


def draft(site) -> str:
    return site.client.get(URL + "/draft", headers=site.users["mei"]).get_json()["yaml"]


def exported(site, **headers):
    answer = site.client.get(URL + "/export.xlsx", headers={**site.users["mei"], **headers})
    assert answer.status_code == 200 and answer.mimetype == XLSX
    return openpyxl.load_workbook(io.BytesIO(answer.data))


def cell(book, sheet: str, address: str, column: int = 4):
    rows = book[sheet].iter_rows(min_row=2)
    return next(r for r in rows if r[-1].value == address)[column]


def as_bytes(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(site, data: bytes, rev: int, user="mei", form=False, **headers):
    headers = {**site.users[user], **headers}
    if form:
        return site.client.post(URL + f"/draft/import.xlsx?revision={rev}", headers=headers,
                                data={"file": (io.BytesIO(data), "tiers.xlsx")},
                                content_type="multipart/form-data")
    return site.client.post(URL + f"/draft/import.xlsx?revision={rev}&comment=excel",
                            headers={**headers, "Content-Type": XLSX}, data=data)


def test_export_has_the_reader_s_language_and_a_file_name(tiers_site):
    site = tiers_site
    assert exported(site, **{"Accept-Language": "zh-CN"}).sheetnames[:2] == ["常量与设置", "规则参数"]
    answer = site.client.get(URL + "/export.xlsx?lang=en", headers=site.users["mei"])
    assert answer.data.startswith(b"PK")
    assert 'filename="north-tiers-draft.xlsx"' in answer.headers["Content-Disposition"]
    assert openpyxl.load_workbook(io.BytesIO(answer.data)).sheetnames[:2] == [
        "Constants and settings", "Rule parameters"]


def test_an_edited_workbook_becomes_the_draft_and_is_audited(tiers_site):
    site = tiers_site
    book = exported(site, **{"Accept-Language": "zh-CN"})
    cell(book, "规则参数", SILVER).value = 12
    cell(book, "常量与设置", "constant:gold_min_spend", 1).value = 12000
    before = revision(site)
    answer = upload(site, as_bytes(book), before)
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["revision"] == before + 1 and {c["address"] for c in body["changes"]} == {
        SILVER, "constant:gold_min_spend"}
    assert draft(site) == TIERS_NORTH.replace("{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}"
                                              ).replace("gold_min_spend: 10000 ", "gold_min_spend: 12000 ")
    with site.store.read() as session:
        entry = audit.entries(session, group="north", domain="tiers", action="draft_saved", limit=1)[0]
    assert entry.detail["via"] == "spreadsheet" and entry.detail["comment"] == "excel"
    assert {"address": SILVER, "old": 10, "new": 12} in entry.detail["changes"]


def test_wrong_cells_are_all_listed_in_chinese_and_nothing_is_saved(tiers_site):
    site = tiers_site
    book = exported(site, **{"Accept-Language": "zh-CN"})
    silver = cell(book, "规则参数", SILVER)
    silver.value = 0
    factor = cell(book, "规则参数", "rule:gold_member/multiply_points/factor")
    factor.value = "一点二"
    before = revision(site)
    answer = upload(site, as_bytes(book), before, form=True, **{"Accept-Language": "zh-CN"})
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["title"] == "工作簿中有 2 个单元格不正确，未保存任何内容"
    assert [(e["sheet"], e["row"], e["column"], e["path"]) for e in body["errors"]] == [
        ("规则参数", silver.row, "E", SILVER),
        ("规则参数", factor.row, "E", "rule:gold_member/multiply_points/factor")]
    assert body["errors"][0]["message"] == f"工作表“规则参数”第 {silver.row} 行第 E 列（{SILVER}）：必须大于 0"
    english = upload(site, as_bytes(book), before).get_json()
    assert english["errors"][1]["message"].endswith("must be a number")
    assert revision(site) == before and draft(site) == TIERS_NORTH


def test_an_unedited_workbook_changes_nothing(tiers_site):
    site = tiers_site
    before = revision(site)
    answer = upload(site, as_bytes(exported(site)), before)
    assert answer.status_code == 200 and answer.get_json()["changes"] == []
    assert revision(site) == before and draft(site) == TIERS_NORTH


def test_what_is_not_a_workbook_and_who_may_not_import(tiers_site):
    site = tiers_site
    rev = revision(site)
    data = as_bytes(exported(site))
    assert upload(site, b"PK not really", rev).status_code == 422
    assert site.client.post(URL + f"/draft/import.xlsx?revision={rev}", headers=site.users["mei"],
                            json={"x": 1}).status_code == 415
    assert upload(site, data, rev, user="wang").status_code == 404        # another group's
    assert upload(site, data, rev - 1).status_code == 409
    assert site.client.get(URL + "/export.xlsx").status_code == 401
