"""What a plugin declares: domains (kinds of question) and the actions rules may take.

A plugin builds these and hands them to the ``register`` callback of the
``register_domains`` / ``register_actions`` hooks; the registry (core.registry) checks them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field

NAME = r"^[a-z][a-z0-9_]{0,39}$"
_NAME = re.compile(NAME)


class Domain(BaseModel):
    """A kind of question a dealer group's rules answer, e.g. ``tiers`` (membership).

    :param facts: pydantic model of the facts a caller sends (and plugins derive); its
        fields are what conditions can test. Document each field (``Field(description=...)``)
        with its unit: the admin shows it to rule authors.
    :param result: pydantic model of the answer; every field needs a default, because each
        evaluation starts from ``result()`` and the fired rules' actions fill it in.
    :param settings: optional pydantic model of what a dealer group configures beside its
        rules, under ``settings:`` in the ruleset (e.g. store opening hours); checked when the
        ruleset loads, layered by ``extends`` key by key, handed to actions and hooks. Every
        field needs a default.
    :param translations: the texts above (descriptions of fields, parameters, settings)
        in other languages, keyed by the English text: ``{"zh": {...}}``. The admin's
        reference shows them to rule authors reading that language (core/domain_texts.py).
    :param field_names: short names of fact paths per language (``{"zh": {"order.distance_km":
        "取车距离"}}``): the admin writes conditions in words with them.
    """
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    name: str = Field(pattern=NAME)
    title: str
    title_zh: str = ""
    description: str = ""
    facts: type[BaseModel]
    result: type[BaseModel]
    settings: type[BaseModel] | None = None
    translations: dict[str, dict[str, str]] = {}   # {"zh": {English text: Chinese}}: core/domain_texts.py
    #: short names of fact paths per language, for conditions shown in words to staff
    #: (core/conditions/wording.py): ``{"zh": {"customer.trailing_service_spend": "近12个月保养消费"}}``
    field_names: dict[str, dict[str, str]] = {}
    plugin: str = ""


@dataclass(frozen=True)
class RuleInfo:
    """The rule whose actions are being applied."""
    id: str
    title: str
    priority: int


@dataclass(slots=True)
class ActionContext:
    """Everything an action may look at besides its parameters and the result.

    One context serves a whole evaluation (``rule`` changes as each rule's actions run),
    so an action must read it while it runs and never keep it. ``facts`` is read-only: an
    action changes the result, never the facts (one customer's prepared facts may be
    decided with two versions of a ruleset, core/impact.py)."""
    domain: str
    group: str
    facts: Any
    at: dt.datetime
    rule: RuleInfo
    settings: Any = None


class Action(BaseModel):
    """A named consequence rules can have, e.g. ``grant_benefit``.

    :param params: pydantic model of the action's parameters, validated when the ruleset
        loads (so a typo is an error with its line, not a surprise at evaluation).
    :param apply: ``apply(result, params, context)``; changes ``result`` in place. It must
        not keep references to ``result`` or ``context`` and must not do I/O: it runs on
        every evaluation.
    :param labels: the label template per language, ``{"zh": "工时费{percent|折}", "en":
        "{percent|% off} labour"}``: a rule that leaves ``label_param`` out gets it filled
        from its own parameters (core/label_templates.py), so a label never contradicts
        the numbers.
    :param units: the unit of each number parameter that labels and titles state, e.g.
        ``{"hours": "小时"}`` (core/number_words.py); the templates' units count too. A
        hand-written label or title stating another number gets a warning.
    """
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    domain: str = Field(pattern=NAME)
    name: str = Field(pattern=NAME)
    title: str
    title_zh: str = ""
    description: str = ""
    params: type[BaseModel]
    apply: Callable[[Any, Any, ActionContext], None]
    plugin: str = ""
    labels: dict[str, str] = {}
    label_param: str = "label"
    units: dict[str, str] = {}
