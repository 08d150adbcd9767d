from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sla_advisor import SlaAdvisor
    from ..models.sla_complaint import SlaComplaint
    from ..models.sla_enquiry import SlaEnquiry
    from ..models.sla_order import SlaOrder
    from ..models.sla_rating import SlaRating
    from ..models.sla_reception import SlaReception
    from ..models.sla_repair import SlaRepair
    from ..models.sla_service_month import SlaServiceMonth


T = TypeVar("T", bound="SlaFacts")


@_attrs_define
class SlaFacts:
    """A service case, repair, order or advisor to judge against the service-level
    commitments.

        Attributes:
            advisor (None | SlaAdvisor | Unset): An advisor and their ratings.
            complaint (None | SlaComplaint | Unset): A customer complaint.
            enquiry (None | SlaEnquiry | Unset): A pre-sales enquiry.
            order (None | SlaOrder | Unset): A sales order and its NPS.
            rating (None | SlaRating | Unset): A customer's rating of a repair order.
            reception (None | SlaReception | Unset): A car at the service reception.
            repair (None | SlaRepair | Unset): The repair order.
            service_month (None | SlaServiceMonth | Unset): A store's service customers of a month.
            store_id (None | str | Unset): The store handling the case; picks its opening hours from settings.stores (the
                group's business_hours if empty or not listed).
    """

    advisor: None | SlaAdvisor | Unset = UNSET
    complaint: None | SlaComplaint | Unset = UNSET
    enquiry: None | SlaEnquiry | Unset = UNSET
    order: None | SlaOrder | Unset = UNSET
    rating: None | SlaRating | Unset = UNSET
    reception: None | SlaReception | Unset = UNSET
    repair: None | SlaRepair | Unset = UNSET
    service_month: None | SlaServiceMonth | Unset = UNSET
    store_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sla_advisor import SlaAdvisor  # noqa: PLC0415
        from ..models.sla_complaint import SlaComplaint  # noqa: PLC0415
        from ..models.sla_enquiry import SlaEnquiry  # noqa: PLC0415
        from ..models.sla_order import SlaOrder  # noqa: PLC0415
        from ..models.sla_rating import SlaRating  # noqa: PLC0415
        from ..models.sla_reception import SlaReception  # noqa: PLC0415
        from ..models.sla_repair import SlaRepair  # noqa: PLC0415
        from ..models.sla_service_month import SlaServiceMonth  # noqa: PLC0415

        advisor: dict[str, Any] | None | Unset
        if isinstance(self.advisor, Unset):
            advisor = UNSET
        elif isinstance(self.advisor, SlaAdvisor):
            advisor = self.advisor.to_dict()
        else:
            advisor = self.advisor

        complaint: dict[str, Any] | None | Unset
        if isinstance(self.complaint, Unset):
            complaint = UNSET
        elif isinstance(self.complaint, SlaComplaint):
            complaint = self.complaint.to_dict()
        else:
            complaint = self.complaint

        enquiry: dict[str, Any] | None | Unset
        if isinstance(self.enquiry, Unset):
            enquiry = UNSET
        elif isinstance(self.enquiry, SlaEnquiry):
            enquiry = self.enquiry.to_dict()
        else:
            enquiry = self.enquiry

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, SlaOrder):
            order = self.order.to_dict()
        else:
            order = self.order

        rating: dict[str, Any] | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, SlaRating):
            rating = self.rating.to_dict()
        else:
            rating = self.rating

        reception: dict[str, Any] | None | Unset
        if isinstance(self.reception, Unset):
            reception = UNSET
        elif isinstance(self.reception, SlaReception):
            reception = self.reception.to_dict()
        else:
            reception = self.reception

        repair: dict[str, Any] | None | Unset
        if isinstance(self.repair, Unset):
            repair = UNSET
        elif isinstance(self.repair, SlaRepair):
            repair = self.repair.to_dict()
        else:
            repair = self.repair

        service_month: dict[str, Any] | None | Unset
        if isinstance(self.service_month, Unset):
            service_month = UNSET
        elif isinstance(self.service_month, SlaServiceMonth):
            service_month = self.service_month.to_dict()
        else:
            service_month = self.service_month

        store_id: None | str | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if advisor is not UNSET:
            field_dict["advisor"] = advisor
        if complaint is not UNSET:
            field_dict["complaint"] = complaint
        if enquiry is not UNSET:
            field_dict["enquiry"] = enquiry
        if order is not UNSET:
            field_dict["order"] = order
        if rating is not UNSET:
            field_dict["rating"] = rating
        if reception is not UNSET:
            field_dict["reception"] = reception
        if repair is not UNSET:
            field_dict["repair"] = repair
        if service_month is not UNSET:
            field_dict["service_month"] = service_month
        if store_id is not UNSET:
            field_dict["store_id"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_advisor import SlaAdvisor  # noqa: PLC0415
        from ..models.sla_complaint import SlaComplaint  # noqa: PLC0415
        from ..models.sla_enquiry import SlaEnquiry  # noqa: PLC0415
        from ..models.sla_order import SlaOrder  # noqa: PLC0415
        from ..models.sla_rating import SlaRating  # noqa: PLC0415
        from ..models.sla_reception import SlaReception  # noqa: PLC0415
        from ..models.sla_repair import SlaRepair  # noqa: PLC0415
        from ..models.sla_service_month import SlaServiceMonth  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_advisor(data: object) -> None | SlaAdvisor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                advisor_type_0 = SlaAdvisor.from_dict(data)

                return advisor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaAdvisor | Unset, data)

        advisor = _parse_advisor(d.pop("advisor", UNSET))

        def _parse_complaint(data: object) -> None | SlaComplaint | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complaint_type_0 = SlaComplaint.from_dict(data)

                return complaint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaComplaint | Unset, data)

        complaint = _parse_complaint(d.pop("complaint", UNSET))

        def _parse_enquiry(data: object) -> None | SlaEnquiry | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enquiry_type_0 = SlaEnquiry.from_dict(data)

                return enquiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaEnquiry | Unset, data)

        enquiry = _parse_enquiry(d.pop("enquiry", UNSET))

        def _parse_order(data: object) -> None | SlaOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = SlaOrder.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaOrder | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_rating(data: object) -> None | SlaRating | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rating_type_0 = SlaRating.from_dict(data)

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaRating | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_reception(data: object) -> None | SlaReception | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reception_type_0 = SlaReception.from_dict(data)

                return reception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaReception | Unset, data)

        reception = _parse_reception(d.pop("reception", UNSET))

        def _parse_repair(data: object) -> None | SlaRepair | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repair_type_0 = SlaRepair.from_dict(data)

                return repair_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaRepair | Unset, data)

        repair = _parse_repair(d.pop("repair", UNSET))

        def _parse_service_month(data: object) -> None | SlaServiceMonth | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_month_type_0 = SlaServiceMonth.from_dict(data)

                return service_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaServiceMonth | Unset, data)

        service_month = _parse_service_month(d.pop("service_month", UNSET))

        def _parse_store_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        sla_facts = cls(
            advisor=advisor,
            complaint=complaint,
            enquiry=enquiry,
            order=order,
            rating=rating,
            reception=reception,
            repair=repair,
            service_month=service_month,
            store_id=store_id,
        )

        return sla_facts
