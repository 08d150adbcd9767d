"""The ``offers`` domain: what it is called, its models and its Chinese texts (policy digest sections 2 and 6)."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import OffersFacts
from .field_names import FIELD_NAMES
from .result import OffersResult
from .settings import OffersSettings
from .zh import ZH

DOMAIN = Domain(name="offers", title="Offers and cross-sell", title_zh="增值方案与二次销售",
                description="What to offer a buyer who asks for a lower price, what to "
                            "recommend by segment, and what to cross-sell after the sale.",
                facts=OffersFacts, result=OffersResult, settings=OffersSettings,
                translations={"zh": ZH}, field_names=FIELD_NAMES)
