"""The consequences offers rules may have: parameter models (checked when the ruleset
loads) and the functions that apply them to the result.

Labels and scripts are Chinese text from the ruleset; a few may carry placeholders
(``{amount}``), checked at load against the names the action fills in. Every list is kept
free of duplicates by code: when two rules add the same thing, the first (higher priority)
one stands.
"""
from __future__ import annotations

import string
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dealer_rules import Action, ActionContext
from dealer_rules.plugins.common.money import Money, cny

from .result import Item, Offer, OffersResult, PartAdvice, Recommendation

CODE = r"^[a-z][a-z0-9_]{0,63}$"


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ItemParams(_Params):
    code: str = Field(pattern=CODE, description="English code, e.g. school_zone.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 学校周边路段.")


def placeholders_only(text: str, allowed: tuple[str, ...]) -> str:
    """``text`` if it uses only ``{name}`` placeholders from ``allowed`` (checked when the
    ruleset loads, so a typo is reported with its line)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ValueError(f"bad placeholder: {exc}") from None
    unknown = names - set(allowed)
    if unknown:
        raise ValueError(f"unknown placeholder {{{sorted(unknown)[0]}}}; "
                         f"allowed: {', '.join('{' + a + '}' for a in allowed)}")
    return text


def yuan(amount: Decimal) -> str:
    """An amount as a salesperson says it: 5,000 or 5,000.50 (no currency sign)."""
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


def _key(item) -> tuple:
    return getattr(item, "code", None) or item.part, getattr(item, "track", None)


def _add_once(items: list, item) -> None:
    """Append ``item`` unless one with the same code (and track, for parts) is there."""
    if all(_key(i) != _key(item) for i in items):
        items.append(item)


# -- the negotiation ladder: value package, then financing, then a capped cash discount ----

class ValuePackageParams(_Params):
    code: str = Field("value_package", pattern=CODE)
    label: str = Field(min_length=1, description="e.g. 首年免费保养+原厂脚垫+道路救援.")
    components: list[ItemParams] = Field(min_length=1)
    script: str = Field("", description="Chinese; may use {worth} (the package's worth, CNY).")

    @field_validator("script")
    @classmethod
    def check_script(cls, text):
        return placeholders_only(text, ("worth",))


def offer_value_package(result: OffersResult, params: ValuePackageParams, context: ActionContext) -> None:
    """Ladder step 1: answer a request for a lower price with the value package; its worth
    is the group's settings.value_package_worth (the one number the ladder compares)."""
    worth = context.settings.value_package_worth
    _add_once(result.offers, Offer(
        kind="value_package", code=params.code, label=params.label, step=1, worth=worth,
        components=[Item(code=c.code, label=c.label) for c in params.components],
        script=params.script.format(worth=yuan(worth)), rule=context.rule.id))


class FinancingParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. low_interest_loan.")
    label: str = Field(min_length=1, description="e.g. 低息贷款.")
    script: str = ""


def offer_financing(result: OffersResult, params: FinancingParams, context: ActionContext) -> None:
    """Ladder step 2: a financing plan that lowers the buyer's cash pressure; no cash worth."""
    _add_once(result.offers, Offer(kind="financing", code=params.code, label=params.label, step=2,
                                   script=params.script, rule=context.rule.id))


class CashDiscountParams(_Params):
    code: str = Field("cash_discount", pattern=CODE)
    label: str = Field(min_length=1, description="Chinese; may use {amount} (CNY).")
    max_amount: Optional[Money] = Field(None, gt=0, description="An absolute cap, CNY.")
    script: str = Field("", description="Chinese; may use {amount}, {worth}, {requested}.")

    @field_validator("label")
    @classmethod
    def check_label(cls, text):
        return placeholders_only(text, ("amount",))

    @field_validator("script")
    @classmethod
    def check_script(cls, text):
        return placeholders_only(text, ("amount", "worth", "requested"))


