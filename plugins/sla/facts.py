"""What a caller sends to the ``sla`` domain.

One evaluation looks at whatever the caller has: a pre-sales enquiry, a car at the service
reception, a complaint, the repair jobs and their handover, a sales order with its NPS, an
advisor's ratings, a customer's rating of a repair, a store's service customers of a month
(the mystery-shopper pick).
Every section is optional. Times are local date-times in the dealer group's zone (a time
written without an offset is read in that zone); a time that is empty means "not yet".
Fields marked *derived* are filled in by the plugin (plugins/sla/derive.py) before the
rules are matched: do not send them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Optional

from pydantic import Field, model_validator

from dealer_rules.core.facts import Facts
from dealer_rules.core.messages import Message, UserError
from dealer_rules.plugins.common.money import Money

Channel = Literal["wecom", "online_chat", "phone", "email", "walk_in", "other"]
ComplaintTopic = Literal["long_repair_wait", "repair_quality", "staff_attitude", "price", "other"]
#: technician grades, lowest first (初级, 中级, 高级, 技师/高级技师)
TechnicianGrade = Literal["junior", "intermediate", "senior", "master"]
GRADES: tuple[str, ...] = ("junior", "intermediate", "senior", "master")


class Enquiry(Facts):
    """A pre-sales enquiry (企业微信, online chat, ...)."""
    received_at: dt.datetime = Field(description="When the enquiry arrived, local date-time.")
    channel: Channel = Field("wecom", description="Where it arrived: wecom (企业微信), "
                             "online_chat, phone, email, walk_in or other.")
    first_response_at: Optional[dt.datetime] = Field(
        None, description="When a salesperson first answered, local date-time; empty while "
                          "unanswered.")


class DiagnosisReport(Facts):
    """The visual diagnosis report shown to the customer after the quick diagnosis."""
    fault_location: Optional[str] = Field(None, description="Where the fault is (text); "
                                          "empty until stated.")
    repair_plan: Optional[str] = Field(None, description="What will be done (text); empty "
                                       "until stated.")
    estimated_cost: Optional[Money] = Field(None, description="Estimated cost of the repair, "
                                            "CNY; empty until stated.")


class Reception(Facts):
    """A car at the service reception, waiting for its quick diagnosis."""
    received_at: dt.datetime = Field(description="When the car was received at the service "
                                     "reception, local date-time.")
    diagnosed_at: Optional[dt.datetime] = Field(
        None, description="When the quick diagnosis was finished, local date-time; empty "
                          "while it is not.")
    report: Optional[DiagnosisReport] = Field(None, description="The visual diagnosis report "
                                              "so far; empty while none was written.")


class Complaint(Facts):
    """A customer complaint, handled as a closed loop: respond, propose a solution, call
    back to confirm."""
    opened_at: dt.datetime = Field(description="When the complaint was received, local "
                                   "date-time.")
    topic: ComplaintTopic = Field("other", description="What it is about: long_repair_wait, "
                                  "repair_quality, staff_attitude, price or other.")
    first_response_at: Optional[dt.datetime] = Field(
        None, description="When the customer first heard back, local date-time; empty while "
                          "not yet.")
    solution_proposed_at: Optional[dt.datetime] = Field(
        None, description="When a solution was proposed to the customer, local date-time; "
                          "empty while not yet.")
    callback_at: Optional[dt.datetime] = Field(
        None, description="When the customer was called back to confirm the solution, local "
                          "date-time; empty while not yet.")


class RepairStep(Facts):
    """One step (工序) of a repair job; each needs a quality-check node."""
    name: str = Field(description="The step, e.g. disassembly, valve body, road test.",
                      json_schema_extra={"personal": False})
    done_at: Optional[dt.datetime] = Field(None, description="When the step was finished, "
                                           "local date-time; empty while not.")
    quality_checked_at: Optional[dt.datetime] = Field(
        None, description="When the step passed its quality check, local date-time; empty "
                          "while not.")


class ReplacedPart(Facts):
    """An old part taken off the car on this job."""
    part: str = Field(description="Part code, e.g. brake_pads.")
    name: str = Field(description="The part's name shown to the customer, e.g. 刹车片.",
                      json_schema_extra={"personal": False})
    kept_for_display: bool = Field(False, description="The old part is set aside to show the "
                                   "customer at handover.")


class RepairJob(Facts):
    """One job on a repair order."""
    code: str = Field(description="Job code, e.g. transmission_overhaul, brake_pads.")
    technician_grade: Optional[TechnicianGrade] = Field(
        None, description="Grade of the technician assigned: junior, intermediate, senior or "
                          "master; empty while nobody is assigned.")
    flagged_complex: bool = Field(False, description="The workshop marked this job as a "
                                  "complex repair (besides the group's list of complex jobs).")
    steps: list[RepairStep] = Field(default_factory=list, description="The job's steps.")
    replaced_parts: list[ReplacedPart] = Field(default_factory=list,
                                               description="Old parts taken off on this job.")
    labour_amount: Optional[Money] = Field(None, ge=0, description="Labour charged for this "
                                           "operation on the bill, CNY; empty while the bill "
                                           "does not list it.")
    complex: Optional[bool] = Field(
        None, description="Derived: a complex repair, i.e. flagged_complex or its code is in "
                          "the group's settings.complex_repairs.")


class Repair(Facts):
    """The repair order of the visit."""
    jobs: list[RepairJob] = Field(default_factory=list, description="The jobs on the order.")
    customer_declined_old_parts: bool = Field(False, description="The customer said they do "
                                              "not want to see the old parts.")
    billed_at: Optional[dt.datetime] = Field(None, description="When the bill was drawn up, "
                                             "local date-time; empty while not yet.")
    unsigned_steps: Optional[list[str]] = Field(
        None, description="Derived: 'job/step' of every step without its quality-check "
                          "sign-off by the evaluation time, the steps settings.repair_steps "
                          "requires for the job's code included when the job does not list "
                          "them.")


class Order(Facts):
    """A closed sales order, for the advisor's commission."""
    order_id: str = Field(description="The order number.")
    advisor_id: Optional[str] = Field(None, description="The advisor who sold it.")
    nps: Optional[int] = Field(None, ge=0, le=10, description="The customer's NPS score for "
                               "this order, 0-10; empty if the customer did not answer.")
    commission: Money = Field(description="The advisor's commission on this order before "
                              "any deduction, CNY.")


