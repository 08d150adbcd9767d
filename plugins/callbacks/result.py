"""The answer: the customer's callbacks over the horizon, each with its date and time,
purpose and topics, and whether the plan is active, held or stopped.

Actions add callbacks with their cadence date (``due_on``); finalise.py then places each
call on the calendar (``call_at``), picks seasonal tips, folds near-duplicates, applies a
stop or a hold, sorts, and names the next call.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, Field, PrivateAttr

from .settings import ClockTime


class Topic(BaseModel):
    """Something to talk about in a call."""
    code: str = Field(description="Machine code, e.g. ac_care.")
    label: str = Field(description="What the advisor says it as (Chinese), e.g. 空调保养.")


class Offer(BaseModel):
    """What the call recommends, e.g. a maintenance package."""
    code: str = Field(description="Machine code, e.g. maintenance_package.")
    label: str = Field(description="Customer-facing name (Chinese), e.g. 保养套餐.")


class Callback(BaseModel):
    """One planned call."""
    id: str = Field(description="kind and number, e.g. quarterly_3.")
    kind: str = Field(description="first_month, quarterly, annual (the rule's kind code).")
    number: int = Field(description="1-based count within its kind.")
    due_on: dt.date = Field(description="The cadence date: delivery + offset, local date.")
    call_at: Optional[dt.datetime] = Field(
        None, description="When to call, local date-time, after moving off non-working days "
                          "and into the calling window.")
    moved: list[Literal["non_working_day", "outside_window"]] = Field(
        default_factory=list, description="Why call_at is not due_on at the planned time.")
    calendar_not_covered: bool = Field(
        False, description="The holiday calendar of that year is not known: the call stays "
                           "on its date (only the calling window applied); check it by hand.")
    purpose: str = Field(description="Machine code, e.g. usage_questions.")
    purpose_label: str = Field(description="Purpose as the advisor reads it (Chinese).")
    season: Optional[str] = Field(None, description="Season of the call date, for a "
                                                    "seasonal tip (settings.seasons).")
    topics: list[Topic] = Field(default_factory=list, description="What to talk about.")
    offer: Optional[Offer] = Field(None, description="What to recommend.")
    after_sales_entry: bool = Field(
        False, description="The call is an entry point to after-sales: book the offer or a "
                           "workshop visit.")
    folded: list[str] = Field(
        default_factory=list, description="ids of callbacks made in this call instead of "
                                          "their own (e.g. quarterly_4 in annual_1).")
    status: Literal["scheduled", "held"] = Field(
        "scheduled", description="held: a complaint is open, do not call (see held).")
    rule: str = Field("", description="The rule that planned it.")

    # how finalise.py finishes the callback; not part of the answer
    _seasonal_tips: dict = PrivateAttr(default_factory=dict)
    _recurring: bool = PrivateAttr(default=False)
    _fold_within_days: int = PrivateAttr(default=0)


class CallingWindow(BaseModel):
    start: ClockTime = Field(description="First allowed local time, 'HH:MM' (included).")
    end: ClockTime = Field(description="End of the window, local time, 'HH:MM' (excluded).")


class Stop(BaseModel):
    """Why and from when no more callbacks are made."""
    reason: str = Field(description="Machine code, e.g. opted_out.")
    label: str = Field(description="Reason for the advisor (Chinese).")
    from_date: Optional[dt.date] = Field(None, description="Calls on or after this local date "
                                                           "are cancelled.")
    cancelled: int = Field(0, description="How many planned callbacks were cancelled, count.")


class Hold(BaseModel):
    """Why the callbacks ahead are on hold."""
    reason: str = Field(description="Machine code, e.g. open_complaint.")
    label: str = Field(description="Reason for the advisor (Chinese).")
    since: Optional[dt.datetime] = Field(None, description="When the earliest open complaint "
                                                           "was made, local date-time.")
    callbacks_held: int = Field(0, description="How many callbacks are held, count.")


class CallbackResult(BaseModel):
    """The callback plan for one customer, as of the evaluation time."""
    status: Literal["none", "active", "held", "stopped"] = Field(
        "none", description="none: nothing planned (e.g. not delivered); active; held: a "
                            "complaint is open; stopped: the customer opted out.")
    delivered_on: Optional[dt.date] = Field(None, description="The anchor, local date.")
    horizon_months: Optional[int] = Field(None, description="Planning horizon, months.")
    horizon_end: Optional[dt.date] = Field(None, description="Last day of the horizon.")
    callbacks: list[Callback] = Field(
        default_factory=list, description="Every callback of the horizon, by call time, "
                                          "including those before the evaluation time.")
    next_callback: Optional[Callback] = Field(
        None, description="The first scheduled callback at or after the evaluation time.")
    calling_window: Optional[CallingWindow] = Field(
        None, description="Calls are placed inside this daily window (rule "
                          "keep_to_calling_hours); none: any time.")
    working_days_only: bool = Field(
        False, description="Calls on non-working days move to the next working day.")
    calendar_not_covered_years: list[int] = Field(
        default_factory=list, description="Years of callbacks whose holidays are not known.")
    stopped: Optional[Stop] = None
    held: Optional[Hold] = None
