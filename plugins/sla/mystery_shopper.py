"""The monthly mystery-shopper pick (神秘客暗访): which of a store's service customers of
the month are asked to go through the after-sales process again and report on reception
attitude, repair efficiency and quote transparency.

Reproducible and fair without a random generator: each customer's *draw* is a keyed hash,
blake2b of the customer id and the month, keyed with the ruleset's salt, read as a number
in [0, 1). The same customer, month and salt give the same draw on every worker, in every
run, on every machine (Python's own ``hash()`` differs between processes and is not used).
A customer is picked when the draw is below the rate, so each customer has exactly that
chance and the share over many customers is the rate. When fewer than ``at_least`` are
picked that way, the lowest remaining draws are added (``topped_up``). A customer picked
the month before is never picked (``picked_last_month``).
"""
from __future__ import annotations

import hashlib
import math
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from pydantic import Field

from .params import Params
from .result import MysteryShopperPick, PickedCustomer, SlaResult

_SPAN = 2 ** 64
_DRAW_PLACES = Decimal("0.000001")


def draw_of(customer_id: str, month: str, salt: str) -> Fraction:
    """The customer's draw for ``month``, exactly, in [0, 1)."""
    return Fraction(_ticket(customer_id, month, salt), _SPAN)


def _ticket(customer_id: str, month: str, salt: str) -> int:
    """The draw scaled to a whole number in [0, 2**64): sorting and comparing integers is
    exact and fast (a store's month may hold thousands of customers)."""
    digest = hashlib.blake2b(f"{month}\x1f{customer_id}".encode("utf-8"),
                             key=salt.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def pick(customers, month: str, salt: str, percent: Decimal, at_least: int
         ) -> list[PickedCustomer]:
    """The picked customers of ``customers`` (MonthCustomer), lowest draw first."""
    # ticket / 2**64 < percent / 100  <=>  ticket < ceil(percent / 100 * 2**64) (whole tickets)
    limit = math.ceil(Fraction(percent) / 100 * _SPAN)
    eligible = sorted((_ticket(c.customer_id, month, salt), c.customer_id)
                      for c in customers if not c.picked_last_month)
    chosen = [(t, cid, False) for t, cid in eligible if t < limit]
    extra = max(0, at_least - len(chosen))
    chosen += [(t, cid, True) for t, cid in eligible[len(chosen):len(chosen) + extra]]
    return [PickedCustomer(customer_id=cid, topped_up=topped,
                           draw=(Decimal(t) / _SPAN).quantize(_DRAW_PLACES, ROUND_DOWN))
            for t, cid, topped in chosen]


class MysteryShopperParams(Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 神秘客暗访.")
    percent: Decimal = Field(gt=0, le=100, description="Share of the month's service "
                             "customers to pick, %.")
    at_least: int = Field(0, ge=0, description="Pick at least this many customers (as many "
                          "as are eligible if fewer).")
    salt: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$",
                      description="The ruleset's key for the draws (1-64 letters, digits, _ "
                                  "or -); another salt draws afresh. Whoever reads it can "
                                  "compute the picks: keep the ruleset away from the stores "
                                  "audited.")


def pick_mystery_shoppers(result: SlaResult, params: MysteryShopperParams, context) -> None:
    """Pick the month's mystery shoppers among ``service_month.customers``: every
    customer whose draw (a keyed hash of customer id and month, in [0, 1)) is below
    ``percent``; then the lowest draws up to ``at_least``; never a customer picked the
    month before."""
    month = context.facts.service_month
    if month is None or result.mystery_shopper is not None:
        return
    result.mystery_shopper = MysteryShopperPick(
        month=month.month, label=params.label, percent=params.percent,
        at_least=params.at_least, customers=len(month.customers),
        eligible=sum(1 for c in month.customers if not c.picked_last_month),
        picked=pick(month.customers, month.month, params.salt, params.percent,
                    params.at_least),
        rule=context.rule.id)
