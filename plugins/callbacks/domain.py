"""The ``callbacks`` domain: what it is called and its models (policy digest section 4); its Chinese
texts are in locale/zh/LC_MESSAGES/messages.po."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import CallbackFacts
from .result import CallbackResult
from .settings import CallbackSettings

DOMAIN = Domain(name="callbacks", title="Customer callbacks",
                description="Which callbacks to make after delivery, when, and about what.",
                facts=CallbackFacts, result=CallbackResult, settings=CallbackSettings)
