"""The sla domain through the real engine and the shipped ruleset (rulesets/default/sla.yaml).

Dates: Friday 2026-11-27 is an ordinary working day, Saturday 28 and Sunday 29 rest,
Monday 30 works. National Day 2026 closes Thu 1 - Wed 7 October. chinesecalendar 1.11
covers 2004-2026, so 2027 is the first uncovered year (FIRST_UNCOVERED below keeps the
tests right after a library upgrade wherever the year itself does not matter).
"""
from __future__ import annotations

import datetime as dt
import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from dealer_rules.core.evaluate import Evaluator, FactsError
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.registry import Registry
from dealer_rules.core.testing import run_tests
from dealer_rules.plugins.common.business_calendar import LIBRARY_YEARS
from dealer_rules.plugins.sla.derive import derive
from dealer_rules.plugins.sla.facts import SlaFacts
from dealer_rules.plugins.sla.settings import SlaSettings
from dealer_rules.testing import SHANGHAI, at

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "facts"
FIRST_UNCOVERED = LIBRARY_YEARS[1] + 1

FRIDAY_COMPLAINT = {"complaint": {"opened_at": "2026-11-27T17:40:00", "topic": "long_repair_wait",
                                  "first_response_at": "2026-11-27T18:05:00"}}


@pytest.fixture
def sla_pm():
    return get_plugin_manager(default_plugins=("dealer_rules.plugins.sla",), load_entry_points=False)


@pytest.fixture
def sla_registry(sla_pm):
    return Registry.from_plugin_manager(sla_pm)


@pytest.fixture
def evaluate(sla_pm):
    evaluator = Evaluator(sla_pm)

    def run(ruleset, facts, when, explain=False):
        return evaluator.evaluate(ruleset, facts, at=when, explain=explain)
    return run


@pytest.fixture
def compile_sla(sla_registry, compile_shipped):
    """Compile the shipped default ruleset, or a group's YAML extending it."""
    return lambda text=None: compile_shipped(sla_registry, "sla", text, "group.yaml")


@pytest.fixture
def default(compile_sla):
    return compile_sla()


def group(settings: str = "", rules: str = "") -> str:
    """A dealer group's sla ruleset extending the default."""
    text = "domain: sla\ngroup: demo\ntitle: 演示集团\nextends: default\n"
    if settings:
        text += "settings:\n" + textwrap.indent(textwrap.dedent(settings), "  ")
    if rules:
        text += "rules:\n" + textwrap.indent(textwrap.dedent(rules), "  ")
    return text


def result_of(decision) -> dict:
    return json.loads(decision.model_dump_json())["result"]


def fired(decision) -> list[str]:
    return [r.id for r in decision.fired]


# -- the shipped ruleset -------------------------------------------------------------------


def test_shipped_ruleset_cases_pass(default, sla_pm):
    cases = run_tests(default, Evaluator(sla_pm))
    assert cases, "the default sla ruleset carries test cases"
    failures = {c.name: [f.render("en") for f in c.failures] for c in cases if not c.passed}
    assert failures == {}


def test_every_rule_is_proven_to_fire_and_not_to_fire(default):
    cases = default.resolved.tests
    for rule in default.rules:
        firing = [c for c in cases if rule.id in c.expect.fired]
        assert firing, f"{rule.id}: no case expects it to fire"
        assert any(c.expect.result for c in firing), f"{rule.id}: no firing case checks a result"
        assert any(rule.id in c.expect.not_fired for c in cases), \
            f"{rule.id}: no case expects it not to fire"


def test_every_rule_names_its_digest_line_and_has_a_chinese_title(default):
    for rule in default.rules:
        assert "[seed]" in rule.notes or "[default]" in rule.notes, rule.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.title), rule.id
    assert any("\u4e00" <= ch <= "\u9fff" for ch in default.title)


# -- the question ---------------------------------------------------------------------


