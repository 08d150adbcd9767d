"""The admin's pages through the Flask test client: the ruleset table and its switches,
the editor (live validation, optimistic concurrency), try it, test cases, publish gate,
rollback, diff, audit filters, API keys, the reference and the pictures."""
from __future__ import annotations

import json
import re

from dealer_rules.core.store import audit, rulesets

TIERS = "/admin/g/huadong/tiers"
from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures


def actions(admin, group="huadong"):
    with admin.store.read() as session:
        return [e.action for e in audit.entries(session, group=group, limit=1000)]


def current_text(admin, group="huadong", domain="tiers"):
    with admin.store.read() as session:
        head = rulesets.require_head(session, group, domain)
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        return row.yaml, head.revision


def test_the_ruleset_table_says_where_each_rule_comes_from(admin):
    admin.login("chen")
    page = admin.text(TIERS + "/")
    row = re.search(r'<tr id="rule-silver_member".*?</tr>', page, re.S).group(0)
    assert "已覆盖" in row and re.search(r"百分比</span>\s*<b>10%</b>", row) and "已购车 或 近12个月保养消费" in row
    assert "继承" in re.search(r'<tr id="rule-gold_member".*?</tr>', page, re.S).group(0)
    assert "继承自：默认政策" in page   # the shared group by its name, not its id


def test_group_and_domain_names_are_shown_in_the_readers_language(admin):
    admin.login("chen")
    dashboard = admin.text("/admin/")
    assert "default default" not in dashboard
    page = admin.text(TIERS + "/")
    assert "会员等级" in page and "<code>tiers</code>" in page      # the title, then the id
    admin.login("mei")
    audit_page = admin.text("/admin/g/huadong/audit")
    cells = re.findall(r"<td>([^<]*)</td>", audit_page)
    assert "tiers" not in cells and "default" not in cells


def test_switching_rules_off_and_on_edits_the_draft(admin):
    admin.login("lin")
    text, revision = current_text(admin)
    response = admin.post(TIERS + "/rules/silver_member/toggle",
                          {"revision": revision, "enable": "0"}, page=TIERS + "/")
    assert response.status_code == 302
    draft, revision = current_text(admin)
    assert "enabled: false" in draft
    # an inherited rule is switched off through `disable:`
    admin.post(TIERS + "/rules/gold_member/toggle", {"revision": revision, "enable": "0"},
               page=TIERS + "/")
    draft, revision = current_text(admin)
    assert "disable: [gold_member]" in draft
    page = admin.text(TIERS + "/")
    assert "本集团已停用的继承规则" in page
    admin.post(TIERS + "/rules/gold_member/toggle", {"revision": revision, "enable": "1"},
               page=TIERS + "/")
    assert "gold_member" not in current_text(admin)[0].split("rules:")[0]
    with admin.store.read() as session:
        comments = [e.detail.get("comment") for e in audit.entries(session, group="huadong")
                    if e.action == "draft_saved"]
    assert comments[:3] == ["已启用规则 gold_member", "已停用规则 gold_member",
                            "已停用规则 silver_member"]


def test_a_switch_on_a_stale_page_changes_nothing(admin):
    admin.login("lin")
    response = admin.post(TIERS + "/rules/silver_member/toggle", {"revision": 0, "enable": "0"},
                          page=TIERS + "/")
    assert response.status_code == 302
    assert "其他人修改了这个规则集" in admin.text(TIERS + "/")
    assert "enabled: false" not in current_text(admin)[0]


def test_live_validation_gives_the_line_and_the_suggestion_in_the_readers_language(admin):
    admin.login("mei", lang="zh")
    text, _ = current_text(admin)
    typo = text.replace("customer.has_bought_car", "customer.has_bougt_car")
    line = next(i for i, l in enumerate(typo.splitlines(), 1) if "has_bougt_car" in l)
    token = admin.token(TIERS + "/edit")
    answer = admin.client.post(TIERS + "/validate", json={"yaml": typo},
                               headers={"X-CSRFToken": token}).get_json()
    assert answer["ok"] is False
    (problem,) = answer["problems"]
    assert problem["line"] == line and problem["rule"] == "silver_member"
    assert problem["message"] == "customer 中的未知字段 has_bougt_car（是否想写“has_bought_car”？）"
    admin.client.get("/admin/lang/en")
    answer = admin.client.post(TIERS + "/validate", json={"yaml": typo},
                               headers={"X-CSRFToken": token}).get_json()
    assert answer["problems"][0]["message"] == \
        "unknown field 'has_bougt_car' in customer (did you mean 'has_bought_car'?)"
    # without the token the background call is refused like any form
    assert admin.client.post(TIERS + "/validate", json={"yaml": typo}).status_code == 400


