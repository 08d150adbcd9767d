from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.impact_example_changes import ImpactExampleChanges
    from ..models.impact_example_facts import ImpactExampleFacts


T = TypeVar("T", bound="ImpactExample")


@_attrs_define
class ImpactExample:
    """
    Attributes:
        at (datetime.datetime | None): The instant it was decided at.
        changes (ImpactExampleChanges): Each changed result field: [before, after].
        error_after (None | str):
        error_before (None | str):
        facts (ImpactExampleFacts): The customer's facts as recorded (personal fields masked), to try again.
    """

    at: datetime.datetime | None
    changes: ImpactExampleChanges
    error_after: None | str
    error_before: None | str
    facts: ImpactExampleFacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at: None | str
        if isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        changes = self.changes.to_dict()

        error_after: None | str
        error_after = self.error_after

        error_before: None | str
        error_before = self.error_before

        facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "changes": changes,
                "error_after": error_after,
                "error_before": error_before,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_example_changes import ImpactExampleChanges  # noqa: PLC0415
        from ..models.impact_example_facts import ImpactExampleFacts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        at = _parse_at(d.pop("at"))

        changes = ImpactExampleChanges.from_dict(d.pop("changes"))

        def _parse_error_after(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_after = _parse_error_after(d.pop("error_after"))

        def _parse_error_before(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_before = _parse_error_before(d.pop("error_before"))

        facts = ImpactExampleFacts.from_dict(d.pop("facts"))

        impact_example = cls(
            at=at,
            changes=changes,
            error_after=error_after,
            error_before=error_before,
            facts=facts,
        )

        impact_example.additional_properties = d
        return impact_example

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
