"""The facts an `offers` question is asked with: one shared customer profile plus whichever
moments apply now (the negotiating table, the needs diagnosis form, a delivery, an owned
vehicle and its repair record, a workshop visit).

Send only the sections that apply: rules about a section stay silent while it is missing.
Fields marked *Derived* are computed by ``derive.py`` from the other facts and the group's
settings; a caller does not send them (anything sent there is overwritten).
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import Field

from dealer_rules.core.facts import Facts
from dealer_rules.plugins.common.money import Money

Preference = Literal["safety", "space", "value", "brand_image", "comfort", "technology",
                     "quiet", "fuel_economy", "off_road"]
Segment = Literal["family", "business", "commuter", "off_road"]


class Customer(Facts):
    """The shared customer profile: sales and after-sales read and write the same one."""
    preferences: list[Preference] = Field(
        default_factory=list,
        description="Feature preferences from the needs diagnosis form (需求诊断表) or any later "
                    "visit: safety, space, value, brand_image, comfort, technology, quiet, "
                    "fuel_economy, off_road.")
    wants_to_change_car: bool = Field(
        False, description="The customer said they want to replace their car (置换意向).")
    born_on: Optional[dt.date] = Field(None, description="Date of birth, local date; empty "
                                                         "when unknown.")
    wants_digital_report: bool = Field(
        False, description="The customer asked for the digital service report (数字化服务报告).")
    age_years: Optional[int] = Field(
        None, description="Derived: whole years of age on the evaluation date, from born_on "
                          "(empty for a birth date after it).")
    segment: Optional[Segment] = Field(
        None, description="Derived: family, business, commuter or off_road, from "
                          "needs.usage_scenario, else from the preferences (see docs).")


class Needs(Facts):
    """The needs diagnosis form (需求诊断表) filled in with the buyer."""
    usage_scenario: Optional[Literal["family", "business", "commute", "off_road"]] = Field(
        None, description="What the car is mainly for.")
    budget_band: Optional[Literal["under_100k", "100k_200k", "200k_300k", "over_300k"]] = Field(
        None, description="The buyer's budget band, CNY (under 100,000; 100,000-200,000; "
                          "200,000-300,000; over 300,000).")
    daily_route_km: Optional[int] = Field(
        None, ge=0, description="Distance driven on a usual day (commute there and back), km.")
    parking: Optional[Literal["tight", "ample"]] = Field(
        None, description="Parking at home and at work: tight (narrow or scarce spaces) or ample.")
    modification_plans: bool = Field(
        False, description="The buyer plans to modify the car (lift kit, winch, roof rack ...).")


class Deal(Facts):
    """The negotiating table: a buyer asking for a lower price on one model."""
    model_code: str = Field(description="The model under negotiation, as keyed in the group's "
                                        "settings.model_floors.")
    list_price: Money = Field(gt=0, description="The price quoted to the buyer before any "
                                                "discount, CNY.")
    requested_discount: Money = Field(ge=0, description="The discount the buyer asks for, CNY.")
    financing_declined: bool = Field(False, description="The buyer refuses any loan or "
                                                        "instalment plan.")
    package_worth: Optional[Money] = Field(
        None, description="Derived: the value package's worth, CNY (settings.value_package_worth).")
    floor_price: Optional[Money] = Field(
        None, description="Derived: the group's floor price (底价) for model_code, CNY; "
                          "missing when the group set none.")
    discount_room: Optional[Money] = Field(
        None, description="Derived: list_price - floor_price, CNY: the largest discount that "
                          "keeps the price at or above the floor; missing without a floor.")


class Delivery(Facts):
    """A planned handover of a new car (交车仪式)."""
    planned_at: dt.datetime = Field(description="When the handover is planned, local date-time.")


class RepairRecord(Facts):
    """One line of the vehicle's repair record."""
    on: dt.date = Field(description="Date of the workshop visit, local date.")
    km: int = Field(ge=0, description="Odometer at that visit, km.")
    item: str = Field(description="Part or job code, e.g. brake_pads, transmission_deep_care.")
    outcome: Literal["replaced", "serviced", "inspected_ok", "worn", "due"] = Field(
        description="What the workshop did (replaced, serviced) or found (inspected_ok, worn, "
                    "due for replacement).")


