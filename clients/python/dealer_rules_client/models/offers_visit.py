from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.offers_visit_kind import OffersVisitKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offers_part_needed import OffersPartNeeded


T = TypeVar("T", bound="OffersVisit")


@_attrs_define
class OffersVisit:
    """A workshop visit now.

    Attributes:
        kind (OffersVisitKind): Routine maintenance (保养) or a repair.
        parts (list[OffersPartNeeded] | Unset): Parts to be fitted.
    """

    kind: OffersVisitKind
    parts: list[OffersPartNeeded] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_part_needed import OffersPartNeeded  # noqa: PLC0415

        d = dict(src_dict)
        kind = OffersVisitKind(d.pop("kind"))

        _parts = d.pop("parts", UNSET)
        parts: list[OffersPartNeeded] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = OffersPartNeeded.from_dict(parts_item_data)

                parts.append(parts_item)

        offers_visit = cls(
            kind=kind,
            parts=parts,
        )

        return offers_visit
