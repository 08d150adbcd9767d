from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_change import ParameterChange


T = TypeVar("T", bound="PatchParameters")


@_attrs_define
class PatchParameters:
    """
    Attributes:
        changes (list[ParameterChange]):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
    """

    changes: list[ParameterChange]
    revision: int
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        revision = self.revision

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "changes": changes,
                "revision": revision,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_change import ParameterChange  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ParameterChange.from_dict(changes_item_data)

            changes.append(changes_item)

        revision = d.pop("revision")

        comment = d.pop("comment", UNSET)

        patch_parameters = cls(
            changes=changes,
            revision=revision,
            comment=comment,
        )

        return patch_parameters
