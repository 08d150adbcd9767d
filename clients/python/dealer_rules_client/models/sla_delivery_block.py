from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlaDeliveryBlock")


@_attrs_define
class SlaDeliveryBlock:
    """Why the repair order cannot be marked ready for delivery yet.

    Attributes:
        code (str): quality_check: a step lacks its quality-check sign-off.
        job (str): The repair job.
        label (str): Chinese label from the rule, e.g. 质检未签字，不得交车.
        rule (str):  Default: ''.
        step (str): The step without a sign-off.
        step_label (str): The step as staff read it, e.g. 制动系统排空.
    """

    code: str
    job: str
    label: str
    step: str
    step_label: str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        job = self.job

        label = self.label

        rule = self.rule

        step = self.step

        step_label = self.step_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "job": job,
                "label": label,
                "rule": rule,
                "step": step,
                "step_label": step_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        job = d.pop("job")

        label = d.pop("label")

        rule = d.pop("rule")

        step = d.pop("step")

        step_label = d.pop("step_label")

        sla_delivery_block = cls(
            code=code,
            job=job,
            label=label,
            rule=rule,
            step=step,
            step_label=step_label,
        )

        sla_delivery_block.additional_properties = d
        return sla_delivery_block

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
