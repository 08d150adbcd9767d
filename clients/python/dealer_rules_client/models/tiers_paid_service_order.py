from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TiersPaidServiceOrder")


@_attrs_define
class TiersPaidServiceOrder:
    """A service order the customer has already paid (the workshop system's history).

    Attributes:
        amount_paid (str): What the customer paid for it, after discounts, CNY.
        paid_on (datetime.date): Local date the order was paid.
    """

    amount_paid: str
    paid_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        amount_paid = self.amount_paid

        paid_on = self.paid_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_paid": amount_paid,
                "paid_on": paid_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_paid = d.pop("amount_paid")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        tiers_paid_service_order = cls(
            amount_paid=amount_paid,
            paid_on=paid_on,
        )

        return tiers_paid_service_order
