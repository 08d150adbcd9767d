from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaReview")


@_attrs_define
class SlaReview:
    """A repair order flagged for review because of its customer rating.

    Attributes:
        code (str): e.g. rating_review.
        label (str): Chinese label from the rule, e.g. 低分评价复核.
        order_id (str):
        rule (str):  Default: ''.
        stars (int): The rating, 1-5 stars.
        technician_id (None | str):
    """

    code: str
    label: str
    order_id: str
    stars: int
    technician_id: None | str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        order_id = self.order_id

        rule = self.rule

        stars = self.stars

        technician_id: None | str
        technician_id = self.technician_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "order_id": order_id,
                "rule": rule,
                "stars": stars,
                "technician_id": technician_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        order_id = d.pop("order_id")

        rule = d.pop("rule")

        stars = d.pop("stars")

        def _parse_technician_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        technician_id = _parse_technician_id(d.pop("technician_id"))

        sla_review = cls(
            code=code,
            label=label,
            order_id=order_id,
            rule=rule,
            stars=stars,
            technician_id=technician_id,
        )

        sla_review.additional_properties = d
        return sla_review

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
