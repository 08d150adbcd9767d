"""Derived facts: what rules test but nobody should have to type in.

Computed once per evaluation, before matching, from the facts, the evaluation time and the
group's settings, so thresholds live in settings and conditions read like the policy
("vehicle.transmission_care_due", not date arithmetic). Every derived field is overwritten,
whatever the caller sent.
"""
from __future__ import annotations

import calendar
import datetime as dt

from .facts import Customer, Deal, Needs, OffersFacts, PartNeeded, Vehicle
from .settings import OffersSettings

_SCENARIO_SEGMENT = {"family": "family", "business": "business", "commute": "commuter",
                     "off_road": "off_road"}
_FAMILY_PREFERENCES = {"safety", "space", "value"}
_BUSINESS_PREFERENCES = {"brand_image", "comfort", "technology"}
#: repair outcomes that count as the care done (read by next_changes.py too)
DONE_OUTCOMES = ("replaced", "serviced")


def derive(facts: OffersFacts, at: dt.datetime, settings: OffersSettings) -> None:
    """Fill in every derived field of ``facts`` in place."""
    today = at.date()
    derive_segment(facts.customer, facts.needs)
    born_on = facts.customer.born_on
    facts.customer.age_years = (None if born_on is None or born_on > today
                                else whole_months(born_on, today) // 12)
    if facts.deal is not None:
        derive_deal(facts.deal, settings)
    if facts.vehicle is not None:
        derive_vehicle(facts.vehicle, today, settings)
    if facts.visit is not None:
        for part in facts.visit.parts:
            derive_part(part, settings)


def derive_segment(customer: Customer, needs: Needs | None) -> None:
    """The needs diagnosis decides the segment: the usage scenario when given; otherwise the
    preferences, family (safety, space, value) against business (brand image, comfort,
    technology): a side needs at least two of its three and more than the other side, or
    the segment stays unknown (one stray preference says too little)."""
    if needs is not None and needs.usage_scenario is not None:
        customer.segment = _SCENARIO_SEGMENT[needs.usage_scenario]
        return
    chosen = set(customer.preferences)
    family = len(chosen & _FAMILY_PREFERENCES)
    business = len(chosen & _BUSINESS_PREFERENCES)
    customer.segment = ("family" if family >= 2 and family > business else
                        "business" if business >= 2 and business > family else None)


def derive_deal(deal: Deal, settings: OffersSettings) -> None:
    """The value package's worth and the model's floor, so the ladder's conditions can say
    ``requested_discount > package_worth and requested_discount <= discount_room``."""
    deal.package_worth = settings.value_package_worth
    deal.floor_price = settings.model_floors.get(deal.model_code)
    deal.discount_room = None if deal.floor_price is None else deal.list_price - deal.floor_price


def derive_vehicle(vehicle: Vehicle, today: dt.date, settings: OffersSettings) -> None:
    """Age, factory warranty and the "whichever comes first" due flags (docs/domain-offers.md
    has the thresholds)."""
    vehicle.age_months = whole_months(vehicle.delivered_on, today)
    ends_on = add_months(vehicle.delivered_on, settings.factory_warranty_months)
    vehicle.warranty_ends_on = ends_on
    active = today < ends_on and vehicle.odometer_km < settings.factory_warranty_km
    vehicle.factory_warranty_active = active
    vehicle.warranty_ending_soon = active and (
        today >= add_months(ends_on, -settings.extended_warranty_window_months)
        or vehicle.odometer_km >= settings.factory_warranty_km - settings.extended_warranty_window_km)

    record = sorted(vehicle.repairs, key=lambda r: (r.on, r.km))
    pads = [r for r in record if r.item == "brake_pads"]
    vehicle.brake_pads_due = bool(pads) and pads[-1].outcome in ("worn", "due")

    cares = [r for r in record if r.item == "transmission_deep_care" and r.outcome in DONE_OUTCOMES]
    since_on, since_km = (cares[-1].on, cares[-1].km) if cares else (vehicle.delivered_on, 0)
    vehicle.transmission_care_due = (
        vehicle.odometer_km - since_km >= settings.transmission_care_every_km
        or today >= add_months(since_on, settings.transmission_care_every_months))


def derive_part(part: PartNeeded, settings: OffersSettings) -> None:
    """Core or not, and whether a cheaper aftermarket part that fits may be offered."""
    part.core = part.code not in settings.non_core_parts
    known = part.oem_price is not None and part.aftermarket_price is not None
    part.aftermarket_saving = part.oem_price - part.aftermarket_price if known else None
    part.aftermarket_option = (not part.core and part.aftermarket_fits and known
                               and part.aftermarket_saving > 0)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, the day of month clamped to the month's end
    (31 January + 1 month = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months(start: dt.date, end: dt.date) -> int:
    """Complete calendar months from ``start`` to ``end`` (0 if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(months, 0)
