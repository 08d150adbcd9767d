from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_requirement_status import SlaRequirementStatus

T = TypeVar("T", bound="SlaRequirement")


@_attrs_define
class SlaRequirement:
    """Something the workshop must do or have, and whether it is done.

    Attributes:
        code (str):
        job (None | str): The repair job it concerns.
        label (str):
        missing (list[str]): What is missing, as codes.
        part (None | str): The replaced part it concerns.
        rule (str):  Default: ''.
        status (SlaRequirementStatus): met; not_met (should be done by now and is not); pending (not due yet).
        step (None | str): The job step it concerns.
    """

    code: str
    job: None | str
    label: str
    missing: list[str]
    part: None | str
    status: SlaRequirementStatus
    step: None | str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        job: None | str
        job = self.job

        label = self.label

        missing = self.missing

        part: None | str
        part = self.part

        rule = self.rule

        status = self.status.value

        step: None | str
        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "job": job,
                "label": label,
                "missing": missing,
                "part": part,
                "rule": rule,
                "status": status,
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_job(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job = _parse_job(d.pop("job"))

        label = d.pop("label")

        missing = cast(list[str], d.pop("missing"))

        def _parse_part(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        part = _parse_part(d.pop("part"))

        rule = d.pop("rule")

        status = SlaRequirementStatus(d.pop("status"))

        def _parse_step(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        step = _parse_step(d.pop("step"))

        sla_requirement = cls(
            code=code,
            job=job,
            label=label,
            missing=missing,
            part=part,
            rule=rule,
            status=status,
            step=step,
        )

        sla_requirement.additional_properties = d
        return sla_requirement

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
