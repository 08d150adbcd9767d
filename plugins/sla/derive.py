"""Derived facts of the ``sla`` domain, filled in before the rules are matched."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

_CENT = Decimal("0.01")


def derive(facts, settings) -> None:
    """- ``advisor.rating_count`` and ``advisor.average_rating`` (mean of the ratings,
      truncated to 0.01 so that a threshold of 4.8 is never reached by rounding up);
    - ``repair.jobs[].complex``: flagged by the workshop, or its code is one of the
      group's ``settings.complex_repairs``."""
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
