from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callbacks_callback_moved_item import CallbacksCallbackMovedItem
from ..models.callbacks_callback_status import CallbacksCallbackStatus

if TYPE_CHECKING:
    from ..models.callbacks_offer import CallbacksOffer
    from ..models.callbacks_topic import CallbacksTopic


T = TypeVar("T", bound="CallbacksCallback")


@_attrs_define
class CallbacksCallback:
    """One planned call.

    Attributes:
        after_sales_entry (bool): The call is an entry point to after-sales: book the offer or a workshop visit.
            Default: False.
        calendar_not_covered (bool): The holiday calendar of that year is not known: the call stays on its date (only
            the calling window applied); check it by hand. Default: False.
        call_at (datetime.datetime | None): When to call, local date-time, after moving off non-working days and into
            the calling window.
        due_on (datetime.date): The cadence date: delivery + offset, local date.
        folded (list[str]): ids of callbacks made in this call instead of their own (e.g. quarterly_4 in annual_1).
        id (str): kind and number, e.g. quarterly_3.
        kind (str): first_month, quarterly, annual (the rule's kind code).
        moved (list[CallbacksCallbackMovedItem]): Why call_at is not due_on at the planned time.
        number (int): 1-based count within its kind.
        offer (CallbacksOffer | None): What to recommend.
        purpose (str): Machine code, e.g. usage_questions.
        purpose_label (str): Purpose as the advisor reads it (Chinese).
        rule (str): The rule that planned it. Default: ''.
        season (None | str): Season of the call date, for a seasonal tip (settings.seasons).
        status (CallbacksCallbackStatus): held: a complaint is open, do not call (see held). Default:
            CallbacksCallbackStatus.SCHEDULED.
        topics (list[CallbacksTopic]): What to talk about.
    """

    call_at: datetime.datetime | None
    due_on: datetime.date
    folded: list[str]
    id: str
    kind: str
    moved: list[CallbacksCallbackMovedItem]
    number: int
    offer: CallbacksOffer | None
    purpose: str
    purpose_label: str
    season: None | str
    topics: list[CallbacksTopic]
    after_sales_entry: bool = False
    calendar_not_covered: bool = False
    rule: str = ""
    status: CallbacksCallbackStatus = CallbacksCallbackStatus.SCHEDULED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callbacks_offer import CallbacksOffer  # noqa: PLC0415

        after_sales_entry = self.after_sales_entry

        calendar_not_covered = self.calendar_not_covered

        call_at: None | str
        if isinstance(self.call_at, datetime.datetime):
            call_at = self.call_at.isoformat()
        else:
            call_at = self.call_at

        due_on = self.due_on.isoformat()

        folded = self.folded

        id = self.id

        kind = self.kind

        moved = []
        for moved_item_data in self.moved:
            moved_item = moved_item_data.value
            moved.append(moved_item)

        number = self.number

        offer: dict[str, Any] | None
        if isinstance(self.offer, CallbacksOffer):
            offer = self.offer.to_dict()
        else:
            offer = self.offer

        purpose = self.purpose

        purpose_label = self.purpose_label

        rule = self.rule

        season: None | str
        season = self.season

        status = self.status.value

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after_sales_entry": after_sales_entry,
                "calendar_not_covered": calendar_not_covered,
                "call_at": call_at,
                "due_on": due_on,
                "folded": folded,
                "id": id,
                "kind": kind,
                "moved": moved,
                "number": number,
                "offer": offer,
                "purpose": purpose,
                "purpose_label": purpose_label,
                "rule": rule,
                "season": season,
                "status": status,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callbacks_offer import CallbacksOffer  # noqa: PLC0415
        from ..models.callbacks_topic import CallbacksTopic  # noqa: PLC0415

        d = dict(src_dict)
        after_sales_entry = d.pop("after_sales_entry")

        calendar_not_covered = d.pop("calendar_not_covered")

        def _parse_call_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_at_type_0 = datetime.datetime.fromisoformat(data)

                return call_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        call_at = _parse_call_at(d.pop("call_at"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        folded = cast(list[str], d.pop("folded"))

        id = d.pop("id")

        kind = d.pop("kind")

        moved = []
        _moved = d.pop("moved")
        for moved_item_data in _moved:
            moved_item = CallbacksCallbackMovedItem(moved_item_data)

            moved.append(moved_item)

        number = d.pop("number")

        def _parse_offer(data: object) -> CallbacksOffer | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_type_0 = CallbacksOffer.from_dict(data)

                return offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksOffer | None, data)

        offer = _parse_offer(d.pop("offer"))

        purpose = d.pop("purpose")

        purpose_label = d.pop("purpose_label")

        rule = d.pop("rule")

        def _parse_season(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        season = _parse_season(d.pop("season"))

        status = CallbacksCallbackStatus(d.pop("status"))

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = CallbacksTopic.from_dict(topics_item_data)

            topics.append(topics_item)

        callbacks_callback = cls(
            after_sales_entry=after_sales_entry,
            calendar_not_covered=calendar_not_covered,
            call_at=call_at,
            due_on=due_on,
            folded=folded,
            id=id,
            kind=kind,
            moved=moved,
            number=number,
            offer=offer,
            purpose=purpose,
            purpose_label=purpose_label,
            rule=rule,
            season=season,
            status=status,
            topics=topics,
        )

        callbacks_callback.additional_properties = d
        return callbacks_callback

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
