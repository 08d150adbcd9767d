"""The answer to one evaluation: what applies, why, and from which ruleset version.

Plain pydantic models, so the API serialises them and documents them in OpenAPI as they
are. Built with ``model_construct`` on the hot path: every value is already checked.
"""
from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny

_FROZEN = ConfigDict(frozen=True)


class AppliedAction(BaseModel):
    model_config = _FROZEN
    action: str = Field(description="The action's name, e.g. grant_benefit.")
    params: dict[str, Any] = Field(description="Its parameters as the rule gave them.")


class FiredRule(BaseModel):
    model_config = _FROZEN
    id: str
    title: str
    priority: int
    when: str = Field(description="The rule's condition: why it applies.")
    actions: list[AppliedAction]
    origin: str = Field(description="own, inherited (from the base group) or overridden.")


class NotFired(BaseModel):
    id: str
    title: str
    reason: str = Field(description="condition, disabled, outside_window, excluded or "
                                    "hit_policy_first.")
    detail: str = Field(description="condition: the failing part of the condition; "
                                    "outside_window: the validity window as written, an ISO "
                                    "8601 interval start/end, both ends included (a date: its "
                                    "whole day; .. for an open side); "
                                    "excluded: group: the rule that applied; "
                                    "hit_policy_first: the rule that applied.")
    values: dict[str, Any] = Field(default_factory=dict,
                                   description="The facts the failing part looked at.")


class ConditionPart(BaseModel):
    """One part of a rule's condition as it was judged: what was looked at, what it was
    compared with, and whether it held. ``and``/``or``/``not``/``any``/``all`` nest."""
    kind: str = Field(description="compare, in, text, exists, and, or, not, any, all, item "
                                  "(one list item inside any/all) or constant.")
    condition: str = Field(description="This part as written (constants by name).")
    met: bool = Field(description="Whether this part held.")
    said: str = Field(description="This part in plain words, in the request's language "
                                  "(Accept-Language), e.g. \"近12个月保养消费 9,999.99 元 < 金卡门槛 "
                                  "10,000 元：未满足\".")
    path: str | None = Field(None, description="The fact looked at, e.g. "
                                               "customer.trailing_service_spend (an expression "
                                               "when it is computed).")
    label: str | None = Field(None, description="The fact's name in the request's language.")
    actual: Any = Field(None, description="Its value (money and decimals as text, e.g. "
                                          "\"9999.99\"); null when not given.")
    operator: str | None = Field(None, description="==, !=, <, <=, >, >=, in, not in, "
                                                   "matches, startswith, endswith, contains, "
                                                   "exists, not exists.")
    expected: Any = Field(None, description="What it was compared with, constants resolved "
                                            "to their value (e.g. \"10000\").")
    expected_name: str | None = Field(None, description="The constant or fact the expected "
                                                        "value came from, e.g. gold_min_spend.")
    expected_label: str | None = Field(None, description="Its name in the request's language, "
                                                         "e.g. \"金卡门槛\" (English: \"gold "
                                                         "threshold gold_min_spend\").")
    index: int | None = Field(None, description="kind item: the list item's position (1-based).")
    items: list["ConditionPart"] = Field(default_factory=list,
                                         description="The parts of and/or/not/any/all.")


class RuleExplanation(BaseModel):
    """Why one rule applied or did not, with its condition judged part by part."""
    id: str
    title: str
    applied: bool
    reason: str | None = Field(None, description="When it did not apply: condition, disabled, "
                                                 "outside_window, excluded or hit_policy_first.")
    said: str = Field(description="In plain words, in the request's language.")
    condition: ConditionPart | None = Field(None, description="The condition judged part by "
                                                              "part (null for a disabled rule).")


class RulesetIdentity(BaseModel):
    model_config = _FROZEN
    group: str
    domain: str
    version: int | None = Field(description="The published version; null for a file or draft.")
    content_hash: str


class Timings(BaseModel):
    total_ms: float
    engine_ms: float = Field(description="Time spent in the rule matcher.")


