from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_info_params_schema import ActionInfoParamsSchema


T = TypeVar("T", bound="ActionInfo")


@_attrs_define
class ActionInfo:
    """
    Attributes:
        description (str):
        name (str):
        params_schema (ActionInfoParamsSchema):
        title (str):
        title_zh (str):
    """

    description: str
    name: str
    params_schema: ActionInfoParamsSchema
    title: str
    title_zh: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        params_schema = self.params_schema.to_dict()

        title = self.title

        title_zh = self.title_zh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "params_schema": params_schema,
                "title": title,
                "title_zh": title_zh,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_info_params_schema import ActionInfoParamsSchema  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        params_schema = ActionInfoParamsSchema.from_dict(d.pop("params_schema"))

        title = d.pop("title")

        title_zh = d.pop("title_zh")

        action_info = cls(
            description=description,
            name=name,
            params_schema=params_schema,
            title=title,
            title_zh=title_zh,
        )

        action_info.additional_properties = d
        return action_info

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