def test_friday_complaint_saturday_evening(default, evaluate):
    """Complaint opened Friday 17:40; Saturday 19:00 and no solution yet."""
    facts = json.loads((EXAMPLES / "sla-complaint-friday.json").read_text(encoding="utf-8"))
    decision = evaluate(default, facts, at(2026, 11, 28, 19))
    result = result_of(decision)
    ms = result["milestones"]
    assert list(ms) == ["complaint_response", "complaint_solution", "complaint_follow_up"]
    assert (ms["complaint_response"]["due_at"], ms["complaint_response"]["status"]) == (
        "2026-11-27T18:40:00+08:00", "met")
    assert (ms["complaint_solution"]["due_at"], ms["complaint_solution"]["status"],
            ms["complaint_solution"]["overdue_minutes"]) == ("2026-11-28T17:40:00+08:00",
                                                             "breached", 80)
    assert (ms["complaint_follow_up"]["due_on"], ms["complaint_follow_up"]["due_at"],
            ms["complaint_follow_up"]["status"]) == ("2026-11-30", "2026-12-01T00:00:00+08:00",
                                                     "on_track")
    assert result["breached"] == ["complaint_solution"]
    assert [(e["milestone"], e["to"], e["label"], e["since"]) for e in result["escalations"]] == [
        ("complaint_solution", "service_manager", "服务经理", "2026-11-28T17:40:00+08:00")]
    assert [(e["code"], e["label"]) for e in result["entitlements"]] == [
        ("free_car_wash", "免费洗车"), ("priority_bay_next_repair", "下次维修优先工位")]
    assert result["warnings"] == []
    assert "long_wait_compensation" in fired(decision)


def test_more_than_twice_the_target_also_escalates_to_the_general_manager(default, evaluate):
    # 24 h allowed: over 48 h taken from Sunday 17:40 on
    before = result_of(evaluate(default, FRIDAY_COMPLAINT, at(2026, 11, 29, 17, 40)))
    after = result_of(evaluate(default, FRIDAY_COMPLAINT, at(2026, 11, 29, 17, 41)))
    assert [e["to"] for e in before["escalations"]] == ["service_manager"]
    assert [(e["to"], e["since"]) for e in after["escalations"]] == [
        ("service_manager", "2026-11-28T17:40:00+08:00"),
        ("store_general_manager", "2026-11-29T17:40:00+08:00")]


def test_a_late_answer_stays_breached_and_escalated_by_how_late_it_was(default, evaluate):
    facts = {"complaint": {"opened_at": "2026-11-27T17:40:00",
                           "first_response_at": "2026-11-27T20:00:00"}}  # 2 h 20 min
    result = result_of(evaluate(default, facts, at(2026, 11, 28, 9)))
    response = result["milestones"]["complaint_response"]
    assert (response["status"], response["overdue_minutes"], response["done_at"]) == (
        "breached", 80, "2026-11-27T20:00:00+08:00")
    assert [(e["milestone"], e["to"]) for e in result["escalations"]] == [
        ("complaint_response", "service_manager"),
        ("complaint_response", "store_general_manager")]


def test_met_in_time_is_never_escalated(default, evaluate):
    facts = {"complaint": {"opened_at": "2026-11-27T17:40:00",
                           "first_response_at": "2026-11-27T18:40:00",   # exactly at due
                           "solution_proposed_at": "2026-11-28T09:00:00",
                           "callback_at": "2026-11-30T23:59:00"}}
    result = result_of(evaluate(default, facts, at(2026, 12, 20)))
    assert {c: m["status"] for c, m in result["milestones"].items()} == {
        "complaint_response": "met", "complaint_solution": "met", "complaint_follow_up": "met"}
    assert result["escalations"] == [] and result["breached"] == []


# -- status boundaries -------------------------------------------------------------------------


@pytest.mark.parametrize("when, status, remaining, overdue", [
    (at(2026, 11, 27, 17, 40), "on_track", 60, None),
    (at(2026, 11, 27, 18, 27, 59), "on_track", 12, None),
    (at(2026, 11, 27, 18, 28), "at_risk", 12, None),        # 20 % of 60 min left
    (at(2026, 11, 27, 18, 40), "at_risk", 0, None),         # due_at itself still meets
    (at(2026, 11, 27, 18, 40, 1), "breached", None, 1),     # a started minute counts
    (at(2026, 11, 27, 17, 39), "not_started", None, None),  # opened after the time asked
])
def test_status_at_the_boundaries(default, evaluate, when, status, remaining, overdue):
    facts = {"complaint": {"opened_at": "2026-11-27T17:40:00"}}
    response = result_of(evaluate(default, facts, when))["milestones"]["complaint_response"]
    assert (response["status"], response["remaining_minutes"], response["overdue_minutes"]) == (
        status, remaining, overdue)
    assert response["at_risk_from"] == "2026-11-27T18:28:00+08:00"


