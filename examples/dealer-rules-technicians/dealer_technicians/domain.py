"""The technicians domain: what it is called and its models; the Chinese of its texts is in
locale/zh/LC_MESSAGES/messages.po, beside this module."""
from __future__ import annotations

from dealer_rules import Domain

from .facts import JobFacts
from .result import Assignment

DOMAIN = Domain(name="technicians", title="Technician assignment",
                description="Which technician takes a workshop job, and what checks it needs.",
                facts=JobFacts, result=Assignment)
