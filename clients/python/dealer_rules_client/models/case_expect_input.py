from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_expect_input_result import CaseExpectInputResult


T = TypeVar("T", bound="CaseExpectInput")


@_attrs_define
class CaseExpectInput:
    """
    Attributes:
        fired (list[str] | Unset): Rule ids that must apply.
        not_fired (list[str] | Unset): Rule ids that must not apply.
        result (CaseExpectInputResult | Unset): Result paths and their expected values (`order.labour_payable: 1080`,
            `benefits[*].code: [...]`, `{length: 0}`).
    """

    fired: list[str] | Unset = UNSET
    not_fired: list[str] | Unset = UNSET
    result: CaseExpectInputResult | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        fired: list[str] | Unset = UNSET
        if not isinstance(self.fired, Unset):
            fired = self.fired

        not_fired: list[str] | Unset = UNSET
        if not isinstance(self.not_fired, Unset):
            not_fired = self.not_fired

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if fired is not UNSET:
            field_dict["fired"] = fired
        if not_fired is not UNSET:
            field_dict["not_fired"] = not_fired
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_expect_input_result import CaseExpectInputResult  # noqa: PLC0415

        d = dict(src_dict)
        fired = cast(list[str], d.pop("fired", UNSET))

        not_fired = cast(list[str], d.pop("not_fired", UNSET))

        _result = d.pop("result", UNSET)
        result: CaseExpectInputResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CaseExpectInputResult.from_dict(_result)

        case_expect_input = cls(
            fired=fired,
            not_fired=not_fired,
            result=result,
        )

        return case_expect_input
