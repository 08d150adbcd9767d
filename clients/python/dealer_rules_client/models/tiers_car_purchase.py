from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TiersCarPurchase")


@_attrs_define
class TiersCarPurchase:
    """A car this customer bought from the dealer group.

    Attributes:
        purchased_on (datetime.date): Local date the purchase was completed.
    """

    purchased_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        purchased_on = self.purchased_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "purchased_on": purchased_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purchased_on = datetime.date.fromisoformat(d.pop("purchased_on"))

        tiers_car_purchase = cls(
            purchased_on=purchased_on,
        )

        return tiers_car_purchase
