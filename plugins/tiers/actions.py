"""The actions tiers rules may take: their parameters (checked when a ruleset loads) and
what each does to the result.

Actions run in the order the rules are applied (priority, then file order). Where several
rules grant the same kind of thing, the action keeps the best and never stacks: one labour
discount (the highest percent), one points multiplier (the highest), one tier (the highest
rank). On a tie the earlier rule's grant stays.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dealer_rules import Action, ActionContext
from dealer_rules.plugins.common.money import Money

from .result import ClubInvitation, Entitlement, Included, PickupDelivery, Redeemable, TiersResult

CODE = r"^[a-z][a-z0-9_]{0,39}$"


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QualifyTierParams(_Params):
    tier: str = Field(pattern=CODE, description="Tier code, e.g. gold.")
    rank: int = Field(ge=1, description="Place on the ladder; the highest qualified wins "
                                        "(silver 1, gold 2, diamond 3).")
    label: str = Field(min_length=1, description="Name for customers, e.g. 金卡会员.")


class BenefitParams(_Params):
    code: str = Field(pattern=CODE, description="Benefit code, e.g. free_inspection.")
    label: str = Field(min_length=1, description="Name for customers, e.g. 免费检测.")


class LabourDiscountParams(BenefitParams):
    percent: Decimal = Field(gt=0, le=100, description="Percent off labour (10 = 9折).")
    label: str = Field(min_length=1, description="Name for customers; leave it out to have "
                                                  "it made from the percent: 工时费88折.")


class AwardPointsParams(_Params):
    points_per_cny: Decimal = Field(gt=0, description="Points per CNY paid.")


class MultiplyPointsParams(_Params):
    factor: Decimal = Field(ge=1, description="Multiplier on the base rate, e.g. 1.2.")


class CatalogueItem(_Params):
    code: str = Field(pattern=CODE)
    label: str = Field(min_length=1)
    points: int = Field(gt=0, description="Cost, points.")


class RedemptionParams(_Params):
    category: str = Field(pattern=CODE, description="Catalogue section, e.g. oem_accessory.")
    category_label: str = Field(min_length=1, description="Its name, e.g. 精品配件.")
    items: list[CatalogueItem] = Field(min_length=1)


class ReferralRewardParams(BenefitParams):
    side: Literal["referrer", "new_customer"] = Field(
        description="Whose reward: the customer who referred, or the referred new customer.")


class ClubParams(_Params):
    label: str = Field(min_length=1, description="Invitation for customers.")
    events: list[str] = Field(default_factory=list, description="Kinds of event.")


class IncludedParams(_Params):
    code: str = Field(pattern=CODE, description="e.g. free_car_wash.")
    label: str = Field(min_length=1, description="Name for customers, e.g. 免费洗车.")


class PickupDeliveryParams(_Params):
    label: str = Field(min_length=1, description="Name for customers, e.g. 上门取送车.")
    price: Money = Field(ge=0, description="What the customer pays for it, CNY; 0: free.")
    includes: list[IncludedParams] = Field(default_factory=list,
                                           description="What comes with it at no charge.")


def qualify_tier(result: TiersResult, params: QualifyTierParams, context: ActionContext) -> None:
    """Record the tier the customer qualifies for; of several, the highest rank stays."""
    if params.rank > result._tier_rank:
        result._tier_rank = params.rank
        result.tier, result.tier_label = params.tier, params.label


def grant_benefit(result: TiersResult, params: BenefitParams, context: ActionContext) -> None:
    """Add a benefit to the customer's entitlements (once per code)."""
    _entitle(result, Entitlement(code=params.code, label=params.label, rule=context.rule.id))


def discount_labour(result: TiersResult, params: LabourDiscountParams,
                    context: ActionContext) -> None:
    """Entitle the customer to a labour discount. Labour discounts never stack: the highest
    percent granted is the one that applies and the only one listed."""
    if params.percent <= result.labour_discount_percent:
        return
    if result._labour_discount is not None:
        result.benefits.remove(result._labour_discount)
    granted = Entitlement(code=params.code, label=params.label, rule=context.rule.id)
    result.benefits.append(granted)
    result._labour_discount = granted
    result.labour_discount_percent = params.percent