def construct(cls, **values):
    """An instance of ``cls`` from values that are already checked, without validation.

    ``model_construct`` without its per-field default handling: every field must be given.
    Why: every evaluation builds a Decision and its Timings; validating them costs about
    0.8 µs each and ``model_construct`` twice that, this a third (pydantic's own slots set
    through their descriptors).
    """
    model = _new(cls)
    _set_dict(model, values)
    _set_fields_set(model, set(values))
    _set_extra(model, None)
    _set_private(model, None)
    return model


# pydantic's own __setattr__ would validate; the slots' descriptors set them directly (faster
# than object.__setattr__, which looks each name up first)
_new = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_IMMUTABLE = (type(None), str, int, float, bool, bytes, tuple, frozenset, Decimal, enum.Enum,
              dt.date, dt.time, dt.timedelta)
_RESULT_PLANS: dict = {}


def fresh_result(cls: type[BaseModel]) -> BaseModel:
    """``cls()`` for a domain's result model, without pydantic deep-copying every mutable
    default (a ``tags: list[str] = []`` was a ``copy.deepcopy`` per evaluation).

    Why: a new result is made for every evaluation. How: per class, once, each field's
    default is planned as shared (immutable) or made anew (an empty container, the default
    factory, or a deep copy); a model with validators, ``model_post_init``, private
    attributes, its own ``__new__``, a required field or ``validate_default`` is simply
    called, so nothing pydantic would run is skipped.
    """
    plan = _RESULT_PLANS.get(cls)
    if plan is None:
        plan = _RESULT_PLANS[cls] = _result_plan(cls)
    if plan is False:
        return cls()
    shared, made, extra_allowed = plan
    values = shared.copy()  # every field in the model's order; the made ones replaced below
    for name, make in made:
        values[name] = make()
    model = _new(cls)
    _set_dict(model, values)
    _set_fields_set(model, set())
    _set_extra(model, {} if extra_allowed else None)
    _set_private(model, None)
    return model


def _result_plan(cls: type[BaseModel]):
    """``(shared values, [(name, maker)], extra allowed)`` or False (call the model)."""
    decorators = cls.__pydantic_decorators__
    if decorators.model_validators or decorators.field_validators or decorators.validators \
            or decorators.root_validators or cls.__pydantic_post_init__ \
            or cls.__private_attributes__ or cls.model_config.get("validate_default") \
            or cls.__new__ is not _new:
        return False
    shared, made = {}, []
    for name, info in cls.model_fields.items():
        if info.is_required() or info.validate_default:
            return False
        shared[name] = None
        if info.default_factory is not None:
            if getattr(info, "default_factory_takes_data", False):
                return False
            made.append((name, info.default_factory))
            continue
        default = info.default
        if isinstance(default, _IMMUTABLE):
            shared[name] = default
        elif type(default) in (list, dict, set) and not default:
            made.append((name, type(default)))
        else:
            made.append((name, functools.partial(copy.deepcopy, default)))
    return shared, made, cls.model_config.get("extra") == "allow"


class Decision(BaseModel):
    result: SerializeAsAny[BaseModel] = Field(description="The domain's result model.")
    fired: list[FiredRule] = Field(description="The rules that applied, in the order applied.")
    ruleset: RulesetIdentity
    at: dt.datetime = Field(description="The evaluation time the rules were judged at.")
    timings: Timings
    not_fired: list[NotFired] | None = Field(
        default=None, description="With explain: every other rule and why it did not apply.")
    explanation: list[RuleExplanation] | None = Field(
        default=None, description="With explain: every rule, applied or not, its condition "
                                  "judged part by part with the actual and the expected values.")
    next_change_at: dt.datetime | None = Field(
        default=None, description="The first instant after `at` at which the same facts get "
                                   "a different answer (a deadline falls due, a callback "
                                   "becomes due, a rule's validity window opens or closes...); "
                                   "null when nothing is scheduled. Whole seconds (an instant just past "
                                   "a deadline is rounded up). Ask again then.")
