from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_item_detail import AuditItemDetail


T = TypeVar("T", bound="AuditItem")


@_attrs_define
class AuditItem:
    """
    Attributes:
        action (str):
        actor (str):
        after_hash (None | str):
        at (datetime.datetime):
        before_hash (None | str):
        detail (AuditItemDetail):
        domain (None | str):
        group (None | str):
        id (int):
        request_id (None | str):
        version (int | None):
    """

    action: str
    actor: str
    after_hash: None | str
    at: datetime.datetime
    before_hash: None | str
    detail: AuditItemDetail
    domain: None | str
    group: None | str
    id: int
    request_id: None | str
    version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor

        after_hash: None | str
        after_hash = self.after_hash

        at = self.at.isoformat()

        before_hash: None | str
        before_hash = self.before_hash

        detail = self.detail.to_dict()

        domain: None | str
        domain = self.domain

        group: None | str
        group = self.group

        id = self.id

        request_id: None | str
        request_id = self.request_id

        version: int | None
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "after_hash": after_hash,
                "at": at,
                "before_hash": before_hash,
                "detail": detail,
                "domain": domain,
                "group": group,
                "id": id,
                "request_id": request_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_item_detail import AuditItemDetail  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        def _parse_after_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        after_hash = _parse_after_hash(d.pop("after_hash"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_before_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        before_hash = _parse_before_hash(d.pop("before_hash"))

        detail = AuditItemDetail.from_dict(d.pop("detail"))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        def _parse_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group = _parse_group(d.pop("group"))

        id = d.pop("id")

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        audit_item = cls(
            action=action,
            actor=actor,
            after_hash=after_hash,
            at=at,
            before_hash=before_hash,
            detail=detail,
            domain=domain,
            group=group,
            id=id,
            request_id=request_id,
            version=version,
        )

        audit_item.additional_properties = d
        return audit_item

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
