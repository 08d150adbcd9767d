"""The ``offers`` domain: what it is called and its models (policy digest sections 2 and 6); its Chinese
texts are in locale/zh/LC_MESSAGES/messages.po."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import OffersFacts
from .field_names import FIELD_NAMES
from .result import OffersResult
from .settings import OffersSettings

DOMAIN = Domain(name="offers", title="Offers and cross-sell",
                description="What to offer a buyer who asks for a lower price, what to "
                            "recommend by segment, and what to cross-sell after the sale.",
                facts=OffersFacts, result=OffersResult, settings=OffersSettings,
                field_names=FIELD_NAMES)
