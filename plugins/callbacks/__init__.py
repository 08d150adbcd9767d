"""The callbacks domain: the customer callback cadence after delivery (policy digest,
section 4). First-month, quarterly and annual callbacks, moved off holidays and into the
calling window, stopped on opt-out, held while a complaint is open. docs/domain-callbacks.md
"""
from dealer_rules import hookimpl

from .actions import ACTIONS
from .derive import derive
from .domain import DOMAIN
from .finalise import finalise
from .next_changes import next_changes as _next_changes


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
        derive(facts, at, settings)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    if domain.name == DOMAIN.name:
        finalise(result, facts, at, settings)


@hookimpl
def next_changes(domain, result, facts, at):
    if domain.name == DOMAIN.name:
        return _next_changes(result, facts, at)
