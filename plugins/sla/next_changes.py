"""When an ``sla`` answer changes by itself (the ``next_changes`` hook, issue 15).

With the same facts, the answer at a later time differs when a milestone's clock starts,
when it becomes at risk (``at_risk_from``), when it is breached (just past ``due_at``), when
an escalation step is reached (just past factor x the allowed time, on the milestone's own
clock), and when a time the caller sent for later (a response, a diagnosis, a quality
check) arrives. The minute counters ``remaining_minutes`` and ``overdue_minutes`` tick every
minute and are not counted as a change: they are there to be shown, not to be waited for.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Iterator

from . import deadlines
from .clocks import clock_for, scale
from .result import SlaResult

_US = dt.timedelta(microseconds=1)


def next_changes(result: SlaResult, facts, at: dt.datetime, settings) -> Iterator[dt.datetime]:
    """Every instant at which the answer may change (the core keeps the earliest after at)."""
    for milestone in result.milestones.values():
        if milestone.started_at is None:
            continue
        if milestone.status == "not_started":
            yield milestone.started_at
        done = deadlines.done_of(facts, milestone.code)
        if done is not None and done > at:
            yield done
        if milestone.done_at is not None:
            continue                # done by the evaluation time: settled
        if milestone.status != "breached":
            if milestone.at_risk_from is not None:
                yield milestone.at_risk_from
            if milestone.due_at is not None:
                yield milestone.due_at + _US
        yield from _escalation_steps(result, milestone, facts, at, settings)
    yield from _requirement_times(facts)


def _escalation_steps(result, milestone, facts, at, settings) -> Iterator[dt.datetime]:
    """Just past each ladder step's factor x the allowed time, for a milestone still open
    (breached ones too: a later step may still be ahead)."""
    if milestone.due_at is None:
        return
    clock = None
    for step in result.escalation_ladder:
        if step.milestones and milestone.code not in step.milestones:
            continue
        clock = clock or clock_for(milestone.clock, settings, facts.store_id, at.tzinfo)
        numerator, denominator = Decimal(step.beyond_target_factor).as_integer_ratio()
        span = scale(deadlines.allowed_time(milestone), numerator, denominator)
        yield clock.add(milestone.started_at, span) + _US


def _requirement_times(facts) -> Iterator[dt.datetime]:
    """Times the workshop requirements turn on (requirements report them once reached)."""
    reception = facts.reception
    if reception is not None and reception.diagnosed_at is not None:
        yield reception.diagnosed_at
    repair = facts.repair
    for job in repair.jobs if repair else ():
        for step in job.steps or ():
            for instant in (step.quality_checked_at, step.done_at):
                if instant is not None:
                    yield instant
