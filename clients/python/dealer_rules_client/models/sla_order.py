from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaOrder")


@_attrs_define
class SlaOrder:
    """A closed sales order, for the advisor's commission.

    Attributes:
        commission (str): The advisor's commission on this order before any deduction, CNY.
        order_id (str): The order number.
        advisor_id (None | str | Unset): The advisor who sold it.
        nps (int | None | Unset): The customer's NPS score for this order, 0-10; empty if the customer did not answer.
    """

    commission: str
    order_id: str
    advisor_id: None | str | Unset = UNSET
    nps: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        commission = self.commission

        order_id = self.order_id

        advisor_id: None | str | Unset
        if isinstance(self.advisor_id, Unset):
            advisor_id = UNSET
        else:
            advisor_id = self.advisor_id

        nps: int | None | Unset
        if isinstance(self.nps, Unset):
            nps = UNSET
        else:
            nps = self.nps

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "commission": commission,
                "order_id": order_id,
            }
        )
        if advisor_id is not UNSET:
            field_dict["advisor_id"] = advisor_id
        if nps is not UNSET:
            field_dict["nps"] = nps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commission = d.pop("commission")

        order_id = d.pop("order_id")

        def _parse_advisor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advisor_id = _parse_advisor_id(d.pop("advisor_id", UNSET))

        def _parse_nps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nps = _parse_nps(d.pop("nps", UNSET))

        sla_order = cls(
            commission=commission,
            order_id=order_id,
            advisor_id=advisor_id,
            nps=nps,
        )

        return sla_order
