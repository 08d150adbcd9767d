from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_body import CaseBody


T = TypeVar("T", bound="CaseWrite")


@_attrs_define
class CaseWrite:
    """
    Attributes:
        case (CaseBody):
        revision (int): The revision you read.
        comment (str | Unset): Default: empty.
    """

    case: CaseBody
    revision: int
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        case = self.case.to_dict()

        revision = self.revision

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case": case,
                "revision": revision,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_body import CaseBody  # noqa: PLC0415

        d = dict(src_dict)
        case = CaseBody.from_dict(d.pop("case"))

        revision = d.pop("revision")

        comment = d.pop("comment", UNSET)

        case_write = cls(
            case=case,
            revision=revision,
            comment=comment,
        )

        return case_write
