from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offers_part_advice_track import OffersPartAdviceTrack

T = TypeVar("T", bound="OffersPartAdvice")


@_attrs_define
class OffersPartAdvice:
    """Which track (OEM or aftermarket) to offer for a part, and what to tell the customer.

    Attributes:
        disclosure (str): Aftermarket: what the customer must be told about fit and price, in Chinese. Default: ''.
        label (str):
        name (str): The part's name shown to the customer.
        part (str): Part code.
        price (None | str): Price on this track, CNY.
        saving (None | str): Aftermarket: saving against OEM, CNY.
        track (OffersPartAdviceTrack):
    """

    label: str
    name: str
    part: str
    price: None | str
    saving: None | str
    track: OffersPartAdviceTrack
    disclosure: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disclosure = self.disclosure

        label = self.label

        name = self.name

        part = self.part

        price: None | str
        price = self.price

        saving: None | str
        saving = self.saving

        track = self.track.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disclosure": disclosure,
                "label": label,
                "name": name,
                "part": part,
                "price": price,
                "saving": saving,
                "track": track,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disclosure = d.pop("disclosure")

        label = d.pop("label")

        name = d.pop("name")

        part = d.pop("part")

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price = _parse_price(d.pop("price"))

        def _parse_saving(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        saving = _parse_saving(d.pop("saving"))

        track = OffersPartAdviceTrack(d.pop("track"))

        offers_part_advice = cls(
            disclosure=disclosure,
            label=label,
            name=name,
            part=part,
            price=price,
            saving=saving,
            track=track,
        )

        offers_part_advice.additional_properties = d
        return offers_part_advice

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
