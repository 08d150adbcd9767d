from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callbacks_callback_result_status import CallbacksCallbackResultStatus

if TYPE_CHECKING:
    from ..models.callbacks_callback import CallbacksCallback
    from ..models.callbacks_calling_window import CallbacksCallingWindow
    from ..models.callbacks_hold import CallbacksHold
    from ..models.callbacks_stop import CallbacksStop


T = TypeVar("T", bound="CallbacksCallbackResult")


@_attrs_define
class CallbacksCallbackResult:
    """The callback plan for one customer, as of the evaluation time.

    Attributes:
        calendar_not_covered_years (list[int]): Years of callbacks whose holidays are not known.
        callbacks (list[CallbacksCallback]): Every callback of the horizon, by call time, including those before the
            evaluation time.
        calling_window (CallbacksCallingWindow | None): Calls are placed inside this daily window (rule
            keep_to_calling_hours); none: any time.
        delivered_on (datetime.date | None): The anchor, local date.
        held (CallbacksHold | None):
        horizon_end (datetime.date | None): Last day of the horizon.
        horizon_months (int | None): Planning horizon, months.
        next_callback (CallbacksCallback | None): The first scheduled callback at or after the evaluation time.
        status (CallbacksCallbackResultStatus): none: nothing planned (e.g. not delivered); active; held: a complaint is
            open; stopped: the customer opted out. Default: CallbacksCallbackResultStatus.NONE.
        stopped (CallbacksStop | None):
        working_days_only (bool): Calls on non-working days move to the next working day. Default: False.
    """

    calendar_not_covered_years: list[int]
    callbacks: list[CallbacksCallback]
    calling_window: CallbacksCallingWindow | None
    delivered_on: datetime.date | None
    held: CallbacksHold | None
    horizon_end: datetime.date | None
    horizon_months: int | None
    next_callback: CallbacksCallback | None
    stopped: CallbacksStop | None
    status: CallbacksCallbackResultStatus = CallbacksCallbackResultStatus.NONE
    working_days_only: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.callbacks_callback import CallbacksCallback  # noqa: PLC0415
        from ..models.callbacks_calling_window import CallbacksCallingWindow  # noqa: PLC0415
        from ..models.callbacks_hold import CallbacksHold  # noqa: PLC0415
        from ..models.callbacks_stop import CallbacksStop  # noqa: PLC0415

        calendar_not_covered_years = self.calendar_not_covered_years

        callbacks = []
        for callbacks_item_data in self.callbacks:
            callbacks_item = callbacks_item_data.to_dict()
            callbacks.append(callbacks_item)

        calling_window: dict[str, Any] | None
        if isinstance(self.calling_window, CallbacksCallingWindow):
            calling_window = self.calling_window.to_dict()
        else:
            calling_window = self.calling_window

        delivered_on: None | str
        if isinstance(self.delivered_on, datetime.date):
            delivered_on = self.delivered_on.isoformat()
        else:
            delivered_on = self.delivered_on

        held: dict[str, Any] | None
        if isinstance(self.held, CallbacksHold):
            held = self.held.to_dict()
        else:
            held = self.held

        horizon_end: None | str
        if isinstance(self.horizon_end, datetime.date):
            horizon_end = self.horizon_end.isoformat()
        else:
            horizon_end = self.horizon_end

        horizon_months: int | None
        horizon_months = self.horizon_months

        next_callback: dict[str, Any] | None
        if isinstance(self.next_callback, CallbacksCallback):
            next_callback = self.next_callback.to_dict()
        else:
            next_callback = self.next_callback

        status = self.status.value

        stopped: dict[str, Any] | None
        if isinstance(self.stopped, CallbacksStop):
            stopped = self.stopped.to_dict()
        else:
            stopped = self.stopped

        working_days_only = self.working_days_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar_not_covered_years": calendar_not_covered_years,
                "callbacks": callbacks,
                "calling_window": calling_window,
                "delivered_on": delivered_on,
                "held": held,
                "horizon_end": horizon_end,
                "horizon_months": horizon_months,
                "next_callback": next_callback,
                "status": status,
                "stopped": stopped,
                "working_days_only": working_days_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callbacks_callback import CallbacksCallback  # noqa: PLC0415
        from ..models.callbacks_calling_window import CallbacksCallingWindow  # noqa: PLC0415
        from ..models.callbacks_hold import CallbacksHold  # noqa: PLC0415
        from ..models.callbacks_stop import CallbacksStop  # noqa: PLC0415

        d = dict(src_dict)
        calendar_not_covered_years = cast(list[int], d.pop("calendar_not_covered_years"))

        callbacks = []
        _callbacks = d.pop("callbacks")
        for callbacks_item_data in _callbacks:
            callbacks_item = CallbacksCallback.from_dict(callbacks_item_data)

            callbacks.append(callbacks_item)

        def _parse_calling_window(data: object) -> CallbacksCallingWindow | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calling_window_type_0 = CallbacksCallingWindow.from_dict(data)

                return calling_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksCallingWindow | None, data)

        calling_window = _parse_calling_window(d.pop("calling_window"))

        def _parse_delivered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_on_type_0 = datetime.date.fromisoformat(data)

                return delivered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        delivered_on = _parse_delivered_on(d.pop("delivered_on"))

        def _parse_held(data: object) -> CallbacksHold | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                held_type_0 = CallbacksHold.from_dict(data)

                return held_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksHold | None, data)

        held = _parse_held(d.pop("held"))

        def _parse_horizon_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                horizon_end_type_0 = datetime.date.fromisoformat(data)

                return horizon_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        horizon_end = _parse_horizon_end(d.pop("horizon_end"))

        def _parse_horizon_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        horizon_months = _parse_horizon_months(d.pop("horizon_months"))

        def _parse_next_callback(data: object) -> CallbacksCallback | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_callback_type_0 = CallbacksCallback.from_dict(data)

                return next_callback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksCallback | None, data)

        next_callback = _parse_next_callback(d.pop("next_callback"))

        status = CallbacksCallbackResultStatus(d.pop("status"))

        def _parse_stopped(data: object) -> CallbacksStop | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stopped_type_0 = CallbacksStop.from_dict(data)

                return stopped_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksStop | None, data)

        stopped = _parse_stopped(d.pop("stopped"))

        working_days_only = d.pop("working_days_only")

        callbacks_callback_result = cls(
            calendar_not_covered_years=calendar_not_covered_years,
            callbacks=callbacks,
            calling_window=calling_window,
            delivered_on=delivered_on,
            held=held,
            horizon_end=horizon_end,
            horizon_months=horizon_months,
            next_callback=next_callback,
            status=status,
            stopped=stopped,
            working_days_only=working_days_only,
        )

        callbacks_callback_result.additional_properties = d
        return callbacks_callback_result

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
