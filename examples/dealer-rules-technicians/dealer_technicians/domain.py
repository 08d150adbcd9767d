"""The technicians domain: what it is called, its models and its Chinese texts."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import JobFacts
from .result import Assignment
from .zh import ZH

DOMAIN = Domain(name="technicians", title="Technician assignment", title_zh="技师派工",
                description="Which technician takes a workshop job, and what checks it needs.",
                facts=JobFacts, result=Assignment, translations={"zh": ZH})
