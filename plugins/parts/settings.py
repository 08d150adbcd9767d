"""What a dealer group configures for the ``parts`` domain beside its rules: how much
repair history the average daily use looks at, and the safety factor of the reorder
point."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class PartsSettings(BaseModel):
    """``settings:`` of a parts ruleset."""
    model_config = ConfigDict(extra="forbid")

    usage_window_days: int = Field(90, ge=1, le=730, description="Days of repair history "
                                   "the average daily use is taken over, ending on the "
                                   "evaluation date, that day included.")
    safety_factor: Decimal = Field(Decimal("1.5"), gt=0, le=10, description="Multiplier of "
                                   "the expected use during the lead time: the reorder point "
                                   "is average daily use x lead time days x this.")


#: the settings of a group that configures nothing
DEFAULTS = PartsSettings()
