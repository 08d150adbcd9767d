from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callbacks_complaint import CallbacksComplaint


T = TypeVar("T", bound="CallbacksCustomer")


@_attrs_define
class CallbacksCustomer:
    """The customer being called.

    Attributes:
        complaints (list[CallbacksComplaint] | Unset): The customer's complaints, open and closed.
        id (None | str | Unset): Customer number in the CRM.
        name (None | str | Unset): Name, as the advisor addresses them.
        open_complaints (int | None | Unset): Derived: complaints open at the evaluation time (opened, not yet closed),
            count.
        opted_out (bool | Unset): The customer asked for no more callbacks. Default: `false`.
        opted_out_on (datetime.date | None | Unset): Local date the customer opted out; callbacks from that day on are
            cancelled. Empty: the evaluation date.
        preferred_call_time (None | str | Unset): Local time of day the customer likes to be called, 'HH:MM'; the
            group's call_time setting when empty.
    """

    complaints: list[CallbacksComplaint] | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    open_complaints: int | None | Unset = UNSET
    opted_out: bool | Unset = UNSET
    opted_out_on: datetime.date | None | Unset = UNSET
    preferred_call_time: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        complaints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.complaints, Unset):
            complaints = []
            for complaints_item_data in self.complaints:
                complaints_item = complaints_item_data.to_dict()
                complaints.append(complaints_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        open_complaints: int | None | Unset
        if isinstance(self.open_complaints, Unset):
            open_complaints = UNSET
        else:
            open_complaints = self.open_complaints

        opted_out = self.opted_out

        opted_out_on: None | str | Unset
        if isinstance(self.opted_out_on, Unset):
            opted_out_on = UNSET
        elif isinstance(self.opted_out_on, datetime.date):
            opted_out_on = self.opted_out_on.isoformat()
        else:
            opted_out_on = self.opted_out_on

        preferred_call_time: None | str | Unset
        if isinstance(self.preferred_call_time, Unset):
            preferred_call_time = UNSET
        else:
            preferred_call_time = self.preferred_call_time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if complaints is not UNSET:
            field_dict["complaints"] = complaints
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if open_complaints is not UNSET:
            field_dict["open_complaints"] = open_complaints
        if opted_out is not UNSET:
            field_dict["opted_out"] = opted_out
        if opted_out_on is not UNSET:
            field_dict["opted_out_on"] = opted_out_on
        if preferred_call_time is not UNSET:
            field_dict["preferred_call_time"] = preferred_call_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callbacks_complaint import CallbacksComplaint  # noqa: PLC0415

        d = dict(src_dict)
        _complaints = d.pop("complaints", UNSET)
        complaints: list[CallbacksComplaint] | Unset = UNSET
        if _complaints is not UNSET:
            complaints = []
            for complaints_item_data in _complaints:
                complaints_item = CallbacksComplaint.from_dict(complaints_item_data)

                complaints.append(complaints_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_open_complaints(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        open_complaints = _parse_open_complaints(d.pop("open_complaints", UNSET))

        opted_out = d.pop("opted_out", UNSET)

        def _parse_opted_out_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opted_out_on_type_0 = datetime.date.fromisoformat(data)

                return opted_out_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opted_out_on = _parse_opted_out_on(d.pop("opted_out_on", UNSET))

        def _parse_preferred_call_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_call_time = _parse_preferred_call_time(d.pop("preferred_call_time", UNSET))

        callbacks_customer = cls(
            complaints=complaints,
            id=id,
            name=name,
            open_complaints=open_complaints,
            opted_out=opted_out,
            opted_out_on=opted_out_on,
            preferred_call_time=preferred_call_time,
        )

        return callbacks_customer
