from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TiersClubInvitation")


@_attrs_define
class TiersClubInvitation:
    """An invitation to owners' club events (车主俱乐部).

    Attributes:
        events (list[str]): Kinds of event, e.g. 自驾游.
        label (str): What the customer is told.
        rule (str): Id of the rule that invited.
    """

    events: list[str]
    label: str
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = self.events

        label = self.label

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "label": label,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = cast(list[str], d.pop("events"))

        label = d.pop("label")

        rule = d.pop("rule")

        tiers_club_invitation = cls(
            events=events,
            label=label,
            rule=rule,
        )

        tiers_club_invitation.additional_properties = d
        return tiers_club_invitation

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
