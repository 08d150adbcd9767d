from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition_part import ConditionPart


T = TypeVar("T", bound="RuleExplanation")


@_attrs_define
class RuleExplanation:
    """Why one rule applied or did not, with its condition judged part by part.

    Attributes:
        applied (bool):
        condition (ConditionPart | None): The condition judged part by part (null for a disabled rule).
        id (str):
        reason (None | str): When it did not apply: condition, disabled, outside_window, excluded or hit_policy_first.
        said (str): In plain words, in the request's language.
        title (str):
    """

    applied: bool
    condition: ConditionPart | None
    id: str
    reason: None | str
    said: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_part import ConditionPart  # noqa: PLC0415

        applied = self.applied

        condition: dict[str, Any] | None
        if isinstance(self.condition, ConditionPart):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        id = self.id

        reason: None | str
        reason = self.reason

        said = self.said

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied": applied,
                "condition": condition,
                "id": id,
                "reason": reason,
                "said": said,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_part import ConditionPart  # noqa: PLC0415

        d = dict(src_dict)
        applied = d.pop("applied")

        def _parse_condition(data: object) -> ConditionPart | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ConditionPart.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionPart | None, data)

        condition = _parse_condition(d.pop("condition"))

        id = d.pop("id")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        said = d.pop("said")

        title = d.pop("title")

        rule_explanation = cls(
            applied=applied,
            condition=condition,
            id=id,
            reason=reason,
            said=said,
            title=title,
        )

        rule_explanation.additional_properties = d
        return rule_explanation

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