class Advisor(Facts):
    """A sales or service advisor and the customer ratings of the award period."""
    advisor_id: str = Field(description="The advisor.")
    ratings: list[Annotated[int, Field(ge=1, le=5)]] = Field(
        default_factory=list, description="Customer ratings in the award period, 1-5 stars "
                                          "each.")
    rating_count: Optional[int] = Field(None, description="Derived: how many ratings.")
    average_rating: Optional[Decimal] = Field(
        None, description="Derived: the mean rating, 1-5 stars, truncated (not rounded) to "
                          "0.01, so 4.795 counts as 4.79; empty without ratings.")


class Rating(Facts):
    """A customer's rating of a repair order, as it arrives."""
    order_id: str = Field(description="The repair order rated.")
    technician_id: Optional[str] = Field(None, description="The technician who did the work.")
    stars: int = Field(ge=1, le=5, description="The customer's rating, 1-5 stars.")


class MonthCustomer(Facts):
    """A customer the store served in the month."""
    customer_id: str = Field(min_length=1, description="CRM customer id.")
    picked_last_month: bool = Field(False, description="The customer was a mystery shopper "
                                    "the month before (never picked two months running).")


class ServiceMonth(Facts):
    """A store's service customers of one month, for the mystery-shopper pick."""
    month: str = Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="The month, "
                       "'YYYY-MM', e.g. '2026-11'.")
    customers: list[MonthCustomer] = Field(default_factory=list, description="Every service "
                                           "customer of the store that month, once each.")

    @model_validator(mode="after")
    def _each_customer_once(self):
        seen: set[str] = set()
        twice = sorted({c.customer_id for c in self.customers
                        if c.customer_id in seen or seen.add(c.customer_id)})
        if twice:
            raise UserError(Message("listed_more_than_once", items=twice[:10]))
        return self


class SlaFacts(Facts):
    """A service case, repair, order or advisor to judge against the service-level
    commitments."""
    store_id: Optional[str] = Field(None, description="The store handling the case; picks its "
                                    "opening hours from settings.stores (the group's "
                                    "business_hours if empty or not listed).")
    enquiry: Optional[Enquiry] = Field(None, description="A pre-sales enquiry.")
    reception: Optional[Reception] = Field(None, description="A car at the service reception.")
    complaint: Optional[Complaint] = Field(None, description="A customer complaint.")
    repair: Optional[Repair] = Field(None, description="The repair order.")
    order: Optional[Order] = Field(None, description="A sales order and its NPS.")
    advisor: Optional[Advisor] = Field(None, description="An advisor and their ratings.")
    rating: Optional[Rating] = Field(None, description="A customer's rating of a repair order.")
    service_month: Optional[ServiceMonth] = Field(None, description="A store's service "
                                                  "customers of a month.")
