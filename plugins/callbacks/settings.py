"""What a dealer group configures for callbacks beside its rules (``settings:`` in the
ruleset): how far ahead to plan, the usual time of a call, which months make which season,
and the national holiday calendar for years the holiday library does not cover yet.

Every field has the shipped default, so a group only writes what it changes.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def parse_clock(value) -> dt.time:
    """A local wall-clock time from ``"HH:MM"`` text (a ``time`` passes through).

    Numbers are refused on purpose: YAML 1.1 reads an unquoted ``10:00`` as 600 in some
    loaders, and pydantic would take 600 as seconds after midnight.
    """
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and _HHMM.match(value):
        hours, minutes = value.split(":")
        return dt.time(int(hours), int(minutes))
    raise ValueError(f"expected a local time as 'HH:MM' (e.g. '09:00'), got {value!r}")


#: a local wall-clock time, written "HH:MM" in YAML and JSON
ClockTime = Annotated[dt.time, BeforeValidator(parse_clock),
                      PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str)]


class NationalCalendar(BaseModel):
    """China's public holidays for years the ``chinesecalendar`` library does not cover
    yet, typed in by an operator from the State Council notice (docs/business-calendar.md,
    "Years the library does not cover"). Empty by default: callbacks in such years are then
    kept on their date and flagged ``calendar_not_covered``.
    """
    model_config = ConfigDict(extra="forbid")

    operator_years: list[int] = Field(
        default_factory=list,
        description="Years whose holidays are listed in full below (e.g. [2027]).")
    extra_closed_dates: list[dt.date] = Field(
        default_factory=list,
        description="Public holidays falling on Monday-Friday, local dates.")
    extra_working_dates: list[dt.date] = Field(
        default_factory=list,
        description="Make-up working days (调休) falling on Saturday or Sunday, local dates.")

    @model_validator(mode="after")
    def _no_date_twice(self):
        both = sorted(set(self.extra_closed_dates) & set(self.extra_working_dates))
        if both:
            raise ValueError("dates both closed and working: "
                             + ", ".join(d.isoformat() for d in both))
        return self


DEFAULT_SEASONS = {"spring": [3, 4, 5], "summer": [6, 7, 8], "autumn": [9, 10, 11],
                   "winter": [12, 1, 2]}


class CallbackSettings(BaseModel):
    """A dealer group's callback settings (``settings:`` of its ``callbacks`` ruleset)."""
    model_config = ConfigDict(extra="forbid")

    horizon_months: int = Field(
        24, ge=1, le=120,
        description="How far after delivery callbacks are planned, months (a callback due on "
                    "the last day is included). The fact horizon_months overrides it.")
    call_time: ClockTime = Field(
        dt.time(10, 0),
        description="Local time of day a callback is planned for when the customer has no "
                    "preferred time, 'HH:MM'.")
    seasons: dict[str, list[int]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_SEASONS.items()},
        description="Season name -> its months (1-12); every month in exactly one season. "
                    "Picks the seasonal tip of a callback by the month it is made in.")
    national_calendar: NationalCalendar = Field(
        default_factory=NationalCalendar,
        description="Holidays of years the holiday library does not cover yet.")

    @model_validator(mode="after")
    def _every_month_once(self):
        seen: dict[int, str] = {}
        for season, months in self.seasons.items():
            if not re.match(r"^[a-z][a-z0-9_]*$", season):
                raise ValueError(f"season name {season!r}: use lower-case letters, digits, _")
            for month in months:
                if not 1 <= month <= 12:
                    raise ValueError(f"season {season}: {month} is not a month (1-12)")
                if month in seen:
                    raise ValueError(f"month {month} is in both {seen[month]} and {season}")
                seen[month] = season
        missing = sorted(set(range(1, 13)) - set(seen))
        if missing:
            raise ValueError(f"months {missing} are in no season")
        return self

    def season_of(self, day: dt.date) -> str:
        """The season (a key of ``seasons``) of a local date."""
        for season, months in self.seasons.items():
            if day.month in months:
                return season
        raise AssertionError("unreachable: every month has a season")  # pragma: no cover
