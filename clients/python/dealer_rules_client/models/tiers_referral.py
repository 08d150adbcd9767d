from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TiersReferral")


@_attrs_define
class TiersReferral:
    """A new customer this customer referred (老客户推荐计划).

    Attributes:
        new_customer_id (str): CRM id of the referred new customer.
        purchased_on (datetime.date | None | Unset): Local date the referred customer completed a car purchase; absent
            while they have not.
        reward_issued (bool | Unset): The referrer's free maintenance for this referral was already issued. Default:
            `false`.
        successful (bool | None | Unset): Derived: the referred customer completed a purchase on or before the
            evaluation date.
    """

    new_customer_id: str
    purchased_on: datetime.date | None | Unset = UNSET
    reward_issued: bool | Unset = UNSET
    successful: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        new_customer_id = self.new_customer_id

        purchased_on: None | str | Unset
        if isinstance(self.purchased_on, Unset):
            purchased_on = UNSET
        elif isinstance(self.purchased_on, datetime.date):
            purchased_on = self.purchased_on.isoformat()
        else:
            purchased_on = self.purchased_on

        reward_issued = self.reward_issued

        successful: bool | None | Unset
        if isinstance(self.successful, Unset):
            successful = UNSET
        else:
            successful = self.successful

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_customer_id": new_customer_id,
            }
        )
        if purchased_on is not UNSET:
            field_dict["purchased_on"] = purchased_on
        if reward_issued is not UNSET:
            field_dict["reward_issued"] = reward_issued
        if successful is not UNSET:
            field_dict["successful"] = successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_customer_id = d.pop("new_customer_id")

        def _parse_purchased_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchased_on_type_0 = datetime.date.fromisoformat(data)

                return purchased_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        purchased_on = _parse_purchased_on(d.pop("purchased_on", UNSET))

        reward_issued = d.pop("reward_issued", UNSET)

        def _parse_successful(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        successful = _parse_successful(d.pop("successful", UNSET))

        tiers_referral = cls(
            new_customer_id=new_customer_id,
            purchased_on=purchased_on,
            reward_issued=reward_issued,
            successful=successful,
        )

        return tiers_referral
