from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expect_change import ExpectChange


T = TypeVar("T", bound="AcceptResult")


@_attrs_define
class AcceptResult:
    """
    Attributes:
        changes (list[ExpectChange]):
        revision (int):
        saved (bool):
    """

    changes: list[ExpectChange]
    revision: int
    saved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        revision = self.revision

        saved = self.saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "revision": revision,
                "saved": saved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expect_change import ExpectChange  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ExpectChange.from_dict(changes_item_data)

            changes.append(changes_item)

        revision = d.pop("revision")

        saved = d.pop("saved")

        accept_result = cls(
            changes=changes,
            revision=revision,
            saved=saved,
        )

        accept_result.additional_properties = d
        return accept_result

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
