"""What a dealer group configures for offers beside its rules (``settings:`` in the ruleset).

Rules cannot read settings directly; ``derive.py`` turns the ones rules need into derived
facts (``deal.package_worth``, ``deal.floor_price``, ``vehicle.warranty_ending_soon`` ...),
so the thresholds live in one place and the conditions stay readable.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from dealer_rules.plugins.common.money import Money

FloorPrice = Annotated[Money, Field(gt=0)]


class OffersSettings(BaseModel):
    """A dealer group's numbers for the negotiation ladder and the after-sales cross-sell."""
    model_config = ConfigDict(extra="forbid")

    value_package_worth: Money = Field(
        default=Decimal("3000.00"), ge=0,
        description="What the value package (首年免费保养+原厂脚垫+道路救援) is worth to the "
                    "buyer, CNY. The ladder offers cash only for the part of a requested "
                    "discount above this.")
    model_floors: dict[str, FloorPrice] = Field(
        default_factory=dict,
        description="Floor price (底价) per model code, CNY: the lowest transaction price the "
                    "group allows for that model. A model without a floor gets no cash "
                    "discount. Replaced as a whole by a group that extends this one.")
    non_core_parts: list[str] = Field(
        default_factory=lambda: ["wiper_blades", "air_filter"],
        description="Part codes that are not core parts: only these may be offered as an "
                    "aftermarket (副厂) option; every other part is core and fitted OEM.")
    factory_warranty_months: int = Field(36, gt=0, description="Factory warranty, months from delivery.")
    factory_warranty_km: int = Field(100_000, gt=0, description="Factory warranty, km on the odometer.")
    extended_warranty_window_months: int = Field(
        3, ge=0, description="The extended warranty is offered from this many months before the "
                             "factory warranty ends (or the km window, whichever comes first).")
    extended_warranty_window_km: int = Field(
        5_000, ge=0, description="... or from this many km before the factory warranty's km limit.")
    transmission_care_every_km: int = Field(
        30_000, gt=0, description="Transmission deep care is due every this many km since delivery "
                                  "or since the last deep care (or the months, whichever first).")
    transmission_care_every_months: int = Field(
        24, gt=0, description="... or every this many months.")
