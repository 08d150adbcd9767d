from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.semantic_change_kind import SemanticChangeKind

T = TypeVar("T", bound="SemanticChange")


@_attrs_define
class SemanticChange:
    """One change in business words (core/semantic_diff.py).

    Attributes:
        address (str): What changed: constant:<name>, setting:<name>, rule:<id>, rule:<id>/when,
            rule:<id>/<action>/<param>…
        kind (SemanticChangeKind):
        new (Any): The value after (null: not there).
        old (Any): The value before (null: not there).
        rule (None | str):
        text (str): The change in words, in the Accept-Language language: 银卡会员 · 工时费折扣 10% → 12%.
    """

    address: str
    kind: SemanticChangeKind
    new: Any
    old: Any
    rule: None | str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        kind = self.kind.value

        new = self.new

        old = self.old

        rule: None | str
        rule = self.rule

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "kind": kind,
                "new": new,
                "old": old,
                "rule": rule,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        kind = SemanticChangeKind(d.pop("kind"))

        new = d.pop("new")

        old = d.pop("old")

        def _parse_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule = _parse_rule(d.pop("rule"))

        text = d.pop("text")

        semantic_change = cls(
            address=address,
            kind=kind,
            new=new,
            old=old,
            rule=rule,
            text=text,
        )

        semantic_change.additional_properties = d
        return semantic_change

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
