from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.offers_needs_budget_band_type_0 import OffersNeedsBudgetBandType0
from ..models.offers_needs_parking_type_0 import OffersNeedsParkingType0
from ..models.offers_needs_usage_scenario_type_0 import OffersNeedsUsageScenarioType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="OffersNeeds")


@_attrs_define
class OffersNeeds:
    """The needs diagnosis form (需求诊断表) filled in with the buyer.

    Attributes:
        budget_band (None | OffersNeedsBudgetBandType0 | Unset): The buyer's budget band, CNY (under 100,000;
            100,000-200,000; 200,000-300,000; over 300,000).
        daily_route_km (int | None | Unset): Distance driven on a usual day (commute there and back), km.
        modification_plans (bool | Unset): The buyer plans to modify the car (lift kit, winch, roof rack ...). Default:
            `false`.
        parking (None | OffersNeedsParkingType0 | Unset): Parking at home and at work: tight (narrow or scarce spaces)
            or ample.
        usage_scenario (None | OffersNeedsUsageScenarioType0 | Unset): What the car is mainly for.
    """

    budget_band: None | OffersNeedsBudgetBandType0 | Unset = UNSET
    daily_route_km: int | None | Unset = UNSET
    modification_plans: bool | Unset = UNSET
    parking: None | OffersNeedsParkingType0 | Unset = UNSET
    usage_scenario: None | OffersNeedsUsageScenarioType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        budget_band: None | str | Unset
        if isinstance(self.budget_band, Unset):
            budget_band = UNSET
        elif isinstance(self.budget_band, OffersNeedsBudgetBandType0):
            budget_band = self.budget_band.value
        else:
            budget_band = self.budget_band

        daily_route_km: int | None | Unset
        if isinstance(self.daily_route_km, Unset):
            daily_route_km = UNSET
        else:
            daily_route_km = self.daily_route_km

        modification_plans = self.modification_plans

        parking: None | str | Unset
        if isinstance(self.parking, Unset):
            parking = UNSET
        elif isinstance(self.parking, OffersNeedsParkingType0):
            parking = self.parking.value
        else:
            parking = self.parking

        usage_scenario: None | str | Unset
        if isinstance(self.usage_scenario, Unset):
            usage_scenario = UNSET
        elif isinstance(self.usage_scenario, OffersNeedsUsageScenarioType0):
            usage_scenario = self.usage_scenario.value
        else:
            usage_scenario = self.usage_scenario

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if budget_band is not UNSET:
            field_dict["budget_band"] = budget_band
        if daily_route_km is not UNSET:
            field_dict["daily_route_km"] = daily_route_km
        if modification_plans is not UNSET:
            field_dict["modification_plans"] = modification_plans
        if parking is not UNSET:
            field_dict["parking"] = parking
        if usage_scenario is not UNSET:
            field_dict["usage_scenario"] = usage_scenario

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_budget_band(data: object) -> None | OffersNeedsBudgetBandType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                budget_band_type_0 = OffersNeedsBudgetBandType0(data)

                return budget_band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersNeedsBudgetBandType0 | Unset, data)

        budget_band = _parse_budget_band(d.pop("budget_band", UNSET))

        def _parse_daily_route_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_route_km = _parse_daily_route_km(d.pop("daily_route_km", UNSET))

        modification_plans = d.pop("modification_plans", UNSET)

        def _parse_parking(data: object) -> None | OffersNeedsParkingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parking_type_0 = OffersNeedsParkingType0(data)

                return parking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersNeedsParkingType0 | Unset, data)

        parking = _parse_parking(d.pop("parking", UNSET))

        def _parse_usage_scenario(data: object) -> None | OffersNeedsUsageScenarioType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                usage_scenario_type_0 = OffersNeedsUsageScenarioType0(data)

                return usage_scenario_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersNeedsUsageScenarioType0 | Unset, data)

        usage_scenario = _parse_usage_scenario(d.pop("usage_scenario", UNSET))

        offers_needs = cls(
            budget_band=budget_band,
            daily_route_km=daily_route_km,
            modification_plans=modification_plans,
            parking=parking,
            usage_scenario=usage_scenario,
        )

        return offers_needs
