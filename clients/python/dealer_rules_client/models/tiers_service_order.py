from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tiers_service_order_kind import TiersServiceOrderKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TiersServiceOrder")


@_attrs_define
class TiersServiceOrder:
    """The service order at the counter, not paid yet: what the rules price.

    Attributes:
        booked_in_app (bool | Unset): The visit was booked in the dealer's app. Default: `false`.
        distance_km (float | None | Unset): Distance from the customer's pick-up address to the store, km; empty when
            unknown.
        kind (TiersServiceOrderKind | Unset): Kind of work: maintenance (保养), repair (维修), bodywork (钣喷) or inspection
            (检测). Default: `maintenance`.
        labour_amount (str | Unset): Labour charges before any discount, CNY (工时费). Default: `0.00`.
        parts_amount (str | Unset): Parts and materials before any discount, CNY. Default: `0.00`.
    """

    booked_in_app: bool | Unset = UNSET
    distance_km: float | None | Unset = UNSET
    kind: TiersServiceOrderKind | Unset = UNSET
    labour_amount: str | Unset = UNSET
    parts_amount: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        booked_in_app = self.booked_in_app

        distance_km: float | None | Unset
        if isinstance(self.distance_km, Unset):
            distance_km = UNSET
        else:
            distance_km = self.distance_km

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        labour_amount = self.labour_amount

        parts_amount = self.parts_amount

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if booked_in_app is not UNSET:
            field_dict["booked_in_app"] = booked_in_app
        if distance_km is not UNSET:
            field_dict["distance_km"] = distance_km
        if kind is not UNSET:
            field_dict["kind"] = kind
        if labour_amount is not UNSET:
            field_dict["labour_amount"] = labour_amount
        if parts_amount is not UNSET:
            field_dict["parts_amount"] = parts_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booked_in_app = d.pop("booked_in_app", UNSET)

        def _parse_distance_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distance_km = _parse_distance_km(d.pop("distance_km", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: TiersServiceOrderKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TiersServiceOrderKind(_kind)

        labour_amount = d.pop("labour_amount", UNSET)

        parts_amount = d.pop("parts_amount", UNSET)

        tiers_service_order = cls(
            booked_in_app=booked_in_app,
            distance_km=distance_km,
            kind=kind,
            labour_amount=labour_amount,
            parts_amount=parts_amount,
        )

        return tiers_service_order
