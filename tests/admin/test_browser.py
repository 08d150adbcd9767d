"""The admin in a real browser: Playwright drives Debian's Chromium (headless) against a
real ``dealer-rules serve`` (gunicorn, two workers, SQLite). The story of issue 5 end to
end, a viewer who cannot edit, a user of another group who cannot see, and a screenshot of
every page in both languages under test-output/screenshots/."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import requests

from admin_support import prepare_store
from support.server import serve
from support.browser import needs_chromium

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("admin-server")
    url = f"sqlite:///{tmp / 'store.sqlite'}"
    admin_password = prepare_store(url)
    settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": "2",
                "DEALER_RULES_POLL_INTERVAL": "0.3", "DEALER_RULES_FLUSH_INTERVAL": "0.5",
                "DEALER_RULES_SECRET_KEY": "browser-tests", "DEALER_RULES_ACCESS_LOG": "",
                "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                "DEALER_RULES_INSTANCE_PATH": str(tmp / "instance")}
    with serve(settings, tmp / "server.log") as running:
        yield {"base": running.base, "admin_password": admin_password}



def new_page(browser, server, locale="zh-CN"):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale=locale,
                                  base_url=server["base"])
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    page.on("console", lambda message: CSP_REFUSED.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text else None)
    return page


#: what the browser refused under the Content-Security-Policy (web/headers.py), any test
CSP_REFUSED: list = []


def sign_in(page, username, password=None):
    page.goto("/admin/login")
    page.get_by_label(re.compile("用户名|User name")).fill(username)
    page.get_by_label(re.compile("密码|Password")).fill(password or f"{username}-password")
    page.locator("form.stack button[type=submit]").click()
    page.wait_for_load_state()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def evaluate(server, key, facts):
    return requests.post(server["base"] + "/api/v1/evaluate/tiers", json={"facts": facts},
                         headers={"Authorization": f"Bearer {key}"}, timeout=5)


SILVER_CUSTOMER = {"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}]},
                   "order": {"kind": "maintenance", "labour_amount": 1000}}


def wait_for_version(server, key, version, timeout=5.0):
    """Ask the API (both workers, new connections) until every answer has ``version``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answers = [evaluate(server, key, SILVER_CUSTOMER).json() for _ in range(4)]
        if all(a.get("ruleset", {}).get("version") == version for a in answers):
            return answers[-1]
        time.sleep(0.2)
    pytest.fail(f"the API did not serve version {version} within {timeout} s: {answers}")