def test_a_time_after_the_evaluation_time_does_not_count_yet(default, evaluate):
    facts = {"complaint": {"opened_at": "2026-11-27T17:40:00",
                           "first_response_at": "2026-11-27T18:30:00"}}
    response = result_of(evaluate(default, facts, at(2026, 11, 27, 18, 0)))["milestones"][
        "complaint_response"]
    assert (response["status"], response["done_at"]) == ("on_track", None)


def test_times_in_another_zone_are_read_as_instants(default, evaluate):
    facts = {"complaint": {"opened_at": "2026-11-27T09:40:00+00:00"}}  # 17:40 in Shanghai
    result = result_of(evaluate(default, facts, at(2026, 11, 28, 19)))
    assert result["milestones"]["complaint_solution"]["due_at"] == "2026-11-28T17:40:00+08:00"
    assert result["milestones"]["complaint_follow_up"]["due_on"] == "2026-11-30"


def test_follow_up_counts_calendar_days_from_the_local_day(default, evaluate):
    # opened 00:05 on Friday: still due by the end of Monday
    facts = {"complaint": {"opened_at": "2026-11-27T00:05:00"}}
    follow_up = result_of(evaluate(default, facts, at(2026, 11, 27, 1)))["milestones"][
        "complaint_follow_up"]
    assert (follow_up["due_on"], follow_up["due_at"]) == ("2026-11-30", "2026-12-01T00:00:00+08:00")


# -- business-hours clocks and store settings --------------------------------------------------


def test_enquiry_clock_stops_outside_business_hours(default, evaluate):
    facts = {"enquiry": {"received_at": "2026-11-27T17:50:00", "channel": "wecom"}}
    saturday = result_of(evaluate(default, facts, at(2026, 11, 28, 12)))["milestones"][
        "enquiry_response"]
    assert (saturday["due_at"], saturday["status"], saturday["remaining_minutes"]) == (
        "2026-11-30T08:35:00+08:00", "on_track", 5)
    # 80 % of 15 business minutes is 12: Monday 08:32
    assert saturday["at_risk_from"] == "2026-11-30T08:32:00+08:00"
    monday = result_of(evaluate(default, facts, at(2026, 11, 30, 8, 45)))
    assert (monday["milestones"]["enquiry_response"]["status"],
            monday["milestones"]["enquiry_response"]["overdue_minutes"]) == ("breached", 10)
    assert [e["to"] for e in monday["escalations"]] == ["service_manager"]
    # 25 business minutes taken by 08:45; over twice the 15 from 08:50 on
    later = result_of(evaluate(default, facts, at(2026, 11, 30, 8, 51)))
    assert [(e["to"], e["since"]) for e in later["escalations"]] == [
        ("service_manager", "2026-11-30T08:35:00+08:00"),
        ("store_general_manager", "2026-11-30T08:50:00+08:00")]


def test_breach_just_before_closing_counts_business_minutes_overdue(default, evaluate):
    facts = {"enquiry": {"received_at": "2026-11-27T17:45:00", "channel": "wecom"}}
    result = result_of(evaluate(default, facts, at(2026, 11, 27, 19)))
    enquiry = result["milestones"]["enquiry_response"]
    # due at closing 18:00; the store has been closed since: breached, 0 business minutes
    assert (enquiry["due_at"], enquiry["status"], enquiry["overdue_minutes"]) == (
        "2026-11-27T18:00:00+08:00", "breached", 0)
    assert [e["to"] for e in result["escalations"]] == ["service_manager"]


STORES = """\
stores:
  sh_pudong: {open_weekends: true}
  bj_chaoyang:
    closes: "19:00"
    closed_dates: [2026-11-30]
  gz_tianhe:
    special_hours:
      - {date: 2026-10-03, opens: "10:00", closes: "16:00"}
"""


