from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckRequest")


@_attrs_define
class CheckRequest:
    """
    Attributes:
        base_drafts (bool | Unset): Resolve `extends` to the base groups' drafts where they have one and the caller may
            read them; else their published versions. Default: `false`.
        yaml (None | str | Unset): Check this text instead of the saved draft.
    """

    base_drafts: bool | Unset = UNSET
    yaml: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        base_drafts = self.base_drafts

        yaml: None | str | Unset
        if isinstance(self.yaml, Unset):
            yaml = UNSET
        else:
            yaml = self.yaml

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if base_drafts is not UNSET:
            field_dict["base_drafts"] = base_drafts
        if yaml is not UNSET:
            field_dict["yaml"] = yaml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_drafts = d.pop("base_drafts", UNSET)

        def _parse_yaml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yaml = _parse_yaml(d.pop("yaml", UNSET))

        check_request = cls(
            base_drafts=base_drafts,
            yaml=yaml,
        )

        return check_request
