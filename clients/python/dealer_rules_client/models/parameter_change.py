from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ParameterChange")


@_attrs_define
class ParameterChange:
    """
    Attributes:
        address (str):
        value (Any): The new value: a number, text, true/false, or ISO date/date-time.
    """

    address: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "address": address,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        value = d.pop("value")

        parameter_change = cls(
            address=address,
            value=value,
        )

        return parameter_change
