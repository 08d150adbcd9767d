from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.case_item import CaseItem
    from ..models.problem_item import ProblemItem


T = TypeVar("T", bound="CaseList")


@_attrs_define
class CaseList:
    """
    Attributes:
        cases (list[CaseItem]):
        domain (str):
        group (str):
        problems (list[ProblemItem]): Problems of the draft (cases cannot run while there are any).
        revision (int): Send it back with a change.
    """

    cases: list[CaseItem]
    domain: str
    group: str
    problems: list[ProblemItem]
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        domain = self.domain

        group = self.group

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cases": cases,
                "domain": domain,
                "group": group,
                "problems": problems,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_item import CaseItem  # noqa: PLC0415
        from ..models.problem_item import ProblemItem  # noqa: PLC0415

        d = dict(src_dict)
        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = CaseItem.from_dict(cases_item_data)

            cases.append(cases_item)

        domain = d.pop("domain")

        group = d.pop("group")

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = ProblemItem.from_dict(problems_item_data)

            problems.append(problems_item)

        revision = d.pop("revision")

        case_list = cls(
            cases=cases,
            domain=domain,
            group=group,
            problems=problems,
            revision=revision,
        )

        case_list.additional_properties = d
        return case_list

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
