"""The callbacks domain through the real engine and the shipped default ruleset.

Holiday data used (chinesecalendar 1.11, State Council notice for 2026): Qingming closed
Sat 2026-04-04 .. Mon 2026-04-06; National Day closed Thu 2026-10-01 .. Wed 2026-10-07,
make-up working days Sun 2026-09-20 and Sat 2026-10-10. Tests about a year the library does
not cover use the first year after ``LIBRARY_YEARS``, so they keep passing after an upgrade.
"""
from __future__ import annotations

import datetime as dt
import json
import textwrap
import zoneinfo
from pathlib import Path

import pytest

from dealer_rules.core.evaluate import ActionError, FactsError
from dealer_rules.core.library import RulesetLibrary
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.testing import run_tests
from dealer_rules.plugins.callbacks.dates import add_months
from dealer_rules.plugins.common.business_calendar import LIBRARY_YEARS, BusinessCalendar

ROOT = Path(__file__).resolve().parents[2]
RULESETS = ROOT / "rulesets"
EXAMPLES = ROOT / "examples" / "facts"
SH = zoneinfo.ZoneInfo("Asia/Shanghai")
LAST_COVERED = LIBRARY_YEARS[1]
UNCOVERED = LAST_COVERED + 1


def at(*args, tz=SH) -> dt.datetime:
    return dt.datetime(*args, tzinfo=tz)


PLUGINS = ("dealer_rules.plugins.callbacks",)


@pytest.fixture
def rulesets(registry):
    """``rulesets()`` compiles the shipped default; ``rulesets(body)`` a group ``test``
    that extends it with the YAML ``body`` (settings, overridden or added rules)."""
    made = []

    def compile_(body: str | None = None):
        library = RulesetLibrary.from_paths([RULESETS])
        group = "default"
        if body is not None:
            head = "domain: callbacks\ngroup: test\ntitle: 测试集团\nextends: default\n"
            library.add(load_ruleset(head + textwrap.dedent(body), "test.yaml"))
            group = "test"
        compiled = library.compile(group, "callbacks", registry)
        made.append(compiled)
        return compiled

    yield compile_
    for compiled in made:
        compiled.close()


@pytest.fixture
def plan(rulesets, evaluator):
    """Evaluate facts against the default ruleset (or ``ruleset=``) and return the result."""
    def evaluate(facts: dict, when: dt.datetime, ruleset=None):
        return evaluator.evaluate(ruleset or rulesets(), facts, at=when, explain=True)
    return evaluate


def delivered(day: str, **extra) -> dict:
    facts = {"vehicle": {"delivered_on": day}}
    customer = extra.pop("customer", None)
    if customer:
        facts["customer"] = customer
    facts.update(extra)
    return facts


def ids(result) -> list[str]:
    return [c.id for c in result.callbacks]


def by_id(result, callback_id):
    return next(c for c in result.callbacks if c.id == callback_id)


# -- the shipped ruleset ---------------------------------------------------------------------

def test_the_shipped_ruleset_passes_its_own_cases(rulesets, evaluator):
    cases = run_tests(rulesets(), evaluator)
    assert cases and [(c.name, [f.render("en") for f in c.failures]) for c in cases
                      if not c.passed] == []


def test_every_rule_has_a_case_that_fires_it_and_one_that_does_not(rulesets):
    ruleset = rulesets()
    fired = {r for case in ruleset.resolved.tests for r in case.expect.fired}
    not_fired = {r for case in ruleset.resolved.tests for r in case.expect.not_fired}
    rule_ids = {r.id for r in ruleset.rules}
    assert rule_ids - fired == set() and rule_ids - not_fired == set()


# -- the README question: delivered 2026-09-28, the first two years ------------------------------