def test_the_editor_shows_problems_when_the_page_loads_too(admin):
    admin.login("mei", lang="en")
    text, revision = current_text(admin)
    admin.post(TIERS + "/edit", {"yaml": text.replace("percent: 10", "percent: 120"),
                                 "revision": revision}, page=TIERS + "/edit")
    page = admin.text(TIERS + "/edit")
    assert 'class="problem"' in page and "must be at most 100" in page


def test_a_stale_save_is_refused_and_the_users_text_stays_in_the_editor(admin):
    admin.login("lin", lang="en")
    text, revision = current_text(admin)
    theirs = text.replace("percent: 10", "percent: 11")
    assert admin.post(TIERS + "/edit", {"yaml": theirs, "revision": revision},
                      page=TIERS + "/edit").status_code == 302
    mine = text.replace("percent: 10", "percent: 12")
    response = admin.post(TIERS + "/edit", {"yaml": mine, "revision": revision,
                                            "comment": "12%"}, page=TIERS + "/edit")
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Not saved: someone else changed this ruleset" in page
    assert "percent: 12" in page and 'value="12%"' in page         # nothing lost
    assert "percent: 11" in current_text(admin)[0]                  # nothing written
    # saving again with the old revision is refused again; "save mine over" goes through
    current = current_text(admin)[1]
    response = admin.post(TIERS + "/edit", {"yaml": mine, "revision": revision,
                                            "overwrite_revision": current}, page=TIERS + "/edit")
    assert response.status_code == 302
    assert "percent: 12" in current_text(admin)[0]


def test_try_it_with_a_test_case_or_pasted_facts(admin):
    admin.login("mei", lang="zh")
    page = admin.post(TIERS + "/try", {"case": "银卡会员保养：工时费1000元", "facts": "",
                                       "source": "draft"}).get_data(as_text=True)
    assert "¥900.00" in page and "2026年11月27日" in page
    assert re.search(r'id="fired">.*silver_member', page, re.S)
    not_fired = re.search(r'id="not-fired".*?</table>', page, re.S).group(0)
    assert "gold_member" in not_fired and "条件不满足" in not_fired
    assert "customer.trailing_service_spend" in not_fired        # the failing part and values
    facts = {"customer": {"service_orders": [{"paid_on": "2026-10-01", "amount_paid": 12000}]}}
    page = admin.post(TIERS + "/try", {"facts": json.dumps(facts), "at": "2026-11-27T10:00",
                                       "source": "published"}).get_data(as_text=True)
    assert "gold_member" in re.search(r'id="fired">.*?</ol>', page, re.S).group(0)
    page = admin.post(TIERS + "/try", {"facts": "{not json"}).get_data(as_text=True)
    assert "不是有效的 JSON" in page
    page = admin.post(TIERS + "/try", {"facts": '{"customer": {"points_balance": -5}}'}
                      ).get_data(as_text=True)
    assert "customer.points_balance" in page
    assert actions(admin).count("tried") == 4


def test_try_it_says_when_the_answer_changes_by_itself(admin):
    admin.login("mei", lang="zh")
    facts = {"customer": {"service_orders": [{"paid_on": "2026-10-01", "amount_paid": 12000}]}}
    page = admin.post(TIERS + "/try", {"facts": json.dumps(facts), "at": "2026-11-27T10:00",
                                       "source": "published"}).get_data(as_text=True)
    shown = re.search(r'id="next-change">(.*?)</p>', page, re.S).group(1)
    assert "结果将在" in shown and "2027年10月1日" in shown   # the payment leaves the window


