"""Placing one call: off non-working days and into the daily calling window.

Working days are China's national calendar (``BusinessCalendar`` without store
overrides: a store that opens on a holiday does not make its customers want calls that
day), plus the years an operator typed into ``settings.national_calendar``. For a year
nobody covers, the calendar raises ``CalendarYearNotCovered``; the call then stays on its
date, only the clock window is applied, and it is flagged ``calendar_not_covered``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dealer_rules.plugins.common.business_calendar import BusinessCalendar, CalendarYearNotCovered

from .settings import CallbackSettings

Window = tuple[dt.time, dt.time]


@dataclass(frozen=True)
class Placement:
    call_at: dt.datetime
    moved: list
    calendar_not_covered: bool


def national_calendar(zone: str, settings: CallbackSettings) -> BusinessCalendar:
    """The national working-day calendar in the group's zone, with the operator's years."""
    extra = settings.national_calendar
    return BusinessCalendar(zone, extra_closed_dates=extra.extra_closed_dates,
                            extra_working_dates=extra.extra_working_dates,
                            operator_years=extra.operator_years)


def place_call(slot: dt.datetime, window: Window | None,
               calendar: BusinessCalendar | None) -> Placement:
    """When to make a call planned for ``slot`` (aware, local).

    A call due on a non-working day moves to the next working day at the same time of day,
    so the customer's preferred time survives the move. A time outside the window moves to
    the next allowed slot (``BusinessCalendar.next_allowed``): the window's start the same
    day if earlier, else the window's start on the next working day.

    :param window: the daily calling window (start included, end excluded), or None.
    :param calendar: move calls off its non-working days, or None to call any day.
    """
    outside = window is not None and not window[0] <= slot.time() < window[1]
    moved = ["outside_window"] if outside else []
    if calendar is None:
        return Placement(_clock_window(slot, window), moved, False)
    try:
        day = calendar.next_working_day(slot.date(), include_today=True)
        if day != slot.date():
            moved.insert(0, "non_working_day")
        if outside:
            call_at = calendar.next_allowed(slot, window)
        else:
            call_at = slot if day == slot.date() else dt.datetime.combine(day, slot.timetz())
    except CalendarYearNotCovered:
        return Placement(_clock_window(slot, window), ["outside_window"] if outside else [],
                         True)
    return Placement(call_at, moved, False)


def _clock_window(slot: dt.datetime, window: Window | None) -> dt.datetime:
    """``slot`` moved into the window by the clock alone: before it, to its start that day;
    at or after its end, to its start the next day."""
    if window is None:
        return slot
    start, end = window
    if slot.time() < start:
        return slot.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    if slot.time() >= end:
        day = slot.date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, start, tzinfo=slot.tzinfo)
    return slot
