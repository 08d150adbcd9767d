from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.new_group_locale import NewGroupLocale
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewGroup")


@_attrs_define
class NewGroup:
    """
    Attributes:
        id (str):
        name (str):
        locale (NewGroupLocale | Unset): Default: `zh-CN`.
        parent (None | str | Unset): An existing group whose rulesets this group's may `extends` (besides `default`).
        timezone (str | Unset): An IANA time zone name, e.g. Asia/Shanghai. Default: `Asia/Shanghai`.
    """

    id: str
    name: str
    locale: NewGroupLocale | Unset = UNSET
    parent: None | str | Unset = UNSET
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if parent is not UNSET:
            field_dict["parent"] = parent
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _locale = d.pop("locale", UNSET)
        locale: NewGroupLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = NewGroupLocale(_locale)

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        timezone = d.pop("timezone", UNSET)

        new_group = cls(
            id=id,
            name=name,
            locale=locale,
            parent=parent,
            timezone=timezone,
        )

        return new_group