def test_english_money_and_dates(admin):
    admin.login("mei", lang="en")
    page = admin.post(TIERS + "/try", {"case": "银卡会员保养：工时费1000元"}).get_data(as_text=True)
    assert "CN¥900.00" in page and "Nov 27, 2026" in page


def test_test_cases_run_as_a_table_and_are_audited(admin):
    admin.login("chen")
    page = admin.post(TIERS + "/tests").get_data(as_text=True)
    assert "2 个通过，0 个未通过" in page
    assert "tested" in actions(admin)


def break_a_test(admin, login="mei"):
    admin.login(login)
    text, revision = current_text(admin)
    broken = text.replace("        tier: silver\n", "        tier: gold\n")
    admin.post(TIERS + "/edit", {"yaml": broken, "revision": revision}, page=TIERS + "/edit")


def test_publishing_is_blocked_while_a_test_case_fails_and_says_why(admin):
    break_a_test(admin)
    page = admin.text(TIERS + "/publish")
    # the page is shown at once, without running the cases: the page's script fetches them
    assert "正在运行 2 个测试用例" in page and "未通过" not in page
    cases = admin.get(TIERS + "/publish/cases").get_json()
    assert (cases["ok"], cases["cases"], cases["failed"]) == (False, 2, 1)
    assert "1 个测试用例未通过" in cases["html"]
    assert "会员等级：预期 金卡，实际为 银卡" in cases["html"]          # names, not codes
    response = admin.post(TIERS + "/publish", {"comment": "try anyway"})
    assert response.status_code == 422
    assert "未发布" in response.get_data(as_text=True)
    assert "publish_refused" in actions(admin)
    with admin.store.read() as session:
        assert rulesets.published_of(session, rulesets.head(session, "huadong", "tiers")).number == 1


def test_the_publish_page_runs_no_test_case_and_the_cases_come_after(admin):
    admin.login("mei")
    text, revision = current_text(admin)
    admin.post(TIERS + "/edit", {"yaml": text + "# a comment\n", "revision": revision},
               page=TIERS + "/edit")
    page = admin.text(TIERS + "/publish")
    assert 'data-cases="/admin/g/huadong/tiers/publish/cases"' in page
    assert "全部 2 个测试用例通过" not in page
    assert not re.search(r'id="publish-button"[^>]*disabled', page)
    cases = admin.get(TIERS + "/publish/cases").get_json()
    assert (cases["ok"], cases["cases"], cases["failed"]) == (True, 2, 0)
    assert "全部 2 个测试用例通过" in cases["html"] and "failing-cases" not in cases["html"]


def test_publishing_is_blocked_while_the_draft_is_invalid(admin):
    admin.login("mei")
    text, revision = current_text(admin)
    admin.post(TIERS + "/edit", {"yaml": text.replace("has_bought_car", "has_bougt_car"),
                                 "revision": revision}, page=TIERS + "/edit")
    page = admin.text(TIERS + "/publish")
    assert "草稿中有 1 个问题" in page and "has_bougt_car" in page
    assert re.search(r'id="publish-button"[^>]*disabled', page)


