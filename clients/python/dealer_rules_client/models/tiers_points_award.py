from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TiersPointsAward")


@_attrs_define
class TiersPointsAward:
    """Points for the order at the counter, credited once it is paid.

    Attributes:
        balance_after (int): Balance once the order is paid, points. Default: 0.
        balance_before (int): The customer's balance now, points. Default: 0.
        earned (int): paid x rate x multiplier, rounded down to whole points. Default: 0.
        multiplier (str): Tier multiplier (the highest granted; multipliers never stack). Default: '1'.
        paid (str): Amount the points are earned on: the order's total payable, CNY. Default: '0.00'.
        points_per_cny (str): Base rate, points per CNY paid. Default: '0'.
    """

    balance_after: int = 0
    balance_before: int = 0
    earned: int = 0
    multiplier: str = "1"
    paid: str = "0.00"
    points_per_cny: str = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_after = self.balance_after

        balance_before = self.balance_before

        earned = self.earned

        multiplier = self.multiplier

        paid = self.paid

        points_per_cny = self.points_per_cny

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_after": balance_after,
                "balance_before": balance_before,
                "earned": earned,
                "multiplier": multiplier,
                "paid": paid,
                "points_per_cny": points_per_cny,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance_after = d.pop("balance_after")

        balance_before = d.pop("balance_before")

        earned = d.pop("earned")

        multiplier = d.pop("multiplier")

        paid = d.pop("paid")

        points_per_cny = d.pop("points_per_cny")

        tiers_points_award = cls(
            balance_after=balance_after,
            balance_before=balance_before,
            earned=earned,
            multiplier=multiplier,
            paid=paid,
            points_per_cny=points_per_cny,
        )

        tiers_points_award.additional_properties = d
        return tiers_points_award

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
