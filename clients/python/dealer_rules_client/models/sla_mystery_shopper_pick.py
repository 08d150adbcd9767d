from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_picked_customer import SlaPickedCustomer


T = TypeVar("T", bound="SlaMysteryShopperPick")


@_attrs_define
class SlaMysteryShopperPick:
    """The month's mystery shoppers (神秘客暗访) of the store.

    Attributes:
        at_least (int): Pick at least this many (if there are as many eligible customers).
        customers (int): Service customers of the month sent.
        eligible (int): Those not picked the month before.
        label (str): Chinese label from the rule, e.g. 神秘客暗访.
        month (str):
        percent (str): Share of the month's customers to pick, %.
        picked (list[SlaPickedCustomer]): In order of their draw.
        rule (str):  Default: ''.
    """

    at_least: int
    customers: int
    eligible: int
    label: str
    month: str
    percent: str
    picked: list[SlaPickedCustomer]
    rule: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_least = self.at_least

        customers = self.customers

        eligible = self.eligible

        label = self.label

        month = self.month

        percent = self.percent

        picked = []
        for picked_item_data in self.picked:
            picked_item = picked_item_data.to_dict()
            picked.append(picked_item)

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_least": at_least,
                "customers": customers,
                "eligible": eligible,
                "label": label,
                "month": month,
                "percent": percent,
                "picked": picked,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_picked_customer import SlaPickedCustomer  # noqa: PLC0415

        d = dict(src_dict)
        at_least = d.pop("at_least")

        customers = d.pop("customers")

        eligible = d.pop("eligible")

        label = d.pop("label")

        month = d.pop("month")

        percent = d.pop("percent")

        picked = []
        _picked = d.pop("picked")
        for picked_item_data in _picked:
            picked_item = SlaPickedCustomer.from_dict(picked_item_data)

            picked.append(picked_item)

        rule = d.pop("rule")

        sla_mystery_shopper_pick = cls(
            at_least=at_least,
            customers=customers,
            eligible=eligible,
            label=label,
            month=month,
            percent=percent,
            picked=picked,
            rule=rule,
        )

        sla_mystery_shopper_pick.additional_properties = d
        return sla_mystery_shopper_pick

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