def test_publish_then_roll_back_with_history_and_diff(admin):
    admin.login("mei")
    text, revision = current_text(admin)
    admin.post(TIERS + "/edit", {"yaml": text.replace("percent: 10", "percent: 12"),
                                 "revision": revision, "comment": "12%"}, page=TIERS + "/edit")
    diff = admin.text(TIERS + "/diff?from=published&to=draft")
    # rules by their titles, versions by words a manager reads (not silver_member, not 发布)
    assert "修改规则：银卡会员：工时费优惠+免费检测。" in diff and "silver_member。" not in diff
    assert '<option value="published" selected>已发布版本</option>' in diff
    assert re.search(r'class="code del">[^<]*percent: 1<mark class="del">0</mark>', diff)
    assert re.search(r'class="code ins">[^<]*percent: 1<mark class="ins">2</mark>', diff)
    # the business words come first, then the YAML
    assert diff.index("银卡会员 · 工时费折扣 10% → 12%") < diff.index('id="yaml-diff"')
    assert 'data-address="rule:silver_member/discount_labour/percent"' in diff
    assert '<code class="address"' not in diff           # the address only on hover
    response = admin.post(TIERS + "/publish", {"comment": "银卡工时优惠调整为12%",
                                               "revision": current_text(admin)[1]})
    assert response.status_code == 302
    history = admin.text(TIERS + "/history")
    assert "银卡工时优惠调整为12%" in history and 'id="rollback-1"' in history
    # the comment the system wrote when it installed version 1, in the reader's language
    assert "<td>随系统安装（tiers.yaml）</td>" in history and "shipped:" not in history
    admin.refresh()
    assert admin.services.published.get("huadong", "tiers").identity.version == 2
    admin.post(TIERS + "/rollback", {"version": "1"}, page=TIERS + "/history")
    admin.refresh()
    served = admin.services.published.get("huadong", "tiers")
    assert served.identity.version == 3
    assert "percent: 10" in current_text(admin)[0]
    assert actions(admin)[:2] == ["rolled_back", "published"]
    log = admin.text("/admin/g/huadong/audit")
    assert "恢复到第 1 版" in log
    # the publish and the rollback list the changed value and link to their version's diff
    # by the names the ruleset page uses, the address only in the hover title
    named = ('<span class="address" title="rule:silver_member/discount_labour/percent">'
             '银卡会员：工时费优惠+免费检测 · 工时费折扣 · 百分比</span>')
    assert log.count(named + " 10 → 12") == 1, log
    assert log.count(named + " 12 → 10") == 1
    assert "<code>rule:" not in log
    assert 'href="/admin/g/huadong/tiers/diff?to=2&amp;from=1"' in log
    assert 'href="/admin/g/huadong/tiers/diff?to=3&amp;from=2"' in log
    assert "银卡会员 · 工时费折扣 12% → 10%" in admin.text(TIERS + "/diff?from=2&to=3")


def test_the_audit_log_filters_by_user_action_domain_and_date(admin):
    break_a_test(admin, "lin")
    admin.login("mei")
    admin.post(TIERS + "/tests")

    def log(query):
        page = admin.text("/admin/g/huadong/audit?" + query)
        return re.search(r'<table class="grid audit">.*?</table>', page, re.S).group(0)
    assert "保存草稿" in log("user=lin") and "运行测试用例" not in log("user=lin")
    assert "运行测试用例" in log("action=tested") and "保存草稿" not in log("action=tested")
    assert "保存草稿" not in log("domain=sla")
    assert "保存草稿" not in log("from=2000-01-01&to=2000-01-02")
    assert "保存草稿" in log("from=2000-01-01")


def test_an_api_key_is_shown_once_and_can_be_revoked(admin):
    admin.login("admin", admin.admin_password)
    response = admin.post("/admin/g/huadong/keys", {"label": "展厅平板", "scopes": ["evaluate", "read"]})
    assert response.status_code == 201 and response.headers["Cache-Control"] == "no-store"
    key = re.search(r'id="new-key" class="key">(drk_[^<]+)<', response.get_data(as_text=True)).group(1)
    page = admin.text("/admin/g/huadong/keys")
    assert key not in page and "展厅平板" in page
    admin.refresh()
    answer = admin.client.post("/api/v1/evaluate/tiers", json={"facts": {}},
                               headers={"Authorization": f"Bearer {key}"})
    assert answer.status_code == 200
    prefix = key.split("_")[1]
    admin.post(f"/admin/g/huadong/keys/{prefix}/revoke", page="/admin/g/huadong/keys")
    admin.refresh()
    assert admin.client.post("/api/v1/evaluate/tiers", json={"facts": {}},
                             headers={"Authorization": f"Bearer {key}"}).status_code == 401
    assert actions(admin)[:2] == ["key_revoked", "key_created"]


def test_the_reference_lists_facts_actions_and_settings_from_the_registry(admin):
    admin.login("chen")
    page = admin.text("/admin/reference")
    assert "customer.has_bought_car" in page and "order.kind" in page
    assert "<code>maintenance</code>" in page                        # allowed values
    assert "discount_labour" in page and "<code>percent</code>" in page
    assert "spend_window_months" in page
    assert 'id="domain-callbacks"' in page and 'id="domain-sla"' in page


