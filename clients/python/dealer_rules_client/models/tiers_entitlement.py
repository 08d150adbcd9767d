from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TiersEntitlement")


@_attrs_define
class TiersEntitlement:
    """Something the customer is entitled to: a benefit, a free maintenance.

    Attributes:
        code (str): Machine code, e.g. labour_discount.
        label (str): What the customer is told, e.g. 工时费9折.
        reference (str): What it is for when it is one of several, e.g. the other customer of a referral. Default: ''.
        rule (str): Id of the rule that granted it.
    """

    code: str
    label: str
    rule: str
    reference: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        reference = self.reference

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "reference": reference,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        reference = d.pop("reference")

        rule = d.pop("rule")

        tiers_entitlement = cls(
            code=code,
            label=label,
            reference=reference,
            rule=rule,
        )

        tiers_entitlement.additional_properties = d
        return tiers_entitlement

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
