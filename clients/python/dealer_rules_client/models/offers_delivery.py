from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OffersDelivery")


@_attrs_define
class OffersDelivery:
    """A planned handover of a new car (交车仪式).

    Attributes:
        planned_at (datetime.datetime): When the handover is planned, local date-time.
    """

    planned_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        planned_at = self.planned_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "planned_at": planned_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        planned_at = datetime.datetime.fromisoformat(d.pop("planned_at"))

        offers_delivery = cls(
            planned_at=planned_at,
        )

        return offers_delivery
