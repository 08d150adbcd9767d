from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OffersPartNeeded")


@_attrs_define
class OffersPartNeeded:
    """A part the workshop is about to fit.

    Attributes:
        code (str): Part code, e.g. wiper_blades, air_filter, brake_pads.
        name (str): The part's name shown to the customer, e.g. 雨刮片.
        aftermarket_fits (bool | Unset): The parts catalogue confirms the aftermarket part fits this vehicle. Default:
            `false`.
        aftermarket_option (bool | None | Unset): Derived: a non-core part whose aftermarket alternative fits and costs
            less than the OEM part.
        aftermarket_price (None | str | Unset): Price of the aftermarket (副厂) alternative, CNY.
        aftermarket_saving (None | str | Unset): Derived: oem_price - aftermarket_price, CNY, when both are known.
        core (bool | None | Unset): Derived: not listed in settings.non_core_parts.
        oem_price (None | str | Unset): Price of the OEM (原厂) part, CNY.
    """

    code: str
    name: str
    aftermarket_fits: bool | Unset = UNSET
    aftermarket_option: bool | None | Unset = UNSET
    aftermarket_price: None | str | Unset = UNSET
    aftermarket_saving: None | str | Unset = UNSET
    core: bool | None | Unset = UNSET
    oem_price: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        aftermarket_fits = self.aftermarket_fits

        aftermarket_option: bool | None | Unset
        if isinstance(self.aftermarket_option, Unset):
            aftermarket_option = UNSET
        else:
            aftermarket_option = self.aftermarket_option

        aftermarket_price: None | str | Unset
        if isinstance(self.aftermarket_price, Unset):
            aftermarket_price = UNSET
        else:
            aftermarket_price = self.aftermarket_price

        aftermarket_saving: None | str | Unset
        if isinstance(self.aftermarket_saving, Unset):
            aftermarket_saving = UNSET
        else:
            aftermarket_saving = self.aftermarket_saving

        core: bool | None | Unset
        if isinstance(self.core, Unset):
            core = UNSET
        else:
            core = self.core

        oem_price: None | str | Unset
        if isinstance(self.oem_price, Unset):
            oem_price = UNSET
        else:
            oem_price = self.oem_price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if aftermarket_fits is not UNSET:
            field_dict["aftermarket_fits"] = aftermarket_fits
        if aftermarket_option is not UNSET:
            field_dict["aftermarket_option"] = aftermarket_option
        if aftermarket_price is not UNSET:
            field_dict["aftermarket_price"] = aftermarket_price
        if aftermarket_saving is not UNSET:
            field_dict["aftermarket_saving"] = aftermarket_saving
        if core is not UNSET:
            field_dict["core"] = core
        if oem_price is not UNSET:
            field_dict["oem_price"] = oem_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        aftermarket_fits = d.pop("aftermarket_fits", UNSET)

        def _parse_aftermarket_option(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        aftermarket_option = _parse_aftermarket_option(d.pop("aftermarket_option", UNSET))

        def _parse_aftermarket_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aftermarket_price = _parse_aftermarket_price(d.pop("aftermarket_price", UNSET))

        def _parse_aftermarket_saving(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aftermarket_saving = _parse_aftermarket_saving(d.pop("aftermarket_saving", UNSET))

        def _parse_core(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        core = _parse_core(d.pop("core", UNSET))

        def _parse_oem_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oem_price = _parse_oem_price(d.pop("oem_price", UNSET))

        offers_part_needed = cls(
            code=code,
            name=name,
            aftermarket_fits=aftermarket_fits,
            aftermarket_option=aftermarket_option,
            aftermarket_price=aftermarket_price,
            aftermarket_saving=aftermarket_saving,
            core=core,
            oem_price=oem_price,
        )

        return offers_part_needed
