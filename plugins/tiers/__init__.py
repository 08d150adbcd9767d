"""Membership tiers, benefits, points and referrals (policy digest section 1, domain
``tiers``): "Gold member, maintenance order with 1,200 CNY labour: which benefits, what
does she pay, how many points?"

Only the hooks are here. facts.py / result.py / settings.py hold the models, derive.py the
derived facts (trailing service spend, referral outcomes), actions.py what rules can do,
settle.py the pricing and points. docs/domain-tiers.md describes the domain for callers and
rule authors; rulesets/default/tiers.yaml is the shipped policy.
"""
from __future__ import annotations

from dealer_rules import Domain, hookimpl

from .actions import ACTIONS
from .derive import derive
from .facts import DOMAIN, TiersFacts
from .next_changes import next_changes as _next_changes
from .result import TiersResult
from .settings import TiersSettings
from .settle import settle
from .zh import ZH


@hookimpl
def register_domains(register):
    register(Domain(name=DOMAIN, title="Membership tiers and benefits", title_zh="会员等级与权益",
                    description="Tier from car purchases and trailing service spend; the "
                                "tier's benefits; the order at the counter priced; points "
                                "earned and what they redeem; referral rewards; owners' club.",
                    facts=TiersFacts, result=TiersResult, settings=TiersSettings,
                    translations={"zh": ZH}))


@hookimpl
def register_actions(register):
    for action in ACTIONS:
        register(action)


@hookimpl
def derive_facts(domain, facts, at, settings):
    """Before matching: trailing spend, car purchase, referral outcomes, as of ``at``."""
    if domain.name == DOMAIN:
        derive(facts, at.date(), settings)


@hookimpl
def finalise_result(domain, result, facts):
    """After the actions: price the order with the one labour discount, count the points."""
    if domain.name == DOMAIN:
        settle(result, facts)


@hookimpl
def next_changes(domain, facts, at, settings):
    """When the tier or a referral outcome changes: a payment leaves the spend window."""
    if domain.name == DOMAIN:
        return _next_changes(facts, at, settings or TiersSettings())