@pytest.mark.parametrize("store, received, due", [
    ("sh_pudong", "2026-11-27T17:50:00", "2026-11-28T08:35:00+08:00"),   # opens Saturday
    ("sh_pudong", "2026-10-02T17:50:00", "2026-10-08T08:45:00+08:00"),   # not on holidays
    ("bj_chaoyang", "2026-11-27T17:50:00", "2026-11-27T18:05:00+08:00"),  # closes at 19:00
    ("bj_chaoyang", "2026-11-27T18:55:00", "2026-12-01T08:40:00+08:00"),  # closed on Monday
    ("gz_tianhe", "2026-09-30T17:50:00", "2026-10-03T10:05:00+08:00"),   # opens on a holiday
    ("unknown", "2026-11-27T17:50:00", "2026-11-30T08:35:00+08:00"),      # group hours
    (None, "2026-11-27T17:50:00", "2026-11-30T08:35:00+08:00"),
])
def test_per_store_opening_hours(compile_sla, evaluate, store, received, due):
    ruleset = compile_sla(group(settings=STORES))
    facts = {"store_id": store, "enquiry": {"received_at": received, "channel": "online_chat"}}
    enquiry = result_of(evaluate(ruleset, facts, at(2026, 12, 1, 12)))["milestones"][
        "enquiry_response"]
    assert enquiry["due_at"] == due


def test_a_store_inherits_the_group_hours_it_does_not_set(compile_sla):
    ruleset = compile_sla(group(settings="""\
        business_hours: {opens: "09:00", closes: "17:30"}
        stores: {sh_pudong: {open_weekends: true}}
        """))
    hours = ruleset.settings.hours_for("sh_pudong")
    assert (hours.opens, hours.closes, hours.open_weekends) == (dt.time(9), dt.time(17, 30), True)
    assert ruleset.settings.hours_for("elsewhere").open_weekends is False


def test_store_calendars_are_built_once_per_ruleset(compile_sla):
    settings = compile_sla(group(settings=STORES)).settings
    first = settings.calendar("sh_pudong", "Asia/Shanghai")
    assert settings.calendar("sh_pudong", "Asia/Shanghai") is first
    assert first.open_weekends


def test_quick_diagnosis_skips_the_national_day_holiday(default, evaluate):
    facts = {"reception": {"received_at": "2026-09-30T17:45:00"}}
    diagnosis = result_of(evaluate(default, facts, at(2026, 10, 5, 12)))["milestones"][
        "quick_diagnosis"]
    assert (diagnosis["due_at"], diagnosis["status"], diagnosis["remaining_minutes"]) == (
        "2026-10-08T08:45:00+08:00", "on_track", 15)


@pytest.mark.parametrize("settings, message", [
    ('business_hours: {opens: 830}', "HH:MM"),
    ('business_hours: {opens: "18:00", closes: "08:30"}', "opening"),
    ("stores: {x: {closed_dates: [2026-12-01], extra_working_dates: [2026-12-01]}}",
     "more than once"),
    ("national_calendar: {holidays: [2027-01-01]}", "years"),
    ("national_calendar: {years: [2027], holidays: [2027-01-02],"
     " make_up_working_days: [2027-01-02]}", "2027-01-02"),
    ("store_hours: {}", "store_hours"),
])
def test_bad_settings_fail_the_load_with_their_line(compile_sla, settings, message):
    with pytest.raises(RulesetError) as caught:
        compile_sla(group(settings=settings))
    text = caught.value.render("en")
    assert message in text and "group.yaml" in text and ":6" in text  # settings start at line 6


# -- years the holiday library does not cover ---------------------------------------------------


