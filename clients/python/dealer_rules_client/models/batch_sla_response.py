from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_sla_result import BatchSlaResult
    from ..models.ruleset_identity import RulesetIdentity


T = TypeVar("T", bound="BatchSlaResponse")


@_attrs_define
class BatchSlaResponse:
    """
    Attributes:
        failed (int):
        next_change_at (datetime.datetime | None): The earliest next_change_at of the items' decisions: from then on at
            least one item gets a different answer, so send the batch again then. Null when no item has a change scheduled.
        results (list[BatchSlaResult]):
        ruleset (RulesetIdentity):
        succeeded (int):
    """

    failed: int
    next_change_at: datetime.datetime | None
    results: list[BatchSlaResult]
    ruleset: RulesetIdentity
    succeeded: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        next_change_at: None | str
        if isinstance(self.next_change_at, datetime.datetime):
            next_change_at = self.next_change_at.isoformat()
        else:
            next_change_at = self.next_change_at

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        ruleset = self.ruleset.to_dict()

        succeeded = self.succeeded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed": failed,
                "next_change_at": next_change_at,
                "results": results,
                "ruleset": ruleset,
                "succeeded": succeeded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_sla_result import BatchSlaResult  # noqa: PLC0415
        from ..models.ruleset_identity import RulesetIdentity  # noqa: PLC0415

        d = dict(src_dict)
        failed = d.pop("failed")

        def _parse_next_change_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_change_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_change_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_change_at = _parse_next_change_at(d.pop("next_change_at"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = BatchSlaResult.from_dict(results_item_data)

            results.append(results_item)

        ruleset = RulesetIdentity.from_dict(d.pop("ruleset"))

        succeeded = d.pop("succeeded")

        batch_sla_response = cls(
            failed=failed,
            next_change_at=next_change_at,
            results=results,
            ruleset=ruleset,
            succeeded=succeeded,
        )

        batch_sla_response.additional_properties = d
        return batch_sla_response

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
