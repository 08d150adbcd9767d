from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallbacksHold")


@_attrs_define
class CallbacksHold:
    """Why the callbacks ahead are on hold.

    Attributes:
        callbacks_held (int): How many callbacks are held, count. Default: 0.
        label (str): Reason for the advisor (Chinese).
        reason (str): Machine code, e.g. open_complaint.
        since (datetime.datetime | None): When the earliest open complaint was made, local date-time.
    """

    label: str
    reason: str
    since: datetime.datetime | None
    callbacks_held: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callbacks_held = self.callbacks_held

        label = self.label

        reason = self.reason

        since: None | str
        if isinstance(self.since, datetime.datetime):
            since = self.since.isoformat()
        else:
            since = self.since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callbacks_held": callbacks_held,
                "label": label,
                "reason": reason,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callbacks_held = d.pop("callbacks_held")

        label = d.pop("label")

        reason = d.pop("reason")

        def _parse_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.datetime.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        since = _parse_since(d.pop("since"))

        callbacks_hold = cls(
            callbacks_held=callbacks_held,
            label=label,
            reason=reason,
            since=since,
        )

        callbacks_hold.additional_properties = d
        return callbacks_hold

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
