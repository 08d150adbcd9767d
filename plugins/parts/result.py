"""The answer of the ``parts`` domain: the parts to reorder now, with the figures behind
each, so the parts clerk can see why."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class Reorder(BaseModel):
    """A part whose stock is below its reorder point: order it now."""
    part: str = Field(description="Part code.")
    name: str = Field(description="The part's name staff read.")
    label: str = Field(description="Chinese label from the rule, e.g. 库存预警：建议补货.")
    stock_position: int = Field(description="In stock plus on order, units.")
    reorder_point: Decimal = Field(description="Average daily use x lead time x safety "
                                   "factor, units.")
    average_daily_use: Decimal = Field(description="Units per day over the usage window.")
    lead_time_days: int = Field(description="The supplier's lead time, days.")
    order_at_least: int = Field(description="The fewest units that bring the stock "
                                "position up to the reorder point.")
    rule: str = Field("", description="The rule that raised it.")


class PartsResult(BaseModel):
    """What to reorder."""
    reorders: list[Reorder] = Field(default_factory=list, description="In the order the "
                                    "parts were sent.")
