"""Finish a tiers result once the actions ran: price the order at the counter with the one
labour discount that applies, and count the points it earns.

Money is exact Decimal CNY, rounded to the fen half up (plugins.common.money). Points are
whole: the exact product is rounded down, so no point is ever credited for money not paid.
"""
from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from dealer_rules.plugins.common.money import cny

from .facts import ServiceOrder, TiersFacts
from .result import Bill, TiersResult


def finalise(result: TiersResult, facts: TiersFacts, at=None, settings=None) -> None:
    """Set ``result.order`` (when there is an order) and ``result.points``."""
    points = result.points
    points.balance_before = facts.customer.points_balance
    if facts.order is not None:
        result.order = price(facts.order, result.labour_discount_percent)
        if points.points_per_cny > 0:
            points.paid = result.order.total_payable
            points.earned = whole_points(points.paid * points.points_per_cny * points.multiplier)
    points.balance_after = points.balance_before + points.earned


def price(order: ServiceOrder, labour_discount_percent: Decimal) -> Bill:
    """The order with ``labour_discount_percent`` off labour; parts at full price. The
    discount amount is labour minus labour payable, so the bill always adds up."""
    labour_payable = cny(order.labour_amount * (100 - labour_discount_percent) / 100)
    return Bill(labour_amount=order.labour_amount, parts_amount=order.parts_amount,
                labour_discount_percent=labour_discount_percent,
                labour_discount=order.labour_amount - labour_payable,
                labour_payable=labour_payable, parts_payable=order.parts_amount,
                total_payable=labour_payable + order.parts_amount)


def whole_points(exact: Decimal) -> int:
    """Points for an exact amount: fractions dropped (1199.988 -> 1199)."""
    return int(exact.to_integral_value(rounding=ROUND_FLOOR))
