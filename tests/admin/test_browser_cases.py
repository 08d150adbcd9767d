"""Issue 13 in Chromium, in Chinese, against a real served app: try a customer by the form
(a shipped sample, fields changed, a service order added and removed, the JSON view in step,
an error shown under its field), save the try as a test case with expectations ticked from
the result, break it by changing a parameter in the draft, then fix it by accepting the
actual result after seeing what changes.

Screenshots: test-output/screenshots/tryit-form.png, tryit-field-error.png,
cases-accept-preview.png, cases-fixed.png."""
from __future__ import annotations

import json

from test_browser import new_page, server, shot, sign_in  # noqa: F401 - fixtures

TRY = "/admin/g/huadong/tiers/try"


def field(page, path, tag="input"):
    return page.locator(f'#facts-form {tag}[data-path="{path}"]')


def submit(page, selector, within=None):
    """Click what submits a form (or follows a link) and wait until the next page has
    loaded: reading the old page while the new one is on its way is a race under load."""
    with page.expect_navigation():
        (within or page).locator(selector).click()


def facts_json(page):
    return json.loads(page.locator("#facts").input_value())


def test_try_a_customer_by_form_then_fix_a_failing_case_by_accepting_the_actual_result(
        browser, server):
    page = new_page(browser, server)
    sign_in(page, "mei")
    page.goto(TRY)
    assert page.locator("#facts-form").is_visible()
    assert not page.locator("#facts").is_visible()          # the JSON is an option
    assert "已付款的售后工单" in page.locator("#facts-form").inner_text()   # labels in Chinese

    # pick a shipped sample customer: the form fills in
    page.locator("#case").select_option("example:tiers-gold-maintenance.json")
    assert field(page, "customer.id").input_value() == "C-1001"
    assert field(page, "customer.service_orders[3].amount_paid").input_value() == "4000.00"
    kind = field(page, "order.kind", "select")
    assert kind.locator("option:checked").inner_text() == "保养"

    # change fields in the form: the JSON follows
    kind.select_option("repair")
    field(page, "order.labour_amount").fill("1500")
    page.locator("#show-json").check()
    assert page.locator("#facts").is_visible()
    facts = facts_json(page)
    assert facts["order"]["kind"] == "repair" and facts["order"]["labour_amount"] == 1500
    # a list: add a service order, fill it, remove it again
    page.locator('fieldset[data-path="customer.service_orders"] > button.add-item').click()
    field(page, "customer.service_orders[4].paid_on").fill("2026-10-01")
    field(page, "customer.service_orders[4].amount_paid").fill("99.5")
    assert facts_json(page)["customer"]["service_orders"][4] == {"paid_on": "2026-10-01",
                                                                 "amount_paid": 99.5}
    page.locator('div[data-path="customer.service_orders[4]"] button.remove-item').click()
    assert len(facts_json(page)["customer"]["service_orders"]) == 4
    # and the other way: the JSON changed, the form follows
    facts = facts_json(page)
    facts["customer"]["id"] = "C-2024"
    facts["customer"]["service_orders"][0]["amount_paid"] = "两千"
    page.locator("#facts").fill(json.dumps(facts, ensure_ascii=False))
    assert field(page, "customer.id").input_value() == "C-2024"
    shot(page, "tryit-form")

    # the wrong amount is refused, and the message stands under its field
    submit(page, "#try-form button[type=submit]")
    error = page.locator('[data-error-for="customer.service_orders[0].amount_paid"]')
    assert error.inner_text().strip()
    assert field(page, "customer.id").input_value() == "C-2024"   # nothing typed is lost
    shot(page, "tryit-field-error")
    field(page, "customer.service_orders[0].amount_paid").fill("2600")
    submit(page, "#try-form button[type=submit]")
    assert "gold" in page.locator("#result").inner_text()
    assert page.locator("#facts-form .field-error[role=alert]").count() == 0

    # a test case from one of the ruleset's own customers, expectations ticked, not typed
    page.locator("#case").select_option("银卡会员保养：工时费1000元")
    assert field(page, "order.labour_amount").input_value() == "1000"
    submit(page, "#try-form button[type=submit]")
    page.locator("#case-name").fill("银卡客户维修工时应付")
    page.locator('#pick-expect input[name=result][value="order.labour_payable"]').check()
    page.locator('#pick-expect input[name=result][value="tier"]').check()
    page.locator('#pick-expect input[name=fired][value="silver_member"]').check()
    submit(page, "#save-case-button")
    assert "银卡客户维修工时应付" in page.locator(".flash").inner_text()
    row = page.locator("#case-list tr", has_text="银卡客户维修工时应付")
    assert row.get_attribute("class") == "pass"

    # a change of a parameter in the draft breaks it
    page.goto("/admin/g/huadong/tiers/edit")
    editor = page.locator("#yaml")
    text = editor.input_value()
    assert "labour_payable: 900" in text and "percent: 10}" in text
    editor.fill(text.replace("percent: 10}", "percent: 12}"))
    page.locator("#check-status", has_text="没有问题").wait_for()
    with page.expect_navigation():   # saved before the cases page is asked for
        page.get_by_role("button", name="保存草稿").click()
    assert "草稿已保存" in page.locator(".flash").inner_text()
    page.goto("/admin/g/huadong/tiers/cases")
    row = page.locator("#case-list tr", has_text="银卡客户维修工时应付")
    assert row.get_attribute("class") == "fail"
    assert "880" in row.inner_text() and "900" in row.inner_text()
    assert row.locator('a[href$="#rule-silver_member"]').count() == 1     # its rule, linked
    assert row.locator("a.open-try").count() == 1                          # and Try it

    # accept the actual result: first what changes, then it saves
    submit(page, "a.accept-actual", row)
    changes = page.locator("#accept-changes").inner_text()
    assert "应付工时费" in changes and "900" in changes and "880" in changes   # by its name
    assert "order.labour_payable" not in changes
    assert page.locator("#accept-changes tbody tr").count() == 1
    shot(page, "cases-accept-preview")
    submit(page, "#accept-confirm")
    assert page.locator("#case-list tr.fail").count() == 0
    row = page.locator("#case-list tr", has_text="银卡客户维修工时应付")
    assert row.get_attribute("class") == "pass"
    shot(page, "cases-fixed")
    page.goto("/admin/g/huadong/tiers/edit")
    assert "labour_payable: 880" in page.locator("#yaml").input_value()
