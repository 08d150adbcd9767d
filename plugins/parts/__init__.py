"""Parts stock with an early warning from repair history (policy digest section 6, domain
``parts``): "Which parts should the store reorder today?"

Only the hooks are here. facts.py / result.py / settings.py hold the models, derive.py the
reorder point of each part, actions.py what rules can do. docs/domain-parts.md describes the
domain for callers and rule authors; rulesets/default/parts.yaml is the shipped policy. It
is also the smallest complete example of a domain (docs/plugins.md).
"""
from __future__ import annotations

from dealer_rules import hookimpl

from .actions import ACTIONS
from .derive import derive
from .domain import DOMAIN
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
    """Before matching: each part's use in the window and its reorder point, as of ``at``."""
    if domain.name == DOMAIN.name:
        derive(facts, at.date(), settings or DEFAULTS)
