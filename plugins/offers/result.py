"""The answer a salesperson or service advisor reads: offers to make, vehicles to
recommend, the test-drive route, the delivery ceremony, part choices and what to say."""
from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field

from dealer_rules.plugins.common.money import Money

OfferKind = Literal["value_package", "financing", "cash_discount", "extended_warranty",
                    "maintenance_package", "care_package", "trade_in"]


class Item(BaseModel):
    """A code for machines and a Chinese label for people."""
    code: str
    label: str


class Offer(BaseModel):
    """Something to put on the table, in the order it should be offered."""
    kind: OfferKind = Field(description="value_package, financing, cash_discount (the "
                                        "negotiation ladder), extended_warranty, "
                                        "maintenance_package, care_package, trade_in.")
    code: str
    label: str = Field(description="What the customer is told, in Chinese.")
    step: Optional[int] = Field(None, description="Negotiation ladder step: 1 value package, "
                                                  "2 financing, 3 cash discount; none after the sale.")
    worth: Optional[Money] = Field(None, description="What it is worth to the customer, CNY; "
                                                     "none when it has no cash value.")
    components: list[Item] = Field(default_factory=list)
    script: str = Field("", description="What to say, in Chinese.")
    rule: str = Field("", description="The rule that made the offer.")


class Recommendation(BaseModel):
    """A kind of vehicle to show the buyer, and why."""
    code: str
    label: str
    reason: str = ""
    rule: str = ""


class PartAdvice(BaseModel):
    """Which track (OEM or aftermarket) to offer for a part, and what to tell the customer."""
    part: str = Field(description="Part code.")
    name: str = Field(description="The part's name shown to the customer.")
    track: Literal["oem", "aftermarket"]
    label: str
    price: Optional[Money] = Field(None, description="Price on this track, CNY.")
    saving: Optional[Money] = Field(None, description="Aftermarket: saving against OEM, CNY.")
    disclosure: str = Field("", description="Aftermarket: what the customer must be told about "
                                            "fit and price, in Chinese.")


class OffersResult(BaseModel):
    """What applies to this customer now."""
    segment: Optional[str] = Field(None, description="The customer's segment (derived).")
    offers: list[Offer] = Field(default_factory=list, description="Ladder steps first, then "
                                                                  "after-sales offers.")
    cash_discount: Money = Field(Decimal("0.00"), description="Cash discount offered, CNY.")
    total_concession: Money = Field(Decimal("0.00"), description="Value package worth plus cash "
                                                                 "discount, CNY.")
    price_after_discount: Optional[Money] = Field(None, description="List price minus the cash "
                                                                    "discount, CNY.")
    selling_points: list[Item] = Field(default_factory=list, description="What to stress.")
    channels: list[Item] = Field(default_factory=list, description="Where to reach such buyers.")
    recommendations: list[Recommendation] = Field(default_factory=list)
    test_drive_route: list[Item] = Field(default_factory=list)
    delivery_ceremony: list[Item] = Field(default_factory=list)
    attendees: list[Item] = Field(default_factory=list, description="Who must be present.")
    parts: list[PartAdvice] = Field(default_factory=list)
    scripts: list[Item] = Field(default_factory=list, description="Talking points, in Chinese.")
    services: list[Item] = Field(default_factory=list, description="Services to provide on "
                                                                   "the workshop visit.")
