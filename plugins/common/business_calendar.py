"""A store's business calendar: working days, opening hours and business-time clocks.

The SLA plugin counts its enquiry (15 min) and diagnosis (30 min) clocks in store
business hours only; the callback plugin moves a callback off public holidays and into
the calling window. Both ask a :class:`BusinessCalendar`.

Which days are working days
---------------------------
For each date, the first rule that speaks decides:

1. ``overrides[date]`` (per store): ``None`` closes the store that day; an
   ``(open, close)`` pair opens it with those special hours, even on a public holiday.
2. ``extra_closed_dates`` closes the day; ``extra_working_dates`` opens it with the
   daily hours.
3. China's national calendar, from the ``chinesecalendar`` library: Monday to Friday
   work, Saturday and Sunday rest, except for public holidays (closed) and make-up
   working days (调休, e.g. Saturday 2026-02-14, open). A store built with
   ``open_weekends=True`` (most dealerships open at weekends) also opens every Saturday
   and Sunday that is not a public holiday: only the holidays close it.

Years the library does not cover
--------------------------------
``chinesecalendar`` holds the State Council's notices as data, one release per year,
usually shortly after the notice comes out in November. For a year it does not cover
the calendar does not guess: any question that needs the national calendar for such a
day raises :class:`CalendarYearNotCovered`. Days settled by rules 1-2 never need it.

The fix is to upgrade ``chinesecalendar`` once it ships the year. Until then an operator
can supply the year by hand: transcribe the notice into ``extra_closed_dates`` (every
holiday date that falls on Monday-Friday) and ``extra_working_dates`` (every make-up
Saturday or Sunday), and name the year in ``operator_years`` to say that list is
complete. An operator year follows the weekday rule (Monday-Friday work, and with
``open_weekends`` Saturday and Sunday too) plus those dates; for an ``open_weekends``
store list the holidays that fall at the weekend in ``extra_closed_dates`` as well. Once the library covers the year its data is used again and the operator's dates
stay on top as rule 2, so a correct transcription changes nothing. Example for a year
Y whose notice closes Thursday Y-01-01 to Saturday Y-01-03 and makes Sunday Y-01-04 a
working day::

    BusinessCalendar(
        operator_years={Y},
        extra_closed_dates={date(Y, 1, 1), date(Y, 1, 2)},
        extra_working_dates={date(Y, 1, 4)},
    )

Time
----
Every instant is an aware ``datetime``; a naive one is refused with ``ValueError``.
Results are in the calendar's zone. Arithmetic is done on exact ``timedelta`` values
(whole microseconds), never on floats. Opening hours are half-open: a store open
08:30-18:00 is open at 08:30 and closed at 18:00. There is no lunch break unless a
store's special hours say otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta, timezone
from types import MappingProxyType
from typing import Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import chinese_calendar

__all__ = [
    "BusinessCalendar",
    "CalendarYearNotCovered",
    "LIBRARY",
    "LIBRARY_VERSION",
    "LIBRARY_YEARS",
]

Hours = Tuple[time, time]
Interval = Tuple[datetime, datetime]

#: The library that supplies China's national calendar.
LIBRARY = "chinesecalendar"
#: Its installed version.
LIBRARY_VERSION: str = getattr(chinese_calendar, "__version__", "unknown")
#: First and last year the installed library has the State Council's schedule for.
#: (The library checks a date against the years of its holiday table; so do we.)
LIBRARY_YEARS: Tuple[int, int] = (
    min(d.year for d in chinese_calendar.holidays),
    max(d.year for d in chinese_calendar.holidays),
)

_UTC = timezone.utc
_ONE_DAY = timedelta(days=1)
_ONE_MINUTE = timedelta(minutes=1)
_ZERO = timedelta(0)


class CalendarYearNotCovered(LookupError):
    """The national holiday schedule for a year is not known, so no answer is given.

    Raised when a day's working status depends on China's public holidays for a year
    that the installed ``chinesecalendar`` does not cover and that the operator has not
    supplied through ``operator_years`` (see the module docstring).
    """

    def __init__(self, year: int):
        self.year = year
        first, last = LIBRARY_YEARS
        super().__init__(
            f"China's holiday schedule for {year} is not known: {LIBRARY} "
            f"{LIBRARY_VERSION} covers {first}-{last}. Upgrade {LIBRARY} once it "
            f"ships {year}, or supply the year by hand: list its holidays in "
            f"extra_closed_dates, its make-up working days in extra_working_dates, and "
            f"add {year} to operator_years."
        )


def _check_day(value: object, name: str = "day") -> date:
    # datetime is a subclass of date; a datetime here is almost surely a mistake
    # (whose local date?), so it is refused rather than truncated.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date, not {type(value).__name__}")
    return value


def _check_instant(value: object, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be an aware datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{name} is a naive datetime ({value.isoformat()}); give it a time zone"
        )
    return value


def _check_hours(value: object, name: str) -> Hours:
    try:
        opens, closes = value  # type: ignore[misc]
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a pair (open time, close time)") from None
    for t in (opens, closes):
        if not isinstance(t, time):
            raise TypeError(f"{name} must hold datetime.time values, not {type(t).__name__}")
        if t.tzinfo is not None:
            raise ValueError(f"{name} must be local wall-clock times without tzinfo")
    if not opens < closes:
        raise ValueError(f"{name}: opening {opens} must come before closing {closes}")
    return (opens, closes)


def _check_minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"minutes must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"minutes must not be negative, got {value}")
    return value


class BusinessCalendar:
    """One store's working days and opening hours, in one time zone. Immutable.

    :param zone: IANA time zone name of the store.
    :param daily_hours: opening and closing time on a working day.
    :param overrides: per-store days, ``date -> None`` (closed) or
        ``date -> (open, close)`` (special hours; opens the day even on a holiday).
    :param extra_closed_dates: more closed days (e.g. a holiday the library lacks).
    :param extra_working_dates: more working days, with the daily hours.
    :param operator_years: years the library does not cover and the operator has
        supplied in full through the two date sets above (see the module docstring).
    :param open_weekends: the store opens on Saturdays and Sundays too, except on
        public holidays (rule 3 of the module docstring). Default False: the national
        working days only.

    A date may appear in only one of ``overrides``, ``extra_closed_dates`` and
    ``extra_working_dates``.
    """

    __slots__ = (
        "_zone",
        "_daily_hours",
        "_overrides",
        "_extra_closed",
        "_extra_working",
        "_operator_years",
        "_open_weekends",
    )

    def __init__(
        self,
        zone: str = "Asia/Shanghai",
        *,
        daily_hours: Hours = (time(8, 30), time(18, 0)),
        overrides: Optional[Mapping[date, Optional[Hours]]] = None,
        extra_closed_dates: Iterable[date] = (),
        extra_working_dates: Iterable[date] = (),
        operator_years: Iterable[int] = (),
        open_weekends: bool = False,
    ) -> None:
        if not isinstance(zone, str):
            raise TypeError(f"zone must be a time zone name, not {type(zone).__name__}")
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {zone!r}") from None

        hours = _check_hours(daily_hours, "daily_hours")

        checked_overrides: dict[date, Optional[Hours]] = {}
        for day, value in (overrides or {}).items():
            _check_day(day, "override date")
            checked_overrides[day] = (
                None if value is None else _check_hours(value, f"override for {day}")
            )

        closed = frozenset(_check_day(d, "extra closed date") for d in extra_closed_dates)
        working = frozenset(_check_day(d, "extra working date") for d in extra_working_dates)
        for label, clash in (
            ("extra_closed_dates and extra_working_dates", closed & working),
            ("overrides and extra_closed_dates", closed & checked_overrides.keys()),
            ("overrides and extra_working_dates", working & checked_overrides.keys()),
        ):
            if clash:
                listed = ", ".join(sorted(d.isoformat() for d in clash))
                raise ValueError(f"dates in both {label}: {listed}")

        years = frozenset(operator_years)
        for y in years:
            if isinstance(y, bool) or not isinstance(y, int):
                raise TypeError(f"operator_years must hold ints, not {type(y).__name__}")

        if not isinstance(open_weekends, bool):
            raise TypeError(f"open_weekends must be a bool, not {type(open_weekends).__name__}")

        set_ = object.__setattr__
        set_(self, "_zone", tz)
        set_(self, "_daily_hours", hours)
        set_(self, "_overrides", MappingProxyType(dict(sorted(checked_overrides.items()))))
        set_(self, "_extra_closed", closed)
        set_(self, "_extra_working", working)
        set_(self, "_operator_years", years)
        set_(self, "_open_weekends", open_weekends)

    # -- immutability, equality, copying ------------------------------------------

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _settings(self) -> dict:
        return {
            "zone": self._zone.key,
            "daily_hours": self._daily_hours,
            "overrides": dict(self._overrides),
            "extra_closed_dates": self._extra_closed,
            "extra_working_dates": self._extra_working,
            "operator_years": self._operator_years,
            "open_weekends": self._open_weekends,
        }

    def _key(self) -> tuple:
        return (
            self._zone.key,
            self._daily_hours,
            tuple(self._overrides.items()),
            self._extra_closed,
            self._extra_working,
            self._operator_years,
            self._open_weekends,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self):
        return (_rebuild, (self._settings(),))

    def __repr__(self) -> str:
        opens, closes = self._daily_hours
        return (
            f"BusinessCalendar(zone={self._zone.key!r}, "
            f"daily_hours={opens.isoformat('minutes')}-{closes.isoformat('minutes')}, "
            f"overrides={len(self._overrides)}, "
            f"extra_closed_dates={len(self._extra_closed)}, "
            f"extra_working_dates={len(self._extra_working)}, "
            f"operator_years={sorted(self._operator_years)}"
            + (", open_weekends=True" if self._open_weekends else "")
            + ")"
        )

    # -- settings, read-only ---------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    @property
    def daily_hours(self) -> Hours:
        return self._daily_hours

    @property
    def overrides(self) -> Mapping[date, Optional[Hours]]:
        return self._overrides

    @property
    def extra_closed_dates(self) -> frozenset:
        return self._extra_closed

    @property
    def extra_working_dates(self) -> frozenset:
        return self._extra_working

    @property
    def operator_years(self) -> frozenset:
        return self._operator_years

    @property
    def open_weekends(self) -> bool:
        return self._open_weekends

    # -- days ---------------------------------------------------------------------------

    def _nationally_working(self, day: date) -> bool:
        first, last = LIBRARY_YEARS
        weekend = day.weekday() >= 5
        if first <= day.year <= last:
            if weekend and self._open_weekends:
                # chinese_calendar.holidays holds the public holidays only, not the
                # ordinary weekends (make-up Saturdays are working days either way)
                return day not in chinese_calendar.holidays
            return chinese_calendar.is_workday(day)
        if day.year in self._operator_years:
            return not weekend or self._open_weekends  # rule 2 was applied by the caller
        raise CalendarYearNotCovered(day.year)

    def _hours(self, day: date) -> Optional[Hours]:
        if day in self._overrides:
            return self._overrides[day]
        if day in self._extra_closed:
            return None
        if day in self._extra_working:
            return self._daily_hours
        return self._daily_hours if self._nationally_working(day) else None

    def _candidate_hours(self, day: date) -> Optional[Hours]:
        """The hours the day would have if open, without asking the national calendar."""
        if day in self._overrides:
            return self._overrides[day]
        if day in self._extra_closed:
            return None
        return self._daily_hours

    def is_working_day(self, day: date) -> bool:
        """Whether the store opens on this (local) date."""
        return self._hours(_check_day(day)) is not None

    def opening_hours(self, day: date) -> Optional[Interval]:
        """The store's opening and closing instant on this date, or None if closed."""
        hours = self._hours(_check_day(day))
        return None if hours is None else self._interval(day, hours)

    def next_working_day(self, day: date, include_today: bool = False) -> date:
        """The first working day after ``day`` (or from ``day`` on, if include_today)."""
        day = _check_day(day)
        if not include_today:
            day += _ONE_DAY
        while self._hours(day) is None:
            day += _ONE_DAY
        return day

    # -- instants ----------------------------------------------------------------------

    def _local(self, instant: datetime) -> datetime:
        return instant.astimezone(self._zone)

    def _at(self, day: date, t: time) -> datetime:
        """The UTC instant of a local wall-clock time (fold=0 in a repeated hour)."""
        return datetime.combine(day, t, tzinfo=self._zone).astimezone(_UTC)

    def _interval(self, day: date, hours: Hours) -> Interval:
        return (
            self._at(day, hours[0]).astimezone(self._zone),
            self._at(day, hours[1]).astimezone(self._zone),
        )

    def _open_periods(
        self, start_utc: datetime, end_utc: Optional[datetime] = None
    ) -> Iterator[Interval]:
        """Open periods (UTC) from ``start_utc`` on, clipped to [start, end]; endless
        without an end. The national calendar is asked only about days whose would-be
        hours touch that span, so a day in an uncovered year that cannot matter does
        not raise.
        """
        day = self._local(start_utc).date()
        while True:
            candidate = self._candidate_hours(day)
            if candidate is None:
                if end_utc is not None and self._at(day, time(0)) >= end_utc:
                    return
            else:
                opens, closes = self._at(day, candidate[0]), self._at(day, candidate[1])
                if end_utc is not None and opens >= end_utc:
                    return  # later days open later still
                if closes > start_utc and self._hours(day) is not None:
                    opens = max(opens, start_utc)
                    if end_utc is not None:
                        closes = min(closes, end_utc)
                    if opens < closes:
                        yield (opens, closes)
            day += _ONE_DAY

    def is_open(self, instant: datetime) -> bool:
        """Whether the store is open at this instant (opening included, closing not)."""
        at = _check_instant(instant, "instant").astimezone(_UTC)
        day = self._local(at).date()
        hours = self._hours(day)
        return hours is not None and self._at(day, hours[0]) <= at < self._at(day, hours[1])

    def open_intervals(self, start: datetime, end: datetime) -> list[Interval]:
        """The open periods between two instants, in order, clipped to [start, end].

        The gaps between them are the closed time (nights, rest days, holidays), for
        drawing a timeline.
        """
        a = _check_instant(start, "start").astimezone(_UTC)
        b = _check_instant(end, "end").astimezone(_UTC)
        if b < a:
            raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
        return [(o.astimezone(self._zone), c.astimezone(self._zone)) for o, c in self._open_periods(a, b)]

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The instant when ``duration`` of opening hours has passed since ``start``.

        A start outside opening hours begins counting at the next opening. A deadline
        that is used up exactly at closing time is the closing time.
        """
        at = _check_instant(start, "start").astimezone(_UTC)
        if not isinstance(duration, timedelta):
            raise TypeError(f"duration must be a timedelta, not {type(duration).__name__}")
        if duration < _ZERO:
            raise ValueError(f"duration must not be negative, got {duration}")
        remaining = duration
        for opens, closes in self._open_periods(at):
            length = closes - opens
            if remaining <= length:
                return (opens + remaining).astimezone(self._zone)
            remaining -= length
        raise AssertionError("unreachable: _open_periods without an end is endless")  # pragma: no cover

    def add_business_minutes(self, start: datetime, minutes: int) -> datetime:
        """The deadline ``minutes`` business minutes after ``start`` (see add_business_time)."""
        return self.add_business_time(start, _check_minutes(minutes) * _ONE_MINUTE)

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Opening time between two instants, exact; negative if ``b`` is before ``a``."""
        a_utc = _check_instant(a, "a").astimezone(_UTC)
        b_utc = _check_instant(b, "b").astimezone(_UTC)
        if b_utc < a_utc:
            return -self.business_time_between(b, a)
        return sum((c - o for o, c in self._open_periods(a_utc, b_utc)), _ZERO)

    def business_minutes_between(self, a: datetime, b: datetime) -> int:
        """Whole business minutes between two instants (a partly elapsed minute does not
        count; negative if ``b`` is before ``a``). Inverse of add_business_minutes:
        ``business_minutes_between(s, add_business_minutes(s, n)) == n``. For an SLA
        check to the second use business_time_between.
        """
        elapsed = self.business_time_between(a, b)
        whole = abs(elapsed) // _ONE_MINUTE
        return whole if elapsed >= _ZERO else -whole

    def next_allowed(
        self, instant: datetime, window: Hours = (time(9, 0), time(20, 0))
    ) -> datetime:
        """The instant itself if it falls on a working day inside the daily window,
        else the next start of the window on a working day.

        For calls: "no calls outside 09:00-20:00 local time; a callback falling on a
        public holiday moves to the next working day". The window is half-open, so 20:00
        is outside. Working days are this calendar's (store overrides included); the
        window replaces the opening hours, it does not narrow them. To follow the
        national calendar alone, ask a calendar built without the store's overrides.
        """
        at = _check_instant(instant, "instant").astimezone(_UTC)
        opens, closes = _check_hours(window, "window")
        day = self._local(at).date()
        if self._hours(day) is not None:
            if at < self._at(day, opens):
                return self._at(day, opens).astimezone(self._zone)
            if at < self._at(day, closes):
                return at.astimezone(self._zone)
        return self._at(self.next_working_day(day), opens).astimezone(self._zone)


def _rebuild(settings: dict) -> BusinessCalendar:
    return BusinessCalendar(**settings)
