from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_case import FailedCase
    from ..models.problem_item import ProblemItem


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An error (RFC 9457 application/problem+json), in the Accept-Language language.
    Members that do not apply are left out.

        Attributes:
            code (str):
            request_id (str):
            status (int):
            title (str):
            type_ (str):
            current_revision (int | None | Unset): With 409: the revision to reload.
            errors (list[ProblemItem] | None | Unset):
            failed_cases (list[FailedCase] | None | Unset): With a refused publish.
    """

    code: str
    request_id: str
    status: int
    title: str
    type_: str
    current_revision: int | None | Unset = UNSET
    errors: list[ProblemItem] | None | Unset = UNSET
    failed_cases: list[FailedCase] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        request_id = self.request_id

        status = self.status

        title = self.title

        type_ = self.type_

        current_revision: int | None | Unset
        if isinstance(self.current_revision, Unset):
            current_revision = UNSET
        else:
            current_revision = self.current_revision

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        failed_cases: list[dict[str, Any]] | None | Unset
        if isinstance(self.failed_cases, Unset):
            failed_cases = UNSET
        elif isinstance(self.failed_cases, list):
            failed_cases = []
            for failed_cases_type_0_item_data in self.failed_cases:
                failed_cases_type_0_item = failed_cases_type_0_item_data.to_dict()
                failed_cases.append(failed_cases_type_0_item)

        else:
            failed_cases = self.failed_cases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "request_id": request_id,
                "status": status,
                "title": title,
                "type": type_,
            }
        )
        if current_revision is not UNSET:
            field_dict["current_revision"] = current_revision
        if errors is not UNSET:
            field_dict["errors"] = errors
        if failed_cases is not UNSET:
            field_dict["failed_cases"] = failed_cases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_case import FailedCase  # noqa: PLC0415
        from ..models.problem_item import ProblemItem  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        request_id = d.pop("request_id")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_current_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        current_revision = _parse_current_revision(d.pop("current_revision", UNSET))

        def _parse_errors(data: object) -> list[ProblemItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ProblemItem.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProblemItem] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_failed_cases(data: object) -> list[FailedCase] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_cases_type_0 = []
                _failed_cases_type_0 = data
                for failed_cases_type_0_item_data in _failed_cases_type_0:
                    failed_cases_type_0_item = FailedCase.from_dict(failed_cases_type_0_item_data)

                    failed_cases_type_0.append(failed_cases_type_0_item)

                return failed_cases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FailedCase] | None | Unset, data)

        failed_cases = _parse_failed_cases(d.pop("failed_cases", UNSET))

        problem = cls(
            code=code,
            request_id=request_id,
            status=status,
            title=title,
            type_=type_,
            current_revision=current_revision,
            errors=errors,
            failed_cases=failed_cases,
        )

        problem.additional_properties = d
        return problem

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
