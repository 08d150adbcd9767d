from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offers_facts import OffersFacts


T = TypeVar("T", bound="EvaluateOffersRequest")


@_attrs_define
class EvaluateOffersRequest:
    """
    Attributes:
        facts (OffersFacts): A customer and the moments that apply now; send only the sections that apply.
        at (datetime.datetime | None | Unset): Evaluate as if at this time (ISO 8601; without an offset: the group's
            zone). Default: now.
        explain (bool | Unset): Also list every rule that did not apply, and why. Default: `false`.
    """

    facts: OffersFacts
    at: datetime.datetime | None | Unset = UNSET
    explain: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        explain = self.explain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facts": facts,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if explain is not UNSET:
            field_dict["explain"] = explain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_facts import OffersFacts  # noqa: PLC0415

        d = dict(src_dict)
        facts = OffersFacts.from_dict(d.pop("facts"))

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        explain = d.pop("explain", UNSET)

        evaluate_offers_request = cls(
            facts=facts,
            at=at,
            explain=explain,
        )

        return evaluate_offers_request
