from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Effect")


@_attrs_define
class Effect:
    """
    Attributes:
        after (str): Its sum over the changed decisions, draft.
        before (str): Its sum over the changed decisions, published version.
        difference (str): after - before (as a decimal string).
        path (str): The result field (list positions as []).
        unit (str): CNY for money, empty for points and other counts.
    """

    after: str
    before: str
    difference: str
    path: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        before = self.before

        difference = self.difference

        path = self.path

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after": after,
                "before": before,
                "difference": difference,
                "path": path,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        after = d.pop("after")

        before = d.pop("before")

        difference = d.pop("difference")

        path = d.pop("path")

        unit = d.pop("unit")

        effect = cls(
            after=after,
            before=before,
            difference=difference,
            path=path,
            unit=unit,
        )

        effect.additional_properties = d
        return effect

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
