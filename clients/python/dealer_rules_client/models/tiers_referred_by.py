from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TiersReferredBy")


@_attrs_define
class TiersReferredBy:
    """Who referred this customer, when this customer came as a referred new customer.

    Attributes:
        referred_on (datetime.date): Local date the referral was registered.
        referrer_id (str): CRM id of the customer who referred this one.
        purchase_completed (bool | None | Unset): Derived: this customer completed a car purchase on or after
            referred_on and on or before the evaluation date.
        reward_issued (bool | Unset): This customer's own free maintenance for the referral was already issued. Default:
            `false`.
    """

    referred_on: datetime.date
    referrer_id: str
    purchase_completed: bool | None | Unset = UNSET
    reward_issued: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        referred_on = self.referred_on.isoformat()

        referrer_id = self.referrer_id

        purchase_completed: bool | None | Unset
        if isinstance(self.purchase_completed, Unset):
            purchase_completed = UNSET
        else:
            purchase_completed = self.purchase_completed

        reward_issued = self.reward_issued

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "referred_on": referred_on,
                "referrer_id": referrer_id,
            }
        )
        if purchase_completed is not UNSET:
            field_dict["purchase_completed"] = purchase_completed
        if reward_issued is not UNSET:
            field_dict["reward_issued"] = reward_issued

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        referred_on = datetime.date.fromisoformat(d.pop("referred_on"))

        referrer_id = d.pop("referrer_id")

        def _parse_purchase_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        purchase_completed = _parse_purchase_completed(d.pop("purchase_completed", UNSET))

        reward_issued = d.pop("reward_issued", UNSET)

        tiers_referred_by = cls(
            referred_on=referred_on,
            referrer_id=referrer_id,
            purchase_completed=purchase_completed,
            reward_issued=reward_issued,
        )

        return tiers_referred_by
