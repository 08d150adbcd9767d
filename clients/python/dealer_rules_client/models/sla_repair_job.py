from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sla_repair_job_technician_grade_type_0 import SlaRepairJobTechnicianGradeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_repair_step import SlaRepairStep
    from ..models.sla_replaced_part import SlaReplacedPart


T = TypeVar("T", bound="SlaRepairJob")


@_attrs_define
class SlaRepairJob:
    """One job on a repair order.

    Attributes:
        code (str): Job code, e.g. transmission_overhaul, brake_pads.
        complex_ (bool | None | Unset): Derived: a complex repair, i.e. flagged_complex or its code is in the group's
            settings.complex_repairs.
        flagged_complex (bool | Unset): The workshop marked this job as a complex repair (besides the group's list of
            complex jobs). Default: `false`.
        labour_amount (None | str | Unset): Labour charged for this operation on the bill, CNY; empty while the bill
            does not list it.
        replaced_parts (list[SlaReplacedPart] | Unset): Old parts taken off on this job.
        steps (list[SlaRepairStep] | Unset): The job's steps.
        technician_grade (None | SlaRepairJobTechnicianGradeType0 | Unset): Grade of the technician assigned: junior,
            intermediate, senior or master; empty while nobody is assigned.
    """

    code: str
    complex_: bool | None | Unset = UNSET
    flagged_complex: bool | Unset = UNSET
    labour_amount: None | str | Unset = UNSET
    replaced_parts: list[SlaReplacedPart] | Unset = UNSET
    steps: list[SlaRepairStep] | Unset = UNSET
    technician_grade: None | SlaRepairJobTechnicianGradeType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        complex_: bool | None | Unset
        if isinstance(self.complex_, Unset):
            complex_ = UNSET
        else:
            complex_ = self.complex_

        flagged_complex = self.flagged_complex

        labour_amount: None | str | Unset
        if isinstance(self.labour_amount, Unset):
            labour_amount = UNSET
        else:
            labour_amount = self.labour_amount

        replaced_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replaced_parts, Unset):
            replaced_parts = []
            for replaced_parts_item_data in self.replaced_parts:
                replaced_parts_item = replaced_parts_item_data.to_dict()
                replaced_parts.append(replaced_parts_item)

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        technician_grade: None | str | Unset
        if isinstance(self.technician_grade, Unset):
            technician_grade = UNSET
        elif isinstance(self.technician_grade, SlaRepairJobTechnicianGradeType0):
            technician_grade = self.technician_grade.value
        else:
            technician_grade = self.technician_grade

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if complex_ is not UNSET:
            field_dict["complex"] = complex_
        if flagged_complex is not UNSET:
            field_dict["flagged_complex"] = flagged_complex
        if labour_amount is not UNSET:
            field_dict["labour_amount"] = labour_amount
        if replaced_parts is not UNSET:
            field_dict["replaced_parts"] = replaced_parts
        if steps is not UNSET:
            field_dict["steps"] = steps
        if technician_grade is not UNSET:
            field_dict["technician_grade"] = technician_grade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_repair_step import SlaRepairStep  # noqa: PLC0415
        from ..models.sla_replaced_part import SlaReplacedPart  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_complex_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        complex_ = _parse_complex_(d.pop("complex", UNSET))

        flagged_complex = d.pop("flagged_complex", UNSET)

        def _parse_labour_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        labour_amount = _parse_labour_amount(d.pop("labour_amount", UNSET))

        _replaced_parts = d.pop("replaced_parts", UNSET)
        replaced_parts: list[SlaReplacedPart] | Unset = UNSET
        if _replaced_parts is not UNSET:
            replaced_parts = []
            for replaced_parts_item_data in _replaced_parts:
                replaced_parts_item = SlaReplacedPart.from_dict(replaced_parts_item_data)

                replaced_parts.append(replaced_parts_item)

        _steps = d.pop("steps", UNSET)
        steps: list[SlaRepairStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = SlaRepairStep.from_dict(steps_item_data)

                steps.append(steps_item)

        def _parse_technician_grade(data: object) -> None | SlaRepairJobTechnicianGradeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                technician_grade_type_0 = SlaRepairJobTechnicianGradeType0(data)

                return technician_grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaRepairJobTechnicianGradeType0 | Unset, data)

        technician_grade = _parse_technician_grade(d.pop("technician_grade", UNSET))

        sla_repair_job = cls(
            code=code,
            complex_=complex_,
            flagged_complex=flagged_complex,
            labour_amount=labour_amount,
            replaced_parts=replaced_parts,
            steps=steps,
            technician_grade=technician_grade,
        )

        return sla_repair_job
