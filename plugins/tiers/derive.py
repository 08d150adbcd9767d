"""Derived facts of the ``tiers`` domain, worked out before any rule is matched.

Called for every evaluation, so each function is one pass over a short list. Everything is
judged at the evaluation date: a purchase or payment dated later has not happened yet.
"""
from __future__ import annotations

import calendar
import datetime as dt

from dealer_rules.plugins.common.money import cny

from .facts import Customer, TiersFacts
from .settings import TiersSettings


def derive(facts: TiersFacts, today: dt.date, settings: TiersSettings) -> None:
    """Fill in every derived field of ``facts`` in place."""
    customer = facts.customer
    customer.has_bought_car = any(p.purchased_on <= today for p in customer.car_purchases)
    customer.trailing_service_spend = trailing_spend(customer, today,
                                                     settings.spend_window_months)
    for referral in customer.referrals:
        referral.successful = referral.purchased_on is not None and referral.purchased_on <= today
    customer.successful_referrals = sum(1 for r in customer.referrals if r.successful)
    referred = customer.referred_by
    if referred is not None:
        referred.purchase_completed = any(referred.referred_on <= p.purchased_on <= today
                                          for p in customer.car_purchases)


def trailing_spend(customer: Customer, today: dt.date, months: int):
    """CNY paid on service orders in the ``months`` ending on ``today``, that day included.

    The window opens the day after the same date ``months`` earlier: at 2026-11-27 a
    12-month window is 2025-11-28 .. 2026-11-27 (365 days).
    """
    opens_after = months_before(today, months)
    return cny(sum((o.amount_paid for o in customer.service_orders
                    if opens_after < o.paid_on <= today), start=0))


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` earlier, or that month's last day if it is
    shorter (2028-02-29 minus 12 months is 2027-02-28)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))
