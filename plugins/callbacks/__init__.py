"""The callbacks domain: the customer callback cadence after delivery (policy digest,
section 4). First-month, quarterly and annual callbacks, moved off holidays and into the
calling window, stopped on opt-out, held while a complaint is open. docs/domain-callbacks.md
"""
from dealer_rules import Action, Domain, hookimpl

from . import actions
from .derive import derive
from .facts import CallbackFacts
from .finalise import finish
from .next_changes import next_changes as _next_changes
from .result import CallbackResult
from .settings import CallbackSettings
from .zh import ZH

DOMAIN = "callbacks"


@hookimpl
def register_domains(register):
    register(Domain(name=DOMAIN, title="Customer callbacks", title_zh="客户回访",
                    description="Which callbacks to make after delivery, when, and about what.",
                    facts=CallbackFacts, result=CallbackResult, settings=CallbackSettings,
                    translations={"zh": ZH}))


@hookimpl
def register_actions(register):
    for name, title, title_zh, params, apply in (
        ("schedule_callback", "Schedule a callback N days after delivery", "安排回访",
         actions.ScheduleCallbackParams, actions.schedule_callback),
        ("schedule_recurring_callbacks", "Schedule a callback every N days", "安排周期回访",
         actions.RecurringCallbackParams, actions.schedule_recurring_callbacks),
        ("schedule_anniversary_callbacks", "Schedule a callback on each delivery anniversary",
         "安排周年回访", actions.AnniversaryCallbackParams, actions.schedule_anniversary_callbacks),
        ("keep_to_calling_hours", "Call only inside the daily window", "限定致电时段",
         actions.CallingHoursParams, actions.keep_to_calling_hours),
        ("move_to_working_day", "Move calls off holidays to the next working day",
         "节假日顺延", actions.WorkingDayParams, actions.move_to_working_day),
        ("stop_callbacks", "Stop all further callbacks", "停止回访",
         actions.ReasonParams, actions.stop_callbacks),
        ("hold_callbacks", "Hold the callbacks ahead", "暂停回访",
         actions.ReasonParams, actions.hold_callbacks),
    ):
        register(Action(domain=DOMAIN, name=name, title=title, title_zh=title_zh,
                        description=" ".join((apply.__doc__ or "").split()),
                        params=params, apply=apply))


@hookimpl
def derive_facts(domain, facts, at, settings):
    if domain.name == DOMAIN:
        derive(facts, at, settings)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    if domain.name == DOMAIN:
        finish(result, facts, at, settings)


@hookimpl
def next_changes(domain, result, facts, at):
    if domain.name == DOMAIN:
        return _next_changes(result, facts, at)
