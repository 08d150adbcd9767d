from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callbacks_customer import CallbacksCustomer
    from ..models.callbacks_vehicle import CallbacksVehicle


T = TypeVar("T", bound="CallbacksCallbackFacts")


@_attrs_define
class CallbacksCallbackFacts:
    """A delivered car's customer, for planning the callbacks after the sale.

    Attributes:
        customer (CallbacksCustomer | Unset): The customer being called.
        horizon_end (datetime.date | None | Unset): Derived: the last day of the horizon, local date (delivery +
            horizon_months; a callback due that day is included).
        horizon_months (int | None | Unset): How far after delivery to list callbacks, months; the group's
            horizon_months setting (24) when empty.
        vehicle (CallbacksVehicle | Unset): The delivered car.
    """

    customer: CallbacksCustomer | Unset = UNSET
    horizon_end: datetime.date | None | Unset = UNSET
    horizon_months: int | None | Unset = UNSET
    vehicle: CallbacksVehicle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        horizon_end: None | str | Unset
        if isinstance(self.horizon_end, Unset):
            horizon_end = UNSET
        elif isinstance(self.horizon_end, datetime.date):
            horizon_end = self.horizon_end.isoformat()
        else:
            horizon_end = self.horizon_end

        horizon_months: int | None | Unset
        if isinstance(self.horizon_months, Unset):
            horizon_months = UNSET
        else:
            horizon_months = self.horizon_months

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if horizon_end is not UNSET:
            field_dict["horizon_end"] = horizon_end
        if horizon_months is not UNSET:
            field_dict["horizon_months"] = horizon_months
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callbacks_customer import CallbacksCustomer  # noqa: PLC0415
        from ..models.callbacks_vehicle import CallbacksVehicle  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: CallbacksCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CallbacksCustomer.from_dict(_customer)

        def _parse_horizon_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                horizon_end_type_0 = datetime.date.fromisoformat(data)

                return horizon_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        horizon_end = _parse_horizon_end(d.pop("horizon_end", UNSET))

        def _parse_horizon_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        horizon_months = _parse_horizon_months(d.pop("horizon_months", UNSET))

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: CallbacksVehicle | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = CallbacksVehicle.from_dict(_vehicle)

        callbacks_callback_facts = cls(
            customer=customer,
            horizon_end=horizon_end,
            horizon_months=horizon_months,
            vehicle=vehicle,
        )

        return callbacks_callback_facts
