from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallbacksStop")


@_attrs_define
class CallbacksStop:
    """Why and from when no more callbacks are made.

    Attributes:
        cancelled (int): How many planned callbacks were cancelled, count. Default: 0.
        from_date (datetime.date | None): Calls on or after this local date are cancelled.
        label (str): Reason for the advisor (Chinese).
        reason (str): Machine code, e.g. opted_out.
    """

    from_date: datetime.date | None
    label: str
    reason: str
    cancelled: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        from_date: None | str
        if isinstance(self.from_date, datetime.date):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        label = self.label

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled": cancelled,
                "from_date": from_date,
                "label": label,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancelled = d.pop("cancelled")

        def _parse_from_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_date_type_0 = datetime.date.fromisoformat(data)

                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_date = _parse_from_date(d.pop("from_date"))

        label = d.pop("label")

        reason = d.pop("reason")

        callbacks_stop = cls(
            cancelled=cancelled,
            from_date=from_date,
            label=label,
            reason=reason,
        )

        callbacks_stop.additional_properties = d
        return callbacks_stop

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
