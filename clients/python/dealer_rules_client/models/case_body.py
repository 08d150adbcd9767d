from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_body_facts import CaseBodyFacts
    from ..models.case_expect_input import CaseExpectInput


T = TypeVar("T", bound="CaseBody")


@_attrs_define
class CaseBody:
    """
    Attributes:
        name (str):
        at (datetime.date | datetime.datetime | None | Unset): Evaluation time of the case.
        expect (CaseExpectInput | Unset):
        facts (CaseBodyFacts | Unset):
    """

    name: str
    at: datetime.date | datetime.datetime | None | Unset = UNSET
    expect: CaseExpectInput | Unset = UNSET
    facts: CaseBodyFacts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        elif isinstance(self.at, datetime.date):
            at = self.at.isoformat()
        else:
            at = self.at

        expect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expect, Unset):
            expect = self.expect.to_dict()

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if expect is not UNSET:
            field_dict["expect"] = expect
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_body_facts import CaseBodyFacts  # noqa: PLC0415
        from ..models.case_expect_input import CaseExpectInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_at(data: object) -> datetime.date | datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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
            return cast(datetime.date | datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        _expect = d.pop("expect", UNSET)
        expect: CaseExpectInput | Unset
        if isinstance(_expect, Unset):
            expect = UNSET
        else:
            expect = CaseExpectInput.from_dict(_expect)

        _facts = d.pop("facts", UNSET)
        facts: CaseBodyFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = CaseBodyFacts.from_dict(_facts)

        case_body = cls(
            name=name,
            at=at,
            expect=expect,
            facts=facts,
        )

        return case_body
