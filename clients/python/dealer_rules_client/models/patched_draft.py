from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.changed_value import ChangedValue
    from ..models.problem_item import ProblemItem
    from ..models.version_info import VersionInfo


T = TypeVar("T", bound="PatchedDraft")


@_attrs_define
class PatchedDraft:
    """
    Attributes:
        changes (list[ChangedValue]): The values that changed (old and new).
        draft (None | VersionInfo): The saved draft (null: nothing changed and there is no draft).
        problems (list[ProblemItem]): What validation says of the draft.
        revision (int):
        yaml (str):
    """

    changes: list[ChangedValue]
    draft: None | VersionInfo
    problems: list[ProblemItem]
    revision: int
    yaml: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.version_info import VersionInfo  # noqa: PLC0415

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        draft: dict[str, Any] | None
        if isinstance(self.draft, VersionInfo):
            draft = self.draft.to_dict()
        else:
            draft = self.draft

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        revision = self.revision

        yaml = self.yaml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changes": changes,
                "draft": draft,
                "problems": problems,
                "revision": revision,
                "yaml": yaml,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_value import ChangedValue  # noqa: PLC0415
        from ..models.problem_item import ProblemItem  # noqa: PLC0415
        from ..models.version_info import VersionInfo  # noqa: PLC0415

        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = ChangedValue.from_dict(changes_item_data)

            changes.append(changes_item)

        def _parse_draft(data: object) -> None | VersionInfo:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                draft_type_0 = VersionInfo.from_dict(data)

                return draft_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VersionInfo, data)

        draft = _parse_draft(d.pop("draft"))

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = ProblemItem.from_dict(problems_item_data)

            problems.append(problems_item)

        revision = d.pop("revision")

        yaml = d.pop("yaml")

        patched_draft = cls(
            changes=changes,
            draft=draft,
            problems=problems,
            revision=revision,
            yaml=yaml,
        )

        patched_draft.additional_properties = d
        return patched_draft

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
