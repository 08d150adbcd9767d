from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TiersRedeemable")


@_attrs_define
class TiersRedeemable:
    """A catalogue item the customer's current points balance can pay for.

    Attributes:
        category (str): Catalogue section, e.g. maintenance_package.
        category_label (str): Its name for customers, e.g. 保养套餐.
        code (str): Item code.
        label (str): Item name for customers.
        points (int): Its cost, points.
    """

    category: str
    category_label: str
    code: str
    label: str
    points: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        category_label = self.category_label

        code = self.code

        label = self.label

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "category_label": category_label,
                "code": code,
                "label": label,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        category_label = d.pop("category_label")

        code = d.pop("code")

        label = d.pop("label")

        points = d.pop("points")

        tiers_redeemable = cls(
            category=category,
            category_label=category_label,
            code=code,
            label=label,
            points=points,
        )

        tiers_redeemable.additional_properties = d
        return tiers_redeemable

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
