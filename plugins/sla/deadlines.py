"""Deadlines: when a milestone's clock starts, when it is due, and where it stands.

Each milestone starts and ends at a time the caller sends (the table below). The rule's
``set_deadline`` action gives the allowed time and the clock; this module works out:

- ``due_at``: start + allowed time on the clock (calendar days: midnight ending the last day);
- ``at_risk_from``: start + (100 - at_risk_percent)% of the allowed time on the same clock,
  i.e. from then on at most at_risk_percent% of the allowed time is left;
- ``status`` at the evaluation time ``at``: ``met`` (done by due_at), ``breached`` (done
  after due_at, or still open after it), ``at_risk`` (open, past at_risk_from), ``on_track``
  (open, earlier), ``not_started`` (no start time, or it starts after ``at``). A done time
  later than ``at`` is ignored: the question is "how did it stand at ``at``".
- escalations: when the time taken passed factor x the allowed time on the same clock.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from .clocks import CalendarDaysClock, scale, whole_minutes
from .result import Milestone

#: milestone -> (start time, done time) read from the facts
_TIMES = {
    "enquiry_response": (lambda f: f.enquiry and f.enquiry.received_at,
                         lambda f: f.enquiry and f.enquiry.first_response_at),
    "quick_diagnosis": (lambda f: f.reception and f.reception.received_at,
                        lambda f: f.reception and f.reception.diagnosed_at),
    "complaint_response": (lambda f: f.complaint and f.complaint.opened_at,
                           lambda f: f.complaint and f.complaint.first_response_at),
    "complaint_solution": (lambda f: f.complaint and f.complaint.opened_at,
                           lambda f: f.complaint and f.complaint.solution_proposed_at),
    "complaint_follow_up": (lambda f: f.complaint and f.complaint.opened_at,
                            lambda f: f.complaint and f.complaint.callback_at),
}
#: the order milestones are listed in
ORDER = tuple(_TIMES)
_UNIT = {"minutes": dt.timedelta(minutes=1), "hours": dt.timedelta(hours=1),
         "days": dt.timedelta(days=1)}


def start_of(facts, code: str, anchor: str = "opened") -> Optional[dt.datetime]:
    """When the milestone's clock starts; ``anchor="solution_proposed"`` starts the
    complaint follow-up at the proposed solution instead of the complaint."""
    if anchor == "solution_proposed":
        return facts.complaint and facts.complaint.solution_proposed_at
    return _TIMES[code][0](facts) or None


def done_of(facts, code: str) -> Optional[dt.datetime]:
    return _TIMES[code][1](facts) or None


def allowed_time(milestone: Milestone) -> dt.timedelta:
    """The time the milestone allows, on its own clock."""
    if milestone.clock == "calendar_days":
        return milestone.due_at - milestone.started_at
    return milestone.target_amount * _UNIT[milestone.target_unit]


def build(milestone: Milestone, clock, done: Optional[dt.datetime], at: dt.datetime
          ) -> Milestone:
    """Fill in due_at, at_risk_from, status and minutes of a milestone whose code, label,
    clock, target and started_at are set."""
    zone = at.tzinfo
    start = milestone.started_at
    if start is None:
        return milestone
    start = milestone.started_at = start.astimezone(zone)
    if isinstance(clock, CalendarDaysClock):
        milestone.due_on = clock.last_day(start, milestone.target_amount)
        due = clock.end_of(milestone.due_on)
    else:
        due = clock.add(start, milestone.target_amount * _UNIT[milestone.target_unit])
    milestone.due_at = due = due.astimezone(zone)
    allowed = allowed_time(milestone)
    milestone.at_risk_from = clock.add(
        start, scale(allowed, 100 - milestone.at_risk_percent, 100)).astimezone(zone)
    if start > at:
        milestone.status = "not_started"
        return milestone
    if done is not None and done <= at:
        milestone.done_at = done = done.astimezone(zone)
        if done <= due:
            milestone.status = "met"
        else:
            milestone.status = "breached"
            milestone.overdue_minutes = whole_minutes(clock.between(due, done), round_up=True)
    elif at > due:
        milestone.status = "breached"
        milestone.overdue_minutes = whole_minutes(clock.between(due, at), round_up=True)
    else:
        milestone.status = "at_risk" if at >= milestone.at_risk_from else "on_track"
        milestone.remaining_minutes = whole_minutes(clock.between(at, due))
    return milestone


def escalated_since(milestone: Milestone, clock, factor: Decimal, at: dt.datetime
                    ) -> Optional[dt.datetime]:
    """When the time taken passed ``factor`` x the allowed time (factor 1: due_at), or
    None if it has not by the end of the time taken (done_at, else ``at``).

    The time taken is measured first, so nothing after its end is ever asked of the
    calendar (no needless question about a year not yet published)."""
    numerator, denominator = Decimal(factor).as_integer_ratio()
    span = scale(allowed_time(milestone), numerator, denominator)
    start, end = milestone.started_at, milestone.done_at or at
    if end <= start or clock.between(start, end) < span:
        return None
    since = clock.add(start, span).astimezone(start.tzinfo)
    return since if end > since else None
