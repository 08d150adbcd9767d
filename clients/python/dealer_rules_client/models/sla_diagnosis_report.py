from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlaDiagnosisReport")


@_attrs_define
class SlaDiagnosisReport:
    """The visual diagnosis report shown to the customer after the quick diagnosis.

    Attributes:
        estimated_cost (None | str | Unset): Estimated cost of the repair, CNY; empty until stated.
        fault_location (None | str | Unset): Where the fault is (text); empty until stated.
        repair_plan (None | str | Unset): What will be done (text); empty until stated.
    """

    estimated_cost: None | str | Unset = UNSET
    fault_location: None | str | Unset = UNSET
    repair_plan: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        estimated_cost: None | str | Unset
        if isinstance(self.estimated_cost, Unset):
            estimated_cost = UNSET
        else:
            estimated_cost = self.estimated_cost

        fault_location: None | str | Unset
        if isinstance(self.fault_location, Unset):
            fault_location = UNSET
        else:
            fault_location = self.fault_location

        repair_plan: None | str | Unset
        if isinstance(self.repair_plan, Unset):
            repair_plan = UNSET
        else:
            repair_plan = self.repair_plan

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if estimated_cost is not UNSET:
            field_dict["estimated_cost"] = estimated_cost
        if fault_location is not UNSET:
            field_dict["fault_location"] = fault_location
        if repair_plan is not UNSET:
            field_dict["repair_plan"] = repair_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_estimated_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimated_cost = _parse_estimated_cost(d.pop("estimated_cost", UNSET))

        def _parse_fault_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fault_location = _parse_fault_location(d.pop("fault_location", UNSET))

        def _parse_repair_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repair_plan = _parse_repair_plan(d.pop("repair_plan", UNSET))

        sla_diagnosis_report = cls(
            estimated_cost=estimated_cost,
            fault_location=fault_location,
            repair_plan=repair_plan,
        )

        return sla_diagnosis_report
