"""The assignment a workshop system gets back. Every field has a default: each evaluation
starts from ``Assignment()`` and the fired rules' actions fill it in."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from .facts import Grade


class QualityCheck(BaseModel):
    step: str
    label: str


class Assignment(BaseModel):
    required_grade: Grade = "junior"
    required_skill: Optional[str] = None
    technician: Optional[str] = Field(None, description="The chosen technician's id.")
    unassigned_reason: Optional[str] = None
    quality_checks: list[QualityCheck] = Field(default_factory=list)
    priority_bay: bool = False
