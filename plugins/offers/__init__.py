"""Value packages, financing, needs diagnosis, test drives, delivery, after-sales cross-sell
and the parts dual track (policy digest section 2; docs/domain-offers.md)."""
from __future__ import annotations

from dealer_rules import hookimpl

from .actions import ACTIONS
from .derive import derive
from .domain import DOMAIN
from .finalise import finalise
from .next_changes import next_changes as _next_changes
from .settings import OffersSettings


@hookimpl
def register_domains(register):
    register(DOMAIN)


@hookimpl
def register_actions(register):
    for action in ACTIONS:
        register(action)


@hookimpl
def derive_facts(domain, facts, at, settings):
    if domain.name == DOMAIN.name:
        derive(facts, at, settings or OffersSettings())


@hookimpl
def finalise_result(domain, result, facts):
    if domain.name == DOMAIN.name:
        finalise(result, facts)


@hookimpl
def next_changes(domain, facts, at, settings):
    if domain.name == DOMAIN.name:
        return _next_changes(facts, at, settings or OffersSettings())
