from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sla_enquiry_channel import SlaEnquiryChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaEnquiry")


@_attrs_define
class SlaEnquiry:
    """A pre-sales enquiry (企业微信, online chat, ...).

    Attributes:
        received_at (datetime.datetime): When the enquiry arrived, local date-time.
        channel (SlaEnquiryChannel | Unset): Where it arrived: wecom (企业微信), online_chat, phone, email, walk_in or
            other. Default: `wecom`.
        first_response_at (datetime.datetime | None | Unset): When a salesperson first answered, local date-time; empty
            while unanswered.
    """

    received_at: datetime.datetime
    channel: SlaEnquiryChannel | Unset = UNSET
    first_response_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        received_at = self.received_at.isoformat()

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        first_response_at: None | str | Unset
        if isinstance(self.first_response_at, Unset):
            first_response_at = UNSET
        elif isinstance(self.first_response_at, datetime.datetime):
            first_response_at = self.first_response_at.isoformat()
        else:
            first_response_at = self.first_response_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_at": received_at,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if first_response_at is not UNSET:
            field_dict["first_response_at"] = first_response_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        _channel = d.pop("channel", UNSET)
        channel: SlaEnquiryChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = SlaEnquiryChannel(_channel)

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

        sla_enquiry = cls(
            received_at=received_at,
            channel=channel,
            first_response_at=first_response_at,
        )

        return sla_enquiry