def test_uncovered_year_counts_weekdays_and_warns(default, evaluate):
    last = LIBRARY_YEARS[1]
    facts = {"enquiry": {"received_at": f"{last}-12-31T17:55:00", "channel": "wecom"}}
    result = result_of(evaluate(default, facts, dt.datetime(last, 12, 31, 18, 30, tzinfo=SHANGHAI)))
    enquiry = result["milestones"]["enquiry_response"]
    first_weekday = dt.date(FIRST_UNCOVERED, 1, 1)
    while first_weekday.weekday() >= 5:
        first_weekday += dt.timedelta(days=1)
    assert enquiry["due_at"] == f"{first_weekday.isoformat()}T08:40:00+08:00"
    assert (enquiry["calendar_covered"], enquiry["status"]) == (False, "on_track")
    [warning] = result["warnings"]
    assert (warning["code"], warning["year"], warning["milestone"]) == (
        "calendar_not_covered", FIRST_UNCOVERED, "enquiry_response")
    assert "national_calendar" in warning["message"]


def test_breach_in_an_uncovered_year_escalates_provisionally(default, evaluate):
    facts = {"enquiry": {"received_at": "2026-12-31T17:55:00", "channel": "wecom"}}
    result = result_of(evaluate(default, facts, at(2027, 1, 1, 8, 50)))
    assert result["milestones"]["enquiry_response"]["status"] == "breached"
    assert [(e["to"], e["provisional"]) for e in result["escalations"]] == [
        ("service_manager", True)]
    assert [w["year"] for w in result["warnings"]] == [2027]


def test_an_uncovered_year_that_cannot_matter_is_not_asked(default, evaluate):
    # due on 31 December; the general-manager threshold would lie in 2027 but the time
    # taken ends before it, so no question about 2027 and no warning
    facts = {"enquiry": {"received_at": "2026-12-31T17:40:00", "channel": "wecom"}}
    result = result_of(evaluate(default, facts, at(2026, 12, 31, 17, 58)))
    assert result["milestones"]["enquiry_response"]["status"] == "breached"
    assert [(e["to"], e["provisional"]) for e in result["escalations"]] == [
        ("service_manager", False)]
    assert result["warnings"] == []


def test_wall_clock_deadlines_never_need_the_holiday_library(default, evaluate):
    facts = {"complaint": {"opened_at": "2026-12-31T20:00:00"}}
    result = result_of(evaluate(default, facts, at(2027, 1, 3, 12)))
    assert result["milestones"]["complaint_follow_up"]["due_at"] == "2027-01-04T00:00:00+08:00"
    assert result["warnings"] == []
    assert all(m["calendar_covered"] for m in result["milestones"].values())


def test_operator_transcribed_year_is_exact_again(compile_sla, evaluate):
    # a hypothetical notice: 1 January closed; the year named, so the list is complete
    ruleset = compile_sla(group(settings="""\
        national_calendar: {years: [2027], holidays: [2027-01-01]}
        """))
    facts = {"enquiry": {"received_at": "2026-12-31T17:55:00", "channel": "wecom"}}
    result = result_of(evaluate(ruleset, facts, at(2026, 12, 31, 18, 30)))
    enquiry = result["milestones"]["enquiry_response"]
    assert (enquiry["due_at"], enquiry["calendar_covered"]) == ("2027-01-04T08:40:00+08:00", True)
    assert result["warnings"] == []


# -- a dealer group changes the numbers in YAML -------------------------------------------------


def test_group_changes_the_15_minutes_and_the_ladder_in_yaml(compile_sla, evaluate):
    ruleset = compile_sla(group(rules="""\
        - id: enquiry_response_15min
          title: 售前咨询10分钟内响应
          priority: 100
          when: enquiry.channel in ["wecom", "online_chat", "phone"]
          then:
            - set_deadline: {milestone: enquiry_response, label: 售前咨询10分钟内响应,
                             clock: business_hours, minutes: 10, at_risk_percent: 50}
        - id: double_breach_escalates_to_general_manager
          title: 超时1.5倍升级门店总经理
          priority: 50
          when: exists(enquiry.received_at)
          then:
            - escalate: {to: store_general_manager, label: 门店总经理,
                         beyond_target_factor: 1.5, milestones: [enquiry_response]}
        """))
    facts = {"enquiry": {"received_at": "2026-11-27T10:00:00", "channel": "phone"}}
    result = result_of(evaluate(ruleset, facts, at(2026, 11, 27, 10, 16)))
    enquiry = result["milestones"]["enquiry_response"]
    assert (enquiry["due_at"], enquiry["at_risk_from"], enquiry["label"]) == (
        "2026-11-27T10:10:00+08:00", "2026-11-27T10:05:00+08:00", "售前咨询10分钟内响应")
    assert [(e["to"], e["since"]) for e in result["escalations"]] == [
        ("service_manager", "2026-11-27T10:10:00+08:00"),
        ("store_general_manager", "2026-11-27T10:15:00+08:00")]


