from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseOutcome")


@_attrs_define
class CaseOutcome:
    """
    Attributes:
        domain (str):
        failures (list[str]):
        group (str):
        name (str):
        passed (bool):
    """

    domain: str
    failures: list[str]
    group: str
    name: str
    passed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        failures = self.failures

        group = self.group

        name = self.name

        passed = self.passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "failures": failures,
                "group": group,
                "name": name,
                "passed": passed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        failures = cast(list[str], d.pop("failures"))

        group = d.pop("group")

        name = d.pop("name")

        passed = d.pop("passed")

        case_outcome = cls(
            domain=domain,
            failures=failures,
            group=group,
            name=name,
            passed=passed,
        )

        case_outcome.additional_properties = d
        return case_outcome

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
