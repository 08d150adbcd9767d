"""The ``tiers`` domain: what it is called and its models (policy digest section 1); its Chinese
texts are in locale/zh/LC_MESSAGES/messages.po."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import TiersFacts
from .field_names import FIELD_NAMES
from .result import TiersResult
from .settings import TiersSettings

DOMAIN = Domain(name="tiers", title="Membership tiers and benefits",
                description="Tier from car purchases and trailing service spend; the "
                            "tier's benefits; the order at the counter priced; points "
                            "earned and what they redeem; referral rewards; owners' club.",
                facts=TiersFacts, result=TiersResult, settings=TiersSettings,
                field_names=FIELD_NAMES)
