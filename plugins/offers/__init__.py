"""Value packages, financing, needs diagnosis, test drives, delivery, after-sales cross-sell
and the parts dual track (policy digest section 2; docs/domain-offers.md)."""
from __future__ import annotations

from dealer_rules import Action, Domain, hookimpl

from . import actions as a
from .derive import derive
from .next_changes import next_changes as _next_changes
from .facts import OffersFacts
from .result import OffersResult
from .settings import OffersSettings
from .totals import finish
from .zh import ZH

DOMAIN = "offers"


@hookimpl
def register_domains(register):
    register(Domain(name=DOMAIN, title="Offers and cross-sell", title_zh="增值方案与二次销售",
                    description="What to offer a buyer who asks for a lower price, what to "
                                "recommend by segment, and what to cross-sell after the sale.",
                    facts=OffersFacts, result=OffersResult, settings=OffersSettings,
                    translations={"zh": ZH}))


_ACTIONS = [
    ("offer_value_package", "Offer the value package", "增值礼包", a.ValuePackageParams, a.offer_value_package),
    ("offer_financing", "Offer financing", "金融方案", a.FinancingParams, a.offer_financing),
    ("offer_cash_discount", "Offer a capped cash discount", "现金优惠", a.CashDiscountParams, a.offer_cash_discount),
    ("offer_package", "Recommend an after-sales package", "推荐套餐", a.PackageParams, a.offer_package),
    ("stress_selling_points", "Stress selling points", "主打卖点", a.PointsParams, a.stress_selling_points),
    ("reach_through", "Reach buyers through channels", "获客渠道", a.ChannelsParams, a.reach_through),
    ("recommend_vehicle", "Recommend a vehicle type", "推荐车型", a.RecommendParams, a.recommend_vehicle),
    ("plan_test_drive", "Plan the test-drive route", "试驾路线", a.RouteParams, a.plan_test_drive),
    ("plan_delivery", "Plan the delivery ceremony", "交车仪式", a.CeremonyParams, a.plan_delivery),
    ("require_attendee", "Require someone present", "到场人员", a.ItemParams, a.require_attendee),
    ("add_script", "Add a talking point", "话术", a.ScriptParams, a.add_script),
    ("provide_service", "Provide a service on the visit", "提供服务", a.ItemParams, a.provide_service),
    ("fit_oem_parts", "Fit OEM for core parts", "核心件用原厂件", a.OemParams, a.fit_oem_parts),
    ("offer_aftermarket_parts", "Offer aftermarket non-core parts", "非核心件副厂可选",
     a.AftermarketParams, a.offer_aftermarket_parts),
    ("choose_part", "Choose a specific part", "指定配件", a.ChoosePartParams, a.choose_part),
]


@hookimpl
def register_actions(register):
    for name, title, title_zh, params, apply in _ACTIONS:
        register(Action(domain=DOMAIN, name=name, title=title, title_zh=title_zh,
                        description=(apply.__doc__ or "").strip(), params=params, apply=apply))


@hookimpl
def derive_facts(domain, facts, at, settings):
    if domain.name == DOMAIN:
        derive(facts, at, settings or OffersSettings())


@hookimpl
def finalise_result(domain, result, facts):
    if domain.name == DOMAIN:
        finish(result, facts)


@hookimpl
def next_changes(domain, facts, at, settings):
    if domain.name == DOMAIN:
        return _next_changes(facts, at, settings or OffersSettings())
