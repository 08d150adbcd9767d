from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_commission_line import SlaCommissionLine


T = TypeVar("T", bound="SlaCommission")


@_attrs_define
class SlaCommission:
    """The advisor's commission on the order after deductions.

    Attributes:
        advisor_id (None | str):
        commission (str): Before deductions, CNY.
        lines (list[SlaCommissionLine]):
        order_id (str):
        payable (str): commission - withheld, CNY.
        withheld (str): Sum of the lines, at most the commission, CNY.
    """

    advisor_id: None | str
    commission: str
    lines: list[SlaCommissionLine]
    order_id: str
    payable: str
    withheld: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advisor_id: None | str
        advisor_id = self.advisor_id

        commission = self.commission

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        order_id = self.order_id

        payable = self.payable

        withheld = self.withheld

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advisor_id": advisor_id,
                "commission": commission,
                "lines": lines,
                "order_id": order_id,
                "payable": payable,
                "withheld": withheld,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_commission_line import SlaCommissionLine  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_advisor_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        advisor_id = _parse_advisor_id(d.pop("advisor_id"))

        commission = d.pop("commission")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SlaCommissionLine.from_dict(lines_item_data)

            lines.append(lines_item)

        order_id = d.pop("order_id")

        payable = d.pop("payable")

        withheld = d.pop("withheld")

        sla_commission = cls(
            advisor_id=advisor_id,
            commission=commission,
            lines=lines,
            order_id=order_id,
            payable=payable,
            withheld=withheld,
        )

        sla_commission.additional_properties = d
        return sla_commission

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
