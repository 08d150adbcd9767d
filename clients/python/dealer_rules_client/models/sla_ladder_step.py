from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_ladder_step_milestones_item import SlaLadderStepMilestonesItem

T = TypeVar("T", bound="SlaLadderStep")


@_attrs_define
class SlaLadderStep:
    """One step of the escalation ladder, as a rule set it.

    Attributes:
        beyond_target_factor (str): Escalate once the time taken exceeds this multiple of the allowed time (1 = any
            breach).
        label (str): Chinese label of the role, e.g. 服务经理.
        milestones (list[SlaLadderStepMilestonesItem]): Milestones it covers; empty: all.
        rule (str):  Default: ''.
        to (str): Role code, e.g. service_manager.
    """

    beyond_target_factor: str
    label: str
    milestones: list[SlaLadderStepMilestonesItem]
    to: str
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beyond_target_factor = self.beyond_target_factor

        label = self.label

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.value
            milestones.append(milestones_item)

        rule = self.rule

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beyond_target_factor": beyond_target_factor,
                "label": label,
                "milestones": milestones,
                "rule": rule,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beyond_target_factor = d.pop("beyond_target_factor")

        label = d.pop("label")

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = SlaLadderStepMilestonesItem(milestones_item_data)

            milestones.append(milestones_item)

        rule = d.pop("rule")

        to = d.pop("to")

        sla_ladder_step = cls(
            beyond_target_factor=beyond_target_factor,
            label=label,
            milestones=milestones,
            rule=rule,
            to=to,
        )

        sla_ladder_step.additional_properties = d
        return sla_ladder_step

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
