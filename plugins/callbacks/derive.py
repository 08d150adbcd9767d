"""Derived facts: values computed from the facts before rules are matched, so rules (and
the actions) can use them.

- ``vehicle.days_since_delivery``: how long the customer has had the car;
- ``customer.open_complaints``: complaints open at the evaluation time (a hold rule tests it);
- ``horizon_end``: the last day callbacks are planned for.
"""
from __future__ import annotations

import datetime as dt

from .dates import horizon_end
from .facts import CallbackFacts
from .settings import CallbackSettings


def derive(facts: CallbackFacts, at: dt.datetime, settings: CallbackSettings | None) -> None:
    """Fill the derived fields of ``facts`` in place (``at``: evaluation time, group zone)."""
    settings = settings or CallbackSettings()
    facts.customer.open_complaints = sum(
        1 for c in facts.customer.complaints if is_open(c.opened_at, c.closed_at, at))
    delivered = facts.vehicle.delivered_on
    if delivered is None:
        facts.vehicle.days_since_delivery = None
        facts.horizon_end = None
        return
    facts.vehicle.days_since_delivery = (at.date() - delivered).days
    facts.horizon_end = horizon_end(delivered, effective_horizon(facts, settings))


def effective_horizon(facts: CallbackFacts, settings: CallbackSettings) -> int:
    """Months to plan: the fact if the caller sent one, else the group's setting."""
    return facts.horizon_months if facts.horizon_months is not None else settings.horizon_months


def is_open(opened_at: dt.datetime, closed_at: dt.datetime | None, at: dt.datetime) -> bool:
    """A complaint is open from the moment it is made until the moment it is closed."""
    return opened_at <= at and (closed_at is None or closed_at > at)
