from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.applied_action import AppliedAction


T = TypeVar("T", bound="FiredRule")


@_attrs_define
class FiredRule:
    """
    Attributes:
        actions (list[AppliedAction]):
        id (str):
        origin (str): own, inherited (from the base group) or overridden.
        priority (int):
        title (str):
        when (str): The rule's condition: why it applies.
    """

    actions: list[AppliedAction]
    id: str
    origin: str
    priority: int
    title: str
    when: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        id = self.id

        origin = self.origin

        priority = self.priority

        title = self.title

        when = self.when

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "id": id,
                "origin": origin,
                "priority": priority,
                "title": title,
                "when": when,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_action import AppliedAction  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = AppliedAction.from_dict(actions_item_data)

            actions.append(actions_item)

        id = d.pop("id")

        origin = d.pop("origin")

        priority = d.pop("priority")

        title = d.pop("title")

        when = d.pop("when")

        fired_rule = cls(
            actions=actions,
            id=id,
            origin=origin,
            priority=priority,
            title=title,
            when=when,
        )

        fired_rule.additional_properties = d
        return fired_rule

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
