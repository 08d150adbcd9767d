from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaAward")


@_attrs_define
class SlaAward:
    """
    Attributes:
        advisor_id (str):
        code (str):
        label (str):
        rule (str):  Default: ''.
    """

    advisor_id: str
    code: str
    label: str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advisor_id = self.advisor_id

        code = self.code

        label = self.label

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advisor_id": advisor_id,
                "code": code,
                "label": label,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advisor_id = d.pop("advisor_id")

        code = d.pop("code")

        label = d.pop("label")

        rule = d.pop("rule")

        sla_award = cls(
            advisor_id=advisor_id,
            code=code,
            label=label,
            rule=rule,
        )

        sla_award.additional_properties = d
        return sla_award

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
