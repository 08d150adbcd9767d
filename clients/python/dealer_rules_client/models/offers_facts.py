from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offers_customer import OffersCustomer
    from ..models.offers_deal import OffersDeal
    from ..models.offers_delivery import OffersDelivery
    from ..models.offers_needs import OffersNeeds
    from ..models.offers_vehicle import OffersVehicle
    from ..models.offers_visit import OffersVisit


T = TypeVar("T", bound="OffersFacts")


@_attrs_define
class OffersFacts:
    """A customer and the moments that apply now; send only the sections that apply.

    Attributes:
        customer (OffersCustomer | Unset): The shared customer profile: sales and after-sales read and write the same
            one.
        deal (None | OffersDeal | Unset): The negotiating table.
        delivery (None | OffersDelivery | Unset): A planned handover.
        needs (None | OffersNeeds | Unset): The needs diagnosis form.
        vehicle (None | OffersVehicle | Unset): The car the customer owns.
        visit (None | OffersVisit | Unset): A workshop visit now.
    """

    customer: OffersCustomer | Unset = UNSET
    deal: None | OffersDeal | Unset = UNSET
    delivery: None | OffersDelivery | Unset = UNSET
    needs: None | OffersNeeds | Unset = UNSET
    vehicle: None | OffersVehicle | Unset = UNSET
    visit: None | OffersVisit | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.offers_deal import OffersDeal  # noqa: PLC0415
        from ..models.offers_delivery import OffersDelivery  # noqa: PLC0415
        from ..models.offers_needs import OffersNeeds  # noqa: PLC0415
        from ..models.offers_vehicle import OffersVehicle  # noqa: PLC0415
        from ..models.offers_visit import OffersVisit  # noqa: PLC0415

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        deal: dict[str, Any] | None | Unset
        if isinstance(self.deal, Unset):
            deal = UNSET
        elif isinstance(self.deal, OffersDeal):
            deal = self.deal.to_dict()
        else:
            deal = self.deal

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, OffersDelivery):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        needs: dict[str, Any] | None | Unset
        if isinstance(self.needs, Unset):
            needs = UNSET
        elif isinstance(self.needs, OffersNeeds):
            needs = self.needs.to_dict()
        else:
            needs = self.needs

        vehicle: dict[str, Any] | None | Unset
        if isinstance(self.vehicle, Unset):
            vehicle = UNSET
        elif isinstance(self.vehicle, OffersVehicle):
            vehicle = self.vehicle.to_dict()
        else:
            vehicle = self.vehicle

        visit: dict[str, Any] | None | Unset
        if isinstance(self.visit, Unset):
            visit = UNSET
        elif isinstance(self.visit, OffersVisit):
            visit = self.visit.to_dict()
        else:
            visit = self.visit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if deal is not UNSET:
            field_dict["deal"] = deal
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if needs is not UNSET:
            field_dict["needs"] = needs
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle
        if visit is not UNSET:
            field_dict["visit"] = visit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offers_customer import OffersCustomer  # noqa: PLC0415
        from ..models.offers_deal import OffersDeal  # noqa: PLC0415
        from ..models.offers_delivery import OffersDelivery  # noqa: PLC0415
        from ..models.offers_needs import OffersNeeds  # noqa: PLC0415
        from ..models.offers_vehicle import OffersVehicle  # noqa: PLC0415
        from ..models.offers_visit import OffersVisit  # noqa: PLC0415

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: OffersCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = OffersCustomer.from_dict(_customer)

        def _parse_deal(data: object) -> None | OffersDeal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deal_type_0 = OffersDeal.from_dict(data)

                return deal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersDeal | Unset, data)

        deal = _parse_deal(d.pop("deal", UNSET))

        def _parse_delivery(data: object) -> None | OffersDelivery | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_type_0 = OffersDelivery.from_dict(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersDelivery | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        def _parse_needs(data: object) -> None | OffersNeeds | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                needs_type_0 = OffersNeeds.from_dict(data)

                return needs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersNeeds | Unset, data)

        needs = _parse_needs(d.pop("needs", UNSET))

        def _parse_vehicle(data: object) -> None | OffersVehicle | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vehicle_type_0 = OffersVehicle.from_dict(data)

                return vehicle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersVehicle | Unset, data)

        vehicle = _parse_vehicle(d.pop("vehicle", UNSET))

        def _parse_visit(data: object) -> None | OffersVisit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visit_type_0 = OffersVisit.from_dict(data)

                return visit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffersVisit | Unset, data)

        visit = _parse_visit(d.pop("visit", UNSET))

        offers_facts = cls(
            customer=customer,
            deal=deal,
            delivery=delivery,
            needs=needs,
            vehicle=vehicle,
            visit=visit,
        )

        return offers_facts
