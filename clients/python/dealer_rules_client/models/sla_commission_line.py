from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaCommissionLine")


@_attrs_define
class SlaCommissionLine:
    """
    Attributes:
        amount (str): Withheld, CNY.
        code (str):
        label (str):
        percent (str):
        rule (str):  Default: ''.
    """

    amount: str
    code: str
    label: str
    percent: str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        code = self.code

        label = self.label

        percent = self.percent

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "code": code,
                "label": label,
                "percent": percent,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        code = d.pop("code")

        label = d.pop("label")

        percent = d.pop("percent")

        rule = d.pop("rule")

        sla_commission_line = cls(
            amount=amount,
            code=code,
            label=label,
            percent=percent,
            rule=rule,
        )

        sla_commission_line.additional_properties = d
        return sla_commission_line

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
