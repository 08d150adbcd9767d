from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tiers_bill import TiersBill
    from ..models.tiers_club_invitation import TiersClubInvitation
    from ..models.tiers_entitlement import TiersEntitlement
    from ..models.tiers_pickup_delivery import TiersPickupDelivery
    from ..models.tiers_points_award import TiersPointsAward
    from ..models.tiers_redeemable import TiersRedeemable


T = TypeVar("T", bound="TiersResult")


@_attrs_define
class TiersResult:
    """
    Attributes:
        benefits (list[TiersEntitlement]): Everything the customer is entitled to.
        labour_discount_percent (str): The one labour discount that applies: the best granted. Default: '0'.
        order (None | TiersBill): The order at the counter, priced; null without an order.
        owners_club (None | TiersClubInvitation): Set when invited.
        pickup_delivery (None | TiersPickupDelivery): Set when pick-up and delivery is offered for the visit.
        points (TiersPointsAward): Points for the order at the counter, credited once it is paid.
        redeemable (list[TiersRedeemable]): What the current balance can redeem.
        tier (None | str): Qualified tier code (silver, gold, diamond); null for a non-member.
        tier_label (str): Its name for customers, e.g. 金卡会员. Default: ''.
    """

    benefits: list[TiersEntitlement]
    order: None | TiersBill
    owners_club: None | TiersClubInvitation
    pickup_delivery: None | TiersPickupDelivery
    points: TiersPointsAward
    redeemable: list[TiersRedeemable]
    tier: None | str
    labour_discount_percent: str = "0"
    tier_label: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tiers_bill import TiersBill  # noqa: PLC0415
        from ..models.tiers_club_invitation import TiersClubInvitation  # noqa: PLC0415
        from ..models.tiers_pickup_delivery import TiersPickupDelivery  # noqa: PLC0415

        benefits = []
        for benefits_item_data in self.benefits:
            benefits_item = benefits_item_data.to_dict()
            benefits.append(benefits_item)

        labour_discount_percent = self.labour_discount_percent

        order: dict[str, Any] | None
        if isinstance(self.order, TiersBill):
            order = self.order.to_dict()
        else:
            order = self.order

        owners_club: dict[str, Any] | None
        if isinstance(self.owners_club, TiersClubInvitation):
            owners_club = self.owners_club.to_dict()
        else:
            owners_club = self.owners_club

        pickup_delivery: dict[str, Any] | None
        if isinstance(self.pickup_delivery, TiersPickupDelivery):
            pickup_delivery = self.pickup_delivery.to_dict()
        else:
            pickup_delivery = self.pickup_delivery

        points = self.points.to_dict()

        redeemable = []
        for redeemable_item_data in self.redeemable:
            redeemable_item = redeemable_item_data.to_dict()
            redeemable.append(redeemable_item)

        tier: None | str
        tier = self.tier

        tier_label = self.tier_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "benefits": benefits,
                "labour_discount_percent": labour_discount_percent,
                "order": order,
                "owners_club": owners_club,
                "pickup_delivery": pickup_delivery,
                "points": points,
                "redeemable": redeemable,
                "tier": tier,
                "tier_label": tier_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tiers_bill import TiersBill  # noqa: PLC0415
        from ..models.tiers_club_invitation import TiersClubInvitation  # noqa: PLC0415
        from ..models.tiers_entitlement import TiersEntitlement  # noqa: PLC0415
        from ..models.tiers_pickup_delivery import TiersPickupDelivery  # noqa: PLC0415
        from ..models.tiers_points_award import TiersPointsAward  # noqa: PLC0415
        from ..models.tiers_redeemable import TiersRedeemable  # noqa: PLC0415

        d = dict(src_dict)
        benefits = []
        _benefits = d.pop("benefits")
        for benefits_item_data in _benefits:
            benefits_item = TiersEntitlement.from_dict(benefits_item_data)

            benefits.append(benefits_item)

        labour_discount_percent = d.pop("labour_discount_percent")

        def _parse_order(data: object) -> None | TiersBill:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = TiersBill.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TiersBill, data)

        order = _parse_order(d.pop("order"))

        def _parse_owners_club(data: object) -> None | TiersClubInvitation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owners_club_type_0 = TiersClubInvitation.from_dict(data)

                return owners_club_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TiersClubInvitation, data)

        owners_club = _parse_owners_club(d.pop("owners_club"))

        def _parse_pickup_delivery(data: object) -> None | TiersPickupDelivery:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pickup_delivery_type_0 = TiersPickupDelivery.from_dict(data)

                return pickup_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TiersPickupDelivery, data)

        pickup_delivery = _parse_pickup_delivery(d.pop("pickup_delivery"))

        points = TiersPointsAward.from_dict(d.pop("points"))

        redeemable = []
        _redeemable = d.pop("redeemable")
        for redeemable_item_data in _redeemable:
            redeemable_item = TiersRedeemable.from_dict(redeemable_item_data)

            redeemable.append(redeemable_item)

        def _parse_tier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tier = _parse_tier(d.pop("tier"))

        tier_label = d.pop("tier_label")

        tiers_result = cls(
            benefits=benefits,
            labour_discount_percent=labour_discount_percent,
            order=order,
            owners_club=owners_club,
            pickup_delivery=pickup_delivery,
            points=points,
            redeemable=redeemable,
            tier=tier,
            tier_label=tier_label,
        )

        tiers_result.additional_properties = d
        return tiers_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
