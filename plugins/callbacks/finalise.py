"""Finishing the plan once every rule has fired: fold, place, tip, stop, hold, sort.

1. Fold: a recurring callback due within ``fold_within_days`` of an anniversary callback is
   made in the anniversary call (quarterly_4, due the day before the first anniversary,
   joins annual_1): the customer gets one call, not two on consecutive days.
2. Place: each call is planned for its due date at the customer's preferred time (or the
   group's ``call_time``), then moved off non-working days and into the calling window as
   the rules said (calling_slots.py).
3. Tip: a callback with seasonal tips gets the tip of the season of the day it is made.
4. Stop: callbacks on or after the opt-out date are cancelled (removed).
5. Hold: callbacks at or after the evaluation time are marked ``held`` while a complaint is
   open; they keep their planned time, for when the complaint is closed.
6. Sort by call time; name the next scheduled call; sum up the status.
"""
from __future__ import annotations

import datetime as dt

from .calling_slots import national_calendar, place_call
from .facts import CallbackFacts
from .result import Callback, CallbackResult
from .settings import CallbackSettings, parse_clock


def finalise(result: CallbackResult, facts: CallbackFacts, at: dt.datetime,
           settings: CallbackSettings | None) -> None:
    settings = settings or CallbackSettings()
    delivered = facts.vehicle.delivered_on
    if delivered is not None:
        result.delivered_on = delivered
        result.horizon_end = facts.horizon_end
        result.horizon_months = (facts.horizon_months if facts.horizon_months is not None
                                 else settings.horizon_months)
    result.callbacks = _fold(result.callbacks)
    _place(result, facts, at, settings)
    result.callbacks.sort(key=lambda c: (c.call_at, c.due_on, c.id))
    if result.stopped is not None:
        keep = [c for c in result.callbacks if c.call_at.date() < result.stopped.from_date]
        result.stopped.cancelled = len(result.callbacks) - len(keep)
        result.callbacks = keep
    if result.held is not None:
        for callback in result.callbacks:
            if callback.call_at >= at:
                callback.status = "held"
                result.held.callbacks_held += 1
    result.next_callback = next((c.model_copy(deep=True) for c in result.callbacks
                                 if c.status == "scheduled" and c.call_at >= at), None)
    result.calendar_not_covered_years = sorted({c.call_at.year for c in result.callbacks
                                                if c.calendar_not_covered})
    result.status = ("stopped" if result.stopped else "held" if result.held else
                     "active" if result.callbacks else "none")


def _fold(callbacks: list[Callback]) -> list[Callback]:
    folded_ids = set()
    for anniversary in (c for c in callbacks if c._fold_within_days > 0):
        for other in callbacks:
            if (other._recurring and other.id not in folded_ids
                    and abs((other.due_on - anniversary.due_on).days)
                    <= anniversary._fold_within_days):
                folded_ids.add(other.id)
                anniversary.folded.append(other.id)
                codes = {t.code for t in anniversary.topics}
                anniversary.topics += [t for t in other.topics if t.code not in codes]
                anniversary._seasonal_tips = {**other._seasonal_tips,
                                              **anniversary._seasonal_tips}
    return [c for c in callbacks if c.id not in folded_ids]


def _place(result: CallbackResult, facts: CallbackFacts, at: dt.datetime,
           settings: CallbackSettings) -> None:
    if not result.callbacks:
        return
    preferred = facts.customer.preferred_call_time
    time_of_day = parse_clock(preferred) if preferred else settings.call_time
    window = (result.calling_window.start, result.calling_window.end) \
        if result.calling_window else None
    calendar = national_calendar(at.tzinfo.key, settings) if result.working_days_only else None
    for callback in result.callbacks:
        slot = dt.datetime.combine(callback.due_on, time_of_day, tzinfo=at.tzinfo)
        placed = place_call(slot, window, calendar)
        callback.call_at = placed.call_at
        callback.moved = placed.moved
        callback.calendar_not_covered = placed.calendar_not_covered
        if callback._seasonal_tips:
            callback.season = settings.season_of(placed.call_at.date())
            tip = callback._seasonal_tips.get(callback.season)
            if tip is not None and tip.code not in {t.code for t in callback.topics}:
                callback.topics.append(tip.model_copy())
