from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parts_stocked_part import PartsStockedPart


T = TypeVar("T", bound="PartsFacts")


@_attrs_define
class PartsFacts:
    """A store's stocked parts, to check against the reorder rule.

    Attributes:
        parts (list[PartsStockedPart] | Unset): The parts to check.
        store_id (None | str | Unset): The store (for the caller's reference).
    """

    parts: list[PartsStockedPart] | Unset = UNSET
    store_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        store_id: None | str | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parts is not UNSET:
            field_dict["parts"] = parts
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parts_stocked_part import PartsStockedPart  # noqa: PLC0415

        d = dict(src_dict)
        _parts = d.pop("parts", UNSET)
        parts: list[PartsStockedPart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = PartsStockedPart.from_dict(parts_item_data)

                parts.append(parts_item)

        def _parse_store_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        parts_facts = cls(
            parts=parts,
            store_id=store_id,
        )

        return parts_facts