def offer_cash_discount(result: OffersResult, params: CashDiscountParams, context: ActionContext) -> None:
    """Ladder step 3: cash for the part of the request the value package does not cover,
    ``requested - package worth``, never more than the room above the model's floor price
    and never more than ``max_amount``; nothing is added when the package already covers the
    request. Without a floor for the model there is no authority to discount, and the action
    refuses (the shipped rule never gets here without one)."""
    deal = context.facts.deal
    if deal is None or deal.discount_room is None:
        model = deal.model_code if deal is not None else "?"
        raise ValueError(f"no floor price for model {model!r}: set settings.model_floors")
    amount = min(deal.requested_discount - deal.package_worth, deal.discount_room)
    if params.max_amount is not None:
        amount = min(amount, params.max_amount)
    amount = cny(amount)
    if amount <= 0:
        return
    values = {"amount": yuan(amount), "worth": yuan(deal.package_worth),
              "requested": yuan(deal.requested_discount)}
    _add_once(result.offers, Offer(
        kind="cash_discount", code=params.code, label=params.label.format(**values), step=3,
        worth=amount, script=params.script.format(**values), rule=context.rule.id))


# -- after the sale --------------------------------------------------------------------------

class PackageParams(_Params):
    kind: Literal["extended_warranty", "maintenance_package", "care_package", "trade_in"]
    code: str = Field(pattern=CODE)
    label: str = Field(min_length=1)
    worth: Optional[Money] = Field(None, ge=0, description="What it is worth to the customer, "
                                                           "CNY (e.g. a trade-in subsidy).")
    components: list[ItemParams] = Field(default_factory=list)
    script: str = ""


def offer_package(result: OffersResult, params: PackageParams, context: ActionContext) -> None:
    """Recommend a package after the sale: extended warranty, maintenance package,
    transmission deep care, or the one-stop trade-in."""
    _add_once(result.offers, Offer(
        kind=params.kind, code=params.code, label=params.label, worth=params.worth,
        components=[Item(code=c.code, label=c.label) for c in params.components],
        script=params.script, rule=context.rule.id))


# -- needs diagnosis, test drive, delivery ----------------------------------------------------

class PointsParams(_Params):
    points: list[ItemParams] = Field(min_length=1)


def stress_selling_points(result: OffersResult, params: PointsParams, context: ActionContext) -> None:
    """What this kind of buyer cares about, so the salesperson leads with it."""
    for p in params.points:
        _add_once(result.selling_points, Item(code=p.code, label=p.label))


class ChannelsParams(_Params):
    channels: list[ItemParams] = Field(min_length=1)


def reach_through(result: OffersResult, params: ChannelsParams, context: ActionContext) -> None:
    """Where to find and invite this kind of buyer."""
    for c in params.channels:
        _add_once(result.channels, Item(code=c.code, label=c.label))


class RecommendParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. hybrid.")
    label: str = Field(min_length=1)
    reason: str = ""


def recommend_vehicle(result: OffersResult, params: RecommendParams, context: ActionContext) -> None:
    """A kind of vehicle to show this buyer, and why."""
    _add_once(result.recommendations, Recommendation(code=params.code, label=params.label,
                                                     reason=params.reason, rule=context.rule.id))


class RouteParams(_Params):
    stops: list[ItemParams] = Field(min_length=1)


def plan_test_drive(result: OffersResult, params: RouteParams, context: ActionContext) -> None:
    """The test-drive route, stop by stop, that shows this buyer what they care about."""
    for s in params.stops:
        _add_once(result.test_drive_route, Item(code=s.code, label=s.label))


class CeremonyParams(_Params):
    items: list[ItemParams] = Field(min_length=1)


def plan_delivery(result: OffersResult, params: CeremonyParams, context: ActionContext) -> None:
    """Parts of the delivery ceremony (交车仪式)."""
    for i in params.items:
        _add_once(result.delivery_ceremony, Item(code=i.code, label=i.label))


def require_attendee(result: OffersResult, params: ItemParams, context: ActionContext) -> None:
    """Someone who must be present (e.g. a service technician at the delivery)."""
    _add_once(result.attendees, Item(code=params.code, label=params.label))


def provide_service(result: OffersResult, params: ItemParams, context: ActionContext) -> None:
    """A service to provide on the workshop visit (e.g. the digital service report)."""
    _add_once(result.services, Item(code=params.code, label=params.label))


class ScriptParams(_Params):
    code: str = Field(pattern=CODE)
    text: str = Field(min_length=1, description="What to say, in Chinese.")


def add_script(result: OffersResult, params: ScriptParams, context: ActionContext) -> None:
    """A talking point for the salesperson or service advisor."""
    _add_once(result.scripts, Item(code=params.code, label=params.text))


# -- parts, dual track -----------------------------------------------------------------------

