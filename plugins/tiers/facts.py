"""What a caller tells the ``tiers`` domain: one customer's history and, optionally, the
service order at the counter.

Fields marked *derived* are filled in by ``derive.py`` before any rule is matched (from the
history the caller sends and the evaluation date); a value a caller sends for them is
replaced. All dates are local dates in the dealer group's time zone.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, Optional

from pydantic import Field

from dealer_rules.core.facts import Facts
from dealer_rules.plugins.common.money import Money, cny



class CarPurchase(Facts):
    """A car this customer bought from the dealer group."""
    purchased_on: dt.date = Field(description="Local date the purchase was completed.")


class PaidServiceOrder(Facts):
    """A service order the customer has already paid (the workshop system's history)."""
    paid_on: dt.date = Field(description="Local date the order was paid.")
    amount_paid: Money = Field(ge=0, description="What the customer paid for it, after "
                                                 "discounts, CNY.")


class Referral(Facts):
    """A new customer this customer referred (老客户推荐计划)."""
    new_customer_id: str = Field(description="CRM id of the referred new customer.")
    purchased_on: Optional[dt.date] = Field(
        None, description="Local date the referred customer completed a car purchase; "
                          "absent while they have not.")
    reward_issued: bool = Field(
        False, description="The referrer's free maintenance for this referral was already "
                           "issued.")
    successful: Optional[bool] = Field(
        None, description="Derived: the referred customer completed a purchase on or before "
                          "the evaluation date.")


class ReferredBy(Facts):
    """Who referred this customer, when this customer came as a referred new customer."""
    referrer_id: str = Field(description="CRM id of the customer who referred this one.")
    referred_on: dt.date = Field(description="Local date the referral was registered.")
    reward_issued: bool = Field(
        False, description="This customer's own free maintenance for the referral was "
                           "already issued.")
    purchase_completed: Optional[bool] = Field(
        None, description="Derived: this customer completed a car purchase on or after "
                          "referred_on and on or before the evaluation date.")


class Customer(Facts):
    """The customer the question is about."""
    id: str = Field("", description="CRM customer id (for the caller's reference).")
    car_purchases: list[CarPurchase] = Field(
        default_factory=list, description="Cars bought from the dealer group.")
    service_orders: list[PaidServiceOrder] = Field(
        default_factory=list, description="Paid service orders; at least those of the "
                                          "trailing qualification window.")
    points_balance: int = Field(0, ge=0, description="Points held now, before the order at "
                                                     "the counter is paid, points.")
    referrals: list[Referral] = Field(default_factory=list,
                                      description="New customers this customer referred.")
    referred_by: Optional[ReferredBy] = Field(
        None, description="Set when this customer is a referred new customer.")
    marked_busy: bool = Field(False, description="The customer marked themselves busy "
                                                 "(工作繁忙) in their profile.")
    has_bought_car: Optional[bool] = Field(
        None, title="Has bought a car", description="Derived: a car purchase on or before the evaluation date.")
    trailing_service_spend: Optional[Money] = Field(
        None, title="Service spend, last 12 months", description="Derived: CNY paid on service orders in the trailing window "
                          "(settings.spend_window_months, 12 by default) that ends on the "
                          "evaluation date, that day included.")
    successful_referrals: Optional[int] = Field(
        None, title="Successful referrals", description="Derived: how many referrals are successful (count).")


class ServiceOrder(Facts):
    """The service order at the counter, not paid yet: what the rules price."""
    kind: Literal["maintenance", "repair", "bodywork", "inspection"] = Field(
        "maintenance", description="Kind of work: maintenance (保养), repair (维修), "
                                   "bodywork (钣喷) or inspection (检测).")
    labour_amount: Money = Field(cny(0), ge=0,
                                 description="Labour charges before any discount, CNY (工时费).")
    parts_amount: Money = Field(cny(0), ge=0, description="Parts and materials before any "
                                                     "discount, CNY.")
    booked_in_app: bool = Field(False, description="The visit was booked in the dealer's app.")
    distance_km: Optional[Decimal] = Field(
        None, ge=0, description="Distance from the customer's pick-up address to the store, "
                                "km; empty when unknown.")


class TiersFacts(Facts):
    """One membership question: a customer, and optionally the order at the counter."""
    customer: Customer = Field(default_factory=Customer, description="The customer.")
    order: Optional[ServiceOrder] = Field(
        None, description="The service order at the counter; absent when the question is "
                          "only about tier, benefits, referrals or points.")
