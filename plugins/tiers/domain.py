"""The ``tiers`` domain: what it is called, its models and its Chinese texts (policy digest section 1)."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import TiersFacts
from .field_names import FIELD_NAMES
from .result import TiersResult
from .settings import TiersSettings
from .zh import ZH

DOMAIN = Domain(name="tiers", title="Membership tiers and benefits", title_zh="会员等级与权益",
                description="Tier from car purchases and trailing service spend; the "
                            "tier's benefits; the order at the counter priced; points "
                            "earned and what they redeem; referral rewards; owners' club.",
                facts=TiersFacts, result=TiersResult, settings=TiersSettings,
                translations={"zh": ZH}, field_names=FIELD_NAMES)
