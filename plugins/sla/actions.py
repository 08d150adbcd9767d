"""The actions rules of the ``sla`` domain can take: their parameters (checked when the
ruleset loads) and what each does to the result.

Numbers a dealer group may change (15 minutes, 24 hours, 20 %, the factor 2 of the
escalation ladder) are parameters here, written in the ruleset; the Python only counts.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal, Optional

from pydantic import Field, model_validator

from dealer_rules import Action
from dealer_rules.plugins.common.money import Money, cny

from . import deadlines
from .clocks import clock_for
from .facts import GRADES, TechnicianGrade
from .result import (Award, ClockKind, Commission, CommissionLine, Entitlement, LadderStep,
                     Milestone, MilestoneCode, Requirement, SlaResult)
from .notices import warn_uncovered
from .params import CODE, Params as _Params
from . import handover, mystery_shopper, ratings


# -- set_deadline ------------------------------------------------------------------------

class DeadlineParams(_Params):
    milestone: MilestoneCode = Field(description="Which milestone.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 投诉1小时内响应.")
    clock: ClockKind = Field(description="business_hours, wall_clock or calendar_days.")
    minutes: Optional[int] = Field(None, gt=0, description="Allowed time in minutes.")
    hours: Optional[int] = Field(None, gt=0, description="Allowed time in hours.")
    days: Optional[int] = Field(None, gt=0, description="Allowed calendar days "
                                "(calendar_days clock only).")
    at_risk_percent: int = Field(20, ge=0, lt=100, description="At risk once this share of "
                                 "the allowed time or less is left.")
    anchor: Literal["opened", "solution_proposed"] = Field(
        "opened", description="complaint_follow_up only: start the clock at the proposed "
                              "solution instead of the complaint.")

    @model_validator(mode="after")
    def _one_target(self):
        given = [u for u in ("minutes", "hours", "days") if getattr(self, u) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of minutes, hours, days")
        if (given[0] == "days") != (self.clock == "calendar_days"):
            raise ValueError("days go with the calendar_days clock, minutes and hours with "
                             "business_hours or wall_clock")
        if self.anchor != "opened" and self.milestone != "complaint_follow_up":
            raise ValueError("anchor solution_proposed is for complaint_follow_up only")
        return self

    @property
    def target(self) -> tuple[int, str]:
        unit = next(u for u in ("minutes", "hours", "days") if getattr(self, u) is not None)
        return getattr(self, unit), unit


def set_deadline(result: SlaResult, params: DeadlineParams, context) -> None:
    """A milestone's deadline and its status now. When two applied rules set the same
    milestone, the first applied (highest priority) stands."""
    if params.milestone in result.milestones:
        return
    facts = context.facts
    amount, unit = params.target
    milestone = Milestone(code=params.milestone, label=params.label, clock=params.clock,
                          target_amount=amount, target_unit=unit,
                          at_risk_percent=params.at_risk_percent, rule=context.rule.id,
                          started_at=deadlines.start_of(facts, params.milestone, params.anchor))
    clock = clock_for(params.clock, context.settings, facts.store_id, context.at.tzinfo)
    deadlines.build(milestone, clock, deadlines.done_of(facts, params.milestone), context.at)
    if clock.uncovered:
        milestone.calendar_covered = False
        warn_uncovered(result, clock.uncovered, params.milestone)
    result.milestones[params.milestone] = milestone


# -- escalate ------------------------------------------------------------------------------

class EscalateParams(_Params):
    to: str = Field(pattern=CODE, description="Role code, e.g. service_manager.")
    label: str = Field(min_length=1, description="Chinese label of the role, e.g. 服务经理.")
    beyond_target_factor: Decimal = Field(Decimal(1), gt=0, description="Escalate once the "
                                          "time taken exceeds this multiple of the allowed "
                                          "time: 1 = as soon as breached, 2 = over twice it.")
    milestones: list[MilestoneCode] = Field(default_factory=list, description="Only these "
                                            "milestones; empty: all.")


def escalate(result: SlaResult, params: EscalateParams, context) -> None:
    """Add a step to the escalation ladder; who is escalated for which milestone is worked
    out once every deadline is known (plugins/sla/escalation.py)."""
    result.escalation_ladder.append(LadderStep(
        to=params.to, label=params.label, beyond_target_factor=params.beyond_target_factor,
        milestones=list(params.milestones), rule=context.rule.id))


# -- compensate ----------------------------------------------------------------------------

class EntitlementParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. free_car_wash.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 免费洗车.")
    value: Optional[Money] = Field(None, ge=0, description="What it is worth, CNY (e.g. a voucher).")


def compensate(result: SlaResult, params: EntitlementParams, context) -> None:
    """Entitle the customer to a compensation (once per code)."""
    if all(e.code != params.code for e in result.entitlements):
        result.entitlements.append(Entitlement(code=params.code, label=params.label,
                                               value=params.value, rule=context.rule.id))


# -- requirements ----------------------------------------------------------------------------

REPORT_FIELDS = ("fault_location", "repair_plan", "estimated_cost")


class DiagnosisReportParams(_Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 可视化诊断报告.")
    fields: list[Literal["fault_location", "repair_plan", "estimated_cost"]] = Field(
        default_factory=lambda: list(REPORT_FIELDS), min_length=1,
        description="What the report must show.")


def require_diagnosis_report(result: SlaResult, params: DiagnosisReportParams, context) -> None:
    """The visual diagnosis report must show ``fields``: met when it does; not_met when the
    quick diagnosis is finished without them; pending before that."""
    reception = context.facts.reception
    if reception is None:
        return
    report = reception.report
    missing = [f for f in params.fields if report is None or getattr(report, f) is None]
    diagnosed = reception.diagnosed_at is not None and reception.diagnosed_at <= context.at
    status = "met" if not missing else "not_met" if diagnosed else "pending"
    result.requirements.append(Requirement(code="diagnosis_report", label=params.label,
                                           status=status, missing=missing,
                                           rule=context.rule.id))


class TechnicianGradeParams(_Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 复杂维修须由高级技师操作.")
    min_grade: TechnicianGrade = Field(description="Lowest grade allowed on complex jobs.")


def require_technician_grade(result: SlaResult, params: TechnicianGradeParams, context) -> None:
    """Every complex job needs a technician of at least ``min_grade``: met, not_met (a
    lower grade is assigned) or pending (nobody assigned yet)."""
    repair = context.facts.repair
    lowest = GRADES.index(params.min_grade)
    for job in repair.jobs if repair else ():
        if not job.complex:
            continue
        grade = job.technician_grade
        status = "pending" if grade is None else \
            "met" if GRADES.index(grade) >= lowest else "not_met"
        result.requirements.append(Requirement(
            code="technician_grade", label=params.label, job=job.code, status=status,
            missing=[] if status == "met" else [f"technician_grade_{params.min_grade}"],
            rule=context.rule.id))


class QualityCheckParams(_Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 每道工序设质检节点.")


def require_quality_checks(result: SlaResult, params: QualityCheckParams, context) -> None:
    """Every step of every job has a quality-check node: met (checked), not_met (the step
    is done and not checked), pending (not done yet). A job without steps gets one node."""
    repair = context.facts.repair
    at = context.at
    for job in repair.jobs if repair else ():
        for step in job.steps or [None]:
            checked = step is not None and step.quality_checked_at is not None \
                and step.quality_checked_at <= at
            done = step is not None and step.done_at is not None and step.done_at <= at
            status = "met" if checked else "not_met" if done else "pending"
            result.requirements.append(Requirement(
                code="quality_check", label=params.label, job=job.code,
                step=step.name if step else None, status=status,
                missing=[] if checked else ["quality_check"], rule=context.rule.id))


# -- commission and awards -----------------------------------------------------------------

class WithholdParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. low_nps.")
    label: str = Field(min_length=1, description="Chinese label, e.g. NPS低于7分扣减20%提成.")
    percent: Decimal = Field(gt=0, le=100, description="Share of the order's commission "
                             "withheld, %.")


def withhold_commission(result: SlaResult, params: WithholdParams, context) -> None:
    """Withhold ``percent`` of the order's commission (rounded to the fen, half up); all
    lines together withhold at most the whole commission."""
    order = context.facts.order
    if order is None:
        return
    commission = result.commission or Commission(
        order_id=order.order_id, advisor_id=order.advisor_id, commission=order.commission,
        withheld=cny(0), payable=order.commission)
    commission.lines.append(CommissionLine(
        code=params.code, label=params.label, percent=params.percent,
        amount=cny(order.commission * params.percent / 100), rule=context.rule.id))
    commission.withheld = min(sum((line.amount for line in commission.lines), cny(0)),
                              commission.commission)
    commission.payable = commission.commission - commission.withheld
    result.commission = commission


class AwardParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. service_star.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 服务之星.")


def grant_award(result: SlaResult, params: AwardParams, context) -> None:
    """Give the advisor an award (once per code)."""
    advisor = context.facts.advisor
    if advisor is not None and all(a.code != params.code for a in result.awards):
        result.awards.append(Award(code=params.code, label=params.label,
                                   advisor_id=advisor.advisor_id, rule=context.rule.id))


def _action(name, title, params, apply, **labels) -> Action:
    """``labels``: the label template (English; its Chinese in the catalog) and units
    (core/label_templates.py)."""
    return Action(domain="sla", name=name, title=title,
                  description=(apply.__doc__ or "").strip(), params=params, apply=apply,
                  **labels)


ACTIONS = (
    _action("set_deadline", "Set a deadline", DeadlineParams, set_deadline,
            units={"minutes": "分钟", "hours": "小时", "days": "天"}),
    _action("escalate", "Escalate a breach", EscalateParams, escalate),
    _action("compensate", "Compensate the customer", EntitlementParams, compensate,
            units={"value": "元"}),
    _action("require_diagnosis_report", "Require the diagnosis report",
            DiagnosisReportParams, require_diagnosis_report),
    _action("require_technician_grade", "Require a technician grade",
            TechnicianGradeParams, require_technician_grade),
    _action("require_quality_checks", "Require quality checks",
            QualityCheckParams, require_quality_checks),
    _action("withhold_commission", "Withhold commission", WithholdParams,
            withhold_commission, units={"percent": "%"}),
    _action("grant_award", "Grant an award", AwardParams, grant_award),
    _action("hold_delivery_until_quality_checked", "Hold delivery until quality-checked",
            handover.DeliveryHoldParams,
            handover.hold_delivery_until_quality_checked),
    _action("require_old_parts_display", "Require the old parts on display",
            handover.OldPartsParams, handover.require_old_parts_display),
    _action("require_labour_per_operation", "Require labour per operation on the bill",
            handover.LabourLinesParams,
            handover.require_labour_per_operation),
    _action("flag_for_review", "Flag a rated order for review",
            ratings.ReviewParams, ratings.flag_for_review),
    _action("pick_mystery_shoppers", "Pick the month's mystery shoppers",
            mystery_shopper.MysteryShopperParams, mystery_shopper.pick_mystery_shoppers,
            units={"percent": "%"}),
)
