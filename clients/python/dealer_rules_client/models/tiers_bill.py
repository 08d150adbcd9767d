from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TiersBill")


@_attrs_define
class TiersBill:
    """The order at the counter, priced: what the customer pays, CNY.

    Attributes:
        labour_amount (str): Labour before discount, CNY.
        labour_discount (str): Amount taken off labour, CNY.
        labour_discount_percent (str): Percent taken off labour.
        labour_payable (str): Labour to pay, CNY.
        parts_amount (str): Parts before discount, CNY.
        parts_payable (str): Parts to pay, CNY (no tier discounts parts).
        total_payable (str): Labour plus parts to pay, CNY.
    """

    labour_amount: str
    labour_discount: str
    labour_discount_percent: str
    labour_payable: str
    parts_amount: str
    parts_payable: str
    total_payable: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labour_amount = self.labour_amount

        labour_discount = self.labour_discount

        labour_discount_percent = self.labour_discount_percent

        labour_payable = self.labour_payable

        parts_amount = self.parts_amount

        parts_payable = self.parts_payable

        total_payable = self.total_payable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labour_amount": labour_amount,
                "labour_discount": labour_discount,
                "labour_discount_percent": labour_discount_percent,
                "labour_payable": labour_payable,
                "parts_amount": parts_amount,
                "parts_payable": parts_payable,
                "total_payable": total_payable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        labour_amount = d.pop("labour_amount")

        labour_discount = d.pop("labour_discount")

        labour_discount_percent = d.pop("labour_discount_percent")

        labour_payable = d.pop("labour_payable")

        parts_amount = d.pop("parts_amount")

        parts_payable = d.pop("parts_payable")

        total_payable = d.pop("total_payable")

        tiers_bill = cls(
            labour_amount=labour_amount,
            labour_discount=labour_discount,
            labour_discount_percent=labour_discount_percent,
            labour_payable=labour_payable,
            parts_amount=parts_amount,
            parts_payable=parts_payable,
            total_payable=total_payable,
        )

        tiers_bill.additional_properties = d
        return tiers_bill

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