def _visit_parts(context: ActionContext) -> list:
    visit = context.facts.visit
    return visit.parts if visit is not None else []


class OemParams(_Params):
    label: str = Field("原厂件", min_length=1)


def fit_oem_parts(result: OffersResult, params: OemParams, context: ActionContext) -> None:
    """Core parts are fitted OEM: one OEM line for each core part of the visit."""
    for part in _visit_parts(context):
        if part.core:
            _add_once(result.parts, PartAdvice(part=part.code, name=part.name, track="oem",
                                               label=params.label, price=part.oem_price))


class AftermarketParams(_Params):
    label: str = Field("副厂件", min_length=1)
    disclosure: str = Field(min_length=1, description="Chinese; may use {name}, {oem_price}, "
                                                      "{aftermarket_price}, {saving} (CNY).")

    @field_validator("disclosure")
    @classmethod
    def check_disclosure(cls, text):
        return placeholders_only(text, ("name", "oem_price", "aftermarket_price", "saving"))


def offer_aftermarket_parts(result: OffersResult, params: AftermarketParams,
                            context: ActionContext) -> None:
    """Non-core parts with a cheaper aftermarket part that fits: offer it beside OEM, with a
    disclosure telling the customer it fits and what it saves."""
    for part in _visit_parts(context):
        if part.aftermarket_option:
            text = params.disclosure.format(
                name=part.name, oem_price=yuan(part.oem_price),
                aftermarket_price=yuan(part.aftermarket_price), saving=yuan(part.aftermarket_saving))
            _add_once(result.parts, PartAdvice(
                part=part.code, name=part.name, track="aftermarket", label=params.label,
                price=part.aftermarket_price, saving=part.aftermarket_saving, disclosure=text))


class ChoosePartParams(_Params):
    part: str = Field(pattern=CODE, description="Part code, e.g. engine_oil.")
    name: str = Field(min_length=1, description="e.g. 机油.")
    label: str = Field(min_length=1, description="The choice, e.g. 低噪音机油.")
    track: Literal["oem", "aftermarket"] = Field(
        "oem", description="Which track: oem (original parts) or aftermarket (brand parts).")


def choose_part(result: OffersResult, params: ChoosePartParams, context: ActionContext) -> None:
    """A specific part choice for this customer (e.g. low-noise engine oil)."""
    _add_once(result.parts, PartAdvice(part=params.part, name=params.name, track=params.track,
                                       label=params.label))


_TABLE = [  # (name, title, params, apply)
    ("offer_value_package", "Offer the value package", ValuePackageParams, offer_value_package),
    ("offer_financing", "Offer financing", FinancingParams, offer_financing),
    ("offer_cash_discount", "Offer a capped cash discount", CashDiscountParams, offer_cash_discount),
    ("offer_package", "Recommend an after-sales package", PackageParams, offer_package),
    ("stress_selling_points", "Stress selling points", PointsParams, stress_selling_points),
    ("reach_through", "Reach buyers through channels", ChannelsParams, reach_through),
    ("recommend_vehicle", "Recommend a vehicle type", RecommendParams, recommend_vehicle),
    ("plan_test_drive", "Plan the test-drive route", RouteParams, plan_test_drive),
    ("plan_delivery", "Plan the delivery ceremony", CeremonyParams, plan_delivery),
    ("require_attendee", "Require someone present", ItemParams, require_attendee),
    ("add_script", "Add a talking point", ScriptParams, add_script),
    ("provide_service", "Provide a service on the visit", ItemParams, provide_service),
    ("fit_oem_parts", "Fit OEM for core parts", OemParams, fit_oem_parts),
    ("offer_aftermarket_parts", "Offer aftermarket non-core parts", AftermarketParams,
     offer_aftermarket_parts),
    ("choose_part", "Choose a specific part", ChoosePartParams, choose_part),
]

#: what rules of the offers domain can do, as they write it under ``then:``
#: the unit of each number a label states (core/label_check.py warns on a contradiction)
_UNITS = {"offer_package": {"worth": "元"}, "offer_cash_discount": {"max_amount": "元"}}
ACTIONS = [Action(domain="offers", name=name, title=title,
                  description=(apply.__doc__ or "").strip(), params=params, apply=apply,
                  units=_UNITS.get(name, {}))
           for name, title, params, apply in _TABLE]