def test_ladder_step_limited_to_some_milestones(compile_sla, evaluate):
    ruleset = compile_sla(group(rules="""\
        - id: double_breach_escalates_to_general_manager
          title: 仅投诉方案超时两倍升级门店总经理
          priority: 50
          when: exists(complaint.opened_at)
          then:
            - escalate: {to: store_general_manager, label: 门店总经理,
                         beyond_target_factor: 2, milestones: [complaint_solution]}
        """))
    facts = {"complaint": {"opened_at": "2026-11-27T08:00:00"}}
    result = result_of(evaluate(ruleset, facts, at(2026, 11, 29, 12)))
    assert [(e["milestone"], e["to"]) for e in result["escalations"]] == [
        ("complaint_response", "service_manager"),
        ("complaint_solution", "service_manager"),
        ("complaint_solution", "store_general_manager")]


def test_follow_up_anchored_on_the_solution(compile_sla, evaluate):
    ruleset = compile_sla(group(rules="""\
        - id: complaint_follow_up_3days
          title: 方案提出后3天内回访确认
          priority: 100
          when: exists(complaint.opened_at)
          then:
            - set_deadline: {milestone: complaint_follow_up, label: 方案提出后3天内回访确认,
                             clock: calendar_days, days: 3, anchor: solution_proposed}
        """))
    pending = {"complaint": {"opened_at": "2026-11-27T17:40:00",
                             "first_response_at": "2026-11-27T18:00:00"}}
    waiting = result_of(evaluate(ruleset, pending, at(2026, 11, 28, 19)))
    follow_up = waiting["milestones"]["complaint_follow_up"]
    assert (follow_up["status"], follow_up["due_at"]) == ("not_started", None)
    assert [e["milestone"] for e in waiting["escalations"]] == ["complaint_solution"]
    solved = {"complaint": {**pending["complaint"], "solution_proposed_at": "2026-11-28T10:00:00"}}
    follow_up = result_of(evaluate(ruleset, solved, at(2026, 11, 28, 19)))["milestones"][
        "complaint_follow_up"]
    assert (follow_up["status"], follow_up["due_on"]) == ("on_track", "2026-12-01")


def test_first_applied_rule_sets_a_milestone(compile_sla, evaluate):
    ruleset = compile_sla(group(rules="""\
        - id: vip_complaint_response_30min
          title: 钻石会员投诉30分钟内响应
          priority: 200
          when: complaint.topic == "staff_attitude"
          then:
            - set_deadline: {milestone: complaint_response, label: 投诉30分钟内响应,
                             clock: wall_clock, minutes: 30}
        """))
    facts = {"complaint": {"opened_at": "2026-11-27T10:00:00", "topic": "staff_attitude"}}
    decision = evaluate(ruleset, facts, at(2026, 11, 27, 10, 5))
    response = result_of(decision)["milestones"]["complaint_response"]
    assert (response["due_at"], response["rule"]) == ("2026-11-27T10:30:00+08:00",
                                                      "vip_complaint_response_30min")
    assert {"vip_complaint_response_30min", "complaint_response_1h"} <= set(fired(decision))


@pytest.mark.parametrize("params, message", [
    ("{milestone: enquiry_response, label: x, clock: business_hours, days: 1}", "days go with"),
    ("{milestone: enquiry_response, label: x, clock: wall_clock, minutes: 5, hours: 1}",
     "exactly one"),
    ("{milestone: enquiry_response, label: x, clock: wall_clock, minute: 5}", "minute"),
    ("{milestone: enquiry_response, label: x, clock: wall_clock, minutes: 5,"
     " at_risk_percent: 100}", "at_risk_percent"),
    ("{milestone: complaint_solution, label: x, clock: wall_clock, hours: 24,"
     " anchor: solution_proposed}", "complaint_follow_up only"),
    ("{milestone: repair_done, label: x, clock: wall_clock, hours: 24}", "milestone"),
])
def test_bad_deadline_params_fail_the_load(compile_sla, params, message):
    with pytest.raises(RulesetError) as caught:
        compile_sla(group(rules=f"""\
            - id: extra_deadline
              title: 时限
              when: exists(enquiry.received_at)
              then:
                - set_deadline: {params}
            """))
    assert message in caught.value.render("en")


