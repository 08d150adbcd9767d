"""The domain the engine benchmark evaluates: a service visit with nested facts.

Not a built-in plugin: bench/engine_bench.py registers it on its own plugin manager.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from dealer_rules import Action, Domain, hookimpl


class Repair(BaseModel):
    part: str
    km: int
    on: dt.date


class Customer(BaseModel):
    tier: Literal["silver", "gold", "diamond"]
    segment: Literal["family", "business", "commuter", "offroad"]
    spend_12m: Decimal
    city: str
    opted_out: bool = False


class Order(BaseModel):
    kind: Literal["maintenance", "repair", "bodywork"]
    labour: Decimal
    parts: Decimal


class Vehicle(BaseModel):
    model: str
    km: int
    age_months: int
    repairs: list[Repair] = []


class BenchFacts(BaseModel):
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
