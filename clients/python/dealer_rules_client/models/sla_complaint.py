from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sla_complaint_topic import SlaComplaintTopic
from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaComplaint")


@_attrs_define
class SlaComplaint:
    """A customer complaint, handled as a closed loop: respond, propose a solution, call
    back to confirm.

        Attributes:
            opened_at (datetime.datetime): When the complaint was received, local date-time.
            callback_at (datetime.datetime | None | Unset): When the customer was called back to confirm the solution, local
                date-time; empty while not yet.
            first_response_at (datetime.datetime | None | Unset): When the customer first heard back, local date-time; empty
                while not yet.
            solution_proposed_at (datetime.datetime | None | Unset): When a solution was proposed to the customer, local
                date-time; empty while not yet.
            topic (SlaComplaintTopic | Unset): What it is about: long_repair_wait, repair_quality, staff_attitude, price or
                other. Default: `other`.
    """

    opened_at: datetime.datetime
    callback_at: datetime.datetime | None | Unset = UNSET
    first_response_at: datetime.datetime | None | Unset = UNSET
    solution_proposed_at: datetime.datetime | None | Unset = UNSET
    topic: SlaComplaintTopic | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        opened_at = self.opened_at.isoformat()

        callback_at: None | str | Unset
        if isinstance(self.callback_at, Unset):
            callback_at = UNSET
        elif isinstance(self.callback_at, datetime.datetime):
            callback_at = self.callback_at.isoformat()
        else:
            callback_at = self.callback_at

        first_response_at: None | str | Unset
        if isinstance(self.first_response_at, Unset):
            first_response_at = UNSET
        elif isinstance(self.first_response_at, datetime.datetime):
            first_response_at = self.first_response_at.isoformat()
        else:
            first_response_at = self.first_response_at

        solution_proposed_at: None | str | Unset
        if isinstance(self.solution_proposed_at, Unset):
            solution_proposed_at = UNSET
        elif isinstance(self.solution_proposed_at, datetime.datetime):
            solution_proposed_at = self.solution_proposed_at.isoformat()
        else:
            solution_proposed_at = self.solution_proposed_at

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "opened_at": opened_at,
            }
        )
        if callback_at is not UNSET:
            field_dict["callback_at"] = callback_at
        if first_response_at is not UNSET:
            field_dict["first_response_at"] = first_response_at
        if solution_proposed_at is not UNSET:
            field_dict["solution_proposed_at"] = solution_proposed_at
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        def _parse_callback_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                callback_at_type_0 = datetime.datetime.fromisoformat(data)

                return callback_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        callback_at = _parse_callback_at(d.pop("callback_at", UNSET))

        def _parse_first_response_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_response_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_response_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_response_at = _parse_first_response_at(d.pop("first_response_at", UNSET))

        def _parse_solution_proposed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                solution_proposed_at_type_0 = datetime.datetime.fromisoformat(data)

                return solution_proposed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        solution_proposed_at = _parse_solution_proposed_at(d.pop("solution_proposed_at", UNSET))

        _topic = d.pop("topic", UNSET)
        topic: SlaComplaintTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = SlaComplaintTopic(_topic)

        sla_complaint = cls(
            opened_at=opened_at,
            callback_at=callback_at,
            first_response_at=first_response_at,
            solution_proposed_at=solution_proposed_at,
            topic=topic,
        )

        return sla_complaint
