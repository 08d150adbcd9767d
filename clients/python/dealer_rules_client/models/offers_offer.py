from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offers_offer_kind import OffersOfferKind

if TYPE_CHECKING:
    from ..models.offers_item import OffersItem


T = TypeVar("T", bound="OffersOffer")


@_attrs_define
class OffersOffer:
    """Something to put on the table, in the order it should be offered.

    Attributes:
        code (str):
        components (list[OffersItem]):
        kind (OffersOfferKind): value_package, financing, cash_discount (the negotiation ladder), extended_warranty,
            maintenance_package, care_package, trade_in.
        label (str): What the customer is told, in Chinese.
        rule (str): The rule that made the offer. Default: ''.
        script (str): What to say, in Chinese. Default: ''.
        step (int | None): Negotiation ladder step: 1 value package, 2 financing, 3 cash discount; none after the sale.
        worth (None | str): What it is worth to the customer, CNY; none when it has no cash value.
    """

    code: str
    components: list[OffersItem]
    kind: OffersOfferKind
    label: str
    step: int | None
    worth: None | str
    rule: str = ""
    script: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        kind = self.kind.value

        label = self.label

        rule = self.rule

        script = self.script

        step: int | None
        step = self.step

        worth: None | str
        worth = self.worth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "components": components,
                "kind": kind,
                "label": label,
                "rule": rule,
                "script": script,
                "step": step,
                "worth": worth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_item import OffersItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = OffersItem.from_dict(components_item_data)

            components.append(components_item)

        kind = OffersOfferKind(d.pop("kind"))

        label = d.pop("label")

        rule = d.pop("rule")

        script = d.pop("script")

        def _parse_step(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        step = _parse_step(d.pop("step"))

        def _parse_worth(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        worth = _parse_worth(d.pop("worth"))

        offers_offer = cls(
            code=code,
            components=components,
            kind=kind,
            label=label,
            rule=rule,
            script=script,
            step=step,
            worth=worth,
        )

        offers_offer.additional_properties = d
        return offers_offer

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
