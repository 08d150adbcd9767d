from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_escalation_milestone import SlaEscalationMilestone

T = TypeVar("T", bound="SlaEscalation")


@_attrs_define
class SlaEscalation:
    """Someone who must act on a milestone now.

    Attributes:
        beyond_target_factor (str):
        label (str):
        milestone (SlaEscalationMilestone):
        provisional (bool): Worked out on a weekdays-only calendar for a year the holiday library does not cover.
            Default: False.
        rule (str):  Default: ''.
        since (datetime.datetime): When the time taken passed the factor.
        to (str):
    """

    beyond_target_factor: str
    label: str
    milestone: SlaEscalationMilestone
    since: datetime.datetime
    to: str
    provisional: bool = False
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beyond_target_factor = self.beyond_target_factor

        label = self.label

        milestone = self.milestone.value

        provisional = self.provisional

        rule = self.rule

        since = self.since.isoformat()

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beyond_target_factor": beyond_target_factor,
                "label": label,
                "milestone": milestone,
                "provisional": provisional,
                "rule": rule,
                "since": since,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beyond_target_factor = d.pop("beyond_target_factor")

        label = d.pop("label")

        milestone = SlaEscalationMilestone(d.pop("milestone"))

        provisional = d.pop("provisional")

        rule = d.pop("rule")

        since = datetime.datetime.fromisoformat(d.pop("since"))

        to = d.pop("to")

        sla_escalation = cls(
            beyond_target_factor=beyond_target_factor,
            label=label,
            milestone=milestone,
            provisional=provisional,
            rule=rule,
            since=since,
            to=to,
        )

        sla_escalation.additional_properties = d
        return sla_escalation

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
