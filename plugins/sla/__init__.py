"""The ``sla`` domain: service-level commitments and complaint compensation (policy
digest, sections 3 and 6). Deadlines and their status, the escalation ladder,
compensation, workshop and handover requirements (quality-check sign-offs before delivery,
old parts on display, labour per operation on the bill), NPS commission, the service-star
award, the review of low ratings and the monthly mystery-shopper pick; docs/domain-sla.md.
"""
from dealer_rules import hookimpl

from .actions import ACTIONS
from .derive import derive
from .domain import DOMAIN
from .finalise import finalise
from .next_changes import next_changes as _next_changes
from .settings import DEFAULTS


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
        derive(facts, settings or DEFAULTS, at)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    if domain.name == DOMAIN.name:
        finalise(result, facts, at, settings or DEFAULTS)


@hookimpl
def next_changes(domain, result, facts, at, settings):
    if domain.name == DOMAIN.name:
        return _next_changes(result, facts, at, settings or DEFAULTS)
