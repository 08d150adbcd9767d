"""When an ``offers`` answer changes by itself (the ``next_changes`` hook, issue 15).

The derived vehicle facts are judged at the evaluation date, so with the same facts they
change only at a local midnight: the factory warranty ends, the extended-warranty window
opens, the transmission deep care falls due, and the vehicle's age in whole months steps up
(rules compare it with thresholds such as ``vehicle.age_months >= 12``). An age step that
crosses no rule's threshold leaves the answer as it was: asking again then gives the next
instant. Offers' own validity windows are the rules' ``valid_from`` / ``valid_to``, which
the core adds itself.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from .derive import DONE_OUTCOMES, add_months, whole_months
from .facts import OffersFacts
from .settings import OffersSettings


def next_changes(facts: OffersFacts, at: dt.datetime, settings: OffersSettings
                 ) -> Iterator[dt.datetime]:
    """Every instant at which the answer may change (the core keeps the earliest after at)."""
    vehicle = facts.vehicle
    if vehicle is None:
        return
    today, zone = at.date(), at.tzinfo
    delivered = vehicle.delivered_on
    ends_on = add_months(delivered, settings.factory_warranty_months)
    cares = sorted((r for r in vehicle.repairs
                    if r.item == "transmission_deep_care" and r.outcome in DONE_OUTCOMES),
                   key=lambda r: (r.on, r.km))
    since_on = cares[-1].on if cares else delivered
    days = (add_months(delivered, whole_months(delivered, today) + 1), delivered, ends_on,
            add_months(ends_on, -settings.extended_warranty_window_months),
            add_months(since_on, settings.transmission_care_every_months))
    for day in days:
        if day > today:
            yield dt.datetime.combine(day, dt.time(), tzinfo=zone)
