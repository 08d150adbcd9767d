from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaReplacedPart")


@_attrs_define
class SlaReplacedPart:
    """An old part taken off the car on this job.

    Attributes:
        name (str): The part's name shown to the customer, e.g. 刹车片.
        part (str): Part code, e.g. brake_pads.
        kept_for_display (bool | Unset): The old part is set aside to show the customer at handover. Default: `false`.
    """

    name: str
    part: str
    kept_for_display: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        part = self.part

        kept_for_display = self.kept_for_display

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "part": part,
            }
        )
        if kept_for_display is not UNSET:
            field_dict["kept_for_display"] = kept_for_display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        part = d.pop("part")

        kept_for_display = d.pop("kept_for_display", UNSET)

        sla_replaced_part = cls(
            name=name,
            part=part,
            kept_for_display=kept_for_display,
        )

        return sla_replaced_part
