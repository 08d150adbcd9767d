"""The Excel round trip in a real browser (Playwright, Debian's Chromium, headless) against
a real ``dealer-rules serve``, in Chinese: download the workbook from the Excel tab, edit
it, upload a wrong cell and see it named by sheet, row and column with nothing saved, then
upload it right and find the draft changed. Screenshots under test-output/screenshots/."""
from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from admin_support import prepare_store
from dealer_rules.core.store import Store, rulesets
from support.server import serve
from support.browser import ARGS, CHROMIUM, needs_chromium

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
SILVER = "rule:silver_member/discount_labour/percent"

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("excel-server")
    url = f"sqlite:///{tmp / 'store.sqlite'}"
    prepare_store(url)
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "1",
                "DEALER_RULES_SECRET_KEY": "browser-tests", "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_INSTANCE_PATH": str(tmp / "instance")}
    with serve(settings, tmp / "server.log") as running:
        yield {"base": running.base, "url": url}


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = chromium.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN",
                                       base_url=server["base"], accept_downloads=True)
        context.set_default_timeout(10_000)
        yield context.new_page()
        chromium.close()


def draft_text(url: str):
    store = Store(url)
    try:
        with store.read() as session:
            head = rulesets.require_head(session, "huadong", "tiers")
            row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
            return row.yaml
    finally:
        store.dispose()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_excel_round_trip_through_the_upload(page, server, tmp_path):
    page.goto("/admin/login")
    page.get_by_label(re.compile("用户名|User name")).fill("lin")
    page.get_by_label(re.compile("密码|Password")).fill("lin-password")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_load_state()
    page.goto("/admin/g/huadong/tiers/")
    page.locator("nav.tabs a[href$='/spreadsheet']").click()
    page.wait_for_load_state()
    shot(page, "excel-zh")
    with page.expect_download() as caught:
        page.locator("#download-zh").click()
    workbook = tmp_path / "tiers.xlsx"
    caught.value.save_as(workbook)
    book = openpyxl.load_workbook(workbook)
    sheet = book["规则参数"]
    cell = next(r for r in sheet.iter_rows(min_row=2) if r[-1].value == SILVER)[4]
    assert cell.value == 10
    before = draft_text(server["url"])

    cell.value = 101
    book.save(workbook)
    page.set_input_files("#file", str(workbook))
    page.locator("#upload-form button[type=submit]").click()
    page.wait_for_load_state()
    problems = page.locator("#workbook-problems")
    assert "工作簿中有 1 个单元格不正确，未保存任何内容" in problems.inner_text()
    assert re.search(rf"规则参数\s+{cell.row}\s+E\s+银卡会员：工时费优惠\+免费检测 · 工时费折扣 · 百分比"
                     r"\s+不能大于 100", problems.locator("tbody").inner_text())
    shot(page, "excel-wrong-cell-zh")
    assert draft_text(server["url"]) == before

    cell.value = 12
    book.save(workbook)
    page.set_input_files("#file", str(workbook))
    page.locator("#upload-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url.endswith("/admin/g/huadong/tiers/")
    after = draft_text(server["url"])
    assert after == before.replace("percent: 10}", "percent: 12}", 1) != before
