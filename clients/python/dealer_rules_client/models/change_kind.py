from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_change import FieldChange
    from ..models.impact_example import ImpactExample


T = TypeVar("T", bound="ChangeKind")


@_attrs_define
class ChangeKind:
    """
    Attributes:
        changes (list[FieldChange]):
        count (int): Decisions changed this way.
        examples (list[ImpactExample]):
        key (str): A short text naming the kind of change.
        rules_started (list[str]): Titles of rules that apply only with the draft.
        rules_stopped (list[str]): Titles of rules that apply only with the published version.
    """

    changes: list[FieldChange]
    count: int
    examples: list[ImpactExample]
    key: str
    rules_started: list[str]
    rules_stopped: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        count = self.count

        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        key = self.key

        rules_started = self.rules_started

        rules_stopped = self.rules_stopped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "count": count,
                "examples": examples,
                "key": key,
                "rules_started": rules_started,
                "rules_stopped": rules_stopped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_change import FieldChange  # noqa: PLC0415
        from ..models.impact_example import ImpactExample  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = FieldChange.from_dict(changes_item_data)

            changes.append(changes_item)

        count = d.pop("count")

        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = ImpactExample.from_dict(examples_item_data)

            examples.append(examples_item)

        key = d.pop("key")

        rules_started = cast(list[str], d.pop("rules_started"))

        rules_stopped = cast(list[str], d.pop("rules_stopped"))

        change_kind = cls(
            changes=changes,
            count=count,
            examples=examples,
            key=key,
            rules_started=rules_started,
            rules_stopped=rules_stopped,
        )

        change_kind.additional_properties = d
        return change_kind

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
