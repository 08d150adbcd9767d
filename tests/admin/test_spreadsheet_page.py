"""The admin's Excel page: download the workbook, upload it edited into the draft (audited),
and a workbook with wrong cells listed cell by cell with the draft left as it was."""
from __future__ import annotations

import io

import openpyxl

from dealer_rules.core.store import audit, rulesets

from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

PAGE = "/admin/g/huadong/tiers/spreadsheet"
SILVER = "rule:silver_member/discount_labour/percent"


def current_text(admin):
    with admin.store.read() as session:
        head = rulesets.require_head(session, "huadong", "tiers")
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        return row.yaml, head.revision


def downloaded(admin):
    answer = admin.get(PAGE + ".xlsx?lang=zh")
    assert answer.status_code == 200 and answer.data.startswith(b"PK")
    return openpyxl.load_workbook(io.BytesIO(answer.data))


def set_value(book, address, value):
    sheet = book["规则参数"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[-1].value == address)
    row[4].value = value
    return row[4]


def upload(admin, book, revision):
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return admin.post(PAGE, {"revision": revision, "comment": "Excel",
                             "file": (out, "tiers.xlsx")}, content_type="multipart/form-data")


def test_excel_download_upload_errors_and_roles(admin):
    """One story per store (the fixture seeds a whole store): a viewer may only download;
    wrong cells are listed with nothing saved; a right workbook becomes the draft."""
    admin.login("chen")
    assert 'id="upload-form"' not in admin.text(PAGE)
    before, revision = current_text(admin)
    assert upload(admin, downloaded(admin), revision).status_code == 403
    assert current_text(admin) == (before, revision)

    admin.login("lin")
    page = admin.text(PAGE)
    assert PAGE + ".xlsx?lang=zh" in page and 'enctype="multipart/form-data"' in page
    assert admin.text("/admin/g/huadong/tiers/").count(PAGE) == 1        # the tab
    book = downloaded(admin)
    cell = set_value(book, SILVER, 101)
    answer = upload(admin, book, revision)
    assert answer.status_code == 422
    page = answer.get_data(as_text=True)
    assert "工作簿中有 1 个单元格不正确，未保存任何内容" in page
    assert f"<td>规则参数</td><td class=\"num\">{cell.row}</td><td>E</td>" in page
    assert "不能大于 100" in page
    # the wrong cell's parameter by the names the rules page uses, the address on hover
    assert (f'<td title="{SILVER}">银卡会员：工时费优惠+免费检测 · 工时费折扣 · 百分比</td>'
            in page), page
    assert current_text(admin) == (before, revision)

    set_value(book, SILVER, 12)
    assert upload(admin, book, revision).status_code == 302
    after, new_revision = current_text(admin)
    assert new_revision == revision + 1
    assert after == before.replace("percent: 10}", "percent: 12}", 1) != before
    with admin.store.read() as session:
        entry = audit.entries(session, group="huadong", action="draft_saved", limit=1)[0]
    assert entry.detail["via"] == "spreadsheet"
    assert entry.detail["changes"] == [{"address": SILVER, "old": 10, "new": 12}]
