from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.offers_repair_record_outcome import OffersRepairRecordOutcome

T = TypeVar("T", bound="OffersRepairRecord")


@_attrs_define
class OffersRepairRecord:
    """One line of the vehicle's repair record.

    Attributes:
        item (str): Part or job code, e.g. brake_pads, transmission_deep_care.
        km (int): Odometer at that visit, km.
        on (datetime.date): Date of the workshop visit, local date.
        outcome (OffersRepairRecordOutcome): What the workshop did (replaced, serviced) or found (inspected_ok, worn,
            due for replacement).
    """

    item: str
    km: int
    on: datetime.date
    outcome: OffersRepairRecordOutcome

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        km = self.km

        on = self.on.isoformat()

        outcome = self.outcome.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item": item,
                "km": km,
                "on": on,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = d.pop("item")

        km = d.pop("km")

        on = datetime.date.fromisoformat(d.pop("on"))

        outcome = OffersRepairRecordOutcome(d.pop("outcome"))

        offers_repair_record = cls(
            item=item,
            km=km,
            on=on,
            outcome=outcome,
        )

        return offers_repair_record
