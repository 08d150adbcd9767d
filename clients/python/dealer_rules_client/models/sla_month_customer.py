from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaMonthCustomer")


@_attrs_define
class SlaMonthCustomer:
    """A customer the store served in the month.

    Attributes:
        customer_id (str): CRM customer id.
        picked_last_month (bool | Unset): The customer was a mystery shopper the month before (never picked two months
            running). Default: `false`.
    """

    customer_id: str
    picked_last_month: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        picked_last_month = self.picked_last_month

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if picked_last_month is not UNSET:
            field_dict["picked_last_month"] = picked_last_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        picked_last_month = d.pop("picked_last_month", UNSET)

        sla_month_customer = cls(
            customer_id=customer_id,
            picked_last_month=picked_last_month,
        )

        return sla_month_customer
