from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parts_daily_use import PartsDailyUse


T = TypeVar("T", bound="PartsStockedPart")


@_attrs_define
class PartsStockedPart:
    """A part the store keeps in stock.

    Attributes:
        in_stock (int): Units on the shelf now.
        lead_time_days (int): The supplier's lead time, days from order to arrival.
        name (str): The part's name staff read, e.g. 前刹车片.
        part (str): Part code, e.g. brake_pads_front.
        average_daily_use (float | None | Unset): Derived: used_in_window / usage_window_days, units per day, rounded to
            0.0001 for reading.
        below_reorder_point (bool | None | Unset): Derived: stock_position < reorder_point, computed exactly.
        on_order (int | Unset): Units ordered from the supplier and not received yet. Default: `0`.
        reorder_point (float | None | Unset): Derived: average daily use x lead_time_days x settings.safety_factor (1.5
            by default), units, rounded up to 0.01.
        stock_position (int | None | Unset): Derived: in_stock + on_order, units.
        usage (list[PartsDailyUse] | Unset): Units fitted per day, from the repair history; days without use may be left
            out; days outside the usage window are ignored.
        used_in_window (int | None | Unset): Derived: units fitted in the usage window (settings.usage_window_days, 90
            by default, ending on the evaluation date, that day included).
    """

    in_stock: int
    lead_time_days: int
    name: str
    part: str
    average_daily_use: float | None | Unset = UNSET
    below_reorder_point: bool | None | Unset = UNSET
    on_order: int | Unset = UNSET
    reorder_point: float | None | Unset = UNSET
    stock_position: int | None | Unset = UNSET
    usage: list[PartsDailyUse] | Unset = UNSET
    used_in_window: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        in_stock = self.in_stock

        lead_time_days = self.lead_time_days

        name = self.name

        part = self.part

        average_daily_use: float | None | Unset
        if isinstance(self.average_daily_use, Unset):
            average_daily_use = UNSET
        else:
            average_daily_use = self.average_daily_use

        below_reorder_point: bool | None | Unset
        if isinstance(self.below_reorder_point, Unset):
            below_reorder_point = UNSET
        else:
            below_reorder_point = self.below_reorder_point

        on_order = self.on_order

        reorder_point: float | None | Unset
        if isinstance(self.reorder_point, Unset):
            reorder_point = UNSET
        else:
            reorder_point = self.reorder_point

        stock_position: int | None | Unset
        if isinstance(self.stock_position, Unset):
            stock_position = UNSET
        else:
            stock_position = self.stock_position

        usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = []
            for usage_item_data in self.usage:
                usage_item = usage_item_data.to_dict()
                usage.append(usage_item)

        used_in_window: int | None | Unset
        if isinstance(self.used_in_window, Unset):
            used_in_window = UNSET
        else:
            used_in_window = self.used_in_window

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "in_stock": in_stock,
                "lead_time_days": lead_time_days,
                "name": name,
                "part": part,
            }
        )
        if average_daily_use is not UNSET:
            field_dict["average_daily_use"] = average_daily_use
        if below_reorder_point is not UNSET:
            field_dict["below_reorder_point"] = below_reorder_point
        if on_order is not UNSET:
            field_dict["on_order"] = on_order
        if reorder_point is not UNSET:
            field_dict["reorder_point"] = reorder_point
        if stock_position is not UNSET:
            field_dict["stock_position"] = stock_position
        if usage is not UNSET:
            field_dict["usage"] = usage
        if used_in_window is not UNSET:
            field_dict["used_in_window"] = used_in_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parts_daily_use import PartsDailyUse  # noqa: PLC0415

        d = dict(src_dict)
        in_stock = d.pop("in_stock")

        lead_time_days = d.pop("lead_time_days")

        name = d.pop("name")

        part = d.pop("part")

        def _parse_average_daily_use(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_daily_use = _parse_average_daily_use(d.pop("average_daily_use", UNSET))

        def _parse_below_reorder_point(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        below_reorder_point = _parse_below_reorder_point(d.pop("below_reorder_point", UNSET))

        on_order = d.pop("on_order", UNSET)

        def _parse_reorder_point(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reorder_point = _parse_reorder_point(d.pop("reorder_point", UNSET))

        def _parse_stock_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stock_position = _parse_stock_position(d.pop("stock_position", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: list[PartsDailyUse] | Unset = UNSET
        if _usage is not UNSET:
            usage = []
            for usage_item_data in _usage:
                usage_item = PartsDailyUse.from_dict(usage_item_data)

                usage.append(usage_item)

        def _parse_used_in_window(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        used_in_window = _parse_used_in_window(d.pop("used_in_window", UNSET))

        parts_stocked_part = cls(
            in_stock=in_stock,
            lead_time_days=lead_time_days,
            name=name,
            part=part,
            average_daily_use=average_daily_use,
            below_reorder_point=below_reorder_point,
            on_order=on_order,
            reorder_point=reorder_point,
            stock_position=stock_position,
            usage=usage,
            used_in_window=used_in_window,
        )

        return parts_stocked_part
