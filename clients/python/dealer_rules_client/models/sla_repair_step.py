from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaRepairStep")


@_attrs_define
class SlaRepairStep:
    """One step (工序) of a repair job; each needs a quality-check node.

    Attributes:
        name (str): The step, e.g. disassembly, valve body, road test.
        done_at (datetime.datetime | None | Unset): When the step was finished, local date-time; empty while not.
        quality_checked_at (datetime.datetime | None | Unset): When the step passed its quality check, local date-time;
            empty while not.
    """

    name: str
    done_at: datetime.datetime | None | Unset = UNSET
    quality_checked_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        done_at: None | str | Unset
        if isinstance(self.done_at, Unset):
            done_at = UNSET
        elif isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        quality_checked_at: None | str | Unset
        if isinstance(self.quality_checked_at, Unset):
            quality_checked_at = UNSET
        elif isinstance(self.quality_checked_at, datetime.datetime):
            quality_checked_at = self.quality_checked_at.isoformat()
        else:
            quality_checked_at = self.quality_checked_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if done_at is not UNSET:
            field_dict["done_at"] = done_at
        if quality_checked_at is not UNSET:
            field_dict["quality_checked_at"] = quality_checked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_done_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        done_at = _parse_done_at(d.pop("done_at", UNSET))

        def _parse_quality_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return quality_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        quality_checked_at = _parse_quality_checked_at(d.pop("quality_checked_at", UNSET))

        sla_repair_step = cls(
            name=name,
            done_at=done_at,
            quality_checked_at=quality_checked_at,
        )

        return sla_repair_step
