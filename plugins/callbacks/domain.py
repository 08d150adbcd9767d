"""The ``callbacks`` domain: what it is called, its models and its Chinese texts (policy digest section 4)."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import CallbackFacts
from .result import CallbackResult
from .settings import CallbackSettings
from .zh import ZH

DOMAIN = Domain(name="callbacks", title="Customer callbacks", title_zh="客户回访",
                description="Which callbacks to make after delivery, when, and about what.",
                facts=CallbackFacts, result=CallbackResult, settings=CallbackSettings,
                translations={"zh": ZH})
