"""The answer of the ``sla`` domain: deadlines and their status, who is escalated, what
the customer is entitled to, what the workshop must do, commission and awards.

Every entry names the rule that produced it (``rule``), so a reader can follow the reason
to the ruleset. Times are in the dealer group's zone; money is CNY text ("246.91") in JSON.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field

from dealer_rules.plugins.common.money import Money

MilestoneCode = Literal["enquiry_response", "quick_diagnosis", "complaint_response",
                        "complaint_solution", "complaint_follow_up"]
ClockKind = Literal["business_hours", "wall_clock", "calendar_days"]
Status = Literal["not_started", "on_track", "at_risk", "met", "breached"]


class Milestone(BaseModel):
    """One deadline of the case and where it stands at the evaluation time."""
    code: MilestoneCode
    label: str = Field(description="Chinese label from the rule, e.g. 投诉24小时内提出解决方案.")
    clock: ClockKind = Field(description="business_hours (store opening hours only), "
                             "wall_clock or calendar_days.")
    target_amount: int = Field(description="The allowed time, in target_unit.")
    target_unit: Literal["minutes", "hours", "days"]
    at_risk_percent: int = Field(description="At risk once this share (%) or less of the "
                                 "allowed time is left.")
    started_at: Optional[dt.datetime] = Field(None, description="When the clock started; "
                                              "empty if it has not (status not_started).")
    due_at: Optional[dt.datetime] = Field(None, description="The last instant that still "
                                          "meets the deadline.")
    due_on: Optional[dt.date] = Field(None, description="calendar_days clocks: the last day "
                                      "(due_at is midnight at its end).")
    at_risk_from: Optional[dt.datetime] = Field(None, description="From this instant on the "
                                                "milestone is at risk if still open.")
    done_at: Optional[dt.datetime] = Field(None, description="When it was done, if it was by "
                                           "the evaluation time.")
    status: Status = "not_started"
    remaining_minutes: Optional[int] = Field(None, description="Open and not breached: "
                                             "whole minutes left on the milestone's clock.")
    overdue_minutes: Optional[int] = Field(None, description="Breached: minutes past due on "
                                           "the milestone's clock (a started minute counts).")
    calendar_covered: bool = Field(True, description="False: a year without China's holiday "
                                   "schedule was counted as weekdays only (see warnings).")
    rule: str = ""


class LadderStep(BaseModel):
    """One step of the escalation ladder, as a rule set it."""
    to: str = Field(description="Role code, e.g. service_manager.")
    label: str = Field(description="Chinese label of the role, e.g. 服务经理.")
    beyond_target_factor: Decimal = Field(description="Escalate once the time taken exceeds "
                                          "this multiple of the allowed time (1 = any breach).")
    milestones: list[MilestoneCode] = Field(default_factory=list,
                                            description="Milestones it covers; empty: all.")
    rule: str = ""


class Escalation(BaseModel):
    """Someone who must act on a milestone now."""
    milestone: MilestoneCode
    to: str
    label: str
    beyond_target_factor: Decimal
    since: dt.datetime = Field(description="When the time taken passed the factor.")
    provisional: bool = Field(False, description="Worked out on a weekdays-only calendar for "
                              "a year the holiday library does not cover.")
    rule: str = ""


class Entitlement(BaseModel):
    """Compensation the customer is entitled to."""
    code: str
    label: str
    value: Optional[Money] = Field(None, description="What it is worth, CNY, if it has a value.")
    rule: str = ""


class Requirement(BaseModel):
    """Something the workshop must do or have, and whether it is done."""
    code: str
    label: str
    job: Optional[str] = Field(None, description="The repair job it concerns.")
    step: Optional[str] = Field(None, description="The job step it concerns.")
    part: Optional[str] = Field(None, description="The replaced part it concerns.")
    status: Literal["met", "not_met", "pending"] = Field(
        description="met; not_met (should be done by now and is not); pending (not due yet).")
    missing: list[str] = Field(default_factory=list, description="What is missing, as codes.")
    rule: str = ""


class CommissionLine(BaseModel):
    code: str
    label: str
    percent: Decimal
    amount: Money = Field(description="Withheld, CNY.")
    rule: str = ""


class Commission(BaseModel):
    """The advisor's commission on the order after deductions."""
    order_id: str
    advisor_id: Optional[str] = None
    commission: Money = Field(description="Before deductions, CNY.")
    withheld: Money = Field(description="Sum of the lines, at most the commission, CNY.")
    payable: Money = Field(description="commission - withheld, CNY.")
    lines: list[CommissionLine] = Field(default_factory=list)


class Award(BaseModel):
    code: str
    label: str
    advisor_id: str
    rule: str = ""


class DeliveryBlock(BaseModel):
    """Why the repair order cannot be marked ready for delivery yet."""
    code: str = Field(description="quality_check: a step lacks its quality-check sign-off.")
    label: str = Field(description="Chinese label from the rule, e.g. 质检未签字，不得交车.")
    job: str = Field(description="The repair job.")
    step: str = Field(description="The step without a sign-off.")
    step_label: str = Field(description="The step as staff read it, e.g. 制动系统排空.")
    rule: str = ""


class Review(BaseModel):
    """A repair order flagged for review because of its customer rating."""
    code: str = Field(description="e.g. rating_review.")
    label: str = Field(description="Chinese label from the rule, e.g. 低分评价复核.")
    order_id: str
    technician_id: Optional[str] = None
    stars: int = Field(description="The rating, 1-5 stars.")
    rule: str = ""


class PickedCustomer(BaseModel):
    """A customer picked as a mystery shopper."""
    customer_id: str
    draw: Decimal = Field(description="The customer's draw for the month, in [0, 1), "
                          "truncated to 6 places; picked when below the rate.")
    topped_up: bool = Field(False, description="Picked only to reach the minimum number, "
                            "as one of the lowest draws.")


class MysteryShopperPick(BaseModel):
    """The month's mystery shoppers (神秘客暗访) of the store."""
    month: str
    label: str = Field(description="Chinese label from the rule, e.g. 神秘客暗访.")
    percent: Decimal = Field(description="Share of the month's customers to pick, %.")
    at_least: int = Field(description="Pick at least this many (if there are as many "
                          "eligible customers).")
    customers: int = Field(description="Service customers of the month sent.")
    eligible: int = Field(description="Those not picked the month before.")
    picked: list[PickedCustomer] = Field(default_factory=list, description="In order of "
                                         "their draw.")
    rule: str = ""


class SlaWarning(BaseModel):
    """Something the operator should know about this answer."""
    code: str = Field(description="calendar_not_covered")
    message: str
    year: Optional[int] = None
    milestone: Optional[str] = None


class SlaResult(BaseModel):
    milestones: dict[str, Milestone] = Field(default_factory=dict,
                                             description="By milestone code.")
    breached: list[str] = Field(default_factory=list, description="Codes of breached milestones.")
    at_risk: list[str] = Field(default_factory=list, description="Codes of at-risk milestones.")
    escalation_ladder: list[LadderStep] = Field(default_factory=list)
    escalations: list[Escalation] = Field(default_factory=list)
    entitlements: list[Entitlement] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    commission: Optional[Commission] = None
    awards: list[Award] = Field(default_factory=list)
    ready_for_delivery: Optional[bool] = Field(None, description="A repair order without "
                                               "delivery blocks; empty without a repair "
                                               "order.")
    delivery_blocks: list[DeliveryBlock] = Field(default_factory=list)
    reviews: list[Review] = Field(default_factory=list)
    mystery_shopper: Optional[MysteryShopperPick] = None
    warnings: list[SlaWarning] = Field(default_factory=list)
