from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_diagnosis_report import SlaDiagnosisReport


T = TypeVar("T", bound="SlaReception")


@_attrs_define
class SlaReception:
    """A car at the service reception, waiting for its quick diagnosis.

    Attributes:
        received_at (datetime.datetime): When the car was received at the service reception, local date-time.
        diagnosed_at (datetime.datetime | None | Unset): When the quick diagnosis was finished, local date-time; empty
            while it is not.
        report (None | SlaDiagnosisReport | Unset): The visual diagnosis report so far; empty while none was written.
    """

    received_at: datetime.datetime
    diagnosed_at: datetime.datetime | None | Unset = UNSET
    report: None | SlaDiagnosisReport | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sla_diagnosis_report import SlaDiagnosisReport  # noqa: PLC0415

        received_at = self.received_at.isoformat()

        diagnosed_at: None | str | Unset
        if isinstance(self.diagnosed_at, Unset):
            diagnosed_at = UNSET
        elif isinstance(self.diagnosed_at, datetime.datetime):
            diagnosed_at = self.diagnosed_at.isoformat()
        else:
            diagnosed_at = self.diagnosed_at

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, SlaDiagnosisReport):
            report = self.report.to_dict()
        else:
            report = self.report

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received_at": received_at,
            }
        )
        if diagnosed_at is not UNSET:
            field_dict["diagnosed_at"] = diagnosed_at
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_diagnosis_report import SlaDiagnosisReport  # noqa: PLC0415

        d = dict(src_dict)
        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_diagnosed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                diagnosed_at_type_0 = datetime.datetime.fromisoformat(data)

                return diagnosed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        diagnosed_at = _parse_diagnosed_at(d.pop("diagnosed_at", UNSET))

        def _parse_report(data: object) -> None | SlaDiagnosisReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = SlaDiagnosisReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaDiagnosisReport | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        sla_reception = cls(
            received_at=received_at,
            diagnosed_at=diagnosed_at,
            report=report,
        )

        return sla_reception
