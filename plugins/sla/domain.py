"""The ``sla`` domain: what it is called, its models and its Chinese texts (policy digest sections 3 and 6)."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import SlaFacts
from .result import SlaResult
from .settings import SlaSettings
from .zh import ZH

DOMAIN = Domain(name="sla", title="Service-level commitments", title_zh="服务承诺与投诉补偿",
                description="Response and repair deadlines, escalation, complaint "
                            "compensation, workshop and handover requirements, NPS, "
                            "awards, rating reviews and the mystery-shopper pick.",
                facts=SlaFacts, result=SlaResult, settings=SlaSettings,
                translations={"zh": ZH})
