"""Finishing the result once every fired rule has acted: order and totals."""
from __future__ import annotations

from decimal import Decimal

from dealer_rules.plugins.common.money import cny

from .facts import OffersFacts
from .result import OffersResult


def finalise(result: OffersResult, facts: OffersFacts) -> None:
    """Ladder offers first, by step (value package, financing, cash), then the after-sales
    offers in rule order; the cash discount, the total concession (value package worth +
    cash) and the price after the cash discount."""
    result.segment = facts.customer.segment
    result.offers.sort(key=lambda o: (o.step is None, o.step or 0))
    cash = sum((o.worth for o in result.offers if o.kind == "cash_discount"), Decimal(0))
    package = sum((o.worth for o in result.offers if o.kind == "value_package"), Decimal(0))
    result.cash_discount = cny(cash)
    result.total_concession = cny(cash + package)
    if facts.deal is not None:
        result.price_after_discount = cny(facts.deal.list_price - cash)
