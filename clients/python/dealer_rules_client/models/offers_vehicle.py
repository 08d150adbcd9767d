from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offers_repair_record import OffersRepairRecord


T = TypeVar("T", bound="OffersVehicle")


@_attrs_define
class OffersVehicle:
    """A car the customer owns (bought from the group), for after-sales cross-sell.

    Attributes:
        delivered_on (datetime.date): Delivery date of the car, local date.
        odometer_km (int): Odometer now, km.
        age_months (int | None | Unset): Derived: whole months since delivery, months.
        brake_pads_due (bool | None | Unset): Derived: the latest brake_pads line of the repair record says worn or due
            (a later replacement clears it).
        factory_warranty_active (bool | None | Unset): Derived: today is before warranty_ends_on and the odometer is
            below settings.factory_warranty_km.
        has_extended_warranty (bool | Unset): An extended warranty (延保) is already bought. Default: `false`.
        has_maintenance_package (bool | Unset): A prepaid maintenance package is active. Default: `false`.
        model_code (None | str | Unset): Model code of the car.
        repairs (list[OffersRepairRecord] | Unset): The repair record, any order.
        transmission_care_due (bool | None | Unset): Derived: settings.transmission_care_every_km km or _months months,
            whichever comes first, have passed since the last transmission deep care (or since delivery).
        warranty_ending_soon (bool | None | Unset): Derived: the factory warranty is active and ends within
            settings.extended_warranty_window_months or _km, whichever comes first.
        warranty_ends_on (datetime.date | None | Unset): Derived: delivered_on + settings.factory_warranty_months, local
            date (the km limit may end the warranty earlier).
    """

    delivered_on: datetime.date
    odometer_km: int
    age_months: int | None | Unset = UNSET
    brake_pads_due: bool | None | Unset = UNSET
    factory_warranty_active: bool | None | Unset = UNSET
    has_extended_warranty: bool | Unset = UNSET
    has_maintenance_package: bool | Unset = UNSET
    model_code: None | str | Unset = UNSET
    repairs: list[OffersRepairRecord] | Unset = UNSET
    transmission_care_due: bool | None | Unset = UNSET
    warranty_ending_soon: bool | None | Unset = UNSET
    warranty_ends_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        delivered_on = self.delivered_on.isoformat()

        odometer_km = self.odometer_km

        age_months: int | None | Unset
        if isinstance(self.age_months, Unset):
            age_months = UNSET
        else:
            age_months = self.age_months

        brake_pads_due: bool | None | Unset
        if isinstance(self.brake_pads_due, Unset):
            brake_pads_due = UNSET
        else:
            brake_pads_due = self.brake_pads_due

        factory_warranty_active: bool | None | Unset
        if isinstance(self.factory_warranty_active, Unset):
            factory_warranty_active = UNSET
        else:
            factory_warranty_active = self.factory_warranty_active

        has_extended_warranty = self.has_extended_warranty

        has_maintenance_package = self.has_maintenance_package

        model_code: None | str | Unset
        if isinstance(self.model_code, Unset):
            model_code = UNSET
        else:
            model_code = self.model_code

        repairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.repairs, Unset):
            repairs = []
            for repairs_item_data in self.repairs:
                repairs_item = repairs_item_data.to_dict()
                repairs.append(repairs_item)

        transmission_care_due: bool | None | Unset
        if isinstance(self.transmission_care_due, Unset):
            transmission_care_due = UNSET
        else:
            transmission_care_due = self.transmission_care_due

        warranty_ending_soon: bool | None | Unset
        if isinstance(self.warranty_ending_soon, Unset):
            warranty_ending_soon = UNSET
        else:
            warranty_ending_soon = self.warranty_ending_soon

        warranty_ends_on: None | str | Unset
        if isinstance(self.warranty_ends_on, Unset):
            warranty_ends_on = UNSET
        elif isinstance(self.warranty_ends_on, datetime.date):
            warranty_ends_on = self.warranty_ends_on.isoformat()
        else:
            warranty_ends_on = self.warranty_ends_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivered_on": delivered_on,
                "odometer_km": odometer_km,
            }
        )
        if age_months is not UNSET:
            field_dict["age_months"] = age_months
        if brake_pads_due is not UNSET:
            field_dict["brake_pads_due"] = brake_pads_due
        if factory_warranty_active is not UNSET:
            field_dict["factory_warranty_active"] = factory_warranty_active
        if has_extended_warranty is not UNSET:
            field_dict["has_extended_warranty"] = has_extended_warranty
        if has_maintenance_package is not UNSET:
            field_dict["has_maintenance_package"] = has_maintenance_package
        if model_code is not UNSET:
            field_dict["model_code"] = model_code
        if repairs is not UNSET:
            field_dict["repairs"] = repairs
        if transmission_care_due is not UNSET:
            field_dict["transmission_care_due"] = transmission_care_due
        if warranty_ending_soon is not UNSET:
            field_dict["warranty_ending_soon"] = warranty_ending_soon
        if warranty_ends_on is not UNSET:
            field_dict["warranty_ends_on"] = warranty_ends_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_repair_record import OffersRepairRecord  # noqa: PLC0415

        d = dict(src_dict)
        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        odometer_km = d.pop("odometer_km")

        def _parse_age_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age_months = _parse_age_months(d.pop("age_months", UNSET))

        def _parse_brake_pads_due(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        brake_pads_due = _parse_brake_pads_due(d.pop("brake_pads_due", UNSET))

        def _parse_factory_warranty_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        factory_warranty_active = _parse_factory_warranty_active(d.pop("factory_warranty_active", UNSET))

        has_extended_warranty = d.pop("has_extended_warranty", UNSET)

        has_maintenance_package = d.pop("has_maintenance_package", UNSET)

        def _parse_model_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_code = _parse_model_code(d.pop("model_code", UNSET))

        _repairs = d.pop("repairs", UNSET)
        repairs: list[OffersRepairRecord] | Unset = UNSET
        if _repairs is not UNSET:
            repairs = []
            for repairs_item_data in _repairs:
                repairs_item = OffersRepairRecord.from_dict(repairs_item_data)

                repairs.append(repairs_item)

        def _parse_transmission_care_due(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        transmission_care_due = _parse_transmission_care_due(d.pop("transmission_care_due", UNSET))

        def _parse_warranty_ending_soon(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        warranty_ending_soon = _parse_warranty_ending_soon(d.pop("warranty_ending_soon", UNSET))

        def _parse_warranty_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warranty_ends_on_type_0 = datetime.date.fromisoformat(data)

                return warranty_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        warranty_ends_on = _parse_warranty_ends_on(d.pop("warranty_ends_on", UNSET))

        offers_vehicle = cls(
            delivered_on=delivered_on,
            odometer_km=odometer_km,
            age_months=age_months,
            brake_pads_due=brake_pads_due,
            factory_warranty_active=factory_warranty_active,
            has_extended_warranty=has_extended_warranty,
            has_maintenance_package=has_maintenance_package,
            model_code=model_code,
            repairs=repairs,
            transmission_care_due=transmission_care_due,
            warranty_ending_soon=warranty_ending_soon,
            warranty_ends_on=warranty_ends_on,
        )

        return offers_vehicle
