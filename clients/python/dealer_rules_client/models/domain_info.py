from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_info import ActionInfo
    from ..models.domain_info_facts_schema import DomainInfoFactsSchema
    from ..models.domain_info_result_schema import DomainInfoResultSchema


T = TypeVar("T", bound="DomainInfo")


@_attrs_define
class DomainInfo:
    """
    Attributes:
        actions (list[ActionInfo]):
        description (str):
        facts_schema (DomainInfoFactsSchema): JSON Schema of the facts.
        name (str):
        plugin (str):
        result_schema (DomainInfoResultSchema):
        title (str):
        title_zh (str):
    """

    actions: list[ActionInfo]
    description: str
    facts_schema: DomainInfoFactsSchema
    name: str
    plugin: str
    result_schema: DomainInfoResultSchema
    title: str
    title_zh: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        description = self.description

        facts_schema = self.facts_schema.to_dict()

        name = self.name

        plugin = self.plugin

        result_schema = self.result_schema.to_dict()

        title = self.title

        title_zh = self.title_zh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "description": description,
                "facts_schema": facts_schema,
                "name": name,
                "plugin": plugin,
                "result_schema": result_schema,
                "title": title,
                "title_zh": title_zh,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_info import ActionInfo  # noqa: PLC0415
        from ..models.domain_info_facts_schema import DomainInfoFactsSchema  # noqa: PLC0415
        from ..models.domain_info_result_schema import DomainInfoResultSchema  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ActionInfo.from_dict(actions_item_data)

            actions.append(actions_item)

        description = d.pop("description")

        facts_schema = DomainInfoFactsSchema.from_dict(d.pop("facts_schema"))

        name = d.pop("name")

        plugin = d.pop("plugin")

        result_schema = DomainInfoResultSchema.from_dict(d.pop("result_schema"))

        title = d.pop("title")

        title_zh = d.pop("title_zh")

        domain_info = cls(
            actions=actions,
            description=description,
            facts_schema=facts_schema,
            name=name,
            plugin=plugin,
            result_schema=result_schema,
            title=title,
            title_zh=title_zh,
        )

        domain_info.additional_properties = d
        return domain_info

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
