from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConditionPart")


@_attrs_define
class ConditionPart:
    """One part of a rule's condition as it was judged: what was looked at, what it was
    compared with, and whether it held. `and`/`or`/`not`/`any`/`all` nest.

        Attributes:
            actual (Any): Its value (money and decimals as text, e.g. "9999.99"); null when not given.
            condition (str): This part as written (constants by name).
            expected (Any): What it was compared with, constants resolved to their value (e.g. "10000").
            expected_label (None | str): Its name in the request's language, e.g. "金卡门槛" (English: "gold threshold
                gold_min_spend").
            expected_name (None | str): The constant or fact the expected value came from, e.g. gold_min_spend.
            index (int | None): kind item: the list item's position (1-based).
            items (list[ConditionPart]): The parts of and/or/not/any/all.
            kind (str): compare, in, text, exists, and, or, not, any, all, item (one list item inside any/all) or constant.
            label (None | str): The fact's name in the request's language.
            met (bool): Whether this part held.
            operator (None | str): ==, !=, <, <=, >, >=, in, not in, matches, startswith, endswith, contains, exists, not
                exists.
            path (None | str): The fact looked at, e.g. customer.trailing_service_spend (an expression when it is computed).
            said (str): This part in plain words, in the request's language (Accept-Language), e.g. "近12个月保养消费 9,999.99 元 <
                金卡门槛 10,000 元：未满足".
    """

    actual: Any
    condition: str
    expected: Any
    expected_label: None | str
    expected_name: None | str
    index: int | None
    items: list[ConditionPart]
    kind: str
    label: None | str
    met: bool
    operator: None | str
    path: None | str
    said: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual = self.actual

        condition = self.condition

        expected = self.expected

        expected_label: None | str
        expected_label = self.expected_label

        expected_name: None | str
        expected_name = self.expected_name

        index: int | None
        index = self.index

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        kind = self.kind

        label: None | str
        label = self.label

        met = self.met

        operator: None | str
        operator = self.operator

        path: None | str
        path = self.path

        said = self.said

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actual": actual,
                "condition": condition,
                "expected": expected,
                "expected_label": expected_label,
                "expected_name": expected_name,
                "index": index,
                "items": items,
                "kind": kind,
                "label": label,
                "met": met,
                "operator": operator,
                "path": path,
                "said": said,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actual = d.pop("actual")

        condition = d.pop("condition")

        expected = d.pop("expected")

        def _parse_expected_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected_label = _parse_expected_label(d.pop("expected_label"))

        def _parse_expected_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected_name = _parse_expected_name(d.pop("expected_name"))

        def _parse_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        index = _parse_index(d.pop("index"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ConditionPart.from_dict(items_item_data)

            items.append(items_item)

        kind = d.pop("kind")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        met = d.pop("met")

        def _parse_operator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operator = _parse_operator(d.pop("operator"))

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path"))

        said = d.pop("said")

        condition_part = cls(
            actual=actual,
            condition=condition,
            expected=expected,
            expected_label=expected_label,
            expected_name=expected_name,
            index=index,
            items=items,
            kind=kind,
            label=label,
            met=met,
            operator=operator,
            path=path,
            said=said,
        )

        condition_part.additional_properties = d
        return condition_part

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
