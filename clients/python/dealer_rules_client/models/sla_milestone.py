from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sla_milestone_clock import SlaMilestoneClock
from ..models.sla_milestone_code import SlaMilestoneCode
from ..models.sla_milestone_status import SlaMilestoneStatus
from ..models.sla_milestone_target_unit import SlaMilestoneTargetUnit

T = TypeVar("T", bound="SlaMilestone")


@_attrs_define
class SlaMilestone:
    """One deadline of the case and where it stands at the evaluation time.

    Attributes:
        at_risk_from (datetime.datetime | None): From this instant on the milestone is at risk if still open.
        at_risk_percent (int): At risk once this share (%) or less of the allowed time is left.
        calendar_covered (bool): False: a year without China's holiday schedule was counted as weekdays only (see
            warnings). Default: True.
        clock (SlaMilestoneClock): business_hours (store opening hours only), wall_clock or calendar_days.
        code (SlaMilestoneCode):
        done_at (datetime.datetime | None): When it was done, if it was by the evaluation time.
        due_at (datetime.datetime | None): The last instant that still meets the deadline.
        due_on (datetime.date | None): calendar_days clocks: the last day (due_at is midnight at its end).
        label (str): Chinese label from the rule, e.g. 投诉24小时内提出解决方案.
        overdue_minutes (int | None): Breached: minutes past due on the milestone's clock (a started minute counts).
        remaining_minutes (int | None): Open and not breached: whole minutes left on the milestone's clock.
        rule (str):  Default: ''.
        started_at (datetime.datetime | None): When the clock started; empty if it has not (status not_started).
        status (SlaMilestoneStatus):  Default: SlaMilestoneStatus.NOT_STARTED.
        target_amount (int): The allowed time, in target_unit.
        target_unit (SlaMilestoneTargetUnit):
    """

    at_risk_from: datetime.datetime | None
    at_risk_percent: int
    clock: SlaMilestoneClock
    code: SlaMilestoneCode
    done_at: datetime.datetime | None
    due_at: datetime.datetime | None
    due_on: datetime.date | None
    label: str
    overdue_minutes: int | None
    remaining_minutes: int | None
    started_at: datetime.datetime | None
    target_amount: int
    target_unit: SlaMilestoneTargetUnit
    calendar_covered: bool = True
    rule: str = ""
    status: SlaMilestoneStatus = SlaMilestoneStatus.NOT_STARTED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_risk_from: None | str
        if isinstance(self.at_risk_from, datetime.datetime):
            at_risk_from = self.at_risk_from.isoformat()
        else:
            at_risk_from = self.at_risk_from

        at_risk_percent = self.at_risk_percent

        calendar_covered = self.calendar_covered

        clock = self.clock.value

        code = self.code.value

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        due_at: None | str
        if isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        label = self.label

        overdue_minutes: int | None
        overdue_minutes = self.overdue_minutes

        remaining_minutes: int | None
        remaining_minutes = self.remaining_minutes

        rule = self.rule

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        target_amount = self.target_amount

        target_unit = self.target_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_risk_from": at_risk_from,
                "at_risk_percent": at_risk_percent,
                "calendar_covered": calendar_covered,
                "clock": clock,
                "code": code,
                "done_at": done_at,
                "due_at": due_at,
                "due_on": due_on,
                "label": label,
                "overdue_minutes": overdue_minutes,
                "remaining_minutes": remaining_minutes,
                "rule": rule,
                "started_at": started_at,
                "status": status,
                "target_amount": target_amount,
                "target_unit": target_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_at_risk_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_risk_from_type_0 = datetime.datetime.fromisoformat(data)

                return at_risk_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        at_risk_from = _parse_at_risk_from(d.pop("at_risk_from"))

        at_risk_percent = d.pop("at_risk_percent")

        calendar_covered = d.pop("calendar_covered")

        clock = SlaMilestoneClock(d.pop("clock"))

        code = SlaMilestoneCode(d.pop("code"))

        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))

        def _parse_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_at = _parse_due_at(d.pop("due_at"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        label = d.pop("label")

        def _parse_overdue_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        overdue_minutes = _parse_overdue_minutes(d.pop("overdue_minutes"))

        def _parse_remaining_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining_minutes = _parse_remaining_minutes(d.pop("remaining_minutes"))

        rule = d.pop("rule")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = SlaMilestoneStatus(d.pop("status"))

        target_amount = d.pop("target_amount")

        target_unit = SlaMilestoneTargetUnit(d.pop("target_unit"))

        sla_milestone = cls(
            at_risk_from=at_risk_from,
            at_risk_percent=at_risk_percent,
            calendar_covered=calendar_covered,
            clock=clock,
            code=code,
            done_at=done_at,
            due_at=due_at,
            due_on=due_on,
            label=label,
            overdue_minutes=overdue_minutes,
            remaining_minutes=remaining_minutes,
            rule=rule,
            started_at=started_at,
            status=status,
            target_amount=target_amount,
            target_unit=target_unit,
        )

        sla_milestone.additional_properties = d
        return sla_milestone

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
