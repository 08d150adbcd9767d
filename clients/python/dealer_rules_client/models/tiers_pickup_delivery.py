from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tiers_included import TiersIncluded


T = TypeVar("T", bound="TiersPickupDelivery")


@_attrs_define
class TiersPickupDelivery:
    """Pick-up and delivery (上门取送车) offered for the visit, and its price.

    Attributes:
        code (str): pickup_delivery.
        includes (list[TiersIncluded]): What comes with it, e.g. a free car wash.
        label (str): What the customer is told, e.g. 上门取送车.
        price (str): What the customer pays for it, CNY; 0.00: free.
        rule (str): Id of the rule that offered it.
    """

    code: str
    includes: list[TiersIncluded]
    label: str
    price: str
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        includes = []
        for includes_item_data in self.includes:
            includes_item = includes_item_data.to_dict()
            includes.append(includes_item)

        label = self.label

        price = self.price

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "includes": includes,
                "label": label,
                "price": price,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tiers_included import TiersIncluded  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        includes = []
        _includes = d.pop("includes")
        for includes_item_data in _includes:
            includes_item = TiersIncluded.from_dict(includes_item_data)

            includes.append(includes_item)

        label = d.pop("label")

        price = d.pop("price")

        rule = d.pop("rule")

        tiers_pickup_delivery = cls(
            code=code,
            includes=includes,
            label=label,
            price=price,
            rule=rule,
        )

        tiers_pickup_delivery.additional_properties = d
        return tiers_pickup_delivery

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
