from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptRequest")


@_attrs_define
class AcceptRequest:
    """
    Attributes:
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
        preview (bool | Unset): Only say what would change; save nothing. Default: `false`.
    """

    revision: int
    comment: str | Unset = UNSET
    preview: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        comment = self.comment

        preview = self.preview

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "revision": revision,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revision = d.pop("revision")

        comment = d.pop("comment", UNSET)

        preview = d.pop("preview", UNSET)

        accept_request = cls(
            revision=revision,
            comment=comment,
            preview=preview,
        )

        return accept_request