def test_two_years_after_a_2026_09_28_delivery(plan):
    decision = plan(delivered("2026-09-28"), at(2026, 9, 28, 16))
    result = decision.result
    assert [f.id for f in decision.fired] == [
        "first_month_callback", "quarterly_callbacks", "annual_callback",
        "move_off_holidays", "keep_to_calling_hours"]
    assert result.status == "active" and result.horizon_months == 24
    assert result.horizon_end == dt.date(2028, 9, 28)
    assert [(c.id, c.due_on.isoformat()) for c in result.callbacks] == [
        ("first_month_1", "2026-10-28"), ("quarterly_1", "2026-12-28"),
        ("quarterly_2", "2027-03-29"), ("quarterly_3", "2027-06-28"),
        ("annual_1", "2027-09-28"), ("quarterly_5", "2027-12-27"),
        ("quarterly_6", "2028-03-27"), ("quarterly_7", "2028-06-26"),
        ("annual_2", "2028-09-28")]
    first = result.callbacks[0]
    assert (first.purpose, first.purpose_label) == ("usage_questions", "首月回访：解答用车问题")
    assert [t.code for t in first.topics] == ["smart_system_operation", "fuel_economy"]
    assert [(c.id, c.season, [t.code for t in c.topics][-1]) for c in result.callbacks
            if c.kind == "quarterly"] == [
        ("quarterly_1", "winter", "tyre_check"),
        ("quarterly_2", "spring", "wiper_and_light_check"),
        ("quarterly_3", "summer", "air_conditioning_care"),
        ("quarterly_5", "winter", "tyre_check"),
        ("quarterly_6", "spring", "wiper_and_light_check"),
        ("quarterly_7", "summer", "air_conditioning_care")]
    annual = by_id(result, "annual_1")
    assert annual.offer.code == "maintenance_package" and annual.offer.label == "保养套餐"
    assert annual.after_sales_entry and annual.folded == ["quarterly_4"]
    assert [t.code for t in annual.topics] == ["vehicle_condition_review",
                                                "coolant_and_battery_check"]
    # every call at the default 10:00, inside the window; years the holiday library does not
    # cover are flagged, covered ones are not
    for c in result.callbacks:
        assert c.call_at.time() == dt.time(10) and c.call_at.date() == c.due_on
        assert c.calendar_not_covered == (c.due_on.year > LAST_COVERED)
        assert c.status == "scheduled" and c.moved == []
    assert result.calendar_not_covered_years == sorted(
        {y for y in (2027, 2028) if y > LAST_COVERED})
    assert result.next_callback.id == "first_month_1"


def test_the_example_facts_file_gives_the_same_plan(plan):
    facts = json.loads((EXAMPLES / "callbacks-delivered-2026-09-28.json").read_text("utf-8"))
    result = plan(facts, at(2026, 9, 28, 16)).result
    assert len(result.callbacks) == 9 and result.callbacks[-1].id == "annual_2"


def test_the_decision_serialises_without_the_private_planning_state(plan):
    decision = plan(delivered("2026-09-28"), at(2026, 9, 28, 16))
    text = decision.model_dump_json()
    data = json.loads(text)
    assert '"_' not in text         # no private planning state (_seasonal_tips...)
    assert data["result"]["callbacks"][0]["call_at"] == "2026-10-28T10:00:00+08:00"
    assert data["result"]["calling_window"] == {"start": "09:00", "end": "20:00"}
    # next_callback is a copy: changing it does not change the list
    decision.result.next_callback.status = "held"
    assert decision.result.callbacks[0].status == "scheduled"


def test_not_delivered_means_no_plan(plan):
    decision = plan({"customer": {"id": "C1"}}, at(2026, 9, 28, 10))
    result = decision.result
    assert decision.fired == [] and result.status == "none" and result.callbacks == []
    assert result.delivered_on is None and result.horizon_end is None


def test_a_delivery_after_the_evaluation_time_is_planned_ahead(plan):
    result = plan(delivered("2026-10-20"), at(2026, 10, 1, 10)).result
    assert result.next_callback.id == "first_month_1"
    assert result.next_callback.due_on == dt.date(2026, 11, 19)


# -- holidays, working days, the calling window ----------------------------------------------------

def test_a_holiday_callback_moves_to_the_next_working_day_keeping_its_time(plan):
    facts = delivered("2026-09-01", customer={"preferred_call_time": "15:30"}, horizon_months=1)
    first = plan(facts, at(2026, 9, 1, 10)).result.callbacks[0]
    assert first.due_on == dt.date(2026, 10, 1)            # National Day
    assert first.call_at == at(2026, 10, 8, 15, 30)
    assert first.moved == ["non_working_day"]


