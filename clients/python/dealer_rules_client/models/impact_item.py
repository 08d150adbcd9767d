from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impact_item_facts import ImpactItemFacts


T = TypeVar("T", bound="ImpactItem")


@_attrs_define
class ImpactItem:
    """
    Attributes:
        facts (ImpactItemFacts):
        at (datetime.datetime | None | Unset): Decide as if at this time; default now.
    """

    facts: ImpactItemFacts
    at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facts": facts,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_item_facts import ImpactItemFacts  # noqa: PLC0415

        d = dict(src_dict)
        facts = ImpactItemFacts.from_dict(d.pop("facts"))

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

        impact_item = cls(
            facts=facts,
            at=at,
        )

        return impact_item
