from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartsReorder")


@_attrs_define
class PartsReorder:
    """A part whose stock is below its reorder point: order it now.

    Attributes:
        average_daily_use (str): Units per day over the usage window.
        label (str): Chinese label from the rule, e.g. 库存预警：建议补货.
        lead_time_days (int): The supplier's lead time, days.
        name (str): The part's name staff read.
        order_at_least (int): The fewest units that bring the stock position up to the reorder point.
        part (str): Part code.
        reorder_point (str): Average daily use x lead time x safety factor, units.
        rule (str): The rule that raised it. Default: ''.
        stock_position (int): In stock plus on order, units.
    """

    average_daily_use: str
    label: str
    lead_time_days: int
    name: str
    order_at_least: int
    part: str
    reorder_point: str
    stock_position: int
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_daily_use = self.average_daily_use

        label = self.label

        lead_time_days = self.lead_time_days

        name = self.name

        order_at_least = self.order_at_least

        part = self.part

        reorder_point = self.reorder_point

        rule = self.rule

        stock_position = self.stock_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_daily_use": average_daily_use,
                "label": label,
                "lead_time_days": lead_time_days,
                "name": name,
                "order_at_least": order_at_least,
                "part": part,
                "reorder_point": reorder_point,
                "rule": rule,
                "stock_position": stock_position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_daily_use = d.pop("average_daily_use")

        label = d.pop("label")

        lead_time_days = d.pop("lead_time_days")

        name = d.pop("name")

        order_at_least = d.pop("order_at_least")

        part = d.pop("part")

        reorder_point = d.pop("reorder_point")

        rule = d.pop("rule")

        stock_position = d.pop("stock_position")

        parts_reorder = cls(
            average_daily_use=average_daily_use,
            label=label,
            lead_time_days=lead_time_days,
            name=name,
            order_at_least=order_at_least,
            part=part,
            reorder_point=reorder_point,
            rule=rule,
            stock_position=stock_position,
        )

        parts_reorder.additional_properties = d
        return parts_reorder

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
