from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.parts_reorder import PartsReorder


T = TypeVar("T", bound="PartsResult")


@_attrs_define
class PartsResult:
    """What to reorder.

    Attributes:
        reorders (list[PartsReorder]): In the order the parts were sent.
    """

    reorders: list[PartsReorder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reorders = []
        for reorders_item_data in self.reorders:
            reorders_item = reorders_item_data.to_dict()
            reorders.append(reorders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reorders": reorders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parts_reorder import PartsReorder  # noqa: PLC0415

        d = dict(src_dict)
        reorders = []
        _reorders = d.pop("reorders")
        for reorders_item_data in _reorders:
            reorders_item = PartsReorder.from_dict(reorders_item_data)

            reorders.append(reorders_item)

        parts_result = cls(
            reorders=reorders,
        )

        parts_result.additional_properties = d
        return parts_result

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
