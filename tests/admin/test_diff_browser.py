"""The version comparison in a real browser (issue 12, item 6): after silver's percent
goes from 10 to 12 in huadong's draft, the page shows "银卡会员 · 工时费折扣 10% → 12%"
first, and in the YAML view below the line numbers take a narrow column (they took half of
each side) and the changed digit is marked. Screenshot under test-output/screenshots/."""
from __future__ import annotations


import pytest
import requests

from admin_support import prepare_store
from support.server import serve
from support.browser import ARGS, CHROMIUM, needs_chromium
from test_browser import shot, sign_in

pytestmark = needs_chromium
TIERS = "/api/v1/groups/huadong/rulesets/tiers"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diff-server")
    url = f"sqlite:///{tmp / 'store.sqlite'}"
    prepare_store(url)
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "1",
                "DEALER_RULES_SECRET_KEY": "browser-tests", "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_INSTANCE_PATH": str(tmp / "instance")}
    with serve(settings, tmp / "server.log") as running:
        yield {"base": running.base}


def test_the_diff_reads_in_business_words_and_the_yaml_view_is_laid_out(server):
    from playwright.sync_api import sync_playwright
    auth = ("mei", "mei-password")
    published = requests.get(server["base"] + TIERS, auth=auth, timeout=10).json()
    text = published["yaml"].replace("percent: 10", "percent: 12")
    assert text != published["yaml"]
    saved = requests.put(server["base"] + TIERS + "/draft", auth=auth, timeout=10,
                         json={"yaml": text, "revision": published["revision"]})
    assert saved.status_code == 200, saved.text
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN",
                                       base_url=server["base"]).new_page()
            page.set_default_timeout(10_000)
            sign_in(page, "mei")
            page.goto("/admin/g/huadong/tiers/diff?from=published&to=draft&view=yaml")
            first = page.locator("ul.change-list li").first
            assert first.locator(".text").inner_text() == "银卡会员 · 工时费折扣 10% → 12%"
            table = page.locator("table#diff")
            row = table.locator("tr.changed").first
            number, code = row.locator("td.ln").first, row.locator("td.code").first
            assert number.bounding_box()["width"] < 70
            assert code.bounding_box()["width"] > 0.8 * table.bounding_box()["width"] / 2
            assert row.locator("mark.ins").inner_text() == "2"
            shot(page, "diff-business-words-zh")
        finally:
            browser.close()
