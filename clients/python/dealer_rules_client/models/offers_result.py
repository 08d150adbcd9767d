from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.offers_item import OffersItem
    from ..models.offers_offer import OffersOffer
    from ..models.offers_part_advice import OffersPartAdvice
    from ..models.offers_recommendation import OffersRecommendation


T = TypeVar("T", bound="OffersResult")


@_attrs_define
class OffersResult:
    """What applies to this customer now.

    Attributes:
        attendees (list[OffersItem]): Who must be present.
        cash_discount (str): Cash discount offered, CNY. Default: '0.00'.
        channels (list[OffersItem]): Where to reach such buyers.
        delivery_ceremony (list[OffersItem]):
        offers (list[OffersOffer]): Ladder steps first, then after-sales offers.
        parts (list[OffersPartAdvice]):
        price_after_discount (None | str): List price minus the cash discount, CNY.
        recommendations (list[OffersRecommendation]):
        scripts (list[OffersItem]): Talking points, in Chinese.
        segment (None | str): The customer's segment (derived).
        selling_points (list[OffersItem]): What to stress.
        services (list[OffersItem]): Services to provide on the workshop visit.
        test_drive_route (list[OffersItem]):
        total_concession (str): Value package worth plus cash discount, CNY. Default: '0.00'.
    """

    attendees: list[OffersItem]
    channels: list[OffersItem]
    delivery_ceremony: list[OffersItem]
    offers: list[OffersOffer]
    parts: list[OffersPartAdvice]
    price_after_discount: None | str
    recommendations: list[OffersRecommendation]
    scripts: list[OffersItem]
    segment: None | str
    selling_points: list[OffersItem]
    services: list[OffersItem]
    test_drive_route: list[OffersItem]
    cash_discount: str = "0.00"
    total_concession: str = "0.00"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        cash_discount = self.cash_discount

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        delivery_ceremony = []
        for delivery_ceremony_item_data in self.delivery_ceremony:
            delivery_ceremony_item = delivery_ceremony_item_data.to_dict()
            delivery_ceremony.append(delivery_ceremony_item)

        offers = []
        for offers_item_data in self.offers:
            offers_item = offers_item_data.to_dict()
            offers.append(offers_item)

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        price_after_discount: None | str
        price_after_discount = self.price_after_discount

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = scripts_item_data.to_dict()
            scripts.append(scripts_item)

        segment: None | str
        segment = self.segment

        selling_points = []
        for selling_points_item_data in self.selling_points:
            selling_points_item = selling_points_item_data.to_dict()
            selling_points.append(selling_points_item)

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        test_drive_route = []
        for test_drive_route_item_data in self.test_drive_route:
            test_drive_route_item = test_drive_route_item_data.to_dict()
            test_drive_route.append(test_drive_route_item)

        total_concession = self.total_concession

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendees": attendees,
                "cash_discount": cash_discount,
                "channels": channels,
                "delivery_ceremony": delivery_ceremony,
                "offers": offers,
                "parts": parts,
                "price_after_discount": price_after_discount,
                "recommendations": recommendations,
                "scripts": scripts,
                "segment": segment,
                "selling_points": selling_points,
                "services": services,
                "test_drive_route": test_drive_route,
                "total_concession": total_concession,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_item import OffersItem  # noqa: PLC0415
        from ..models.offers_offer import OffersOffer  # noqa: PLC0415
        from ..models.offers_part_advice import OffersPartAdvice  # noqa: PLC0415
        from ..models.offers_recommendation import OffersRecommendation  # noqa: PLC0415

        d = dict(src_dict)
        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = OffersItem.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        cash_discount = d.pop("cash_discount")

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = OffersItem.from_dict(channels_item_data)

            channels.append(channels_item)

        delivery_ceremony = []
        _delivery_ceremony = d.pop("delivery_ceremony")
        for delivery_ceremony_item_data in _delivery_ceremony:
            delivery_ceremony_item = OffersItem.from_dict(delivery_ceremony_item_data)

            delivery_ceremony.append(delivery_ceremony_item)

        offers = []
        _offers = d.pop("offers")
        for offers_item_data in _offers:
            offers_item = OffersOffer.from_dict(offers_item_data)

            offers.append(offers_item)

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = OffersPartAdvice.from_dict(parts_item_data)

            parts.append(parts_item)

        def _parse_price_after_discount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price_after_discount = _parse_price_after_discount(d.pop("price_after_discount"))

        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = OffersRecommendation.from_dict(recommendations_item_data)

            recommendations.append(recommendations_item)

        scripts = []
        _scripts = d.pop("scripts")
        for scripts_item_data in _scripts:
            scripts_item = OffersItem.from_dict(scripts_item_data)

            scripts.append(scripts_item)

        def _parse_segment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        segment = _parse_segment(d.pop("segment"))

        selling_points = []
        _selling_points = d.pop("selling_points")
        for selling_points_item_data in _selling_points:
            selling_points_item = OffersItem.from_dict(selling_points_item_data)

            selling_points.append(selling_points_item)

        services = []
        _services = d.pop("services")
        for services_item_data in _services:
            services_item = OffersItem.from_dict(services_item_data)

            services.append(services_item)

        test_drive_route = []
        _test_drive_route = d.pop("test_drive_route")
        for test_drive_route_item_data in _test_drive_route:
            test_drive_route_item = OffersItem.from_dict(test_drive_route_item_data)

            test_drive_route.append(test_drive_route_item)

        total_concession = d.pop("total_concession")

        offers_result = cls(
            attendees=attendees,
            cash_discount=cash_discount,
            channels=channels,
            delivery_ceremony=delivery_ceremony,
            offers=offers,
            parts=parts,
            price_after_discount=price_after_discount,
            recommendations=recommendations,
            scripts=scripts,
            segment=segment,
            selling_points=selling_points,
            services=services,
            test_drive_route=test_drive_route,
            total_concession=total_concession,
        )

        offers_result.additional_properties = d
        return offers_result

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
