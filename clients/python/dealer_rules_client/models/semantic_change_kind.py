from enum import StrEnum


class SemanticChangeKind(StrEnum):
    CONDITION_CHANGED = "condition_changed"
    RULE_ADDED = "rule_added"
    RULE_REMOVED = "rule_removed"
    RULE_SWITCHED_OFF = "rule_switched_off"
    RULE_SWITCHED_ON = "rule_switched_on"
    VALUE_CHANGED = "value_changed"

    def __str__(self) -> str:
        return str(self.value)
