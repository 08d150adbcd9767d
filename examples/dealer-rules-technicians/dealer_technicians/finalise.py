"""The finishing step: pick the technician once the rules have said what the job needs."""
from __future__ import annotations

from .facts import GRADE_RANK, JobFacts
from .result import Assignment

#: nobody is booked beyond a working day
DAY_HOURS = 8.0


def finalise(result: Assignment, facts: JobFacts, at, settings) -> None:
    """The least-booked technician with the required grade and skill who has room for the
    job; ties go to the lower grade (keep masters free for what needs them), then the id."""
    need = GRADE_RANK[result.required_grade]
    fits = [t for t in facts.technicians
            if GRADE_RANK[t.grade] >= need
            and (result.required_skill is None or result.required_skill in t.skills)
            and t.booked_hours + facts.job.estimated_hours <= DAY_HOURS]
    if not fits:
        result.technician = None
        result.unassigned_reason = (f"no {result.required_grade} technician"
                                    + (f" with {result.required_skill}" if result.required_skill else "")
                                    + " has room today")
        return
    best = min(fits, key=lambda t: (t.booked_hours, GRADE_RANK[t.grade], t.id))
    result.technician = best.id
