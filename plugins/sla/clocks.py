"""The three clocks a deadline can run on, and how each measures and adds time.

- ``business_hours``: the store's opening hours only (its BusinessCalendar).
- ``wall_clock``: every minute counts.
- ``calendar_days``: whole days: "within 3 days" of a Friday is due by the end of Monday;
  measured in wall time otherwise (time left, multiples of the allowed time).

Years the holiday library does not cover
----------------------------------------
A business-hours clock that needs a day of such a year (say a 15-minute deadline started
at 17:55 on 31 December 2026, with 2027 not yet published) does not fail the evaluation:
it counts that year as weekdays only (Monday-Friday open, and Saturday-Sunday for a store
open at weekends, plus the group's transcribed dates) and remembers the year in
``uncovered``, so the deadline is reported with ``calendar_covered: false`` and a
``calendar_not_covered`` warning. Supplying the year in ``settings.national_calendar``
(or upgrading chinesecalendar) makes the answer exact again.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from dealer_rules.plugins.common.business_calendar import CalendarYearNotCovered

_US = dt.timedelta(microseconds=1)
_MINUTE = dt.timedelta(minutes=1)
#: a clock never needs more years than this to be supplied by the fallback
_MAX_FALLBACK_YEARS = 5


def scale(span: dt.timedelta, numerator: int, denominator: int) -> dt.timedelta:
    """``span * numerator / denominator``, exact to the microsecond (rounded down)."""
    return ((span // _US) * numerator // denominator) * _US


def whole_minutes(span: dt.timedelta, round_up: bool = False) -> int:
    """Whole minutes in a non-negative span; a started minute counts with ``round_up``."""
    whole, rest = divmod(span, _MINUTE)
    return whole + (1 if round_up and rest else 0)


class WallClock:
    kind = "wall_clock"
    uncovered: frozenset = frozenset()

    def add(self, start: dt.datetime, span: dt.timedelta) -> dt.datetime:
        return start + span

    def between(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        return b - a


class CalendarDaysClock(WallClock):
    kind = "calendar_days"

    def __init__(self, zone: dt.tzinfo):
        self.zone = zone

    def last_day(self, start: dt.datetime, days: int) -> dt.date:
        """The last day of a deadline ``days`` calendar days after ``start``'s day."""
        return start.astimezone(self.zone).date() + dt.timedelta(days=days)

    def end_of(self, day: dt.date) -> dt.datetime:
        """Midnight at the end of ``day``, local."""
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=self.zone)


class BusinessHoursClock:
    """A store's opening hours; falls back to weekdays only for uncovered years."""
    kind = "business_hours"

    def __init__(self, settings, store_id: Optional[str], zone: str):
        self._settings, self._store, self._zone = settings, store_id, zone
        self.uncovered: frozenset = frozenset()
        self._calendar = settings.calendar(store_id, zone)

    def _ask(self, question):
        for _ in range(_MAX_FALLBACK_YEARS + 1):
            try:
                return question(self._calendar)
            except CalendarYearNotCovered as exc:
                if exc.year in self.uncovered or len(self.uncovered) >= _MAX_FALLBACK_YEARS:
                    raise
                self.uncovered = self.uncovered | {exc.year}
                self._calendar = self._settings.calendar(self._store, self._zone,
                                                         self.uncovered)
        raise AssertionError("unreachable")  # pragma: no cover

    def add(self, start: dt.datetime, span: dt.timedelta) -> dt.datetime:
        return self._ask(lambda cal: cal.add_business_time(start, span))

    def between(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        return self._ask(lambda cal: cal.business_time_between(a, b))


def clock_for(kind: str, settings, store_id: Optional[str], zone: dt.tzinfo):
    """A fresh clock of ``kind`` for one milestone (it records the uncovered years it
    needed, so make one per milestone)."""
    if kind == "business_hours":
        return BusinessHoursClock(settings, store_id, zone.key)  # the group zone: a ZoneInfo
    if kind == "calendar_days":
        return CalendarDaysClock(zone)
    return WallClock()
