from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_info_state import VersionInfoState

T = TypeVar("T", bound="VersionInfo")


@_attrs_define
class VersionInfo:
    """
    Attributes:
        author (str):
        based_on (int | None):
        comment (str):
        content_hash (str): sha256 of the YAML text.
        created_at (datetime.datetime):
        domain (str):
        group (str):
        published_at (datetime.datetime | None):
        published_by (None | str):
        state (VersionInfoState):
        updated_at (datetime.datetime):
        version (int | None): null for the draft.
    """

    author: str
    based_on: int | None
    comment: str
    content_hash: str
    created_at: datetime.datetime
    domain: str
    group: str
    published_at: datetime.datetime | None
    published_by: None | str
    state: VersionInfoState
    updated_at: datetime.datetime
    version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        based_on: int | None
        based_on = self.based_on

        comment = self.comment

        content_hash = self.content_hash

        created_at = self.created_at.isoformat()

        domain = self.domain

        group = self.group

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        state = self.state.value

        updated_at = self.updated_at.isoformat()

        version: int | None
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "based_on": based_on,
                "comment": comment,
                "content_hash": content_hash,
                "created_at": created_at,
                "domain": domain,
                "group": group,
                "published_at": published_at,
                "published_by": published_by,
                "state": state,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = d.pop("author")

        def _parse_based_on(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        based_on = _parse_based_on(d.pop("based_on"))

        comment = d.pop("comment")

        content_hash = d.pop("content_hash")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        domain = d.pop("domain")

        group = d.pop("group")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        state = VersionInfoState(d.pop("state"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        version_info = cls(
            author=author,
            based_on=based_on,
            comment=comment,
            content_hash=content_hash,
            created_at=created_at,
            domain=domain,
            group=group,
            published_at=published_at,
            published_by=published_by,
            state=state,
            updated_at=updated_at,
            version=version,
        )

        version_info.additional_properties = d
        return version_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
