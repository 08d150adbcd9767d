"""A small domain used by the core tests: a workshop visit with a labour discount.

Real enough to exercise every part of the core (nested facts, a list, money, dates,
derived facts, a finalising hook), small enough to read in one go.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field

from dealer_rules.core import Action, Domain, Facts, hookimpl


class Repair(Facts):
    part: str
    km: int = Field(ge=0, description="Odometer at the repair, km.")


class Customer(Facts):
    tier: Literal["silver", "gold", "diamond"] = "silver"
    spend_12m: Decimal = Field(Decimal(0), description="Service spend, trailing 12 months, CNY.")
    referrer: Optional[str] = None
    tags: list[str] = []


class Visit(Facts):
    labour: Decimal = Field(Decimal(0), ge=0, description="Labour charge, CNY.")
    opened_at: Optional[dt.datetime] = None


class Vehicle(Facts):
    km: int = 0
    delivered_on: Optional[dt.date] = None
    age_months: Optional[int] = Field(None, description="Derived from delivered_on.")
    repairs: list[Repair] = []


class VisitFacts(Facts):
    customer: Customer = Customer()
    visit: Visit = Visit()
    vehicle: Vehicle = Vehicle()


class Benefit(BaseModel):
    code: str
    label: str


class VisitResult(BaseModel):
    labour_discount_percent: Decimal = Decimal(0)
    labour_payable: Decimal = Decimal(0)
    benefits: list[Benefit] = []
    notes: list[str] = []


class DiscountParams(BaseModel):
    percent: Decimal = Field(gt=0, le=100)


class BenefitParams(BaseModel):
    code: str
    label: str


class NoteParams(BaseModel):
    text: str


class FailParams(BaseModel):
    pass


def discount(result: VisitResult, params: DiscountParams, context) -> None:
    result.labour_discount_percent = max(result.labour_discount_percent, params.percent)


def grant(result: VisitResult, params: BenefitParams, context) -> None:
    result.benefits.append(Benefit(code=params.code, label=params.label))


def note(result: VisitResult, params: NoteParams, context) -> None:
    result.notes.append(params.text)


#: how often ``explode`` ran (a failing request must run its plugins once)
EXPLODED = 0


def explode(result, params, context) -> None:
    global EXPLODED
    EXPLODED += 1
    raise RuntimeError("the workshop system is down")


def garble(result, params, context) -> None:
    """A plugin bug of another kind: the result holds a value JSON cannot hold."""
    result.notes.append(object())


@hookimpl
def register_domains(register):
    register(Domain(name="visit", title="Workshop visit",
                    facts=VisitFacts, result=VisitResult))


@hookimpl
def register_actions(register):
    register(Action(domain="visit", name="discount_labour", title="Labour discount",
                    params=DiscountParams, apply=discount))
    register(Action(domain="visit", name="grant_benefit", title="Grant a benefit",
                    params=BenefitParams, apply=grant))
    register(Action(domain="visit", name="note", title="Add a note", params=NoteParams, apply=note))
    register(Action(domain="visit", name="explode", title="Always fails", params=FailParams,
                    apply=explode))
    register(Action(domain="visit", name="garble", title="Leaves a result JSON cannot hold",
                    params=FailParams, apply=garble))


@hookimpl
def derive_facts(domain, facts, at):
    if domain.name != "visit":
        return
    delivered = facts.vehicle.delivered_on
    if delivered is not None:
        today = at.date()
        facts.vehicle.age_months = (today.year - delivered.year) * 12 + today.month - delivered.month


@hookimpl
def finalise_result(domain, result, facts, at):
    if domain.name != "visit":
        return
    factor = (Decimal(100) - result.labour_discount_percent) / Decimal(100)
    result.labour_payable = (facts.visit.labour * factor).quantize(Decimal("0.01"), ROUND_HALF_UP)
