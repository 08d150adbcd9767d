from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OffersDeal")


@_attrs_define
class OffersDeal:
    """The negotiating table: a buyer asking for a lower price on one model.

    Attributes:
        list_price (str): The price quoted to the buyer before any discount, CNY.
        model_code (str): The model under negotiation, as keyed in the group's settings.model_floors.
        requested_discount (str): The discount the buyer asks for, CNY.
        discount_room (None | str | Unset): Derived: list_price - floor_price, CNY: the largest discount that keeps the
            price at or above the floor; missing without a floor.
        financing_declined (bool | Unset): The buyer refuses any loan or instalment plan. Default: `false`.
        floor_price (None | str | Unset): Derived: the group's floor price (底价) for model_code, CNY; missing when the
            group set none.
        package_worth (None | str | Unset): Derived: the value package's worth, CNY (settings.value_package_worth).
    """

    list_price: str
    model_code: str
    requested_discount: str
    discount_room: None | str | Unset = UNSET
    financing_declined: bool | Unset = UNSET
    floor_price: None | str | Unset = UNSET
    package_worth: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        list_price = self.list_price

        model_code = self.model_code

        requested_discount = self.requested_discount

        discount_room: None | str | Unset
        if isinstance(self.discount_room, Unset):
            discount_room = UNSET
        else:
            discount_room = self.discount_room

        financing_declined = self.financing_declined

        floor_price: None | str | Unset
        if isinstance(self.floor_price, Unset):
            floor_price = UNSET
        else:
            floor_price = self.floor_price

        package_worth: None | str | Unset
        if isinstance(self.package_worth, Unset):
            package_worth = UNSET
        else:
            package_worth = self.package_worth

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_price": list_price,
                "model_code": model_code,
                "requested_discount": requested_discount,
            }
        )
        if discount_room is not UNSET:
            field_dict["discount_room"] = discount_room
        if financing_declined is not UNSET:
            field_dict["financing_declined"] = financing_declined
        if floor_price is not UNSET:
            field_dict["floor_price"] = floor_price
        if package_worth is not UNSET:
            field_dict["package_worth"] = package_worth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_price = d.pop("list_price")

        model_code = d.pop("model_code")

        requested_discount = d.pop("requested_discount")

        def _parse_discount_room(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discount_room = _parse_discount_room(d.pop("discount_room", UNSET))

        financing_declined = d.pop("financing_declined", UNSET)

        def _parse_floor_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        floor_price = _parse_floor_price(d.pop("floor_price", UNSET))

        def _parse_package_worth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_worth = _parse_package_worth(d.pop("package_worth", UNSET))

        offers_deal = cls(
            list_price=list_price,
            model_code=model_code,
            requested_discount=requested_discount,
            discount_room=discount_room,
            financing_declined=financing_declined,
            floor_price=floor_price,
            package_worth=package_worth,
        )

        return offers_deal
