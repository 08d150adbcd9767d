from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.parameter_info import ParameterInfo


T = TypeVar("T", bound="ParameterList")


@_attrs_define
class ParameterList:
    """
    Attributes:
        domain (str):
        group (str):
        parameters (list[ParameterInfo]):
        revision (int): Send it back with a PATCH.
        version (str): draft, or the published version's number.
    """

    domain: str
    group: str
    parameters: list[ParameterInfo]
    revision: int
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        group = self.group

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        revision = self.revision

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "group": group,
                "parameters": parameters,
                "revision": revision,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_info import ParameterInfo  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        group = d.pop("group")

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = ParameterInfo.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        revision = d.pop("revision")

        version = d.pop("version")

        parameter_list = cls(
            domain=domain,
            group=group,
            parameters=parameters,
            revision=revision,
            version=version,
        )

        parameter_list.additional_properties = d
        return parameter_list

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
