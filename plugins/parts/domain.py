"""The ``parts`` domain: what it is called, its models and its Chinese texts (policy digest section 6)."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import PartsFacts
from .result import PartsResult
from .settings import PartsSettings
from .zh import ZH

DOMAIN = Domain(name="parts", title="Parts stock", title_zh="配件库存预警",
                description="Which parts to reorder now, from their stock, the "
                            "supplier's lead time and their use in repairs.",
                facts=PartsFacts, result=PartsResult, settings=PartsSettings,
                translations={"zh": ZH})
