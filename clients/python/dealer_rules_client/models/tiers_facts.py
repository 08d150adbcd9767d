from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tiers_customer import TiersCustomer
    from ..models.tiers_service_order import TiersServiceOrder


T = TypeVar("T", bound="TiersFacts")


@_attrs_define
class TiersFacts:
    """One membership question: a customer, and optionally the order at the counter.

    Attributes:
        customer (TiersCustomer | Unset): The customer the question is about.
        order (None | TiersServiceOrder | Unset): The service order at the counter; absent when the question is only
            about tier, benefits, referrals or points.
    """

    customer: TiersCustomer | Unset = UNSET
    order: None | TiersServiceOrder | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.tiers_service_order import TiersServiceOrder  # noqa: PLC0415

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, TiersServiceOrder):
            order = self.order.to_dict()
        else:
            order = self.order

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tiers_customer import TiersCustomer  # noqa: PLC0415
        from ..models.tiers_service_order import TiersServiceOrder  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: TiersCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = TiersCustomer.from_dict(_customer)

        def _parse_order(data: object) -> None | TiersServiceOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = TiersServiceOrder.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TiersServiceOrder | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        tiers_facts = cls(
            customer=customer,
            order=order,
        )

        return tiers_facts