# -- workshop requirements ---------------------------------------------------------------------


def test_complex_repairs_come_from_the_group_settings(compile_sla, evaluate):
    ruleset = compile_sla(group(settings="complex_repairs: [hv_battery_repair]\n"))
    facts = {"repair": {"jobs": [
        {"code": "hv_battery_repair", "technician_grade": "senior"},
        {"code": "transmission_overhaul", "technician_grade": "junior"}]}}
    decision = evaluate(ruleset, facts, at(2026, 11, 27, 12))
    grades = [(r["job"], r["status"]) for r in result_of(decision)["requirements"]
              if r["code"] == "technician_grade"]
    # the group replaced the list: transmission overhaul is no longer complex here
    assert grades == [("hv_battery_repair", "met")]


def test_technician_not_yet_assigned_is_pending(default, evaluate):
    facts = {"repair": {"jobs": [{"code": "engine_overhaul"}]}}
    result = result_of(evaluate(default, facts, at(2026, 11, 27, 12)))
    assert [(r["code"], r["job"], r["step"], r["status"], r["missing"])
            for r in result["requirements"]] == [
        ("technician_grade", "engine_overhaul", None, "pending", ["technician_grade_senior"]),
        ("quality_check", "engine_overhaul", None, "pending", ["quality_check"])]


def test_no_jobs_no_requirements(default, evaluate):
    decision = evaluate(default, {"repair": {"jobs": []}}, at(2026, 11, 27, 12))
    assert result_of(decision)["requirements"] == []
    assert not {"repair_step_quality_checks", "complex_repair_senior_technician"} & set(
        fired(decision))


# -- commission ----------------------------------------------------------------------------------


@pytest.mark.parametrize("commission, withheld, payable", [
    ("1234.56", "246.91", "987.65"),   # 246.912 -> 246.91
    ("333.33", "66.67", "266.66"),     # 66.666 -> 66.67
    ("0.03", "0.01", "0.02"),          # 0.006 -> 0.01
    ("0.02", "0.00", "0.02"),          # 0.004 -> 0.00
    ("2.5", "0.50", "2.00"),
])
def test_low_nps_withholds_twenty_percent_to_the_fen(default, evaluate, commission, withheld,
                                                      payable):
    facts = {"order": {"order_id": "SO-1", "advisor_id": "A007", "nps": 0,
                       "commission": commission}}
    result = result_of(evaluate(default, facts, at(2026, 11, 27, 12)))
    assert (result["commission"]["withheld"], result["commission"]["payable"]) == (
        withheld, payable)
    assert Decimal(withheld) + Decimal(payable) == Decimal(commission)


@pytest.mark.parametrize("nps, fires", [(6, True), (7, False), (10, False), (None, False)])
def test_nps_threshold(default, evaluate, nps, fires):
    facts = {"order": {"order_id": "SO-1", "nps": nps, "commission": "100"}}
    decision = evaluate(default, facts, at(2026, 11, 27, 12))
    assert ("low_nps_withholds_commission" in fired(decision)) is fires
    assert (result_of(decision)["commission"] is not None) is fires


def test_deductions_together_never_exceed_the_commission(compile_sla, evaluate):
    ruleset = compile_sla(group(rules="""\
        - id: complaint_penalty
          title: 有效投诉扣减90%提成
          when: order.nps <= 3
          then:
            - withhold_commission: {code: valid_complaint, label: 有效投诉扣减90%提成, percent: 90}
        """))
    facts = {"order": {"order_id": "SO-1", "nps": 2, "commission": "500.00"}}
    commission = result_of(evaluate(ruleset, facts, at(2026, 11, 27, 12)))["commission"]
    assert [(line["code"], line["amount"]) for line in commission["lines"]] == [
        ("low_nps", "100.00"), ("valid_complaint", "450.00")]
    assert (commission["withheld"], commission["payable"]) == ("500.00", "0.00")


