"""The facts a workshop system sends about a job. Every model is a ``dealer_rules.Facts``,
which refuses unknown fields: a misspelt field is an error, never a silently wrong
assignment."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from dealer_rules import Facts

Grade = Literal["junior", "senior", "master"]
GRADE_RANK = {"junior": 1, "senior": 2, "master": 3}


class Job(Facts):
    kind: Literal["maintenance", "brakes", "electrical", "transmission_overhaul", "bodywork"] = Field(
        description="What the job is.")
    estimated_hours: float = Field(gt=0, le=40, description="Estimated labour, hours.")
    under_warranty: bool = Field(False, description="Paid by the manufacturer's warranty.")
    customer_tier: Optional[Literal["silver", "gold", "diamond"]] = Field(
        None, description="The customer's membership tier, if any.")


class Technician(Facts):
    id: str
    grade: Grade
    skills: list[str] = Field(default_factory=list, description="e.g. electrical, transmission.")
    booked_hours: float = Field(0, ge=0, description="Hours already booked today.")


class JobFacts(Facts):
    job: Job
    technicians: list[Technician] = Field(default_factory=list, description="Who is on shift.")