def test_a_weekend_callback_moves_to_monday(plan):
    # delivered Thu 2026-05-07: +30 days = Sat 2026-06-06
    first = plan(delivered("2026-05-07", horizon_months=1), at(2026, 5, 7, 10)).result.callbacks[0]
    assert first.due_on.weekday() == 5
    assert first.call_at == at(2026, 6, 8, 10) and first.moved == ["non_working_day"]


def test_a_make_up_working_saturday_is_a_calling_day(plan):
    # delivered 2026-09-10: +30 days = Sat 2026-10-10, a make-up working day (调休)
    first = plan(delivered("2026-09-10", horizon_months=1), at(2026, 9, 10, 10)).result.callbacks[0]
    assert first.due_on == dt.date(2026, 10, 10) and first.due_on.weekday() == 5
    assert first.call_at == at(2026, 10, 10, 10) and first.moved == []


@pytest.mark.parametrize("preferred, call_at, moved", [
    ("08:59", at(2026, 11, 13, 9), ["outside_window"]),
    ("09:00", at(2026, 11, 13, 9), []),
    ("19:59", at(2026, 11, 13, 19, 59), []),
    ("20:00", at(2026, 11, 16, 9), ["outside_window"]),   # 20:00 is outside; Friday -> Monday
    ("00:00", at(2026, 11, 13, 9), ["outside_window"]),
])
def test_the_calling_window_is_0900_to_2000_end_excluded(plan, preferred, call_at, moved):
    # delivered Wed 2026-10-14: +30 days = Fri 2026-11-13
    facts = delivered("2026-10-14", customer={"preferred_call_time": preferred}, horizon_months=1)
    first = plan(facts, at(2026, 10, 14, 10)).result.callbacks[0]
    assert (first.call_at, first.moved) == (call_at, moved)


def test_a_late_call_before_a_holiday_waits_for_the_next_working_day(plan):
    # delivered 2026-08-31: +30 days = Wed 2026-09-30, 20:30 -> after National Day
    facts = delivered("2026-08-31", customer={"preferred_call_time": "20:30"}, horizon_months=1)
    first = plan(facts, at(2026, 8, 31, 10)).result.callbacks[0]
    assert first.call_at == at(2026, 10, 8, 9) and first.moved == ["outside_window"]


def test_the_season_is_that_of_the_day_the_call_is_made(plan):
    # quarterly_1 due Mon 2026-04-06 (Qingming) is made on Tue 2026-04-07: spring either way;
    # quarterly_3 due Mon 2026-10-05 (National Day) is made on Thu 2026-10-08
    result = plan(delivered("2026-01-05", horizon_months=10), at(2026, 1, 5, 10)).result
    q1, q3 = by_id(result, "quarterly_1"), by_id(result, "quarterly_3")
    assert q1.call_at == at(2026, 4, 7, 10) and q1.season == "spring"
    assert q3.call_at == at(2026, 10, 8, 10) and q3.season == "autumn"


def test_a_move_across_a_season_boundary_takes_the_new_seasons_tip(plan, rulesets):
    # a group whose autumn starts in October: quarterly_3 is due on 30 September (summer)
    # at 20:30 and is made on 8 October (autumn), so it gets the autumn tip
    ruleset = rulesets("""
        settings:
          seasons: {spring: [3, 4, 5], summer: [6, 7, 8, 9], autumn: [10, 11], winter: [12, 1, 2]}
        """)
    facts = delivered("2025-12-31", customer={"preferred_call_time": "20:30"}, horizon_months=9)
    q3 = by_id(plan(facts, at(2025, 12, 31, 10), ruleset).result, "quarterly_3")
    assert q3.due_on == dt.date(2026, 9, 30)
    assert q3.call_at == at(2026, 10, 8, 9)
    assert q3.season == "autumn" and q3.topics[-1].code == "coolant_and_battery_check"


# -- years the holiday library does not cover ---------------------------------------------------------

