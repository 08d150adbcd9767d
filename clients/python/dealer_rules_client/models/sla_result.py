from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sla_award import SlaAward
    from ..models.sla_commission import SlaCommission
    from ..models.sla_delivery_block import SlaDeliveryBlock
    from ..models.sla_entitlement import SlaEntitlement
    from ..models.sla_escalation import SlaEscalation
    from ..models.sla_ladder_step import SlaLadderStep
    from ..models.sla_mystery_shopper_pick import SlaMysteryShopperPick
    from ..models.sla_requirement import SlaRequirement
    from ..models.sla_result_milestones import SlaResultMilestones
    from ..models.sla_review import SlaReview
    from ..models.sla_warning import SlaWarning


T = TypeVar("T", bound="SlaResult")


@_attrs_define
class SlaResult:
    """
    Attributes:
        at_risk (list[str]): Codes of at-risk milestones.
        awards (list[SlaAward]):
        breached (list[str]): Codes of breached milestones.
        commission (None | SlaCommission):
        delivery_blocks (list[SlaDeliveryBlock]):
        entitlements (list[SlaEntitlement]):
        escalation_ladder (list[SlaLadderStep]):
        escalations (list[SlaEscalation]):
        milestones (SlaResultMilestones): By milestone code.
        mystery_shopper (None | SlaMysteryShopperPick):
        ready_for_delivery (bool | None): A repair order without delivery blocks; empty without a repair order.
        requirements (list[SlaRequirement]):
        reviews (list[SlaReview]):
        warnings (list[SlaWarning]):
    """

    at_risk: list[str]
    awards: list[SlaAward]
    breached: list[str]
    commission: None | SlaCommission
    delivery_blocks: list[SlaDeliveryBlock]
    entitlements: list[SlaEntitlement]
    escalation_ladder: list[SlaLadderStep]
    escalations: list[SlaEscalation]
    milestones: SlaResultMilestones
    mystery_shopper: None | SlaMysteryShopperPick
    ready_for_delivery: bool | None
    requirements: list[SlaRequirement]
    reviews: list[SlaReview]
    warnings: list[SlaWarning]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sla_commission import SlaCommission  # noqa: PLC0415
        from ..models.sla_mystery_shopper_pick import SlaMysteryShopperPick  # noqa: PLC0415

        at_risk = self.at_risk

        awards = []
        for awards_item_data in self.awards:
            awards_item = awards_item_data.to_dict()
            awards.append(awards_item)

        breached = self.breached

        commission: dict[str, Any] | None
        if isinstance(self.commission, SlaCommission):
            commission = self.commission.to_dict()
        else:
            commission = self.commission

        delivery_blocks = []
        for delivery_blocks_item_data in self.delivery_blocks:
            delivery_blocks_item = delivery_blocks_item_data.to_dict()
            delivery_blocks.append(delivery_blocks_item)

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        escalation_ladder = []
        for escalation_ladder_item_data in self.escalation_ladder:
            escalation_ladder_item = escalation_ladder_item_data.to_dict()
            escalation_ladder.append(escalation_ladder_item)

        escalations = []
        for escalations_item_data in self.escalations:
            escalations_item = escalations_item_data.to_dict()
            escalations.append(escalations_item)

        milestones = self.milestones.to_dict()

        mystery_shopper: dict[str, Any] | None
        if isinstance(self.mystery_shopper, SlaMysteryShopperPick):
            mystery_shopper = self.mystery_shopper.to_dict()
        else:
            mystery_shopper = self.mystery_shopper

        ready_for_delivery: bool | None
        ready_for_delivery = self.ready_for_delivery

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_risk": at_risk,
                "awards": awards,
                "breached": breached,
                "commission": commission,
                "delivery_blocks": delivery_blocks,
                "entitlements": entitlements,
                "escalation_ladder": escalation_ladder,
                "escalations": escalations,
                "milestones": milestones,
                "mystery_shopper": mystery_shopper,
                "ready_for_delivery": ready_for_delivery,
                "requirements": requirements,
                "reviews": reviews,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_award import SlaAward  # noqa: PLC0415
        from ..models.sla_commission import SlaCommission  # noqa: PLC0415
        from ..models.sla_delivery_block import SlaDeliveryBlock  # noqa: PLC0415
        from ..models.sla_entitlement import SlaEntitlement  # noqa: PLC0415
        from ..models.sla_escalation import SlaEscalation  # noqa: PLC0415
        from ..models.sla_ladder_step import SlaLadderStep  # noqa: PLC0415
        from ..models.sla_mystery_shopper_pick import SlaMysteryShopperPick  # noqa: PLC0415
        from ..models.sla_requirement import SlaRequirement  # noqa: PLC0415
        from ..models.sla_result_milestones import SlaResultMilestones  # noqa: PLC0415
        from ..models.sla_review import SlaReview  # noqa: PLC0415
        from ..models.sla_warning import SlaWarning  # noqa: PLC0415

        d = dict(src_dict)
        at_risk = cast(list[str], d.pop("at_risk"))

        awards = []
        _awards = d.pop("awards")
        for awards_item_data in _awards:
            awards_item = SlaAward.from_dict(awards_item_data)

            awards.append(awards_item)

        breached = cast(list[str], d.pop("breached"))

        def _parse_commission(data: object) -> None | SlaCommission:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                commission_type_0 = SlaCommission.from_dict(data)

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaCommission, data)

        commission = _parse_commission(d.pop("commission"))

        delivery_blocks = []
        _delivery_blocks = d.pop("delivery_blocks")
        for delivery_blocks_item_data in _delivery_blocks:
            delivery_blocks_item = SlaDeliveryBlock.from_dict(delivery_blocks_item_data)

            delivery_blocks.append(delivery_blocks_item)

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = SlaEntitlement.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        escalation_ladder = []
        _escalation_ladder = d.pop("escalation_ladder")
        for escalation_ladder_item_data in _escalation_ladder:
            escalation_ladder_item = SlaLadderStep.from_dict(escalation_ladder_item_data)

            escalation_ladder.append(escalation_ladder_item)

        escalations = []
        _escalations = d.pop("escalations")
        for escalations_item_data in _escalations:
            escalations_item = SlaEscalation.from_dict(escalations_item_data)

            escalations.append(escalations_item)

        milestones = SlaResultMilestones.from_dict(d.pop("milestones"))

        def _parse_mystery_shopper(data: object) -> None | SlaMysteryShopperPick:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mystery_shopper_type_0 = SlaMysteryShopperPick.from_dict(data)

                return mystery_shopper_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlaMysteryShopperPick, data)

        mystery_shopper = _parse_mystery_shopper(d.pop("mystery_shopper"))

        def _parse_ready_for_delivery(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        ready_for_delivery = _parse_ready_for_delivery(d.pop("ready_for_delivery"))

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = SlaRequirement.from_dict(requirements_item_data)

            requirements.append(requirements_item)

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in _reviews:
            reviews_item = SlaReview.from_dict(reviews_item_data)

            reviews.append(reviews_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = SlaWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        sla_result = cls(
            at_risk=at_risk,
            awards=awards,
            breached=breached,
            commission=commission,
            delivery_blocks=delivery_blocks,
            entitlements=entitlements,
            escalation_ladder=escalation_ladder,
            escalations=escalations,
            milestones=milestones,
            mystery_shopper=mystery_shopper,
            ready_for_delivery=ready_for_delivery,
            requirements=requirements,
            reviews=reviews,
            warnings=warnings,
        )

        sla_result.additional_properties = d
        return sla_result

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
