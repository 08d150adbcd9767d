"""When a ``callbacks`` answer changes by itself (the ``next_changes`` hook, issue 15).

With the same facts, the plan at a later time differs when a callback's time passes (it is
no longer the next callback, and no longer held), when a complaint is opened or closed (the
plan is held, or released), and, for a customer who opted out without a date, at midnight
(the cancellation runs from the evaluation's day).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from .facts import CallbackFacts
from .result import CallbackResult

_US = dt.timedelta(microseconds=1)


def next_changes(result: CallbackResult, facts: CallbackFacts, at: dt.datetime
                 ) -> Iterator[dt.datetime]:
    """Every instant at which the plan may change (the core keeps the earliest after at)."""
    for callback in result.callbacks:
        if callback.call_at is not None and callback.call_at >= at:
            yield callback.call_at + _US       # "at or after the evaluation time" ends
    for complaint in facts.customer.complaints:
        yield complaint.opened_at
        if complaint.closed_at is not None:
            yield complaint.closed_at
    if facts.customer.opted_out and facts.customer.opted_out_on is None:
        yield dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time(), tzinfo=at.tzinfo)
