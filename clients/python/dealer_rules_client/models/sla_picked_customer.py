from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaPickedCustomer")


@_attrs_define
class SlaPickedCustomer:
    """A customer picked as a mystery shopper.

    Attributes:
        customer_id (str):
        draw (str): The customer's draw for the month, in [0, 1), truncated to 6 places; picked when below the rate.
        topped_up (bool): Picked only to reach the minimum number, as one of the lowest draws. Default: False.
    """

    customer_id: str
    draw: str
    topped_up: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        draw = self.draw

        topped_up = self.topped_up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "draw": draw,
                "topped_up": topped_up,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        draw = d.pop("draw")

        topped_up = d.pop("topped_up")

        sla_picked_customer = cls(
            customer_id=customer_id,
            draw=draw,
            topped_up=topped_up,
        )

        sla_picked_customer.additional_properties = d
        return sla_picked_customer

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
