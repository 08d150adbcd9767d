from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.applied_action_params import AppliedActionParams


T = TypeVar("T", bound="AppliedAction")


@_attrs_define
class AppliedAction:
    """
    Attributes:
        action (str): The action's name, e.g. grant_benefit.
        params (AppliedActionParams): Its parameters as the rule gave them.
    """

    action: str
    params: AppliedActionParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applied_action_params import AppliedActionParams  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        params = AppliedActionParams.from_dict(d.pop("params"))

        applied_action = cls(
            action=action,
            params=params,
        )

        applied_action.additional_properties = d
        return applied_action

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
