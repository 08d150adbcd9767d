"""Who is escalated: the escalation ladder (``escalate`` actions) applied to the deadlines
(``set_deadline`` actions), once all of them are known, so rule order does not matter.

A milestone is escalated to a ladder step when the time it took (until done, or until the
evaluation time if still open) exceeds the step's ``beyond_target_factor`` x its allowed
time, measured on the milestone's own clock. Factor 1 is "breached"; the default ruleset's
factor 2 sends a breach of more than twice the target to the store general manager as well.
A milestone met in time is never escalated.
"""
from __future__ import annotations

from . import deadlines
from .clocks import clock_for
from .notices import warn_uncovered
from .result import Escalation, SlaResult


def apply_ladder(result: SlaResult, facts, at, settings) -> None:
    escalations = []
    for milestone in result.milestones.values():
        if milestone.status in ("not_started", "met") or milestone.due_at is None:
            continue
        clock = None
        for step in result.escalation_ladder:
            if step.milestones and milestone.code not in step.milestones:
                continue
            clock = clock or clock_for(milestone.clock, settings, facts.store_id, at.tzinfo)
            since = deadlines.escalated_since(milestone, clock, step.beyond_target_factor, at)
            if since is not None:
                escalations.append(Escalation(
                    milestone=milestone.code, to=step.to, label=step.label,
                    beyond_target_factor=step.beyond_target_factor, since=since,
                    provisional=not milestone.calendar_covered or bool(clock.uncovered),
                    rule=step.rule))
        if clock is not None and clock.uncovered:
            warn_uncovered(result, clock.uncovered, milestone.code)
    order = {code: i for i, code in enumerate(deadlines.ORDER)}
    escalations.sort(key=lambda e: (order[e.milestone], e.beyond_target_factor, e.to))
    result.escalations = escalations
