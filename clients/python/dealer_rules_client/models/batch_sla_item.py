from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_facts import SlaFacts


T = TypeVar("T", bound="BatchSlaItem")


@_attrs_define
class BatchSlaItem:
    """
    Attributes:
        facts (SlaFacts): A service case, repair, order or advisor to judge against the service-level
            commitments.
        at (datetime.datetime | None | Unset):
        explain (bool | None | Unset): Default: the batch's explain.
    """

    facts: SlaFacts
    at: datetime.datetime | None | Unset = UNSET
    explain: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        explain: bool | None | Unset
        if isinstance(self.explain, Unset):
            explain = UNSET
        else:
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
        from ..models.sla_facts import SlaFacts  # noqa: PLC0415

        d = dict(src_dict)
        facts = SlaFacts.from_dict(d.pop("facts"))

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

        def _parse_explain(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        explain = _parse_explain(d.pop("explain", UNSET))

        batch_sla_item = cls(
            facts=facts,
            at=at,
            explain=explain,
        )

        return batch_sla_item
