"""The answer of the ``tiers`` domain: tier, benefits, the priced order, points, what the
points can redeem, and the owners' club invitation.

Each evaluation starts from ``TiersResult()``; the fired rules' actions (actions.py) fill it
in, then ``finalise.py`` prices the order and counts the points.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from pydantic import BaseModel, Field, PrivateAttr

from dealer_rules.plugins.common.money import Money, cny


class Entitlement(BaseModel):
    """Something the customer is entitled to: a benefit, a free maintenance."""
    code: str = Field(description="Machine code, e.g. labour_discount.")
    label: str = Field(description="What the customer is told, e.g. 工时费9折.")
    rule: str = Field(description="Id of the rule that granted it.")
    reference: str = Field("", description="What it is for when it is one of several, e.g. "
                                           "the other customer of a referral.")


class Bill(BaseModel):
    """The order at the counter, priced: what the customer pays, CNY."""
    labour_amount: Money = Field(description="Labour before discount, CNY.")
    parts_amount: Money = Field(description="Parts before discount, CNY.")
    labour_discount_percent: Decimal = Field(description="Percent taken off labour.")
    labour_discount: Money = Field(description="Amount taken off labour, CNY.")
    labour_payable: Money = Field(description="Labour to pay, CNY.")
    parts_payable: Money = Field(description="Parts to pay, CNY (no tier discounts parts).")
    total_payable: Money = Field(description="Labour plus parts to pay, CNY.")


class PointsAward(BaseModel):
    """Points for the order at the counter, credited once it is paid."""
    points_per_cny: Decimal = Field(Decimal(0), description="Base rate, points per CNY paid.")
    multiplier: Decimal = Field(Decimal(1), description="Tier multiplier (the highest "
                                                        "granted; multipliers never stack).")
    paid: Money = Field(cny(0), description="Amount the points are earned on: the order's "
                                            "total payable, CNY.")
    earned: int = Field(0, description="paid x rate x multiplier, rounded down to whole "
                                       "points.")
    balance_before: int = Field(0, description="The customer's balance now, points.")
    balance_after: int = Field(0, description="Balance once the order is paid, points.")


class Redeemable(BaseModel):
    """A catalogue item the customer's current points balance can pay for."""
    category: str = Field(description="Catalogue section, e.g. maintenance_package.")
    category_label: str = Field(description="Its name for customers, e.g. 保养套餐.")
    code: str = Field(description="Item code.")
    label: str = Field(description="Item name for customers.")
    points: int = Field(description="Its cost, points.")


class ClubInvitation(BaseModel):
    """An invitation to owners' club events (车主俱乐部)."""
    label: str = Field(description="What the customer is told.")
    events: list[str] = Field(description="Kinds of event, e.g. 自驾游.")
    rule: str = Field(description="Id of the rule that invited.")


class Included(BaseModel):
    """Something that comes with a service at no extra charge."""
    code: str = Field(description="Machine code, e.g. free_car_wash.")
    label: str = Field(description="What the customer is told, e.g. 免费洗车.")


class PickupDelivery(BaseModel):
    """Pick-up and delivery (上门取送车) offered for the visit, and its price."""
    code: str = Field(description="pickup_delivery.")
    label: str = Field(description="What the customer is told, e.g. 上门取送车.")
    price: Money = Field(description="What the customer pays for it, CNY; 0.00: free.")
    includes: list[Included] = Field(default_factory=list,
                                     description="What comes with it, e.g. a free car wash.")
    rule: str = Field(description="Id of the rule that offered it.")


class TiersResult(BaseModel):
    tier: Optional[str] = Field(None, description="Qualified tier code (silver, gold, "
                                                  "diamond); null for a non-member.")
    tier_label: str = Field("", description="Its name for customers, e.g. 金卡会员.")
    labour_discount_percent: Decimal = Field(
        Decimal(0), description="The one labour discount that applies: the best granted.")
    benefits: list[Entitlement] = Field(default_factory=list,
                                        description="Everything the customer is entitled to.")
    order: Optional[Bill] = Field(None, description="The order at the counter, priced; "
                                                    "null without an order.")
    points: PointsAward = Field(default_factory=PointsAward)
    redeemable: list[Redeemable] = Field(
        default_factory=list, description="What the current balance can redeem.")
    owners_club: Optional[ClubInvitation] = Field(None, description="Set when invited.")
    pickup_delivery: Optional[PickupDelivery] = Field(
        None, description="Set when pick-up and delivery is offered for the visit.")

    # bookkeeping of the actions, not part of the answer
    _tier_rank: int = PrivateAttr(0)
    _labour_discount: Optional[Entitlement] = PrivateAttr(None)
