"""When the answer changes by itself: the decision's ``next_change_at`` (issue 15).

A calling system that learns "not breached" at 17:00 should also learn that the answer
becomes "breached, escalate" at 17:40, so it can ask again then instead of polling. The
instants come from two places: the plugins' ``next_changes`` hooks (deadlines, callbacks,
spend windows: what only the domain knows) and, here in the core, the validity windows of
the rules whose conditions matched (a window opening or closing changes which rules apply)
and the next midnight when a rule's condition reads ``today``. The earliest instant after
the evaluation time wins; None when nothing is scheduled. An instant with a fraction of a
second (the usual "just past the deadline": the deadline plus one microsecond) is rounded up
to the whole second: a caller's scheduler holds it, the answer is already the new one then,
and one second earlier it is still the old one.

Not foreseen: a condition that compares with ``now`` (e.g. ``now - complaint.opened_at >
hours(24)``); write such a deadline with the domain's actions (``set_deadline``) instead.
"""
from __future__ import annotations

import datetime as dt

from .hookcalls import plugin_that_raised

_SECOND = dt.timedelta(seconds=1)


class NextChangeError(Exception):
    """A plugin's next_changes hook returned something that is not an aware datetime."""


def next_change_at(hook, kwargs: dict, matched, at: dt.datetime, uses_today: bool,
                   on_error) -> dt.datetime | None:
    """The earliest instant after ``at`` at which the answer changes, or None.

    :param hook: ``pm.hook.next_changes``, called through pluggy like every hook; an
        exception names the plugin that raised it (``on_error(plugin, exc)`` returns the
        exception to raise; core/hookcalls.py finds the plugin).
    :param matched: the compiled rules whose conditions matched (their windows count;
        empty when no rule of the ruleset has a window).
    :param uses_today: a rule's condition reads ``today``: the next midnight counts.
    """
    best = None
    for rule in matched:
        for edge in (rule.valid_from, rule.valid_to):
            if edge is not None and edge > at and (best is None or edge < best):
                best = edge
    if uses_today:
        midnight = dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time(),
                                       tzinfo=at.tzinfo)
        if best is None or midnight < best:
            best = midnight
    try:  # (a hook no plugin implements is not called: it would answer nothing)
        answers = hook(**kwargs) if hook.get_hookimpls() else ()
    except Exception as exc:
        raise on_error(plugin_that_raised(hook, exc), exc) from exc
    for instants in answers:
        for instant in instants or ():
            if not isinstance(instant, dt.datetime) or instant.tzinfo is None:
                error = NextChangeError(f"{instant!r} has no time zone")
                raise on_error(_returning(hook, kwargs, instant), error)
            if instant > at and (best is None or instant < best):
                best = instant
    if best is None:
        return None
    if best.microsecond:        # "just past T": the next whole second, which every scheduler
        best = best.replace(microsecond=0) + _SECOND    # can hold, and the answer differs
    return best.astimezone(at.tzinfo)


def _returning(hook, kwargs: dict, instant) -> str:
    """The plugin whose implementation gave ``instant`` (pluggy's results do not say): on
    this error path only, each implementation is asked once more."""
    for impl in hook.get_hookimpls():
        try:
            if instant in (impl.function(*[kwargs[name] for name in impl.argnames]) or ()):
                return impl.plugin_name
        except Exception:  # noqa: BLE001 - it answered before; we only look for the value
            continue
    return "(unknown plugin)"