def test_the_story_edit_try_test_publish_evaluate_roll_back(browser, server):
    # the group's administrator makes a key for the showroom tablets (in English)
    boss = new_page(browser, server, "en-US")
    sign_in(boss, "admin", server["admin_password"])
    boss.goto("/admin/lang/en")           # the group is zh-CN: Chinese unless switched
    boss.goto("/admin/g/huadong/keys")
    boss.get_by_label("Name (which system uses it)").fill("showroom tablets")
    boss.get_by_role("button", name="Create the key").click()
    key = boss.locator("#new-key").inner_text().strip()
    assert key.startswith("drk_")
    before = wait_for_version(server, key, 1)
    assert before["result"]["labour_discount_percent"] == "10"

    # she signs in; the group's locale is zh-CN and so is her browser
    page = new_page(browser, server)
    sign_in(page, "mei")
    assert "概览" in page.locator("h1").inner_text()
    page.get_by_role("link", name="华东汽车集团").first.click()
    page.get_by_role("link", name="会员等级与权益").first.click()
    row = page.locator("#rule-silver_member")
    assert row.locator('input[name="rule:silver_member/discount_labour/percent"]').input_value() == "10"
    assert "已覆盖" in row.inner_text()
    assert "继承" in page.locator("#rule-gold_member").inner_text()

    # the editor: 10% -> 12%, then a mistyped field name is reported at its line
    page.get_by_role("link", name="YAML 编辑器", exact=True).click()
    editor = page.locator("#yaml")
    original = editor.input_value()
    changed = original.replace("percent: 10}", "percent: 12}").replace("银卡工时优惠", "银卡工时88折")
    typo = changed.replace("customer.has_bought_car", "customer.has_bougt_car")
    when_line = typo.splitlines().index(next(l for l in typo.splitlines() if "has_bougt_car" in l)) + 1
    editor.fill(typo)
    problem = page.locator("#problems li.problem").first
    problem.wait_for()
    text = problem.inner_text()
    assert f"第 {when_line} 行" in text and "has_bougt_car" in text and "是否想写“has_bought_car”" in text
    assert page.locator(f".gutter span.bad").first.inner_text() == str(when_line)
    shot(page, "story-editor-error")
    editor.fill(changed)
    page.locator("#check-status", has_text="没有问题").wait_for()
    assert page.locator("#problems li").count() == 0
    page.get_by_label("修改说明（记入历史）").fill("银卡工时优惠由10%调整为12%")
    page.get_by_role("button", name="保存草稿").click()
    assert "草稿已保存" in page.locator(".flash").inner_text()

    # try it on a sample customer: the draft's decision, why rules fired and did not
    page.get_by_role("link", name="试算", exact=True).click()
    page.get_by_label("示例客户（测试用例）").select_option("银卡会员保养：工时费1000元")
    page.locator("#try-form button[type=submit]").click()
    assert "¥880.00" in page.locator("#result").inner_text()          # 1000 at 12% off
    assert "银卡" in page.locator("#result").inner_text()             # the tier by its name
    # why, in words; rule ids and conditions as written wait behind "for developers"
    why = page.locator("#explanation").inner_text()
    assert "银卡会员：工时费优惠+免费检测" in why and "silver_member" not in why, why
    assert not page.locator("#fired").is_visible()
    page.locator("#technical summary").click()
    assert "silver_member" in page.locator("#fired").inner_text()
    assert "gold_member" in page.locator("#not-fired").inner_text()
    assert "条件不满足" in page.locator("#not-fired").inner_text()
    assert_fits(page, "try it")
    shot(page, "story-try-it")

    # run the test cases
    page.get_by_role("link", name="测试用例", exact=True).click()
    with page.expect_navigation():      # the button posts the form: wait for the answer
        page.locator("#run-tests").click()
    assert page.locator("#test-summary").inner_text() == "2 个通过，0 个未通过"

    # publish with a comment
    page.get_by_role("link", name="发布", exact=True).click()
    # the test cases run after the page is shown; their outcome replaces "running…"
    from playwright.sync_api import expect
    expect(page.locator("#case-checks")).to_have_text("全部 2 个测试用例通过")
    page.get_by_label("发布说明（为什么修改）").fill("银卡工时优惠调整为12%（88折）")
    page.get_by_role("button", name="发布为第 2 版").click()
    assert "已发布为第 2 版" in page.locator(".flash").inner_text()

    # a real API evaluation with the key shows the new result
    after = wait_for_version(server, key, 2)
    assert after["result"]["labour_discount_percent"] == "12"
    assert after["result"]["order"]["labour_payable"] == "880.00"

    # the call centre complains: roll back in one click (after the confirmation)
    page.get_by_role("button", name="恢复到此版本").first.click()
    assert "已重新发布第 1 版的内容，成为第 3 版" in page.locator(".flash").inner_text()
    rolled = wait_for_version(server, key, 3)
    assert rolled["result"]["labour_discount_percent"] == "10"
    assert rolled["result"]["order"]["labour_payable"] == "900.00"

    # every step is in the audit log with her name
    page.goto("/admin/g/huadong/audit?user=mei")
    log = page.locator("table.audit").inner_text()
    for step in ("保存草稿", "试算", "运行测试用例", "发布", "恢复旧版本"):
        assert step in log
    assert "王美" in log and "mei" not in log and "银卡工时优惠调整为12%（88折）" in log
    shot(page, "story-audit")

    # the evaluations are counted per rule for the hit chart (every rule by its title)
    silver = page.locator("#hits-tiers-silver_member td.num").first
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        page.goto("/admin/g/huadong/pictures/hits")
        if silver.inner_text() != "0":
            break
        time.sleep(0.5)
    assert int(silver.inner_text()) > 0
    assert "银卡" in page.locator("#hits-tiers-silver_member td").first.inner_text()
    assert page.locator("#hits-tiers svg.bars rect.bar").count() == 24


def test_a_viewer_sees_the_rules_but_cannot_edit(browser, server):
    page = new_page(browser, server)
    sign_in(page, "chen")
    page.goto("/admin/g/huadong/tiers/")
    assert page.locator("#rule-silver_member").count() == 1
    assert page.locator("button.switch").count() == 0
    assert page.get_by_role("link", name="YAML 编辑器", exact=True).count() == 0
    response = page.goto("/admin/g/huadong/tiers/edit")
    assert response.status == 403
    assert "编辑者" in page.locator("main").inner_text()
    shot(page, "viewer-cannot-edit")


def test_a_user_of_another_group_cannot_see_it(browser, server):
    page = new_page(browser, server)
    sign_in(page, "zhao")
    assert "华东汽车集团" not in page.locator("main").inner_text()
    assert "北方汽车集团" in page.locator("main").inner_text()
    for path in ("/admin/g/huadong/", "/admin/g/huadong/tiers/", "/admin/g/huadong/tiers/edit",
                 "/admin/g/huadong/audit"):
        response = page.goto(path)
        assert response.status == 404, path
        assert "找不到页面" in page.locator("h1").inner_text()
    shot(page, "other-group-not-found")


