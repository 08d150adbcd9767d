"""The actions callback rules take, with their parameter models.

The scheduling actions add callbacks by their cadence date (``due_on``) within the
horizon; where and when each call is finally made, its seasonal tip, a stop or a hold are
settled in finalise.py once every rule has fired, so the order the rules fire in does not
matter. Labels (Chinese) and cadence numbers come from the ruleset, never from here.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dealer_rules import Action

from .dates import add_months
from .derive import is_open
from .result import Callback, CallbackResult, CallingWindow, Hold, Offer, Stop, Topic
from .settings import ClockTime

CODE = r"^[a-z][a-z0-9_]{0,39}$"


class CallbackParams(BaseModel):
    """What every scheduled callback carries."""
    model_config = ConfigDict(extra="forbid")

    kind: str = Field(pattern=CODE, description="Kind code, e.g. first_month; ids are "
                                                "kind_number.")
    purpose: str = Field(pattern=CODE, description="Purpose code, e.g. usage_questions.")
    purpose_label: str = Field(min_length=1, description="Purpose for the advisor (Chinese).")
    topics: list[Topic] = Field(default_factory=list, description="What to talk about.")
    offer: Optional[Offer] = Field(None, description="What to recommend.")
    after_sales_entry: bool = Field(False, description="The call opens an after-sales lead.")


class ScheduleCallbackParams(CallbackParams):
    after_days: int = Field(ge=0, le=3660, description="Days after delivery, days.")


class RecurringCallbackParams(CallbackParams):
    every_days: int = Field(ge=1, le=3660, description="Days between callbacks, counted "
                                                       "from delivery, days.")
    seasonal_tips: dict[str, Topic] = Field(
        default_factory=dict, description="Season -> tip added to the call's topics, chosen "
                                          "by the season of the day the call is made.")


class AnniversaryCallbackParams(CallbackParams):
    fold_within_days: int = Field(
        7, ge=0, le=60,
        description="A recurring callback due within this many days of the anniversary is "
                    "made in the anniversary call instead, days (0: never).")


class CallingHoursParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: ClockTime = Field(description="First allowed local time, 'HH:MM'.")
    end: ClockTime = Field(description="End of the window (excluded), local time, 'HH:MM'.")

    @model_validator(mode="after")
    def _order(self):
        if not self.start < self.end:
            raise ValueError(f"start {self.start:%H:%M} must come before end {self.end:%H:%M}")
        return self


class WorkingDayParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReasonParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(pattern=CODE, description="Reason code, e.g. opted_out.")
    label: str = Field(min_length=1, description="Reason for the advisor (Chinese).")


# -- scheduling -------------------------------------------------------------------------------

def schedule_callback(result: CallbackResult, params: ScheduleCallbackParams, context) -> None:
    """One callback ``after_days`` after delivery (the first-month callback)."""
    delivered, end = context.facts.vehicle.delivered_on, context.facts.horizon_end
    if delivered is None:
        return
    due = delivered + dt.timedelta(days=params.after_days)
    if due <= end:
        _add(result, params, due, context)


def schedule_recurring_callbacks(result: CallbackResult, params: RecurringCallbackParams,
                                 context) -> None:
    """A callback every ``every_days`` days after delivery, to the end of the horizon
    (the quarterly callbacks), each with the tip of its season."""
    unknown = sorted(set(params.seasonal_tips) - set(context.settings.seasons))
    if unknown:
        raise ValueError(f"seasonal_tips names {unknown}, which are not seasons in the "
                         f"group's settings ({', '.join(context.settings.seasons)})")
    delivered, end = context.facts.vehicle.delivered_on, context.facts.horizon_end
    if delivered is None:
        return
    step = dt.timedelta(days=params.every_days)
    due = delivered + step
    while due <= end:
        callback = _add(result, params, due, context)
        callback._seasonal_tips = dict(params.seasonal_tips)
        callback._recurring = True
        due += step


def schedule_anniversary_callbacks(result: CallbackResult, params: AnniversaryCallbackParams,
                                   context) -> None:
    """A callback on each delivery anniversary within the horizon (the annual callback);
    29 February falls on 28 February in other years."""
    delivered, end = context.facts.vehicle.delivered_on, context.facts.horizon_end
    if delivered is None:
        return
    years = 1
    while (due := add_months(delivered, 12 * years)) <= end:
        callback = _add(result, params, due, context)
        callback._fold_within_days = params.fold_within_days
        years += 1


def _add(result: CallbackResult, params: CallbackParams, due: dt.date, context) -> Callback:
    number = 1 + sum(1 for c in result.callbacks if c.kind == params.kind)
    callback = Callback(
        id=f"{params.kind}_{number}", kind=params.kind, number=number, due_on=due,
        purpose=params.purpose, purpose_label=params.purpose_label,
        topics=[t.model_copy() for t in params.topics],
        offer=params.offer.model_copy() if params.offer else None,
        after_sales_entry=params.after_sales_entry, rule=context.rule.id)
    result.callbacks.append(callback)
    return callback


# -- when calls may be made ---------------------------------------------------------------------

def keep_to_calling_hours(result: CallbackResult, params: CallingHoursParams, context) -> None:
    """Calls are made only inside the daily window; a call planned outside it moves to the
    next allowed slot. If several rules set a window, the first applied (highest priority)
    wins."""
    if result.calling_window is None:
        result.calling_window = CallingWindow(start=params.start, end=params.end)


def move_to_working_day(result: CallbackResult, params: WorkingDayParams, context) -> None:
    """A call falling on a public holiday (or weekend) moves to the next working day."""
    result.working_days_only = True


# -- stopping and holding -----------------------------------------------------------------------

def stop_callbacks(result: CallbackResult, params: ReasonParams, context) -> None:
    """No more callbacks from the day the customer opted out (default: today)."""
    customer = context.facts.customer
    result.stopped = Stop(reason=params.reason, label=params.label,
                          from_date=customer.opted_out_on or context.at.date())


def hold_callbacks(result: CallbackResult, params: ReasonParams, context) -> None:
    """Callbacks ahead are held (not made) while a complaint is open."""
    opened = [c.opened_at for c in context.facts.customer.complaints
              if is_open(c.opened_at, c.closed_at, context.at)]
    result.held = Hold(reason=params.reason, label=params.label,
                       since=min(opened) if opened else None)


_TABLE = (  # (name, title, params, apply)
    ("schedule_callback", "Schedule a callback N days after delivery",
     ScheduleCallbackParams, schedule_callback),
    ("schedule_recurring_callbacks", "Schedule a callback every N days",
     RecurringCallbackParams, schedule_recurring_callbacks),
    ("schedule_anniversary_callbacks", "Schedule a callback on each delivery anniversary",
     AnniversaryCallbackParams, schedule_anniversary_callbacks),
    ("keep_to_calling_hours", "Call only inside the daily window",
     CallingHoursParams, keep_to_calling_hours),
    ("move_to_working_day", "Move calls off holidays to the next working day",
     WorkingDayParams, move_to_working_day),
    ("stop_callbacks", "Stop all further callbacks", ReasonParams, stop_callbacks),
    ("hold_callbacks", "Hold the callbacks ahead", ReasonParams, hold_callbacks),
)
#: what rules of the callbacks domain can do, as they write it under ``then:``
ACTIONS = [Action(domain="callbacks", name=name, title=title,
                  description=" ".join((apply.__doc__ or "").split()), params=params, apply=apply)
           for name, title, params, apply in _TABLE]