# -- derived facts and the service star ----------------------------------------------------------


def test_average_rating_is_truncated_not_rounded():
    facts = SlaFacts.model_validate({"advisor": {"advisor_id": "A1", "ratings": [5] * 159 + [4] * 41}})
    derive(facts, SlaSettings())
    # 959 / 200 = 4.795: truncated to 4.79, never rounded up to 4.80
    assert (facts.advisor.rating_count, facts.advisor.average_rating) == (200, Decimal("4.79"))
    empty = SlaFacts.model_validate({"advisor": {"advisor_id": "A1"}})
    derive(empty, SlaSettings())
    assert (empty.advisor.rating_count, empty.advisor.average_rating) == (0, None)


@pytest.mark.parametrize("ratings, star", [
    ([5] * 16 + [4] * 4, True),        # 20 ratings, 4.80
    ([5] * 19, False),                 # 5.00 but only 19 ratings
    ([5] * 159 + [4] * 41, False),     # 4.795
    ([5] * 160 + [4] * 40, True),      # 4.80 over 200
])
def test_service_star_threshold(default, evaluate, ratings, star):
    facts = {"advisor": {"advisor_id": "A007", "ratings": ratings}}
    decision = evaluate(default, facts, at(2026, 11, 30, 12))
    assert ("service_star_award" in fired(decision)) is star
    assert [a["code"] for a in result_of(decision)["awards"]] == (["service_star"] if star else [])


# -- facts the domain refuses -----------------------------------------------------------------------


@pytest.mark.parametrize("facts, path", [
    ({"order": {"order_id": "SO-1", "nps": 11, "commission": "1"}}, "order.nps"),
    ({"advisor": {"advisor_id": "A1", "ratings": [6]}}, "advisor.ratings"),
    ({"complaint": {"topic": "price"}}, "complaint.opened_at"),
    ({"enquiry": {"received_at": "2026-11-27T10:00:00", "chanel": "wecom"}}, "enquiry.chanel"),
])
def test_bad_facts_are_refused_with_their_path(default, evaluate, facts, path):
    with pytest.raises(FactsError) as caught:
        evaluate(default, facts, at(2026, 11, 27, 12))
    assert any(p["path"].startswith(path) for p in caught.value.problems)


def test_nothing_applies_to_empty_facts(default, evaluate):
    decision = evaluate(default, {}, at(2026, 11, 27, 12), explain=True)
    assert decision.fired == []
    result = result_of(decision)
    assert (result["milestones"], result["escalations"], result["entitlements"],
            result["requirements"], result["commission"], result["awards"],
            result["warnings"]) == ({}, [], [], [], None, [], [])
    assert {n.id for n in decision.not_fired} == {r.id for r in default.rules}


# -- the example facts of docs/domain-sla.md ------------------------------------------------------


@pytest.mark.parametrize("name, when, check", [
    ("sla-complaint-friday.json", at(2026, 11, 28, 19),
     lambda r: r["breached"] == ["complaint_solution"] and len(r["entitlements"]) == 2),
    ("sla-enquiry-friday-evening.json", at(2026, 11, 28, 12),
     lambda r: r["milestones"]["enquiry_response"]["status"] == "on_track"),
    ("sla-enquiry-new-year.json", at(2026, 12, 31, 18, 30),
     lambda r: [w["code"] for w in r["warnings"]] == ["calendar_not_covered"]),
    ("sla-reception-transmission.json", at(2026, 11, 27, 15),
     lambda r: [q["status"] for q in r["requirements"]]
     == ["met", "not_met", "met", "not_met", "pending", "pending"]),
    ("sla-order-low-nps.json", at(2026, 11, 28, 19),
     lambda r: r["commission"]["withheld"] == "246.91"),
    ("sla-advisor-service-star.json", at(2026, 11, 30, 12),
     lambda r: [a["code"] for a in r["awards"]] == ["service_star"]),
])
def test_example_facts_evaluate(default, evaluate, name, when, check):
    facts = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    assert check(result_of(evaluate(default, facts, when)))
