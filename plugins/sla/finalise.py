"""Finishing the ``sla`` result once every fired rule's actions were applied."""
from __future__ import annotations

from .deadlines import ORDER
from .escalation import apply_ladder
from .result import SlaResult


def finalise(result: SlaResult, facts, at, settings) -> None:
    """Escalations from the ladder, milestones in case order, the breached / at-risk
    summary, whether the repair order may be marked ready for delivery, warnings in a
    stable order."""
    apply_ladder(result, facts, at, settings)
    result.milestones = {code: result.milestones[code] for code in ORDER
                         if code in result.milestones}
    result.breached = [c for c, m in result.milestones.items() if m.status == "breached"]
    result.at_risk = [c for c, m in result.milestones.items() if m.status == "at_risk"]
    order = {code: i for i, code in enumerate(ORDER)}
    result.warnings.sort(key=lambda w: (w.code, w.year or 0, order.get(w.milestone, 99)))
    if facts.repair is not None:
        result.ready_for_delivery = not result.delivery_blocks