class Vehicle(Facts):
    """A car the customer owns (bought from the group), for after-sales cross-sell."""
    model_code: Optional[str] = Field(None, description="Model code of the car.")
    delivered_on: dt.date = Field(description="Delivery date of the car, local date.")
    odometer_km: int = Field(ge=0, description="Odometer now, km.")
    repairs: list[RepairRecord] = Field(default_factory=list,
                                        description="The repair record, any order.")
    has_extended_warranty: bool = Field(False, description="An extended warranty (延保) is "
                                                           "already bought.")
    has_maintenance_package: bool = Field(False, description="A prepaid maintenance package "
                                                             "is active.")
    age_months: Optional[int] = Field(
        None, description="Derived: whole months since delivery, months.")
    warranty_ends_on: Optional[dt.date] = Field(
        None, description="Derived: delivered_on + settings.factory_warranty_months, local date "
                          "(the km limit may end the warranty earlier).")
    factory_warranty_active: Optional[bool] = Field(
        None, description="Derived: today is before warranty_ends_on and the odometer is below "
                          "settings.factory_warranty_km.")
    warranty_ending_soon: Optional[bool] = Field(
        None, description="Derived: the factory warranty is active and ends within "
                          "settings.extended_warranty_window_months or _km, whichever comes first.")
    brake_pads_due: Optional[bool] = Field(
        None, description="Derived: the latest brake_pads line of the repair record says worn or "
                          "due (a later replacement clears it).")
    transmission_care_due: Optional[bool] = Field(
        None, description="Derived: settings.transmission_care_every_km km or _months months, "
                          "whichever comes first, have passed since the last transmission deep "
                          "care (or since delivery).")


class PartNeeded(Facts):
    """A part the workshop is about to fit."""
    code: str = Field(description="Part code, e.g. wiper_blades, air_filter, brake_pads.")
    name: str = Field(description="The part's name shown to the customer, e.g. 雨刮片.",
                      json_schema_extra={"personal": False})
    oem_price: Optional[Money] = Field(None, ge=0, description="Price of the OEM (原厂) part, CNY.")
    aftermarket_price: Optional[Money] = Field(
        None, ge=0, description="Price of the aftermarket (副厂) alternative, CNY.")
    aftermarket_fits: bool = Field(
        False, description="The parts catalogue confirms the aftermarket part fits this vehicle.")
    core: Optional[bool] = Field(
        None, description="Derived: not listed in settings.non_core_parts.")
    aftermarket_option: Optional[bool] = Field(
        None, description="Derived: a non-core part whose aftermarket alternative fits and costs "
                          "less than the OEM part.")
    aftermarket_saving: Optional[Money] = Field(
        None, description="Derived: oem_price - aftermarket_price, CNY, when both are known.")


class Visit(Facts):
    """A workshop visit now."""
    kind: Literal["maintenance", "repair"] = Field(description="Routine maintenance (保养) or a repair.")
    parts: list[PartNeeded] = Field(default_factory=list, description="Parts to be fitted.")


class OffersFacts(Facts):
    """A customer and the moments that apply now; send only the sections that apply."""
    customer: Customer = Field(default_factory=Customer, description="The shared customer profile.")
    needs: Optional[Needs] = Field(None, description="The needs diagnosis form.")
    deal: Optional[Deal] = Field(None, description="The negotiating table.")
    delivery: Optional[Delivery] = Field(None, description="A planned handover.")
    vehicle: Optional[Vehicle] = Field(None, description="The car the customer owns.")
    visit: Optional[Visit] = Field(None, description="A workshop visit now.")
