from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbacksVehicle")


@_attrs_define
class CallbacksVehicle:
    """The delivered car.

    Attributes:
        days_since_delivery (int | None | Unset): Derived: days from delivery to the evaluation date, days (negative
            before delivery).
        delivered_on (datetime.date | None | Unset): Delivery date, local date; anchors every callback. Empty: not
            delivered yet, no callbacks.
        model (None | str | Unset): Model name.
        vin (None | str | Unset): Vehicle identification number.
    """

    days_since_delivery: int | None | Unset = UNSET
    delivered_on: datetime.date | None | Unset = UNSET
    model: None | str | Unset = UNSET
    vin: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        days_since_delivery: int | None | Unset
        if isinstance(self.days_since_delivery, Unset):
            days_since_delivery = UNSET
        else:
            days_since_delivery = self.days_since_delivery

        delivered_on: None | str | Unset
        if isinstance(self.delivered_on, Unset):
            delivered_on = UNSET
        elif isinstance(self.delivered_on, datetime.date):
            delivered_on = self.delivered_on.isoformat()
        else:
            delivered_on = self.delivered_on

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if days_since_delivery is not UNSET:
            field_dict["days_since_delivery"] = days_since_delivery
        if delivered_on is not UNSET:
            field_dict["delivered_on"] = delivered_on
        if model is not UNSET:
            field_dict["model"] = model
        if vin is not UNSET:
            field_dict["vin"] = vin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_days_since_delivery(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_since_delivery = _parse_days_since_delivery(d.pop("days_since_delivery", UNSET))

        def _parse_delivered_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_on_type_0 = datetime.date.fromisoformat(data)

                return delivered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        delivered_on = _parse_delivered_on(d.pop("delivered_on", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_vin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vin = _parse_vin(d.pop("vin", UNSET))

        callbacks_vehicle = cls(
            days_since_delivery=days_since_delivery,
            delivered_on=delivered_on,
            model=model,
            vin=vin,
        )

        return callbacks_vehicle
