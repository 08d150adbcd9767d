"""What the call centre sends to plan a customer's callbacks: the delivery that anchors
every callback, whether the customer has opted out, and their complaints.

Fields marked *derived* are filled in by derive.py before the rules are matched; callers
leave them out.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field

from dealer_rules.core.facts import Facts


class Complaint(Facts):
    """One complaint the customer made (the sla domain tracks its clocks)."""
    id: Optional[str] = Field(None, description="Complaint number in the CRM.")
    opened_at: dt.datetime = Field(description="When the complaint was made, local date-time.")
    closed_at: Optional[dt.datetime] = Field(
        None, description="When it was closed (resolved and confirmed), local date-time; "
                          "empty while it is open.")


class Customer(Facts):
    """The customer being called."""
    id: Optional[str] = Field(None, description="Customer number in the CRM.")
    name: Optional[str] = Field(None, description="Name, as the advisor addresses them.",
                                json_schema_extra={"personal": True})
    preferred_call_time: Optional[str] = Field(
        None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$",
        description="Local time of day the customer likes to be called, 'HH:MM'; the "
                    "group's call_time setting when empty.")
    opted_out: bool = Field(False, description="The customer asked for no more callbacks.")
    opted_out_on: Optional[dt.date] = Field(
        None, description="Local date the customer opted out; callbacks from that day on are "
                          "cancelled. Empty: the evaluation date.")
    complaints: list[Complaint] = Field(
        default_factory=list, description="The customer's complaints, open and closed.")
    open_complaints: Optional[int] = Field(
        None, description="Derived: complaints open at the evaluation time (opened, not yet "
                          "closed), count.")


class Vehicle(Facts):
    """The delivered car."""
    vin: Optional[str] = Field(None, description="Vehicle identification number.",
                               json_schema_extra={"personal": True})
    model: Optional[str] = Field(None, description="Model name.")
    delivered_on: Optional[dt.date] = Field(
        None, description="Delivery date, local date; anchors every callback. Empty: not "
                          "delivered yet, no callbacks.")
    days_since_delivery: Optional[int] = Field(
        None, description="Derived: days from delivery to the evaluation date, days "
                          "(negative before delivery).")


class CallbackFacts(Facts):
    """A delivered car's customer, for planning the callbacks after the sale."""
    customer: Customer = Field(default_factory=Customer)
    vehicle: Vehicle = Field(default_factory=Vehicle)
    horizon_months: Optional[int] = Field(
        None, ge=1, le=120,
        description="How far after delivery to list callbacks, months; the group's "
                    "horizon_months setting (24) when empty.")
    horizon_end: Optional[dt.date] = Field(
        None, description="Derived: the last day of the horizon, local date (delivery + "
                          "horizon_months; a callback due that day is included).")
