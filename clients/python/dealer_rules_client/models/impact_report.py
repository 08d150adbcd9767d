from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_kind import ChangeKind
    from ..models.effect import Effect
    from ..models.entitlement_shift import EntitlementShift
    from ..models.rule_shift import RuleShift


T = TypeVar("T", bound="ImpactReport")


@_attrs_define
class ImpactReport:
    """
    Attributes:
        changed (int): Decisions that differ between the two versions.
        domain (str):
        draft_hash (str): Content hash of the draft compared.
        effects (list[Effect]): Summed money, points and counts that change.
        entitlements (list[EntitlementShift]):
        evaluated (int): Sets of facts replayed.
        failed_both (int): Facts neither version could decide. Default: 0.
        group (str):
        kinds (list[ChangeKind]): The kinds of change, most frequent first.
        other_kinds (int): Changed decisions in kinds past the first 50. Default: 0.
        published_version (int | None): The published version compared.
        rules (list[RuleShift]): Rules applying more or less often.
        seconds (float): How long the replay took. Default: 0.0.
        source (str): sample (recorded evaluations) or file. Default: ''.
        unchanged (int):
    """

    changed: int
    domain: str
    draft_hash: str
    effects: list[Effect]
    entitlements: list[EntitlementShift]
    evaluated: int
    group: str
    kinds: list[ChangeKind]
    published_version: int | None
    rules: list[RuleShift]
    unchanged: int
    failed_both: int = 0
    other_kinds: int = 0
    seconds: float = 0.0
    source: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        domain = self.domain

        draft_hash = self.draft_hash

        effects = []
        for effects_item_data in self.effects:
            effects_item = effects_item_data.to_dict()
            effects.append(effects_item)

        entitlements = []
        for entitlements_item_data in self.entitlements:
            entitlements_item = entitlements_item_data.to_dict()
            entitlements.append(entitlements_item)

        evaluated = self.evaluated

        failed_both = self.failed_both

        group = self.group

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.to_dict()
            kinds.append(kinds_item)

        other_kinds = self.other_kinds

        published_version: int | None
        published_version = self.published_version

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        seconds = self.seconds

        source = self.source

        unchanged = self.unchanged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
                "domain": domain,
                "draft_hash": draft_hash,
                "effects": effects,
                "entitlements": entitlements,
                "evaluated": evaluated,
                "failed_both": failed_both,
                "group": group,
                "kinds": kinds,
                "other_kinds": other_kinds,
                "published_version": published_version,
                "rules": rules,
                "seconds": seconds,
                "source": source,
                "unchanged": unchanged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_kind import ChangeKind  # noqa: PLC0415
        from ..models.effect import Effect  # noqa: PLC0415
        from ..models.entitlement_shift import EntitlementShift  # noqa: PLC0415
        from ..models.rule_shift import RuleShift  # noqa: PLC0415

        d = dict(src_dict)
        changed = d.pop("changed")

        domain = d.pop("domain")

        draft_hash = d.pop("draft_hash")

        effects = []
        _effects = d.pop("effects")
        for effects_item_data in _effects:
            effects_item = Effect.from_dict(effects_item_data)

            effects.append(effects_item)

        entitlements = []
        _entitlements = d.pop("entitlements")
        for entitlements_item_data in _entitlements:
            entitlements_item = EntitlementShift.from_dict(entitlements_item_data)

            entitlements.append(entitlements_item)

        evaluated = d.pop("evaluated")

        failed_both = d.pop("failed_both")

        group = d.pop("group")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = ChangeKind.from_dict(kinds_item_data)

            kinds.append(kinds_item)

        other_kinds = d.pop("other_kinds")

        def _parse_published_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        published_version = _parse_published_version(d.pop("published_version"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = RuleShift.from_dict(rules_item_data)

            rules.append(rules_item)

        seconds = d.pop("seconds")

        source = d.pop("source")

        unchanged = d.pop("unchanged")

        impact_report = cls(
            changed=changed,
            domain=domain,
            draft_hash=draft_hash,
            effects=effects,
            entitlements=entitlements,
            evaluated=evaluated,
            failed_both=failed_both,
            group=group,
            kinds=kinds,
            other_kinds=other_kinds,
            published_version=published_version,
            rules=rules,
            seconds=seconds,
            source=source,
            unchanged=unchanged,
        )

        impact_report.additional_properties = d
        return impact_report

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
