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
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from pydantic import Field

from .params import Params
from .result import MysteryShopperPick, PickedCustomer, SlaResult

_SPAN = 2 ** 64
_DRAW_PLACES = Decimal("0.000001")


def draw_of(customer_id: str, month: str, salt: str) -> Fraction:
    """The customer's draw for ``month``, exactly, in [0, 1)."""
    digest = hashlib.blake2b(f"{month}\x1f{customer_id}".encode("utf-8"),
                             key=salt.encode("utf-8"), digest_size=8).digest()
    return Fraction(int.from_bytes(digest, "big"), _SPAN)


def pick(customers, month: str, salt: str, percent: Decimal, at_least: int
         ) -> list[PickedCustomer]:
    """The picked customers of ``customers`` (MonthCustomer), lowest draw first."""
    rate = Fraction(percent) / 100
    eligible = sorted(((draw_of(c.customer_id, month, salt), c.customer_id)
                       for c in customers if not c.picked_last_month))
    chosen = [(d, cid, False) for d, cid in eligible if d < rate]
    extra = max(0, at_least - len(chosen))
    chosen += [(d, cid, True) for d, cid in eligible[len(chosen):len(chosen) + extra]]
    return [PickedCustomer(customer_id=cid, topped_up=topped,
                           draw=(Decimal(d.numerator) / Decimal(d.denominator)).quantize(
                               _DRAW_PLACES, ROUND_DOWN))
            for d, cid, topped in chosen]


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
