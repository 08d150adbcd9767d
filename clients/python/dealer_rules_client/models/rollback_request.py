from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RollbackRequest")


@_attrs_define
class RollbackRequest:
    """
    Attributes:
        version (int): The version to publish again.
        comment (str | Unset): Default: empty.
        revision (int | None | Unset): If given, refuse (409) when the ruleset changed since.
    """

    version: int
    comment: str | Unset = UNSET
    revision: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        comment = self.comment

        revision: int | None | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        comment = d.pop("comment", UNSET)

        def _parse_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))

        rollback_request = cls(
            version=version,
            comment=comment,
            revision=revision,
        )

        return rollback_request
