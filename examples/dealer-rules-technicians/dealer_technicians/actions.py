"""What a rule can do to an assignment: ``ACTIONS``. Each is small: rules decide *when*,
these say *what*."""
from __future__ import annotations

from pydantic import BaseModel, Field

from dealer_rules import Action

from .facts import GRADE_RANK, Grade
from .result import Assignment, QualityCheck


class RequireGrade(BaseModel):
    grade: Grade


class RequireSkill(BaseModel):
    skill: str = Field(min_length=1)


class AddQualityCheck(BaseModel):
    step: str = Field(min_length=1)
    label: str = Field(min_length=1, description="Shown to the technician, in Chinese.")


class NoParams(BaseModel):
    pass


def require_grade(result: Assignment, params: RequireGrade, context) -> None:
    """Raise the required grade; several rules can only ever make it stricter."""
    if GRADE_RANK[params.grade] > GRADE_RANK[result.required_grade]:
        result.required_grade = params.grade


def require_skill(result: Assignment, params: RequireSkill, context) -> None:
    result.required_skill = params.skill


def add_quality_check(result: Assignment, params: AddQualityCheck, context) -> None:
    if all(check.step != params.step for check in result.quality_checks):
        result.quality_checks.append(QualityCheck(step=params.step, label=params.label))


def priority_bay(result: Assignment, params: NoParams, context) -> None:
    result.priority_bay = True


ACTIONS = [
    Action(domain="technicians", name="require_grade", title="Require a technician grade",
           params=RequireGrade, apply=require_grade),
    Action(domain="technicians", name="require_skill", title="Require a skill",
           params=RequireSkill, apply=require_skill),
    Action(domain="technicians", name="add_quality_check", title="Add a quality-check node",
           params=AddQualityCheck, apply=add_quality_check),
    Action(domain="technicians", name="priority_bay", title="Use a priority bay",
           params=NoParams, apply=priority_bay),
]
