"""What a caller sends to the ``parts`` domain: a store's stocked parts, each with its stock,
its supplier's lead time and its use in repairs (the workshop system's history).

Fields marked *derived* are filled in by ``derive.py`` before the rules are matched, from
the history, the evaluation date and the group's settings; a value sent for them is
replaced.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from pydantic import Field

from dealer_rules.core.facts import Facts

#: no store holds or fits a billion of one part: larger numbers are typing mistakes
MAX_UNITS = 1_000_000_000



class DailyUse(Facts):
    """Units of the part fitted on one day, from the repair history."""
    on: dt.date = Field(description="The local date.")
    quantity: int = Field(ge=0, le=MAX_UNITS, description="Units fitted in repairs that day.")


class StockedPart(Facts):
    """A part the store keeps in stock."""
    part: str = Field(min_length=1, description="Part code, e.g. brake_pads_front.")
    name: str = Field(min_length=1, description="The part's name staff read, e.g. 前刹车片.",
                      json_schema_extra={"personal": False})
    in_stock: int = Field(ge=0, le=MAX_UNITS, description="Units on the shelf now.")
    on_order: int = Field(0, ge=0, le=MAX_UNITS, description="Units ordered from the "
                                                             "supplier and not received yet.")
    lead_time_days: int = Field(ge=0, le=3650, description="The supplier's lead time, days "
                                                           "from order to arrival.")
    usage: list[DailyUse] = Field(default_factory=list, description="Units fitted per day, "
                                  "from the repair history; days without use may be left "
                                  "out; days outside the usage window are ignored.")
    stock_position: Optional[int] = Field(
        None, description="Derived: in_stock + on_order, units.")
    used_in_window: Optional[int] = Field(
        None, description="Derived: units fitted in the usage window "
                          "(settings.usage_window_days, 90 by default, ending on the "
                          "evaluation date, that day included).")
    average_daily_use: Optional[Decimal] = Field(
        None, description="Derived: used_in_window / usage_window_days, units per day, "
                          "rounded to 0.0001 for reading.")
    reorder_point: Optional[Decimal] = Field(
        None, description="Derived: average daily use x lead_time_days x "
                          "settings.safety_factor (1.5 by default), units, rounded up to "
                          "0.01.")
    below_reorder_point: Optional[bool] = Field(
        None, description="Derived: stock_position < reorder_point, computed exactly.")


class PartsFacts(Facts):
    """A store's stocked parts, to check against the reorder rule."""
    store_id: Optional[str] = Field(None, description="The store (for the caller's "
                                                      "reference).")
    parts: list[StockedPart] = Field(default_factory=list, description="The parts to check.")
