from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_parts_item import BatchPartsItem


T = TypeVar("T", bound="BatchPartsRequest")


@_attrs_define
class BatchPartsRequest:
    """
    Attributes:
        items (list[BatchPartsItem]):
        at (datetime.datetime | None | Unset): The time for items that give none.
        explain (bool | Unset): Default: `false`.
    """

    items: list[BatchPartsItem]
    at: datetime.datetime | None | Unset = UNSET
    explain: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
                "items": items,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if explain is not UNSET:
            field_dict["explain"] = explain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_parts_item import BatchPartsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BatchPartsItem.from_dict(items_item_data)

            items.append(items_item)

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

        batch_parts_request = cls(
            items=items,
            at=at,
            explain=explain,
        )

        return batch_parts_request
