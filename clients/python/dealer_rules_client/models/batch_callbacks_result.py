from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_error import BatchError
    from ..models.callbacks_decision import CallbacksDecision


T = TypeVar("T", bound="BatchCallbacksResult")


@_attrs_define
class BatchCallbacksResult:
    """
    Attributes:
        decision (CallbacksDecision | None):
        error (BatchError | None):
        index (int):
        ok (bool):
    """

    decision: CallbacksDecision | None
    error: BatchError | None
    index: int
    ok: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_error import BatchError  # noqa: PLC0415
        from ..models.callbacks_decision import CallbacksDecision  # noqa: PLC0415

        decision: dict[str, Any] | None
        if isinstance(self.decision, CallbacksDecision):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        error: dict[str, Any] | None
        if isinstance(self.error, BatchError):
            error = self.error.to_dict()
        else:
            error = self.error

        index = self.index

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "error": error,
                "index": index,
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_error import BatchError  # noqa: PLC0415
        from ..models.callbacks_decision import CallbacksDecision  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_decision(data: object) -> CallbacksDecision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = CallbacksDecision.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbacksDecision | None, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_error(data: object) -> BatchError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = BatchError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchError | None, data)

        error = _parse_error(d.pop("error"))

        index = d.pop("index")

        ok = d.pop("ok")

        batch_callbacks_result = cls(
            decision=decision,
            error=error,
            index=index,
            ok=ok,
        )

        batch_callbacks_result.additional_properties = d
        return batch_callbacks_result

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
