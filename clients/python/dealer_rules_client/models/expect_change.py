from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpectChange")


@_attrs_define
class ExpectChange:
    """
    Attributes:
        new (Any): What it will expect (null: the expectation is dropped).
        old (Any): What the case expected.
        path (str): `result.<path>`, `fired` or `not_fired`.
        rule (None | str): The rule id, for fired / not_fired.
    """

    new: Any
    old: Any
    path: str
    rule: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new = self.new

        old = self.old

        path = self.path

        rule: None | str
        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new": new,
                "old": old,
                "path": path,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new = d.pop("new")

        old = d.pop("old")

        path = d.pop("path")

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        expect_change = cls(
            new=new,
            old=old,
            path=path,
            rule=rule,
        )

        expect_change.additional_properties = d
        return expect_change

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
