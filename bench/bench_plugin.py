"""The domain the engine benchmark evaluates: a service visit with nested facts.

Not a built-in plugin: bench/engine_bench.py registers it on its own plugin manager.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from dealer_rules import Action, Domain, Facts, hookimpl


class Repair(Facts):
    part: str
    km: int
    on: dt.date


class Customer(Facts):
    tier: Literal["silver", "gold", "diamond"]
    segment: Literal["family", "business", "commuter", "offroad"]
    spend_12m: Decimal
    city: str
    opted_out: bool = False


class Order(Facts):
    kind: Literal["maintenance", "repair", "bodywork"]
    labour: Decimal
    parts: Decimal


class Vehicle(Facts):
    model: str
    km: int
    age_months: int
    repairs: list[Repair] = []


class BenchFacts(Facts):
    customer: Customer
    order: Order
    vehicle: Vehicle


class BenchResult(BaseModel):
    tags: list[str] = []


class TagParams(BaseModel):
    code: str


def tag(result: BenchResult, params: TagParams, context) -> None:
    result.tags.append(params.code)


@hookimpl
def register_domains(register):
    register(Domain(name="bench", title="Benchmark visit", facts=BenchFacts, result=BenchResult))


@hookimpl
def register_actions(register):
    register(Action(domain="bench", name="tag", title="Tag", params=TagParams, apply=tag))
