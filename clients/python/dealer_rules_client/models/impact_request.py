from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impact_file import ImpactFile
    from ..models.impact_item import ImpactItem


T = TypeVar("T", bound="ImpactRequest")


@_attrs_define
class ImpactRequest:
    """
    Attributes:
        at (datetime.datetime | None | Unset): For a file's rows and items without their own: decide as if at this time.
        file (ImpactFile | None | Unset): Replay the customers of this file (one row each, columns as in bulk
            evaluation) instead of the sample.
        items (list[ImpactItem] | None | Unset): Replay these customers instead of the recorded sample.
        limit (int | None | Unset): Replay at most this many (the newest samples).
        yaml (None | str | Unset): Compare this text instead of the saved draft.
    """

    at: datetime.datetime | None | Unset = UNSET
    file: ImpactFile | None | Unset = UNSET
    items: list[ImpactItem] | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    yaml: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.impact_file import ImpactFile  # noqa: PLC0415

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, ImpactFile):
            file = self.file.to_dict()
        else:
            file = self.file

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        yaml: None | str | Unset
        if isinstance(self.yaml, Unset):
            yaml = UNSET
        else:
            yaml = self.yaml

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if file is not UNSET:
            field_dict["file"] = file
        if items is not UNSET:
            field_dict["items"] = items
        if limit is not UNSET:
            field_dict["limit"] = limit
        if yaml is not UNSET:
            field_dict["yaml"] = yaml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_file import ImpactFile  # noqa: PLC0415
        from ..models.impact_item import ImpactItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        def _parse_file(data: object) -> ImpactFile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = ImpactFile.from_dict(data)

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImpactFile | None | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_items(data: object) -> list[ImpactItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ImpactItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImpactItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_yaml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yaml = _parse_yaml(d.pop("yaml", UNSET))

        impact_request = cls(
            at=at,
            file=file,
            items=items,
            limit=limit,
            yaml=yaml,
        )

        return impact_request
