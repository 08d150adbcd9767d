"""Handing the car back after a repair: nothing is delivered before every step has its
quality-check sign-off, the old parts are on display, and the bill lists labour per
operation (policy digest section 6: quality_check, old_parts_display)."""
from __future__ import annotations

from pydantic import Field

from .derive import unsigned_steps
from .params import Params
from .result import DeliveryBlock, Requirement, SlaResult


class DeliveryHoldParams(Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 质检未签字，不得交车.")


def hold_delivery_until_quality_checked(result: SlaResult, params: DeliveryHoldParams,
                                        context) -> None:
    """The repair order cannot be marked ready for delivery while a step lacks its
    quality-check sign-off: one delivery block per such step (the steps the group's
    ``settings.repair_steps`` requires for the job's code count even when not sent)."""
    repair = context.facts.repair
    if repair is None:
        return
    for job, step, step_label in unsigned_steps(repair, context.settings, context.at):
        result.delivery_blocks.append(DeliveryBlock(
            code="quality_check", label=params.label, job=job, step=step,
            step_label=step_label, rule=context.rule.id))


class OldPartsParams(Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 旧件展示.")


def require_old_parts_display(result: SlaResult, params: OldPartsParams, context) -> None:
    """Every replaced part is kept to show the customer at handover unless the customer
    declined: one ``old_parts_display`` requirement per part, met when it is kept or the
    customer declined, not_met otherwise."""
    repair = context.facts.repair
    for job in repair.jobs if repair else ():
        for part in job.replaced_parts:
            met = part.kept_for_display or repair.customer_declined_old_parts
            result.requirements.append(Requirement(
                code="old_parts_display", label=params.label, job=job.code, part=part.part,
                status="met" if met else "not_met",
                missing=[] if met else ["kept_for_display"], rule=context.rule.id))


class LabourLinesParams(Params):
    label: str = Field(min_length=1, description="Chinese label, e.g. 账单逐项列明工时费.")


def require_labour_per_operation(result: SlaResult, params: LabourLinesParams,
                                 context) -> None:
    """The bill explains the price: one ``labour_per_operation`` requirement per job,
    met when the bill lists the job's labour, not_met otherwise."""
    repair = context.facts.repair
    for job in repair.jobs if repair else ():
        listed = job.labour_amount is not None
        result.requirements.append(Requirement(
            code="labour_per_operation", label=params.label, job=job.code,
            status="met" if listed else "not_met",
            missing=[] if listed else ["labour_amount"], rule=context.rule.id))