def test_an_uncovered_year_keeps_the_date_applies_the_clock_window_and_flags_it(plan):
    start = dt.date(UNCOVERED, 3, 1)
    saturday = start + dt.timedelta(days=(5 - start.weekday()) % 7)
    delivery = saturday - dt.timedelta(days=30)
    facts = delivered(delivery.isoformat(), customer={"preferred_call_time": "07:45"},
                      horizon_months=2)
    result = plan(facts, at(delivery.year, delivery.month, delivery.day, 10)).result
    first = result.callbacks[0]
    assert first.due_on == saturday
    # not moved off the Saturday (whether it is a make-up working day is unknown), but the
    # calling window still applies
    assert first.call_at == at(saturday.year, saturday.month, saturday.day, 9)
    assert first.moved == ["outside_window"] and first.calendar_not_covered
    assert result.calendar_not_covered_years == [UNCOVERED]
    assert result.status == "active" and result.next_callback.id == "first_month_1"


def test_a_late_call_on_the_last_covered_day_moves_into_the_uncovered_year_flagged(plan):
    due = dt.date(LAST_COVERED, 12, 31)
    delivery = due - dt.timedelta(days=30)
    facts = delivered(delivery.isoformat(), customer={"preferred_call_time": "20:30"},
                      horizon_months=1)
    first = plan(facts, at(delivery.year, delivery.month, delivery.day, 10)).result.callbacks[0]
    assert first.due_on == due
    assert first.call_at == at(UNCOVERED, 1, 1, 9)
    assert first.calendar_not_covered and first.moved == ["outside_window"]


def test_an_operator_can_supply_an_uncovered_year_in_the_settings(plan, rulesets):
    new_year = dt.date(UNCOVERED, 1, 1)
    ruleset = rulesets(f"""
        settings:
          national_calendar:
            operator_years: [{UNCOVERED}]
            extra_closed_dates: [{new_year.isoformat()}]
        """)
    delivery = new_year - dt.timedelta(days=30)
    facts = delivered(delivery.isoformat(), horizon_months=1)
    result = plan(facts, at(delivery.year, delivery.month, delivery.day, 10), ruleset).result
    first = result.callbacks[0]
    expected = BusinessCalendar(operator_years={UNCOVERED}, extra_closed_dates={new_year}) \
        .next_working_day(new_year)
    assert first.due_on == new_year and first.call_at == at(*expected.timetuple()[:3], 10)
    assert first.moved == ["non_working_day"] and not first.calendar_not_covered
    assert result.calendar_not_covered_years == []
    # the other settings still come from the default group
    assert result.horizon_months == 1 and first.call_at.time() == dt.time(10)


# -- horizon, anniversaries, folding ------------------------------------------------------------------

def test_the_horizon_fact_overrides_the_setting_and_its_last_day_is_included(plan):
    result = plan(delivered("2026-09-28", horizon_months=12), at(2026, 9, 28, 10)).result
    assert result.horizon_end == dt.date(2027, 9, 28)
    assert ids(result)[-1] == "annual_1"
    result = plan(delivered("2026-09-28", horizon_months=2), at(2026, 9, 28, 10)).result
    assert ids(result) == ["first_month_1"]      # quarterly_1 is due on day 91, after 2 months


def test_a_groups_horizon_setting_is_used_when_the_fact_is_absent(plan, rulesets):
    ruleset = rulesets("settings: {horizon_months: 36}\n")
    result = plan(delivered("2026-09-28"), at(2026, 9, 28, 10), ruleset).result
    assert result.horizon_months == 36 and result.horizon_end == dt.date(2029, 9, 28)
    assert [c.id for c in result.callbacks if c.kind == "annual"] == ["annual_1", "annual_2",
                                                                       "annual_3"]


def test_a_29_february_delivery_has_its_anniversary_on_28_february(plan):
    result = plan(delivered("2024-02-29"), at(2024, 2, 29, 10)).result
    annual = [c for c in result.callbacks if c.kind == "annual"]
    assert [c.due_on for c in annual] == [dt.date(2025, 2, 28), dt.date(2026, 2, 28)]
    # Sat 2026-02-28 is a make-up working day: the call is made that day
    assert annual[1].call_at == at(2026, 2, 28, 10)


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2024, 2, 29), 48, dt.date(2028, 2, 29)),
    (dt.date(2026, 9, 28), 24, dt.date(2028, 9, 28)),
    (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
])
def test_add_months_clamps_to_the_end_of_a_short_month(day, months, expected):
    assert add_months(day, months) == expected


