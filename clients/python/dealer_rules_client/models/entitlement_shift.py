from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EntitlementShift")


@_attrs_define
class EntitlementShift:
    """
    Attributes:
        after (int):
        before (int):
        code (str):
        difference (int):
        label (str):  Default: ''.
        path (str):
    """

    after: int
    before: int
    code: str
    difference: int
    path: str
    label: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        before = self.before

        code = self.code

        difference = self.difference

        label = self.label

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after": after,
                "before": before,
                "code": code,
                "difference": difference,
                "label": label,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        after = d.pop("after")

        before = d.pop("before")

        code = d.pop("code")

        difference = d.pop("difference")

        label = d.pop("label")

        path = d.pop("path")

        entitlement_shift = cls(
            after=after,
            before=before,
            code=code,
            difference=difference,
            label=label,
            path=path,
        )

        entitlement_shift.additional_properties = d
        return entitlement_shift

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
