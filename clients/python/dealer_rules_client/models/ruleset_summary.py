from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RulesetSummary")


@_attrs_define
class RulesetSummary:
    """
    Attributes:
        domain (str):
        has_draft (bool):
        published_hash (None | str):
        published_version (int | None):
        revision (int):
        serving_version (int | None): The version this server evaluates with now.
    """

    domain: str
    has_draft: bool
    published_hash: None | str
    published_version: int | None
    revision: int
    serving_version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        has_draft = self.has_draft

        published_hash: None | str
        published_hash = self.published_hash

        published_version: int | None
        published_version = self.published_version

        revision = self.revision

        serving_version: int | None
        serving_version = self.serving_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "has_draft": has_draft,
                "published_hash": published_hash,
                "published_version": published_version,
                "revision": revision,
                "serving_version": serving_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        has_draft = d.pop("has_draft")

        def _parse_published_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_hash = _parse_published_hash(d.pop("published_hash"))

        def _parse_published_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        published_version = _parse_published_version(d.pop("published_version"))

        revision = d.pop("revision")

        def _parse_serving_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        serving_version = _parse_serving_version(d.pop("serving_version"))

        ruleset_summary = cls(
            domain=domain,
            has_draft=has_draft,
            published_hash=published_hash,
            published_version=published_version,
            revision=revision,
            serving_version=serving_version,
        )

        ruleset_summary.additional_properties = d
        return ruleset_summary

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
