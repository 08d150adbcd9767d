"""What a dealer group configures for the ``sla`` domain beside its rules (``settings:`` in
the ruleset): store opening hours, the holiday schedule of a year the library lacks, and
which repair jobs are complex.

The group's ``business_hours`` apply to every store; ``stores`` maps a store id to the
fields in which that store differs (a field it leaves out comes from ``business_hours``).
Everything is checked when the ruleset loads, by building each store's BusinessCalendar,
so a clash of dates is an error with its YAML line, not a surprise at evaluation.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, model_validator

from dealer_rules.plugins.common.business_calendar import BusinessCalendar

_HH_MM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _time_of_day(value):
    """'08:30' -> time(8, 30). Numbers are refused: JSON 1080 or an unquoted YAML 1.1
    18:00 would otherwise become a wrong time without a word."""
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        m = _HH_MM.match(value.strip())
        if m:
            return dt.time(int(m.group(1)), int(m.group(2)))
    raise ValueError(f"a time of day is written as text 'HH:MM', e.g. '08:30', not {value!r}")


LocalTime = Annotated[dt.time, BeforeValidator(_time_of_day)]


class SpecialHours(BaseModel):
    """A day with its own opening hours (opens the store even on a public holiday)."""
    model_config = ConfigDict(extra="forbid")
    date: dt.date = Field(description="The local date.")
    opens: LocalTime = Field(description="Opening time that day, 'HH:MM'.")
    closes: LocalTime = Field(description="Closing time that day, 'HH:MM'.")


class StoreHours(BaseModel):
    """A store's opening hours and its own open and closed days."""
    model_config = ConfigDict(extra="forbid")
    opens: LocalTime = Field(dt.time(8, 30), description="Daily opening time, 'HH:MM'.")
    closes: LocalTime = Field(dt.time(18, 0), description="Daily closing time, 'HH:MM'.")
    open_weekends: bool = Field(False, description="Open on Saturdays and Sundays too, "
                                "except public holidays.")
    closed_dates: list[dt.date] = Field(default_factory=list, description="Days the store is "
                                        "closed although a working day (stocktaking...).")
    extra_working_dates: list[dt.date] = Field(default_factory=list, description="Days the "
                                               "store opens with its daily hours although "
                                               "closed by the national calendar.")
    special_hours: list[SpecialHours] = Field(default_factory=list, description="Days with "
                                              "their own hours.")

    @model_validator(mode="after")
    def _consistent(self):
        if not self.opens < self.closes:
            raise ValueError(f"opening {self.opens:%H:%M} must come before closing "
                             f"{self.closes:%H:%M}")
        for special in self.special_hours:
            if not special.opens < special.closes:
                raise ValueError(f"special_hours {special.date}: opening must come before "
                                 "closing")
        self.overrides()
        return self

    def overrides(self) -> dict:
        """The store's own days as BusinessCalendar overrides (date -> hours or None)."""
        out: dict = {}
        entries = [(d, None) for d in self.closed_dates]
        entries += [(d, (self.opens, self.closes)) for d in self.extra_working_dates]
        entries += [(s.date, (s.opens, s.closes)) for s in self.special_hours]
        for day, hours in entries:
            if day in out:
                raise ValueError(f"{day.isoformat()} is listed more than once among "
                                 "closed_dates, extra_working_dates and special_hours")
            out[day] = hours
        return out


class NationalCalendar(BaseModel):
    """China's holiday schedule for years the holiday library does not cover yet,
    transcribed from the State Council notice (see docs/business-calendar.md)."""
    model_config = ConfigDict(extra="forbid")
    years: list[int] = Field(default_factory=list, description="The years transcribed in "
                             "full below.")
    holidays: list[dt.date] = Field(default_factory=list, description="Public holidays "
                                    "(weekday ones; weekend ones too for stores open at "
                                    "weekends).")
    make_up_working_days: list[dt.date] = Field(default_factory=list, description="Make-up "
                                                "working days (调休) at the weekend.")

    @model_validator(mode="after")
    def _complete_years(self):
        stray = sorted({d.year for d in self.holidays + self.make_up_working_days}
                       - set(self.years))
        if stray:
            raise ValueError(f"dates of {', '.join(map(str, stray))} are listed but the year "
                             "is not in years; add it to say the transcription is complete")
        both = sorted(set(self.holidays) & set(self.make_up_working_days))
        if both:
            raise ValueError("dates both holidays and make-up working days: "
                             + ", ".join(d.isoformat() for d in both))
        return self


class RequiredStep(BaseModel):
    """A step a kind of job always has, each with its quality-check node."""
    model_config = ConfigDict(extra="forbid")
    step: str = Field(min_length=1, description="The step's name as the workshop sends it, "
                      "e.g. brake_bleeding.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 制动系统排空.")


class SlaSettings(BaseModel):
    """The group's settings for the sla domain."""
    model_config = ConfigDict(extra="forbid")
    business_hours: StoreHours = Field(default_factory=StoreHours, description="Every store's "
                                       "hours unless listed in stores.")
    stores: dict[str, StoreHours] = Field(default_factory=dict, description="store_id -> the "
                                          "fields in which that store differs.")
    national_calendar: NationalCalendar = Field(default_factory=NationalCalendar)
    complex_repairs: list[str] = Field(
        default_factory=lambda: ["transmission_overhaul", "engine_overhaul"],
        description="Job codes that are complex repairs (senior technicians only).")
    repair_steps: dict[str, list[RequiredStep]] = Field(
        default_factory=dict, description="Job code -> the steps such a job always has, in "
                                          "order; a step the job does not list lacks its "
                                          "quality-check sign-off.")

    _calendars: dict = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _calendars_build(self):
        """Build every store's calendar once now, so anything BusinessCalendar refuses
        fails the ruleset load (the field checks above should catch it first)."""
        for store_id in [None, *self.stores]:
            try:
                self.calendar(store_id, "Asia/Shanghai")
            except (TypeError, ValueError) as exc:
                where = "business_hours" if store_id is None else f"stores.{store_id}"
                raise ValueError(f"{where}: {exc}") from None
        return self

    def hours_for(self, store_id: Optional[str]) -> StoreHours:
        """The store's hours: its own fields over the group's business_hours."""
        own = self.stores.get(store_id) if store_id is not None else None
        if own is None:
            return self.business_hours
        merged = self.business_hours.model_dump()
        merged.update(own.model_dump(include=own.model_fields_set))
        return StoreHours.model_validate(merged)

    def calendar(self, store_id: Optional[str], zone: str,
                 weekday_years: frozenset = frozenset()) -> BusinessCalendar:
        """The store's BusinessCalendar in ``zone`` (cached: settings are shared by every
        evaluation of a ruleset). ``weekday_years`` are uncovered years to count as
        weekdays only (the fallback of plugins/sla/clocks.py)."""
        if store_id not in self.stores:
            store_id = None
        key = (store_id, zone, weekday_years)
        found = self._calendars.get(key)
        if found is None:
            hours = self.hours_for(store_id)
            overrides = hours.overrides()
            national = self.national_calendar
            found = BusinessCalendar(
                zone,
                daily_hours=(hours.opens, hours.closes),
                overrides=overrides,
                extra_closed_dates={d for d in national.holidays if d not in overrides},
                extra_working_dates={d for d in national.make_up_working_days
                                     if d not in overrides},
                operator_years=set(national.years) | weekday_years,
                open_weekends=hours.open_weekends,
            )
            self._calendars[key] = found
        return found


#: the settings of a group that configures nothing (hooks called without settings use it)
DEFAULTS = SlaSettings()
