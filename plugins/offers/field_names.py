"""Short English names of the offers facts, for conditions and decision
tables shown in words to the staff who edit rules (``Domain.field_names``).
Their Chinese is in the plugin's catalog, locale/zh/LC_MESSAGES/messages.po."""

FIELD_NAMES = {
    "vehicle.age_months": "car age",
    "vehicle.brake_pads_due": "brake pads due",
    "vehicle.factory_warranty_active": "factory warranty running",
    "vehicle.has_extended_warranty": "has an extended warranty",
    "vehicle.has_maintenance_package": "has a maintenance package",
    "vehicle.transmission_care_due": "transmission care due",
    "vehicle.warranty_ending_soon": "factory warranty ending soon",
    "vehicle.odometer_km": "odometer",
    "needs.daily_route_km": "daily route",
    "deal.requested_discount": "discount asked for",
    "deal.discount_room": "room for a discount",
    "deal.package_worth": "package worth",
    "deal.financing_declined": "financing declined",
    "customer.age_years": "customer's age",
    "customer.segment": "segment",
    "visit.kind": "reason for the visit",
}
