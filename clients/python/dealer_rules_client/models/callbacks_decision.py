from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.callbacks_callback_result import CallbacksCallbackResult
    from ..models.fired_rule import FiredRule
    from ..models.not_fired import NotFired
    from ..models.rule_explanation import RuleExplanation
    from ..models.ruleset_identity import RulesetIdentity
    from ..models.timings import Timings


T = TypeVar("T", bound="CallbacksDecision")


@_attrs_define
class CallbacksDecision:
    """
    Attributes:
        at (datetime.datetime): The evaluation time the rules were judged at.
        explanation (list[RuleExplanation] | None): With explain: every rule, applied or not, its condition judged part
            by part with the actual and the expected values.
        fired (list[FiredRule]): The rules that applied, in the order applied.
        next_change_at (datetime.datetime | None): The first instant after `at` at which the same facts get a different
            answer (a deadline falls due, a callback becomes due, a rule's validity window opens or closes...); null when
            nothing is scheduled. Whole seconds (an instant just past a deadline is rounded up). Ask again then.
        not_fired (list[NotFired] | None): With explain: every other rule and why it did not apply.
        result (CallbacksCallbackResult): The callback plan for one customer, as of the evaluation time.
        ruleset (RulesetIdentity):
        timings (Timings):
    """

    at: datetime.datetime
    explanation: list[RuleExplanation] | None
    fired: list[FiredRule]
    next_change_at: datetime.datetime | None
    not_fired: list[NotFired] | None
    result: CallbacksCallbackResult
    ruleset: RulesetIdentity
    timings: Timings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        explanation: list[dict[str, Any]] | None
        if isinstance(self.explanation, list):
            explanation = []
            for explanation_type_0_item_data in self.explanation:
                explanation_type_0_item = explanation_type_0_item_data.to_dict()
                explanation.append(explanation_type_0_item)

        else:
            explanation = self.explanation

        fired = []
        for fired_item_data in self.fired:
            fired_item = fired_item_data.to_dict()
            fired.append(fired_item)

        next_change_at: None | str
        if isinstance(self.next_change_at, datetime.datetime):
            next_change_at = self.next_change_at.isoformat()
        else:
            next_change_at = self.next_change_at

        not_fired: list[dict[str, Any]] | None
        if isinstance(self.not_fired, list):
            not_fired = []
            for not_fired_type_0_item_data in self.not_fired:
                not_fired_type_0_item = not_fired_type_0_item_data.to_dict()
                not_fired.append(not_fired_type_0_item)

        else:
            not_fired = self.not_fired

        result = self.result.to_dict()

        ruleset = self.ruleset.to_dict()

        timings = self.timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "explanation": explanation,
                "fired": fired,
                "next_change_at": next_change_at,
                "not_fired": not_fired,
                "result": result,
                "ruleset": ruleset,
                "timings": timings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callbacks_callback_result import CallbacksCallbackResult  # noqa: PLC0415
        from ..models.fired_rule import FiredRule  # noqa: PLC0415
        from ..models.not_fired import NotFired  # noqa: PLC0415
        from ..models.rule_explanation import RuleExplanation  # noqa: PLC0415
        from ..models.ruleset_identity import RulesetIdentity  # noqa: PLC0415
        from ..models.timings import Timings  # noqa: PLC0415

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_explanation(data: object) -> list[RuleExplanation] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                explanation_type_0 = []
                _explanation_type_0 = data
                for explanation_type_0_item_data in _explanation_type_0:
                    explanation_type_0_item = RuleExplanation.from_dict(explanation_type_0_item_data)

                    explanation_type_0.append(explanation_type_0_item)

                return explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RuleExplanation] | None, data)

        explanation = _parse_explanation(d.pop("explanation"))

        fired = []
        _fired = d.pop("fired")
        for fired_item_data in _fired:
            fired_item = FiredRule.from_dict(fired_item_data)

            fired.append(fired_item)

        def _parse_next_change_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_change_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_change_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_change_at = _parse_next_change_at(d.pop("next_change_at"))

        def _parse_not_fired(data: object) -> list[NotFired] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_fired_type_0 = []
                _not_fired_type_0 = data
                for not_fired_type_0_item_data in _not_fired_type_0:
                    not_fired_type_0_item = NotFired.from_dict(not_fired_type_0_item_data)

                    not_fired_type_0.append(not_fired_type_0_item)

                return not_fired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotFired] | None, data)

        not_fired = _parse_not_fired(d.pop("not_fired"))

        result = CallbacksCallbackResult.from_dict(d.pop("result"))

        ruleset = RulesetIdentity.from_dict(d.pop("ruleset"))

        timings = Timings.from_dict(d.pop("timings"))

        callbacks_decision = cls(
            at=at,
            explanation=explanation,
            fired=fired,
            next_change_at=next_change_at,
            not_fired=not_fired,
            result=result,
            ruleset=ruleset,
            timings=timings,
        )

        callbacks_decision.additional_properties = d
        return callbacks_decision

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
