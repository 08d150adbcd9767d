from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_info_section import ParameterInfoSection

if TYPE_CHECKING:
    from ..models.parameter_info_constraints import ParameterInfoConstraints


T = TypeVar("T", bound="ParameterInfo")


@_attrs_define
class ParameterInfo:
    """One value staff may change (docs/parameters.md).

    Attributes:
        action (None | str):
        action_title_en (None | str):
        action_title_zh (None | str):
        address (str): Stable address, e.g. rule:silver_member/discount_labour/percent.
        advanced (bool): An identifier (a code) staff rarely change.
        call (int | None): Which call of the action in its rule, 1-based.
        choices (list[Any] | None):
        constraints (ParameterInfoConstraints): ge, gt, le, lt, min_length, max_length, pattern.
        default (Any):
        description_en (str):
        description_zh (str):
        kind (str): number, integer, money, percent, text, code, choice, boolean, date, datetime or time.
        line (int | None): The value's line in the YAML.
        name (str): The name in the request's language.
        name_en (str):
        name_zh (str):
        param (None | str):
        present (bool): Written in the YAML (false: the default applies).
        required (bool):
        rule_id (None | str):
        rule_title (None | str):
        section (ParameterInfoSection):
        unit (str): Unit as Chinese staff read it: %, 元, 倍, 天, km, 个月 ...
        unit_en (str):
        value (Any): The current value (the default when not written).
    """

    action: None | str
    action_title_en: None | str
    action_title_zh: None | str
    address: str
    advanced: bool
    call: int | None
    choices: list[Any] | None
    constraints: ParameterInfoConstraints
    default: Any
    description_en: str
    description_zh: str
    kind: str
    line: int | None
    name: str
    name_en: str
    name_zh: str
    param: None | str
    present: bool
    required: bool
    rule_id: None | str
    rule_title: None | str
    section: ParameterInfoSection
    unit: str
    unit_en: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str
        action = self.action

        action_title_en: None | str
        action_title_en = self.action_title_en

        action_title_zh: None | str
        action_title_zh = self.action_title_zh

        address = self.address

        advanced = self.advanced

        call: int | None
        call = self.call

        choices: list[Any] | None
        if isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        constraints = self.constraints.to_dict()

        default = self.default

        description_en = self.description_en

        description_zh = self.description_zh

        kind = self.kind

        line: int | None
        line = self.line

        name = self.name

        name_en = self.name_en

        name_zh = self.name_zh

        param: None | str
        param = self.param

        present = self.present

        required = self.required

        rule_id: None | str
        rule_id = self.rule_id

        rule_title: None | str
        rule_title = self.rule_title

        section = self.section.value

        unit = self.unit

        unit_en = self.unit_en

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "action_title_en": action_title_en,
                "action_title_zh": action_title_zh,
                "address": address,
                "advanced": advanced,
                "call": call,
                "choices": choices,
                "constraints": constraints,
                "default": default,
                "description_en": description_en,
                "description_zh": description_zh,
                "kind": kind,
                "line": line,
                "name": name,
                "name_en": name_en,
                "name_zh": name_zh,
                "param": param,
                "present": present,
                "required": required,
                "rule_id": rule_id,
                "rule_title": rule_title,
                "section": section,
                "unit": unit,
                "unit_en": unit_en,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parameter_info_constraints import ParameterInfoConstraints  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))

        def _parse_action_title_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_title_en = _parse_action_title_en(d.pop("action_title_en"))

        def _parse_action_title_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_title_zh = _parse_action_title_zh(d.pop("action_title_zh"))

        address = d.pop("address")

        advanced = d.pop("advanced")

        def _parse_call(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        call = _parse_call(d.pop("call"))

        def _parse_choices(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = cast(list[Any], data)

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        choices = _parse_choices(d.pop("choices"))

        constraints = ParameterInfoConstraints.from_dict(d.pop("constraints"))

        default = d.pop("default")

        description_en = d.pop("description_en")

        description_zh = d.pop("description_zh")

        kind = d.pop("kind")

        def _parse_line(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        line = _parse_line(d.pop("line"))

        name = d.pop("name")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        def _parse_param(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        param = _parse_param(d.pop("param"))

        present = d.pop("present")

        required = d.pop("required")

        def _parse_rule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule_id = _parse_rule_id(d.pop("rule_id"))

        def _parse_rule_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule_title = _parse_rule_title(d.pop("rule_title"))

        section = ParameterInfoSection(d.pop("section"))

        unit = d.pop("unit")

        unit_en = d.pop("unit_en")

        value = d.pop("value")

        parameter_info = cls(
            action=action,
            action_title_en=action_title_en,
            action_title_zh=action_title_zh,
            address=address,
            advanced=advanced,
            call=call,
            choices=choices,
            constraints=constraints,
            default=default,
            description_en=description_en,
            description_zh=description_zh,
            kind=kind,
            line=line,
            name=name,
            name_en=name_en,
            name_zh=name_zh,
            param=param,
            present=present,
            required=required,
            rule_id=rule_id,
            rule_title=rule_title,
            section=section,
            unit=unit,
            unit_en=unit_en,
            value=value,
        )

        parameter_info.additional_properties = d
        return parameter_info

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
