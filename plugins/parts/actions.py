"""The action rules of the ``parts`` domain can take, its parameters (checked when the
ruleset loads) and what it does to the result."""
from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from dealer_rules import Action, ActionContext

from .result import PartsResult, Reorder


class ReorderParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(min_length=1, description="Chinese label, e.g. 库存预警：建议补货.")


def reorder_parts(result: PartsResult, params: ReorderParams, context: ActionContext) -> None:
    """Raise a reorder for every part below its reorder point (once per part)."""
    raised = {r.part for r in result.reorders}
    for part in context.facts.parts:
        if not part.below_reorder_point or part.part in raised:
            continue
        raised.add(part.part)
        result.reorders.append(Reorder(
            part=part.part, name=part.name, label=params.label,
            stock_position=part.stock_position, reorder_point=part.reorder_point,
            average_daily_use=part.average_daily_use, lead_time_days=part.lead_time_days,
            order_at_least=math.ceil(part.reorder_point) - part.stock_position,
            rule=context.rule.id))


ACTIONS = [
    Action(domain="parts", name="reorder_parts", title="Reorder parts",
           description=" ".join(reorder_parts.__doc__.split()), params=ReorderParams,
           apply=reorder_parts),
]
