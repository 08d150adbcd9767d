"""When a ``tiers`` answer changes by itself (the ``next_changes`` hook, issue 15).

Everything in the domain is judged at the evaluation date, so the answer can only change
at a local midnight: when an old service payment leaves the trailing spend window (the tier
may drop), and when a purchase, payment or referral dated later than the evaluation date
is reached (it "has not happened yet" until then).
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Iterator

from .facts import TiersFacts
from .settings import TiersSettings

_DAY = dt.timedelta(days=1)


def next_changes(facts: TiersFacts, at: dt.datetime, settings: TiersSettings
                 ) -> Iterator[dt.datetime]:
    """Every instant at which the answer may change (the core keeps the earliest after at)."""
    today, zone = at.date(), at.tzinfo
    customer = facts.customer
    months = settings.spend_window_months
    days = [p.purchased_on for p in customer.car_purchases]
    days += [r.purchased_on for r in customer.referrals if r.purchased_on is not None]
    for order in customer.service_orders:
        days.append(order.paid_on)
        if order.paid_on <= today:
            days.append(leaves_window(order.paid_on, months))
    for day in days:
        if day > today:
            yield dt.datetime.combine(day, dt.time(), tzinfo=zone)


def leaves_window(paid_on: dt.date, months: int) -> dt.date:
    """The first day whose trailing ``months`` window no longer holds a payment made on
    ``paid_on`` (derive.trailing_spend: the window opens the day after ``months_before``):
    the same day ``months`` later, or the day after that month's end when it is shorter
    (paid 2024-02-29: 2025-03-01)."""
    year, month0 = divmod(paid_on.year * 12 + paid_on.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    if paid_on.day <= last:
        return dt.date(year, month0 + 1, paid_on.day)
    return dt.date(year, month0 + 1, last) + _DAY