def test_an_administrator_adds_a_colleague_who_changes_the_one_time_password(browser, server):
    page = new_page(browser, server)
    sign_in(page, "admin", server["admin_password"])
    page.goto("/admin/g/huadong/")
    page.get_by_role("link", name="人员").click()
    page.get_by_label("用户名（登录用）").fill("sun.na")
    page.get_by_label("同事看到的姓名").fill("孙娜")
    page.get_by_label("本集团角色").select_option("editor")
    page.locator("#new-person-form button[type=submit]").click()
    page.wait_for_load_state()
    password = page.locator("#new-password").inner_text().strip()
    assert len(password) >= 12 and "孙娜" in page.locator("#people").inner_text()
    shot(page, "people-colleague-added")
    colleague = new_page(browser, server)
    sign_in(colleague, "sun.na", password)
    # a one-time password: the page that changes it comes first, and cannot be skipped
    assert colleague.url.endswith("/admin/account/first-password")
    assert "一次性密码" in colleague.locator("main").inner_text()
    colleague.get_by_role("link", name="孙娜").click()
    colleague.wait_for_url("**/admin/account/first-password")
    shot(colleague, "account-first-password")
    colleague.get_by_label("当前密码").fill(password)
    colleague.get_by_label(re.compile("^新密码（")).fill("sun-na-own-secret")
    colleague.get_by_label("再次输入新密码").fill("sun-na-own-secret")
    colleague.locator("#password-form button[type=submit]").click()
    colleague.wait_for_load_state()
    assert "密码已修改" in colleague.locator("main").inner_text()
    shot(colleague, "account-password-changed")
    colleague.goto("/admin/g/huadong/tiers/edit")                    # still signed in, an editor
    assert colleague.locator("#editor-form, form").count() >= 1
    again = new_page(browser, server)
    sign_in(again, "sun.na", "sun-na-own-secret")
    assert "华东汽车集团" in again.locator("main").inner_text()


PAGES = [
    ("login", "/admin/login"), ("dashboard", "/admin/"), ("group", "/admin/g/huadong/"),
    ("ruleset", "/admin/g/huadong/tiers/"), ("editor", "/admin/g/huadong/tiers/edit"),
    ("try-it", "/admin/g/huadong/tiers/try"), ("tests", "/admin/g/huadong/tiers/tests"),
    ("versions", "/admin/g/huadong/tiers/history"),
    ("diff", "/admin/g/default/tiers/diff?from=published&to=published"),
    ("publish", "/admin/g/huadong/tiers/publish"), ("audit", "/admin/g/huadong/audit"),
    ("keys", "/admin/g/huadong/keys"), ("people", "/admin/g/huadong/people"),
    ("account", "/admin/account"), ("reference", "/admin/reference"),
    ("callbacks-timeline", "/admin/g/huadong/pictures/callbacks"),
    ("sla-timeline", "/admin/g/huadong/pictures/sla"),
    ("rule-hits", "/admin/g/huadong/pictures/hits"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_screenshot_of_every_page_without_broken_layout(browser, server, lang):
    page = new_page(browser, server, "zh-CN" if lang == "zh" else "en-US")
    page.goto(f"/admin/lang/{lang}")
    shot(page, f"{lang}-login")
    sign_in(page, "admin", server["admin_password"])
    page.goto("/admin/g/huadong/tiers/try")
    with page.expect_navigation():      # the form posts: measure the answer, not the change
        page.locator("#try-form button[type=submit]").click()
    assert_fits(page, "try it")
    shot(page, f"{lang}-try-it-decision")
    page.goto("/admin/g/huadong/tiers/tests")
    with page.expect_navigation():      # measuring the page while it navigates finds no document
        page.locator("#run-tests").click()
    assert_fits(page, "tests")
    shot(page, f"{lang}-tests-run")
    for name, path in PAGES[1:]:
        response = page.goto(path)
        assert response.status == 200, path
        assert_fits(page, path)
        shot(page, f"{lang}-{name}")


def assert_fits(page, what):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280, f"{what}: the page is {width} px wide at 1280"


def test_no_page_breaks_the_content_security_policy(browser, server):
    """The admin has no inline script or style: every page works under a policy that
    allows only the site's own files (and the earlier tests' pages refused nothing)."""
    page = new_page(browser, server, "en-US")
    sign_in(page, "mei")
    for path in ("/admin/", "/admin/g/huadong/tiers/", "/admin/g/huadong/tiers/edit",
                 "/admin/g/huadong/tiers/try", "/admin/g/huadong/tiers/history",
                 "/admin/reference", "/api/v1/docs"):
        response = page.goto(path)
        assert response.status == 200, path
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert CSP_REFUSED == []


def test_the_sla_picture_takes_its_case_as_a_form_not_json(browser, server):
    """A manager changes the sample case of the SLA picture in a form (as on Try it), in
    Chinese, without reading JSON; the JSON is one tick away and is what the form sends."""
    page = new_page(browser, server)
    sign_in(page, "mei")
    page.goto("/admin/g/huadong/pictures/sla")
    assert page.locator("#facts-form").is_visible()
    assert not page.locator("#facts").is_visible()                   # the JSON, folded
    channel = page.get_by_label("咨询渠道", exact=True)
    assert channel.locator("option:checked").inner_text().startswith("企业微信")
    received = page.get_by_label("咨询进来的时间", exact=True)
    received.fill("2026-11-28T18:50")                                 # Saturday evening
    with page.expect_navigation():
        page.get_by_role("button", name="查看时限").click()
    assert '"received_at": "2026-11-28T18:50' in page.locator("#facts").input_value()
    row = page.locator("#sla-table tr", has_text="售前咨询15分钟内响应").inner_text()
    assert "2026/11/28 18:50" in row, row
    assert "允许时长" in page.locator("#sla-table thead").inner_text()
