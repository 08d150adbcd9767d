from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.problem_item import ProblemItem
    from ..models.version_info import VersionInfo


T = TypeVar("T", bound="SavedDraft")


@_attrs_define
class SavedDraft:
    """
    Attributes:
        draft (VersionInfo):
        problems (list[ProblemItem]): What validation says of the saved text.
        revision (int):
    """

    draft: VersionInfo
    problems: list[ProblemItem]
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft = self.draft.to_dict()

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
                "problems": problems,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_item import ProblemItem  # noqa: PLC0415
        from ..models.version_info import VersionInfo  # noqa: PLC0415

        d = dict(src_dict)
        draft = VersionInfo.from_dict(d.pop("draft"))

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = ProblemItem.from_dict(problems_item_data)

            problems.append(problems_item)

        revision = d.pop("revision")

        saved_draft = cls(
            draft=draft,
            problems=problems,
            revision=revision,
        )

        saved_draft.additional_properties = d
        return saved_draft

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
