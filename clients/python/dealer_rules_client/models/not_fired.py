from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.not_fired_values import NotFiredValues


T = TypeVar("T", bound="NotFired")


@_attrs_define
class NotFired:
    """
    Attributes:
        detail (str): condition: the failing part of the condition; outside_window: the validity window as written, an
            ISO 8601 interval start/end, both ends included (a date: its whole day; .. for an open side); excluded: group:
            the rule that applied; hit_policy_first: the rule that applied.
        id (str):
        reason (str): condition, disabled, outside_window, excluded or hit_policy_first.
        title (str):
        values (NotFiredValues): The facts the failing part looked at.
    """

    detail: str
    id: str
    reason: str
    title: str
    values: NotFiredValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        id = self.id

        reason = self.reason

        title = self.title

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "id": id,
                "reason": reason,
                "title": title,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.not_fired_values import NotFiredValues  # noqa: PLC0415

        d = dict(src_dict)
        detail = d.pop("detail")

        id = d.pop("id")

        reason = d.pop("reason")

        title = d.pop("title")

        values = NotFiredValues.from_dict(d.pop("values"))

        not_fired = cls(
            detail=detail,
            id=id,
            reason=reason,
            title=title,
            values=values,
        )

        not_fired.additional_properties = d
        return not_fired

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
