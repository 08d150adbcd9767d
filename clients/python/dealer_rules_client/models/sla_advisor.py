from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaAdvisor")


@_attrs_define
class SlaAdvisor:
    """A sales or service advisor and the customer ratings of the award period.

    Attributes:
        advisor_id (str): The advisor.
        average_rating (float | None | Unset): Derived: the mean rating, 1-5 stars, truncated (not rounded) to 0.01, so
            4.795 counts as 4.79; empty without ratings.
        rating_count (int | None | Unset): Derived: how many ratings.
        ratings (list[int] | Unset): Customer ratings in the award period, 1-5 stars each.
    """

    advisor_id: str
    average_rating: float | None | Unset = UNSET
    rating_count: int | None | Unset = UNSET
    ratings: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        advisor_id = self.advisor_id

        average_rating: float | None | Unset
        if isinstance(self.average_rating, Unset):
            average_rating = UNSET
        else:
            average_rating = self.average_rating

        rating_count: int | None | Unset
        if isinstance(self.rating_count, Unset):
            rating_count = UNSET
        else:
            rating_count = self.rating_count

        ratings: list[int] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = self.ratings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "advisor_id": advisor_id,
            }
        )
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if rating_count is not UNSET:
            field_dict["rating_count"] = rating_count
        if ratings is not UNSET:
            field_dict["ratings"] = ratings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advisor_id = d.pop("advisor_id")

        def _parse_average_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_rating = _parse_average_rating(d.pop("average_rating", UNSET))

        def _parse_rating_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating_count = _parse_rating_count(d.pop("rating_count", UNSET))

        ratings = cast(list[int], d.pop("ratings", UNSET))

        sla_advisor = cls(
            advisor_id=advisor_id,
            average_rating=average_rating,
            rating_count=rating_count,
            ratings=ratings,
        )

        return sla_advisor
