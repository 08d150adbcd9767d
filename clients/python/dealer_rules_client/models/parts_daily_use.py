from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartsDailyUse")


@_attrs_define
class PartsDailyUse:
    """Units of the part fitted on one day, from the repair history.

    Attributes:
        on (datetime.date): The local date.
        quantity (int): Units fitted in repairs that day.
    """

    on: datetime.date
    quantity: int

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        quantity = d.pop("quantity")

        parts_daily_use = cls(
            on=on,
            quantity=quantity,
        )

        return parts_daily_use