def test_folding_can_be_turned_off_per_group(plan, rulesets):
    ruleset = rulesets("""
        rules:
          - id: annual_callback
            title: 周年回访（不合并）
            when: exists(vehicle.delivered_on)
            then:
              - schedule_anniversary_callbacks:
                  kind: annual
                  purpose: maintenance_package
                  purpose_label: 周年回访：推荐保养套餐
                  offer: {code: maintenance_package, label: 保养套餐}
                  fold_within_days: 0
        """)
    result = plan(delivered("2026-09-28", horizon_months=12), at(2026, 9, 28, 10), ruleset).result
    assert ids(result)[-2:] == ["quarterly_4", "annual_1"]
    assert by_id(result, "annual_1").folded == [] and by_id(result, "annual_1").season is None


def test_a_quarterly_callback_just_after_the_anniversary_is_folded_too(plan, rulesets):
    # every 92 days: the 4th is due on day 368, three days after the anniversary
    ruleset = rulesets("""
        rules:
          - id: quarterly_callbacks
            title: 每92天回访
            when: exists(vehicle.delivered_on)
            then:
              - schedule_recurring_callbacks:
                  kind: quarterly
                  every_days: 92
                  purpose: seasonal_tip
                  purpose_label: 季度回访
                  seasonal_tips:
                    summer: {code: air_conditioning_care, label: 空调保养}
        """)
    result = plan(delivered("2026-06-01", horizon_months=13), at(2026, 6, 1, 10), ruleset).result
    annual = by_id(result, "annual_1")
    assert annual.due_on == dt.date(2027, 6, 1) and annual.folded == ["quarterly_4"]
    assert [t.code for t in annual.topics] == ["vehicle_condition_review",
                                                "air_conditioning_care"]
    assert "quarterly_4" not in ids(result)


# -- opt-out and complaints ------------------------------------------------------------------------------

def test_opting_out_cancels_every_callback_from_that_day(plan):
    facts = delivered("2026-09-28", customer={"opted_out": True})
    decision = plan(facts, at(2026, 12, 1, 10))
    result = decision.result
    assert "stop_on_opt_out" in [f.id for f in decision.fired]
    assert result.status == "stopped" and result.stopped.from_date == dt.date(2026, 12, 1)
    assert ids(result) == ["first_month_1"]          # made before the opt-out
    assert result.stopped.cancelled == 8 and result.next_callback is None


def test_an_opt_out_date_ahead_keeps_the_calls_before_it(plan):
    facts = delivered("2026-09-28", customer={"opted_out": True, "opted_out_on": "2027-01-01"})
    result = plan(facts, at(2026, 12, 1, 10)).result
    assert ids(result) == ["first_month_1", "quarterly_1"]
    assert result.status == "stopped" and result.next_callback.id == "quarterly_1"


def test_an_open_complaint_holds_the_callbacks_ahead(plan):
    complaints = [
        {"id": "A", "opened_at": "2026-11-20T15:00:00", "closed_at": "2026-11-22T09:00:00"},
        {"id": "B", "opened_at": "2026-11-24T11:00:00"},
        {"id": "C", "opened_at": "2026-11-25T09:30:00"},
    ]
    facts = delivered("2026-09-28", customer={"complaints": complaints})
    decision = plan(facts, at(2026, 11, 27, 10))
    result = decision.result
    assert "hold_while_complaint_open" in [f.id for f in decision.fired]
    assert result.status == "held" and result.next_callback is None
    assert result.held.since == at(2026, 11, 24, 11)   # the earliest complaint still open
    assert result.held.label == "投诉处理中，暂停常规回访"
    assert [c.status for c in result.callbacks] == ["scheduled"] + ["held"] * 8
    assert result.held.callbacks_held == 8
    # held callbacks keep their planned time, for when the complaint is closed
    assert by_id(result, "quarterly_1").call_at == at(2026, 12, 28, 10)


