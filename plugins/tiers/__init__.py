"""Membership tiers, benefits, points and referrals (policy digest section 1, domain
``tiers``): "Gold member, maintenance order with 1,200 CNY labour: which benefits, what
does she pay, how many points?"

Only the hooks are here (the plugin shape of docs/plugins.md): domain.py names the domain,
facts.py / result.py / settings.py hold the models, derive.py the derived facts (trailing
service spend, referral outcomes), actions.py what rules can do, finalise.py the pricing and
points, next_changes.py when the answer changes. docs/domain-tiers.md describes the domain
for callers and rule authors; rulesets/default/tiers.yaml is the shipped policy.
"""
from __future__ import annotations

from dealer_rules import hookimpl

from .actions import ACTIONS
from .derive import derive
from .domain import DOMAIN
from .finalise import finalise
from .next_changes import next_changes as _next_changes
from .settings import TiersSettings


@hookimpl
def register_domains(register):
    register(DOMAIN)


@hookimpl
def register_actions(register):
    for action in ACTIONS:
        register(action)


@hookimpl
def derive_facts(domain, facts, at, settings):
    """Before matching: trailing spend, car purchase, referral outcomes, as of ``at``."""
    if domain.name == DOMAIN.name:
        derive(facts, at.date(), settings)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    """After the actions: price the order with the one labour discount, count the points."""
    if domain.name == DOMAIN.name:
        finalise(result, facts, at, settings)


@hookimpl
def next_changes(domain, facts, at, settings):
    """When the tier or a referral outcome changes: a payment leaves the spend window."""
    if domain.name == DOMAIN.name:
        return _next_changes(facts, at, settings or TiersSettings())
