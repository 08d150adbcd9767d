from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.case_expect_output import CaseExpectOutput
    from ..models.case_item_facts import CaseItemFacts


T = TypeVar("T", bound="CaseItem")


@_attrs_define
class CaseItem:
    """
    Attributes:
        at (datetime.date | datetime.datetime | None):
        expect (CaseExpectOutput):
        facts (CaseItemFacts):
        failures (list[str]): Why it fails, in the request's language.
        name (str):
        number (int): 1-based position in the ruleset's tests.
        passed (bool):
        rules (list[str]): Rule ids its failures are about.
    """

    at: datetime.date | datetime.datetime | None
    expect: CaseExpectOutput
    facts: CaseItemFacts
    failures: list[str]
    name: str
    number: int
    passed: bool
    rules: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at: None | str
        if isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        elif isinstance(self.at, datetime.date):
            at = self.at.isoformat()
        else:
            at = self.at

        expect = self.expect.to_dict()

        facts = self.facts.to_dict()

        failures = self.failures

        name = self.name

        number = self.number

        passed = self.passed

        rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "expect": expect,
                "facts": facts,
                "failures": failures,
                "name": name,
                "number": number,
                "passed": passed,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_expect_output import CaseExpectOutput  # noqa: PLC0415
        from ..models.case_item_facts import CaseItemFacts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_at(data: object) -> datetime.date | datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_1 = datetime.date.fromisoformat(data)

                return at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None, data)

        at = _parse_at(d.pop("at"))

        expect = CaseExpectOutput.from_dict(d.pop("expect"))

        facts = CaseItemFacts.from_dict(d.pop("facts"))

        failures = cast(list[str], d.pop("failures"))

        name = d.pop("name")

        number = d.pop("number")

        passed = d.pop("passed")

        rules = cast(list[str], d.pop("rules"))

        case_item = cls(
            at=at,
            expect=expect,
            facts=facts,
            failures=failures,
            name=name,
            number=number,
            passed=passed,
            rules=rules,
        )

        case_item.additional_properties = d
        return case_item

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