@pytest.mark.parametrize("complaint, held", [
    ({"opened_at": "2026-11-27T09:59:59"}, True),
    ({"opened_at": "2026-11-27T10:00:00"}, True),                       # opened this instant
    ({"opened_at": "2026-11-27T10:00:01"}, False),                      # not made yet
    ({"opened_at": "2026-11-20T10:00:00", "closed_at": "2026-11-27T10:00:00"}, False),
    ({"opened_at": "2026-11-20T10:00:00", "closed_at": "2026-11-27T10:00:01"}, True),
])
def test_a_complaint_is_open_from_when_it_is_made_until_it_is_closed(plan, complaint, held):
    facts = delivered("2026-09-28", customer={"complaints": [complaint]})
    result = plan(facts, at(2026, 11, 27, 10)).result
    assert (result.status == "held") is held


def test_opting_out_wins_over_a_hold(plan):
    facts = delivered("2026-09-28", customer={
        "opted_out": True, "complaints": [{"opened_at": "2026-11-20T10:00:00"}]})
    result = plan(facts, at(2026, 11, 27, 10)).result
    assert result.status == "stopped" and result.held.callbacks_held == 0
    assert ids(result) == ["first_month_1"]


# -- derived facts, settings, parameters ------------------------------------------------------------------

def test_rules_can_test_the_derived_facts(plan, rulesets):
    ruleset = rulesets("""
        rules:
          - id: new_owner_window
            title: 新车主白天致电
            priority: 10
            when: vehicle.days_since_delivery < 100 and horizon_end >= date("2028-09-28")
            then:
              - keep_to_calling_hours: {start: "10:00", end: "18:00"}
          - id: complaint_count
            title: 多次投诉
            when: customer.open_complaints >= 2
            then:
              - hold_callbacks: {reason: repeated_complaints, label: 多次投诉}
        """)
    complaints = [{"opened_at": "2026-11-20T10:00:00"}, {"opened_at": "2026-11-21T10:00:00"}]
    facts = delivered("2026-09-28", customer={"preferred_call_time": "09:15",
                                              "complaints": complaints})
    decision = plan(facts, at(2026, 11, 27, 10), ruleset)
    fired = [f.id for f in decision.fired]
    assert fired[0] == "new_owner_window" and "complaint_count" in fired
    # the higher-priority window applies first and wins over the default 09:00-20:00
    assert decision.result.calling_window.start == dt.time(10)
    assert by_id(decision.result, "quarterly_1").call_at == at(2026, 12, 28, 10)
    decision = plan(facts, at(2027, 1, 6, 10), ruleset)    # day 100
    assert "new_owner_window" not in [f.id for f in decision.fired]
    assert decision.result.calling_window.start == dt.time(9)


def test_the_order_rules_fire_in_does_not_change_the_plan(plan, rulesets):
    reordered = rulesets("""
        rules:
          - id: keep_to_calling_hours
            title: 窗口优先
            priority: 100
            when: exists(vehicle.delivered_on)
            then:
              - keep_to_calling_hours: {start: "09:00", end: "20:00"}
          - id: annual_callback
            title: 周年优先
            priority: 90
            when: exists(vehicle.delivered_on)
            then:
              - schedule_anniversary_callbacks:
                  kind: annual
                  purpose: maintenance_package
                  purpose_label: 周年回访：推荐保养套餐
                  topics: [{code: vehicle_condition_review, label: 一年用车情况回顾}]
                  offer: {code: maintenance_package, label: 保养套餐}
                  after_sales_entry: true
        """)
    facts = delivered("2026-09-01", customer={"preferred_call_time": "21:00"})
    a = plan(facts, at(2026, 9, 1, 10)).result
    b = plan(facts, at(2026, 9, 1, 10), reordered).result
    assert a.model_dump() == b.model_dump()


@pytest.mark.parametrize("settings, message", [
    ("seasons: {spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1]}",
     "months [2] are in no season"),
    ("seasons: {spring: [3, 4, 5, 6], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2]}",
     "month 6 is in both spring and summer"),
    ("call_time: 600", "expected a local time as 'HH:MM'"),
    ("call_time: '9am'", "expected a local time as 'HH:MM'"),
    ("horizon_months: 0", "horizon_months"),
    ("national_calendar: {extra_closed_dates: [2027-01-04], extra_working_dates: [2027-01-04]}",
     "dates both closed and working: 2027-01-04"),
    ("horizn_months: 12", "horizn_months"),
])
def test_bad_settings_are_reported_at_their_line(rulesets, settings, message):
    with pytest.raises(RulesetError) as info:
        rulesets(f"settings:\n  {settings}\n")
    problem = info.value.problems[0]
    assert problem.source == "test.yaml" and problem.line == 6
    assert message in info.value.render("en")


