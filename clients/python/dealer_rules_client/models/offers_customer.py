from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.offers_customer_preferences_item import OffersCustomerPreferencesItem
from ..models.offers_customer_segment_type_0 import OffersCustomerSegmentType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="OffersCustomer")


@_attrs_define
class OffersCustomer:
    """The shared customer profile: sales and after-sales read and write the same one.

    Attributes:
        age_years (int | None | Unset): Derived: whole years of age on the evaluation date, from born_on (empty for a
            birth date after it).
        born_on (datetime.date | None | Unset): Date of birth, local date; empty when unknown.
        preferences (list[OffersCustomerPreferencesItem] | Unset): Feature preferences from the needs diagnosis form
            (需求诊断表) or any later visit: safety, space, value, brand_image, comfort, technology, quiet, fuel_economy,
            off_road.
        segment (None | OffersCustomerSegmentType0 | Unset): Derived: family, business, commuter or off_road, from
            needs.usage_scenario, else from the preferences (see docs).
        wants_digital_report (bool | Unset): The customer asked for the digital service report (数字化服务报告). Default:
            `false`.
        wants_to_change_car (bool | Unset): The customer said they want to replace their car (置换意向). Default: `false`.
    """

    age_years: int | None | Unset = UNSET
    born_on: datetime.date | None | Unset = UNSET
    preferences: list[OffersCustomerPreferencesItem] | Unset = UNSET
    segment: None | OffersCustomerSegmentType0 | Unset = UNSET
    wants_digital_report: bool | Unset = UNSET
    wants_to_change_car: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        age_years: int | None | Unset
        if isinstance(self.age_years, Unset):
            age_years = UNSET
        else:
            age_years = self.age_years

        born_on: None | str | Unset
        if isinstance(self.born_on, Unset):
            born_on = UNSET
        elif isinstance(self.born_on, datetime.date):
            born_on = self.born_on.isoformat()
        else:
            born_on = self.born_on

        preferences: list[str] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item = preferences_item_data.value
                preferences.append(preferences_item)

        segment: None | str | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        elif isinstance(self.segment, OffersCustomerSegmentType0):
            segment = self.segment.value
        else:
            segment = self.segment

        wants_digital_report = self.wants_digital_report

        wants_to_change_car = self.wants_to_change_car

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if age_years is not UNSET:
            field_dict["age_years"] = age_years
        if born_on is not UNSET:
            field_dict["born_on"] = born_on
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if segment is not UNSET:
            field_dict["segment"] = segment
        if wants_digital_report is not UNSET:
            field_dict["wants_digital_report"] = wants_digital_report
        if wants_to_change_car is not UNSET:
            field_dict["wants_to_change_car"] = wants_to_change_car

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_age_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age_years = _parse_age_years(d.pop("age_years", UNSET))

        def _parse_born_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                born_on_type_0 = datetime.date.fromisoformat(data)

                return born_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        born_on = _parse_born_on(d.pop("born_on", UNSET))

        _preferences = d.pop("preferences", UNSET)
        preferences: list[OffersCustomerPreferencesItem] | Unset = UNSET
        if _preferences is not UNSET:
            preferences = []
            for preferences_item_data in _preferences:
                preferences_item = OffersCustomerPreferencesItem(preferences_item_data)

                preferences.append(preferences_item)

        def _parse_segment(data: object) -> None | OffersCustomerSegmentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                segment_type_0 = OffersCustomerSegmentType0(data)

                return segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersCustomerSegmentType0 | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        wants_digital_report = d.pop("wants_digital_report", UNSET)

        wants_to_change_car = d.pop("wants_to_change_car", UNSET)

        offers_customer = cls(
            age_years=age_years,
            born_on=born_on,
            preferences=preferences,
            segment=segment,
            wants_digital_report=wants_digital_report,
            wants_to_change_car=wants_to_change_car,
        )

        return offers_customer
