"""Derived facts of the ``sla`` domain, filled in before the rules are matched."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

_CENT = Decimal("0.01")


def derive(facts, settings, at=None) -> None:
    """- ``advisor.rating_count`` and ``advisor.average_rating`` (mean of the ratings,
      truncated to 0.01 so that a threshold of 4.8 is never reached by rounding up);
    - ``repair.jobs[].complex``: flagged by the workshop, or its code is one of the
      group's ``settings.complex_repairs``;
    - ``repair.unsigned_steps``: the steps without a quality-check sign-off by ``at``."""
    advisor = facts.advisor
    if advisor is not None:
        advisor.rating_count = len(advisor.ratings)
        advisor.average_rating = (
            (Decimal(sum(advisor.ratings)) / len(advisor.ratings)).quantize(_CENT, ROUND_DOWN)
            if advisor.ratings else None)
    if facts.repair is not None:
        complex_codes = set(settings.complex_repairs)
        for job in facts.repair.jobs:
            job.complex = job.flagged_complex or job.code in complex_codes
        facts.repair.unsigned_steps = [f"{job}/{step}" for job, step, _label
                                       in unsigned_steps(facts.repair, settings, at)]


def unsigned_steps(repair, settings, at) -> list[tuple[str, str, str]]:
    """(job code, step, label) of every step lacking its quality-check sign-off at ``at``:
    the job's steps in the order sent, then the steps ``settings.repair_steps`` requires
    for its code that it does not list (label: the settings' Chinese label, else the step)."""
    missing = []
    for job in repair.jobs:
        listed = {step.name for step in job.steps}
        for step in job.steps:
            signed = step.quality_checked_at is not None and (at is None
                                                              or step.quality_checked_at <= at)
            if not signed:
                missing.append((job.code, step.name, _label_of(settings, job.code, step.name)))
        for required in settings.repair_steps.get(job.code, ()):
            if required.step not in listed:
                missing.append((job.code, required.step, required.label))
    return missing


def _label_of(settings, job_code: str, step: str) -> str:
    return next((r.label for r in settings.repair_steps.get(job_code, ()) if r.step == step),
                step)