@pytest.mark.parametrize("params, message", [
    ("keep_to_calling_hours: {start: '20:00', end: '09:00'}", "must come before end"),
    ("schedule_callback: {kind: x, after_days: -1, purpose: p, purpose_label: 标签}",
     "after_days"),
    ("schedule_recurring_callbacks: {kind: x, every_days: 0, purpose: p, purpose_label: 标签}",
     "every_days"),
    ("stop_callbacks: {reason: Opted Out, label: 停}", "reason"),
])
def test_bad_action_parameters_are_reported_when_the_ruleset_loads(rulesets, params, message):
    with pytest.raises(RulesetError) as info:
        rulesets(f"""
            rules:
              - id: extra
                title: 额外
                when: exists(vehicle.delivered_on)
                then:
                  - {params}
            """)
    assert message in info.value.render("en") and info.value.problems[0].rule == "extra"


def test_a_seasonal_tip_for_a_season_the_group_does_not_have_fails_naming_the_rule(plan, rulesets):
    ruleset = rulesets("""
        rules:
          - id: quarterly_callbacks
            title: 季度回访
            when: exists(vehicle.delivered_on)
            then:
              - schedule_recurring_callbacks:
                  kind: quarterly
                  every_days: 91
                  purpose: seasonal_tip
                  purpose_label: 季度回访
                  seasonal_tips:
                    summmer: {code: air_conditioning_care, label: 空调保养}
        """)
    with pytest.raises(ActionError) as info:
        plan(delivered("2026-09-28"), at(2026, 9, 28, 10), ruleset)
    assert info.value.rule == "quarterly_callbacks" and "summmer" in str(info.value.cause)


@pytest.mark.parametrize("facts, path", [
    ({"customer": {"preferred_call_time": "24:00"}}, "customer.preferred_call_time"),
    ({"horizon_months": 0}, "horizon_months"),
    ({"vehicle": {"delivered_on": "2026-02-30"}}, "vehicle.delivered_on"),
    ({"customer": {"complaints": [{"id": "X"}]}}, "customer.complaints[0].opened_at"),
])
def test_bad_facts_name_the_field(plan, facts, path):
    with pytest.raises(FactsError) as info:
        plan(facts, at(2026, 9, 28, 10))
    assert [p["path"] for p in info.value.problems] == [path]


def test_calls_are_placed_in_the_groups_time_zone(plan, rulesets):
    ruleset = rulesets("timezone: Asia/Urumqi\n")
    result = plan(delivered("2026-09-01", customer={"preferred_call_time": "21:00"},
                            horizon_months=1), at(2026, 9, 1, 10), ruleset).result
    urumqi = zoneinfo.ZoneInfo("Asia/Urumqi")
    # due Thu 2026-10-01 (National Day) at 21:00 Urumqi time -> Thu 2026-10-08 09:00 there:
    # the first allowed slot after the holiday, not 21:00 on the 8th moved again
    assert result.callbacks[0].call_at == dt.datetime(2026, 10, 8, 9, tzinfo=urumqi)
    assert result.callbacks[0].moved == ["non_working_day", "outside_window"]


def test_a_group_that_disables_the_calendar_rules_calls_on_the_due_date_at_any_time(plan,
                                                                                    rulesets):
    ruleset = rulesets("disable: [move_off_holidays, keep_to_calling_hours]\n")
    facts = delivered("2026-09-01", customer={"preferred_call_time": "21:30"}, horizon_months=1)
    result = plan(facts, at(2026, 9, 1, 10), ruleset).result
    first = result.callbacks[0]
    assert first.call_at == at(2026, 10, 1, 21, 30) and first.moved == []
    assert result.calling_window is None and not result.working_days_only
