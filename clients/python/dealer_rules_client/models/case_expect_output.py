from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.case_expect_output_result import CaseExpectOutputResult


T = TypeVar("T", bound="CaseExpectOutput")


@_attrs_define
class CaseExpectOutput:
    """
    Attributes:
        fired (list[str]): Rule ids that must apply.
        not_fired (list[str]): Rule ids that must not apply.
        result (CaseExpectOutputResult): Result paths and their expected values (`order.labour_payable: 1080`,
            `benefits[*].code: [...]`, `{length: 0}`).
    """

    fired: list[str]
    not_fired: list[str]
    result: CaseExpectOutputResult

    def to_dict(self) -> dict[str, Any]:
        fired = self.fired

        not_fired = self.not_fired

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fired": fired,
                "not_fired": not_fired,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_expect_output_result import CaseExpectOutputResult  # noqa: PLC0415

        d = dict(src_dict)
        fired = cast(list[str], d.pop("fired"))

        not_fired = cast(list[str], d.pop("not_fired"))

        result = CaseExpectOutputResult.from_dict(d.pop("result"))

        case_expect_output = cls(
            fired=fired,
            not_fired=not_fired,
            result=result,
        )

        return case_expect_output