def award_points(result: TiersResult, params: AwardPointsParams, context: ActionContext) -> None:
    """Earn points on the order at the counter at this base rate (the highest granted)."""
    result.points.points_per_cny = max(result.points.points_per_cny, params.points_per_cny)


def multiply_points(result: TiersResult, params: MultiplyPointsParams,
                    context: ActionContext) -> None:
    """Multiply the base rate for this customer; multipliers never stack, the highest
    granted applies."""
    result.points.multiplier = max(result.points.multiplier, params.factor)


def offer_redemption(result: TiersResult, params: RedemptionParams,
                     context: ActionContext) -> None:
    """List the catalogue items the customer's current points balance can pay for."""
    balance = context.facts.customer.points_balance
    result.redeemable.extend(
        Redeemable(category=params.category, category_label=params.category_label,
                   code=item.code, label=item.label, points=item.points)
        for item in params.items if item.points <= balance)


def reward_referral(result: TiersResult, params: ReferralRewardParams,
                    context: ActionContext) -> None:
    """Grant the referral reward. For the referrer, one per successful referral whose
    reward was not issued yet (reference: the new customer); for the new customer, one
    (reference: the referrer)."""
    customer = context.facts.customer
    if params.side == "referrer":
        references = [r.new_customer_id for r in customer.referrals
                      if r.successful and not r.reward_issued]
    else:
        references = [customer.referred_by.referrer_id if customer.referred_by else ""]
    for reference in references:
        _entitle(result, Entitlement(code=params.code, label=params.label,
                                     rule=context.rule.id, reference=reference))


def invite_to_owners_club(result: TiersResult, params: ClubParams,
                          context: ActionContext) -> None:
    """Invite the customer to owners' club events (the first invitation stays)."""
    if result.owners_club is None:
        result.owners_club = ClubInvitation(label=params.label, events=list(params.events),
                                            rule=context.rule.id)


def offer_pickup_delivery(result: TiersResult, params: PickupDeliveryParams,
                          context: ActionContext) -> None:
    """Offer pick-up and delivery (上门取送车) for the visit at ``price``; the first offer
    applied stands (put the free and the paid variant in one exclusive group)."""
    if result.pickup_delivery is None:
        result.pickup_delivery = PickupDelivery(
            code="pickup_delivery", label=params.label, price=params.price,
            includes=[Included(code=i.code, label=i.label) for i in params.includes],
            rule=context.rule.id)


def _entitle(result: TiersResult, granted: Entitlement) -> None:
    if not any(e.code == granted.code and e.reference == granted.reference
               for e in result.benefits):
        result.benefits.append(granted)


def _action(name: str, title: str, params, apply, **labels) -> Action:
    """``labels``: the label template (English; its Chinese in the catalog) and units
    (core/label_templates.py)."""
    return Action(domain="tiers", name=name, title=title,
                  description=" ".join(apply.__doc__.split()), params=params, apply=apply,
                  **labels)


ACTIONS = [
    _action("qualify_tier", "Qualify for a tier", QualifyTierParams, qualify_tier),
    _action("grant_benefit", "Grant a benefit", BenefitParams, grant_benefit),
    _action("discount_labour", "Labour discount", LabourDiscountParams,
            discount_labour, label_template="{percent|% off} labour"),
    _action("award_points", "Award points", AwardPointsParams, award_points),
    _action("multiply_points", "Points multiplier", MultiplyPointsParams,
            multiply_points, units={"factor": "倍"}),
    _action("offer_redemption", "Offer points redemption", RedemptionParams,
            offer_redemption),
    _action("reward_referral", "Referral reward", ReferralRewardParams,
            reward_referral),
    _action("offer_pickup_delivery", "Offer pick-up and delivery",
            PickupDeliveryParams, offer_pickup_delivery, units={"price": "元"}),
    _action("invite_to_owners_club", "Owners' club invitation", ClubParams,
            invite_to_owners_club),
]
