from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_repair_job import SlaRepairJob


T = TypeVar("T", bound="SlaRepair")


@_attrs_define
class SlaRepair:
    """The repair order of the visit.

    Attributes:
        billed_at (datetime.datetime | None | Unset): When the bill was drawn up, local date-time; empty while not yet.
        customer_declined_old_parts (bool | Unset): The customer said they do not want to see the old parts. Default:
            `false`.
        jobs (list[SlaRepairJob] | Unset): The jobs on the order.
        unsigned_steps (list[str] | None | Unset): Derived: 'job/step' of every step without its quality-check sign-off
            by the evaluation time, the steps settings.repair_steps requires for the job's code included when the job does
            not list them.
    """

    billed_at: datetime.datetime | None | Unset = UNSET
    customer_declined_old_parts: bool | Unset = UNSET
    jobs: list[SlaRepairJob] | Unset = UNSET
    unsigned_steps: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        billed_at: None | str | Unset
        if isinstance(self.billed_at, Unset):
            billed_at = UNSET
        elif isinstance(self.billed_at, datetime.datetime):
            billed_at = self.billed_at.isoformat()
        else:
            billed_at = self.billed_at

        customer_declined_old_parts = self.customer_declined_old_parts

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        unsigned_steps: list[str] | None | Unset
        if isinstance(self.unsigned_steps, Unset):
            unsigned_steps = UNSET
        elif isinstance(self.unsigned_steps, list):
            unsigned_steps = self.unsigned_steps

        else:
            unsigned_steps = self.unsigned_steps

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if billed_at is not UNSET:
            field_dict["billed_at"] = billed_at
        if customer_declined_old_parts is not UNSET:
            field_dict["customer_declined_old_parts"] = customer_declined_old_parts
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if unsigned_steps is not UNSET:
            field_dict["unsigned_steps"] = unsigned_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_repair_job import SlaRepairJob  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_billed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billed_at_type_0 = datetime.datetime.fromisoformat(data)

                return billed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        billed_at = _parse_billed_at(d.pop("billed_at", UNSET))

        customer_declined_old_parts = d.pop("customer_declined_old_parts", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[SlaRepairJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = SlaRepairJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        def _parse_unsigned_steps(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unsigned_steps_type_0 = cast(list[str], data)

                return unsigned_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        unsigned_steps = _parse_unsigned_steps(d.pop("unsigned_steps", UNSET))

        sla_repair = cls(
            billed_at=billed_at,
            customer_declined_old_parts=customer_declined_old_parts,
            jobs=jobs,
            unsigned_steps=unsigned_steps,
        )

        return sla_repair
