from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.semantic_change import SemanticChange


T = TypeVar("T", bound="DiffResult")


@_attrs_define
class DiffResult:
    """
    Attributes:
        added (list[str]):
        changed (list[str]):
        changes (list[SemanticChange]): Rule by rule, in business words: rules added, removed, switched on or off,
            conditions and values changed (old -> new).
        new (str):
        old (str):
        removed (list[str]):
        unified (str):
    """

    added: list[str]
    changed: list[str]
    changes: list[SemanticChange]
    new: str
    old: str
    removed: list[str]
    unified: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added = self.added

        changed = self.changed

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        new = self.new

        old = self.old

        removed = self.removed

        unified = self.unified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added": added,
                "changed": changed,
                "changes": changes,
                "new": new,
                "old": old,
                "removed": removed,
                "unified": unified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.semantic_change import SemanticChange  # noqa: PLC0415

        d = dict(src_dict)
        added = cast(list[str], d.pop("added"))

        changed = cast(list[str], d.pop("changed"))

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = SemanticChange.from_dict(changes_item_data)

            changes.append(changes_item)

        new = d.pop("new")

        old = d.pop("old")

        removed = cast(list[str], d.pop("removed"))

        unified = d.pop("unified")

        diff_result = cls(
            added=added,
            changed=changed,
            changes=changes,
            new=new,
            old=old,
            removed=removed,
            unified=unified,
        )

        diff_result.additional_properties = d
        return diff_result

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
