from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tiers_car_purchase import TiersCarPurchase
    from ..models.tiers_paid_service_order import TiersPaidServiceOrder
    from ..models.tiers_referral import TiersReferral
    from ..models.tiers_referred_by import TiersReferredBy


T = TypeVar("T", bound="TiersCustomer")


@_attrs_define
class TiersCustomer:
    """The customer the question is about.

    Attributes:
        car_purchases (list[TiersCarPurchase] | Unset): Cars bought from the dealer group.
        has_bought_car (bool | None | Unset): Derived: a car purchase on or before the evaluation date.
        id (str | Unset): CRM customer id (for the caller's reference). Default: empty.
        marked_busy (bool | Unset): The customer marked themselves busy (工作繁忙) in their profile. Default: `false`.
        points_balance (int | Unset): Points held now, before the order at the counter is paid, points. Default: `0`.
        referrals (list[TiersReferral] | Unset): New customers this customer referred.
        referred_by (None | TiersReferredBy | Unset): Set when this customer is a referred new customer.
        service_orders (list[TiersPaidServiceOrder] | Unset): Paid service orders; at least those of the trailing
            qualification window.
        successful_referrals (int | None | Unset): Derived: how many referrals are successful (count).
        trailing_service_spend (None | str | Unset): Derived: CNY paid on service orders in the trailing window
            (settings.spend_window_months, 12 by default) that ends on the evaluation date, that day included.
    """

    car_purchases: list[TiersCarPurchase] | Unset = UNSET
    has_bought_car: bool | None | Unset = UNSET
    id: str | Unset = UNSET
    marked_busy: bool | Unset = UNSET
    points_balance: int | Unset = UNSET
    referrals: list[TiersReferral] | Unset = UNSET
    referred_by: None | TiersReferredBy | Unset = UNSET
    service_orders: list[TiersPaidServiceOrder] | Unset = UNSET
    successful_referrals: int | None | Unset = UNSET
    trailing_service_spend: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.tiers_referred_by import TiersReferredBy  # noqa: PLC0415

        car_purchases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.car_purchases, Unset):
            car_purchases = []
            for car_purchases_item_data in self.car_purchases:
                car_purchases_item = car_purchases_item_data.to_dict()
                car_purchases.append(car_purchases_item)

        has_bought_car: bool | None | Unset
        if isinstance(self.has_bought_car, Unset):
            has_bought_car = UNSET
        else:
            has_bought_car = self.has_bought_car

        id = self.id

        marked_busy = self.marked_busy

        points_balance = self.points_balance

        referrals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = []
            for referrals_item_data in self.referrals:
                referrals_item = referrals_item_data.to_dict()
                referrals.append(referrals_item)

        referred_by: dict[str, Any] | None | Unset
        if isinstance(self.referred_by, Unset):
            referred_by = UNSET
        elif isinstance(self.referred_by, TiersReferredBy):
            referred_by = self.referred_by.to_dict()
        else:
            referred_by = self.referred_by

        service_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_orders, Unset):
            service_orders = []
            for service_orders_item_data in self.service_orders:
                service_orders_item = service_orders_item_data.to_dict()
                service_orders.append(service_orders_item)

        successful_referrals: int | None | Unset
        if isinstance(self.successful_referrals, Unset):
            successful_referrals = UNSET
        else:
            successful_referrals = self.successful_referrals

        trailing_service_spend: None | str | Unset
        if isinstance(self.trailing_service_spend, Unset):
            trailing_service_spend = UNSET
        else:
            trailing_service_spend = self.trailing_service_spend

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if car_purchases is not UNSET:
            field_dict["car_purchases"] = car_purchases
        if has_bought_car is not UNSET:
            field_dict["has_bought_car"] = has_bought_car
        if id is not UNSET:
            field_dict["id"] = id
        if marked_busy is not UNSET:
            field_dict["marked_busy"] = marked_busy
        if points_balance is not UNSET:
            field_dict["points_balance"] = points_balance
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if referred_by is not UNSET:
            field_dict["referred_by"] = referred_by
        if service_orders is not UNSET:
            field_dict["service_orders"] = service_orders
        if successful_referrals is not UNSET:
            field_dict["successful_referrals"] = successful_referrals
        if trailing_service_spend is not UNSET:
            field_dict["trailing_service_spend"] = trailing_service_spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tiers_car_purchase import TiersCarPurchase  # noqa: PLC0415
        from ..models.tiers_paid_service_order import TiersPaidServiceOrder  # noqa: PLC0415
        from ..models.tiers_referral import TiersReferral  # noqa: PLC0415
        from ..models.tiers_referred_by import TiersReferredBy  # noqa: PLC0415

        d = dict(src_dict)
        _car_purchases = d.pop("car_purchases", UNSET)
        car_purchases: list[TiersCarPurchase] | Unset = UNSET
        if _car_purchases is not UNSET:
            car_purchases = []
            for car_purchases_item_data in _car_purchases:
                car_purchases_item = TiersCarPurchase.from_dict(car_purchases_item_data)

                car_purchases.append(car_purchases_item)

        def _parse_has_bought_car(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_bought_car = _parse_has_bought_car(d.pop("has_bought_car", UNSET))

        id = d.pop("id", UNSET)

        marked_busy = d.pop("marked_busy", UNSET)

        points_balance = d.pop("points_balance", UNSET)

        _referrals = d.pop("referrals", UNSET)
        referrals: list[TiersReferral] | Unset = UNSET
        if _referrals is not UNSET:
            referrals = []
            for referrals_item_data in _referrals:
                referrals_item = TiersReferral.from_dict(referrals_item_data)

                referrals.append(referrals_item)

        def _parse_referred_by(data: object) -> None | TiersReferredBy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referred_by_type_0 = TiersReferredBy.from_dict(data)

                return referred_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TiersReferredBy | Unset, data)

        referred_by = _parse_referred_by(d.pop("referred_by", UNSET))

        _service_orders = d.pop("service_orders", UNSET)
        service_orders: list[TiersPaidServiceOrder] | Unset = UNSET
        if _service_orders is not UNSET:
            service_orders = []
            for service_orders_item_data in _service_orders:
                service_orders_item = TiersPaidServiceOrder.from_dict(service_orders_item_data)

                service_orders.append(service_orders_item)

        def _parse_successful_referrals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        successful_referrals = _parse_successful_referrals(d.pop("successful_referrals", UNSET))

        def _parse_trailing_service_spend(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trailing_service_spend = _parse_trailing_service_spend(d.pop("trailing_service_spend", UNSET))

        tiers_customer = cls(
            car_purchases=car_purchases,
            has_bought_car=has_bought_car,
            id=id,
            marked_busy=marked_busy,
            points_balance=points_balance,
            referrals=referrals,
            referred_by=referred_by,
            service_orders=service_orders,
            successful_referrals=successful_referrals,
            trailing_service_spend=trailing_service_spend,
        )

        return tiers_customer