def test_the_callback_timeline_of_a_delivery_date(admin):
    admin.login("chen")
    page = admin.text("/admin/g/huadong/pictures/callbacks?delivered_on=2026-09-28")
    svg = re.search(r"<svg class=\"timeline\".*?</svg>", page, re.S).group(0)
    assert svg.count('<g class="event') == 10                         # delivery + 9 calls
    assert "2026/10/28 10:00" in page
    # each call by its kind's name and number, not its id (first_month_1, quarterly_4)
    table = re.search(r'id="callbacks-table".*?</table>', page, re.S).group(0)
    assert "<td>首月回访（第 1 次）</td>" in table and "<td>季度回访（第 3 次）</td>" in table
    assert "合并了 季度回访（第 4 次）" in table, table
    assert not re.search(r"first_month_1|quarterly_\d|annual_\d", table), table
    assert "请输入交车日期" in admin.text("/admin/g/huadong/pictures/callbacks?delivered_on=x")


def test_the_sla_timeline_shows_the_closed_hours(admin):
    admin.login("chen")
    page = admin.text("/admin/g/huadong/pictures/sla")
    svg = re.search(r'<svg class="lanes".*?</svg>', page, re.S).group(0)
    assert svg.count('class="closed"') >= 1          # Friday evening to Monday morning
    assert "售前咨询15分钟内响应" in page and "投诉24小时内提出解决方案" in page
    assert "2026/11/30 08:35" in page                 # 10 min on Friday, 5 on Monday


def test_try_it_says_why_a_rule_outside_its_window_did_not_apply_in_chinese(admin):
    admin.login("lin", lang="zh")
    text, revision = current_text(admin)
    promo = ("rules:\n  - id: spring_promo\n    title: 春节保养特惠\n    when: \"true\"\n"
             "    valid_from: 2026-02-10\n    valid_to: 2026-02-24\n"
             "    then:\n      - grant_benefit: {code: spring, label: 春节特惠}\n")
    saved = admin.post(TIERS + "/edit", {"yaml": text.replace("rules:\n", promo, 1),
                                         "revision": revision}, page=TIERS + "/edit")
    assert saved.status_code == 302
    page = admin.post(TIERS + "/try", {"case": "银卡会员保养：工时费1000元", "facts": "",
                                       "source": "draft"}).get_data(as_text=True)
    row = re.search(r"<tr><td><code>spring_promo</code>.*?</tr>", page, re.S).group(0)
    assert "不在有效期内" in row and "有效期 2026年2月10日 至 2026年2月24日（含首尾）" in row


def test_try_it_says_what_each_result_field_means_in_the_readers_language(admin):
    admin.login("mei", lang="zh")
    case = {"case": "银卡会员保养：工时费1000元", "facts": "", "source": "draft"}
    page = admin.post(TIERS + "/try", case).get_data(as_text=True)
    result = re.search(r'id="result">.*?</table>', page, re.S).group(0)
    meanings = re.findall(r'<span class="meaning">(.*?)</span>', result)
    assert len(meanings) > 5 and all(re.search(r"[\u4e00-\u9fff]", m) for m in meanings)
    admin.client.get("/admin/lang/en")
    page = admin.post(TIERS + "/try", case).get_data(as_text=True)
    result = re.search(r'id="result">.*?</table>', page, re.S).group(0)
    assert '<span class="meaning">Qualified tier code (silver, gold, diamond)' in result


def test_comments_the_system_writes_read_in_the_readers_language(admin):
    """History and audit show the comments core writes in English (seed, import, a rollback
    through the API) in the page's language; people's own comments stay as written."""
    from dealer_rules.web.admin.pages_versions import version_comment
    with admin.app.test_request_context(headers={"Accept-Language": "zh-CN"}):
        assert version_comment("shipped: sla.yaml") == "随系统安装（sla.yaml）"
        assert version_comment("rollback to v3") == "恢复到第 3 版"
        assert version_comment("imported") == "从导出文件导入"
        assert version_comment("银卡工时优惠调整为12%") == "银卡工时优惠调整为12%"
        assert version_comment(None) == ""
    with admin.app.test_request_context(headers={"Accept-Language": "en"}):
        assert version_comment("rollback to v3") == "Rolled back to version 3"
