"""The ``sla`` domain: what it is called and its models (policy digest sections 3 and 6); its Chinese
texts are in locale/zh/LC_MESSAGES/messages.po."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import SlaFacts
from .result import SlaResult
from .settings import SlaSettings

DOMAIN = Domain(name="sla", title="Service-level commitments",
                description="Response and repair deadlines, escalation, complaint "
                            "compensation, workshop and handover requirements, NPS, "
                            "awards, rating reviews and the mystery-shopper pick.",
                facts=SlaFacts, result=SlaResult, settings=SlaSettings)
