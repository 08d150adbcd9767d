from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_month_customer import SlaMonthCustomer


T = TypeVar("T", bound="SlaServiceMonth")


@_attrs_define
class SlaServiceMonth:
    """A store's service customers of one month, for the mystery-shopper pick.

    Attributes:
        month (str): The month, 'YYYY-MM', e.g. '2026-11'.
        customers (list[SlaMonthCustomer] | Unset): Every service customer of the store that month, once each.
    """

    month: str
    customers: list[SlaMonthCustomer] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
            }
        )
        if customers is not UNSET:
            field_dict["customers"] = customers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_month_customer import SlaMonthCustomer  # noqa: PLC0415

        d = dict(src_dict)
        month = d.pop("month")

        _customers = d.pop("customers", UNSET)
        customers: list[SlaMonthCustomer] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = SlaMonthCustomer.from_dict(customers_item_data)

                customers.append(customers_item)

        sla_service_month = cls(
            month=month,
            customers=customers,
        )

        return sla_service_month
