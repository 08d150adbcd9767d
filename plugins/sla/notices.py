"""Warnings for the operator, added to the result beside the answer they qualify."""
from __future__ import annotations

from dealer_rules.plugins.common.business_calendar import LIBRARY, LIBRARY_VERSION, LIBRARY_YEARS

from .result import SlaResult, SlaWarning


def warn_uncovered(result: SlaResult, years, milestone: str) -> None:
    """Say that ``milestone`` was counted on a weekdays-only calendar for ``years``."""
    first, last = LIBRARY_YEARS
    for year in sorted(years):
        if any(w.code == "calendar_not_covered" and w.year == year and w.milestone == milestone
               for w in result.warnings):
            continue
        result.warnings.append(SlaWarning(
            code="calendar_not_covered", year=year, milestone=milestone,
            message=(f"China's holiday schedule for {year} is not known ({LIBRARY} "
                     f"{LIBRARY_VERSION} covers {first}-{last}); {milestone} was counted with "
                     f"{year} as weekdays only (public holidays and make-up days ignored). "
                     f"Upgrade {LIBRARY}, or transcribe the {year} notice into "
                     f"settings.national_calendar (years, holidays, make_up_working_days).")))
