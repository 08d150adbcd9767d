"""Derived facts of the ``parts`` domain: each part's use in the window, its reorder point
and whether its stock is below it, so the rule reads as the policy does."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from .facts import PartsFacts, StockedPart
from .settings import PartsSettings

_CENT = Decimal("0.01")
_TEN_THOUSANDTH = Decimal("0.0001")


def derive(facts: PartsFacts, today: dt.date, settings: PartsSettings) -> None:
    """Fill in every derived field of every part."""
    for part in facts.parts:
        derive_part(part, today, settings)


def derive_part(part: StockedPart, today: dt.date, settings: PartsSettings) -> None:
    """``stock < average daily use x lead time x safety factor``, decided exactly: both
    sides are multiplied by the window length so no division rounds the comparison at the
    threshold (60 units in 90 days with a 9-day lead time: the reorder point is exactly 9,
    and 9 in stock is not below it). The rounded figures are for reading only."""
    window = settings.usage_window_days
    first_day = today - dt.timedelta(days=window - 1)
    used = sum(u.quantity for u in part.usage if first_day <= u.on <= today)
    expected = Decimal(used) * part.lead_time_days * settings.safety_factor
    part.stock_position = part.in_stock + part.on_order
    part.used_in_window = used
    part.average_daily_use = (Decimal(used) / window).quantize(_TEN_THOUSANDTH, ROUND_HALF_UP)
    part.reorder_point = (expected / window).quantize(_CENT, ROUND_CEILING)
    part.below_reorder_point = part.stock_position * window < expected
