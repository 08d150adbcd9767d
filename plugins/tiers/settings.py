"""What a dealer group configures for the ``tiers`` domain beside its rules."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TiersSettings(BaseModel):
    """``settings:`` of a tiers ruleset. The tier thresholds are not here: they are in the
    rules' conditions (``customer.trailing_service_spend >= 10000``)."""
    model_config = ConfigDict(extra="forbid")

    spend_window_months: int = Field(
        12, ge=1, le=60, title="Service spend window",
        description="Length of the trailing window customer.trailing_service_spend sums "
                    "over, months (the digest's 'trailing-12-month service spend').")
