"""The ``parts`` domain: what it is called and its models (policy digest section 6); its Chinese
texts are in locale/zh/LC_MESSAGES/messages.po."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import PartsFacts
from .result import PartsResult
from .settings import PartsSettings

DOMAIN = Domain(name="parts", title="Parts stock",
                description="Which parts to reorder now, from their stock, the "
                            "supplier's lead time and their use in repairs.",
                facts=PartsFacts, result=PartsResult, settings=PartsSettings)
