from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaRating")


@_attrs_define
class SlaRating:
    """A customer's rating of a repair order, as it arrives.

    Attributes:
        order_id (str): The repair order rated.
        stars (int): The customer's rating, 1-5 stars.
        technician_id (None | str | Unset): The technician who did the work.
    """

    order_id: str
    stars: int
    technician_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        stars = self.stars

        technician_id: None | str | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_id": order_id,
                "stars": stars,
            }
        )
        if technician_id is not UNSET:
            field_dict["technician_id"] = technician_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        stars = d.pop("stars")

        def _parse_technician_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technician_id = _parse_technician_id(d.pop("technician_id", UNSET))

        sla_rating = cls(
            order_id=order_id,
            stars=stars,
            technician_id=technician_id,
        )

        return sla_rating
