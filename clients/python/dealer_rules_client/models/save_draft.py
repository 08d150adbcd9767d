from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveDraft")


@_attrs_define
class SaveDraft:
    """
    Attributes:
        revision (int): The revision you read (0 for a new ruleset).
        yaml (str):
        comment (str | Unset): Default: empty.
    """

    revision: int
    yaml: str
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        yaml = self.yaml

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
                "yaml": yaml,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revision = d.pop("revision")

        yaml = d.pop("yaml")

        comment = d.pop("comment", UNSET)

        save_draft = cls(
            revision=revision,
            yaml=yaml,
            comment=comment,
        )

        return save_draft
