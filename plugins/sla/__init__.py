"""The ``sla`` domain: service-level commitments and complaint compensation (policy
digest, sections 3 and 6). Deadlines and their status, the escalation ladder,
compensation, workshop and handover requirements (quality-check sign-offs before delivery,
old parts on display, labour per operation on the bill), NPS commission, the service-star
award, the review of low ratings and the monthly mystery-shopper pick; docs/domain-sla.md.
"""
from dealer_rules import Domain, hookimpl

from .actions import ACTIONS
from .derive import derive
from .facts import SlaFacts
from .finalise import finalise
from .next_changes import next_changes as _next_changes
from .result import SlaResult
from .settings import DEFAULTS, SlaSettings
from .zh import ZH


@hookimpl
def register_domains(register):
    register(Domain(name="sla", title="Service-level commitments", title_zh="服务承诺与投诉补偿",
                    description="Response and repair deadlines, escalation, complaint "
                                "compensation, workshop and handover requirements, NPS, "
                                "awards, rating reviews and the mystery-shopper pick.",
                    facts=SlaFacts, result=SlaResult, settings=SlaSettings,
                    translations={"zh": ZH}))


@hookimpl
def register_actions(register):
    for action in ACTIONS:
        register(action)


@hookimpl
def derive_facts(domain, facts, at, settings):
    if domain.name == "sla":
        derive(facts, settings or DEFAULTS, at)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    if domain.name == "sla":
        finalise(result, facts, at, settings or DEFAULTS)


@hookimpl
def next_changes(domain, result, facts, at, settings):
    if domain.name == "sla":
        return _next_changes(result, facts, at, settings or DEFAULTS)
